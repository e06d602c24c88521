package org.keyline.search;

/**
 * What a search finds, in the order results are shown.
 */
public enum SearchKind {

	ACCOUNT, CONTACT, REQUIREMENT, INTERACTION

}
