package org.keyline.account;

import java.time.LocalDate;

/**
 * Someone leaves an account's team on {@code leftOn} (which may be today or a date to
 * come). Published in the transaction that records it.
 */
public record TeamMembershipEnded(long accountId, long userId, LocalDate leftOn) {
}
