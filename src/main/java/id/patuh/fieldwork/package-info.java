/** What assessors record per unit: answers per indicator and respondent or observed product (capture comes next). */
@org.springframework.modulith.ApplicationModule(displayName = "Fieldwork")
package id.patuh.fieldwork;
