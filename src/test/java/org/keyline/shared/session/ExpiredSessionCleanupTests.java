package org.keyline.shared.session;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expired sessions are deleted (with their attributes) by one instance at a time: while
 * another instance holds the lock, this one leaves them.
 */
@KeylineTest
class ExpiredSessionCleanupTests {

	@Autowired
	ExpiredSessionCleanup cleanup;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void expiredSessionsGoLiveOnesStayAndOnlyTheLockHolderCleansUp() {
		String expired = session(System.currentTimeMillis() - 60_000);
		String live = session(System.currentTimeMillis() + 3_600_000);
		this.cleanup.deleteExpired();
		try {
			String expiredAgain = session(System.currentTimeMillis() - 60_000);
			this.jdbc.update("update shedlock set lock_until = now() + interval '10 minutes', locked_by = 'other'"
					+ " where name = 'shared.expired-sessions'");
			this.cleanup.deleteExpired();
			assertThat(exists(expiredAgain)).as("another instance holds the lock").isTrue();
		}
		finally {
			this.jdbc.update("update shedlock set lock_until = now() where name = 'shared.expired-sessions'");
		}
		assertThat(exists(expired)).isFalse();
		assertThat(exists(live)).isTrue();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from spring_session_attributes where session_primary_id = ?", Integer.class, expired))
			.isZero();
	}

	private String session(long expiry) {
		String id = java.util.UUID.randomUUID().toString();
		this.jdbc.update(
				"insert into spring_session (primary_id, session_id, creation_time, last_access_time,"
						+ " max_inactive_interval, expiry_time) values (?, ?, ?, ?, 1800, ?)",
				id, java.util.UUID.randomUUID().toString(), expiry - 1_800_000, expiry - 1_800_000, expiry);
		this.jdbc.update("insert into spring_session_attributes values (?, 'a', ?)", id, new byte[] { 1 });
		return id;
	}

	private boolean exists(String id) {
		return this.jdbc.queryForObject("select count(*) from spring_session where primary_id = ?", Integer.class,
				id) > 0;
	}

}
