package org.keyline.shared.database;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keyline.HttpBrowser;
import org.keyline.KeylineApplication;
import org.keyline.people.Users;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keyline.HttpBrowser.csrfToken;
import static org.keyline.HttpBrowser.encode;
import static org.keyline.HttpBrowser.location;

/**
 * While the database cannot be reached, Keyline answers quickly with a 503 page that says
 * so (a page, a form, an htmx post, even the sign-in page, whose session lives in the
 * database), saves nothing, and carries on by itself once the database is back, the user
 * still signed in. The outage is a TCP proxy between Keyline and PostgreSQL that is cut;
 * {@code scripts/restart-test.sh} stops and starts a real PostgreSQL under load.
 */
class DatabaseOutageTests {

	static EmbeddedDatabase database;

	static TcpProxy proxy;

	static ConfigurableApplicationContext keyline;

	static int port;

	static JdbcTemplate direct;

	static long account;

	static long contact;

	@BeforeAll
	static void startKeylineBehindAProxy() {
		database = EmbeddedDatabase.sharedEphemeral();
		proxy = new TcpProxy(database.port());
		keyline = new SpringApplicationBuilder(KeylineApplication.class).run("--server.port=0",
				"--spring.main.banner-mode=off",
				"--spring.datasource.url=jdbc:postgresql://localhost:" + proxy.port() + "/postgres",
				"--spring.datasource.username=postgres", "--keyline.demo.enabled=true");
		port = ((WebServerApplicationContext) keyline).getWebServer().getPort();
		direct = new JdbcTemplate(new SingleConnectionDataSource(database.jdbcUrl(), "postgres", "", true));
		account = direct.queryForObject("select id from account_account where name = 'Nordhafen Logistics AG'",
				Long.class);
		contact = direct.queryForObject(
				"select min(id) from relationship_contact where account_id = ? and not left_company", Long.class,
				account);
	}

	@AfterAll
	static void stop() {
		if (proxy != null) {
			proxy.restore();
		}
		if (keyline != null) {
			keyline.close();
		}
		if (proxy != null) {
			proxy.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void whileTheDatabaseIsDownUsersGetAFriendlyPageQuicklyAndNothingIsSavedThenKeylineRecovers() throws Exception {
		HttpBrowser browser = new HttpBrowser();
		browser.signIn(port, "member", Users.DEMO_PASSWORD);
		String token = csrfToken(browser.get(port, "/accounts/" + account + "/interactions/new").body());
		int before = interactions();

		proxy.cut();
		try {
			long started = System.nanoTime();
			HttpResponse<String> page = browser.get(port, "/accounts/" + account);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("fails fast instead of hanging")
				.isLessThan(Duration.ofSeconds(15));
			assertUnavailable(page, "nothing was changed");

			HttpResponse<String> posted = browser.post(port, "/accounts/" + account + "/interactions",
					form("Logged while the database is down", token));
			assertUnavailable(posted, "Your input was not saved");

			HttpResponse<String> htmx = browser.htmxPost(port, "/accounts/" + account + "/interactions",
					form("Quick add while the database is down", token));
			assertThat(htmx.statusCode()).isEqualTo(503);
			assertThat(htmx.headers().firstValue("HX-Retarget")).hasValue("#kl-unavailable");
			assertThat(htmx.headers().firstValue("X-Keyline-Unavailable")).isPresent();
			assertThat(htmx.body()).contains("id=\"kl-unavailable-message\"")
				.contains("The database is not reachable")
				.contains("Your input was not saved")
				.doesNotContain("<html");

			HttpResponse<String> signIn = new HttpBrowser().get(port, "/login");
			assertUnavailable(signIn, "The database is not reachable");

			assertThat(new HttpBrowser().get(port, "/actuator/health").statusCode()).isEqualTo(503);
		}
		finally {
			proxy.restore();
		}
		long back = System.nanoTime();

		HttpResponse<String> page = browser.get(port, "/accounts/" + account);
		while (page.statusCode() != 200 && System.nanoTime() - back < Duration.ofSeconds(10).toNanos()) {
			Thread.sleep(200);
			page = browser.get(port, "/accounts/" + account);
		}
		assertThat(page.statusCode()).as("back within 10 s, still signed in").isEqualTo(200);
		assertThat(page.body()).contains("Max Member");
		assertThat(interactions()).as("nothing was saved during the outage").isEqualTo(before);

		HttpResponse<String> posted = browser.post(port, "/accounts/" + account + "/interactions",
				form("Logged after the database came back", token));
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(location(posted)).endsWith("/interactions");
		assertThat(interactions()).isEqualTo(before + 1);
	}

	private static void assertUnavailable(HttpResponse<String> response, String text) {
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).isPresent();
		assertThat(response.body()).contains("The database is not reachable")
			.contains(text)
			.doesNotContain("Exception")
			.doesNotContain("at org.")
			.doesNotContain("Whitelabel");
	}

	private static String form(String summary, String token) {
		return "occurredOn=" + LocalDate.now() + "&kind=CALL&summary=" + encode(summary) + "&nextStep=&contactIds="
				+ contact + "&_csrf=" + encode(token);
	}

	private static int interactions() {
		return direct.queryForObject("select count(*) from relationship_interaction where account_id = ?",
				Integer.class, account);
	}

}
