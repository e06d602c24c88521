package org.keyline.relationship.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.keyline.relationship.Attitude;
import org.keyline.relationship.BuyingRole;
import org.keyline.relationship.ContactLevel;
import org.keyline.relationship.InteractionKind;
import org.keyline.relationship.LinkStrength;
import org.keyline.relationship.demo.DemoFunctions.Function;

/**
 * One demo account's side of the relationship: its organisation (a reports-to tree under
 * one chief executive), informal influence, who on the account's current team knows whom,
 * and a year of interactions. A {@link Scenario} says which coverage findings the account
 * shows, so that every finding appears on some demo accounts and not on others.
 *
 * <p>
 * Contacts are referred to by their position in {@link #people}: ids are given when the
 * organisation is written. A contact's manager always comes before them.
 */
final class DemoOrganisation {

	/**
	 * The demo account ({@code manager} owns it, {@code member} is on its team) whose
	 * relationships tell a story: a decision maker nobody knows, a link going cold, an
	 * opponent who decides.
	 */
	static final String STORY_ACCOUNT = "Nordhafen Logistics AG";

	/** How many days ago the story's cold link was last used. */
	static final int STORY_COLD_DAYS = 120;

	/** The account as the seeder reads it. */
	record Account(long id, String name, String industry, String country, String website, String relationship) {
	}

	/** A current member of the account team. */
	record TeamMember(long userId, String username) {
	}

	/**
	 * Which coverage findings the account shows: decision makers or influencers without a
	 * working link; contacts only one of our people knows; links going cold; a level of
	 * the organisation we do not reach; sceptics or opponents in decision roles.
	 */
	record Scenario(boolean uncovered, boolean singleThreaded, boolean cold, boolean levelGap, boolean against) {

		static final Scenario WELL_COVERED = new Scenario(false, false, false, false, false);

		/**
		 * A level we do not reach leaves the decisive people there without a working
		 * link.
		 */
		Scenario {
			uncovered = uncovered || levelGap;
		}

	}

	static final class Person {

		String first;

		String last;

		String title;

		String department;

		ContactLevel level;

		Function function;

		BuyingRole role = BuyingRole.USER;

		Attitude attitude = Attitude.NEUTRAL;

		int influence;

		int reportsTo = -1;

		int reports;

		String email;

		String phone;

		boolean left;

		String notes;

		String name() {
			return this.first + " " + this.last;
		}

		boolean decisive() {
			return !this.left && this.role.decisive();
		}

	}

	record Influence(int from, int to, String note) {
	}

	static final class Tie {

		final long userId;

		final int contact;

		LinkStrength strength;

		/** For a link that is going cold: the day it was last used. */
		LocalDate coldOn;

		LocalDate last;

		Tie(long userId, int contact, LinkStrength strength) {
			this.userId = userId;
			this.contact = contact;
			this.strength = strength;
		}

	}

	record Meeting(LocalDate on, InteractionKind kind, String summary, String nextStep, String createdBy,
			int[] contacts, long[] users) {
	}

	private static final Attitude[] ATTITUDES = Attitude.values();

	private static final int[] ATTITUDE_WEIGHTS = { 10, 30, 35, 17, 8 };

	private static final LinkStrength[] STRENGTHS = { LinkStrength.ACQUAINTED, LinkStrength.WORKING,
			LinkStrength.TRUSTED, LinkStrength.ADVOCATE };

	private static final int[] STRENGTH_WEIGHTS = { 30, 35, 25, 10 };

	private static final InteractionKind[] KINDS = { InteractionKind.MEETING, InteractionKind.CALL,
			InteractionKind.EMAIL, InteractionKind.VISIT };

	private static final int[] KIND_WEIGHTS = { 30, 30, 30, 10 };

	/** Every link not meant to go cold was used within this many days. */
	private static final int RECENT_DAYS = 75;

	final Account account;

	final List<Person> people = new ArrayList<>();

	final List<Influence> influences = new ArrayList<>();

	final List<Tie> ties = new ArrayList<>();

	final List<Meeting> meetings = new ArrayList<>();

	private final Random random;

	private final LocalDate today;

	private final List<TeamMember> team;

	private final Map<Long, String> usernames = new HashMap<>();

	private final Set<String> names = new HashSet<>();

	private final Set<String> titles = new HashSet<>();

	private final Set<String> firstNames = new HashSet<>();

	private final Set<String> lastNames = new HashSet<>();

	private final Map<Long, Tie> tiesByPair = new HashMap<>();

	/** Decisive people none of us has met. */
	private final Set<Integer> strangers = new HashSet<>();

	private DemoOrganisation(Account account, List<TeamMember> team, Random random, LocalDate today) {
		this.account = account;
		this.team = team;
		this.random = random;
		this.today = today;
		team.forEach((member) -> this.usernames.put(member.userId(), member.username()));
	}

	/**
	 * Generates an account's organisation with {@code size} contacts and about
	 * {@code interactions} interactions over the past year.
	 * @param storyUserId the demo team member ({@code member}) for the story account, or
	 * null
	 */
	static DemoOrganisation generate(Account account, List<TeamMember> team, Scenario scenario, int size,
			int interactions, Long storyUserId, Random random, LocalDate today) {
		DemoOrganisation organisation = new DemoOrganisation(account, team, random, today);
		boolean story = STORY_ACCOUNT.equals(account.name());
		organisation.organise(size, story);
		organisation.assignRoles(scenario, story);
		organisation.describe(story);
		if (!team.isEmpty()) {
			organisation.link(scenario, story, storyUserId);
			organisation.interact(interactions);
		}
		return organisation;
	}

	// The organisation chart

	private void organise(int size, boolean story) {
		DemoPeople.Names names = DemoPeople.of(this.account.country());
		if (story) {
			this.names.addAll(List.of("Katrin Albers", "Matthias Krüger", "Jörg Brandt", "Sabine Lorenz"));
			this.firstNames.addAll(List.of("Katrin", "Matthias", "Jörg", "Sabine"));
			this.lastNames.addAll(List.of("Albers", "Krüger", "Brandt", "Lorenz"));
		}
		int ceo = add(names, ContactLevel.EXECUTIVE, "Chief Executive Officer", "Management Board", null, -1);
		List<Function> functions = new ArrayList<>(DemoFunctions.ALL.subList(3, DemoFunctions.ALL.size()));
		Collections.shuffle(functions, this.random);
		functions.addAll(0, DemoFunctions.ALL.subList(0, 3));
		int executives = (size >= 32) ? 5 : (size >= 20) ? 4 : 3;
		List<Integer> heads = new ArrayList<>();
		int cfo = -1;
		for (Function function : functions.subList(0, executives)) {
			int head = add(names, ContactLevel.EXECUTIVE, function.executive(), function.department(), function, ceo);
			heads.add(head);
			if (function == DemoFunctions.FINANCE) {
				cfo = head;
			}
		}
		int procurement = add(names, ContactLevel.PURCHASING, pick(DemoFunctions.PURCHASING_HEADS), "Procurement", null,
				cfo);
		int buyers = (size >= 30) ? 2 : (size >= 16) ? 1 : 0;
		for (int i = 0; i < buyers; i++) {
			add(names, ContactLevel.PURCHASING, pick(DemoFunctions.BUYERS), "Procurement", null, procurement);
		}
		int remaining = size - this.people.size();
		int seniors = Math.max(1, Math.round(remaining * 0.25f));
		int middles = Math.max(1, Math.round(remaining * 0.28f));
		int technical = Math.min(remaining - seniors - middles, Math.round(remaining * 0.27f));
		int users = remaining - seniors - middles - technical;
		List<Integer> seniorIds = new ArrayList<>();
		for (int i = 0; i < seniors; i++) {
			int head = heads.get(i % heads.size());
			Function function = this.people.get(head).function;
			seniorIds.add(add(names, ContactLevel.SENIOR_MANAGEMENT, title(function.senior()), function.department(),
					function, head));
		}
		List<Integer> middleIds = new ArrayList<>();
		for (int i = 0; i < middles; i++) {
			int senior = seniorIds.get(i % seniorIds.size());
			Function function = this.people.get(senior).function;
			middleIds.add(add(names, ContactLevel.MIDDLE_MANAGEMENT, title(function.middle()), function.department(),
					function, senior));
		}
		List<Integer> technicalManagers = middleIds.stream()
			.filter((id) -> this.people.get(id).function == DemoFunctions.IT
					|| this.people.get(id).function == DemoFunctions.ENGINEERING)
			.toList();
		for (int i = 0; i < technical; i++) {
			int manager = pick(technicalManagers.isEmpty() ? middleIds : technicalManagers);
			Function function = this.people.get(manager).function;
			add(names, ContactLevel.TECHNICAL, title(function.technical()), function.department(), function, manager);
		}
		for (int i = 0; i < users; i++) {
			int manager = pick(middleIds);
			Function function = this.people.get(manager).function;
			add(names, ContactLevel.USER, title(function.users()), function.department(), function, manager);
		}
		if (story) {
			tellStory(names);
		}
	}

	private int add(DemoPeople.Names names, ContactLevel level, String title, String department, Function function,
			int reportsTo) {
		Person person = new Person();
		// Few first or last names twice in one organisation, as long as the lists last.
		for (int attempt = 0;; attempt++) {
			person.first = pickUnused(names.first(), this.firstNames);
			person.last = pickUnused(names.last(), this.lastNames);
			if (this.names.add(person.name()) || attempt > 50) {
				break;
			}
		}
		this.firstNames.add(person.first);
		this.lastNames.add(person.last);
		person.level = level;
		person.title = title;
		person.department = department;
		person.function = function;
		person.reportsTo = reportsTo;
		if (reportsTo >= 0) {
			this.people.get(reportsTo).reports++;
		}
		this.people.add(person);
		return this.people.size() - 1;
	}

	/** A title nobody else in the organisation has yet, if there is one. */
	private String title(List<String> titles) {
		List<String> free = titles.stream().filter((title) -> !this.titles.contains(title)).toList();
		String title = pick(free.isEmpty() ? titles : free);
		this.titles.add(title);
		return title;
	}

	/**
	 * Nordhafen Logistics: the COO is our champion, the CFO decides but nobody knows him,
	 * the CIO argues for a competitor, and the head of network planning has not heard
	 * from us for four months.
	 */
	private void tellStory(DemoPeople.Names names) {
		Person coo = byTitle(DemoFunctions.OPERATIONS.executive());
		rename(coo, "Katrin", "Albers");
		Person cfo = byTitle(DemoFunctions.FINANCE.executive());
		rename(cfo, "Matthias", "Krüger");
		Person cio = byTitle(DemoFunctions.IT.executive());
		rename(cio, "Jörg", "Brandt");
		Person planning = this.people.stream()
			.filter((person) -> person.level == ContactLevel.SENIOR_MANAGEMENT)
			.findFirst()
			.orElseThrow();
		rename(planning, "Sabine", "Lorenz");
		planning.title = "Head of Network Planning";
		planning.department = DemoFunctions.OPERATIONS.department();
		planning.function = DemoFunctions.OPERATIONS;
		this.people.get(planning.reportsTo).reports--;
		planning.reportsTo = this.people.indexOf(coo);
		coo.reports++;
	}

	private static void rename(Person person, String first, String last) {
		person.first = first;
		person.last = last;
	}

	private Person byTitle(String title) {
		return this.people.stream().filter((person) -> title.equals(person.title)).findFirst().orElseThrow();
	}

	// Buying roles and attitudes

	private void assignRoles(Scenario scenario, boolean story) {
		List<Integer> executives = atLevel(ContactLevel.EXECUTIVE);
		List<Integer> seniors = atLevel(ContactLevel.SENIOR_MANAGEMENT);
		List<Integer> candidates = new ArrayList<>(executives.subList(1, executives.size()));
		Collections.shuffle(candidates, this.random);
		if (chance(0.3)) {
			candidates.add(0, executives.get(0));
		}
		if (chance(0.2) && !seniors.isEmpty()) {
			candidates.add(1, pick(seniors));
		}
		int decisionMakers = between(1, 3);
		for (int i = 0; i < decisionMakers; i++) {
			this.people.get(candidates.get(i)).role = BuyingRole.DECISION_MAKER;
		}
		for (int i = 0; i < this.people.size(); i++) {
			Person person = this.people.get(i);
			person.attitude = weighted(ATTITUDES, ATTITUDE_WEIGHTS);
			if (person.role == BuyingRole.DECISION_MAKER) {
				continue;
			}
			person.role = switch (person.level) {
				case EXECUTIVE -> BuyingRole.INFLUENCER;
				case SENIOR_MANAGEMENT -> chance(0.5) ? BuyingRole.INFLUENCER : BuyingRole.USER;
				case MIDDLE_MANAGEMENT ->
					chance(0.12) ? BuyingRole.INFLUENCER : (person.function == DemoFunctions.IT && chance(0.4))
							? BuyingRole.TECHNICAL_EVALUATOR : BuyingRole.USER;
				case TECHNICAL -> chance(0.8) ? BuyingRole.TECHNICAL_EVALUATOR : BuyingRole.USER;
				case USER -> BuyingRole.USER;
				case PURCHASING ->
					(person.reportsTo >= 0 && this.people.get(person.reportsTo).level != ContactLevel.PURCHASING
							|| chance(0.4)) ? BuyingRole.GATEKEEPER : BuyingRole.USER;
			};
		}
		if (chance(0.6)) {
			List<Integer> coaches = new ArrayList<>(atLevel(ContactLevel.MIDDLE_MANAGEMENT));
			coaches.addAll(seniors);
			coaches.removeIf((i) -> this.people.get(i).role.decisive());
			if (!coaches.isEmpty()) {
				Person coach = this.people.get(pick(coaches));
				coach.role = BuyingRole.COACH;
				coach.attitude = Attitude.CHAMPION;
			}
		}
		leaveCompany();
		for (Person person : this.people) {
			person.influence = influence(person);
		}
		if (story) {
			storyRoles();
		}
		else {
			againstUs(scenario.against());
		}
	}

	/** Up to two people, none of them managing anyone or deciding, have left. */
	private void leaveCompany() {
		int leaving = weighted(new Integer[] { 0, 1, 2 }, new int[] { 40, 40, 20 });
		List<Integer> candidates = new ArrayList<>();
		for (int i = 0; i < this.people.size(); i++) {
			Person person = this.people.get(i);
			if (person.reports == 0 && person.level != ContactLevel.EXECUTIVE && !person.role.decisive()
					&& person.role != BuyingRole.COACH && person.role != BuyingRole.GATEKEEPER) {
				candidates.add(i);
			}
		}
		Collections.shuffle(candidates, this.random);
		for (int i = 0; i < Math.min(leaving, candidates.size()); i++) {
			Person person = this.people.get(candidates.get(i));
			person.left = true;
			if (person.attitude.against()) {
				person.attitude = Attitude.NEUTRAL;
			}
		}
	}

	private int influence(Person person) {
		int influence = switch (person.level) {
			case EXECUTIVE -> (person.reportsTo < 0) ? 5 : between(4, 5);
			case SENIOR_MANAGEMENT -> between(3, 4);
			case MIDDLE_MANAGEMENT -> between(2, 3);
			case TECHNICAL -> between(1, 3);
			case USER -> between(1, 2);
			case PURCHASING -> (person.role == BuyingRole.GATEKEEPER) ? 3 : 2;
		};
		if (person.role == BuyingRole.DECISION_MAKER || person.role == BuyingRole.TECHNICAL_EVALUATOR) {
			influence++;
		}
		return Math.min(5, influence);
	}

	/**
	 * With {@code against}, at least one decision maker or influencer is a sceptic or an
	 * opponent; without, none is (others may be).
	 */
	private void againstUs(boolean against) {
		List<Person> decisive = this.people.stream().filter(Person::decisive).toList();
		if (against) {
			if (decisive.stream().noneMatch((person) -> person.attitude.against())) {
				List<Person> deciders = decisive.stream()
					.filter((person) -> person.role == BuyingRole.DECISION_MAKER)
					.toList();
				Person sceptic = pick(chance(0.5) ? deciders : decisive);
				sceptic.attitude = chance(0.6) ? Attitude.SCEPTIC : Attitude.OPPONENT;
			}
		}
		else {
			decisive.stream()
				.filter((person) -> person.attitude.against())
				.forEach((person) -> person.attitude = chance(0.5) ? Attitude.NEUTRAL : Attitude.SUPPORTER);
		}
	}

	private void storyRoles() {
		for (Person person : this.people) {
			if (person.role == BuyingRole.DECISION_MAKER) {
				person.role = BuyingRole.INFLUENCER;
			}
			if (person.decisive() && person.attitude.against()) {
				person.attitude = Attitude.NEUTRAL;
			}
		}
		Person coo = this.people.stream().filter((p) -> "Albers".equals(p.last)).findFirst().orElseThrow();
		coo.role = BuyingRole.DECISION_MAKER;
		coo.attitude = Attitude.CHAMPION;
		coo.influence = 5;
		Person cfo = this.people.stream().filter((p) -> "Krüger".equals(p.last)).findFirst().orElseThrow();
		cfo.role = BuyingRole.DECISION_MAKER;
		cfo.attitude = Attitude.NEUTRAL;
		cfo.influence = 5;
		cfo.notes = "Signs off every contract above EUR 250,000 himself. Nobody on our side has met him yet.";
		Person cio = this.people.stream().filter((p) -> "Brandt".equals(p.last)).findFirst().orElseThrow();
		cio.role = BuyingRole.DECISION_MAKER;
		cio.attitude = Attitude.OPPONENT;
		cio.influence = 4;
		cio.notes = "Ran a Corvane rollout at his previous employer and argues for Corvane in every steering meeting.";
		Person planning = this.people.stream().filter((p) -> "Lorenz".equals(p.last)).findFirst().orElseThrow();
		planning.role = BuyingRole.INFLUENCER;
		planning.attitude = Attitude.SUPPORTER;
		planning.influence = 4;
		planning.notes = "Does not want us to talk to procurement directly.";
		for (Person person : List.of(coo, cfo, cio, planning)) {
			person.left = false;
		}
	}

	// Contact details, political notes, influence lines

	private void describe(boolean story) {
		String domain = DemoPeople.domain(this.account.website(), this.account.name());
		String code = DemoPeople.callingCode(this.account.country());
		int area = between(10, 89);
		for (Person person : this.people) {
			person.email = DemoPeople.mailbox(person.first, person.last) + "@" + domain;
			person.phone = "+" + code + " " + area + " " + between(100, 999) + " " + between(1000, 9999);
		}
		List<Integer> current = current();
		if (!story) {
			int notes = between(1, 3);
			List<Integer> noted = new ArrayList<>(current);
			noted.removeIf((i) -> this.people.get(i).level == ContactLevel.USER);
			Collections.shuffle(noted, this.random);
			for (int i = 0; i < Math.min(notes, noted.size()); i++) {
				Person person = this.people.get(noted.get(i));
				Person other = this.people.get(pickOther(current, noted.get(i)));
				person.notes = pick(DemoTexts.POLITICAL_NOTES).replace("{other}", other.name());
			}
		}
		int lines = between(2, 3 + this.people.size() / 15);
		Set<Long> pairs = new HashSet<>();
		List<Integer> listeners = current.stream()
			.filter((i) -> this.people.get(i).level == ContactLevel.EXECUTIVE
					|| this.people.get(i).level == ContactLevel.SENIOR_MANAGEMENT)
			.toList();
		for (int attempt = 0; attempt < lines * 3 && this.influences.size() < lines; attempt++) {
			int from = pick(listeners);
			int to = pickOther(current, from);
			if (this.people.get(to).influence >= 2 && pairs.add(from * 100_000L + to)) {
				this.influences.add(new Influence(from, to, pick(DemoTexts.INFLUENCE_NOTES)));
			}
		}
	}

	// Links

	private void link(Scenario scenario, boolean story, Long storyUserId) {
		List<Integer> current = current();
		boolean single = scenario.singleThreaded() || this.team.size() < 2;
		ContactLevel gap = scenario.levelGap() ? (chance(0.6) ? ContactLevel.EXECUTIVE : ContactLevel.SENIOR_MANAGEMENT)
				: null;
		Set<Integer> weak = new HashSet<>();
		Set<Integer> unknown = new HashSet<>();
		if (story) {
			unknown.add(indexOf("Krüger"));
		}
		else if (scenario.uncovered()) {
			List<Integer> decisive = current.stream().filter((i) -> this.people.get(i).decisive()).toList();
			int victim = pick(decisive);
			(chance(0.5) ? unknown : weak).add(victim);
		}
		if (gap != null) {
			// Either nobody at that level knows us, or only in passing.
			Set<Integer> notReached = chance(0.5) ? unknown : weak;
			current.stream().filter((i) -> this.people.get(i).level == gap).forEach(notReached::add);
		}
		this.strangers.addAll(unknown);
		// Whom we know: the decisive people first (all of them on a covered
		// account), then others, the influential more likely. The target is a little
		// below the 30-60% we aim at, as reaching every level adds some.
		Set<Integer> linked = new LinkedHashSet<>();
		for (Integer i : current) {
			if (this.people.get(i).decisive() && !unknown.contains(i)
					&& (!scenario.uncovered() || weak.contains(i) || chance(0.8))) {
				linked.add(i);
			}
		}
		int target = Math.round(current.size() * (float) between(0.25, 0.55));
		List<Integer> others = new ArrayList<>(current);
		others.removeAll(linked);
		others.removeAll(unknown);
		Map<Integer, Double> order = new HashMap<>();
		others.forEach((i) -> order.put(i, -this.people.get(i).influence * this.random.nextDouble()));
		others.sort(Comparator.comparing(order::get));
		for (int i = 0; linked.size() < target && i < others.size(); i++) {
			linked.add(others.get(i));
		}
		for (Integer contact : linked) {
			Person person = this.people.get(contact);
			int count = single ? weighted(new Integer[] { 1, 2, 3 }, new int[] { 55, 35, 10 }) : between(2, 3);
			List<TeamMember> members = new ArrayList<>(this.team);
			Collections.shuffle(members, this.random);
			for (int n = 0; n < Math.min(count, members.size()); n++) {
				LinkStrength strength = weighted(STRENGTHS, STRENGTH_WEIGHTS);
				if (n == 0 && person.decisive() && !weak.contains(contact)) {
					LinkStrength least = (scenario.equals(Scenario.WELL_COVERED)
							&& person.role == BuyingRole.DECISION_MAKER) ? LinkStrength.TRUSTED : LinkStrength.WORKING;
					strength = max(strength, least);
				}
				if (n == 0 && person.attitude == Attitude.CHAMPION) {
					strength = max(strength, LinkStrength.WORKING);
				}
				if (person.attitude.against() && strength.compareTo(LinkStrength.WORKING) > 0) {
					strength = LinkStrength.WORKING;
				}
				if (weak.contains(contact)) {
					strength = LinkStrength.ACQUAINTED;
				}
				tie(members.get(n).userId(), contact, strength);
			}
		}
		reachEveryLevel(current, gap, weak, unknown, single);
		if (single && this.ties.size() > 0 && !hasSingleThread()) {
			// One contact only one of us knows: keep their strongest link.
			int contact = pick(this.ties).contact;
			List<Tie> theirs = this.ties.stream()
				.filter((tie) -> tie.contact == contact)
				.sorted(Comparator.comparing((Tie tie) -> tie.strength).reversed())
				.toList();
			theirs.subList(1, theirs.size()).forEach(this::untie);
		}
		if (story) {
			storyLinks(storyUserId);
		}
		else if (scenario.cold() && !this.ties.isEmpty()) {
			List<Tie> candidates = new ArrayList<>(this.ties);
			Collections.shuffle(candidates, this.random);
			int cold = between(1, Math.min(3, candidates.size()));
			for (int i = 0; i < cold; i++) {
				candidates.get(i).coldOn = weekday(this.today.minusDays(between(95, 200)));
			}
		}
	}

	/**
	 * Every level of the organisation has someone with a working link, except the gap's.
	 */
	private void reachEveryLevel(List<Integer> current, ContactLevel gap, Set<Integer> weak, Set<Integer> unknown,
			boolean single) {
		for (ContactLevel level : ContactLevel.values()) {
			if (level == gap) {
				continue;
			}
			List<Integer> atLevel = current.stream()
				.filter((i) -> this.people.get(i).level == level && !weak.contains(i) && !unknown.contains(i))
				.toList();
			if (atLevel.isEmpty() || this.ties.stream()
				.anyMatch((tie) -> this.people.get(tie.contact).level == level && tie.strength.atLeastWorking())) {
				continue;
			}
			int contact = atLevel.stream().max(Comparator.comparingInt((i) -> this.people.get(i).influence)).get();
			Tie existing = this.ties.stream().filter((tie) -> tie.contact == contact).findFirst().orElse(null);
			if (existing != null) {
				existing.strength = LinkStrength.WORKING;
				continue;
			}
			List<TeamMember> members = new ArrayList<>(this.team);
			Collections.shuffle(members, this.random);
			for (int n = 0; n < (single ? 1 : 2); n++) {
				tie(members.get(n).userId(), contact, LinkStrength.WORKING);
			}
		}
	}

	/**
	 * The demo team member knows the head of network planning well, but last spoke to her
	 * four months ago; the COO is a trusted contact; the CFO is unknown to all of us.
	 */
	private void storyLinks(Long storyUserId) {
		long member = (storyUserId != null && this.usernames.containsKey(storyUserId)) ? storyUserId
				: this.team.get(0).userId();
		int planning = indexOf("Lorenz");
		Tie cold = this.tiesByPair.get(pair(member, planning));
		if (cold == null) {
			cold = tie(member, planning, LinkStrength.WORKING);
		}
		cold.strength = LinkStrength.WORKING;
		cold.coldOn = weekday(this.today.minusDays(STORY_COLD_DAYS));
		int coo = indexOf("Albers");
		Tie trusted = this.tiesByPair.get(pair(member, coo));
		if (trusted == null) {
			trusted = tie(member, coo, LinkStrength.TRUSTED);
		}
		trusted.strength = LinkStrength.TRUSTED;
	}

	private boolean hasSingleThread() {
		Map<Integer, Integer> counts = new HashMap<>();
		this.ties.forEach((tie) -> counts.merge(tie.contact, 1, Integer::sum));
		return counts.containsValue(1);
	}

	private Tie tie(long userId, int contact, LinkStrength strength) {
		Tie tie = new Tie(userId, contact, strength);
		this.ties.add(tie);
		this.tiesByPair.put(pair(userId, contact), tie);
		return tie;
	}

	private void untie(Tie tie) {
		this.ties.remove(tie);
		this.tiesByPair.remove(pair(tie.userId, tie.contact));
	}

	private static long pair(long userId, int contact) {
		return userId * 1_000_000L + contact;
	}

	// Interactions

	private void interact(int count) {
		if (this.ties.isEmpty()) {
			return;
		}
		int[] weights = this.ties.stream().mapToInt((tie) -> tie.strength.ordinal() + 1).toArray();
		List<Integer> current = current();
		List<Integer> former = new ArrayList<>();
		for (int i = 0; i < this.people.size(); i++) {
			if (this.people.get(i).left) {
				former.add(i);
			}
		}
		LocalDate yearAgo = this.today.minusDays(364);
		for (int i = 0; i < count; i++) {
			Tie anchor = this.ties.get(weightedIndex(weights));
			LocalDate on;
			if (anchor.coldOn != null) {
				long span = Math.max(0, anchor.coldOn.toEpochDay() - yearAgo.toEpochDay());
				on = weekday(yearAgo.plusDays((long) (this.random.nextDouble() * span)));
			}
			else {
				on = weekday(yearAgo.plusDays(this.random.nextInt(365)));
			}
			Set<Integer> contacts = new LinkedHashSet<>(List.of(anchor.contact));
			Set<Long> users = new LinkedHashSet<>(List.of(anchor.userId));
			int extraContacts = chance(0.35) ? (chance(0.3) ? 2 : 1) : 0;
			for (int n = 0; n < extraContacts; n++) {
				boolean past = !former.isEmpty() && on.isBefore(this.today.minusDays(180)) && chance(0.2);
				int contact = pick(past ? former : current);
				if (!contacts.contains(contact) && !this.strangers.contains(contact)
						&& users.stream().noneMatch((user) -> coldBy(user, contact, on))) {
					contacts.add(contact);
				}
			}
			if (this.team.size() > 1 && chance(0.25)) {
				long user = pick(this.team).userId();
				if (!users.contains(user) && contacts.stream().noneMatch((contact) -> coldBy(user, contact, on))) {
					users.add(user);
				}
			}
			meet(on, contacts, users);
		}
		for (Tie tie : this.ties) {
			if (tie.coldOn != null) {
				meet(tie.coldOn, Set.of(tie.contact), Set.of(tie.userId));
			}
		}
		lastInteractions();
		LocalDate recent = this.today.minusDays(RECENT_DAYS);
		for (Tie tie : this.ties) {
			if (tie.coldOn == null && (tie.last == null || tie.last.isBefore(recent))) {
				LocalDate on = weekday(this.today.minusDays(between(1, 60)));
				meet(on, Set.of(tie.contact), Set.of(tie.userId));
				tie.last = (tie.last == null || on.isAfter(tie.last)) ? on : tie.last;
			}
		}
		this.meetings.sort(Comparator.comparing(Meeting::on));
	}

	/** Whether meeting this contact on this day would warm up a link meant to go cold. */
	private boolean coldBy(long userId, int contact, LocalDate on) {
		Tie tie = this.tiesByPair.get(pair(userId, contact));
		return tie != null && tie.coldOn != null && on.isAfter(tie.coldOn);
	}

	private void lastInteractions() {
		for (Meeting meeting : this.meetings) {
			for (long user : meeting.users()) {
				for (int contact : meeting.contacts()) {
					Tie tie = this.tiesByPair.get(pair(user, contact));
					if (tie != null && (tie.last == null || meeting.on().isAfter(tie.last))) {
						tie.last = meeting.on();
					}
				}
			}
		}
	}

	private void meet(LocalDate on, Set<Integer> contacts, Set<Long> users) {
		InteractionKind kind = weighted(KINDS, KIND_WEIGHTS);
		Person lead = this.people.get(contacts.iterator().next());
		String others = switch (contacts.size()) {
			case 1 -> "";
			case 2 -> " and a colleague";
			default -> " and two colleagues";
		};
		String topic = pick(DemoTexts.TOPICS);
		String summary = fill(pick(DemoTexts.SUMMARIES.get(kind)), lead, others, topic)
			.replace("{reaction}", pick(DemoTexts.REACTIONS))
			.replace("{site}", pick(DemoTexts.SITES));
		String next = chance(0.75) ? fill(pick(DemoTexts.NEXT_STEPS), lead, "", topic) : null;
		this.meetings.add(new Meeting(on, kind, summary, next, this.usernames.get(users.iterator().next()),
				contacts.stream().mapToInt(Integer::intValue).toArray(),
				users.stream().mapToLong(Long::longValue).toArray()));
	}

	private static String fill(String template, Person lead, String others, String topic) {
		return template.replace("{c}", lead.name() + others).replace("{first}", lead.first).replace("{topic}", topic);
	}

	// Helpers

	private List<Integer> current() {
		List<Integer> current = new ArrayList<>();
		for (int i = 0; i < this.people.size(); i++) {
			if (!this.people.get(i).left) {
				current.add(i);
			}
		}
		return current;
	}

	private List<Integer> atLevel(ContactLevel level) {
		List<Integer> found = new ArrayList<>();
		for (int i = 0; i < this.people.size(); i++) {
			if (this.people.get(i).level == level) {
				found.add(i);
			}
		}
		return found;
	}

	private int indexOf(String lastName) {
		for (int i = 0; i < this.people.size(); i++) {
			if (lastName.equals(this.people.get(i).last)) {
				return i;
			}
		}
		throw new IllegalStateException("No " + lastName);
	}

	private int pickOther(List<Integer> among, int not) {
		int other;
		do {
			other = pick(among);
		}
		while (other == not && among.size() > 1);
		return other;
	}

	/** Saturday and Sunday move back to Friday. */
	private static LocalDate weekday(LocalDate day) {
		if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
			return day.minusDays(1);
		}
		if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			return day.minusDays(2);
		}
		return day;
	}

	private static LinkStrength max(LinkStrength a, LinkStrength b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	private boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	private int between(int min, int max) {
		return min + this.random.nextInt(max - min + 1);
	}

	private double between(double min, double max) {
		return min + (max - min) * this.random.nextDouble();
	}

	private String pickUnused(List<String> values, Set<String> used) {
		for (int attempt = 0; attempt < 8; attempt++) {
			String value = pick(values);
			if (!used.contains(value)) {
				return value;
			}
		}
		return pick(values);
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private <T> T weighted(T[] values, int[] weights) {
		return values[weightedIndex(weights)];
	}

	private int weightedIndex(int[] weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int roll = this.random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

}
