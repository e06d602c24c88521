package org.keyline.account;

/**
 * How often the customer calls us for information or advice.
 */
public enum AdviceFrequency {

	NEVER, RARELY, SOMETIMES, OFTEN

}
