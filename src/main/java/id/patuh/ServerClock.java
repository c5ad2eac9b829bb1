package id.patuh;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** The one clock the product reads "today" from, so tests can fix it and dates mean the same on every server. */
@Configuration(proxyBeanMethods = false)
class ServerClock {

    /** Ombudsman RI's headquarters, which sets the phase windows, works in Jakarta time (WIB). */
    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
