/** The append-only record of every change that can move a score; it listens to everything and nobody depends on it. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package id.patuh.audit;
