package org.keyline.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.keyline.shared.Money;

/**
 * Everything the account page shows, and what the viewer may do there.
 */
public record AccountDetails(long id, AccountProfile profile, long version, long ownerId, String ownerName,
		Long parentId, String parentName, boolean parentVisible, Instant archivedAt, Instant updatedAt,
		String updatedBy, List<AccountEconomics> economics, List<TeamMemberView> team, List<MentorView> mentors,
		List<SubsidiaryView> subsidiaries, Money groupRevenue, Permissions can) {

	/** The latest fiscal year, if any was recorded. */
	public Optional<AccountEconomics> latest() {
		return this.economics.isEmpty() ? Optional.empty() : Optional.of(this.economics.get(this.economics.size() - 1));
	}

	public boolean lossMaking() {
		return latest().map(AccountEconomics::lossMaking).orElse(false);
	}

	public boolean archived() {
		return this.archivedAt != null;
	}

	public List<TeamMemberView> currentTeam() {
		return this.team.stream().filter(TeamMemberView::current).toList();
	}

	public List<TeamMemberView> formerTeam() {
		return this.team.stream().filter((member) -> !member.current()).toList();
	}

	/** Whether the account has a team today but no executive sponsor on it. */
	public boolean sponsorMissing() {
		List<TeamMemberView> current = currentTeam();
		return !current.isEmpty()
				&& current.stream().noneMatch((member) -> member.role() == TeamRole.EXECUTIVE_SPONSOR);
	}

	/**
	 * A team membership.
	 */
	public record TeamMemberView(long id, long userId, String name, TeamRole role, String specialty, LocalDate joinedOn,
			LocalDate leftOn, boolean current) {
	}

	/**
	 * A mentor assigned to the account.
	 */
	public record MentorView(long mentorId, String name, Instant assignedAt, String assignedBy) {
	}

	/**
	 * A company of the group below this account.
	 */
	public record SubsidiaryView(long id, String name, int depth, Money revenue, boolean lossMaking, boolean visible) {
	}

	/**
	 * What the viewer may do with this account.
	 */
	public record Permissions(boolean editProfile, boolean editEconomics, boolean editTeam, boolean reassignOwner,
			boolean archive, boolean assignMentors) {
	}

	/** The latest share of wallet, for headline figures. */
	public Optional<BigDecimal> shareOfWallet() {
		return latest().flatMap(AccountEconomics::shareOfWallet);
	}

}
