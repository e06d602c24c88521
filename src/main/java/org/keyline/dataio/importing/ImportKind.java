package org.keyline.dataio.importing;

/**
 * What a file holds: companies or people.
 */
public enum ImportKind {

	ACCOUNTS, CONTACTS

}
