/** The verification of a unit's data: submit, verify or return with reasons, central verification per entity. */
@org.springframework.modulith.ApplicationModule(displayName = "Review")
package id.patuh.review;
