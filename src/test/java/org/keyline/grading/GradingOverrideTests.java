package org.keyline.grading;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountRef;
import org.keyline.account.Accounts;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.shared.RuleViolation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A director sets an account's tier by hand with a reason and an expiry date: the tier
 * shows as overridden next to the tier the score reaches, is listed with the other
 * overrides, survives regrades, and ends on its date, each step in the tier history.
 */
@KeylineTest
class GradingOverrideTests {

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
	void anOverrideSetsTheTierUntilItExpires() {
		Viewer owner = Accounts.aViewer(this.testUsers, "owner", Role.MANAGER);
		Viewer director = Accounts.aViewer(this.testUsers, "director", Role.DIRECTOR);
		Viewer member = Accounts.aViewer(this.testUsers, "member", Role.MEMBER);
		LocalDate today = LocalDate.now(this.clock);
		long account = this.accounts.create(Accounts.aProfile(), null, owner);
		this.accounts.recordEconomics(account, today.getYear() - 1, BigDecimal.valueOf(2_500_000),
				BigDecimal.valueOf(2_000_000), BigDecimal.valueOf(25_000_000), null, owner);
		settle();
		AccountRef ref = this.accounts.ref(account, owner);
		String scoreTier = tierName(this.grading.grade(ref, owner));

		assertThatThrownBy(() -> this.grading.setOverride(account, 1, "Strategic reference customer in Asia",
				today.plusMonths(3), owner))
			.isInstanceOf(AccountActionRefused.class);
		assertThatThrownBy(() -> this.grading.setOverride(account, 1, "Because", today.plusMonths(3), director))
			.isInstanceOfSatisfying(RuleViolation.class,
					(v) -> assertThat(v.messageKey()).isEqualTo("grading.override.reason.short"));
		assertThatThrownBy(
				() -> this.grading.setOverride(account, 1, "Strategic reference customer in Asia", today, director))
			.isInstanceOfSatisfying(RuleViolation.class,
					(v) -> assertThat(v.messageKey()).isEqualTo("grading.override.expiresOn.range"));
		assertThatThrownBy(() -> this.grading.setOverride(account, 9, "Strategic reference customer in Asia",
				today.plusMonths(3), director))
			.isInstanceOfSatisfying(RuleViolation.class,
					(v) -> assertThat(v.messageKey()).isEqualTo("grading.override.tier.invalid"));
		assertThat(this.grading.grade(ref, owner).overridden()).isFalse();

		this.grading.setOverride(account, 1, "Strategic reference customer in Asia", today.plusMonths(3), director);
		AccountGrade gold = this.grading.grade(ref, owner);
		assertThat(gold.tier().name()).isEqualTo("Gold");
		assertThat(gold.overridden()).isTrue();
		assertThat(gold.override().reason()).isEqualTo("Strategic reference customer in Asia");
		assertThat(gold.override().scoreTierName()).isEqualTo(scoreTier);
		assertThat(tierName(gold.scoreTier())).isEqualTo(scoreTier);
		assertThat(gold.recentChanges().get(0).cause()).isEqualTo(TierCause.OVERRIDE_SET);
		assertThat(this.grading.overrides(member)).anySatisfy((o) -> {
			assertThat(o.accountId()).isEqualTo(account);
			assertThat(o.tierName()).isEqualTo("Gold");
			assertThat(o.visible()).isFalse();
		});

		// Data changes regrade the score, not the tier that was set.
		this.accounts.recordEconomics(account, today.getYear(), BigDecimal.valueOf(100), BigDecimal.valueOf(200), null,
				null, owner);
		settle();
		assertThat(this.grading.grade(ref, owner).tier().name()).isEqualTo("Gold");

		// The date passes: the nightly job ends it and the score decides again.
		this.jdbc.update("update grading_override set expires_on = ? where account_id = ? and ended_at is null",
				today.minusDays(1), account);
		assertThat(this.grading.expireOverrides()).isPositive();
		AccountGrade after = this.grading.grade(ref, owner);
		assertThat(after.overridden()).isFalse();
		assertThat(after.tier()).isEqualTo(after.scoreTier());
		assertThat(after.recentChanges().get(0).cause()).isEqualTo(TierCause.OVERRIDE_EXPIRED);
		assertThat(after.recentChanges().get(0).fromTier()).isEqualTo("Gold");
		this.grading.expireOverrides();
		assertThat(this.grading.history(account, owner)).filteredOn((c) -> c.cause() == TierCause.OVERRIDE_EXPIRED)
			.hasSize(1);
		assertThat(this.grading.overrides(member)).noneMatch((o) -> o.accountId() == account);
	}

	@Test
	void aDirectorEndsAnOverrideBeforeItsDate() {
		Viewer owner = Accounts.aViewer(this.testUsers, "owner", Role.MANAGER);
		Viewer director = Accounts.aViewer(this.testUsers, "director", Role.DIRECTOR);
		long account = this.accounts.create(Accounts.aProfile(), null, owner);
		settle();
		this.grading.setOverride(account, 2, "Board decision of this quarter", LocalDate.now(this.clock).plusDays(30),
				director);
		AccountRef ref = this.accounts.ref(account, owner);
		assertThat(this.grading.grade(ref, owner).tier().name()).isEqualTo("Silver");
		assertThatThrownBy(() -> this.grading.endOverride(account, owner)).isInstanceOf(AccountActionRefused.class);
		this.grading.endOverride(account, director);
		assertThat(this.grading.grade(ref, owner).overridden()).isFalse();
		assertThatThrownBy(() -> this.grading.endOverride(account, director)).isInstanceOf(RuleViolation.class);
	}

	private static String tierName(AccountGrade grade) {
		return tierName(grade.tier());
	}

	private static String tierName(GradingScheme.Tier tier) {
		return (tier != null) ? tier.name() : null;
	}

	private void settle() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from event_publication where completion_date is null", Integer.class) == 0);
	}

}
