package org.keyline.account;

/**
 * A role on the account team: support (service, satisfaction), development (pre-sales,
 * growth), a specialist with a label (legal, technical, ...), or the executive sponsor
 * who meets the customer's executives.
 */
public enum TeamRole {

	ACCOUNT_SUPPORT, ACCOUNT_DEVELOPMENT, SPECIALIST, EXECUTIVE_SPONSOR

}
