/** The shell every page shares: layout, navigation by role, languages, error pages and problem details. */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package id.patuh.web;
