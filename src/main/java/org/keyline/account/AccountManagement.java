package org.keyline.account;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.keyline.account.domain.Account;
import org.keyline.account.domain.AccountRepository;
import org.keyline.account.domain.Economics;
import org.keyline.account.domain.EconomicsRepository;
import org.keyline.account.domain.MentorAssignment;
import org.keyline.account.domain.MentorAssignmentRepository;
import org.keyline.account.domain.TeamMember;
import org.keyline.account.domain.TeamMemberRepository;
import org.keyline.people.Role;
import org.keyline.people.UserDirectory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account module's service: reads the list and the account page, and makes every
 * change to an account, checking first that the viewer may see it (else
 * {@link AccountNotFound}) and may make the change (else {@link AccountActionRefused}).
 */
@Service
public class AccountManagement {

	private final AccountRepository accounts;

	private final EconomicsRepository economics;

	private final TeamMemberRepository team;

	private final MentorAssignmentRepository mentors;

	private final AccountQueries queries;

	private final AccountAccess access;

	private final UserDirectory users;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AccountManagement(AccountRepository accounts, EconomicsRepository economics, TeamMemberRepository team,
			MentorAssignmentRepository mentors, AccountQueries queries, AccountAccess access, UserDirectory users,
			Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.accounts = accounts;
		this.economics = economics;
		this.team = team;
		this.mentors = mentors;
		this.queries = queries;
		this.access = access;
		this.users = users;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<AccountRow> list(AccountFilter filter, AccountSort sort, boolean descending, int page, Viewer viewer) {
		return this.queries.list(filter, sort, descending, page, viewer, today());
	}

	@Transactional(readOnly = true)
	public AccountDetails details(long id, Viewer viewer) {
		return this.queries.details(id, viewer, today()).orElseThrow(() -> new AccountNotFound(id));
	}

	/**
	 * The account's name and what the viewer may do with it, for other modules that hang
	 * their records on an account: two statements. {@link AccountNotFound} when the
	 * viewer may not see it.
	 */
	@Transactional(readOnly = true)
	public AccountRef ref(long id, Viewer viewer) {
		AccountAccess.Relation relation = visible(id, viewer);
		String name = this.accounts.findById(id).map(Account::getName).orElseThrow(() -> new AccountNotFound(id));
		return new AccountRef(id, name, relation.permissions());
	}

	/** The people on the account's team today: one statement after the access check. */
	@Transactional(readOnly = true)
	public List<AccountDetails.TeamMemberView> currentTeam(long id, Viewer viewer) {
		visible(id, viewer);
		return this.queries.team(id, today()).stream().filter(AccountDetails.TeamMemberView::current).toList();
	}

	/** The accounts the viewer may choose as a parent. */
	@Transactional(readOnly = true)
	public List<ParentOption> parentOptions(Viewer viewer) {
		return this.queries.parentOptions(viewer, today());
	}

	/**
	 * Creates an account. A manager creates accounts they own; a director names the
	 * owner.
	 */
	@Transactional
	public long create(AccountProfile profile, Long ownerId, Viewer viewer) {
		Long owner;
		if (viewer.isDirector()) {
			owner = ownerId;
		}
		else if (viewer.isManager()) {
			owner = viewer.userId();
		}
		else {
			throw new AccountActionRefused("create account");
		}
		checkOwner(owner);
		if (profile.parentId() != null) {
			visible(profile.parentId(), viewer);
		}
		Account account = this.accounts.save(new Account(profile, owner, this.clock.instant(), viewer.username()));
		this.events.publishEvent(new AccountDataChanged(account.getId()));
		return account.getId();
	}

	/**
	 * Changes the profile, and for directors the owner, if nobody else saved the account
	 * since {@code expectedVersion}.
	 */
	@Transactional
	public void update(long id, AccountProfile profile, Long newOwnerId, long expectedVersion, Viewer viewer) {
		AccountDetails.Permissions can = visible(id, viewer).permissions();
		if (!can.editProfile()) {
			throw new AccountActionRefused("edit account");
		}
		Account account = this.accounts.findById(id).orElseThrow(() -> new AccountNotFound(id));
		if (account.getVersion() != expectedVersion) {
			throw new StaleAccountEdit(id);
		}
		if (profile.parentId() != null && !profile.parentId().equals(account.getParentId())) {
			visible(profile.parentId(), viewer);
			if (this.queries.wouldCycle(id, profile.parentId())) {
				throw new AccountRuleViolation("parentId", "account.parent.cycle");
			}
		}
		account.apply(profile, this.clock.instant(), viewer.username());
		if (newOwnerId != null && !newOwnerId.equals(account.getOwnerId())) {
			if (!can.reassignOwner()) {
				throw new AccountActionRefused("reassign owner");
			}
			checkOwner(newOwnerId);
			account.reassign(newOwnerId, this.clock.instant(), viewer.username());
		}
		this.accounts.saveAndFlush(account);
		this.events.publishEvent(new AccountDataChanged(id));
	}

	/** The account as saved now: for explaining a stale edit. */
	@Transactional(readOnly = true)
	public SavedAccount saved(long id, Viewer viewer) {
		visible(id, viewer);
		Account account = this.accounts.findById(id).orElseThrow(() -> new AccountNotFound(id));
		return new SavedAccount(account.profile(), account.getOwnerId(), account.getVersion(), account.getUpdatedBy(),
				account.getUpdatedAt());
	}

	/**
	 * Records or corrects one fiscal year. A new year must not exist yet; a correction
	 * must be based on the version last read.
	 */
	@Transactional
	public void recordEconomics(long id, int fiscalYear, BigDecimal revenue, BigDecimal costToServe,
			BigDecimal categorySpend, Long expectedVersion, Viewer viewer) {
		if (!visible(id, viewer).permissions().editEconomics()) {
			throw new AccountActionRefused("edit economics");
		}
		Account account = this.accounts.findByIdForUpdate(id).orElseThrow(() -> new AccountNotFound(id));
		Economics year = this.economics.findByAccountIdAndFiscalYear(id, fiscalYear).orElse(null);
		if (year == null) {
			year = new Economics(id, fiscalYear, revenue, costToServe, categorySpend, this.clock.instant(),
					viewer.username());
		}
		else if (expectedVersion == null) {
			throw new AccountRuleViolation("fiscalYear", "economics.year.exists");
		}
		else if (year.getVersion() != expectedVersion) {
			throw new StaleEconomicsEdit(id, fiscalYear);
		}
		else {
			year.change(revenue, costToServe, categorySpend, this.clock.instant(), viewer.username());
		}
		this.economics.saveAndFlush(year);
		account.showLatest(this.economics.findFirstByAccountIdOrderByFiscalYearDesc(id).orElse(null),
				this.clock.instant(), viewer.username());
		this.accounts.save(account);
		this.events.publishEvent(new AccountDataChanged(id));
	}

	@Transactional(readOnly = true)
	public AccountEconomics economicsOf(long id, int fiscalYear, Viewer viewer) {
		visible(id, viewer);
		return this.economics.findByAccountIdAndFiscalYear(id, fiscalYear)
			.map(Economics::view)
			.orElseThrow(() -> new AccountNotFound(id));
	}

	/**
	 * Adds someone to the team. At most one executive sponsor at a time: periods of two
	 * sponsors may not overlap.
	 */
	@Transactional
	public void addTeamMember(long id, long userId, TeamRole role, String specialty, LocalDate joinedOn,
			LocalDate leftOn, Viewer viewer) {
		if (!visible(id, viewer).permissions().editTeam()) {
			throw new AccountActionRefused("edit team");
		}
		this.accounts.findByIdForUpdate(id).orElseThrow(() -> new AccountNotFound(id));
		if (!this.users.hasRole(userId, Role.MEMBER) && !this.users.hasRole(userId, Role.MANAGER)
				&& !this.users.hasRole(userId, Role.DIRECTOR)) {
			throw new AccountRuleViolation("userId", "team.user.invalid");
		}
		if (role == TeamRole.SPECIALIST && (specialty == null || specialty.isBlank())) {
			throw new AccountRuleViolation("specialty", "team.specialty.required");
		}
		if (leftOn != null && leftOn.isBefore(joinedOn)) {
			throw new AccountRuleViolation("leftOn", "team.leftOn.beforeJoined");
		}
		List<TeamMember> members = this.team.findByAccountId(id);
		if (role == TeamRole.EXECUTIVE_SPONSOR && members.stream()
			.anyMatch((m) -> m.getRole() == TeamRole.EXECUTIVE_SPONSOR && m.overlaps(joinedOn, leftOn))) {
			throw new AccountRuleViolation("role", "team.sponsor.overlap");
		}
		if (members.stream().anyMatch((m) -> m.getUserId() == userId && m.overlaps(joinedOn, leftOn))) {
			throw new AccountRuleViolation("userId", "team.user.alreadyOn");
		}
		this.team
			.save(new TeamMember(id, userId, role, (specialty != null) ? specialty.trim() : null, joinedOn, leftOn));
		this.events.publishEvent(new AccountDataChanged(id));
	}

	/** Someone leaves the team on a date; the membership stays as history. */
	@Transactional
	public void endTeamMembership(long id, long memberId, LocalDate leftOn, Viewer viewer) {
		if (!visible(id, viewer).permissions().editTeam()) {
			throw new AccountActionRefused("edit team");
		}
		TeamMember member = this.team.findByIdAndAccountId(memberId, id).orElseThrow(() -> new AccountNotFound(id));
		if (leftOn.isBefore(member.getJoinedOn())) {
			throw new AccountRuleViolation("leftOn", "team.leftOn.beforeJoined");
		}
		member.leave(leftOn);
		this.team.save(member);
		this.events.publishEvent(new TeamMembershipEnded(id, member.getUserId(), leftOn));
	}

	@Transactional
	public void assignMentor(long id, long mentorId, Viewer viewer) {
		if (!visible(id, viewer).permissions().assignMentors()) {
			throw new AccountActionRefused("assign mentor");
		}
		if (!this.users.hasRole(mentorId, Role.MENTOR)) {
			throw new AccountRuleViolation("mentorId", "mentor.invalid");
		}
		MentorAssignment.Key key = new MentorAssignment.Key(id, mentorId);
		if (!this.mentors.existsById(key)) {
			this.mentors.save(new MentorAssignment(id, mentorId, this.clock.instant(), viewer.username()));
		}
	}

	@Transactional
	public void removeMentor(long id, long mentorId, Viewer viewer) {
		if (!visible(id, viewer).permissions().assignMentors()) {
			throw new AccountActionRefused("assign mentor");
		}
		this.mentors.deleteById(new MentorAssignment.Key(id, mentorId));
	}

	@Transactional
	public void archive(long id, Viewer viewer) {
		if (!visible(id, viewer).permissions().archive()) {
			throw new AccountActionRefused("archive");
		}
		Account account = this.accounts.findById(id).orElseThrow(() -> new AccountNotFound(id));
		account.archive(this.clock.instant(), viewer.username());
		this.accounts.save(account);
	}

	@Transactional
	public void restore(long id, Viewer viewer) {
		if (!visible(id, viewer).permissions().archive()) {
			throw new AccountActionRefused("restore");
		}
		Account account = this.accounts.findById(id).orElseThrow(() -> new AccountNotFound(id));
		account.restore(this.clock.instant(), viewer.username());
		this.accounts.save(account);
	}

	private void checkOwner(Long ownerId) {
		if (ownerId == null || !this.users.hasRole(ownerId, Role.MANAGER)) {
			throw new AccountRuleViolation("ownerId", "account.owner.invalid");
		}
	}

	private AccountAccess.Relation visible(long id, Viewer viewer) {
		AccountAccess.Relation relation = visibleOrNull(id, viewer);
		if (relation == null) {
			throw new AccountNotFound(id);
		}
		return relation;
	}

	private AccountAccess.Relation visibleOrNull(long id, Viewer viewer) {
		AccountAccess.Relation relation = this.access.relationTo(id, viewer, today());
		return relation.visible() ? relation : null;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
