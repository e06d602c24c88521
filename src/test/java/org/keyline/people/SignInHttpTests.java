package org.keyline.people;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in, error pages and the actuator through a real server, as a browser without
 * JavaScript sees them.
 */
@KeylineServerTest
class SignInHttpTests {

	@LocalServerPort
	int port;

	CookieManager cookies;

	HttpClient http;

	@BeforeEach
	void newBrowser() {
		this.cookies = new CookieManager();
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Test
	void signingInIssuesANewSessionId() throws Exception {
		get("/login");
		String before = sessionId();
		HttpResponse<String> response = signIn("member", Users.DEMO_PASSWORD);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
		assertThat(sessionId()).isNotNull().isNotEqualTo(before);
	}

	@Test
	void afterAFailedSignInOnlyThePasswordHasToBeTypedAgain() throws Exception {
		HttpResponse<String> response = signIn("director", "not-the-password");
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?error=bad"));
		String page = get("/login?error=bad").body();
		assertThat(page).contains("The username or password is not right.").contains("value=\"director\"");
		assertThat(page).doesNotContain("not-the-password");
	}

	@Test
	void aForbiddenPageExplainsWithoutInternals() throws Exception {
		signIn("member", Users.DEMO_PASSWORD);
		HttpResponse<String> response = get("/admin/users");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Not allowed")
			.doesNotContain("Exception")
			.doesNotContain("at org.")
			.doesNotContain("Whitelabel");
	}

	@Test
	void aMissingPageIsANotFoundPage() throws Exception {
		signIn("member", Users.DEMO_PASSWORD);
		HttpResponse<String> response = get("/no/such/page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Not found").doesNotContain("Exception");
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		signIn("admin", Users.DEMO_PASSWORD);
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/admin/users"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("username=nocsrf&displayName=x&email=x%40x.io&roles=ADMIN"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Not allowed");
	}

	@Test
	void theActuatorShowsOnlyHealthWithTheDatabaseAndInfo() throws Exception {
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\"");
		assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
		signIn("admin", Users.DEMO_PASSWORD);
		for (String endpoint : new String[] { "env", "beans", "configprops", "heapdump", "loggers", "mappings",
				"metrics", "shutdown" }) {
			assertThat(get("/actuator/" + endpoint).statusCode()).as(endpoint).isEqualTo(404);
		}
	}

	private HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
		String token = csrfToken(get("/login").body());
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token);
		return this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/json").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private String sessionId() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private static String csrfToken(String html) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).as("CSRF token in the sign-in form").isTrue();
		return matcher.group(1);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
