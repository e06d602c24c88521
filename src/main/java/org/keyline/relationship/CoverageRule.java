package org.keyline.relationship;

/**
 * The gaps that coverage analysis looks for, in the order the account page lists them.
 */
public enum CoverageRule {

	/**
	 * A decision maker or influencer whom none of our people knows at working strength.
	 */
	UNCOVERED_DECISION_MAKER,

	/** A sceptic or opponent in a decision role. */
	HOSTILE_DECISION_MAKER,

	/** A level of their organisation where none of our people has a working link. */
	LEVEL_NOT_REACHED,

	/** A working link with no interaction for too long, or none ever. */
	GOING_COLD,

	/** A contact whom only one of our people knows. */
	SINGLE_THREADED

}
