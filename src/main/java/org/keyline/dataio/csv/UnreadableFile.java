package org.keyline.dataio.csv;

/**
 * The upload is not a CSV file Keyline can read; the message key (with its arguments)
 * says why, for the person who uploaded it.
 */
public class UnreadableFile extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public UnreadableFile(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
