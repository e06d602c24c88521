package org.keyline.vision;

/**
 * No such version of the account's vision, assessment or requirement on this account:
 * answers 404 like an account the viewer may not see.
 */
public class VisionRecordNotFound extends RuntimeException {

	public VisionRecordNotFound(String what, long accountId, long id) {
		super("No " + what + " " + id + " on account " + accountId);
	}

}
