package org.keyline.plan.web;

import java.time.LocalDate;

import org.keyline.plan.ActionInput;
import org.keyline.plan.PlanView;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * An action as typed: what, who of the team, by when.
 */
public class ActionForm {

	private String description;

	private Long ownerId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	private long version;

	static ActionForm from(PlanView.ActionView action) {
		ActionForm form = new ActionForm();
		form.description = action.description();
		form.ownerId = action.ownerId();
		form.dueOn = action.dueOn();
		form.version = action.version();
		return form;
	}

	ActionInput toInput() {
		return new ActionInput(this.description, this.ownerId, this.dueOn);
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
