/**
 * The entity workspace: self-assessment rounds under the current methodology (kept apart from official data), OPD
 * readiness monitoring with the 14 standard components and overdue reminders, improvement plans against official
 * findings with their follow-up in the next cycle, and reconciliation of self-assessed against official answers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Improvement")
package id.patuh.improvement;
