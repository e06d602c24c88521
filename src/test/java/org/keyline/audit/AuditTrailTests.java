package org.keyline.audit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountNotFound;
import org.keyline.account.AccountProfile;
import org.keyline.account.Accounts;
import org.keyline.account.SavedAccount;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.grading.CriterionInput;
import org.keyline.grading.CriterionKind;
import org.keyline.grading.GradingManagement;
import org.keyline.grading.GradingScheme;
import org.keyline.grading.Metric;
import org.keyline.grading.TierInput;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.people.user.UserDetailsChange;
import org.keyline.people.user.UserManagement;
import org.keyline.plan.ActionInput;
import org.keyline.plan.ActionStatus;
import org.keyline.plan.ObjectiveInput;
import org.keyline.plan.PlanManagement;
import org.keyline.relationship.ContactEdit;
import org.keyline.relationship.ContactManagement;
import org.keyline.relationship.Contacts;
import org.keyline.relationship.LinkManagement;
import org.keyline.relationship.LinkStrength;
import org.keyline.relationship.LinkView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
	ContactManagement contacts;

	@Autowired
	LinkManagement links;

	@Autowired
	PlanManagement plans;

	@Autowired
	GradingManagement grading;

	@Autowired
	UserManagement users;

	@Autowired
	PlatformTransactionManager transactions;

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

	@Test
	void economicsChangesAndAnOwnerChangeWithTheOwnersNames() {
		int year = LocalDate.now(this.clock).getYear() - 1;
		this.accounts.recordEconomics(this.account, year, BigDecimal.valueOf(1_000_000), BigDecimal.valueOf(600_000),
				null, null, this.owner);
		Instant before = Instant.now();
		long version = this.accounts.economicsOf(this.account, year, this.owner).version();
		this.accounts.recordEconomics(this.account, year, BigDecimal.valueOf(1_200_000), BigDecimal.valueOf(600_000),
				null, version, this.owner);
		AuditEntry economics = latest(AuditedKind.ECONOMICS);
		assertRecorded(economics, AuditEntry.Action.UPDATE, this.owner, before);
		assertThat(economics.changes()).containsExactly(change("revenue", "1000000.00", "1200000.00"));

		Viewer newOwner = Accounts.aViewer(this.testUsers, "auditnewowner", Role.MANAGER);
		actingAs(this.director);
		SavedAccount saved = this.accounts.saved(this.account, this.director);
		this.accounts.update(this.account, saved.profile(), newOwner.userId(), saved.version(), this.director);
		AuditEntry handover = latest(AuditedKind.ACCOUNT);
		assertRecorded(handover, AuditEntry.Action.UPDATE, this.director, before);
		assertThat(handover.changes()).containsExactly(new AuditEntry.FieldChange("owner_id",
				String.valueOf(this.owner.userId()), String.valueOf(newOwner.userId()), false,
				"Test " + this.owner.username(), "Test " + newOwner.username()));
	}

	@Test
	void teamAndMentorChanges() {
		Viewer member = Accounts.aViewer(this.testUsers, "auditmember", Role.MEMBER);
		Viewer mentor = Accounts.aViewer(this.testUsers, "auditmentor", Role.MENTOR);
		Instant before = Instant.now();
		LocalDate joined = LocalDate.now(this.clock).minusDays(3);
		this.accounts.addTeamMember(this.account, member.userId(), TeamRole.ACCOUNT_SUPPORT, "Logistics", joined, null,
				this.owner);
		AuditEntry joins = latest(AuditedKind.TEAM_MEMBER);
		assertRecorded(joins, AuditEntry.Action.INSERT, this.owner, before);
		assertThat(joins.changes()).contains(
				new AuditEntry.FieldChange("user_id", null, String.valueOf(member.userId()), false, null,
						"Test " + member.username()),
				change("role", null, "ACCOUNT_SUPPORT"), change("joined_on", null, joined.toString()));
		long membership = this.accounts.currentTeam(this.account, this.owner).get(0).id();
		LocalDate left = LocalDate.now(this.clock);
		this.accounts.endTeamMembership(this.account, membership, left, this.owner);
		AuditEntry leaves = latest(AuditedKind.TEAM_MEMBER);
		assertRecorded(leaves, AuditEntry.Action.UPDATE, this.owner, before);
		assertThat(leaves.changes()).containsExactly(change("left_on", null, left.toString()));

		actingAs(this.director);
		this.accounts.assignMentor(this.account, mentor.userId(), this.director);
		AuditEntry assigned = latest(AuditedKind.MENTOR);
		assertRecorded(assigned, AuditEntry.Action.INSERT, this.director, before);
		assertThat(assigned.recordId()).isEqualTo(String.valueOf(mentor.userId()));
		assertThat(assigned.changes()).contains(new AuditEntry.FieldChange("mentor_id", null,
				String.valueOf(mentor.userId()), false, null, "Test " + mentor.username()));
		this.accounts.removeMentor(this.account, mentor.userId(), this.director);
		AuditEntry removed = latest(AuditedKind.MENTOR);
		assertRecorded(removed, AuditEntry.Action.DELETE, this.director, before);
		assertThat(removed.changes()).contains(new AuditEntry.FieldChange("mentor_id", String.valueOf(mentor.userId()),
				null, false, "Test " + mentor.username(), null));
	}

	@Test
	void contactAndLinkChanges() {
		Viewer member = Accounts.aViewer(this.testUsers, "auditlinker", Role.MEMBER);
		this.accounts.addTeamMember(this.account, member.userId(), TeamRole.ACCOUNT_SUPPORT, null,
				LocalDate.now(this.clock).minusDays(3), null, this.owner);
		Instant before = Instant.now();
		long boss = this.contacts.create(this.account, Contacts.aContact("Berta Boss"), this.owner);
		long clara = this.contacts.create(this.account, Contacts.aContact("Clara Audit"), this.owner);
		AuditEntry created = latest(AuditedKind.CONTACT);
		assertRecorded(created, AuditEntry.Action.INSERT, this.owner, before);
		assertThat(created.recordId()).isEqualTo(String.valueOf(clara));
		assertThat(created.changes()).contains(change("name", null, "Clara Audit"),
				change("title", null, "Head of Clara Audit"));

		actingAs(member);
		ContactEdit edit = this.contacts.get(this.account, clara, member);
		this.contacts.update(this.account, clara,
				Contacts.reportingTo(Contacts.titled(edit.input(), "Chief buyer"), boss), edit.version(), member);
		AuditEntry changed = latest(AuditedKind.CONTACT);
		assertRecorded(changed, AuditEntry.Action.UPDATE, member, before);
		assertThat(changed.changes()).containsExactlyInAnyOrder(change("title", "Head of Clara Audit", "Chief buyer"),
				new AuditEntry.FieldChange("reports_to_id", null, String.valueOf(boss), false, null, "Berta Boss"));

		this.links.add(this.account, member.userId(), clara, LinkStrength.ACQUAINTED, member);
		AuditEntry linked = latest(AuditedKind.LINK);
		assertRecorded(linked, AuditEntry.Action.INSERT, member, before);
		assertThat(linked.changes()).contains(
				new AuditEntry.FieldChange("user_id", null, String.valueOf(member.userId()), false, null,
						"Test " + member.username()),
				new AuditEntry.FieldChange("contact_id", null, String.valueOf(clara), false, null, "Clara Audit"),
				change("strength", null, "ACQUAINTED"));
		LinkView link = this.links.list(this.account, member).get(0);
		this.links.changeStrength(this.account, link.id(), LinkStrength.TRUSTED, link.version(), member);
		AuditEntry rated = latest(AuditedKind.LINK);
		assertRecorded(rated, AuditEntry.Action.UPDATE, member, before);
		assertThat(rated.changes()).containsExactly(change("strength", "ACQUAINTED", "TRUSTED"));
	}

	@Test
	void planObjectiveStrategyAndActionChanges() {
		int year = LocalDate.now(this.clock).getYear();
		Instant before = Instant.now();
		long plan = this.plans.start(this.account, "Audit plan", year, 3, this.owner);
		AuditEntry started = latest(AuditedKind.PLAN);
		assertRecorded(started, AuditEntry.Action.INSERT, this.owner, before);
		assertThat(started.changes()).contains(change("title", null, "Audit plan"), change("status", null, "DRAFT"));
		this.plans.describe(this.account, plan, "Audit plan, renamed", year, 3, version("plan_plan", plan), this.owner);
		AuditEntry renamed = latest(AuditedKind.PLAN);
		assertRecorded(renamed, AuditEntry.Action.UPDATE, this.owner, before);
		assertThat(renamed.changes()).containsExactly(change("title", "Audit plan", "Audit plan, renamed"));

		ObjectiveInput objective = new ObjectiveInput("Grow", "Revenue", "kEUR", new BigDecimal("100"),
				new BigDecimal("200"), LocalDate.of(year + 1, 12, 31));
		long objectiveId = this.plans.addObjective(this.account, plan, objective, this.owner);
		AuditEntry added = latest(AuditedKind.OBJECTIVE);
		assertRecorded(added, AuditEntry.Action.INSERT, this.owner, before);
		assertThat(added.changes()).contains(change("title", null, "Grow"),
				new AuditEntry.FieldChange("plan_id", null, String.valueOf(plan), false, null, "Audit plan, renamed"));
		this.plans.updateObjective(
				this.account, plan, objectiveId, new ObjectiveInput("Grow", "Revenue", "kEUR", new BigDecimal("100"),
						new BigDecimal("250"), LocalDate.of(year + 1, 12, 31)),
				version("plan_objective", objectiveId), this.owner);
		AuditEntry retargeted = latest(AuditedKind.OBJECTIVE);
		assertRecorded(retargeted, AuditEntry.Action.UPDATE, this.owner, before);
		assertThat(retargeted.changes()).containsExactly(change("target", "200.00", "250.00"));

		long strategy = this.plans.addStrategy(this.account, plan, objectiveId, "Visit the plants", this.owner);
		this.plans.updateStrategy(this.account, plan, strategy, "Visit every plant", this.owner);
		AuditEntry reworded = latest(AuditedKind.STRATEGY);
		assertRecorded(reworded, AuditEntry.Action.UPDATE, this.owner, before);
		assertThat(reworded.changes()).containsExactly(change("description", "Visit the plants", "Visit every plant"));

		LocalDate due = LocalDate.now(this.clock).plusMonths(1);
		long action = this.plans.addAction(this.account, plan, strategy,
				new ActionInput("Call the buyer", this.owner.userId(), due), this.owner);
		AuditEntry planned = latest(AuditedKind.ACTION);
		assertRecorded(planned, AuditEntry.Action.INSERT, this.owner, before);
		assertThat(planned.changes()).contains(change("description", null, "Call the buyer"),
				new AuditEntry.FieldChange("owner_id", null, String.valueOf(this.owner.userId()), false, null,
						"Test " + this.owner.username()),
				new AuditEntry.FieldChange("strategy_id", null, String.valueOf(strategy), false, null,
						"Visit every plant"));
		this.plans.progressAction(this.account, plan, action, ActionStatus.IN_PROGRESS, this.owner);
		AuditEntry progressed = latest(AuditedKind.ACTION);
		assertRecorded(progressed, AuditEntry.Action.UPDATE, this.owner, before);
		assertThat(progressed.changes()).containsExactly(change("status", "OPEN", "IN_PROGRESS"));
	}

	@Test
	void gradingCriteriaBandsAndTierChanges() {
		// Inside one transaction that is rolled back, so that the scheme other tests
		// grade with stays as it is.
		actingAs(this.director);
		Instant before = Instant.now();
		new TransactionTemplate(this.transactions).executeWithoutResult((tx) -> {
			CriterionInput input = new CriterionInput("Audited criterion", null, BigDecimal.valueOf(2),
					CriterionKind.DERIVED, Metric.REVENUE,
					List.of(new GradingScheme.Band(BigDecimal.ZERO, 0), new GradingScheme.Band(BigDecimal.TEN, 100)),
					Map.of());
			long criterion = this.grading.addCriterion(input, this.director);
			AuditEntry added = latestOf(AuditedKind.CRITERION);
			assertRecorded(added, AuditEntry.Action.INSERT, this.director, before);
			assertThat(added.changes()).contains(change("name", null, "Audited criterion"),
					change("weight", null, "2.00"));
			long version = this.grading.scheme()
				.criteria()
				.stream()
				.filter((c) -> c.id() == criterion)
				.findFirst()
				.orElseThrow()
				.version();
			this.grading
				.updateCriterion(criterion,
						new CriterionInput("Audited criterion", null, BigDecimal.valueOf(3), CriterionKind.DERIVED,
								Metric.REVENUE,
								List.of(new GradingScheme.Band(BigDecimal.ZERO, 0),
										new GradingScheme.Band(BigDecimal.ONE, 100)),
								Map.of()),
						version, this.director);
			AuditEntry reweighted = latestOf(AuditedKind.CRITERION);
			assertRecorded(reweighted, AuditEntry.Action.UPDATE, this.director, before);
			assertThat(reweighted.changes()).containsExactly(change("weight", "2.00", "3.00"));
			// The bands are replaced: the old one deleted, the new one inserted.
			AuditEntry band = latestOf(AuditedKind.BAND);
			assertRecorded(band, AuditEntry.Action.INSERT, this.director, before);
			assertThat(band.recordId()).isEqualTo(String.valueOf(criterion));
			assertThat(band.changes()).contains(change("lower_bound", null, "1.00"));
			assertThat(this.trail.ofGradingScheme(0, this.owner).entries())
				.anySatisfy((e) -> assertThat(e.changes()).contains(change("lower_bound", "10.00", null)));

			GradingScheme scheme = this.grading.scheme();
			GradingScheme.Tier gold = scheme.tiers().get(0);
			this.grading.updateTiers(scheme.naming(), scheme.tiers()
				.stream()
				.map((t) -> new TierInput(t.name(), (t == gold) ? t.threshold().add(BigDecimal.ONE) : t.threshold(),
						t.reviewCadenceDays(), t.sponsorRequired(), t.agreedPlanRequired(), t.interactionTargetDays()))
				.toList(), scheme.version(), this.director);
			List<AuditEntry> tiers = this.trail.ofGradingScheme(0, this.owner)
				.entries()
				.stream()
				.filter((e) -> e.kind() == AuditedKind.TIER)
				.toList();
			// The tiers are replaced as a whole: each old one deleted, each new one
			// inserted, with the values before and after.
			assertThat(tiers).allSatisfy((e) -> assertRecorded(e, e.action(), this.director, before));
			assertThat(tiers).anySatisfy((e) -> {
				assertThat(e.action()).isEqualTo(AuditEntry.Action.DELETE);
				assertThat(e.changes()).contains(change("name", gold.name(), null),
						change("threshold", gold.threshold().toPlainString(), null));
			});
			assertThat(tiers).anySatisfy((e) -> {
				assertThat(e.action()).isEqualTo(AuditEntry.Action.INSERT);
				assertThat(e.changes()).contains(change("name", null, gold.name()),
						change("threshold", null, gold.threshold().add(BigDecimal.ONE).toPlainString()));
			});
			tx.setRollbackOnly();
		});
	}

	@Test
	void tierOverrideChanges() {
		actingAs(this.director);
		Instant before = Instant.now();
		LocalDate expires = LocalDate.now(this.clock).plusMonths(3);
		this.grading.setOverride(this.account, 1, "Strategic for the group", expires, this.director);
		AuditEntry set = latest(AuditedKind.OVERRIDE);
		assertRecorded(set, AuditEntry.Action.INSERT, this.director, before);
		assertThat(set.changes()).contains(change("reason", null, "Strategic for the group"),
				change("expires_on", null, expires.toString()));
		// The tier's position, shown as the tier's name.
		String topTier = this.jdbc.queryForObject("select name from grading_tier where position = 1", String.class);
		assertThat(set.changes()).filteredOn((c) -> c.field().equals("tier_position"))
			.singleElement()
			.satisfies((c) -> {
				assertThat(c.after()).isEqualTo("1");
				assertThat(c.afterShown()).isEqualTo(topTier);
			});
		this.grading.endOverride(this.account, this.director);
		AuditEntry ended = latest(AuditedKind.OVERRIDE);
		assertRecorded(ended, AuditEntry.Action.UPDATE, this.director, before);
		assertThat(ended.changes()).extracting(AuditEntry.FieldChange::field).contains("ended_at", "ended_by");
		// Who ended it, recorded by username and shown by name.
		assertThat(ended.changes()).contains(
				change("ended_by", null, this.director.username()).named(null, "Test " + this.director.username()));
	}

	@Test
	void userAndRoleChanges() {
		Viewer admin = Accounts.aViewer(this.testUsers, "auditadmin3", Role.ADMIN);
		Viewer changed = Accounts.aViewer(this.testUsers, "auditchanged", Role.MANAGER);
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken(admin.username(), null, "ROLE_ADMIN"));
		Instant before = Instant.now();
		long version = this.jdbc.queryForObject("select version from people_user where id = ?", Long.class,
				changed.userId());
		this.users.changeDetails(changed.userId(), new UserDetailsChange("Renamed Person",
				changed.username() + "@test.example", Set.of(Role.MANAGER, Role.MENTOR), version), admin.username());
		List<AuditEntry> history = this.trail.ofUser(changed.userId(), 0, admin).entries();
		AuditEntry renamed = history.stream().filter((e) -> e.kind() == AuditedKind.USER).findFirst().orElseThrow();
		assertRecorded(renamed, AuditEntry.Action.UPDATE, admin, before);
		assertThat(renamed.changes())
			.containsExactly(change("display_name", "Test " + changed.username(), "Renamed Person"));
		AuditEntry role = history.stream().filter((e) -> e.kind() == AuditedKind.USER_ROLE).findFirst().orElseThrow();
		assertRecorded(role, AuditEntry.Action.INSERT, admin, before);
		assertThat(role.changes()).contains(change("role", null, "MENTOR"));
	}

	/** The newest entry of this kind on the test's account, as the director reads it. */
	private AuditEntry latest(AuditedKind kind) {
		return this.trail.ofAccount(this.account, kind, null, 0, this.director).entries().get(0);
	}

	/** The newest entry of this kind in the whole log. */
	private AuditEntry latestOf(AuditedKind kind) {
		return this.trail.log(new AuditFilter(null, kind, null, null, null), 0, this.director).entries().get(0);
	}

	private long version(String table, long id) {
		return this.jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

	/** Who made the change, that it was just now, and what it did. */
	private static void assertRecorded(AuditEntry entry, AuditEntry.Action action, Viewer who, Instant notBefore) {
		assertThat(entry.action()).isEqualTo(action);
		assertThat(entry.actor()).isEqualTo(who.username());
		assertThat(entry.actorName()).isEqualTo("Test " + who.username());
		assertThat(entry.at()).isBetween(notBefore.minusSeconds(5), Instant.now().plusSeconds(5));
	}

	private static AuditEntry.FieldChange change(String field, String before, String after) {
		return new AuditEntry.FieldChange(field, before, after, false);
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
