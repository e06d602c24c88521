package org.keyline.relationship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountRef;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keyline.account.Accounts.aProfile;
import static org.keyline.account.Accounts.aViewer;
import static org.keyline.relationship.Attitude.NEUTRAL;
import static org.keyline.relationship.Attitude.OPPONENT;
import static org.keyline.relationship.Attitude.SCEPTIC;
import static org.keyline.relationship.Attitude.SUPPORTER;
import static org.keyline.relationship.BuyingRole.DECISION_MAKER;
import static org.keyline.relationship.BuyingRole.GATEKEEPER;
import static org.keyline.relationship.BuyingRole.INFLUENCER;
import static org.keyline.relationship.BuyingRole.TECHNICAL_EVALUATOR;
import static org.keyline.relationship.BuyingRole.USER;
import static org.keyline.relationship.ContactLevel.EXECUTIVE;
import static org.keyline.relationship.ContactLevel.PURCHASING;
import static org.keyline.relationship.ContactLevel.SENIOR_MANAGEMENT;
import static org.keyline.relationship.ContactLevel.TECHNICAL;
import static org.keyline.relationship.CoverageRule.GOING_COLD;
import static org.keyline.relationship.CoverageRule.HOSTILE_DECISION_MAKER;
import static org.keyline.relationship.CoverageRule.LEVEL_NOT_REACHED;
import static org.keyline.relationship.CoverageRule.SINGLE_THREADED;
import static org.keyline.relationship.CoverageRule.UNCOVERED_DECISION_MAKER;
import static org.keyline.relationship.LinkStrength.ACQUAINTED;
import static org.keyline.relationship.LinkStrength.ADVOCATE;
import static org.keyline.relationship.LinkStrength.NONE;
import static org.keyline.relationship.LinkStrength.TRUSTED;
import static org.keyline.relationship.LinkStrength.WORKING;

/**
 * Coverage analysis on the real database: each rule where it fires and where it does not,
 * the cold threshold, and who counts (owner and current team, current contacts).
 */
@KeylineTest
@Import(RelationshipTestData.class)
class CoverageAnalysisTests {

	@Autowired
	CoverageAnalysis coverage;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers testUsers;

	@Autowired
	RelationshipTestData data;

	@Autowired
	StatementCounter statements;

	@Autowired
	Clock clock;

	Viewer owner;

	Viewer anna;

	Viewer ben;

	Viewer former;

	long accountId;

	LocalDate today;

	@BeforeEach
	void account() {
		this.today = LocalDate.now(this.clock);
		this.owner = aViewer(this.testUsers, "kam", Role.MANAGER);
		this.anna = aViewer(this.testUsers, "anna", Role.MEMBER);
		this.ben = aViewer(this.testUsers, "ben", Role.MEMBER);
		this.former = aViewer(this.testUsers, "former", Role.MEMBER);
		this.accountId = this.accounts.create(aProfile(), null, this.owner);
		this.accounts.addTeamMember(this.accountId, this.anna.userId(), TeamRole.ACCOUNT_SUPPORT, null,
				this.today.minusDays(100), null, this.owner);
		this.accounts.addTeamMember(this.accountId, this.ben.userId(), TeamRole.ACCOUNT_DEVELOPMENT, null,
				this.today.minusDays(100), null, this.owner);
		this.accounts.addTeamMember(this.accountId, this.former.userId(), TeamRole.SPECIALIST, "Legal",
				this.today.minusDays(400), this.today.minusDays(1), this.owner);
	}

	@Test
	void aDecisionMakerOrInfluencerWithoutAWorkingLinkIsUncovered() {
		long dm = contact("Dora Decider", SENIOR_MANAGEMENT, DECISION_MAKER, NEUTRAL);
		long influencer = contact("Ivan Influencer", TECHNICAL, INFLUENCER, NEUTRAL);
		link(this.anna, dm, ACQUAINTED, this.today);
		CoverageReport report = analyse();
		assertThat(contactIds(report, UNCOVERED_DECISION_MAKER)).containsExactly(dm, influencer);
		CoverageFinding finding = report.of(UNCOVERED_DECISION_MAKER).get(0);
		assertThat(finding.contactName()).isEqualTo("Dora Decider");
		assertThat(finding.fix().kind()).isEqualTo(CoverageFix.Kind.ADD_LINK);
		assertThat(finding.fix().url()).isEqualTo("/accounts/" + this.accountId + "/links?contactId=" + dm);
	}

	@Test
	void aDecisionMakerWithAWorkingLinkOrSomeoneWhoDecidesNothingIsNotUncovered() {
		long dm = contact("Dora Decider", SENIOR_MANAGEMENT, DECISION_MAKER, NEUTRAL);
		long influencer = contact("Ivan Influencer", TECHNICAL, INFLUENCER, NEUTRAL);
		contact("Gina Gatekeeper", PURCHASING, GATEKEEPER, NEUTRAL);
		contact("Tom Evaluator", TECHNICAL, TECHNICAL_EVALUATOR, NEUTRAL);
		link(this.anna, dm, WORKING, this.today);
		link(this.ben, influencer, ADVOCATE, this.today);
		assertThat(analyse().of(UNCOVERED_DECISION_MAKER)).isEmpty();
	}

	@Test
	void theOwnersLinksCoverLikeTheTeams() {
		long dm = contact("Dora Decider", EXECUTIVE, DECISION_MAKER, NEUTRAL);
		link(this.owner, dm, TRUSTED, this.today);
		CoverageReport report = analyse();
		assertThat(report.of(UNCOVERED_DECISION_MAKER)).isEmpty();
		assertThat(report.people()).isEqualTo(3);
	}

	@Test
	void scepticsAndOpponentsInDecisionRolesAreHostile() {
		long sceptic = contact("Sam Sceptic", EXECUTIVE, DECISION_MAKER, SCEPTIC);
		long opponent = contact("Otto Opponent", TECHNICAL, INFLUENCER, OPPONENT);
		link(this.anna, sceptic, TRUSTED, this.today);
		CoverageReport report = analyse();
		assertThat(contactIds(report, HOSTILE_DECISION_MAKER)).containsExactly(sceptic, opponent);
		CoverageFinding finding = report.of(HOSTILE_DECISION_MAKER).get(0);
		assertThat(finding.attitude()).isEqualTo(SCEPTIC);
		assertThat(finding.fix().url())
			.isEqualTo("/accounts/" + this.accountId + "/interactions/new?contactId=" + sceptic);
	}

	@Test
	void supportersInDecisionRolesAndOpponentsWithoutOneAreNotHostile() {
		contact("Sue Supporter", EXECUTIVE, DECISION_MAKER, SUPPORTER);
		contact("Otto User", TECHNICAL, USER, OPPONENT);
		contact("Gil Gatekeeper", PURCHASING, GATEKEEPER, SCEPTIC);
		assertThat(analyse().of(HOSTILE_DECISION_MAKER)).isEmpty();
	}

	@Test
	void aLevelWithNobodyOrNobodyLinkedAtWorkingStrengthIsNotReached() {
		long senior = contact("Sid Senior", SENIOR_MANAGEMENT, USER, NEUTRAL);
		long seniorToo = contact("Sal Senior", SENIOR_MANAGEMENT, USER, NEUTRAL);
		link(this.anna, senior, ACQUAINTED, this.today);
		long buyer = contact("Pat Purchasing", PURCHASING, USER, NEUTRAL);
		link(this.anna, buyer, ADVOCATE, this.today);
		CoverageReport report = analyse();
		List<CoverageFinding> levels = report.of(LEVEL_NOT_REACHED);
		assertThat(levels).extracting(CoverageFinding::level).containsExactly(EXECUTIVE, SENIOR_MANAGEMENT);
		CoverageFinding executive = levels.get(0);
		assertThat(executive.contactId()).isNull();
		assertThat(executive.contactsAtLevel()).isZero();
		assertThat(executive.fix().kind()).isEqualTo(CoverageFix.Kind.ADD_CONTACT);
		assertThat(executive.fix().url()).isEqualTo("/accounts/" + this.accountId + "/contacts/new");
		CoverageFinding seniorLevel = levels.get(1);
		assertThat(seniorLevel.contactsAtLevel()).isEqualTo(2);
		assertThat(seniorLevel.contactId()).isIn(senior, seniorToo);
		assertThat(seniorLevel.fix().kind()).isEqualTo(CoverageFix.Kind.ADD_LINK);
	}

	@Test
	void levelsWithAWorkingLinkAreReached() {
		long executive = contact("Eve Executive", EXECUTIVE, USER, NEUTRAL);
		long senior = contact("Sid Senior", SENIOR_MANAGEMENT, USER, NEUTRAL);
		contact("Sal Senior", SENIOR_MANAGEMENT, USER, NEUTRAL);
		link(this.owner, executive, WORKING, this.today);
		link(this.ben, senior, TRUSTED, this.today);
		assertThat(analyse().of(LEVEL_NOT_REACHED)).isEmpty();
	}

	@Test
	void aWorkingLinkGoesColdOneDayAfterTheThreshold() {
		assertThat(this.coverage.coldAfterDays()).isEqualTo(90);
		long fresh = contact("Fay Fresh", TECHNICAL, USER, NEUTRAL);
		long edge = contact("Ed Edge", TECHNICAL, USER, NEUTRAL);
		long cold = contact("Cole Cold", TECHNICAL, USER, NEUTRAL);
		long never = contact("Neve Never", TECHNICAL, USER, NEUTRAL);
		link(this.anna, fresh, WORKING, this.today.minusDays(89));
		link(this.anna, edge, TRUSTED, this.today.minusDays(90));
		link(this.anna, cold, ADVOCATE, this.today.minusDays(91));
		link(this.anna, never, WORKING, null);
		CoverageReport report = analyse();
		List<CoverageFinding> going = report.of(GOING_COLD);
		assertThat(going).extracting(CoverageFinding::contactId).containsExactly(never, cold);
		assertThat(going.get(0).never()).isTrue();
		assertThat(going.get(1).since()).isEqualTo(this.today.minusDays(91));
		assertThat(going.get(1).daysSince()).isEqualTo(91);
		assertThat(going.get(1).userName()).isEqualTo("Test " + this.anna.username());
		assertThat(going.get(1).fix().url())
			.isEqualTo("/accounts/" + this.accountId + "/interactions/new?contactId=" + cold);
	}

	@Test
	void weakLinksDoNotGoCold() {
		long contact = contact("Al Acquainted", TECHNICAL, USER, NEUTRAL);
		link(this.anna, contact, ACQUAINTED, this.today.minusDays(400));
		link(this.ben, contact, NONE, null);
		assertThat(analyse().of(GOING_COLD)).isEmpty();
	}

	@Test
	void aContactOnlyOneOfOurPeopleKnowsIsSingleThreaded() {
		long single = contact("Sol Single", TECHNICAL, USER, NEUTRAL);
		link(this.anna, single, ACQUAINTED, this.today);
		long alsoNone = contact("Nina Single", TECHNICAL, USER, NEUTRAL);
		link(this.ben, alsoNone, TRUSTED, this.today);
		link(this.anna, alsoNone, NONE, null);
		CoverageReport report = analyse();
		assertThat(contactIds(report, SINGLE_THREADED)).containsExactlyInAnyOrder(single, alsoNone);
		CoverageFinding finding = report.of(SINGLE_THREADED)
			.stream()
			.filter((f) -> f.contactId() == single)
			.findFirst()
			.orElseThrow();
		assertThat(finding.userId()).isEqualTo(this.anna.userId());
		assertThat(finding.strength()).isEqualTo(ACQUAINTED);
		assertThat(finding.fix().url()).isEqualTo("/accounts/" + this.accountId + "/links?contactId=" + single);
	}

	@Test
	void contactsTwoPeopleKnowOrNobodyKnowsAreNotSingleThreaded() {
		long double_ = contact("Dee Double", TECHNICAL, USER, NEUTRAL);
		link(this.anna, double_, ACQUAINTED, this.today);
		link(this.owner, double_, WORKING, this.today);
		contact("Nobody Knows", TECHNICAL, USER, NEUTRAL);
		assertThat(analyse().of(SINGLE_THREADED)).isEmpty();
	}

	@Test
	void formerTeamMembersLinksAndContactsWhoLeftAreIgnored() {
		long dm = contact("Dora Decider", EXECUTIVE, DECISION_MAKER, NEUTRAL);
		link(this.former, dm, ADVOCATE, this.today.minusDays(300));
		link(this.anna, dm, ACQUAINTED, this.today);
		long gone = contact("Gone Opponent", SENIOR_MANAGEMENT, DECISION_MAKER, OPPONENT, true);
		link(this.anna, gone, WORKING, this.today.minusDays(300));
		CoverageReport report = analyse();
		// Only the former member had a working link: uncovered, and not going cold.
		assertThat(contactIds(report, UNCOVERED_DECISION_MAKER)).containsExactly(dm);
		assertThat(report.of(GOING_COLD)).isEmpty();
		// Anna alone knows Dora now; nobody hostile is left.
		assertThat(contactIds(report, SINGLE_THREADED)).containsExactly(dm);
		assertThat(report.of(HOSTILE_DECISION_MAKER)).isEmpty();
		// The executive level is not reached through a former member's link, and the
		// senior manager who left does not count as someone at that level.
		assertThat(report.of(LEVEL_NOT_REACHED)).extracting(CoverageFinding::level, CoverageFinding::contactsAtLevel)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(EXECUTIVE, 1),
					org.assertj.core.groups.Tuple.tuple(SENIOR_MANAGEMENT, 0));
		assertThat(report.contacts()).isEqualTo(1);
	}

	@Test
	void aWellCoveredAccountIsAllClear() {
		long ceo = contact("Cleo Ceo", EXECUTIVE, DECISION_MAKER, SUPPORTER);
		long vp = contact("Vera Vp", SENIOR_MANAGEMENT, INFLUENCER, NEUTRAL);
		long user = contact("Uma User", TECHNICAL, USER, OPPONENT);
		for (long contact : List.of(ceo, vp, user)) {
			link(this.owner, contact, WORKING, this.today.minusDays(10));
			link(this.anna, contact, ACQUAINTED, null);
		}
		CoverageReport report = analyse();
		assertThat(report.findings()).isEmpty();
		assertThat(report.allClear()).isTrue();
		assertThat(report.contacts()).isEqualTo(3);
	}

	@Test
	void anAccountWithoutContactsReachesNoLevel() {
		CoverageReport report = analyse();
		assertThat(report.findings()).extracting(CoverageFinding::rule)
			.containsExactly(LEVEL_NOT_REACHED, LEVEL_NOT_REACHED);
		assertThat(report.contacts()).isZero();
	}

	@Test
	void theAnalysisIsOneStatementWhateverTheData() {
		AccountRef ref = this.accounts.ref(this.accountId, this.owner);
		int empty = this.statements.count(() -> this.coverage.analyse(ref));
		List<Long> contacts = this.data.manyContacts(this.accountId, 200, "Bulk");
		this.data.manyLinks(this.accountId, List.of(this.owner.userId(), this.anna.userId(), this.ben.userId()),
				contacts, this.today);
		CoverageReport[] report = new CoverageReport[1];
		int full = this.statements.count(() -> report[0] = this.coverage.analyse(ref));
		assertThat(report[0].contacts()).isEqualTo(200);
		assertThat(report[0].findings()).isNotEmpty();
		assertThat(full).isEqualTo(empty).isEqualTo(1);
	}

	private CoverageReport analyse() {
		return this.coverage.analyse(this.accountId, this.anna);
	}

	private long contact(String name, ContactLevel level, BuyingRole role, Attitude attitude) {
		return this.data.contact(this.accountId, name, level, role, attitude);
	}

	private long contact(String name, ContactLevel level, BuyingRole role, Attitude attitude, boolean left) {
		return this.data.contact(this.accountId, name, level, role, attitude, left);
	}

	private void link(Viewer who, long contactId, LinkStrength strength, LocalDate last) {
		this.data.link(this.accountId, who.userId(), contactId, strength, last);
	}

	private static List<Long> contactIds(CoverageReport report, CoverageRule rule) {
		return report.of(rule).stream().map(CoverageFinding::contactId).toList();
	}

}
