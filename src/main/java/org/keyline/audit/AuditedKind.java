package org.keyline.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the audit trail records, by table.
 */
public enum AuditedKind {

	USER("people_user"), USER_ROLE("people_user_role"), ACCOUNT("account_account"), ECONOMICS("account_economics"),
	TEAM_MEMBER("account_team_member"), MENTOR("account_mentor"), CONTACT("relationship_contact"),
	LINK("relationship_link"), PLAN("plan_plan"), OBJECTIVE("plan_objective"), STRATEGY("plan_strategy"),
	ACTION("plan_action"), CRITERION("grading_criterion"), BAND("grading_band"), TIER("grading_tier"),
	OVERRIDE("grading_override");

	private final String table;

	AuditedKind(String table) {
		this.table = table;
	}

	public String table() {
		return this.table;
	}

	public static Optional<AuditedKind> ofTable(String table) {
		return Arrays.stream(values()).filter((kind) -> kind.table.equals(table)).findFirst();
	}

	/** Kinds that belong to one account. */
	public boolean ofAccount() {
		return switch (this) {
			case USER, USER_ROLE, CRITERION, BAND, TIER -> false;
			default -> true;
		};
	}

	/** Kinds of the grading scheme, which everybody may read. */
	public boolean ofGradingScheme() {
		return this == CRITERION || this == BAND || this == TIER;
	}

}
