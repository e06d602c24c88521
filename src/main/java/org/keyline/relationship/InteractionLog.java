package org.keyline.relationship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountDetails;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.relationship.domain.Interaction;
import org.keyline.relationship.domain.InteractionRepository;
import org.keyline.shared.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interaction log: meetings, calls, e-mails and visits with the customer's people.
 * Logging one keeps the links between its participants up to date by itself; the timeline
 * reads a fixed number of statements whatever the size of the log.
 */
@Service
public class InteractionLog {

	public static final int PAGE_SIZE = 20;

	public static final int LATEST = 5;

	public static final int SUMMARY_MAX = 2000;

	public static final int NEXT_STEP_MAX = 500;

	/** Nothing older is logged: a date before this is a typing mistake. */
	public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	private final AccountManagement accounts;

	private final InteractionRepository interactions;

	private final LinkInteractionQueries queries;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	InteractionLog(AccountManagement accounts, InteractionRepository interactions, LinkInteractionQueries queries,
			Clock clock, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.interactions = interactions;
		this.queries = queries;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Logs an interaction and brings every existing link between one of our participants
	 * and one of theirs up to its date, in the same transaction. Publishes
	 * {@link RelationshipsChanged} (links may no longer be going cold). Returns its id.
	 */
	@Transactional
	public long log(long accountId, NewInteraction interaction, Viewer viewer) {
		AccountRef ref = this.accounts.ref(accountId, viewer);
		if (!ref.contributes()) {
			throw new AccountActionRefused("log interaction");
		}
		LocalDate day = interaction.occurredOn();
		if (day == null) {
			throw new RuleViolation("occurredOn", "interaction.date.required");
		}
		if (day.isAfter(LocalDate.now(this.clock))) {
			throw new RuleViolation("occurredOn", "interaction.date.future");
		}
		if (day.isBefore(EARLIEST)) {
			throw new RuleViolation("occurredOn", "interaction.date.tooEarly");
		}
		if (interaction.kind() == null) {
			throw new RuleViolation("kind", "interaction.kind.required");
		}
		String summary = interaction.summary();
		if (summary == null || summary.isBlank()) {
			throw new RuleViolation("summary", "interaction.summary.required");
		}
		if (summary.trim().length() > SUMMARY_MAX) {
			throw new RuleViolation("summary", "interaction.summary.size");
		}
		if (interaction.nextStep() != null && interaction.nextStep().trim().length() > NEXT_STEP_MAX) {
			throw new RuleViolation("nextStep", "interaction.nextStep.size");
		}
		Set<Long> contactIds = interaction.contactIds();
		if (contactIds.isEmpty()) {
			throw new RuleViolation("contactIds", "interaction.contacts.required");
		}
		if (this.queries.countCurrentContacts(accountId, contactIds) != contactIds.size()) {
			throw new RuleViolation("contactIds", "interaction.contacts.invalid");
		}
		List<AccountDetails.TeamMemberView> team = this.accounts.currentTeam(accountId, viewer);
		Set<Long> userIds = interaction.userIds();
		if (userIds.isEmpty() && onTeam(team, viewer.userId())) {
			userIds = Set.of(viewer.userId());
		}
		if (userIds.isEmpty()) {
			throw new RuleViolation("userIds", "interaction.users.required");
		}
		if (!userIds.stream().allMatch((userId) -> onTeam(team, userId))) {
			throw new RuleViolation("userIds", "interaction.users.notOnTeam");
		}
		Interaction saved = this.interactions.save(new Interaction(accountId, day, interaction.kind(), summary,
				interaction.nextStep(), contactIds, userIds, this.clock.instant(), viewer.username()));
		this.queries.interactedOn(accountId, userIds, contactIds, day);
		this.events.publishEvent(new RelationshipsChanged(accountId));
		return saved.getId();
	}

	/**
	 * A page of the account's interactions, newest first: the access check, a count and
	 * one page with participants' names.
	 */
	@Transactional(readOnly = true)
	public Timeline timeline(long accountId, int page, Viewer viewer) {
		AccountRef ref = this.accounts.ref(accountId, viewer);
		long total = this.queries.countInteractions(accountId);
		int lastPage = (int) Math.max(0, (total - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 0), lastPage);
		List<InteractionView> rows = (total == 0) ? List.of()
				: this.queries.interactions(accountId, PAGE_SIZE, (long) current * PAGE_SIZE);
		Page<InteractionView> interactions = new PageImpl<>(rows, PageRequest.of(current, PAGE_SIZE), total);
		return new Timeline(ref, interactions);
	}

	/** The form's choices: the current contacts and the current team. */
	@Transactional(readOnly = true)
	public InteractionChoices choices(long accountId, Viewer viewer) {
		AccountRef ref = this.accounts.ref(accountId, viewer);
		return new InteractionChoices(ref, this.queries.currentContacts(accountId),
				this.accounts.currentTeam(accountId, viewer));
	}

	/**
	 * The latest interactions for the account page and, if the viewer contributes, the
	 * quick add's choices: one statement for a reader, three for a contributor (the
	 * current team: two).
	 */
	@Transactional(readOnly = true)
	public RecentInteractions recent(AccountRef account, Viewer viewer) {
		return recent(account, () -> this.accounts.currentTeam(account.id(), viewer));
	}

	/**
	 * The same, with the account's current team as the caller already read it (the
	 * account page): one statement.
	 */
	@Transactional(readOnly = true)
	public RecentInteractions recent(AccountRef account, List<AccountDetails.TeamMemberView> currentTeam) {
		return recent(account, () -> currentTeam);
	}

	private RecentInteractions recent(AccountRef account, Supplier<List<AccountDetails.TeamMemberView>> currentTeam) {
		LinkInteractionQueries.Latest latest = this.queries.latest(account.id(), LATEST, account.contributes());
		if (!account.contributes()) {
			return new RecentInteractions(latest.rows(), latest.total(), List.of(), List.of());
		}
		return new RecentInteractions(latest.rows(), latest.total(), latest.contacts(), currentTeam.get());
	}

	private static boolean onTeam(List<AccountDetails.TeamMemberView> team, Long userId) {
		return userId != null && team.stream().anyMatch((member) -> member.userId() == userId);
	}

}
