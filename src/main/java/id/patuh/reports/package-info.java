/**
 * Report cards (rapor) and certificates (piagam) as PDFs with online verification codes, and their bulk generation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package id.patuh.reports;
