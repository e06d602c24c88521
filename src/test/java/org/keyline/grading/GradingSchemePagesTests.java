package org.keyline.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.keyline.account.Accounts.aViewer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The grading scheme pages through HTTP: everybody who works with accounts reads how
 * accounts are graded, only directors change criteria and tiers, bad input is shown next
 * to its field and changes nothing, a stale edit is explained. The scheme is global and
 * the database shared: every test puts the scheme back as it found it.
 */
@KeylineTest
class GradingSchemePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	GradingManagement grading;

	@Autowired
	TestUsers testUsers;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	GradingScheme before;

	Viewer director;

	Viewer manager;

	Viewer member;

	Viewer mentor;

	Viewer admin;

	@BeforeEach
	void users() {
		this.before = this.grading.scheme();
		this.director = aViewer(this.testUsers, "gdirector", Role.DIRECTOR);
		this.manager = aViewer(this.testUsers, "gmanager", Role.MANAGER);
		this.member = aViewer(this.testUsers, "gmember", Role.MEMBER);
		this.mentor = aViewer(this.testUsers, "gmentor", Role.MENTOR);
		this.admin = aViewer(this.testUsers, "gadmin", Role.ADMIN);
	}

	/** Puts the criteria and tiers back as they were before the test, and regrades. */
	@AfterEach
	void restoreTheScheme() {
		List<Long> ids = this.before.criteria().stream().map(GradingScheme.Criterion::id).toList();
		this.jdbc.sql("update grading_criterion set active = (id in (:ids))").param("ids", ids).update();
		GradingScheme now = this.grading.scheme();
		for (GradingScheme.Criterion was : this.before.criteria()) {
			GradingScheme.Criterion is = criterion(now, was.id());
			if (!sameContent(was, is)) {
				this.grading.updateCriterion(was.id(), new CriterionInput(was.name(), was.description(), was.weight(),
						was.kind(), was.metric(), was.bands(), was.guidance()), is.version(), this.director);
			}
		}
		now = this.grading.scheme();
		if (!now.tiers().equals(this.before.tiers()) || !now.naming().equals(this.before.naming())) {
			this.grading.updateTiers(this.before.naming(),
					this.before.tiers()
						.stream()
						.map((t) -> new TierInput(t.name(), t.threshold(), t.reviewCadenceDays(), t.sponsorRequired(),
								t.agreedPlanRequired(), t.interactionTargetDays()))
						.toList(),
					now.version(), this.director);
		}
		this.grading.regradeAll(this.director);
		GradingScheme restored = this.grading.scheme();
		assertThat(restored.tiers()).isEqualTo(this.before.tiers());
		assertThat(restored.criteria().stream().map(GradingScheme.Criterion::id).toList()).isEqualTo(ids);
	}

	// ------------------------------------------------------------ reading

	@Test
	void everyRoleThatWorksWithAccountsReadsHowAccountsAreGraded() throws Exception {
		for (Viewer viewer : List.of(this.director, this.manager, this.member, this.mentor)) {
			this.mvc.perform(get("/grading").with(as(viewer)))
				.andExpect(status().isOk())
				.andExpect(view().name("grading/scheme"))
				.andExpect(content().string(containsString("How accounts are graded")))
				.andExpect(content().string(containsString("Scoring is compensatory")))
				.andExpect(content().string(containsString("shares shown always add up to 100 %")))
				.andExpect(content().string(containsString("score \u2265 70")))
				.andExpect(content().string(containsString("every 60 days")))
				.andExpect(content().string(containsString("at least every 14 days")))
				.andExpect(content().string(containsString(">Gold<")))
				.andExpect(content().string(containsString("Revenue of the latest fiscal year")))
				.andExpect(content().string(containsString("value \u2265 500,000 \u2192 score 40")))
				.andExpect(content().string(containsString("25.0 % of the score")))
				.andExpect(content().string(containsString("Level 5 (score 100)")))
				.andExpect(content().string(containsString("a lighthouse customer")))
				.andExpect(content().string(containsString("id=\"navGrading\"")))
				.andExpect(content().string(containsString("Last changed by ")))
				.andExpect(content().string(not(containsString("Last changed by keyline"))))
				.andExpect(content().string(not(containsString("Last changed by null"))));
		}
		this.mvc.perform(get("/grading").with(as(this.director)))
			.andExpect(content().string(containsString("Add a criterion")))
			.andExpect(content().string(containsString("/grading/tiers")))
			.andExpect(content().string(containsString("/edit\"")));
		for (Viewer viewer : List.of(this.manager, this.member, this.mentor)) {
			this.mvc.perform(get("/grading").with(as(viewer)))
				.andExpect(content().string(not(containsString("Add a criterion"))))
				.andExpect(content().string(not(containsString("/retire"))))
				.andExpect(content().string(not(containsString("/grading/tiers"))));
		}
	}

	@Test
	void theSchemePageRunsTheSameStatementsWithMoreCriteria() throws Exception {
		RequestPostProcessor member = as(this.member);
		int first = this.statements
			.count(() -> this.mvc.perform(get("/grading").with(member)).andExpect(status().isOk()));
		int small = this.statements
			.count(() -> this.mvc.perform(get("/grading").with(member)).andExpect(status().isOk()));
		for (int i = 0; i < 4; i++) {
			this.grading.addCriterion(new CriterionInput("Extra " + i, null, BigDecimal.ONE, CriterionKind.MANUAL, null,
					List.of(), Map.of(1, "a", 2, "b", 3, "c", 4, "d", 5, "e")), this.director);
		}
		int changed = this.statements.count(() -> this.mvc.perform(get("/grading").with(member))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Extra 3"))));
		int large = this.statements.count(() -> this.mvc.perform(get("/grading").with(member))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Extra 3"))));
		// The scheme's head; its tiers and criteria are read again (three statements, and
		// its version once more) only when they changed since this instance last read
		// them.
		assertThat(first).isIn(1, 5);
		assertThat(small).isEqualTo(1);
		assertThat(changed).isEqualTo(5);
		assertThat(large).isEqualTo(small);
	}

	@Test
	void anAdminWithoutAccountRolesMayNotReadIt() throws Exception {
		this.mvc.perform(get("/grading").with(as(this.admin))).andExpect(status().isForbidden());
	}

	@Test
	void onlyDirectorsOpenOrSubmitTheForms() throws Exception {
		long revenue = this.before.criteria().get(0).id();
		for (Viewer viewer : List.of(this.manager, this.member, this.mentor, this.admin)) {
			this.mvc.perform(get("/grading/criteria/new").with(as(viewer))).andExpect(status().isForbidden());
			this.mvc.perform(get("/grading/criteria/{id}/edit", revenue).with(as(viewer)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/grading/tiers").with(as(viewer))).andExpect(status().isForbidden());
			this.mvc.perform(get("/grading/tiers").param("preset", "AIRLINE").with(as(viewer)))
				.andExpect(status().isForbidden());
			this.mvc.perform(derived(post("/grading/criteria/new"), "Sneaky", "10").with(as(viewer)).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(derived(post("/grading/criteria/{id}/edit", revenue), "Revenue", "99").with(as(viewer))
					.with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/grading/criteria/{id}/retire", revenue).with(as(viewer)).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(airline(post("/grading/tiers")).with(as(viewer)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(this.grading.scheme()).isEqualTo(this.before);
	}

	@Test
	void postsWithoutTheCsrfTokenAreRefused() throws Exception {
		long revenue = this.before.criteria().get(0).id();
		this.mvc.perform(derived(post("/grading/criteria/new"), "No token", "10").with(as(this.director)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/grading/criteria/{id}/retire", revenue).with(as(this.director)))
			.andExpect(status().isForbidden());
		this.mvc.perform(airline(post("/grading/tiers")).with(as(this.director))).andExpect(status().isForbidden());
		assertThat(this.grading.scheme()).isEqualTo(this.before);
	}

	// ------------------------------------------------------------ criteria

	@Test
	void aDirectorAddsADerivedCriterionWithBands() throws Exception {
		this.mvc.perform(get("/grading/criteria/new").with(as(this.director)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"bands[5].lowerBound\"")))
			.andExpect(content().string(containsString("How strategic our product is to them (1 to 5)")))
			.andExpect(content().string(containsString("name=\"guidance5\"")));

		this.mvc
			.perform(post("/grading/criteria/new").with(as(this.director))
				.with(csrf())
				.param("name", "Ease of business")
				.param("description", "How easy they are to work with.")
				.param("weight", "10")
				.param("kind", "DERIVED")
				.param("metric", "EASE_OF_BUSINESS")
				.param("bands[0].lowerBound", "3")
				.param("bands[0].score", "60")
				.param("bands[1].lowerBound", "")
				.param("bands[1].score", "")
				.param("bands[2].lowerBound", "1")
				.param("bands[2].score", "0")
				.param("bands[3].lowerBound", "5")
				.param("bands[3].score", "100"))
			.andExpect(redirectedUrl("/grading"))
			.andExpect(flash().attribute("flash", "grading.criterion.added"));

		GradingScheme.Criterion added = last(this.grading.scheme());
		assertThat(added.name()).isEqualTo("Ease of business");
		assertThat(added.kind()).isEqualTo(CriterionKind.DERIVED);
		assertThat(added.metric()).isEqualTo(Metric.EASE_OF_BUSINESS);
		assertThat(added.weight()).isEqualByComparingTo("10");
		assertThat(added.bands()).extracting((b) -> b.lowerBound().intValue() + ":" + b.score())
			.containsExactly("1:0", "3:60", "5:100");
		assertThat(this.grading.scheme().criteria()).hasSize(this.before.criteria().size() + 1);

		this.mvc.perform(get("/grading").with(as(this.member)))
			.andExpect(content().string(containsString("Ease of business")))
			.andExpect(content().string(containsString("value \u2265 3 \u2192 score 60")));
	}

	@Test
	void aDirectorAddsAHandScoredCriterionWithGuidance() throws Exception {
		this.mvc
			.perform(post("/grading/criteria/new").with(as(this.director))
				.with(csrf())
				.param("name", "Innovation partner")
				.param("weight", "7.5")
				.param("kind", "MANUAL")
				.param("metric", "REVENUE")
				.param("bands[0].lowerBound", "1")
				.param("bands[0].score", "10")
				.param("guidance1", "Buys what exists.")
				.param("guidance2", "Gives feedback on new products.")
				.param("guidance3", "Pilots new products.")
				.param("guidance4", "Develops with us.")
				.param("guidance5", "Co-owns our roadmap."))
			.andExpect(redirectedUrl("/grading"))
			.andExpect(flash().attribute("flash", "grading.criterion.added"));

		GradingScheme.Criterion added = last(this.grading.scheme());
		assertThat(added.name()).isEqualTo("Innovation partner");
		assertThat(added.kind()).isEqualTo(CriterionKind.MANUAL);
		assertThat(added.metric()).isNull();
		assertThat(added.bands()).isEmpty();
		assertThat(added.weight()).isEqualByComparingTo("7.5");
		assertThat(added.guidance()).containsEntry(1, "Buys what exists.").containsEntry(5, "Co-owns our roadmap.");

		this.mvc.perform(get("/grading").with(as(this.mentor)))
			.andExpect(content().string(containsString("Innovation partner")))
			.andExpect(content().string(containsString("Co-owns our roadmap.")))
			.andExpect(content().string(containsString("Scored by the account")));
	}

	@Test
	void aDirectorChangesAWeightAndTheSharesFollow() throws Exception {
		GradingScheme.Criterion revenue = this.before.criteria().get(0);
		this.mvc.perform(get("/grading/criteria/{id}/edit", revenue.id()).with(as(this.director)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"25\"")))
			.andExpect(content().string(containsString("value=\"500000\"")));

		this.mvc.perform(edit(revenue, "40").with(as(this.director)).with(csrf()))
			.andExpect(redirectedUrl("/grading"))
			.andExpect(flash().attribute("flash", "grading.criterion.saved"));

		GradingScheme after = this.grading.scheme();
		GradingScheme.Criterion changed = criterion(after, revenue.id());
		assertThat(changed.weight()).isEqualByComparingTo("40");
		assertThat(changed.bands()).isEqualTo(revenue.bands());
		assertThat(after.totalWeight()).isEqualByComparingTo(this.before.totalWeight().add(BigDecimal.valueOf(15)));
		assertThat(after.shareOf(changed)).isEqualByComparingTo("34.78");
	}

	@Test
	void aDirectorRetiresACriterionButNotTheLastOne() throws Exception {
		long added = this.grading.addCriterion(new CriterionInput("Short-lived", null, BigDecimal.ONE,
				CriterionKind.DERIVED, Metric.REVENUE, List.of(new GradingScheme.Band(BigDecimal.ZERO, 50)), Map.of()),
				this.director);
		this.mvc.perform(get("/grading").with(as(this.director)))
			.andExpect(content().string(containsString("id=\"retire" + added + "\"")))
			.andExpect(content().string(containsString("Retire &quot;Short-lived&quot;?")));

		this.mvc.perform(post("/grading/criteria/{id}/retire", added).with(as(this.director)).with(csrf()))
			.andExpect(redirectedUrl("/grading"))
			.andExpect(flash().attribute("flash", "grading.criterion.retired"));
		assertThat(this.grading.scheme().criteria()).extracting(GradingScheme.Criterion::id).doesNotContain(added);

		long only = this.before.criteria().get(0).id();
		this.jdbc.sql("update grading_criterion set active = (id = :id)").param("id", only).update();
		this.mvc.perform(post("/grading/criteria/{id}/retire", only).with(as(this.director)).with(csrf()))
			.andExpect(redirectedUrl("/grading"))
			.andExpect(flash().attribute("flashError", "grading.criterion.lastOne"));
		assertThat(this.grading.scheme().criteria()).extracting(GradingScheme.Criterion::id).containsExactly(only);
	}

	@Test
	void badCriterionInputIsShownNextToTheFieldAndChangesNothing() throws Exception {
		this.mvc.perform(derived(post("/grading/criteria/new"), "  ", "10").with(as(this.director)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("grading/criterion-form"))
			.andExpect(content().string(containsString("id=\"name-errors\"")))
			.andExpect(content().string(containsString("Name the criterion.")));

		this.mvc
			.perform(derived(post("/grading/criteria/new"), "Zero weight", "0").with(as(this.director)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"weight-errors\"")))
			.andExpect(content().string(containsString("Enter a weight greater than 0")))
			.andExpect(content().string(containsString("value=\"Zero weight\"")));

		this.mvc
			.perform(post("/grading/criteria/new").with(as(this.director))
				.with(csrf())
				.param("name", "No bands")
				.param("weight", "10")
				.param("kind", "DERIVED")
				.param("metric", "REVENUE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"bands-errors\"")))
			.andExpect(content().string(containsString("Enter at least one band")));

		this.mvc
			.perform(post("/grading/criteria/new").with(as(this.director))
				.with(csrf())
				.param("name", "Half a band")
				.param("weight", "10")
				.param("kind", "DERIVED")
				.param("metric", "REVENUE")
				.param("bands[0].lowerBound", "100"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"bands-errors\"")))
			.andExpect(content().string(containsString("fill in both, or leave the row blank")));

		this.mvc
			.perform(post("/grading/criteria/new").with(as(this.director))
				.with(csrf())
				.param("name", "No guidance")
				.param("weight", "10")
				.param("kind", "MANUAL")
				.param("guidance1", "One")
				.param("guidance2", "Two"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"guidance3-errors\"")))
			.andExpect(content().string(containsString("aria-describedby=\"guidance3-errors\"")))
			.andExpect(content().string(containsString("Describe this level")))
			.andExpect(content().string(containsString(">Two</textarea>")));

		this.mvc.perform(derived(post("/grading/criteria/new"), "Letters", "ten").with(as(this.director)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"weight-errors\"")))
			.andExpect(content().string(containsString("Enter a number")));

		GradingScheme.Criterion revenue = this.before.criteria().get(0);
		this.mvc.perform(edit(revenue, "0").with(as(this.director)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"weight-errors\"")));

		assertThat(this.grading.scheme()).isEqualTo(this.before);
	}

	@Test
	void aStaleCriterionEditIsExplainedAndKeepsWhatWasTyped() throws Exception {
		GradingScheme.Criterion revenue = this.before.criteria().get(0);
		Viewer other = aViewer(this.testUsers, "gother", Role.DIRECTOR);
		this.grading.updateCriterion(revenue.id(), new CriterionInput(revenue.name(), revenue.description(),
				BigDecimal.valueOf(30), revenue.kind(), revenue.metric(), revenue.bands(), Map.of()), revenue.version(),
				other);

		this.mvc.perform(edit(revenue, "45").with(as(this.director)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("grading/criterion-form"))
			.andExpect(content().string(containsString("Someone else changed this criterion")))
			.andExpect(content().string(containsString(other.username() + " saved at")))
			.andExpect(content().string(containsString("<td>30</td>")))
			.andExpect(content().string(containsString("<td>45</td>")))
			.andExpect(content().string(containsString("value=\"45\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + (revenue.version() + 1) + "\"")));

		assertThat(criterion(this.grading.scheme(), revenue.id()).weight()).isEqualByComparingTo("30");
	}

	// ------------------------------------------------------------ tiers

	@Test
	void aDirectorSetsAirlineTiersFromThePreset() throws Exception {
		this.mvc.perform(get("/grading/tiers").with(as(this.director)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Gold\"")))
			.andExpect(content().string(containsString("?preset=AIRLINE")));
		this.mvc.perform(get("/grading/tiers").param("preset", "AIRLINE").with(as(this.director)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"First Class\"")))
			.andExpect(content().string(containsString("value=\"Standby\"")))
			.andExpect(content().string(not(containsString("value=\"Gold\""))));

		this.mvc.perform(airline(post("/grading/tiers")).with(as(this.director)).with(csrf()))
			.andExpect(redirectedUrl("/grading"))
			.andExpect(flash().attribute("flash", "grading.tiers.saved"));

		GradingScheme after = this.grading.scheme();
		assertThat(after.naming()).isEqualTo("AIRLINE");
		assertThat(after.tiers()).extracting(GradingScheme.Tier::name)
			.containsExactly("First Class", "Club", "Economy", "Standby");
		assertThat(after.tiers().get(3).threshold()).isEqualByComparingTo("25");
		assertThat(after.tiers().get(0).sponsorRequired()).isTrue();
		assertThat(after.tiers().get(3).agreedPlanRequired()).isFalse();
		assertThat(after.tiers().get(1).interactionTargetDays()).isEqualTo(21);

		this.mvc.perform(get("/grading").with(as(this.manager)))
			.andExpect(content().string(containsString(">First Class<")))
			.andExpect(content().string(containsString("below 25 is not a key account")));
	}

	@Test
	void customNamesAreSavedAsCustom() throws Exception {
		this.mvc
			.perform(post("/grading/tiers").with(as(this.director))
				.with(csrf())
				.param("version", String.valueOf(this.before.version()))
				.param("tiers[0].name", "Strategic")
				.param("tiers[0].threshold", "65")
				.param("tiers[0].reviewCadenceDays", "90")
				.param("tiers[0].sponsorRequired", "true")
				.param("tiers[0].interactionTargetDays", "30")
				.param("tiers[3].name", "Core")
				.param("tiers[3].threshold", "40")
				.param("tiers[3].reviewCadenceDays", "180")
				.param("tiers[3].interactionTargetDays", "60"))
			.andExpect(redirectedUrl("/grading"));

		GradingScheme after = this.grading.scheme();
		assertThat(after.naming()).isEqualTo("CUSTOM");
		assertThat(after.tiers()).extracting(GradingScheme.Tier::name).containsExactly("Strategic", "Core");
		assertThat(after.tiers().get(0).sponsorRequired()).isTrue();
		assertThat(after.tiers().get(0).agreedPlanRequired()).isFalse();
	}

	@Test
	void thresholdsThatDoNotDecreaseAreShownOnTheirRowAndChangeNothing() throws Exception {
		this.mvc
			.perform(post("/grading/tiers").with(as(this.director))
				.with(csrf())
				.param("version", String.valueOf(this.before.version()))
				.param("tiers[0].name", "Top")
				.param("tiers[0].threshold", "60")
				.param("tiers[0].reviewCadenceDays", "60")
				.param("tiers[0].interactionTargetDays", "14")
				.param("tiers[2].name", "Next")
				.param("tiers[2].threshold", "60")
				.param("tiers[2].reviewCadenceDays", "90")
				.param("tiers[2].interactionTargetDays", "30"))
			.andExpect(status().isOk())
			.andExpect(view().name("grading/tiers-form"))
			.andExpect(content().string(containsString("id=\"tiers[2].threshold-errors\"")))
			.andExpect(content().string(containsString("aria-describedby=\"tiers[2].threshold-errors\"")))
			.andExpect(content().string(containsString("Each threshold must be lower than the one of the tier above.")))
			.andExpect(content().string(containsString("value=\"Next\"")));

		this.mvc
			.perform(post("/grading/tiers").with(as(this.director))
				.with(csrf())
				.param("version", String.valueOf(this.before.version()))
				.param("tiers[0].name", "Top")
				.param("tiers[0].threshold", "60")
				.param("tiers[0].reviewCadenceDays", "3")
				.param("tiers[0].interactionTargetDays", "14"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"tiers[0].reviewCadenceDays-errors\"")))
			.andExpect(content().string(containsString("from 7 to 730")));

		this.mvc
			.perform(post("/grading/tiers").with(as(this.director))
				.with(csrf())
				.param("version", String.valueOf(this.before.version()))
				.param("tiers[0].name", "Top")
				.param("tiers[0].threshold", "high")
				.param("tiers[0].reviewCadenceDays", "60")
				.param("tiers[0].interactionTargetDays", "14"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"tiers[0].threshold-errors\"")))
			.andExpect(content().string(containsString("such as 70 or 62.5")))
			.andExpect(content().string(containsString("value=\"high\"")));

		this.mvc
			.perform(post("/grading/tiers").with(as(this.director))
				.with(csrf())
				.param("version", String.valueOf(this.before.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"tiers-errors\"")))
			.andExpect(content().string(containsString("Enter between one and six tiers.")));

		assertThat(this.grading.scheme()).isEqualTo(this.before);
	}

	@Test
	void aStaleTiersEditIsExplainedAndKeepsWhatWasTyped() throws Exception {
		Viewer other = aViewer(this.testUsers, "gother", Role.DIRECTOR);
		this.grading.updateTiers("OLYMPIC",
				this.before.tiers()
					.stream()
					.map((t) -> new TierInput(t.name(), t.threshold().subtract(BigDecimal.ONE), t.reviewCadenceDays(),
							t.sponsorRequired(), t.agreedPlanRequired(), t.interactionTargetDays()))
					.toList(),
				this.before.version(), other);
		List<GradingScheme.Tier> theirs = this.grading.scheme().tiers();

		this.mvc.perform(airline(post("/grading/tiers"), this.before.version()).with(as(this.director)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("grading/tiers-form"))
			.andExpect(content().string(containsString("Someone else changed the grading scheme")))
			.andExpect(content().string(containsString(other.username() + " saved at")))
			.andExpect(content().string(containsString("Gold \u00b7 \u2265 69")))
			.andExpect(content().string(containsString("value=\"First Class\"")));

		assertThat(this.grading.scheme().tiers()).isEqualTo(theirs);
	}

	// ------------------------------------------------------------ helpers

	private MockHttpServletRequestBuilder derived(MockHttpServletRequestBuilder request, String name, String weight) {
		return request.param("name", name)
			.param("weight", weight)
			.param("kind", "DERIVED")
			.param("metric", "REVENUE")
			.param("bands[0].lowerBound", "0")
			.param("bands[0].score", "50");
	}

	private MockHttpServletRequestBuilder edit(GradingScheme.Criterion criterion, String weight) {
		MockHttpServletRequestBuilder request = post("/grading/criteria/{id}/edit", criterion.id())
			.param("version", String.valueOf(criterion.version()))
			.param("name", criterion.name())
			.param("description", Objects.toString(criterion.description(), ""))
			.param("weight", weight)
			.param("kind", criterion.kind().name())
			.param("metric", (criterion.metric() != null) ? criterion.metric().name() : "");
		for (int i = 0; i < criterion.bands().size(); i++) {
			request.param("bands[" + i + "].lowerBound", criterion.bands().get(i).lowerBound().toPlainString())
				.param("bands[" + i + "].score", String.valueOf(criterion.bands().get(i).score()));
		}
		criterion.guidance().forEach((level, text) -> request.param("guidance" + level, text));
		return request;
	}

	private MockHttpServletRequestBuilder airline(MockHttpServletRequestBuilder request) {
		return airline(request, this.grading.scheme().version());
	}

	private MockHttpServletRequestBuilder airline(MockHttpServletRequestBuilder request, long version) {
		String[][] rows = { { "First Class", "80", "45", "true", "true", "14" },
				{ "Club", "60", "60", "true", "true", "21" }, { "Economy", "40", "120", "false", "true", "45" },
				{ "Standby", "25", "180", "false", "false", "90" } };
		request.param("version", String.valueOf(version));
		for (int i = 0; i < rows.length; i++) {
			String p = "tiers[" + i + "].";
			request.param(p + "name", rows[i][0])
				.param(p + "threshold", rows[i][1])
				.param(p + "reviewCadenceDays", rows[i][2])
				.param(p + "interactionTargetDays", rows[i][5]);
			if (Boolean.parseBoolean(rows[i][3])) {
				request.param(p + "sponsorRequired", "true");
			}
			if (Boolean.parseBoolean(rows[i][4])) {
				request.param(p + "agreedPlanRequired", "true");
			}
		}
		return request;
	}

	private static GradingScheme.Criterion criterion(GradingScheme scheme, long id) {
		return scheme.criteria().stream().filter((c) -> c.id() == id).findFirst().orElseThrow();
	}

	private static GradingScheme.Criterion last(GradingScheme scheme) {
		return scheme.criteria().get(scheme.criteria().size() - 1);
	}

	private static boolean sameContent(GradingScheme.Criterion a, GradingScheme.Criterion b) {
		return a.name().equals(b.name()) && Objects.equals(a.description(), b.description())
				&& a.weight().compareTo(b.weight()) == 0 && a.kind() == b.kind() && a.metric() == b.metric()
				&& a.bands().equals(b.bands()) && a.guidance().equals(b.guidance());
	}

	private RequestPostProcessor as(Viewer viewer) {
		return org.keyline.people.Users.as(this.userDetails, viewer.username());
	}

}
