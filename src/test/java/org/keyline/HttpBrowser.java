package org.keyline;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser without JavaScript for HTTP tests against running Keyline instances: one
 * session cookie, whichever instance answers (as behind a load balancer), no redirects
 * followed.
 */
public final class HttpBrowser {

	public static final String SESSION_COOKIE = "JSESSIONID";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private String session;

	/** The session cookie's value, or null. */
	public String session() {
		return this.session;
	}

	/** The session id as stored in {@code spring_session.session_id}. */
	public String sessionId() {
		return (this.session != null) ? new String(Base64.getDecoder().decode(this.session), StandardCharsets.US_ASCII)
				: null;
	}

	public void useSession(String cookieValue) {
		this.session = cookieValue;
	}

	public void signIn(int port, String username, String password) throws IOException, InterruptedException {
		String token = csrfToken(get(port, "/login").body());
		HttpResponse<String> response = post(port, "/login",
				"username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token));
		assertThat(response.statusCode()).as("sign-in of " + username).isEqualTo(302);
		assertThat(location(response)).as("sign-in of " + username).doesNotContain("error");
	}

	public HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return send(request(port, path).GET().build());
	}

	public HttpResponse<String> post(int port, String path, String form) throws IOException, InterruptedException {
		return send(request(port, path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	/** A form post as htmx sends it. */
	public HttpResponse<String> htmxPost(int port, String path, String form) throws IOException, InterruptedException {
		return send(request(port, path).header("Content-Type", "application/x-www-form-urlencoded")
			.header("HX-Request", "true")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	private HttpRequest.Builder request(int port, String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "text/html");
		if (this.session != null) {
			builder.header("Cookie", SESSION_COOKIE + "=" + this.session);
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		for (String cookie : response.headers().allValues("Set-Cookie")) {
			if (cookie.startsWith(SESSION_COOKIE + "=")) {
				int end = cookie.indexOf(';');
				String value = cookie.substring(SESSION_COOKIE.length() + 1, (end < 0) ? cookie.length() : end);
				this.session = (value.isEmpty() || cookie.contains("Max-Age=0")) ? null : value;
			}
		}
		return response;
	}

	public static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	public static String csrfToken(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
		return matcher.group(1);
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
