package org.keyline.shared.session;

import java.util.ArrayList;
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
 * Concurrent first pages of a new session all succeed.
 */
@KeylineTest
class OneSessionReadPerRequestTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StatementCounter statements;

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
