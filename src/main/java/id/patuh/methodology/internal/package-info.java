/**
 * Reading and validating methodology YAML: parsing with source positions, binding to the public records, and the
 * cross-field rules (weight sums, band coverage, unique codes). Nothing here is API.
 */
package id.patuh.methodology.internal;
