package org.keyline.vision;

/**
 * The ten questions of an account assessment, in the order the brief asks them. Some of
 * them Keyline can already answer from the account's data ({@link KnownAnswers}).
 */
public enum AssessmentQuestion {

	WHERE_TODAY, STRATEGY_FIT, COMPETITORS_DOING, HOW_WE_COMPETE, SHARE_OF_WALLET, STRATEGIC_IMPORTANCE, TOUCH_POINTS,
	EASE_OF_BUSINESS, ADVICE_FREQUENCY, PARTNER_OR_VENDOR

}
