package org.keyline.shared.database;

import java.nio.file.Path;

/**
 * The embedded PostgreSQL as a bean of the application context.
 *
 * <p>
 * A persistent database belongs to its context and stops with it. The ephemeral one used
 * by tests is started once per JVM and shared by every context (a test suite builds
 * several); it stops when the JVM exits.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	private static EmbeddedPostgresServer sharedEphemeral;

	private final EmbeddedPostgresServer server;

	private final boolean owned;

	private EmbeddedDatabase(EmbeddedPostgresServer server, boolean owned) {
		this.server = server;
		this.owned = owned;
	}

	static EmbeddedDatabase persistent(Path dataDirectory, int port) {
		return new EmbeddedDatabase(EmbeddedPostgresServer.persistent(dataDirectory, port), true);
	}

	static synchronized EmbeddedDatabase sharedEphemeral() {
		if (sharedEphemeral == null) {
			sharedEphemeral = EmbeddedPostgresServer.ephemeral();
		}
		return new EmbeddedDatabase(sharedEphemeral, false);
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
		}
	}

}
