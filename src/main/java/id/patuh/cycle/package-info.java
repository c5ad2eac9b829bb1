/** An assessment year: its methodology version and its locus (the entities and units assessed). */
@org.springframework.modulith.ApplicationModule(displayName = "Cycle")
package id.patuh.cycle;
