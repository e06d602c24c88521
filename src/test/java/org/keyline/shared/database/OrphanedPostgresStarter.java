package org.keyline.shared.database;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link EmbeddedDatabaseTests}: starts the persistent embedded
 * PostgreSQL, says so, and waits to be killed, leaving the postmaster orphaned.
 */
public final class OrphanedPostgresStarter {

	private OrphanedPostgresStarter() {
	}

	public static void main(String[] args) throws InterruptedException {
		EmbeddedPostgresServer.persistent(Path.of(args[0]), Integer.parseInt(args[1]));
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(120_000);
	}

}
