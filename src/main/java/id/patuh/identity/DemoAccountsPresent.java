package id.patuh.identity;

/** Read model for the shell: whether documented demo accounts exist, so every page can say "demo". */
public interface DemoAccountsPresent {
    boolean demoAccountsExist();
}
