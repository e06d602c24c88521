package org.keyline.shared.database;

/**
 * The embedded PostgreSQL could not be started; the message says why and what to do.
 */
class EmbeddedDatabaseException extends RuntimeException {

	EmbeddedDatabaseException(String message, Throwable cause) {
		super(message, cause);
	}

}
