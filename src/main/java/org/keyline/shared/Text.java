package org.keyline.shared;

/**
 * Small rules for text that people type.
 */
public final class Text {

	private Text() {
	}

	/**
	 * The text trimmed, or null when nothing was typed: optional fields store null, not
	 * "".
	 */
	public static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
