package org.keyline.dataio.importing;

import org.keyline.shared.RuleViolation;

/**
 * An upload or a confirmation is refused for a reason the person can fix (a field and a
 * message); nothing was written.
 */
public class ImportRefused extends RuleViolation {

	private final transient Object[] arguments;

	public ImportRefused(String field, String messageKey, Object... arguments) {
		super(field, messageKey);
		this.arguments = arguments;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
