package org.keyline.vision.web;

import java.time.LocalDate;

import org.keyline.vision.FeedbackInput;
import org.keyline.vision.Reaction;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The customer's feedback on a version of the vision, as typed on the vision page.
 */
public class FeedbackForm {

	private Integer versionNo;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate givenOn;

	private Long contactId;

	private String contactName;

	private Reaction reaction;

	private String notes;

	static FeedbackForm on(Integer versionNo, LocalDate today) {
		FeedbackForm form = new FeedbackForm();
		form.versionNo = versionNo;
		form.givenOn = today;
		return form;
	}

	FeedbackInput toInput() {
		return new FeedbackInput(this.versionNo, this.givenOn, this.contactId, this.contactName, this.reaction,
				this.notes);
	}

	public Integer getVersionNo() {
		return this.versionNo;
	}

	public void setVersionNo(Integer versionNo) {
		this.versionNo = versionNo;
	}

	public LocalDate getGivenOn() {
		return this.givenOn;
	}

	public void setGivenOn(LocalDate givenOn) {
		this.givenOn = givenOn;
	}

	public Long getContactId() {
		return this.contactId;
	}

	public void setContactId(Long contactId) {
		this.contactId = contactId;
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public Reaction getReaction() {
		return this.reaction;
	}

	public void setReaction(Reaction reaction) {
		this.reaction = reaction;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

}
