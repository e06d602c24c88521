package org.keyline.shared.database;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts and stops the embedded PostgreSQL 17 cluster.
 *
 * <p>
 * A persistent cluster keeps its data in a folder and runs with {@code fsync} and
 * {@code synchronous_commit} on, so that what Keyline acknowledged survives a crash. If
 * the JVM of a previous run was killed, its postmaster may still be running as an orphan;
 * it is stopped before the new one starts, unless another live Keyline holds the folder.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	static final String DATABASE = "postgres";

	static final String USER = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final String ZONKY_LOCK_FILE = "epg-lock";

	private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(60);

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/**
	 * Starts a durable cluster whose data lives in {@code dataDirectory}.
	 */
	static EmbeddedPostgresServer persistent(Path dataDirectory, int port) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		try {
			Files.createDirectories(directory);
			if (Files.exists(directory.resolve("postgresql.conf"))) {
				ensureNotInUseByAnotherProcess(directory);
				stopOrphanedPostmaster(directory);
			}
			else {
				ensureEmptyForInitdb(directory);
			}
			ensurePortFree(port);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory.toFile())
				.setCleanDataDirectory(false)
				.setPort(port)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setPGStartupWait(Duration.ofSeconds(60))
				// Stopped by the application context, after the connection pool.
				.setRegisterShutdownHook(false)
				.start();
			ensureServes(postgres, directory, port);
			log.info("Embedded PostgreSQL is running on port {} with its data in {}", port, directory);
			return new EmbeddedPostgresServer(postgres);
		}
		catch (IOException ex) {
			throw new EmbeddedDatabaseException("The embedded PostgreSQL in " + directory + " could not start", ex);
		}
	}

	/**
	 * Refuses a port another program listens on: PostgreSQL would fail to bind it, and
	 * Keyline would then talk to whatever database answers there.
	 */
	private static void ensurePortFree(int port) {
		try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new java.net.InetSocketAddress("localhost", port));
		}
		catch (IOException ex) {
			throw new EmbeddedDatabaseException("Port " + port
					+ " is in use, perhaps by another PostgreSQL: stop it, or give the embedded database another"
					+ " port with keyline.embedded-database.port", ex);
		}
	}

	/** Checks that the server on the port is the one with our data folder. */
	private static void ensureServes(EmbeddedPostgres postgres, Path directory, int port) throws IOException {
		try (java.sql.Connection connection = postgres.getPostgresDatabase().getConnection();
				java.sql.ResultSet rows = connection.createStatement().executeQuery("show data_directory")) {
			rows.next();
			Path served = Path.of(rows.getString(1)).toAbsolutePath().normalize();
			if (!served.equals(directory) && !(Files.exists(served) && Files.isSameFile(served, directory))) {
				postgres.close();
				throw new EmbeddedDatabaseException("The PostgreSQL on port " + port + " serves " + served + ", not "
						+ directory + ": another PostgreSQL listens on the port; stop it, or give the embedded"
						+ " database another port with keyline.embedded-database.port", null);
			}
		}
		catch (java.sql.SQLException ex) {
			throw new EmbeddedDatabaseException("The embedded PostgreSQL on port " + port + " does not answer", ex);
		}
	}

	/**
	 * Starts a throw-away cluster in a temporary folder on a free port, with PostgreSQL's
	 * durability switched off for speed.
	 */
	static EmbeddedPostgresServer ephemeral() {
		try {
			return new EmbeddedPostgresServer(EmbeddedPostgres.builder().setRegisterShutdownHook(false).start());
		}
		catch (IOException ex) {
			throw new EmbeddedDatabaseException("The ephemeral embedded PostgreSQL could not start", ex);
		}
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/" + DATABASE;
	}

	int port() {
		return this.postgres.getPort();
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A folder without a cluster gets one; initdb needs it empty.
	 */
	private static void ensureEmptyForInitdb(Path directory) throws IOException {
		Files.deleteIfExists(directory.resolve(ZONKY_LOCK_FILE));
		try (var entries = Files.list(directory)) {
			if (entries.findAny().isPresent()) {
				throw new EmbeddedDatabaseException("The data folder " + directory
						+ " is not empty but holds no PostgreSQL cluster. Empty it, or set keyline.embedded-database.data-directory to another folder.",
						null);
			}
		}
	}

	/**
	 * The embedded library holds an OS file lock in the data folder while its server
	 * runs. If we can take that lock, no live JVM owns the folder.
	 */
	private static void ensureNotInUseByAnotherProcess(Path directory) throws IOException {
		Path lockFile = directory.resolve(ZONKY_LOCK_FILE);
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				lock = null;
			}
			if (lock == null) {
				throw new EmbeddedDatabaseException("The data folder " + directory
						+ " is in use by another running Keyline. Stop it first, or set keyline.embedded-database.data-directory to another folder.",
						null);
			}
			lock.release();
		}
	}

	/**
	 * After a {@code kill -9} of the JVM, its postmaster can survive and keep the port
	 * and {@code postmaster.pid}. Stop it with a smart shutdown (SIGTERM): its clients
	 * are gone, committed data is on disk.
	 */
	private static void stopOrphanedPostmaster(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> orphan = postmasterOf(pidFile);
		if (orphan.isEmpty()) {
			log.info("Found a stale postmaster.pid in {}; PostgreSQL will replace it", directory);
			return;
		}
		ProcessHandle process = orphan.get();
		log.warn("Stopping orphaned PostgreSQL (pid {}) left by a previous run that did not shut down cleanly",
				process.pid());
		process.destroy();
		try {
			process.onExit().get(ORPHAN_STOP_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EmbeddedDatabaseException("Interrupted while stopping the orphaned PostgreSQL", ex);
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
			throw new EmbeddedDatabaseException("The orphaned PostgreSQL (pid " + process.pid()
					+ ") did not stop within " + ORPHAN_STOP_TIMEOUT.toSeconds() + " s; stop it by hand", ex);
		}
	}

	private static Optional<ProcessHandle> postmasterOf(Path pidFile) throws IOException {
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).trim());
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(EmbeddedPostgresServer::isPostgres);
	}

	private static boolean isPostgres(ProcessHandle process) {
		Path cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
		try {
			if (Files.isReadable(cmdline)) {
				return new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).contains("postgres");
			}
		}
		catch (IOException ex) {
			return false;
		}
		return process.info()
			.command()
			.map((command) -> new File(command).getName().contains("postgres"))
			.orElse(false);
	}

}
