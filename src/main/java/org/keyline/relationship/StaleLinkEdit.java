package org.keyline.relationship;

import java.time.Instant;

/**
 * Someone else changed the link's strength after the page was shown. Carries who, when
 * and the strength they saved, so that the page can explain it and let the person decide
 * again.
 */
public class StaleLinkEdit extends RuntimeException {

	private final long linkId;

	private final String by;

	private final Instant at;

	private final LinkStrength strength;

	public StaleLinkEdit(long linkId, String by, Instant at, LinkStrength strength) {
		super("Link " + linkId + " was changed by someone else");
		this.linkId = linkId;
		this.by = by;
		this.at = at;
		this.strength = strength;
	}

	public long linkId() {
		return this.linkId;
	}

	public String by() {
		return this.by;
	}

	public Instant at() {
		return this.at;
	}

	public LinkStrength strength() {
		return this.strength;
	}

}
