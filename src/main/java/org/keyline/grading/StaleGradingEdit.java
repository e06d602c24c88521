package org.keyline.grading;

/**
 * Someone else changed the criterion or the tiers after the form was opened; nothing
 * changed.
 */
public class StaleGradingEdit extends RuntimeException {

	private final String by;

	private final java.time.Instant at;

	public StaleGradingEdit(String by, java.time.Instant at) {
		super("Changed meanwhile by " + by);
		this.by = by;
		this.at = at;
	}

	public String by() {
		return this.by;
	}

	public java.time.Instant at() {
		return this.at;
	}

}
