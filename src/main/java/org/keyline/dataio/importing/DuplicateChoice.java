package org.keyline.dataio.importing;

/**
 * What happens to rows already in Keyline: left as Keyline has them, or filled in with
 * the file's values.
 */
public enum DuplicateChoice {

	SKIP, UPDATE

}
