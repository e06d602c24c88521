package org.keyline.account;

/**
 * Our sales region the account belongs to.
 */
public enum Region {

	NORTH_AMERICA, LATIN_AMERICA, NORTHERN_EUROPE, WESTERN_EUROPE, SOUTHERN_EUROPE, CENTRAL_EASTERN_EUROPE,
	MIDDLE_EAST_AFRICA, ASIA_PACIFIC

}
