package org.keyline.vision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.shared.Text;
import org.keyline.vision.domain.Assessment;
import org.keyline.vision.domain.AssessmentRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments of where an account is today: the ten questions answered on a day, with
 * what Keyline already knew kept beside the answers. Each assessment is kept; a new one
 * starts from the previous one's answers, and any two can be compared.
 */
@Service
public class Assessments {

	public static final int ANSWER_MAX = 4000;

	private final AccountManagement accounts;

	private final AssessmentRepository assessments;

	private final AssessmentQueries queries;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Assessments(AccountManagement accounts, AssessmentRepository assessments, AssessmentQueries queries,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.assessments = assessments;
		this.queries = queries;
		this.events = events;
		this.clock = clock;
	}

	/** The account's assessments, newest first: three statements. */
	@Transactional(readOnly = true)
	public AssessmentList list(long accountId, Viewer viewer) {
		AccountRef ref = this.accounts.ref(accountId, viewer);
		return new AssessmentList(ref, this.queries.list(accountId));
	}

	/**
	 * A new assessment's starting point: what Keyline knows today and the latest
	 * assessment's answers to revise. Refused for someone who only reads.
	 */
	@Transactional(readOnly = true)
	public AssessmentDraft draft(long accountId, Viewer viewer) {
		AccountRef ref = contributor(accountId, viewer);
		KnownAnswers known = this.queries.known(accountId, today());
		Long latest = this.queries.latestId(accountId);
		AssessmentView previous = (latest != null) ? this.queries.find(accountId, List.of(latest)).get(latest) : null;
		return new AssessmentDraft(ref, known, previous);
	}

	/**
	 * Records an assessment with a snapshot of what Keyline knows now; returns its id.
	 */
	@Transactional
	public long record(long accountId, AssessmentInput input, Viewer viewer) {
		contributor(accountId, viewer);
		LocalDate day = input.assessedOn();
		if (day == null) {
			throw new VisionRuleViolation("assessedOn", "assessment.date.required");
		}
		if (day.isAfter(today())) {
			throw new VisionRuleViolation("assessedOn", "assessment.date.future");
		}
		if (day.isBefore(VisionManagement.EARLIEST)) {
			throw new VisionRuleViolation("assessedOn", "assessment.date.tooEarly");
		}
		Map<AssessmentQuestion, String> answers = new EnumMap<>(AssessmentQuestion.class);
		if (input.answers() != null) {
			input.answers().forEach((question, text) -> {
				String answer = Text.blankToNull(text);
				if (answer != null) {
					if (answer.length() > ANSWER_MAX) {
						throw new VisionRuleViolation("answers[" + question.name() + "]", "assessment.answer.size");
					}
					answers.put(question, answer);
				}
			});
		}
		if (answers.isEmpty()) {
			throw new VisionRuleViolation("answers[WHERE_TODAY]", "assessment.empty");
		}
		KnownAnswers known = this.queries.known(accountId, today());
		long id = this.assessments
			.save(new Assessment(accountId, day, known, answers, this.clock.instant(), viewer.username()))
			.getId();
		this.events.publishEvent(new AssessmentRecorded(accountId, id, day));
		return id;
	}

	/** One assessment, and the one before it to compare with: four statements. */
	@Transactional(readOnly = true)
	public AssessmentDetail get(long accountId, long assessmentId, Viewer viewer) {
		AccountRef ref = this.accounts.ref(accountId, viewer);
		AssessmentView view = this.queries.find(accountId, List.of(assessmentId)).get(assessmentId);
		if (view == null) {
			throw new VisionRecordNotFound("assessment", accountId, assessmentId);
		}
		return new AssessmentDetail(ref, view, this.queries.previousId(accountId, view.assessedOn(), assessmentId));
	}

	/**
	 * Two assessments side by side, the older on the left whatever the order asked: three
	 * statements.
	 */
	@Transactional(readOnly = true)
	public AssessmentComparison compare(long accountId, long leftId, long rightId, Viewer viewer) {
		AccountRef ref = this.accounts.ref(accountId, viewer);
		Map<Long, AssessmentView> found = this.queries.find(accountId, List.of(leftId, rightId));
		AssessmentView left = found.get(leftId);
		AssessmentView right = found.get(rightId);
		if (left == null) {
			throw new VisionRecordNotFound("assessment", accountId, leftId);
		}
		if (right == null) {
			throw new VisionRecordNotFound("assessment", accountId, rightId);
		}
		boolean swap = right.assessedOn().isBefore(left.assessedOn())
				|| (right.assessedOn().equals(left.assessedOn()) && right.id() < left.id());
		return swap ? AssessmentComparison.of(ref, right, left) : AssessmentComparison.of(ref, left, right);
	}

	private AccountRef contributor(long accountId, Viewer viewer) {
		AccountRef ref = this.accounts.ref(accountId, viewer);
		if (!ref.contributes()) {
			throw new AccountActionRefused("assess account");
		}
		return ref;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
