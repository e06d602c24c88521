package org.keyline.shared.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Keyline's messages.properties as written, for tests that check every message. */
public final class KeylineMessages {

	private KeylineMessages() {
	}

	/** Every message, by key. */
	public static Properties all() {
		Properties all = new Properties();
		try (Reader reader = new InputStreamReader(KeylineMessages.class.getResourceAsStream("/messages.properties"),
				StandardCharsets.UTF_8)) {
			all.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return all;
	}

}
