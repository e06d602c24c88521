package org.keyline.shared;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions in which people are signed in, kept in the database for every instance
 * (Spring Session JDBC). Ending a user's sessions signs them out everywhere at once:
 * their next request, on any instance, asks them to sign in.
 */
@Component
public class SignedInSessions {

	private final JdbcTemplate jdbc;

	SignedInSessions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Ends every session of this user (the username as stored: sign-in names the session
	 * after it), in the caller's transaction: if the change that asked for it is rolled
	 * back, the sessions stay. Answers how many were ended.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int endAllOf(String username) {
		// the attributes go with their session (foreign key on delete cascade)
		return this.jdbc.update("delete from spring_session where principal_name = ?", username);
	}

}
