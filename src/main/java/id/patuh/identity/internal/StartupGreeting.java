package id.patuh.identity.internal;

import id.patuh.PatuhProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started Patuh where it is and how to sign in, once it is ready. */
@Component
class StartupGreeting {

    private static final Logger log = LoggerFactory.getLogger(StartupGreeting.class);

    private final Accounts accounts;
    private final PatuhProperties properties;

    StartupGreeting(Accounts accounts, PatuhProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void greet(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        String base = "http://localhost:" + port;
        if (accounts.demoAccountsExist()) {
            log.info("""

                    ==> Patuh is ready at {}  (data in {})
                        Sign in at {}/login as admin.demo with password {}
                        Other demo accounts (same password): kepala.banten, asisten.banten, kepala.jateng, asisten.jateng,
                        koordinator.pandeglang, operator.pandeglang, koordinator.klaten. API docs: {}/api/docs-ui.html""",
                    base, properties.dataDir().toAbsolutePath().normalize(), base, AccountBootstrap.DEMO_PASSWORD, base);
        } else {
            log.info("==> Patuh is ready at {}; sign in at {}/login with your account", base, base);
        }
    }
}
