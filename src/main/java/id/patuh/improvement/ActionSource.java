package id.patuh.improvement;

/** What an action answers: an official finding (rapor), a self-assessment gap, or something the entity chose. */
public enum ActionSource { OFFICIAL_FINDING, SELF_ASSESSMENT, OTHER }
