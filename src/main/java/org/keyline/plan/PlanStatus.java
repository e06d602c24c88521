package org.keyline.plan;

/**
 * Where a plan stands in its life: the account manager drafts it, submits it for the
 * team's sign-off, it is agreed when everybody signed (or a director agrees it with a
 * reason), it is then monitored while active, and closed at the end.
 */
public enum PlanStatus {

	DRAFT, IN_REVIEW, AGREED, ACTIVE, CLOSED;

	/** Agreed or active: changing its objectives or strategies starts a new version. */
	public boolean agreed() {
		return this == AGREED || this == ACTIVE;
	}

	public boolean open() {
		return this != CLOSED;
	}

}
