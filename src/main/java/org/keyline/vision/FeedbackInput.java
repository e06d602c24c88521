package org.keyline.vision;

import java.time.LocalDate;

/**
 * Feedback as typed: on which version (null for the current one), when, from whom (a
 * current contact of the account, or a name when the person is not a contact), the
 * reaction and notes.
 */
public record FeedbackInput(Integer versionNo, LocalDate givenOn, Long contactId, String contactName, Reaction reaction,
		String notes) {
}
