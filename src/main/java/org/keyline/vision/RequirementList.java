package org.keyline.vision;

import org.keyline.account.AccountRef;

import org.springframework.data.domain.Page;

/**
 * A page of the account's requirements, filtered by status and horizon (null: all).
 */
public record RequirementList(AccountRef account, RequirementStatus status, RequirementHorizon horizon,
		Page<RequirementRow> requirements) {

	public RequirementStatus[] statuses() {
		return RequirementStatus.values();
	}

	public RequirementHorizon[] horizons() {
		return RequirementHorizon.values();
	}

}
