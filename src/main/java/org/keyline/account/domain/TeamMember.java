package org.keyline.account.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.keyline.account.TeamRole;

/**
 * A period in which one of our people served on an account's team. Members leave by
 * getting a leaving date; the row stays as history.
 */
@Entity
@Table(name = "account_team_member")
public class TeamMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Column(name = "user_id", nullable = false)
	private Long userId;

	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false, length = 30)
	private TeamRole role;

	@Column(name = "specialty", length = 60)
	private String specialty;

	@Column(name = "joined_on", nullable = false)
	private LocalDate joinedOn;

	@Column(name = "left_on")
	private LocalDate leftOn;

	protected TeamMember() {
	}

	public TeamMember(Long accountId, Long userId, TeamRole role, String specialty, LocalDate joinedOn,
			LocalDate leftOn) {
		this.accountId = accountId;
		this.userId = userId;
		this.role = role;
		this.specialty = (role == TeamRole.SPECIALIST) ? specialty : null;
		this.joinedOn = joinedOn;
		this.leftOn = leftOn;
	}

	public void leave(LocalDate on) {
		this.leftOn = on;
	}

	/** Whether this period and [from, to] (to may be open) share a day. */
	public boolean overlaps(LocalDate from, LocalDate to) {
		boolean startsBeforeOtherEnds = (to == null) || !this.joinedOn.isAfter(to);
		boolean endsAfterOtherStarts = (this.leftOn == null) || !this.leftOn.isBefore(from);
		return startsBeforeOtherEnds && endsAfterOtherStarts;
	}

	public Long getId() {
		return this.id;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public Long getUserId() {
		return this.userId;
	}

	public TeamRole getRole() {
		return this.role;
	}

	public String getSpecialty() {
		return this.specialty;
	}

	public LocalDate getJoinedOn() {
		return this.joinedOn;
	}

	public LocalDate getLeftOn() {
		return this.leftOn;
	}

}
