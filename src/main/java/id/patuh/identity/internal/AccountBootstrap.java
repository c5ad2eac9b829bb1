package id.patuh.identity.internal;

import id.patuh.PatuhProperties;
import id.patuh.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Makes the application usable on first start: the first administrator from {@code PATUH_ADMIN_*} when no account
 * exists, and the documented demo accounts when demo data is on.
 */
@Component
@Order(20)
class AccountBootstrap implements ApplicationRunner {

    /** The one password of every demo account; printed in the log and the README because it is not a secret. */
    static final String DEMO_PASSWORD = "demo-patuh-2026";

    static final List<NewAccount> DEMO_ACCOUNTS = List.of(
            new NewAccount("admin.demo", "Admin Pusat (demo)", DEMO_PASSWORD, Role.ADMIN, null, null, null),
            new NewAccount("kepala.banten", "Kepala Perwakilan Banten (demo)", DEMO_PASSWORD, Role.OFFICE_HEAD, "PWK-36", null, null),
            new NewAccount("asisten.banten", "Asisten Perwakilan Banten (demo)", DEMO_PASSWORD, Role.ASSESSOR, "PWK-36", null, null),
            new NewAccount("kepala.jateng", "Kepala Perwakilan Jawa Tengah (demo)", DEMO_PASSWORD, Role.OFFICE_HEAD, "PWK-33", null, null),
            new NewAccount("asisten.jateng", "Asisten Perwakilan Jawa Tengah (demo)", DEMO_PASSWORD, Role.ASSESSOR, "PWK-33", null, null),
            new NewAccount("koordinator.pandeglang", "Bagian Organisasi Kab. Pandeglang (demo)", DEMO_PASSWORD, Role.ENTITY_COORDINATOR, null, "36.01", null),
            new NewAccount("operator.pandeglang", "Operator Dukcapil Kab. Pandeglang (demo)", DEMO_PASSWORD, Role.UNIT_OPERATOR, null, "36.01", "DUKCAPIL"),
            new NewAccount("koordinator.klaten", "Bagian Organisasi Kab. Klaten (demo)", DEMO_PASSWORD, Role.ENTITY_COORDINATOR, null, "33.10", null));

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final Accounts accounts;
    private final PatuhProperties properties;

    AccountBootstrap(Accounts accounts, PatuhProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean empty = !accounts.anyAccountExists();
        PatuhProperties.Admin admin = properties.admin();
        if (empty && admin.configured()) {
            try {
                accounts.openUnchecked(new NewAccount(admin.username(), "Administrator", admin.password(), Role.ADMIN,
                        null, null, null), false);
            } catch (id.patuh.DomainException e) {
                throw new IllegalStateException("PATUH_ADMIN_USERNAME/PATUH_ADMIN_PASSWORD are not acceptable ("
                        + e.messageKey() + "): the username needs 3–60 lower-case letters, digits, dots, - or _, "
                        + "the password at least " + Accounts.MIN_PASSWORD + " characters", e);
            }
            log.info("Created the first administrator '{}' from PATUH_ADMIN_USERNAME", admin.username());
        } else if (empty && !properties.demoDataEnabled()) {
            log.warn("No account exists and demo data is off: set PATUH_ADMIN_USERNAME and PATUH_ADMIN_PASSWORD "
                    + "(at least {} characters) and restart to create the first administrator", Accounts.MIN_PASSWORD);
        }
        if (properties.demoDataEnabled() && empty) {
            DEMO_ACCOUNTS.forEach(account -> accounts.openUnchecked(account, true));
            log.info("Demo data: created {} demo accounts", DEMO_ACCOUNTS.size());
        }
    }
}
