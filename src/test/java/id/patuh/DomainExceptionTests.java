package id.patuh;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DomainExceptionTests {

    @Test
    void aMissingArgumentIsShownEmptyNotACrash() {
        DomainException e = DomainException.conflict("fieldwork.answer.stale", (Object) null);
        assertThat(e.arguments()).containsExactly("");
        assertThat(e.getMessage()).startsWith("fieldwork.answer.stale");
    }

    @Test
    void yearsAndCodesAreShownWithoutDigitGrouping() {
        assertThat(DomainException.notFound("cycle.notFound", 2024).arguments()).containsExactly("2024");
    }
}
