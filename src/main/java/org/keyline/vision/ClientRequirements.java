package org.keyline.vision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.shared.Text;
import org.keyline.vision.domain.Requirement;
import org.keyline.vision.domain.RequirementRepository;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's requirements, present and emerging (advocacy: the client's voice inside
 * our company): who raised each, who represented it, and what became of it.
 */
@Service
public class ClientRequirements {

	public static final int PAGE_SIZE = 20;

	public static final int TITLE_MAX = 200;

	public static final int TEXT_MAX = 4000;

	private final AccountManagement accounts;

	private final RequirementRepository requirements;

	private final RequirementQueries queries;

	private final VisionQueries contacts;

	private final Clock clock;

	ClientRequirements(AccountManagement accounts, RequirementRepository requirements, RequirementQueries queries,
			VisionQueries contacts, Clock clock) {
		this.accounts = accounts;
		this.requirements = requirements;
		this.queries = queries;
		this.contacts = contacts;
		this.clock = clock;
	}

	/**
	 * A page of the account's requirements, newest raised first, filtered by status and
	 * horizon (null: any): the access check, a count and the page.
	 */
	@Transactional(readOnly = true)
	public RequirementList list(long accountId, RequirementStatus status, RequirementHorizon horizon, int page,
			Viewer viewer) {
		AccountRef ref = this.accounts.ref(accountId, viewer);
		long total = this.queries.count(accountId, status, horizon);
		int lastPage = (int) Math.max(0, (total - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 0), lastPage);
		List<RequirementRow> rows = (total == 0) ? List.of()
				: this.queries.page(accountId, status, horizon, PAGE_SIZE, (long) current * PAGE_SIZE);
		return new RequirementList(ref, status, horizon,
				new PageImpl<>(rows, PageRequest.of(current, PAGE_SIZE), total));
	}

	/** Whom the form offers; refused for someone who only reads. */
	@Transactional(readOnly = true)
	public RequirementChoices choices(long accountId, Viewer viewer) {
		AccountRef ref = contributor(accountId, viewer);
		return new RequirementChoices(ref, this.contacts.currentContacts(accountId),
				this.queries.people(accountId, today()));
	}

	/** A requirement as saved; refused for someone who only reads. */
	@Transactional(readOnly = true)
	public RequirementEdit get(long accountId, long requirementId, Viewer viewer) {
		AccountRef ref = contributor(accountId, viewer);
		return this.queries.find(ref, requirementId)
			.orElseThrow(() -> new VisionRecordNotFound("requirement", accountId, requirementId));
	}

	@Transactional
	public long create(long accountId, RequirementInput input, Viewer viewer) {
		contributor(accountId, viewer);
		RequirementInput checked = check(accountId, input, null);
		return this.requirements.save(new Requirement(accountId, checked, this.clock.instant(), viewer.username()))
			.getId();
	}

	/**
	 * Changes a requirement if nobody saved it since {@code expectedVersion}; else
	 * {@link StaleRequirementEdit}.
	 */
	@Transactional
	public void update(long accountId, long requirementId, RequirementInput input, long expectedVersion,
			Viewer viewer) {
		contributor(accountId, viewer);
		Requirement requirement = this.requirements.findByIdAndAccountId(requirementId, accountId)
			.orElseThrow(() -> new VisionRecordNotFound("requirement", accountId, requirementId));
		if (requirement.getVersion() != expectedVersion) {
			throw new StaleRequirementEdit(requirementId);
		}
		RequirementInput checked = check(accountId, input, requirement);
		requirement.apply(checked, this.clock.instant(), viewer.username());
		this.requirements.saveAndFlush(requirement);
	}

	/**
	 * The input trimmed, or a rule violation. A contact who has since left, or a
	 * representative no longer on the team, stays allowed on a requirement that already
	 * names them.
	 */
	private RequirementInput check(long accountId, RequirementInput input, Requirement saved) {
		String title = Text.blankToNull(input.title());
		String description = Text.blankToNull(input.description());
		String outcome = Text.blankToNull(input.outcome());
		if (input.horizon() == null) {
			throw new VisionRuleViolation("horizon", "requirement.horizon.required");
		}
		if (title == null) {
			throw new VisionRuleViolation("title", "requirement.title.required");
		}
		if (title.length() > TITLE_MAX) {
			throw new VisionRuleViolation("title", "requirement.title.size");
		}
		if (description != null && description.length() > TEXT_MAX) {
			throw new VisionRuleViolation("description", "requirement.description.size");
		}
		Long contactId = input.raisedByContactId();
		if (contactId == null) {
			throw new VisionRuleViolation("raisedByContactId", "requirement.raisedBy.required");
		}
		boolean keptContact = saved != null && contactId.equals(saved.getRaisedByContactId());
		if (keptContact ? !this.contacts.isContactOf(accountId, contactId)
				: !this.contacts.isCurrentContact(accountId, contactId)) {
			throw new VisionRuleViolation("raisedByContactId", "requirement.raisedBy.invalid");
		}
		LocalDate raisedOn = input.raisedOn();
		if (raisedOn == null) {
			throw new VisionRuleViolation("raisedOn", "requirement.raisedOn.required");
		}
		if (raisedOn.isAfter(today())) {
			throw new VisionRuleViolation("raisedOn", "requirement.raisedOn.future");
		}
		if (raisedOn.isBefore(VisionManagement.EARLIEST)) {
			throw new VisionRuleViolation("raisedOn", "requirement.raisedOn.tooEarly");
		}
		RequirementStatus status = input.status();
		if (status == null) {
			throw new VisionRuleViolation("status", "requirement.status.required");
		}
		Long representative = input.representedById();
		if (representative != null && !(saved != null && representative.equals(saved.getRepresentedById()))
				&& !this.queries.isOwnerOrOnTeam(accountId, representative, today())) {
			throw new VisionRuleViolation("representedById", "requirement.representedBy.invalid");
		}
		if (representative == null && status.needsRepresentative()) {
			throw new VisionRuleViolation("representedById", "requirement.representedBy.required");
		}
		if (outcome == null && status.needsOutcome()) {
			throw new VisionRuleViolation("outcome", "requirement.outcome.required");
		}
		if (outcome != null && outcome.length() > TEXT_MAX) {
			throw new VisionRuleViolation("outcome", "requirement.outcome.size");
		}
		return new RequirementInput(input.horizon(), title, description, contactId, raisedOn, representative, status,
				outcome);
	}

	private AccountRef contributor(long accountId, Viewer viewer) {
		AccountRef ref = this.accounts.ref(accountId, viewer);
		if (!ref.contributes()) {
			throw new AccountActionRefused("change requirements");
		}
		return ref;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
