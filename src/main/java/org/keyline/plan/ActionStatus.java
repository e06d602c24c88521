package org.keyline.plan;

/**
 * Where an action stands. Open and in-progress actions past their due date are overdue.
 */
public enum ActionStatus {

	OPEN, IN_PROGRESS, DONE, DROPPED;

	/** Still to be done. */
	public boolean pending() {
		return this == OPEN || this == IN_PROGRESS;
	}

}
