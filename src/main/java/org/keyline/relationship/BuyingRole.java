package org.keyline.relationship;

/**
 * A contact's role in the buying decision (coach: a champion who guides us).
 */
public enum BuyingRole {

	DECISION_MAKER, INFLUENCER, TECHNICAL_EVALUATOR, USER, GATEKEEPER, COACH;

	/** Decision makers and influencers: the people whose view decides. */
	public boolean decisive() {
		return this == DECISION_MAKER || this == INFLUENCER;
	}

}
