package org.keyline.audit;

import java.time.LocalDate;

/**
 * What a director narrows the whole log to; every part is optional.
 *
 * @param actor the username of who made the changes
 * @param kind what was changed
 * @param accountId the account the changes belong to
 * @param from from this day
 * @param to up to and including this day
 */
public record AuditFilter(String actor, AuditedKind kind, Long accountId, LocalDate from, LocalDate to) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null);
	}

}
