package org.keyline.account.web;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.keyline.account.TeamRole;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Adds one of our people to the account team.
 */
public class TeamMemberForm implements Serializable {

	// Kept in the HTTP session as a flash attribute, which lives in the database (Spring
	// Session JDBC) so that another instance can show it after the redirect.
	private static final long serialVersionUID = 1L;

	@NotNull(message = "{team.user.required}")
	private Long userId;

	@NotNull(message = "{team.role.required}")
	private TeamRole role;

	@Size(max = 60, message = "{team.specialty.size}")
	private String specialty = "";

	@NotNull(message = "{team.joinedOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate joinedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate leftOn;

	public Long getUserId() {
		return this.userId;
	}

	public void setUserId(Long userId) {
		this.userId = userId;
	}

	public TeamRole getRole() {
		return this.role;
	}

	public void setRole(TeamRole role) {
		this.role = role;
	}

	public String getSpecialty() {
		return this.specialty;
	}

	public void setSpecialty(String specialty) {
		this.specialty = specialty;
	}

	public LocalDate getJoinedOn() {
		return this.joinedOn;
	}

	public void setJoinedOn(LocalDate joinedOn) {
		this.joinedOn = joinedOn;
	}

	public LocalDate getLeftOn() {
		return this.leftOn;
	}

	public void setLeftOn(LocalDate leftOn) {
		this.leftOn = leftOn;
	}

}
