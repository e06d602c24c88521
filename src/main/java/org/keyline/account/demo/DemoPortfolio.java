package org.keyline.account.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.keyline.account.AdviceFrequency;
import org.keyline.account.Industry;
import org.keyline.account.LifecycleStage;
import org.keyline.account.Region;
import org.keyline.account.RelationshipLevel;
import org.keyline.account.TeamRole;
import org.keyline.account.demo.DemoAccount.Competitor;
import org.keyline.account.demo.DemoAccount.Member;
import org.keyline.account.demo.DemoAccount.Mentor;
import org.keyline.account.demo.DemoAccount.Year;
import org.keyline.people.UserSummary;

/**
 * Builds a demo portfolio: the curated accounts first, then as many generated ones as
 * asked for, drawn with the same proportions as the curated ones (owned by
 * {@code manager}, with {@code member} on the team, mentored, loss-making, spend unknown
 * or zero, archived, in a group). A fixed seed makes every run the same portfolio, so
 * benchmarks repeat; dates are relative to the clock.
 */
final class DemoPortfolio {

	static final int YEARS = 5;

	/** The curated portfolio has 60 accounts; these are its proportions. */
	private static final double OWNED_BY_MANAGER = 12.0 / 60;

	private static final double WITH_MEMBER = 4.0 / 60;

	private static final double MEMBER_LEFT = 1.0 / 60;

	private static final double MENTORED_BY_MENTOR = 4.0 / 60;

	private static final double MENTORED_BY_OTHERS = 3.0 / 60;

	private static final double LOSS_MAKING = 4.0 / 60;

	private static final double SPEND_UNKNOWN = 5.0 / 60;

	private static final double SPEND_ZERO = 1.0 / 60;

	private static final double ARCHIVED = 2.0 / 60;

	/** One group (parent, subsidiaries, a subsidiary's subsidiary) per ~60 accounts. */
	private static final double GROUP = 1.0 / 60;

	private static final double SPECIALIST = 0.35;

	private static final double SPONSOR = 0.85;

	private static final double DIRECTOR_SPONSOR = 0.6;

	private static final double FORMER_SPONSOR = 0.2;

	private static final double FORMER_MEMBER = 0.2;

	private static final int[] REGION_WEIGHTS = { 18, 7, 15, 25, 10, 8, 7, 10 };

	private static final int[] STAGE_WEIGHTS = { 13, 12, 20, 20, 35 };

	private static final int[] RELATIONSHIP_WEIGHTS = { 10, 25, 30, 22, 13 };

	private static final int[] COMPETITOR_COUNT_WEIGHTS = { 15, 35, 35, 15 };

	private static final Map<LifecycleStage, List<String>> NOTES = Map.of(LifecycleStage.PRE_SALES, List.of(
			"Proposal for {offer} with their {dept} director; so far we only sell to purchasing. Map the decision-making unit before the next meeting.",
			"First workshop went well, but {competitor} is the incumbent. We need a coach inside who explains how they decide.",
			"Small orders through a reseller today. Pitching a direct partnership to the {dept} director next month."),
			LifecycleStage.CONTRACT_NEGOTIATION,
			List.of("Renewal in negotiation; procurement asks for a {pct}% price reduction. Hold the line on scope, not on price.",
					"Legal redlines on liability and exit clauses are with our counsel. Signature expected next quarter.",
					"Negotiating a three-year framework; {competitor} undercut us on day rates."),
			LifecycleStage.IMPLEMENTATION,
			List.of("Rollout at {n} sites in progress, the first one live. Keep the delivery team stable until go-live.",
					"Implementation slightly behind plan because of their data migration; weekly steering with their project sponsor.",
					"Go-live of {offer} planned for next quarter; user training is the bottleneck."),
			LifecycleStage.REVIEW,
			List.of("Annual review due: satisfaction is good in operations, weaker in finance. Prepare the value report.",
					"Service review after last year's incidents; our account support lead is rebuilding trust.",
					"Their new CFO benchmarks every supplier, {competitor} included: show measurable savings at the review."),
			LifecycleStage.EXPLOITATION,
			List.of("Stable, growing business; their {dept} director calls us before every major change. Next step: get into their three-year plan.",
					"Running well and satisfaction is high, but we have few contacts above IT. Find an executive on their side who sponsors us.",
					"Our service is part of their daily operations; {competitor} keeps trying to win the next module."));

	private static final List<Industry> COMPANY_INDUSTRIES = Arrays.stream(Industry.values())
		.filter((industry) -> industry != Industry.PUBLIC_SECTOR)
		.toList();

	private static final List<String> OFFERS = List.of("a managed service", "the analytics platform",
			"field service support", "a data integration project", "the planning suite", "a support extension");

	private static final List<String> DEPARTMENTS = List.of("operations", "IT", "supply-chain", "finance",
			"engineering", "customer service");

	private final DemoCast cast;

	private final Random random;

	private final LocalDate today;

	private final Instant now;

	private final int lastYear;

	private final List<UserSummary> sponsors;

	private final Set<String> names = new HashSet<>();

	private final Set<String> groupRoots = new HashSet<>();

	DemoPortfolio(DemoCast cast, Clock clock, long seed) {
		this.cast = cast;
		this.random = new Random(seed);
		this.now = clock.instant();
		this.today = LocalDate.now(clock);
		this.lastYear = this.today.getYear() - 1;
		this.sponsors = cast.sponsors();
	}

	/**
	 * The curated accounts (the first {@code size} of them if fewer are asked for), then
	 * generated ones up to {@code size}. Parents come before their subsidiaries.
	 */
	List<DemoAccount> build(int size) {
		List<DemoAccount> accounts = new ArrayList<>(Math.max(size, 0));
		Map<String, Integer> curated = new HashMap<>();
		for (CuratedAccounts.Spec spec : CuratedAccounts.ALL) {
			if (accounts.size() >= size) {
				break;
			}
			curated.put(spec.name, accounts.size());
			this.names.add(key(spec.name));
			accounts.add(curated(spec, (spec.parent != null) ? curated.get(spec.parent) : null));
		}
		while (accounts.size() < size) {
			if (chance(GROUP)) {
				addGroup(accounts, size);
			}
			else {
				accounts.add(generated(null, null, null, null));
			}
		}
		return accounts;
	}

	private DemoAccount curated(CuratedAccounts.Spec spec, Integer parent) {
		long owner = this.cast.managerNamed(spec.owner).id();
		List<Year> years = years(spec.revenueThousands * 1000.0 * between(0.995, 1.005), spec.growthPercent,
				spec.marginPercent,
				(spec.shareOfWalletPercent != null) ? spec.shareOfWalletPercent.doubleValue() : null);
		List<Competitor> competitors = new ArrayList<>();
		if (!spec.competitors.isBlank()) {
			for (String competitor : spec.competitors.split(";")) {
				String trimmed = competitor.trim();
				int space = trimmed.lastIndexOf(' ');
				competitors.add(new Competitor(trimmed.substring(0, space),
						new BigDecimal(trimmed.substring(space + 1)).setScale(2)));
			}
		}
		Membership membership = spec.member ? Membership.CURRENT
				: spec.formerMember ? Membership.FORMER : Membership.NONE;
		List<Mentor> mentors = new ArrayList<>();
		if (spec.mentor != null) {
			addMentor(mentors, this.cast.mentorNamed(spec.mentor));
		}
		int[] scores = scores(spec.relationship);
		return new DemoAccount(spec.name, spec.industry, Geography.regionOf(spec.country), spec.country, spec.employees,
				DemoNames.website(spec.name, spec.country), parent, owner, spec.stage, spec.relationship, scores[0],
				scores[1], AdviceFrequency.values()[scores[2]], spec.notes, spec.archived ? archivedAt() : null,
				createdAt(), updatedAt(), years, competitors, team(owner, membership), mentors);
	}

	private void addGroup(List<DemoAccount> accounts, int size) {
		String root = root(true);
		Region region = weighted(Region.values(), REGION_WEIGHTS);
		int head = accounts.size();
		DemoAccount parent = generated(null, root, region, null);
		accounts.add(parent);
		int subsidiaries = 2 + this.random.nextInt(3);
		for (int i = 0; i < subsidiaries && accounts.size() < size; i++) {
			Region subRegion = chance(0.7) ? region : weighted(Region.values(), REGION_WEIGHTS);
			int subsidiary = accounts.size();
			accounts.add(generated(head, root, subRegion, parent.ownerId()));
			if (i == 0 && chance(0.5) && accounts.size() < size) {
				accounts.add(generated(subsidiary, root, subRegion, parent.ownerId()));
			}
		}
	}

	/**
	 * A generated account; in a group when {@code root} is given (the head of the group
	 * when {@code parent} is null).
	 */
	private DemoAccount generated(Integer parent, String root, Region inRegion, Long groupOwner) {
		Region region = (inRegion != null) ? inRegion : weighted(Region.values(), REGION_WEIGHTS);
		String country = pick(Geography.COUNTRIES.get(region));
		// Groups are companies, not public bodies.
		Industry industry = pick((root != null) ? COMPANY_INDUSTRIES : List.of(Industry.values()));
		String name = name((root != null) ? root : root(false), (root != null && parent == null) ? "Group" : null,
				industry, country);
		Integer employees = chance(0.03) ? null : (int) logBetween(150, 90_000);
		double size = (employees != null) ? employees : 2_000;
		double revenue = Math.min(Math.max(size * between(150.0, 700.0), 120_000), 40_000_000) * between(0.6, 1.4);
		double growth = Math.max(-25, Math.min(45, 4 + 9 * this.random.nextGaussian()));
		boolean loss = chance(LOSS_MAKING);
		double margin = loss ? between(-15.0, -1.0) : Math.max(3, Math.min(35, 17 + 6 * this.random.nextGaussian()));
		double spendRoll = this.random.nextDouble();
		Double shareOfWallet = (spendRoll < SPEND_UNKNOWN) ? null
				: (spendRoll < SPEND_UNKNOWN + SPEND_ZERO) ? 0.0 : between(6.0, 55.0);
		LifecycleStage stage = weighted(LifecycleStage.values(), STAGE_WEIGHTS);
		RelationshipLevel relationship = weighted(RelationshipLevel.values(), RELATIONSHIP_WEIGHTS);
		long owner;
		if (groupOwner != null && chance(0.7)) {
			owner = groupOwner;
		}
		else {
			owner = chance(OWNED_BY_MANAGER) ? this.cast.manager.id() : pick(this.cast.otherManagers).id();
		}
		List<Competitor> competitors = competitors(shareOfWallet);
		double membershipRoll = this.random.nextDouble();
		Membership membership = (membershipRoll < WITH_MEMBER) ? Membership.CURRENT
				: (membershipRoll < WITH_MEMBER + MEMBER_LEFT) ? Membership.FORMER : Membership.NONE;
		List<Mentor> mentors = new ArrayList<>();
		double mentorRoll = this.random.nextDouble();
		if (mentorRoll < MENTORED_BY_MENTOR) {
			addMentor(mentors, this.cast.mentor);
		}
		else if (mentorRoll < MENTORED_BY_MENTOR + MENTORED_BY_OTHERS && !this.cast.otherMentors.isEmpty()) {
			addMentor(mentors, pick(this.cast.otherMentors));
		}
		int[] scores = scores(relationship);
		String notes = chance(0.15) ? null
				: note(stage, loss, shareOfWallet, competitors.isEmpty() ? null : competitors.get(0).name());
		return new DemoAccount(name, industry, region, country, employees, DemoNames.website(name, country), parent,
				owner, stage, relationship, scores[0], scores[1], AdviceFrequency.values()[scores[2]], notes,
				chance(ARCHIVED) ? archivedAt() : null, createdAt(), updatedAt(),
				years(revenue, growth, margin, shareOfWallet), competitors, team(owner, membership), mentors);
	}

	/**
	 * Five fiscal years ending last year, derived backwards from the latest year's
	 * revenue, margin and share of wallet (in percent; null for an unknown category
	 * spend, 0 for a zero one: they stopped buying in our category this year).
	 */
	private List<Year> years(double latestRevenue, double growthPercent, double latestMarginPercent,
			Double shareOfWallet) {
		double[] revenue = new double[YEARS];
		double[] margin = new double[YEARS];
		double[] spend = new double[YEARS];
		int last = YEARS - 1;
		revenue[last] = latestRevenue;
		margin[last] = latestMarginPercent;
		// A loss is usually new: the margin was better before. Others drift a little.
		double drift = (latestMarginPercent < 0) ? between(2.0, 4.0) : between(-1.5, 1.5);
		for (int i = last - 1; i >= 0; i--) {
			revenue[i] = revenue[i + 1] / (1 + (growthPercent + 3 * this.random.nextGaussian()) / 100);
			margin[i] = Math.max(-30,
					Math.min(50, latestMarginPercent + (last - i) * drift + 1.5 * this.random.nextGaussian()));
		}
		// Their spend in our category grows with the market; our share of it is at most
		// 80%.
		if (shareOfWallet != null && shareOfWallet > 0) {
			spend[last] = revenue[last] * 100 / shareOfWallet;
			for (int i = last - 1; i >= 0; i--) {
				spend[i] = Math.max(spend[i + 1] / (1 + between(0.01, 0.05)), revenue[i] / 0.8);
			}
		}
		else {
			spend[0] = revenue[0] * 100 / between(15.0, 35.0);
			for (int i = 1; i <= last; i++) {
				spend[i] = Math.max(spend[i - 1] * (1 + between(0.01, 0.05)), revenue[i] / 0.8);
			}
		}
		List<Year> years = new ArrayList<>(YEARS);
		for (int i = 0; i < YEARS; i++) {
			int fiscalYear = this.lastYear - last + i;
			BigDecimal categorySpend;
			if (shareOfWallet == null) {
				categorySpend = null;
			}
			else if (shareOfWallet == 0 && i == last) {
				categorySpend = BigDecimal.ZERO.setScale(2);
			}
			else {
				categorySpend = money(spend[i]);
			}
			Instant recorded = LocalDate.of(fiscalYear + 1, 2, 1)
				.plusDays(this.random.nextInt(45))
				.atTime(9, 0)
				.toInstant(ZoneOffset.UTC);
			years.add(new Year(fiscalYear, money(revenue[i]), money(revenue[i] * (1 - margin[i] / 100)), categorySpend,
					recorded.isAfter(this.now) ? this.now : recorded));
		}
		return years;
	}

	/**
	 * Support and development, sometimes a specialist, mostly one executive sponsor
	 * (sometimes after an earlier one), sometimes a member who has left.
	 */
	private List<Member> team(long owner, Membership demoMember) {
		List<Member> team = new ArrayList<>();
		Set<Long> onTeam = new HashSet<>();
		int demoSlot = (demoMember == Membership.CURRENT && this.cast.member != null) ? this.random.nextInt(2) : -1;
		TeamRole[] core = { TeamRole.ACCOUNT_SUPPORT, TeamRole.ACCOUNT_DEVELOPMENT };
		for (int i = 0; i < core.length; i++) {
			UserSummary user = (i == demoSlot) ? this.cast.member : pickExcept(this.cast.otherMembers, onTeam, owner);
			if (user != null) {
				onTeam.add(user.id());
				team.add(new Member(user.id(), core[i], null, daysAgo(30, 1500), null));
			}
		}
		if (chance(SPECIALIST)) {
			UserSummary user = pickExcept(this.cast.otherMembers, onTeam, owner);
			if (user != null) {
				onTeam.add(user.id());
				team.add(new Member(user.id(), TeamRole.SPECIALIST, pick(DemoNames.SPECIALTIES), daysAgo(30, 1200),
						null));
			}
		}
		if (chance(SPONSOR)) {
			// Mostly a director, so that a manager's own portfolio stays recognisable.
			UserSummary sponsor = chance(DIRECTOR_SPONSOR) ? pickExcept(this.cast.directors, onTeam, owner) : null;
			if (sponsor == null) {
				sponsor = pickExcept(this.sponsors, onTeam, owner);
			}
			if (sponsor != null) {
				onTeam.add(sponsor.id());
				LocalDate joined = daysAgo(60, 1400);
				team.add(new Member(sponsor.id(), TeamRole.EXECUTIVE_SPONSOR, null, joined, null));
				if (chance(FORMER_SPONSOR)) {
					UserSummary earlier = pickExcept(this.sponsors, onTeam, owner);
					if (earlier != null) {
						LocalDate left = joined.minusDays(1);
						team.add(new Member(earlier.id(), TeamRole.EXECUTIVE_SPONSOR, null,
								left.minusDays(between(300, 900)), left));
					}
				}
			}
		}
		UserSummary former = null;
		if (demoMember == Membership.FORMER && this.cast.member != null) {
			former = this.cast.member;
		}
		else if (chance(FORMER_MEMBER)) {
			former = pickExcept(this.cast.otherMembers, onTeam, owner);
		}
		if (former != null) {
			LocalDate joined = daysAgo(800, 1600);
			LocalDate left = joined.plusDays(between(120, 600));
			team.add(new Member(former.id(), chance(0.5) ? TeamRole.ACCOUNT_SUPPORT : TeamRole.ACCOUNT_DEVELOPMENT,
					null, joined, left));
		}
		return team;
	}

	private void addMentor(List<Mentor> mentors, UserSummary mentor) {
		if (mentor != null) {
			mentors.add(new Mentor(mentor.id(), this.now.minus(Duration.ofDays(between(30, 500)))));
		}
	}

	private List<Competitor> competitors(Double shareOfWallet) {
		int count = weighted(new Integer[] { 0, 1, 2, 3 }, COMPETITOR_COUNT_WEIGHTS);
		double left = 100 - ((shareOfWallet == null || shareOfWallet == 0) ? 40 : shareOfWallet);
		List<String> chosen = new ArrayList<>();
		List<Competitor> competitors = new ArrayList<>(count);
		while (competitors.size() < count) {
			String name = pick(DemoNames.COMPETITORS);
			if (chosen.contains(name)) {
				continue;
			}
			chosen.add(name);
			int share = Math.max(2, (int) Math.round(left * between(0.15, 0.5)));
			left -= share;
			competitors.add(new Competitor(name, BigDecimal.valueOf(share).setScale(2)));
		}
		return competitors;
	}

	/**
	 * Strategic importance and ease of business (1-5) and advice frequency, by
	 * relationship.
	 */
	private int[] scores(RelationshipLevel relationship) {
		int level = relationship.ordinal();
		int importance = clamp(level + 1 + this.random.nextInt(3) - 1, 1, 5);
		int ease = clamp(2 + this.random.nextInt(3) + ((level >= 3) ? 1 : 0), 1, 5);
		int advice = clamp(level - 1 + this.random.nextInt(2), 0, AdviceFrequency.values().length - 1);
		return new int[] { importance, ease, advice };
	}

	private String note(LifecycleStage stage, boolean loss, Double shareOfWallet, String competitor) {
		String note = pick(NOTES.get(stage)).replace("{offer}", pick(OFFERS))
			.replace("{dept}", pick(DEPARTMENTS))
			.replace("{competitor}", (competitor != null) ? competitor : "a local rival")
			.replace("{n}", Integer.toString(between(2, 9)))
			.replace("{pct}", Integer.toString(between(3, 8)));
		if (loss) {
			note += " Cost to serve is above revenue this year: reprice or reduce scope.";
		}
		else if (shareOfWallet != null && shareOfWallet == 0) {
			note += " They in-sourced the work this year and report no spend in our category.";
		}
		return note;
	}

	/**
	 * The first word of a generated name: for a group one no other group has, else one
	 * that is not a group's (so that only a group's companies share its name).
	 */
	private String root(boolean forGroup) {
		String root = null;
		for (int attempt = 0; attempt < 1000; attempt++) {
			root = pick(DemoNames.STEMS) + pick(DemoNames.ENDINGS);
			if (forGroup ? this.groupRoots.add(root) : !this.groupRoots.contains(root)) {
				return root;
			}
		}
		// Only in portfolios of hundreds of thousands: the roots run out.
		return root;
	}

	private String name(String root, String trade, Industry industry, String country) {
		String name = null;
		for (int attempt = 0; attempt < 50; attempt++) {
			String candidate = root + " " + ((trade != null) ? trade : pick(DemoNames.TRADES.get(industry)));
			if (industry != Industry.PUBLIC_SECTOR) {
				candidate += " " + pick(Geography.legalForms(country));
			}
			if (this.names.add(key(candidate))) {
				return candidate;
			}
			name = candidate;
		}
		// Only in very large portfolios: number the name.
		for (int n = 2;; n++) {
			String numbered = name + " " + n;
			if (this.names.add(key(numbered))) {
				return numbered;
			}
		}
	}

	private Instant createdAt() {
		return LocalDate.of(this.lastYear - YEARS + 1, 1, 1)
			.minusDays(this.random.nextInt(700))
			.atTime(8, 0)
			.plusMinutes(this.random.nextInt(600))
			.toInstant(ZoneOffset.UTC);
	}

	private Instant updatedAt() {
		return this.now.minus(Duration.ofMinutes(this.random.nextInt(90 * 24 * 60)));
	}

	private Instant archivedAt() {
		return this.now.minus(Duration.ofDays(between(20, 200)));
	}

	private LocalDate daysAgo(int min, int max) {
		return this.today.minusDays(between(min, max));
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	private static BigDecimal money(double amount) {
		return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
	}

	private static int clamp(int value, int min, int max) {
		return Math.max(min, Math.min(max, value));
	}

	private boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	private double between(double min, double max) {
		return min + (max - min) * this.random.nextDouble();
	}

	private int between(int min, int max) {
		return min + this.random.nextInt(max - min + 1);
	}

	private double logBetween(double min, double max) {
		return Math.exp(between(Math.log(min), Math.log(max)));
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private UserSummary pickExcept(List<UserSummary> users, Set<Long> taken, long owner) {
		List<UserSummary> free = users.stream()
			.filter((user) -> !taken.contains(user.id()) && user.id() != owner)
			.toList();
		return free.isEmpty() ? null : pick(free);
	}

	private <T> T weighted(T[] values, int[] weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int roll = this.random.nextInt(total);
		for (int i = 0; i < values.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

	/** Whether {@code member} is on the team, has left it, or neither. */
	private enum Membership {

		NONE, CURRENT, FORMER

	}

}
