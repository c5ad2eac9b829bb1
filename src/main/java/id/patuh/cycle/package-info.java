/**
 * An assessment year: its methodology version, its locus (the entities, units and observed products assessed), its
 * timeline of phases that decides what may change, and the assessors assigned to its units.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cycle")
package id.patuh.cycle;
