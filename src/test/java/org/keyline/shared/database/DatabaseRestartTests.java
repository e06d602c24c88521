package org.keyline.shared.database;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.keyline.HttpBrowser;
import org.keyline.people.Users;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keyline.HttpBrowser.csrfToken;
import static org.keyline.HttpBrowser.encode;
import static org.keyline.HttpBrowser.location;

/**
 * The long fault test, run by {@code scripts/restart-test.sh} (tag {@code restart}, left
 * out of {@code ./mvnw verify}): the packaged Keyline runs as a process of its own
 * against a PostgreSQL 17 (the zonky binaries, durable settings) on port 54334; several
 * signed-in clients post the real interaction form as fast as Keyline answers.
 * <ol>
 * <li>PostgreSQL is stopped ({@code pg_ctl stop -m fast}) for a while and started again:
 * how long until Keyline acknowledges writes again, what users saw meanwhile, and whether
 * every acknowledged write (a redirect after the post) is in the database.</li>
 * <li>Keyline gets SIGTERM while the clients post: every acknowledged write must be in
 * the database, the others finished or were refused.</li>
 * </ol>
 * The figures go to {@code target/restart-test/report.md}.
 */
@Tag("restart")
class DatabaseRestartTests {

	static final int DB_PORT = Integer.getInteger("restart.db-port", 54334);

	static final int PORT = Integer.getInteger("restart.port", 8084);

	static final int CLIENTS = Integer.getInteger("restart.clients", 8);

	static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("restart.warm-up", 10));

	static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("restart.outage", 10));

	static final Duration AFTER = Duration.ofSeconds(Long.getLong("restart.after", 15));

	final Path folder = Path.of("target", "restart-test").toAbsolutePath();

	final String run = "restart-" + System.currentTimeMillis();

	final StringBuilder report = new StringBuilder();

	long account;

	long contact;

	@Test
	void keylineSurvivesADatabaseRestartAndAGracefulShutdownUnderLoadWithoutLosingAnAcknowledgedWrite()
			throws Exception {
		Path jar = jar();
		FileSystemUtils.deleteRecursively(this.folder);
		Files.createDirectories(this.folder);
		Path data = this.folder.resolve("postgres");
		EmbeddedPostgresServer database = EmbeddedPostgresServer.persistent(data, DB_PORT);
		Process keyline = null;
		try {
			keyline = startKeyline(jar);
			this.account = queryLong("select id from account_account where name = 'Nordhafen Logistics AG'");
			this.contact = queryLong("select min(id) from relationship_contact where account_id = " + this.account
					+ " and not left_company");
			this.report.append("# Database restart and graceful shutdown under load\n\n")
				.append("Run ")
				.append(Instant.now())
				.append(" on ")
				.append(Runtime.getRuntime().availableProcessors())
				.append(" cores: Keyline (packaged jar, own process) on port ")
				.append(PORT)
				.append(", PostgreSQL 17 on port ")
				.append(DB_PORT)
				.append(" (fsync and synchronous_commit on), ")
				.append(CLIENTS)
				.append(" clients signed in as `member`, each posting the interaction form of one account")
				.append(" (the real form with its CSRF token) as fast as Keyline answers.\n\n");

			database = restartDatabase(database, data);
			gracefulShutdown(keyline);
			keyline = null;
		}
		finally {
			if (keyline != null) {
				keyline.destroy();
				keyline.waitFor();
			}
			database.close();
			Files.writeString(this.folder.resolve("report.md"), this.report);
			System.out.println(this.report);
		}
	}

	private EmbeddedPostgresServer restartDatabase(EmbeddedPostgresServer database, Path data) throws Exception {
		Load load = new Load("db");
		load.start();
		Thread.sleep(WARM_UP.toMillis());
		long beforeStop = load.acknowledged.get();

		database.close();
		Instant down = Instant.now();
		load.outageStarted(down);
		// Someone using the page meanwhile: a page, a form post, an htmx post.
		HttpBrowser user = load.clients.get(0).browser;
		Thread.sleep(Math.min(3000, OUTAGE.toMillis() / 2));
		HttpResponse<String> page = user.get(PORT, "/accounts/" + this.account);
		HttpResponse<String> htmx = user.htmxPost(PORT, "/accounts/" + this.account + "/interactions",
				form(this.run + "-htmx", load.clients.get(0).token));
		Thread.sleep(Math.max(0, OUTAGE.toMillis() - Duration.between(down, Instant.now()).toMillis()));

		EmbeddedPostgresServer restarted = EmbeddedPostgresServer.persistent(data, DB_PORT);
		Instant up = Instant.now();
		load.outageEnded(up);
		Thread.sleep(AFTER.toMillis());
		load.stop();

		Set<String> rows = summaries(this.run + "-db-");
		Set<String> lost = new HashSet<>(load.acknowledgedSummaries);
		lost.removeAll(rows);
		Set<String> inDoubt = new HashSet<>(rows);
		inDoubt.removeAll(load.acknowledgedSummaries);
		Duration recovered = load.firstAcknowledgedAfter(up);
		Duration allRecovered = load.allClientsAcknowledgedAfter(up);

		this.report.append("## 1. PostgreSQL stopped and started again under load\n\n")
			.append("| what | figure |\n|---|---|\n")
			.append(row("warm-up, outage, after",
					WARM_UP.toSeconds() + " s, " + Duration.between(down, up).toMillis() + " ms (stop to ready again), "
							+ AFTER.toSeconds() + " s"))
			.append(row("writes acknowledged before the stop", beforeStop))
			.append(row("first acknowledged write after the database was back",
					(recovered != null) ? recovered.toMillis() + " ms" : "none"))
			.append(row("every client acknowledged again after",
					(allRecovered != null) ? allRecovered.toMillis() + " ms" : "not all clients"))
			.append(row("writes acknowledged (2xx/3xx), whole run", load.acknowledged.get()))
			.append(row("rows found in the database", rows.size()))
			.append(row("acknowledged but missing (lost)", lost.size()))
			.append(row("in the database but not acknowledged (the answer did not arrive)", inDoubt.size()))
			.append(row("refused during the outage with the 503 page", load.friendly.get()))
			.append(row("of them: longest answer", load.longestRefusal.get() + " ms"))
			.append(row("other answers (status: count)", load.others))
			.append(row("connection errors", load.ioErrors.get()))
			.append(row("events between modules left unfinished (resubmitted two minutes later)",
					queryLong("select count(*) from event_publication where completion_date is null")))
			.append(row("a page during the outage", page.statusCode() + " " + excerpt(page.body())))
			.append(row("an htmx post during the outage",
					htmx.statusCode() + ", HX-Retarget " + htmx.headers().firstValue("HX-Retarget").orElse("none")
							+ ", " + excerpt(htmx.body())))
			.append("\n");

		assertThat(lost).as("acknowledged writes missing after the restart").isEmpty();
		assertThat(recovered).as("Keyline acknowledges writes again").isNotNull();
		assertThat(recovered).as("recovered within 10 s of the database being back").isLessThan(Duration.ofSeconds(10));
		assertThat(load.others).as("nothing but acknowledgements and the 503 page").isEmpty();
		assertThat(load.unfriendly.get()).as("503 answers without the friendly page").isZero();
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.body()).contains("The database is not reachable").doesNotContain("Exception");
		assertThat(htmx.statusCode()).isEqualTo(503);
		assertThat(htmx.headers().firstValue("HX-Retarget")).hasValue("#kl-unavailable");
		return restarted;
	}

	private void gracefulShutdown(Process keyline) throws Exception {
		Load load = new Load("term");
		load.start();
		Thread.sleep(WARM_UP.toMillis());
		Instant term = Instant.now();
		keyline.destroy(); // SIGTERM
		load.outageStarted(term);
		boolean exited = keyline.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
		Instant gone = Instant.now();
		Thread.sleep(1000);
		load.stop();

		Set<String> rows = summaries(this.run + "-term-");
		Set<String> lost = new HashSet<>(load.acknowledgedSummaries);
		lost.removeAll(rows);
		Set<String> inDoubt = new HashSet<>(rows);
		inDoubt.removeAll(load.acknowledgedSummaries);

		this.report.append("## 2. SIGTERM to Keyline under load (graceful shutdown)\n\n")
			.append("| what | figure |\n|---|---|\n")
			.append(row("SIGTERM to exit",
					Duration.between(term, gone).toMillis() + " ms, exit code "
							+ (exited ? keyline.exitValue() : "none (killed)")))
			.append(row("writes acknowledged", load.acknowledged.get()))
			.append(row("of them after SIGTERM (in flight, finished)", load.acknowledgedDuringOutage.get()))
			.append(row("rows found in the database", rows.size()))
			.append(row("acknowledged but missing (lost)", lost.size()))
			.append(row("in the database but not acknowledged (the answer did not arrive)", inDoubt.size()))
			.append(row("refused: connection refused or closed", load.ioErrors.get()))
			.append(row("refused with the 503 page", load.friendly.get()))
			.append(row("other answers (status: count)", load.others))
			.append("\n");

		assertThat(exited).as("Keyline exits after SIGTERM").isTrue();
		assertThat(lost).as("acknowledged writes missing after the shutdown").isEmpty();
		assertThat(load.others).as("nothing but acknowledgements and clean refusals").isEmpty();
	}

	private Process startKeyline(Path jar) throws Exception {
		File log = this.folder.resolve("keyline.log").toFile();
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-jar", jar.toString(), "--server.port=" + PORT,
				"--spring.datasource.url=jdbc:postgresql://localhost:" + DB_PORT + "/postgres",
				"--spring.datasource.username=postgres", "--keyline.demo.enabled=true")
			.redirectErrorStream(true)
			.redirectOutput(log)
			.start();
		HttpClient probe = HttpClient.newHttpClient();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/actuator/health"))
			.timeout(Duration.ofSeconds(10))
			.build();
		Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
		while (Instant.now().isBefore(deadline)) {
			assertThat(process.isAlive()).as("Keyline is running (see " + log + ")").isTrue();
			try {
				if (probe.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return process;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		process.destroy();
		throw new IllegalStateException("Keyline did not start within 5 minutes, see " + log);
	}

	private static Path jar() throws IOException {
		String configured = System.getProperty("keyline.jar");
		if (configured != null) {
			return Path.of(configured).toAbsolutePath();
		}
		try (var jars = Files.list(Path.of("target"))) {
			return jars.filter((path) -> path.getFileName().toString().matches("keyline-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"No target/keyline-*.jar: run scripts/restart-test.sh, which packages Keyline first"))
				.toAbsolutePath();
		}
	}

	private String form(String summary, String token) {
		return "occurredOn=" + LocalDate.now() + "&kind=CALL&summary=" + encode(summary) + "&nextStep=&contactIds="
				+ this.contact + "&_csrf=" + encode(token);
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + DB_PORT + "/postgres", "postgres", "");
	}

	private static long queryLong(String sql) throws SQLException {
		try (Connection connection = connect(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static Set<String> summaries(String prefix) throws SQLException {
		Set<String> found = new HashSet<>();
		try (Connection connection = connect();
				PreparedStatement statement = connection
					.prepareStatement("select summary from relationship_interaction where summary like ?")) {
			statement.setString(1, prefix + "%");
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					found.add(rows.getString(1));
				}
			}
		}
		return found;
	}

	private static String row(String what, Object figure) {
		return "| " + what + " | " + figure + " |\n";
	}

	private static String excerpt(String body) {
		if (body.contains("The database is not reachable")) {
			int at = body.indexOf("lead\">");
			String lead = (at >= 0) ? body.substring(at + 6, body.indexOf('<', at + 6)) : "";
			if (lead.isEmpty()) {
				int alert = body.indexOf("</strong>");
				lead = (alert >= 0) ? body.substring(body.indexOf("<span>", alert) + 6, body.indexOf("</span>", alert))
						: "";
			}
			return "\"The database is not reachable. " + lead.trim() + "\"";
		}
		return body.substring(0, Math.min(80, body.length())).replace('\n', ' ').replace('|', '/');
	}

	/** The clients posting interactions, and what they got. */
	final class Load {

		final String phase;

		final List<Client> clients = new ArrayList<>();

		final AtomicBoolean running = new AtomicBoolean(true);

		final Set<String> acknowledgedSummaries = ConcurrentHashMap.newKeySet();

		final AtomicLong acknowledged = new AtomicLong();

		final AtomicLong acknowledgedDuringOutage = new AtomicLong();

		final AtomicLong friendly = new AtomicLong();

		final AtomicLong unfriendly = new AtomicLong();

		final AtomicLong longestRefusal = new AtomicLong();

		final AtomicLong ioErrors = new AtomicLong();

		final Map<Integer, Integer> others = new TreeMap<>();

		final Map<Integer, Instant> firstAfterUp = new ConcurrentHashMap<>();

		volatile Instant outageStart;

		volatile Instant outageEnd;

		Load(String phase) throws Exception {
			this.phase = phase;
			for (int i = 0; i < CLIENTS; i++) {
				this.clients.add(new Client(this, i));
			}
		}

		void start() {
			this.clients.forEach((client) -> client.thread.start());
		}

		void stop() throws InterruptedException {
			this.running.set(false);
			for (Client client : this.clients) {
				client.thread.join(120_000);
			}
		}

		void outageStarted(Instant at) {
			this.outageStart = at;
		}

		void outageEnded(Instant at) {
			this.outageEnd = at;
		}

		Duration firstAcknowledgedAfter(Instant up) {
			return this.firstAfterUp.values()
				.stream()
				.min(Instant::compareTo)
				.map((at) -> Duration.between(up, at))
				.orElse(null);
		}

		Duration allClientsAcknowledgedAfter(Instant up) {
			if (this.firstAfterUp.size() < this.clients.size()) {
				return null;
			}
			return this.firstAfterUp.values()
				.stream()
				.max(Instant::compareTo)
				.map((at) -> Duration.between(up, at))
				.orElse(null);
		}

		synchronized void other(int status) {
			this.others.merge(status, 1, Integer::sum);
		}

	}

	final class Client {

		final HttpBrowser browser = new HttpBrowser();

		final String token;

		final Thread thread;

		Client(Load load, int number) throws Exception {
			this.browser.signIn(PORT, "member", Users.DEMO_PASSWORD);
			this.token = csrfToken(
					this.browser.get(PORT, "/accounts/" + DatabaseRestartTests.this.account + "/interactions/new")
						.body());
			this.thread = new Thread(() -> post(load, number), "client-" + number);
		}

		private void post(Load load, int number) {
			long sequence = 0;
			while (load.running.get()) {
				String summary = DatabaseRestartTests.this.run + "-" + load.phase + "-" + number + "-" + sequence++;
				long started = System.nanoTime();
				try {
					HttpResponse<String> response = this.browser.post(PORT,
							"/accounts/" + DatabaseRestartTests.this.account + "/interactions",
							form(summary, this.token));
					Instant answered = Instant.now();
					int status = response.statusCode();
					if (status == 302 && location(response).endsWith("/interactions")) {
						load.acknowledgedSummaries.add(summary);
						load.acknowledged.incrementAndGet();
						if (load.outageStart != null && answered.isAfter(load.outageStart)) {
							load.acknowledgedDuringOutage.incrementAndGet();
						}
						if (load.outageEnd != null && answered.isAfter(load.outageEnd)) {
							load.firstAfterUp.putIfAbsent(number, answered);
						}
					}
					else if (status == 503) {
						load.friendly.incrementAndGet();
						load.longestRefusal.accumulateAndGet((System.nanoTime() - started) / 1_000_000, Math::max);
						if (!response.body().contains("The database is not reachable")
								|| response.body().contains("Exception")) {
							load.unfriendly.incrementAndGet();
						}
					}
					else {
						load.other(status);
					}
				}
				catch (IOException ex) {
					load.ioErrors.incrementAndGet();
					pause();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}

		private void pause() {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
