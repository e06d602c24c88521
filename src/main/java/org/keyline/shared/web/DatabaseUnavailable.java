package org.keyline.shared.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells whether a failure means that the database cannot be reached (stopped, restarting,
 * the network to it down, the connection pool timing out), as opposed to a fault in
 * Keyline or in the data.
 */
final class DatabaseUnavailable {

	/** Hikari's message for a pooled connection used after it was evicted as broken. */
	private static final String HIKARI_CLOSED = "Connection is closed";

	private DatabaseUnavailable() {
	}

	static boolean causedBy(Throwable failure) {
		Map<Throwable, Boolean> seen = new IdentityHashMap<>();
		for (Throwable cause = failure; cause != null
				&& seen.put(cause, Boolean.TRUE) == null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql
					&& (connectionLost(sql.getSQLState()) || HIKARI_CLOSED.equals(sql.getMessage()))) {
				return true;
			}
			if (cause instanceof java.net.SocketException || cause instanceof java.io.EOFException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * SQL states of a lost or refused connection: class 08 (connection exception), and
	 * PostgreSQL's 57P01 to 57P03 (the server is shutting down, crashed, or is starting).
	 */
	private static boolean connectionLost(String state) {
		return state != null
				&& (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
	}

}
