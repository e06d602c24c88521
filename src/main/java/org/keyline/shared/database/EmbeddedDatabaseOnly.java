package org.keyline.shared.database;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded PostgreSQL of Keyline alone, without the application: for
 * {@code scripts/restore.sh --embedded}, which fills a new data folder from a backup
 * while Keyline is stopped. The same server as Keyline's own (PostgreSQL 17 from the jar,
 * {@code fsync} on, the same checks of the folder and the port), started on
 * {@code --data-directory} (made with {@code initdb} when empty) and {@code --port}.
 * Prints {@code ready} when it accepts connections and stops the server cleanly when the
 * process is asked to end (SIGTERM, Ctrl-C).
 *
 * <pre>
 * java -cp keyline.jar -Dloader.main=org.keyline.shared.database.EmbeddedDatabaseOnly \
 *     org.springframework.boot.loader.launch.PropertiesLauncher --data-directory=data/postgres --port=54329
 * </pre>
 */
public final class EmbeddedDatabaseOnly {

	private EmbeddedDatabaseOnly() {
	}

	public static void main(String[] args) throws InterruptedException {
		Path dataDirectory = Path.of("data/postgres");
		int port = 54329;
		for (String arg : args) {
			if (arg.startsWith("--data-directory=")) {
				dataDirectory = Path.of(arg.substring("--data-directory=".length()));
			}
			else if (arg.startsWith("--port=")) {
				port = Integer.parseInt(arg.substring("--port=".length()));
			}
			else {
				System.err.println("Unknown argument " + arg + "; use --data-directory=PATH --port=N");
				System.exit(2);
			}
		}
		quietLogging();
		EmbeddedPostgresServer server = EmbeddedPostgresServer.persistent(dataDirectory, port);
		CountDownLatch stopped = new CountDownLatch(1);
		Thread stop = new Thread(() -> {
			server.close();
			stopped.countDown();
		}, "embedded-database-stop");
		Runtime.getRuntime().addShutdownHook(stop);
		System.out.println("ready: PostgreSQL on port " + port + " with its data in " + dataDirectory.toAbsolutePath());
		System.out.flush();
		stopped.await();
	}

	/** Logback, if it is there, at INFO: the library's debug output is not for people. */
	private static void quietLogging() {
		org.slf4j.Logger root = org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		if (root instanceof ch.qos.logback.classic.Logger logback) {
			logback.setLevel(ch.qos.logback.classic.Level.INFO);
		}
	}

}
