package org.keyline.shared.database;

import java.nio.file.Path;

/**
 * The embedded PostgreSQL as a bean of the application context.
 *
 * <p>
 * A persistent database belongs to its context and stops with it. The ephemeral one used
 * by tests is started once and shared by every context of the JVM (a test suite builds
 * several); it stops when the last of them closes, after their connection pools, so that
 * no pool tries to reconnect to a stopped server.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	private static EmbeddedPostgresServer sharedEphemeral;

	private static int sharedEphemeralUsers;

	private final EmbeddedPostgresServer server;

	private final boolean owned;

	private EmbeddedDatabase(EmbeddedPostgresServer server, boolean owned) {
		this.server = server;
		this.owned = owned;
	}

	static EmbeddedDatabase persistent(Path dataDirectory, int port) {
		return new EmbeddedDatabase(EmbeddedPostgresServer.persistent(dataDirectory, port), true);
	}

	static EmbeddedDatabase sharedEphemeral() {
		synchronized (EmbeddedDatabase.class) {
			if (sharedEphemeral == null) {
				sharedEphemeral = EmbeddedPostgresServer.ephemeral();
			}
			sharedEphemeralUsers++;
			return new EmbeddedDatabase(sharedEphemeral, false);
		}
	}

	public String jdbcUrl() {
		return this.server.jdbcUrl();
	}

	public int port() {
		return this.server.port();
	}

	@Override
	public void close() {
		if (this.owned) {
			this.server.close();
			return;
		}
		synchronized (EmbeddedDatabase.class) {
			sharedEphemeralUsers--;
			if (sharedEphemeralUsers == 0 && sharedEphemeral != null) {
				sharedEphemeral.close();
				sharedEphemeral = null;
			}
		}
	}

}
