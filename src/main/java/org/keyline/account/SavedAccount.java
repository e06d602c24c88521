package org.keyline.account;

import java.time.Instant;

/**
 * An account as it is saved now, with who saved it last: what a stale edit is compared
 * with.
 */
public record SavedAccount(AccountProfile profile, long ownerId, long version, String updatedBy, Instant updatedAt) {
}
