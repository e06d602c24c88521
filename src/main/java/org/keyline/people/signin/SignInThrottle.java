package org.keyline.people.signin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a username for 15 minutes after 5 failed sign-ins within 15 minutes. Kept in the
 * database, so that it holds across restarts and several instances, and per username
 * whether it exists or not, so that the lock does not tell who has an account.
 */
@Component
class SignInThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SignInThrottle(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * When the username is locked, the instant the lock ends.
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String username) {
		List<Timestamp> until = this.jdbc.queryForList(
				"select locked_until from people_sign_in_throttle where username = ? and locked_until > ?",
				Timestamp.class, key(username), Timestamp.from(this.clock.instant()));
		return until.stream().findFirst().map(Timestamp::toInstant);
	}

	/**
	 * Counts a failed sign-in; the fifth within the window locks the username.
	 * @return whether the username is now locked
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean recordFailure(String username) {
		Instant now = this.clock.instant();
		String key = key(username);
		// One statement, so that concurrent failures for one username all count.
		Integer failures = this.jdbc.queryForObject(
				"""
						insert into people_sign_in_throttle (username, failures, window_started_at, locked_until)
						values (?, 1, ?, null)
						on conflict (username) do update set
						  failures = case when people_sign_in_throttle.window_started_at <= ? then 1
						                  else people_sign_in_throttle.failures + 1 end,
						  window_started_at = case when people_sign_in_throttle.window_started_at <= ? then excluded.window_started_at
						                           else people_sign_in_throttle.window_started_at end
						returning failures
						""",
				Integer.class, key, Timestamp.from(now), Timestamp.from(now.minus(WINDOW)),
				Timestamp.from(now.minus(WINDOW)));
		if (failures != null && failures >= MAX_FAILURES) {
			Instant until = now.plus(LOCK);
			this.jdbc.update(
					"update people_sign_in_throttle set locked_until = ?, failures = 0, window_started_at = ? where username = ?",
					Timestamp.from(until), Timestamp.from(now), key);
			log.warn("Sign-in locked for username '{}' until {} after {} failed attempts within {} minutes",
					printable(username), until, MAX_FAILURES, WINDOW.toMinutes());
			return true;
		}
		return false;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSuccess(String username) {
		this.jdbc.update("delete from people_sign_in_throttle where username = ?", key(username));
	}

	private static String key(String username) {
		String trimmed = (username != null) ? username.trim().toLowerCase(Locale.ROOT) : "";
		return (trimmed.length() > 255) ? trimmed.substring(0, 255) : trimmed;
	}

	/** Keeps a typed username from forging log lines. */
	private static String printable(String username) {
		String value = (username != null) ? username : "";
		value = value.replaceAll("[\\p{Cntrl}]", "?");
		return (value.length() > 64) ? value.substring(0, 64) + "…" : value;
	}

}
