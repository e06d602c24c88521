package org.keyline.audit;

import java.util.List;

/**
 * A page of the audit trail, newest first. Paged without counting: an audit trail grows
 * without end, and "is there more" is all a reader needs.
 *
 * @param entries the entries on this page
 * @param page the page number (0-based)
 * @param hasNext whether older entries follow
 */
public record AuditPage(List<AuditEntry> entries, int page, boolean hasNext) {

	public boolean isEmpty() {
		return this.entries.isEmpty();
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

}
