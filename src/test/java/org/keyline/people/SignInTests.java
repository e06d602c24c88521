package org.keyline.people;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KeylineTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers testUsers;

	@Test
	void signsInWithTheRightPasswordAndLandsOnHome() throws Exception {
		this.mvc.perform(formLogin().user("manager").password(Users.DEMO_PASSWORD))
			.andExpect(authenticated().withUsername("manager").withRoles("MANAGER"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void refusesAWrongPasswordWithAMessage() throws Exception {
		this.mvc.perform(formLogin().user("director").password("not-the-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=bad"));
		this.mvc.perform(get("/login").param("error", "bad"))
			.andExpect(
					content().string(org.hamcrest.Matchers.containsString("The username or password is not right.")));
	}

	@Test
	void refusesAnUnknownUserLikeAWrongPassword() throws Exception {
		this.mvc.perform(formLogin().user("nobody-" + System.nanoTime()).password("whatever-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=bad"));
	}

	@Test
	void locksAUsernameAfterFiveFailuresAndReleasesItWhenTheLockExpires() throws Exception {
		String username = this.testUsers.create("locked", Role.MEMBER);
		for (int attempt = 1; attempt <= 4; attempt++) {
			this.mvc.perform(formLogin().user(username).password("wrong-password-" + attempt))
				.andExpect(redirectedUrl("/login?error=bad"));
		}
		this.mvc.perform(formLogin().user(username).password("wrong-password-5"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=locked"));

		// Locked: even the right password is refused.
		this.mvc.perform(formLogin().user(username).password(Users.GOOD_PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=locked"));
		this.mvc.perform(get("/login").param("error", "locked"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("locked for 15 minutes")));

		// Fifteen minutes pass.
		this.jdbc.update(
				"update people_sign_in_throttle set locked_until = now() - interval '1 second' where username = ?",
				username.toLowerCase());
		this.mvc.perform(formLogin().user(username).password(Users.GOOD_PASSWORD))
			.andExpect(authenticated().withUsername(username));
		assertThat(this.jdbc.queryForObject("select count(*) from people_sign_in_throttle where username = ?",
				Integer.class, username.toLowerCase()))
			.as("a successful sign-in clears the failures")
			.isZero();
	}

	@Test
	void failuresOlderThanFifteenMinutesDoNotCount() throws Exception {
		String username = this.testUsers.create("window", Role.MEMBER);
		for (int attempt = 1; attempt <= 4; attempt++) {
			this.mvc.perform(formLogin().user(username).password("wrong-" + attempt + "-password"));
		}
		this.jdbc.update(
				"update people_sign_in_throttle set window_started_at = now() - interval '16 minutes' where username = ?",
				username.toLowerCase());
		this.mvc.perform(formLogin().user(username).password("wrong-5-password"))
			.andExpect(redirectedUrl("/login?error=bad"));
		this.mvc.perform(formLogin().user(username).password(Users.GOOD_PASSWORD)).andExpect(authenticated());
	}

	@Test
	void aDisabledUserCannotSignIn() throws Exception {
		String username = this.testUsers.create("disabled", Role.MEMBER);
		this.jdbc.update("update people_user set enabled = false where username = ?", username);
		this.mvc.perform(formLogin().user(username).password(Users.GOOD_PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=disabled"));
	}

	@Test
	void signInWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/login").param("username", "admin").param("password", Users.DEMO_PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	void signsOut() throws Exception {
		this.mvc.perform(logout()).andExpect(redirectedUrl("/login?logout")).andExpect(unauthenticated());
	}

	@Test
	void signOutAfterTheSessionEndedLandsOnTheSignInPage() throws Exception {
		// The page was left open: its CSRF token belonged to a session that is gone.
		this.mvc.perform(post("/logout").param("_csrf", "token-of-an-ended-session"))
			.andExpect(redirectedUrl("/login?logout"))
			.andExpect(unauthenticated());
	}

	@Test
	void aForgedSignOutOfSomeoneSignedInIsStillRefused() throws Exception {
		this.mvc.perform(post("/logout").with(user("manager").roles("MANAGER")).param("_csrf", "forged"))
			.andExpect(status().isForbidden())
			.andExpect(authenticated());
	}

	@Test
	void anotherRequestWithoutTokenIsStillRefusedWithoutSession() throws Exception {
		this.mvc.perform(post("/accounts").param("name", "Refused Ltd")).andExpect(status().isForbidden());
	}

	@Test
	void pagesNeedASignedInUser() throws Exception {
		this.mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/users").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anHtmxRequestWithoutSessionRefreshesTheWholePage() throws Exception {
		this.mvc.perform(get("/admin/users").header("HX-Request", "true"))
			.andExpect(status().isForbidden())
			.andExpect(header().string("HX-Refresh", "true"));
	}

	@Test
	void theSignInPageNamesTheDemoUsersInDemoMode() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"demoNotice\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("keyline-demo")));
	}

	@Test
	void everyPageCarriesAContentSecurityPolicyWithoutInlineScript() throws Exception {
		MvcResult result = this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn();
		String csp = result.getResponse().getHeader("Content-Security-Policy");
		assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
		String html = result.getResponse().getContentAsString();
		Matcher scripts = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>").matcher(html);
		assertThat(scripts.find()).as("inline <script> in the page").isFalse();
		assertThat(html).doesNotContainPattern("\\son[a-z]+=\"");
	}

}
