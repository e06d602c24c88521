package org.keyline.shared;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keyline.KeylineTest;
import org.keyline.account.AccountManagement;
import org.keyline.account.Accounts;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The documented backup and restore (README, "Backup and restore"):
 * {@code scripts/backup.sh} dumps the test database with pg_dump,
 * {@code scripts/restore.sh} restores it into an empty external PostgreSQL and, with
 * {@code --embedded}, into a new embedded database folder (keeping the old one). The
 * restored database has the data, the migration history (Flyway validates it against
 * Keyline's migrations, as at startup) and the audit trail's append-only triggers.
 * Skipped, with a message, where no pg_dump 17 is found (CI installs one:
 * {@code scripts/install-pg-client.sh}).
 */
@KeylineTest
class BackupRestoreTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers testUsers;

	@TempDir
	Path folder;

	String marker;

	@BeforeEach
	void needsPgDump() throws Exception {
		Result found = run(List.of("bash", "-c", "source scripts/pg-client.sh && find_pg_tool pg_dump"), Map.of());
		assumeTrue(found.status() == 0,
				"No pg_dump of PostgreSQL 17 here: run scripts/install-pg-client.sh to test backup and restore");
		Viewer owner = Accounts.aViewer(this.testUsers, "backedup", Role.MANAGER);
		this.marker = Accounts.uniqueName("Backed up");
		this.accounts.create(Accounts.aProfile(this.marker), null, owner);
	}

	@Test
	void aBackupRestoresIntoAnEmptyExternalDatabase() throws Exception {
		Path dump = this.folder.resolve("keyline.dump");
		Result backup = run(List.of("bash", "scripts/backup.sh", dump.toString()), source());
		assertThat(backup.status()).as(backup.output()).isZero();
		assertThat(backup.output()).contains("Backup written to " + dump);
		assertThat(dump).isNotEmptyFile();

		try (EmbeddedPostgres target = EmbeddedPostgres.builder().start()) {
			Map<String, String> env = Map.of("PGPORT", String.valueOf(target.getPort()));
			Result restore = run(List.of("bash", "scripts/restore.sh", dump.toString()), env);
			assertThat(restore.status()).as(restore.output()).isZero();
			assertRestored(target.getPort());
			// A database that is not empty is refused, and left as it was.
			Result again = run(List.of("bash", "scripts/restore.sh", dump.toString()), env);
			assertThat(again.status()).isNotZero();
			assertThat(again.output()).contains("is not empty");
			assertRestored(target.getPort());
		}
	}

	@Test
	void aBackupRestoresIntoANewEmbeddedDatabaseKeepingTheOldFolder() throws Exception {
		Path dump = this.folder.resolve("keyline.dump");
		assertThat(run(List.of("bash", "scripts/backup.sh", dump.toString()), source()).status()).isZero();
		Path data = this.folder.resolve("data/postgres");
		Files.createDirectories(data);
		Files.writeString(data.resolve("the-old-database"), "kept");
		int port = freePort();
		Result restore = run(List.of("bash", "scripts/restore.sh", "--embedded", data.toString(), dump.toString()),
				Map.of("PGPORT", String.valueOf(port), "KEYLINE_CLASSPATH", System.getProperty("java.class.path")));
		assertThat(restore.status()).as(restore.output()).isZero();
		assertThat(restore.output()).contains("Restored into " + data);
		try (Stream<Path> siblings = Files.list(data.getParent())) {
			Path kept = siblings.filter((p) -> p.getFileName().toString().startsWith("postgres.before-restore-"))
				.findFirst()
				.orElseThrow();
			assertThat(kept.resolve("the-old-database")).hasContent("kept");
		}
		assertThat(data.resolve("postmaster.pid")).doesNotExist();
		// Keyline's own settings, on the restored folder.
		try (EmbeddedPostgres restored = EmbeddedPostgres.builder()
			.setDataDirectory(data.toFile())
			.setCleanDataDirectory(false)
			.setPort(port)
			.start()) {
			assertRestored(port);
		}
	}

	private void assertRestored(int port) throws SQLException {
		String url = "jdbc:postgresql://localhost:" + port + "/postgres";
		try (Connection restored = DriverManager.getConnection(url, "postgres", "")) {
			JdbcTemplate target = new JdbcTemplate(
					new org.springframework.jdbc.datasource.SingleConnectionDataSource(restored, true));
			String history = "select version, checksum, success from flyway_schema_history order by installed_rank";
			assertThat(target.queryForList(history)).isEqualTo(this.jdbc.queryForList(history)).isNotEmpty();
			assertThat(target.queryForObject("select count(*) from account_account where name = ?", Integer.class,
					this.marker))
				.isOne();
			for (String table : List.of("account_account", "people_user", "audit_entry", "relationship_contact",
					"plan_plan")) {
				assertThat(target.queryForObject("select count(*) from " + table, Long.class)).as(table)
					.isEqualTo(this.jdbc.queryForObject("select count(*) from " + table, Long.class));
			}
			// Generated search documents are generated again.
			assertThat(target.queryForObject("select count(*) from account_account where search_document is null",
					Integer.class))
				.isZero();
			// The audit trail is still append-only.
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> {
				try (Statement statement = restored.createStatement()) {
					statement.executeUpdate("delete from audit_entry");
				}
			}).withMessageContaining("append-only");
		}
		// As at Keyline's start: the history matches Keyline's migrations.
		Flyway.configure()
			.dataSource(url, "postgres", "")
			.locations("classpath:db/migration")
			.validateMigrationNaming(true)
			.load()
			.validate();
	}

	/** The test database as the scripts' connection settings. */
	private Map<String, String> source() {
		String url = this.jdbc.execute((ConnectionCallback<String>) (c) -> c.getMetaData().getURL());
		String port = url.replaceAll("^jdbc:postgresql://[^:/]+:(\\d+)/.*$", "$1");
		return Map.of("PGPORT", port);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static Result run(List<String> command, Map<String, String> env) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
		builder.environment().putAll(env);
		Process process = builder.start();
		process.getOutputStream().close();
		byte[] output = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
		return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

	record Result(int status, String output) {
	}

}
