package org.keyline.shared.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keyline.KeylineApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL keeps Keyline's data: across a stop and a start, after a crash
 * that left its server running, and never shared by two running instances.
 */
class EmbeddedDatabaseTests {

	@TempDir
	Path folder;

	@Test
	void whatIsWrittenIsStillThereAfterARestartAndDemoDataIsSeededOnce() throws IOException {
		Path data = this.folder.resolve("postgres");
		int port = freePort();
		try (ConfigurableApplicationContext first = start(data, port)) {
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from people_user", Integer.class)).isEqualTo(16);
			jdbc.update("""
					insert into people_user (username, display_name, email, password_hash, created_at, updated_at)
					values ('persisted', 'Persisted Person', 'p@example.com', '{noop}x', now(), now())""");
			assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
		}
		assertThat(Files.exists(data.resolve("postmaster.pid"))).as("the server stopped with Keyline").isFalse();
		try (ConfigurableApplicationContext second = start(data, port)) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select display_name from people_user where username = 'persisted'",
					String.class))
				.isEqualTo("Persisted Person");
			assertThat(jdbc.queryForObject("select count(*) from people_user", Integer.class))
				.as("demo users were not seeded again")
				.isEqualTo(17);
			assertThat(jdbc.queryForObject("select count(*) from demo_seed", Integer.class)).isEqualTo(1);
		}
	}

	@Test
	void withoutDemoDataTheInitialAdminComesFromConfiguration() throws IOException {
		Path data = this.folder.resolve("no-demo");
		int port = freePort();
		try (ConfigurableApplicationContext keyline = start(data, port, "--keyline.demo.enabled=false",
				"--keyline.initial-admin.password=Lighthouse-keeper-12")) {
			JdbcTemplate jdbc = keyline.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForList("select username from people_user", String.class)).containsExactly("admin");
			assertThat(jdbc.queryForObject("select count(*) from demo_seed", Integer.class)).isZero();
			PasswordEncoder encoder = keyline.getBean(PasswordEncoder.class);
			assertThat(encoder.matches("Lighthouse-keeper-12",
					jdbc.queryForObject("select password_hash from people_user", String.class)))
				.isTrue();
		}
	}

	@Test
	void aPostgresLeftRunningByAKilledKeylineDoesNotStopTheNextStart() throws Exception {
		Path data = this.folder.resolve("crashed");
		int port = freePort();
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), OrphanedPostgresStarter.class.getName(), data.toString(),
				Integer.toString(port))
			.redirectErrorStream(true)
			.start();
		try {
			assertThat(waitForReady(child)).as("the child JVM started PostgreSQL").isTrue();
			try (Connection connection = connect(port); Statement statement = connection.createStatement()) {
				statement.execute("create table survivor (name text)");
				statement.execute("insert into survivor values ('committed before the crash')");
			}
		}
		finally {
			child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		assertThat(Files.exists(data.resolve("postmaster.pid"))).as("the postmaster was orphaned").isTrue();

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.persistent(data, port);
				Connection connection = connect(server.port());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select name from survivor")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("committed before the crash");
		}
	}

	@Test
	void aDataFolderInUseByARunningKeylineIsRefusedWithAClearMessage() throws IOException {
		Path data = this.folder.resolve("busy");
		try (EmbeddedPostgresServer running = EmbeddedPostgresServer.persistent(data, freePort())) {
			assertThatThrownBy(() -> EmbeddedPostgresServer.persistent(data, freePort()))
				.isInstanceOf(EmbeddedDatabaseException.class)
				.hasMessageContaining("in use by another running Keyline");
		}
	}

	@Test
	void aPortInUseIsRefusedInsteadOfTalkingToWhateverAnswersThere() throws IOException {
		Path data = Files.createTempDirectory("keyline-port-");
		try (java.net.ServerSocket other = new java.net.ServerSocket()) {
			other.bind(new java.net.InetSocketAddress("localhost", 0));
			int port = other.getLocalPort();
			assertThatThrownBy(() -> EmbeddedPostgresServer.persistent(data, port))
				.isInstanceOf(EmbeddedDatabaseException.class)
				.hasMessageContaining("Port " + port + " is in use")
				.hasMessageContaining("keyline.embedded-database.port");
		}
	}

	@Test
	void aNonEmptyFolderWithoutAClusterIsRefusedWithAClearMessage() throws IOException {
		Path data = this.folder.resolve("junk");
		Files.createDirectories(data);
		Files.writeString(data.resolve("notes.txt"), "not a database");
		assertThatThrownBy(() -> EmbeddedPostgresServer.persistent(data, freePort()))
			.isInstanceOf(EmbeddedDatabaseException.class)
			.hasMessageContaining("holds no PostgreSQL cluster");
	}

	private static ConfigurableApplicationContext start(Path data, int port, String... more) {
		List<String> args = new ArrayList<>(List.of("--keyline.embedded-database.data-directory=" + data,
				"--keyline.embedded-database.port=" + port, "--server.port=0", "--spring.main.banner-mode=off"));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(KeylineApplication.class).run(args.toArray(String[]::new));
	}

	private static boolean waitForReady(Process child) throws IOException {
		BufferedReader output = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		String line;
		while (System.nanoTime() < deadline && (line = output.readLine()) != null) {
			if (line.equals("READY")) {
				return true;
			}
		}
		return false;
	}

	private static Connection connect(int port) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
