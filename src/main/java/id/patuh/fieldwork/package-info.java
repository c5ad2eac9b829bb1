/**
 * What assessors record per unit: answers per indicator and respondent or observed product, and evidence files (photos
 * and PDFs kept through the storage port). Capture pages come next.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fieldwork")
package id.patuh.fieldwork;
