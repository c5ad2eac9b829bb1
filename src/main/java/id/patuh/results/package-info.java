/** A cycle's results: unit scores recorded directly, and the live score sheet with grades, ranks and change. */
@org.springframework.modulith.ApplicationModule(displayName = "Results")
package id.patuh.results;
