package org.keyline.vision.web;

import java.time.LocalDate;

import org.keyline.vision.RequirementEdit;
import org.keyline.vision.RequirementHorizon;
import org.keyline.vision.RequirementInput;
import org.keyline.vision.RequirementStatus;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The requirement form, with the version it was read at.
 */
public class RequirementForm {

	private RequirementHorizon horizon = RequirementHorizon.PRESENT;

	private String title;

	private String description;

	private Long raisedByContactId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate raisedOn;

	private Long representedById;

	private RequirementStatus status = RequirementStatus.RAISED;

	private String outcome;

	private long version;

	static RequirementForm startingOn(LocalDate today) {
		RequirementForm form = new RequirementForm();
		form.raisedOn = today;
		return form;
	}

	static RequirementForm from(RequirementEdit edit) {
		RequirementForm form = new RequirementForm();
		RequirementInput input = edit.input();
		form.horizon = input.horizon();
		form.title = input.title();
		form.description = input.description();
		form.raisedByContactId = input.raisedByContactId();
		form.raisedOn = input.raisedOn();
		form.representedById = input.representedById();
		form.status = input.status();
		form.outcome = input.outcome();
		form.version = edit.version();
		return form;
	}

	RequirementInput toInput() {
		return new RequirementInput(this.horizon, this.title, this.description, this.raisedByContactId, this.raisedOn,
				this.representedById, this.status, this.outcome);
	}

	public RequirementHorizon getHorizon() {
		return this.horizon;
	}

	public void setHorizon(RequirementHorizon horizon) {
		this.horizon = horizon;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getRaisedByContactId() {
		return this.raisedByContactId;
	}

	public void setRaisedByContactId(Long raisedByContactId) {
		this.raisedByContactId = raisedByContactId;
	}

	public LocalDate getRaisedOn() {
		return this.raisedOn;
	}

	public void setRaisedOn(LocalDate raisedOn) {
		this.raisedOn = raisedOn;
	}

	public Long getRepresentedById() {
		return this.representedById;
	}

	public void setRepresentedById(Long representedById) {
		this.representedById = representedById;
	}

	public RequirementStatus getStatus() {
		return this.status;
	}

	public void setStatus(RequirementStatus status) {
		this.status = status;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
