package org.keyline.vision;

/**
 * Someone else saved a new version of the vision after this form was opened; it carries
 * what they saved.
 */
public class StaleVisionEdit extends RuntimeException {

	private final transient VisionVersionView saved;

	public StaleVisionEdit(long accountId, VisionVersionView saved) {
		super("The vision of account " + accountId + " was changed by someone else");
		this.saved = saved;
	}

	public VisionVersionView saved() {
		return this.saved;
	}

}
