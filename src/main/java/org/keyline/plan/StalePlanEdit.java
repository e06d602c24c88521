package org.keyline.plan;

/**
 * Someone else saved this part of the plan after the form was opened; nothing changed.
 */
public class StalePlanEdit extends RuntimeException {

	public StalePlanEdit(String what) {
		super(what + " was changed by someone else");
	}

}
