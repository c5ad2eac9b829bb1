/**
 * Data exchange: XLSX/CSV templates and imports (validated, all-or-nothing, idempotent, audited), exports of results
 * and lists, and whole-cycle archives for backup and restore.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange")
package id.patuh.exchange;
