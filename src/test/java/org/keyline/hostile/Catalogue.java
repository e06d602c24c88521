package org.keyline.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.keyline.hostile.Endpoint.Base;

/**
 * Every endpoint that takes input, with a valid request for it. The suite fails when
 * Spring MVC knows an endpoint that is not here (or this names one that no longer
 * exists), so a new form or filter cannot escape the hostile requests.
 *
 * Endpoints that destroy or move on what they name get fresh objects for every request,
 * so that each hostile request meets the state in which its input is looked at.
 */
final class Catalogue {

	private final List<Endpoint> endpoints = new ArrayList<>();

	private final HostileWorld w;

	private Catalogue(HostileWorld world) {
		this.w = world;
	}

	/** Ids of another manager's objects, by the name of the path variable or field. */
	static final Map<String, Function<HostileWorld, Object>> FOREIGN = Map.ofEntries(
			Map.entry("id", (w) -> w.theirs.account()), Map.entry("contactId", (w) -> w.theirs.contact()),
			Map.entry("contactIds", (w) -> w.theirs.contact()), Map.entry("toContactId", (w) -> w.theirs.contact()),
			Map.entry("reportsToId", (w) -> w.theirs.contact()),
			Map.entry("raisedByContactId", (w) -> w.theirs.contact()),
			Map.entry("influenceId", (w) -> w.theirs.influence()), Map.entry("linkId", (w) -> w.theirs.link()),
			Map.entry("memberId", (w) -> w.theirs.teamMember()), Map.entry("planId", (w) -> w.theirs.plan()),
			Map.entry("objectiveId", (w) -> w.theirs.objective()), Map.entry("strategyId", (w) -> w.theirs.strategy()),
			Map.entry("actionId", (w) -> w.theirs.action()), Map.entry("reviewId", (w) -> w.theirs.review()),
			Map.entry("assessmentId", (w) -> w.theirs.assessment()),
			Map.entry("requirementId", (w) -> w.theirs.requirement()), Map.entry("left", (w) -> w.theirs.assessment()),
			Map.entry("right", (w) -> w.theirs.assessment2()), Map.entry("parentId", (w) -> w.theirs.comment()),
			Map.entry("userId", (w) -> w.otherManager.userId()), Map.entry("userIds", (w) -> w.otherManager.userId()),
			Map.entry("ownerId", (w) -> w.otherManager.userId()),
			Map.entry("representedById", (w) -> w.otherManager.userId()),
			Map.entry("mentorId", (w) -> w.otherMentor.userId()), Map.entry("owner", (w) -> w.otherManager.userId()),
			Map.entry("account", (w) -> w.theirs.account()), Map.entry("accountId", (w) -> w.theirs.account()),
			Map.entry("criterionId", (w) -> w.manualCriterion));

	static List<Endpoint> of(HostileWorld world) {
		Catalogue c = new Catalogue(world);
		c.accounts();
		c.relationships();
		c.reviews();
		c.plans();
		c.pathOnly();
		c.visions();
		c.grading();
		c.reading();
		c.people();
		c.dataInAndOut();
		return c.endpoints;
	}

	private Endpoint get(String pattern) {
		return add(new Endpoint("GET", pattern, false));
	}

	private Endpoint getHx(String pattern) {
		return add(new Endpoint("GET", pattern, true));
	}

	private Endpoint post(String pattern) {
		return add(new Endpoint("POST", pattern, false));
	}

	private Endpoint postHx(String pattern) {
		return add(new Endpoint("POST", pattern, true));
	}

	private Endpoint add(Endpoint endpoint) {
		this.endpoints.add(endpoint);
		return endpoint;
	}

	private long version(String table, long id) {
		Long v = this.w.jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
		return (v != null) ? v : 0;
	}

	private Base mine() {
		return new Base().path("id", this.w.mine.account());
	}

	private Base plan() {
		return mine().path("planId", this.w.mine.plan());
	}

	// ------------------------------------------------------------ account

	private void accounts() {
		get("/accounts").as(() -> w.manager)
			.base((w) -> listParams(new Base()))
			.foreignIgnored("owner", "a filter: another manager's accounts are simply not in the list");
		getHx("/accounts").as(() -> w.manager)
			.base((w) -> listParams(new Base()))
			.foreignIgnored("owner", "a filter: another manager's accounts are simply not in the list");
		get("/accounts/export.csv").as(() -> w.manager)
			.base((w) -> listParams(new Base()))
			.foreignIgnored("owner", "a filter: another manager's accounts are simply not in the list");
		get("/accounts/{id}").as(() -> w.manager).refuses(() -> w.otherManager).base((w) -> mine());
		get("/accounts/{id}/edit").as(() -> w.manager).refuses(() -> w.otherManager).base((w) -> mine());
		post("/accounts").as(() -> w.manager)
			.refuses(() -> w.mentor)
			.base((w) -> accountForm(new Base()))
			.foreignIgnored("ownerId", "a manager's new account is always their own");
		post("/accounts/{id}").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> accountForm(mine()).param("version", version("account_account", w.mine.account())))
			.foreignIgnored("ownerId", "only a director reassigns an account; a manager's choice is ignored");
		post("/accounts/{id}/archive").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> new Base().path("id", w.freshAccount()));
		post("/accounts/{id}/restore").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> new Base().path("id", w.freshArchivedAccount()));
		get("/accounts/{id}/economics/new").as(() -> w.manager).refuses(() -> w.otherManager).base((w) -> mine());
		get("/accounts/{id}/economics/{year}").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> mine().path("year", w.mine.economicsYear()));
		post("/accounts/{id}/economics").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> mine().param("fiscalYear", w.mine.economicsYear())
				.param("revenue", "1200000.50")
				.param("costToServe", "800000")
				.param("categorySpend", "4000000")
				.param("version",
						w.jdbc.queryForObject(
								"select version from account_economics where account_id = ? and fiscal_year = ?",
								Long.class, w.mine.account(), w.mine.economicsYear())));
		post("/accounts/{id}/team").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.foreign("userId", (w) -> w.freshUser())
			.foreignIgnored("userId", "the owner picks any colleague for the team")
			.base((w) -> mine().param("userId", w.freshUser())
				.param("role", "SPECIALIST")
				.param("specialty", "Logistics")
				.param("joinedOn", w.today.minusDays(1))
				.param("leftOn", ""));
		post("/accounts/{id}/team/{memberId}/leave").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> mine().path("memberId", w.freshTeamMember()).param("leftOn", w.today));
		post("/accounts/{id}/mentors").as(() -> w.director)
			.refuses(() -> w.manager)
			.foreignIgnored("id", "a director assigns mentors on every account")
			.base((w) -> mine().param("mentorId", w.freshMentorCandidate()))
			.foreignIgnored("mentorId", "a director may assign any mentor: the other account's mentor is a mentor");
		post("/accounts/{id}/mentors/{mentorId}/remove").as(() -> w.director)
			.refuses(() -> w.manager)
			.foreignIgnored("id", "a director removes mentors on every account")
			.foreignIgnored("mentorId", "removing a mentor who is not assigned changes nothing")
			.base((w) -> mine().path("mentorId", w.freshMentor()));
	}

	private Base listParams(Base base) {
		return base.param("q", "Acme")
			.param("industry", "MANUFACTURING")
			.param("region", "WESTERN_EUROPE")
			.param("stage", "EXPLOITATION")
			.param("owner", this.w.manager.userId())
			.param("loss", "false")
			.param("archived", "false")
			.param("sort", "name")
			.param("dir", "asc")
			.param("page", "0");
	}

	private Base accountForm(Base base) {
		return base.param("name", "Hostile Corp")
			.param("industry", "MANUFACTURING")
			.param("region", "WESTERN_EUROPE")
			.param("country", "NL")
			.param("employees", "1200")
			.param("website", "https://example.com")
			.param("parentId", "")
			.param("ownerId", this.w.manager.userId())
			.param("stage", "EXPLOITATION")
			.param("relationship", "PREFERRED_SUPPLIER")
			.param("strategicImportance", "4")
			.param("easeOfBusiness", "3")
			.param("adviceFrequency", "SOMETIMES")
			.param("notes", "Notes")
			.param("competitors[0].name", "Rival GmbH")
			.param("competitors[0].shareOfSpend", "20");
	}

	// ------------------------------------------------------------ relationship

	private void relationships() {
		get("/accounts/{id}/contacts").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> mine().param("former", "false"));
		get("/accounts/{id}/org-chart").as(() -> w.manager).refuses(() -> w.otherManager).base((w) -> mine());
		get("/accounts/{id}/contacts/new").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> mine().param("reportsToId", w.mine.contact()))
			.foreignIgnored("reportsToId", "a preselection: another account's contact is not offered");
		post("/accounts/{id}/contacts").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> contactForm(mine()));
		get("/accounts/{id}/contacts/{contactId}/edit").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> mine().path("contactId", w.mine.contact2()));
		post("/accounts/{id}/contacts/{contactId}").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> contactForm(mine().path("contactId", w.mine.contact2())).param("version",
					version("relationship_contact", w.mine.contact2())));
		post("/accounts/{id}/contacts/{contactId}/influences").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> mine().path("contactId", w.mine.contact())
				.param("toContactId", w.freshContact())
				.param("note", "Golf partners"));
		post("/accounts/{id}/contacts/{contactId}/influences/{influenceId}/remove").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.foreignIgnored("contactId",
					"the influence is found by its own id within the account; the contact only shapes the URL")
			.base((w) -> mine().path("contactId", w.mine.contact2()).path("influenceId", w.freshInfluence()));
		get("/accounts/{id}/links").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> mine().param("contactId", w.mine.contact()).param("userId", w.member.userId()))
			.foreignIgnored("contactId", "a preselection: another account's contact is not offered")
			.foreignIgnored("userId", "a preselection: someone not on the team is not offered");
		post("/accounts/{id}/links").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> mine().param("userId", w.member.userId())
				.param("contactId", w.freshContact())
				.param("strength", "WORKING"));
		post("/accounts/{id}/links/{linkId}").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> mine().path("linkId", w.mine.link())
				.param("strength", "TRUSTED")
				.param("version", version("relationship_link", w.mine.link())));
		post("/accounts/{id}/links/{linkId}/remove").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> mine().path("linkId", w.freshLink()));
		get("/accounts/{id}/interactions").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> mine().param("page", "0"));
		get("/accounts/{id}/interactions/new").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> mine().param("contactId", w.mine.contact()))
			.foreignIgnored("contactId", "a preselection: another account's contact is not offered");
		post("/accounts/{id}/interactions").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> interactionForm(mine()));
		postHx("/accounts/{id}/interactions").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> interactionForm(mine()));
		get("/accounts/{id}/relationship-map").as(() -> w.manager).refuses(() -> w.otherManager).base((w) -> mine());
	}

	private Base contactForm(Base base) {
		return base.param("name", "Hostile Contact")
			.param("title", "Head of Procurement")
			.param("department", "Purchasing")
			.param("level", "SENIOR_MANAGEMENT")
			.param("buyingRole", "DECISION_MAKER")
			.param("attitude", "NEUTRAL")
			.param("influence", "3")
			.param("reportsToId", this.w.mine.contact())
			.param("email", "buyer@customer.example")
			.param("phone", "+31 20 555 0100")
			.param("leftCompany", "false")
			.param("politicalNotes", "Careful with budget talk");
	}

	private Base interactionForm(Base base) {
		return base.param("occurredOn", this.w.today.minusDays(1))
			.param("kind", "CALL")
			.param("summary", "Discussed the tender")
			.param("nextStep", "Send figures")
			.param("contactIds", this.w.mine.contact())
			.param("userIds", this.w.member.userId());
	}

	// ------------------------------------------------------------ reviews

	private void reviews() {
		get("/accounts/{id}/reviews").as(() -> w.mentor).refuses(() -> w.otherMentor).base((w) -> mine());
		get("/accounts/{id}/reviews/{reviewId}").as(() -> w.mentor)
			.refuses(() -> w.otherMentor)
			.base((w) -> mine().path("reviewId", w.mine.review()));
		post("/accounts/{id}/reviews/new").as(() -> w.mentor)
			.refuses(() -> w.manager)
			.base((w) -> mine().param("reviewedOn", w.today.minusDays(1))
				.param("assessment", "Sponsor is strong")
				.param("recommendations", "Meet purchasing")
				.param("nextReviewOn", w.today.plusDays(60)));
		get("/reviews").as(() -> w.mentor).base((w) -> new Base().param("overdue", "false").param("page", "0"));
	}

	// ------------------------------------------------------------ plan

	private void plans() {
		post("/accounts/{id}/plans").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> new Base().path("id", w.freshAccount())
				.param("title", "Growth plan")
				.param("horizonFrom", w.year)
				.param("years", "3"));
		get("/accounts/{id}/plans/{planId}").as(() -> w.manager).refuses(() -> w.otherManager).base((w) -> plan());
		get("/accounts/{id}/plans/{planId}/edit").as(() -> w.manager).refuses(() -> w.otherManager).base((w) -> plan());
		post("/accounts/{id}/plans/{planId}").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> plan().param("title", "Growth plan")
				.param("horizonFrom", w.year)
				.param("years", "3")
				.param("version", version("plan_plan", w.mine.plan())));
		get("/accounts/{id}/plans/{planId}/objectives/new").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> plan());
		post("/accounts/{id}/plans/{planId}/objectives").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> objectiveForm(plan()));
		get("/accounts/{id}/plans/{planId}/objectives/{objectiveId}/edit").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> plan().path("objectiveId", w.mine.objective()));
		post("/accounts/{id}/plans/{planId}/objectives/{objectiveId}").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> objectiveForm(plan().path("objectiveId", w.mine.objective())).param("version",
					version("plan_objective", w.mine.objective())));
		post("/accounts/{id}/plans/{planId}/objectives/{objectiveId}/delete").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> plan().path("objectiveId", w.freshObjective()));
		get("/accounts/{id}/plans/{planId}/objectives/{objectiveId}/measurements/new").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> plan().path("objectiveId", w.mine.objective()));
		post("/accounts/{id}/plans/{planId}/objectives/{objectiveId}/measurements").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> plan().path("objectiveId", w.mine.objective())
				.param("value", "12.5")
				.param("on", w.today.minusDays(1)));
		get("/accounts/{id}/plans/{planId}/objectives/{objectiveId}/strategies/new").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> plan().path("objectiveId", w.mine.objective()));
		post("/accounts/{id}/plans/{planId}/objectives/{objectiveId}/strategies").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> plan().path("objectiveId", w.mine.objective()).param("text", "Become their 3PL"));
		get("/accounts/{id}/plans/{planId}/strategies/{strategyId}/edit").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> plan().path("strategyId", w.mine.strategy()));
		post("/accounts/{id}/plans/{planId}/strategies/{strategyId}").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> plan().path("strategyId", w.mine.strategy()).param("text", "Win the tender"));
		post("/accounts/{id}/plans/{planId}/strategies/{strategyId}/delete").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> plan().path("strategyId", w.freshStrategy()));
		get("/accounts/{id}/plans/{planId}/strategies/{strategyId}/actions/new").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> plan().path("strategyId", w.mine.strategy()));
		post("/accounts/{id}/plans/{planId}/strategies/{strategyId}/actions").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> actionForm(plan().path("strategyId", w.mine.strategy())));
		get("/accounts/{id}/plans/{planId}/actions/{actionId}/edit").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> plan().path("actionId", w.mine.action()));
		post("/accounts/{id}/plans/{planId}/actions/{actionId}").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> actionForm(plan().path("actionId", w.mine.action())).param("version",
					version("plan_action", w.mine.action())));
		post("/accounts/{id}/plans/{planId}/actions/{actionId}/delete").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> plan().path("actionId", w.freshAction()));
		post("/accounts/{id}/plans/{planId}/actions/{actionId}/status").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> plan().path("actionId", w.mine.action()).param("status", "IN_PROGRESS"));
		post("/accounts/{id}/plans/{planId}/submit").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> fresh(w.freshPlan("DRAFT")));
		post("/accounts/{id}/plans/{planId}/withdraw").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> fresh(w.freshPlan("SUBMITTED")));
		post("/accounts/{id}/plans/{planId}/sign").as(() -> w.member)
			.refuses(() -> w.otherManager)
			.base((w) -> fresh(w.freshPlan("SUBMITTED")));
		post("/accounts/{id}/plans/{planId}/activate").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> fresh(w.freshPlan("AGREED")));
		get("/accounts/{id}/plans/{planId}/override").as(() -> w.director)
			.refuses(() -> w.manager)
			.base((w) -> fresh(w.freshPlan("SUBMITTED")));
		post("/accounts/{id}/plans/{planId}/override").as(() -> w.director)
			.refuses(() -> w.manager)
			.base((w) -> fresh(w.freshPlan("SUBMITTED")).param("text", "Agreed in the steering meeting"));
		get("/accounts/{id}/plans/{planId}/close").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> fresh(w.freshPlan("ACTIVE")));
		post("/accounts/{id}/plans/{planId}/close").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> fresh(w.freshPlan("ACTIVE")).param("text", "Closed after the merger"));
		get("/accounts/{id}/plans/{planId}/compare").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> plan().param("left", "1").param("right", "1"));
		getHx("/accounts/{id}/plans/{planId}/comments").as(() -> w.mentor)
			.refuses(() -> w.otherMentor)
			.base((w) -> plan().param("objectiveId", w.mine.objective()))
			.foreignIgnored("objectiveId", "a filter: another plan's objective has no comments here");
		postHx("/accounts/{id}/plans/{planId}/comments").as(() -> w.mentor)
			.refuses(() -> w.otherMentor)
			.base((w) -> commentForm(plan()));
		post("/accounts/{id}/plans/{planId}/comments").as(() -> w.mentor)
			.refuses(() -> w.otherMentor)
			.base((w) -> commentForm(plan()));
	}

	private void pathOnly() {
		get("/accounts/{id}/plan").as(() -> w.manager).refuses(() -> w.otherManager).base((w) -> mine());
		get("/accounts/{id}/plans").as(() -> w.manager).refuses(() -> w.otherManager).base((w) -> mine());
		get("/accounts/{id}/assessments").as(() -> w.manager).refuses(() -> w.otherManager).base((w) -> mine());
		get("/accounts/{id}/assessments/new").as(() -> w.manager).refuses(() -> w.otherManager).base((w) -> mine());
		get("/accounts/{id}/requirements/new").as(() -> w.manager).refuses(() -> w.otherManager).base((w) -> mine());
		get("/accounts/{id}/vision/edit").as(() -> w.manager).refuses(() -> w.otherManager).base((w) -> mine());
		get("/accounts/{id}/reviews/new").as(() -> w.mentor).refuses(() -> w.otherMentor).base((w) -> mine());
		get("/accounts/{id}/grading").as(() -> w.manager).refuses(() -> w.otherManager).base((w) -> mine());
		get("/accounts/{id}/grading/override").as(() -> w.director)
			.refuses(() -> w.manager)
			.base((w) -> mine())
			.foreignIgnored("id", "a director may override any account's tier");
	}

	private Base fresh(HostileWorld.FreshPlan plan) {
		return new Base().path("id", plan.account()).path("planId", plan.plan());
	}

	private Base objectiveForm(Base base) {
		return base.param("title", "Grow share of wallet")
			.param("metric", "Share of wallet")
			.param("unit", "%")
			.param("baseline", "10")
			.param("target", "30")
			.param("targetOn", java.time.LocalDate.of(this.w.year + 2, 12, 31));
	}

	private Base actionForm(Base base) {
		return base.param("description", "Meet the CFO")
			.param("ownerId", this.w.member.userId())
			.param("dueOn", this.w.today.plusDays(30));
	}

	private Base commentForm(Base base) {
		return base.param("objectiveId", this.w.mine.objective())
			.param("parentId", "")
			.param("body", "Shall we add a target for Q3?")
			.param("error", "");
	}

	// ------------------------------------------------------------ vision

	private void visions() {
		get("/accounts/{id}/vision").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> mine().param("version", "1"));
		post("/accounts/{id}/vision/edit").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> mine().param("statement", "Their partner for the supply chain")
				.param("rationale", "Consolidation")
				.param("basedOn",
						w.jdbc.queryForObject(
								"select coalesce(max(version_no), 0) from vision_version where account_id = ?",
								Integer.class, w.mine.account())));
		post("/accounts/{id}/vision/feedback").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> mine().param("versionNo", "1")
				.param("givenOn", w.today.minusDays(1))
				.param("contactId", w.mine.contact())
				.param("contactName", "")
				.param("reaction", "MIXED")
				.param("notes", "Wants more detail"));
		post("/accounts/{id}/assessments/new").as(() -> w.manager).refuses(() -> w.otherManager).base((w) -> {
			Base base = mine().param("assessedOn", w.today);
			for (org.keyline.vision.AssessmentQuestion q : org.keyline.vision.AssessmentQuestion.values()) {
				base.param("answers[" + q.name() + "]", "Answer to " + q.name());
			}
			return base;
		});
		get("/accounts/{id}/assessments/{assessmentId}").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> mine().path("assessmentId", w.mine.assessment()));
		get("/accounts/{id}/assessments/compare").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> mine().param("left", w.mine.assessment()).param("right", w.mine.assessment2()));
		get("/accounts/{id}/requirements").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> mine().param("status", "RAISED").param("horizon", "PRESENT").param("page", "0"));
		post("/accounts/{id}/requirements/new").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> requirementForm(mine()));
		get("/accounts/{id}/requirements/{requirementId}/edit").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> mine().path("requirementId", w.mine.requirement()));
		post("/accounts/{id}/requirements/{requirementId}/edit").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> requirementForm(mine().path("requirementId", w.mine.requirement())).param("version",
					version("vision_requirement", w.mine.requirement())));
	}

	private Base requirementForm(Base base) {
		return base.param("horizon", "EMERGING")
			.param("title", "Same-day delivery")
			.param("description", "Within Benelux")
			.param("raisedByContactId", this.w.mine.contact())
			.param("raisedOn", this.w.today.minusDays(2))
			.param("representedById", this.w.manager.userId())
			.param("status", "REPRESENTED")
			.param("outcome", "");
	}

	// ------------------------------------------------------------ grading

	private void grading() {
		get("/grading/criteria/{id}/edit").as(() -> w.director)
			.refuses(() -> w.manager)
			.base((w) -> new Base().path("id", w.manualCriterion))
			.foreignIgnored("id", "criteria are the company's, not a user's: a director edits every one");
		post("/grading/criteria/new").as(() -> w.director)
			.refuses(() -> w.manager)
			.base((w) -> criterionForm(new Base()));
		post("/grading/criteria/{id}/edit").as(() -> w.director)
			.refuses(() -> w.manager)
			.base((w) -> criterionForm(new Base().path("id", w.manualCriterion)).param("version",
					version("grading_criterion", w.manualCriterion)))
			.foreignIgnored("id", "criteria are the company's, not a user's: a director edits every one");
		post("/grading/criteria/{id}/retire").as(() -> w.director)
			.refuses(() -> w.manager)
			.base((w) -> new Base().path("id", w.freshCriterion()))
			.foreignIgnored("id", "criteria are the company's, not a user's: a director retires every one");
		get("/grading/tiers").as(() -> w.director).refuses(() -> w.manager).base((w) -> new Base().param("preset", ""));
		post("/grading/tiers").as(() -> w.director).refuses(() -> w.manager).base((w) -> tiersForm(new Base()));
		post("/accounts/{id}/grading/scores").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> mine().param("criterionId", w.scoreCriterion).param("level", "4"))
			.foreignIgnored("criterionId", "criteria are the company's: every account is scored on each");
		get("/key-accounts").as(() -> w.manager).base((w) -> new Base().param("tier", "1").param("page", "0"));
		post("/accounts/{id}/grading/override").as(() -> w.director)
			.refuses(() -> w.manager)
			.base((w) -> mine().param("tierPosition", "1")
				.param("reason", "Strategic for the group")
				.param("expiresOn", w.today.plusDays(90)))
			.foreignIgnored("id", "a director may override any account's tier");
		post("/accounts/{id}/grading/override/end").as(() -> w.director)
			.refuses(() -> w.manager)
			.base((w) -> new Base().path("id", w.freshOverriddenAccount()))
			.foreignIgnored("id", "a director may end any account's override");
	}

	private Base criterionForm(Base base) {
		return base.param("name", "Hostile criterion " + System.nanoTime())
			.param("description", "How much they buy")
			.param("weight", "2")
			.param("kind", "DERIVED")
			.param("metric", "REVENUE")
			.param("bands[0].lowerBound", "0")
			.param("bands[0].score", "1")
			.param("bands[1].lowerBound", "1000000")
			.param("bands[1].score", "5")
			.param("guidance1", "Small")
			.param("guidance2", "")
			.param("guidance3", "")
			.param("guidance4", "")
			.param("guidance5", "Large");
	}

	private Base tiersForm(Base base) {
		org.keyline.grading.GradingScheme scheme = this.w.grading.scheme();
		int i = 0;
		for (org.keyline.grading.GradingScheme.Tier tier : scheme.tiers()) {
			base.param("tiers[" + i + "].name", tier.name())
				.param("tiers[" + i + "].threshold", tier.threshold())
				.param("tiers[" + i + "].reviewCadenceDays", tier.reviewCadenceDays())
				.param("tiers[" + i + "].sponsorRequired", tier.sponsorRequired())
				.param("tiers[" + i + "].agreedPlanRequired", tier.agreedPlanRequired())
				.param("tiers[" + i + "].interactionTargetDays", tier.interactionTargetDays());
			i++;
		}
		return base.param("version", scheme.version());
	}

	// ------------------------------------------------------------ reading pages with
	// parameters

	private void reading() {
		get("/audit").as(() -> w.director)
			.refuses(() -> w.manager)
			.base((w) -> new Base().param("actor", w.manager.username())
				.param("kind", "ACCOUNT")
				.param("account", w.mine.account())
				.param("from", w.today.minusDays(30))
				.param("to", w.today)
				.param("page", "0"))
			.foreignIgnored("account", "a director sees every account's history");
		get("/accounts/{id}/history").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> mine().param("kind", "CONTACT").param("record", w.mine.contact()).param("page", "0"));
		get("/admin/users/{id}/history").as(() -> w.admin)
			.refuses(() -> w.manager)
			.base((w) -> new Base().path("id", w.manager.userId()).param("page", "0"))
			.foreignIgnored("id", "an admin sees every user's history");
		get("/grading/history").as(() -> w.manager).base((w) -> new Base().param("page", "0"));
		get("/search").as(() -> w.manager)
			.base((w) -> new Base().param("q", "Ada").param("kind", "CONTACT").param("page", "0"));
		get("/portfolio").as(() -> w.director)
			.refuses(() -> w.manager)
			.base((w) -> portfolioFilter(new Base()))
			.foreignIgnored("owner", "a director sees every owner's accounts");
		get("/portfolio/{table}.csv").as(() -> w.director)
			.refuses(() -> w.manager)
			.base((w) -> portfolioFilter(new Base().path("table", "tiers")))
			.foreignIgnored("owner", "a director sees every owner's accounts");
		get("/accounts/{id}/brief").as(() -> w.manager).refuses(() -> w.otherManager).base((w) -> mine());
		get("/accounts/{id}/brief.pdf").as(() -> w.manager).refuses(() -> w.otherManager).base((w) -> mine());
		get("/login").as(() -> null).base((w) -> new Base().param("error", ""));
	}

	private Base portfolioFilter(Base base) {
		return base.param("owner", this.w.manager.userId())
			.param("region", "WESTERN_EUROPE")
			.param("industry", "MANUFACTURING")
			.param("tier", "1");
	}

	// ------------------------------------------------------------ people

	private void people() {
		get("/admin/users").as(() -> w.admin).refuses(() -> w.director).base((w) -> userList(new Base()));
		getHx("/admin/users").as(() -> w.admin).refuses(() -> w.director).base((w) -> userList(new Base()));
		post("/admin/users").as(() -> w.admin)
			.refuses(() -> w.director)
			.base((w) -> new Base().param("username", org.keyline.people.Users.uniqueUsername("hnew"))
				.param("displayName", "New Person")
				.param("email", "new.person@keyline.example")
				.param("password", "Harbour-lantern-47")
				.param("passwordConfirmation", "Harbour-lantern-47")
				.param("roles", "MEMBER"));
		get("/admin/users/{id}").as(() -> w.admin)
			.refuses(() -> w.director)
			.base((w) -> new Base().path("id", w.plainUser.userId()))
			.foreignIgnored("id", "an admin manages every user");
		post("/admin/users/{id}").as(() -> w.admin)
			.refuses(() -> w.director)
			.base((w) -> new Base().path("id", w.plainUser.userId())
				.param("displayName", "Plain User")
				.param("email", "plain@keyline.example")
				.param("roles", "MEMBER")
				.param("version", version("people_user", w.plainUser.userId())))
			.foreignIgnored("id", "an admin manages every user");
		post("/admin/users/{id}/disable").as(() -> w.admin)
			.refuses(() -> w.director)
			.base((w) -> new Base().path("id", w.freshUser()))
			.foreignIgnored("id", "an admin manages every user");
		post("/admin/users/{id}/enable").as(() -> w.admin)
			.refuses(() -> w.director)
			.base((w) -> new Base().path("id", w.freshDisabledUser()))
			.foreignIgnored("id", "an admin manages every user");
		post("/admin/users/{id}/password").as(() -> w.admin)
			.refuses(() -> w.director)
			.base((w) -> new Base().path("id", w.freshUser())
				.param("password", "Copper-kettle-9931")
				.param("passwordConfirmation", "Copper-kettle-9931"))
			.foreignIgnored("id", "an admin manages every user");
		post("/me/password").as(() -> w.freshPasswordChanger())
			.base((w) -> new Base().param("currentPassword", org.keyline.people.Users.GOOD_PASSWORD)
				.param("newPassword", "Copper-kettle-9931")
				.param("newPasswordConfirmation", "Copper-kettle-9931"));
		Endpoint login = post("/login").as(() -> null)
			.base((w) -> new Base().param("username", w.plainUser.username())
				.param("password", org.keyline.people.Users.GOOD_PASSWORD));
		login.refusalMayWrite = true;
	}

	// ------------------------------------------------------------ import and export

	private void dataInAndOut() {
		get("/accounts/import").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> new Base().param("kind", "CONTACTS").param("account", w.mine.account()));
		post("/accounts/import").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.file("file", HostileWorld::contactsFile)
			.base((w) -> new Base().param("kind", "CONTACTS")
				.param("file", "Upload " + Long.toString(System.nanoTime(), 36))
				.param("ownerId", "")
				.param("accountId", w.mine.account()))
			.foreignIgnored("ownerId", "contacts belong to the account they are imported into; no owner is chosen");
		get("/accounts/import/{id}").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.foreign("id", (w) -> w.theirUpload)
			.base((w) -> upload());
		get("/accounts/import/{id}/failures.csv").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.foreign("id", (w) -> w.theirUpload)
			.base((w) -> upload());
		post("/accounts/import/{id}/mapping").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.foreign("id", (w) -> w.theirUpload)
			.base((w) -> upload().param("columns[0]", "FIRST_NAME")
				.param("columns[1]", "LAST_NAME")
				.param("columns[2]", "EMAIL")
				.param("defaultIndustry", "")
				.param("defaultCountry", ""));
		post("/accounts/import/{id}").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.foreign("id", (w) -> w.theirUpload)
			.base((w) -> upload().param("duplicates", "SKIP")
				.param("skipFailing", "false")
				.param("seenFailing", "0")
				.param("seenDuplicates", "0"));
		post("/accounts/import/{id}/cancel").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.foreign("id", (w) -> w.theirUpload)
			.base((w) -> upload().param("account", w.mine.account()))
			.foreignIgnored("account", "only where the page goes afterwards; that page checks who may see it");
		get("/accounts/contacts.csv").as(() -> w.manager)
			.base((w) -> listParams(new Base()))
			.foreignIgnored("owner", "a filter: another manager's accounts are simply not in the file");
		get("/accounts/interactions.csv").as(() -> w.manager)
			.base((w) -> listParams(new Base()))
			.foreignIgnored("owner", "a filter: another manager's accounts are simply not in the file");
		get("/accounts/plans.csv").as(() -> w.manager)
			.base((w) -> listParams(new Base()))
			.foreignIgnored("owner", "a filter: another manager's accounts are simply not in the file");
		get("/accounts/{id}/contacts.csv").as(() -> w.manager).refuses(() -> w.otherManager).base((w) -> mine());
		get("/accounts/{id}/interactions.csv").as(() -> w.manager).refuses(() -> w.otherManager).base((w) -> mine());
		get("/accounts/{id}/plans.csv").as(() -> w.manager).refuses(() -> w.otherManager).base((w) -> mine());
		get("/accounts/{id}/plans/{planId}/export.csv").as(() -> w.manager)
			.refuses(() -> w.otherManager)
			.base((w) -> plan());
	}

	/** A fresh upload of the acting manager: importing or dropping one ends it. */
	private Base upload() {
		return new Base().path("id", this.w.freshUpload());
	}

	private Base userList(Base base) {
		return base.param("q", "h").param("page", "0").param("sort", "username").param("dir", "asc");
	}

}
