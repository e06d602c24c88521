package org.keyline.grading.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A director's override as typed: the tier (blank: not a key account), why, until when.
 */
public class OverrideForm {

	private Integer tierPosition;

	private String reason;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expiresOn;

	public Integer getTierPosition() {
		return this.tierPosition;
	}

	public void setTierPosition(Integer tierPosition) {
		this.tierPosition = tierPosition;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	public void setExpiresOn(LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}

}
