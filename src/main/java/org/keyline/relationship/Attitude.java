package org.keyline.relationship;

/**
 * A contact's attitude to us, from champion to opponent.
 */
public enum Attitude {

	CHAMPION, SUPPORTER, NEUTRAL, SCEPTIC, OPPONENT;

	/** Sceptics and opponents: against us. */
	public boolean against() {
		return this == SCEPTIC || this == OPPONENT;
	}

}
