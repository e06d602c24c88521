/**
 * Audit trail: who changed what and when, with old and new values, for accounts and their
 * economics, team and mentors, contacts, links, plans, grading criteria and tiers, tier
 * overrides and users. Recorded by database triggers in the writing transaction
 * (append-only), told who acts by {@link org.keyline.audit.AuditingTransactionManager}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.keyline.audit;
