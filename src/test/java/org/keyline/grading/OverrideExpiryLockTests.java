package org.keyline.grading;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountManagement;
import org.keyline.account.Accounts;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The end of expired overrides runs under a ShedLock lock: at startup (through the proxy,
 * so the lock row exists) and when called again; while another instance holds the lock it
 * does nothing.
 */
@KeylineTest
class OverrideExpiryLockTests {

	@Autowired
	OverrideExpiry expiry;

	@Autowired
	AccountManagement accounts;

	@Autowired
	GradingManagement grading;

	@Autowired
	TestUsers testUsers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void theStartupRunWentThroughTheLock() {
		assertThat(AopUtils.isAopProxy(this.expiry)).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from shedlock where name = 'grading.override-expiry'",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void anExpiredOverrideEndsUnlessAnotherInstanceHoldsTheLock() {
		Viewer owner = Accounts.aViewer(this.testUsers, "lockowner", Role.MANAGER);
		Viewer director = Accounts.aViewer(this.testUsers, "lockdirector", Role.DIRECTOR);
		LocalDate today = LocalDate.now(this.clock);
		long account = this.accounts.create(Accounts.aProfile(), null, owner);
		this.accounts.recordEconomics(account, today.getYear() - 1, BigDecimal.valueOf(2_500_000),
				BigDecimal.valueOf(2_000_000), BigDecimal.valueOf(25_000_000), null, owner);
		settle();
		this.grading.setOverride(account, 1, "Strategic reference customer in Asia", today.plusMonths(3), director);
		this.jdbc.update("update grading_override set expires_on = ? where account_id = ? and ended_at is null",
				today.minusDays(1), account);
		try {
			this.jdbc.update("update shedlock set lock_until = now() + interval '10 minutes', locked_by = 'other'"
					+ " where name = 'grading.override-expiry'");
			this.expiry.expire();
			assertThat(openOverrides(account)).isEqualTo(1);
		}
		finally {
			this.jdbc.update("update shedlock set lock_until = now() where name = 'grading.override-expiry'");
		}
		this.expiry.expire();
		assertThat(openOverrides(account)).isZero();
	}

	private int openOverrides(long account) {
		return this.jdbc.queryForObject(
				"select count(*) from grading_override where account_id = ? and ended_at is null", Integer.class,
				account);
	}

	private void settle() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from event_publication where completion_date is null", Integer.class) == 0);
	}

}
