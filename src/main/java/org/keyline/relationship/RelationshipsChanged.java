package org.keyline.relationship;

/**
 * An account's contacts or our links to them changed (a contact added, edited or gone, a
 * link added, strengthened, weakened or removed, an interaction logged): what depends on
 * its coverage, such as its grade or its coverage summary, should be brought up to date.
 *
 * @param accountId the account
 */
public record RelationshipsChanged(long accountId) {

}
