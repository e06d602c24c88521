package org.keyline.vision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.shared.Text;
import org.keyline.vision.domain.Feedback;
import org.keyline.vision.domain.FeedbackRepository;
import org.keyline.vision.domain.VisionVersion;
import org.keyline.vision.domain.VisionVersionRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account vision: its statement and rationale in versions (every save adds one; the
 * earlier ones are kept), and the customer's feedback on each version. Everybody who sees
 * the account reads it; contributors (director, owner, current team) write it; a mentor
 * only reads.
 */
@Service
public class VisionManagement {

	public static final int STATEMENT_MAX = 2000;

	public static final int TEXT_MAX = 4000;

	public static final int NAME_MAX = 120;

	/** Nothing older is recorded: a date before this is a typing mistake. */
	public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	private final AccountManagement accounts;

	private final VisionVersionRepository versions;

	private final FeedbackRepository feedback;

	private final VisionQueries queries;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	VisionManagement(AccountManagement accounts, VisionVersionRepository versions, FeedbackRepository feedback,
			VisionQueries queries, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.versions = versions;
		this.feedback = feedback;
		this.queries = queries;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The account's current vision, or empty; ONE SQL statement, no access check beyond
	 * holding the ref.
	 */
	@Transactional(readOnly = true)
	public Optional<CurrentVision> currentOf(AccountRef account) {
		return this.queries.current(account.id());
	}

	/**
	 * The vision page: the current vision, the asked-for version (the current one when
	 * null), every version, the feedback on the shown version and, for a contributor, the
	 * current contacts. Five statements for a reader, six for a contributor.
	 */
	@Transactional(readOnly = true)
	public VisionPage page(long accountId, Integer versionNo, Viewer viewer) {
		AccountRef ref = this.accounts.ref(accountId, viewer);
		CurrentVision current = this.queries.current(accountId).orElse(null);
		List<VisionVersionView> all = this.queries.versions(accountId);
		VisionVersionView shown = all.isEmpty() ? null : all.get(0);
		if (versionNo != null) {
			shown = all.stream()
				.filter((v) -> v.versionNo() == versionNo)
				.findFirst()
				.orElseThrow(() -> new VisionRecordNotFound("vision version", accountId, versionNo));
		}
		List<FeedbackView> feedback = (shown != null) ? this.queries.feedback(accountId, shown.versionNo()) : List.of();
		return new VisionPage(ref, current, shown, all, feedback,
				ref.contributes() ? this.queries.currentContacts(accountId) : List.of());
	}

	/** What the vision form starts from; refused for someone who only reads. */
	@Transactional(readOnly = true)
	public VisionEdit edit(long accountId, Viewer viewer) {
		AccountRef ref = contributor(accountId, viewer, "edit vision");
		return new VisionEdit(ref, latest(accountId));
	}

	/**
	 * Saves the vision as a new version, if nobody saved one since version
	 * {@code basedOn} (0 for the first); returns the new version's number and tells the
	 * other modules ({@link VisionChanged}).
	 */
	@Transactional
	public int save(long accountId, String statement, String rationale, int basedOn, Viewer viewer) {
		contributor(accountId, viewer, "edit vision");
		String text = Text.blankToNull(statement);
		String why = Text.blankToNull(rationale);
		if (text == null) {
			throw new VisionRuleViolation("statement", "vision.statement.required");
		}
		if (text.length() > STATEMENT_MAX) {
			throw new VisionRuleViolation("statement", "vision.statement.size");
		}
		if (why != null && why.length() > TEXT_MAX) {
			throw new VisionRuleViolation("rationale", "vision.rationale.size");
		}
		VisionVersionView latest = latest(accountId);
		int current = (latest != null) ? latest.versionNo() : 0;
		if (current != basedOn) {
			throw new StaleVisionEdit(accountId, latest);
		}
		if (latest != null && latest.statement().equals(text) && Objects.equals(latest.rationale(), why)) {
			throw new VisionRuleViolation("statement", "vision.unchanged");
		}
		int next = current + 1;
		this.versions
			.saveAndFlush(new VisionVersion(accountId, next, text, why, this.clock.instant(), viewer.username()));
		this.events.publishEvent(new VisionChanged(accountId, next));
		return next;
	}

	/**
	 * Records the customer's feedback on a version of the vision (the current one unless
	 * another is named): from a current contact of the account, or a typed name.
	 */
	@Transactional
	public long addFeedback(long accountId, FeedbackInput input, Viewer viewer) {
		contributor(accountId, viewer, "record vision feedback");
		VisionVersionView target = (input.versionNo() != null) ? version(accountId, input.versionNo())
				: latest(accountId);
		if (target == null) {
			throw new VisionRuleViolation("reaction", "vision.feedback.noVision");
		}
		LocalDate day = input.givenOn();
		if (day == null) {
			throw new VisionRuleViolation("givenOn", "vision.feedback.date.required");
		}
		if (day.isAfter(LocalDate.now(this.clock))) {
			throw new VisionRuleViolation("givenOn", "vision.feedback.date.future");
		}
		if (day.isBefore(EARLIEST)) {
			throw new VisionRuleViolation("givenOn", "vision.feedback.date.tooEarly");
		}
		String name = Text.blankToNull(input.contactName());
		if (input.contactId() != null) {
			if (!this.queries.isCurrentContact(accountId, input.contactId())) {
				throw new VisionRuleViolation("contactId", "vision.feedback.contact.invalid");
			}
			name = null;
		}
		else if (name == null) {
			throw new VisionRuleViolation("contactId", "vision.feedback.who.required");
		}
		else if (name.length() > NAME_MAX) {
			throw new VisionRuleViolation("contactName", "vision.feedback.name.size");
		}
		if (input.reaction() == null) {
			throw new VisionRuleViolation("reaction", "vision.feedback.reaction.required");
		}
		String notes = Text.blankToNull(input.notes());
		if (notes != null && notes.length() > TEXT_MAX) {
			throw new VisionRuleViolation("notes", "vision.feedback.notes.size");
		}
		long versionId = this.versions.findByAccountIdAndVersionNo(accountId, target.versionNo())
			.map(VisionVersion::getId)
			.orElseThrow(() -> new VisionRecordNotFound("vision version", accountId, target.versionNo()));
		return this.feedback
			.save(new Feedback(accountId, versionId, day, input.contactId(), name, input.reaction(), notes,
					this.clock.instant(), viewer.username()))
			.getId();
	}

	private VisionVersionView latest(long accountId) {
		List<VisionVersionView> all = this.queries.versions(accountId);
		return all.isEmpty() ? null : all.get(0);
	}

	private VisionVersionView version(long accountId, int versionNo) {
		return this.queries.versions(accountId)
			.stream()
			.filter((v) -> v.versionNo() == versionNo)
			.findFirst()
			.orElseThrow(() -> new VisionRecordNotFound("vision version", accountId, versionNo));
	}

	private AccountRef contributor(long accountId, Viewer viewer, String action) {
		AccountRef ref = this.accounts.ref(accountId, viewer);
		if (!ref.contributes()) {
			throw new AccountActionRefused(action);
		}
		return ref;
	}

}
