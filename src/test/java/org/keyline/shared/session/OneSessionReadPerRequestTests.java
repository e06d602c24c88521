package org.keyline.shared.session;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.people.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page reads its HTTP session from the database once (Spring Session read it three
 * times), and what the session filter does with the session id is unchanged: signing in
 * gives a new id and the old one no longer works, signing out ends the session.
 * Concurrent first pages of a new session all succeed. The last access is written when it
 * moved by a minute, not on every page.
 */
@KeylineTest
class OneSessionReadPerRequestTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StatementCounter statements;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPageReadsItsSessionOnce() throws Exception {
		Cookie session = signIn(null);
		int statements = this.statements
			.count(() -> this.mvc.perform(get("/accounts").cookie(session)).andExpect(status().isOk()));
		assertThat(statements).isPositive();
		assertThat(this.statements.sessionReads()).isEqualTo(1);
		this.statements.count(() -> this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk()));
		assertThat(this.statements.sessionReads()).isEqualTo(1);
	}

	@Test
	void aPageWritesTheLastAccessOnlyWhenItMovedByAMinute() throws Exception {
		Cookie session = signIn(null);
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		String id = sessionId(session);
		long stored = lastAccess(id);
		this.mvc.perform(get("/accounts").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		assertThat(lastAccess(id)).as("last access within the minute").isEqualTo(stored);

		// As if the last page had been two minutes ago.
		long twoMinutes = Duration.ofMinutes(2).toMillis();
		this.jdbc.update("update spring_session set last_access_time = last_access_time - ?,"
				+ " expiry_time = expiry_time - ? where session_id = ?", twoMinutes, twoMinutes, id);
		long before = lastAccess(id);
		long now = System.currentTimeMillis();
		this.mvc.perform(get("/accounts").cookie(session)).andExpect(status().isOk());
		assertThat(lastAccess(id)).as("last access written").isGreaterThanOrEqualTo(now).isGreaterThan(before);
		assertThat(this.jdbc
			.queryForObject("select expiry_time - last_access_time = max_inactive_interval * 1000 from spring_session"
					+ " where session_id = ?", Boolean.class, id))
			.as("expires a whole timeout after the last access written")
			.isTrue();
	}

	@Test
	void signingInGivesTheSessionANewIdAndTheOldOneNoLongerWorks() throws Exception {
		MvcResult login = this.mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
		Cookie before = sessionCookie(login);
		assertThat(before).isNotNull();
		Cookie after = signIn(before);
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		this.mvc.perform(get("/").cookie(after)).andExpect(status().isOk());
		this.mvc.perform(get("/").cookie(before).accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		Cookie session = signIn(null);
		this.mvc.perform(post("/logout").cookie(session).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login?logout"));
		this.mvc.perform(get("/").cookie(session).accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void concurrentFirstPagesOfANewSessionAllSucceed() throws Exception {
		// Each page adds the CSRF token to the new session at the same moment.
		Cookie session = signIn(null);
		int pages = 8;
		ExecutorService threads = Executors.newFixedThreadPool(pages);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int i = 0; i < pages; i++) {
				statuses.add(threads.submit(() -> {
					start.await();
					return this.mvc.perform(get("/accounts").cookie(session)).andReturn().getResponse().getStatus();
				}));
			}
			start.countDown();
			for (Future<Integer> status : statuses) {
				assertThat(status.get(30, TimeUnit.SECONDS)).isEqualTo(200);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private Cookie signIn(Cookie existing) throws Exception {
		RequestBuilder login = (existing != null) ? loginWith(existing)
				: formLogin().user("manager").password(Users.DEMO_PASSWORD);
		MvcResult result = this.mvc.perform(login).andExpect(status().is3xxRedirection()).andReturn();
		Cookie cookie = sessionCookie(result);
		assertThat(cookie).as("session cookie after signing in").isNotNull();
		return cookie;
	}

	/** The session's id in the database: the cookie holds it Base64-encoded. */
	private String sessionId(Cookie cookie) {
		String decoded = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
		List<String> ids = this.jdbc.queryForList("select session_id from spring_session where session_id in (?, ?)",
				String.class, decoded, cookie.getValue());
		assertThat(ids).hasSize(1);
		return ids.get(0);
	}

	private long lastAccess(String id) {
		return this.jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
				id);
	}

	private static RequestBuilder loginWith(Cookie existing) {
		return post("/login").cookie(existing)
			.param("username", "manager")
			.param("password", Users.DEMO_PASSWORD)
			.with(csrf());
	}

	private static Cookie sessionCookie(MvcResult result) {
		// JSESSIONID on a server (server.servlet.session.cookie.name), Spring Session's
		// default under MockMvc.
		Cookie cookie = result.getResponse().getCookie("JSESSIONID");
		return (cookie != null) ? cookie : result.getResponse().getCookie("SESSION");
	}

}
