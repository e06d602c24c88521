package org.keyline.relationship.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.keyline.relationship.InteractionKind;
import org.keyline.relationship.InteractionLog;
import org.keyline.relationship.NewInteraction;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Logs an interaction: the full form (participants as checkboxes) and the quick add on
 * the account page (one contact, one of ours) bind the same fields.
 */
public class InteractionForm {

	@NotNull(message = "{interaction.date.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate occurredOn;

	@NotNull(message = "{interaction.kind.required}")
	private InteractionKind kind = InteractionKind.MEETING;

	@NotBlank(message = "{interaction.summary.required}")
	@Size(max = InteractionLog.SUMMARY_MAX, message = "{interaction.summary.size}")
	private String summary = "";

	@Size(max = InteractionLog.NEXT_STEP_MAX, message = "{interaction.nextStep.size}")
	private String nextStep = "";

	@NotEmpty(message = "{interaction.contacts.required}")
	private List<Long> contactIds = new ArrayList<>();

	/** Empty means "me", if I am on the team. */
	private List<Long> userIds = new ArrayList<>();

	/** A fresh form for today with these participants chosen. */
	static InteractionForm startingOn(LocalDate today, Long contactId, Long userId) {
		InteractionForm form = new InteractionForm();
		form.setOccurredOn(today);
		if (contactId != null) {
			form.getContactIds().add(contactId);
		}
		if (userId != null) {
			form.getUserIds().add(userId);
		}
		return form;
	}

	NewInteraction toInteraction() {
		return new NewInteraction(this.occurredOn, this.kind, this.summary, this.nextStep,
				new LinkedHashSet<>(this.contactIds), new LinkedHashSet<>(this.userIds));
	}

	/** The first contact chosen, for the quick add's single select. */
	public Long getContactId() {
		return this.contactIds.isEmpty() ? null : this.contactIds.get(0);
	}

	/** The first of our people chosen, for the quick add's single select. */
	public Long getUserId() {
		return this.userIds.isEmpty() ? null : this.userIds.get(0);
	}

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public void setOccurredOn(LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public InteractionKind getKind() {
		return this.kind;
	}

	public void setKind(InteractionKind kind) {
		this.kind = kind;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getNextStep() {
		return this.nextStep;
	}

	public void setNextStep(String nextStep) {
		this.nextStep = nextStep;
	}

	public List<Long> getContactIds() {
		return this.contactIds;
	}

	public void setContactIds(List<Long> contactIds) {
		this.contactIds = (contactIds != null) ? new ArrayList<>(contactIds) : new ArrayList<>();
		this.contactIds.removeIf(java.util.Objects::isNull);
	}

	public List<Long> getUserIds() {
		return this.userIds;
	}

	public void setUserIds(List<Long> userIds) {
		this.userIds = (userIds != null) ? new ArrayList<>(userIds) : new ArrayList<>();
		this.userIds.removeIf(java.util.Objects::isNull);
	}

}
