package org.keyline.vision;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountNotFound;
import org.keyline.account.AccountProfile;
import org.keyline.account.Accounts;
import org.keyline.account.AdviceFrequency;
import org.keyline.account.RelationshipLevel;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Assessments: what Keyline knows is filled in and kept as it was, a new assessment
 * starts from the previous answers, earlier ones are kept and any two compare side by
 * side; the pages and who may use them.
 */
@KeylineTest
class AssessmentsTests {

	@Autowired
	Assessments assessments;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	StatementCounter statements;

	@Autowired
	Clock clock;

	VisionFixtures f;

	LocalDate today;

	@BeforeEach
	void account() {
		this.today = LocalDate.now(this.clock);
		this.f = new VisionFixtures(this.accounts, this.users, this.jdbc, this.today);
	}

	@Test
	void keylineFillsInWhatItKnowsCountingOnlyLiveLinksAsTouchPoints() {
		this.accounts.recordEconomics(this.f.accountId, 2025, new BigDecimal("250.00"), new BigDecimal("100.00"),
				new BigDecimal("1000.00"), null, this.f.owner);
		AccountProfile profile = Accounts.withCompetitors(Accounts.aProfile(), "Contoso", "Fabrikam");
		long withCompetitors = this.accounts.create(profile, null, this.f.owner);
		this.jdbc.update("update account_competitor set share_of_spend = 30 where account_id = ? and name = 'Contoso'",
				withCompetitors);
		// Live: the member to Ada and Bob. Not live: a former contact, a former team
		// member.
		this.f.link(this.f.accountId, this.f.member.userId(), this.f.ada);
		this.f.link(this.f.accountId, this.f.member.userId(), this.f.bob);
		long gone = this.f.contact(this.f.accountId, "Gone Person", true);
		this.f.link(this.f.accountId, this.f.member.userId(), gone);
		Viewer former = Accounts.aViewer(this.users, "former", Role.MEMBER);
		this.accounts.addTeamMember(this.f.accountId, former.userId(), TeamRole.SPECIALIST, "Legal",
				this.today.minusDays(100), this.today.minusDays(10), this.f.owner);
		this.f.link(this.f.accountId, former.userId(), this.f.ada);

		KnownAnswers known = this.assessments.draft(this.f.accountId, this.f.member).known();
		assertThat(known.fiscalYear()).isEqualTo(2025);
		assertThat(known.shareOfWallet()).isEqualByComparingTo("25");
		assertThat(known.relationship()).isEqualTo(RelationshipLevel.PREFERRED_SUPPLIER);
		assertThat(known.adviceFrequency()).isEqualTo(AdviceFrequency.SOMETIMES);
		assertThat(known.strategicImportance()).isEqualTo(4);
		assertThat(known.easeOfBusiness()).isEqualTo(3);
		assertThat(known.touchPoints()).isEqualTo(2);
		assertThat(known.competitors()).isNull();
		assertThat(known.of(AssessmentQuestion.SHARE_OF_WALLET).args()).containsExactly("25", 2025);
		assertThat(known.of(AssessmentQuestion.WHERE_TODAY)).isNull();

		assertThat(this.assessments.draft(withCompetitors, this.f.owner).known().competitors())
			.isEqualTo("Contoso (30%), Fabrikam");
	}

	@Test
	void knownValuesAreKeptAsTheyWereAndANewAssessmentRevisesThePreviousAnswers() {
		assertThat(this.assessments.draft(this.f.accountId, this.f.owner).previous()).isNull();
		long first = this.assessments.record(this.f.accountId,
				input(this.today.minusDays(90),
						Map.of(AssessmentQuestion.WHERE_TODAY, " Piloting ", AssessmentQuestion.TOUCH_POINTS, "Thin")),
				this.f.owner);
		this.f.link(this.f.accountId, this.f.member.userId(), this.f.ada);
		this.jdbc.update("update account_account set relationship = 'TRUSTED_ADVISOR' where id = ?", this.f.accountId);

		AssessmentDraft draft = this.assessments.draft(this.f.accountId, this.f.member);
		assertThat(draft.previous().id()).isEqualTo(first);
		assertThat(draft.previous().answers()).containsEntry(AssessmentQuestion.WHERE_TODAY, "Piloting").hasSize(2);
		assertThat(draft.known().touchPoints()).isEqualTo(1);

		long second = this.assessments.record(
				this.f.accountId, input(this.today, Map.of(AssessmentQuestion.WHERE_TODAY, "Rolling out",
						AssessmentQuestion.TOUCH_POINTS, "Thin", AssessmentQuestion.HOW_WE_COMPETE, "  ")),
				this.f.member);

		AssessmentView old = this.assessments.get(this.f.accountId, first, this.f.mentor).assessment();
		assertThat(old.known().touchPoints()).isZero();
		assertThat(old.known().relationship()).isEqualTo(RelationshipLevel.PREFERRED_SUPPLIER);
		AssessmentDetail latest = this.assessments.get(this.f.accountId, second, this.f.mentor);
		assertThat(latest.previousId()).isEqualTo(first);
		assertThat(latest.assessment().known().relationship()).isEqualTo(RelationshipLevel.TRUSTED_ADVISOR);
		assertThat(latest.assessment().answers()).doesNotContainKey(AssessmentQuestion.HOW_WE_COMPETE);

		assertThat(this.assessments.list(this.f.accountId, this.f.mentor).assessments())
			.extracting(AssessmentSummary::id, AssessmentSummary::answered)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(second, 2),
					org.assertj.core.groups.Tuple.tuple(first, 2));
	}

	@Test
	void twoAssessmentsCompareQuestionByQuestionTheOlderOnTheLeft() {
		long first = this.assessments.record(this.f.accountId, input(this.today.minusDays(30),
				Map.of(AssessmentQuestion.WHERE_TODAY, "Piloting", AssessmentQuestion.STRATEGY_FIT, "Peripheral")),
				this.f.owner);
		this.f.link(this.f.accountId, this.f.member.userId(), this.f.ada);
		long second = this.assessments.record(this.f.accountId, input(this.today,
				Map.of(AssessmentQuestion.WHERE_TODAY, "Rolling out", AssessmentQuestion.STRATEGY_FIT, "Peripheral")),
				this.f.owner);

		AssessmentComparison comparison = this.assessments.compare(this.f.accountId, second, first, this.f.mentor);
		assertThat(comparison.left().id()).isEqualTo(first);
		assertThat(comparison.right().id()).isEqualTo(second);
		assertThat(comparison.rows()).hasSize(10);
		assertThat(comparison.rows()).filteredOn(AssessmentComparison.Row::changed)
			.extracting(AssessmentComparison.Row::question)
			.containsExactly(AssessmentQuestion.WHERE_TODAY, AssessmentQuestion.TOUCH_POINTS);
		assertThat(comparison.changedCount()).isEqualTo(2);

		long elsewhere = this.assessments.record(this.accounts.create(Accounts.aProfile(), null, this.f.owner),
				input(this.today, Map.of(AssessmentQuestion.WHERE_TODAY, "x")), this.f.owner);
		assertThatThrownBy(() -> this.assessments.compare(this.f.accountId, first, elsewhere, this.f.owner))
			.isInstanceOf(VisionRecordNotFound.class);
	}

	@Test
	void anAssessmentNeedsADayAndAnAnswerAndAContributor() {
		assertThatThrownBy(() -> this.assessments.record(this.f.accountId,
				input(this.today, Map.of(AssessmentQuestion.WHERE_TODAY, " ")), this.f.owner))
			.isInstanceOfSatisfying(VisionRuleViolation.class,
					(v) -> assertThat(v.messageKey()).isEqualTo("assessment.empty"));
		assertThatThrownBy(() -> this.assessments.record(this.f.accountId,
				input(this.today.plusDays(1), Map.of(AssessmentQuestion.WHERE_TODAY, "x")), this.f.owner))
			.isInstanceOfSatisfying(VisionRuleViolation.class,
					(v) -> assertThat(v.messageKey()).isEqualTo("assessment.date.future"));
		assertThatThrownBy(() -> this.assessments.record(this.f.accountId,
				input(this.today, Map.of(AssessmentQuestion.WHERE_TODAY, "x")), this.f.mentor))
			.isInstanceOf(AccountActionRefused.class);
		assertThatThrownBy(() -> this.assessments.list(this.f.accountId, this.f.stranger))
			.isInstanceOf(AccountNotFound.class);
	}

	@Test
	void thePagesPrefillShowKnownValuesCompareAndRefuseAMentorsWrite() throws Exception {
		long first = this.assessments.record(this.f.accountId,
				input(this.today.minusDays(30), Map.of(AssessmentQuestion.WHERE_TODAY, "Piloting")), this.f.owner);
		this.mvc.perform(get(url("/assessments/new")).with(as(this.f.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Piloting</textarea>")))
			.andExpect(content().string(containsString("From Keyline data")))
			.andExpect(content().string(containsString("2 · Preferred supplier")));
		this.mvc
			.perform(post(url("/assessments/new")).with(csrf())
				.with(as(this.f.member))
				.param("assessedOn", this.today.toString())
				.param("answers[WHERE_TODAY]", "Rolling out"))
			.andExpect(status().isFound());
		this.mvc
			.perform(post(url("/assessments/new")).with(csrf())
				.with(as(this.f.member))
				.param("assessedOn", this.today.toString())
				.param("answers[WHERE_TODAY]", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Answer at least one question.")));
		long second = this.assessments.list(this.f.accountId, this.f.owner).assessments().get(0).id();
		this.mvc.perform(get(url("/assessments")).with(as(this.f.mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-assessment-id=\"" + first + "\"")))
			.andExpect(content().string(containsString("data-assessment-id=\"" + second + "\"")));
		this.mvc.perform(get(url("/assessments/" + second)).with(as(this.f.mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rolling out")));
		this.mvc
			.perform(get(url("/assessments/compare")).param("left", String.valueOf(first))
				.param("right", String.valueOf(second))
				.with(as(this.f.mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 of 10 questions changed")))
			.andExpect(content().string(containsString("Changed")));
		this.mvc.perform(get(url("/assessments/new")).with(as(this.f.mentor))).andExpect(status().isForbidden());
		this.mvc
			.perform(post(url("/assessments/new")).with(csrf())
				.with(as(this.f.mentor))
				.param("assessedOn", this.today.toString())
				.param("answers[WHERE_TODAY]", "Mentor"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(url("/assessments/" + first)).with(as(this.f.stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get(url("/assessments/999999999")).with(as(this.f.owner))).andExpect(status().isNotFound());
	}

	@Test
	void theAssessmentPagesRunTheSameStatementsForOneAndManyAssessments() throws Exception {
		long zero = this.assessments.record(this.f.accountId,
				input(this.today.minusDays(1), Map.of(AssessmentQuestion.WHERE_TODAY, "w")), this.f.owner);
		long one = this.assessments.record(this.f.accountId,
				input(this.today, Map.of(AssessmentQuestion.WHERE_TODAY, "x")), this.f.owner);
		VisionFixtures large = new VisionFixtures(this.accounts, this.users, this.jdbc, this.today);
		long last = 0;
		long firstLarge = 0;
		for (int i = 0; i < 15; i++) {
			java.util.Map<AssessmentQuestion, String> answers = new java.util.EnumMap<>(AssessmentQuestion.class);
			for (AssessmentQuestion q : AssessmentQuestion.values()) {
				answers.put(q, q + " " + i);
			}
			last = this.assessments.record(large.accountId, input(this.today.minusDays(15 - i), answers), large.owner);
			firstLarge = (i == 0) ? last : firstLarge;
		}
		long lastId = last;
		long firstOfLarge = firstLarge;
		int listSmall = count(url("/assessments"), this.f.owner);
		int listLarge = count("/accounts/" + large.accountId + "/assessments", large.owner);
		int newSmall = count(url("/assessments/new"), this.f.owner);
		int newLarge = count("/accounts/" + large.accountId + "/assessments/new", large.owner);
		int showSmall = count(url("/assessments/" + one), this.f.owner);
		int showLarge = count("/accounts/" + large.accountId + "/assessments/" + lastId, large.owner);
		int compareSmall = count(url("/assessments/compare?left=" + zero + "&right=" + one), this.f.owner);
		int compareLarge = count(
				"/accounts/" + large.accountId + "/assessments/compare?left=" + firstOfLarge + "&right=" + lastId,
				large.owner);
		System.out.printf("Assessment statements: list %d/%d, new %d/%d, show %d/%d, compare %d/%d%n", listSmall,
				listLarge, newSmall, newLarge, showSmall, showLarge, compareSmall, compareLarge);
		assertThat(compareLarge).isEqualTo(compareSmall).isEqualTo(3);
		assertThat(listLarge).isEqualTo(listSmall).isEqualTo(3);
		assertThat(newLarge).isEqualTo(newSmall).isEqualTo(5);
		assertThat(showLarge).isEqualTo(showSmall).isEqualTo(4);
	}

	private int count(String url, Viewer viewer) throws Exception {
		RequestPostProcessor user = as(viewer);
		return this.statements.count(() -> this.mvc.perform(get(url).with(user)).andExpect(status().isOk()));
	}

	private static AssessmentInput input(LocalDate day, Map<AssessmentQuestion, String> answers) {
		return new AssessmentInput(day, answers);
	}

	private String url(String path) {
		return "/accounts/" + this.f.accountId + path;
	}

	private RequestPostProcessor as(Viewer viewer) {
		return org.keyline.people.Users.as(this.userDetails, viewer.username());
	}

}
