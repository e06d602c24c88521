package org.keyline.audit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountNotFound;
import org.keyline.account.AccountProfile;
import org.keyline.account.Accounts;
import org.keyline.account.SavedAccount;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The audit trail: the database records who changed what, with old and new values, in the
 * writing transaction; it is append-only; and each history is read only by those who may
 * see the record.
 */
@KeylineTest
class AuditTrailTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers testUsers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	Viewer owner;

	Viewer director;

	long account;

	@BeforeEach
	void account() {
		this.owner = Accounts.aViewer(this.testUsers, "audited", Role.MANAGER);
		this.director = Accounts.aViewer(this.testUsers, "auditdir", Role.DIRECTOR);
		actingAs(this.owner);
		this.account = this.accounts.create(Accounts.aProfile(), null, this.owner);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aChangeIsRecordedWithWhoAndTheOldAndNewValues() {
		SavedAccount saved = this.accounts.saved(this.account, this.owner);
		AccountProfile before = saved.profile();
		this.accounts.update(this.account, rename(before, before.name() + " Renamed"), null, saved.version(),
				this.owner);
		this.accounts.recordEconomics(this.account, LocalDate.now(this.clock).getYear() - 1,
				BigDecimal.valueOf(1_000_000), BigDecimal.valueOf(600_000), null, null, this.owner);

		AuditPage history = this.trail.ofAccount(this.account, null, null, 0, this.owner);
		assertThat(history.entries()).extracting(AuditEntry::kind, AuditEntry::action)
			.containsExactly(tuple(AuditedKind.ECONOMICS, AuditEntry.Action.INSERT),
					tuple(AuditedKind.ACCOUNT, AuditEntry.Action.UPDATE),
					tuple(AuditedKind.ACCOUNT, AuditEntry.Action.INSERT));
		AuditEntry rename = history.entries().get(1);
		assertThat(rename.actor()).isEqualTo(this.owner.username());
		assertThat(rename.changes())
			.containsExactly(new AuditEntry.FieldChange("name", before.name(), before.name() + " Renamed", false));
		AuditEntry economics = history.entries().get(0);
		assertThat(economics.changes()).contains(new AuditEntry.FieldChange("revenue", null, "1000000.00", false));
		assertThat(economics.accountId()).isEqualTo(this.account);
	}

	@Test
	void savingWithoutAChangeRecordsNothing() {
		SavedAccount saved = this.accounts.saved(this.account, this.owner);
		int before = this.trail.ofAccount(this.account, null, null, 0, this.owner).entries().size();
		this.accounts.update(this.account, saved.profile(), null, saved.version(), this.owner);
		assertThat(this.trail.ofAccount(this.account, null, null, 0, this.owner).entries()).hasSize(before);
	}

	@Test
	void theTrailIsAppendOnly() {
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(
				() -> this.jdbc.update("update audit_entry set actor = 'someone' where account_id = ?", this.account))
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from audit_entry where account_id = ?", this.account))
			.withMessageContaining("append-only");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where account_id = ?", Integer.class,
				this.account))
			.isEqualTo(1);
	}

	@Test
	void historiesAreReadOnlyByThoseWhoMaySeeTheRecord() {
		Viewer stranger = Accounts.aViewer(this.testUsers, "auditstranger", Role.MANAGER);
		Viewer admin = Accounts.aViewer(this.testUsers, "auditadmin", Role.ADMIN);
		assertThat(this.trail.ofAccount(this.account, null, null, 0, this.director).entries()).hasSize(1);
		assertThatExceptionOfType(AccountNotFound.class)
			.isThrownBy(() -> this.trail.ofAccount(this.account, null, null, 0, stranger));
		assertThatExceptionOfType(org.keyline.account.AccountActionRefused.class)
			.isThrownBy(() -> this.trail.log(AuditFilter.none(), 0, this.owner));
		assertThat(this.trail.log(new AuditFilter(this.owner.username(), null, null, null, null), 0, this.director)
			.entries()).extracting(AuditEntry::accountId).containsOnly(this.account);
		assertThatExceptionOfType(org.keyline.account.AccountActionRefused.class)
			.isThrownBy(() -> this.trail.ofUser(this.owner.userId(), 0, this.director));
		assertThat(this.trail.ofUser(this.owner.userId(), 0, admin).entries()).extracting(AuditEntry::kind)
			.contains(AuditedKind.USER);
		assertThatExceptionOfType(org.keyline.account.AccountActionRefused.class)
			.isThrownBy(() -> this.trail.ofGradingScheme(0, admin));
	}

	@Test
	void aPasswordChangeIsRecordedWithoutItsValue() {
		this.jdbc.update("update people_user set password_hash = 'x' where id = ?", this.owner.userId());
		Viewer admin = Accounts.aViewer(this.testUsers, "auditadmin2", Role.ADMIN);
		AuditEntry latest = this.trail.ofUser(this.owner.userId(), 0, admin).entries().get(0);
		assertThat(latest.changes()).containsExactly(new AuditEntry.FieldChange("password_hash", null, null, true));
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

	private static void actingAs(Viewer viewer) {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken(viewer.username(), null, List.of()));
	}

	private static AccountProfile rename(AccountProfile p, String name) {
		return new AccountProfile(name, p.industry(), p.region(), p.country(), p.employees(), p.website(), p.parentId(),
				p.stage(), p.relationship(), p.strategicImportance(), p.easeOfBusiness(), p.adviceFrequency(),
				p.notes(), p.competitors());
	}

}
