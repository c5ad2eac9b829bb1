package id.patuh.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class RatioTests {

    @Test
    void nonTerminatingValueIsShownTo34SignificantDigits() {
        assertEquals(new BigDecimal("0.6666666666666666666666666666666667"), Ratio.of(2, 3).value());
        assertEquals(new BigDecimal("79.16666666666666666666666666666667"), Ratio.of(1900, 24).value());
    }

    @Test
    void terminatingValueIsShownExactly() {
        assertEquals(new BigDecimal("17.372"), Ratio.of(17372, 1000).value());
        assertEquals(new BigDecimal("0.0625"), Ratio.of(3, 48).value());
        assertEquals(0, BigDecimal.ZERO.compareTo(Ratio.of(0, 7).value()));
        assertEquals(new BigDecimal("21.85"), Ratio.of(new BigDecimal("21.85")).times(BigDecimal.valueOf(12))
                .dividedBy(12).value());
    }

    @Test
    void thirdsThatAddUpToAHalfRoundUp() {
        Ratio mean = Ratio.of(200, 3).plus(Ratio.of(1900, 24)).plus(Ratio.of(1600, 48)).plus(Ratio.of(400, 48))
                .dividedBy(4);

        assertEquals(new BigDecimal("46.875"), mean.value());
        assertEquals(new BigDecimal("46.88"), mean.rounded(2));
    }

    @Test
    void sumsBeyondLongDenominatorsStayExact() {
        BigInteger huge = BigInteger.TWO.pow(70).add(BigInteger.ONE);
        Ratio third = new Ratio(BigDecimal.ONE, huge.multiply(BigInteger.valueOf(3)));
        Ratio twoThirds = new Ratio(BigDecimal.valueOf(2), huge.multiply(BigInteger.valueOf(3)).multiply(BigInteger.TEN))
                .times(BigDecimal.TEN);

        Ratio whole = third.plus(twoThirds).times(new BigDecimal(huge));

        assertEquals(0, BigDecimal.ONE.compareTo(whole.value()));
        assertEquals(new BigDecimal("1.00"), whole.rounded(2));
    }

    @Test
    void divisionByADecimalKeepsAnIntegerDenominator() {
        Ratio share = Ratio.of(1, 1).times(new BigDecimal("12.22")).dividedBy(new BigDecimal("87.78"));

        assertEquals(new BigDecimal("0.1392116655274550011392116655274550"), share.value());
        assertEquals(new BigDecimal("0.14"), share.rounded(2));
        assertEquals(BigInteger.valueOf(8778), share.denominator());
    }
}
