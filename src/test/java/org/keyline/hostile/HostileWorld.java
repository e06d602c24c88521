package org.keyline.hostile;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.keyline.account.AccountManagement;
import org.keyline.account.Accounts;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;
import org.keyline.dataio.importing.CsvImports;
import org.keyline.dataio.importing.ImportKind;
import org.keyline.grading.CriterionInput;
import org.keyline.grading.CriterionKind;
import org.keyline.grading.GradingManagement;
import org.keyline.grading.GradingScheme;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.plan.ActionInput;
import org.keyline.plan.ObjectiveInput;
import org.keyline.plan.PlanComments;
import org.keyline.plan.PlanManagement;
import org.keyline.relationship.Attitude;
import org.keyline.relationship.BuyingRole;
import org.keyline.relationship.ContactInput;
import org.keyline.relationship.ContactLevel;
import org.keyline.relationship.ContactManagement;
import org.keyline.relationship.InteractionKind;
import org.keyline.relationship.InteractionLog;
import org.keyline.relationship.LinkManagement;
import org.keyline.relationship.LinkStrength;
import org.keyline.relationship.NewInteraction;
import org.keyline.review.NewReview;
import org.keyline.review.StrategyReviews;
import org.keyline.vision.AssessmentInput;
import org.keyline.vision.AssessmentQuestion;
import org.keyline.vision.Assessments;
import org.keyline.vision.ClientRequirements;
import org.keyline.vision.FeedbackInput;
import org.keyline.vision.Reaction;
import org.keyline.vision.RequirementHorizon;
import org.keyline.vision.RequirementInput;
import org.keyline.vision.RequirementStatus;
import org.keyline.vision.VisionManagement;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The objects the hostile requests aim at: one account of the acting manager with every
 * part filled (contacts, an influence, a link, an interaction, economics, a team member,
 * a mentor, a plan with an objective, a strategy, an action and a comment, a vision with
 * feedback, two assessments, a requirement, a strategy review, an override), and the same
 * parts on another manager's account, whose ids the hostile requests type into the URL
 * and into the forms. Fresh objects for requests that destroy or move on what they name
 * are made on demand.
 */
final class HostileWorld {

	/**
	 * In the name of every object of the other manager: a page that shows it to the
	 * acting manager leaks.
	 */
	static final String CANARY = "Canary";

	final AccountManagement accounts;

	final ContactManagement contacts;

	final LinkManagement links;

	final InteractionLog interactions;

	final PlanManagement plans;

	final PlanComments comments;

	final VisionManagement visions;

	final Assessments assessments;

	final ClientRequirements requirements;

	final StrategyReviews reviews;

	final GradingManagement grading;

	final TestUsers users;

	final JdbcTemplate jdbc;

	final LocalDate today = LocalDate.now();

	final int year = this.today.getYear();

	Viewer director;

	Viewer manager;

	Viewer otherManager;

	Viewer member;

	Viewer mentor;

	Viewer otherMentor;

	Viewer admin;

	Viewer plainUser;

	/** The acting manager's account and its parts. */
	Parts mine;

	/**
	 * Another manager's account and its parts: never to be touched by the acting manager.
	 */
	Parts theirs;

	/**
	 * Set by the suite before {@link #build()}: keeps uploaded files for their preview.
	 */
	CsvImports imports;

	/** A file of contacts the other manager uploaded for their account. */
	UUID theirUpload;

	long manualCriterion;

	/**
	 * Scored by hand on the account; not edited by the hostile requests to the criteria
	 * pages.
	 */
	long scoreCriterion;

	HostileWorld(AccountManagement accounts, ContactManagement contacts, LinkManagement links,
			InteractionLog interactions, PlanManagement plans, PlanComments comments, VisionManagement visions,
			Assessments assessments, ClientRequirements requirements, StrategyReviews reviews,
			GradingManagement grading, TestUsers users, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.contacts = contacts;
		this.links = links;
		this.interactions = interactions;
		this.plans = plans;
		this.comments = comments;
		this.visions = visions;
		this.assessments = assessments;
		this.requirements = requirements;
		this.reviews = reviews;
		this.grading = grading;
		this.users = users;
		this.jdbc = jdbc;
	}

	record Parts(long account, long contact, long contact2, long influence, long link, long interaction,
			long teamMember, long plan, long objective, long strategy, long action, long comment, long assessment,
			long assessment2, long requirement, long review, int economicsYear) {
	}

	HostileWorld build() {
		this.director = Accounts.aViewer(this.users, "hdir", Role.DIRECTOR);
		this.manager = Accounts.aViewer(this.users, "hman", Role.MANAGER);
		this.otherManager = Accounts.aViewer(this.users, "hoth", Role.MANAGER);
		this.member = Accounts.aViewer(this.users, "hmem", Role.MEMBER);
		this.mentor = Accounts.aViewer(this.users, "hment", Role.MENTOR);
		this.otherMentor = Accounts.aViewer(this.users, "homent", Role.MENTOR);
		this.admin = Accounts.aViewer(this.users, "hadm", Role.ADMIN);
		this.plainUser = Accounts.aViewer(this.users, "huser", Role.MEMBER);
		this.mine = parts("Hostile Home", this.manager, this.member, this.mentor);
		this.theirs = parts(CANARY, this.otherManager, Accounts.aViewer(this.users, "homem", Role.MEMBER),
				this.otherMentor);
		this.theirUpload = this.imports.upload(ImportKind.CONTACTS, "contacts.csv",
				contactsFile("Canary Upload").getBytes(StandardCharsets.UTF_8), null, this.theirs.account(),
				this.otherManager);
		this.manualCriterion = manualCriterion();
		this.scoreCriterion = manualCriterion();
		this.grading.setOverride(this.mine.account(), 1, "Hostile suite: strategic customer", this.today.plusDays(90),
				this.director);
		return this;
	}

	private Parts parts(String name, Viewer owner, Viewer member, Viewer mentor) {
		long account = this.accounts.create(Accounts.aProfile(Accounts.uniqueName(name)), null, owner);
		this.accounts.addTeamMember(account, member.userId(), TeamRole.ACCOUNT_SUPPORT, null, this.today.minusDays(30),
				null, this.director);
		long teamMember = this.jdbc.queryForObject(
				"select id from account_team_member where account_id = ? and user_id = ?", Long.class, account,
				member.userId());
		this.accounts.assignMentor(account, mentor.userId(), this.director);
		this.accounts.recordEconomics(account, this.year - 1, new BigDecimal("1000000"), new BigDecimal("700000"),
				new BigDecimal("3000000"), null, owner);
		long contact = this.contacts.create(account, aContact(name + " Ada", null), owner);
		long contact2 = this.contacts.create(account, aContact(name + " Grace", contact), owner);
		this.contacts.addInfluence(account, contact, contact2, "Old friends", owner);
		long influence = this.jdbc.queryForObject(
				"select max(id) from relationship_influence where from_contact_id = ?", Long.class, contact);
		long link = this.links.add(account, member.userId(), contact, LinkStrength.ACQUAINTED, owner);
		long interaction = this.interactions.log(account, new NewInteraction(this.today.minusDays(2),
				InteractionKind.MEETING, "Kick-off", "Send the proposal", Set.of(contact), Set.of(member.userId())),
				owner);
		long plan = this.plans.start(account, "Growth plan", this.year, 3, owner);
		long objective = this.plans.addObjective(account, plan, new ObjectiveInput("Grow share of wallet",
				"Share of wallet", "%", new BigDecimal(10), new BigDecimal(30), LocalDate.of(this.year + 2, 12, 31)),
				owner);
		long strategy = this.plans.addStrategy(account, plan, objective, "Win the logistics tender", owner);
		long action = this.plans.addAction(account, plan, strategy,
				new ActionInput("Meet the CFO", member.userId(), this.today.plusDays(20)), owner);
		long comment = this.comments.add(account, plan, null, null, "Looks good to me", owner);
		this.visions.save(account, "Their partner for the whole supply chain", "They consolidate suppliers", 0, owner);
		this.visions.addFeedback(account,
				new FeedbackInput(1, this.today.minusDays(1), contact, null, Reaction.POSITIVE, "Liked it"), owner);
		long assessment = this.assessments.record(account, anAssessment(this.today.minusDays(40)), owner);
		long assessment2 = this.assessments.record(account, anAssessment(this.today.minusDays(5)), owner);
		long requirement = this.requirements.create(account,
				new RequirementInput(RequirementHorizon.PRESENT, "Same-day delivery", "Within Benelux", contact,
						this.today.minusDays(3), null, RequirementStatus.RAISED, null),
				owner);
		long review = this.reviews.record(account,
				new NewReview(this.today.minusDays(4), "Strong sponsor", "Meet purchasing", this.today.plusDays(80)),
				mentor);
		return new Parts(account, contact, contact2, influence, link, interaction, teamMember, plan, objective,
				strategy, action, comment, assessment, assessment2, requirement, review, this.year - 1);
	}

	static ContactInput aContact(String name, Long reportsTo) {
		return new ContactInput(name, "Director", "Finance", ContactLevel.EXECUTIVE, BuyingRole.DECISION_MAKER,
				Attitude.SUPPORTER, 4, reportsTo, "ada@customer.example", "+31 20 123 4567", false, "Likes detail");
	}

	static AssessmentInput anAssessment(LocalDate on) {
		Map<AssessmentQuestion, String> answers = new EnumMap<>(AssessmentQuestion.class);
		for (AssessmentQuestion q : AssessmentQuestion.values()) {
			answers.put(q, "Answer to " + q.name());
		}
		return new AssessmentInput(on, answers);
	}

	private static final Map<Integer, String> GUIDANCE = Map.of(1, "None", 2, "Some", 3, "Regular", 4, "Close", 5,
			"Board level");

	/** A criterion scored by hand, added for this suite (retired again when it ends). */
	private long manualCriterion() {
		return this.grading.addCriterion(new CriterionInput("Hostile suite: executive access", "Scored by hand",
				new BigDecimal("1"), CriterionKind.MANUAL, null, List.of(), GUIDANCE), this.director);
	}

	/** A fresh derived criterion, for a request that retires it. */
	long freshCriterion() {
		return this.grading.addCriterion(new CriterionInput("Hostile retire " + System.nanoTime(), "To retire",
				new BigDecimal("1"), CriterionKind.MANUAL, null, List.of(), GUIDANCE), this.director);
	}

	// ------------------------------------------------------------ fresh objects

	long freshObjective() {
		return this.plans.addObjective(this.mine.account(), this.mine.plan(), new ObjectiveInput("To delete", "Revenue",
				"EUR", new BigDecimal(1), new BigDecimal(2), LocalDate.of(this.year + 1, 12, 31)), this.manager);
	}

	long freshStrategy() {
		return this.plans.addStrategy(this.mine.account(), this.mine.plan(), this.mine.objective(), "To delete",
				this.manager);
	}

	long freshAction() {
		return this.plans.addAction(this.mine.account(), this.mine.plan(), this.mine.strategy(),
				new ActionInput("To delete", this.member.userId(), this.today.plusDays(5)), this.manager);
	}

	long freshInfluence() {
		long to = freshContact();
		this.contacts.addInfluence(this.mine.account(), this.mine.contact2(), to, "To remove", this.manager);
		return this.jdbc.queryForObject(
				"select id from relationship_influence where from_contact_id = ? and to_contact_id = ?", Long.class,
				this.mine.contact2(), to);
	}

	long freshLink() {
		Viewer joiner = Accounts.aViewer(this.users, "hjoin", Role.MEMBER);
		this.accounts.addTeamMember(this.mine.account(), joiner.userId(), TeamRole.ACCOUNT_SUPPORT, null,
				this.today.minusDays(1), null, this.manager);
		return this.links.add(this.mine.account(), joiner.userId(), this.mine.contact(), LinkStrength.TRUSTED,
				this.manager);
	}

	long freshTeamMember() {
		Viewer joiner = Accounts.aViewer(this.users, "hjoin", Role.MEMBER);
		this.accounts.addTeamMember(this.mine.account(), joiner.userId(), TeamRole.ACCOUNT_SUPPORT, null,
				this.today.minusDays(1), null, this.manager);
		return this.jdbc.queryForObject("select id from account_team_member where account_id = ? and user_id = ?",
				Long.class, this.mine.account(), joiner.userId());
	}

	long freshMentor() {
		Viewer mentor = Accounts.aViewer(this.users, "hmnt", Role.MENTOR);
		this.accounts.assignMentor(this.mine.account(), mentor.userId(), this.director);
		return mentor.userId();
	}

	long freshUser() {
		return Accounts.aViewer(this.users, "htarget", Role.MEMBER).userId();
	}

	long freshDisabledUser() {
		long id = freshUser();
		this.jdbc.update("update people_user set enabled = false where id = ?", id);
		return id;
	}

	/**
	 * A file of contacts for the acting manager's account in HubSpot's shape, with this
	 * value as a last name: the value is put in as it is, unquoted.
	 */
	static String contactsFile(String lastName) {
		String run = Long.toString(System.nanoTime(), 36);
		return "First Name,Last Name,Email\nAnn," + lastName + ",ann." + run + "@hostile.example\n";
	}

	/** An upload of the acting manager, waiting for its preview, with this last name. */
	UUID upload(String lastName) {
		return this.imports.upload(ImportKind.CONTACTS, "contacts.csv",
				contactsFile(lastName).getBytes(StandardCharsets.UTF_8), null, this.mine.account(), this.manager);
	}

	UUID freshUpload() {
		return upload("Upload " + Long.toString(System.nanoTime(), 36));
	}

	long freshAccount() {
		return this.accounts.create(Accounts.aProfile(), null, this.manager);
	}

	long freshArchivedAccount() {
		long id = freshAccount();
		this.accounts.archive(id, this.manager);
		return id;
	}

	/**
	 * A fresh account of the acting manager with a plan in this state, and its team
	 * member.
	 */
	FreshPlan freshPlan(String state) {
		Viewer signer = this.member;
		long account = freshAccount();
		this.accounts.addTeamMember(account, signer.userId(), TeamRole.ACCOUNT_SUPPORT, null, this.today.minusDays(3),
				null, this.manager);
		long plan = this.plans.start(account, "Plan", this.year, 3, this.manager);
		long objective = this.plans.addObjective(account, plan, new ObjectiveInput("Grow", "Revenue", "EUR",
				new BigDecimal(1), new BigDecimal(2), LocalDate.of(this.year + 1, 12, 31)), this.manager);
		this.plans.addStrategy(account, plan, objective, "Win", this.manager);
		if (!state.equals("DRAFT")) {
			this.plans.submit(account, plan, this.manager);
		}
		if (state.equals("AGREED") || state.equals("ACTIVE")) {
			this.plans.overrideAgreement(account, plan, "Agreed in the steering meeting", this.director);
		}
		if (state.equals("ACTIVE")) {
			this.plans.activate(account, plan, this.manager);
		}
		return new FreshPlan(account, plan, signer);
	}

	record FreshPlan(long account, long plan, Viewer signer) {
	}

	/** A mentor not yet assigned to the acting manager's account. */
	long freshMentorCandidate() {
		return Accounts.aViewer(this.users, "hmnt", Role.MENTOR).userId();
	}

	/** A contact of the acting manager's account that nothing points at yet. */
	long freshContact() {
		return this.contacts.create(this.mine.account(), aContact("Fresh Contact", null), this.manager);
	}

	long freshOverriddenAccount() {
		long id = freshAccount();
		this.grading.setOverride(id, 1, "Hostile suite: to end", this.today.plusDays(90), this.director);
		return id;
	}

	/** A user whose own password a request changes. */
	Viewer freshPasswordChanger() {
		return Accounts.aViewer(this.users, "hpwd", Role.MEMBER);
	}

	/** The grading scheme as it was, to put back when the suite ends. */
	GradingScheme scheme() {
		return this.grading.scheme();
	}

}
