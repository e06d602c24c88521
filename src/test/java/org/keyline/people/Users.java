package org.keyline.people;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Test data for users: unique usernames and signed-in requests as real users.
 */
public final class Users {

	public static final String DEMO_PASSWORD = "keyline-demo";

	public static final String GOOD_PASSWORD = "Harbour-lantern-47";

	private static final AtomicInteger counter = new AtomicInteger();

	private Users() {
	}

	/** A username no other test uses. */
	public static String uniqueUsername(String prefix) {
		return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + counter.incrementAndGet();
	}

	/** Acts as the named user, loaded from the database as sign-in would load them. */
	public static RequestPostProcessor as(UserDetailsService users, String username) {
		return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
	}

}
