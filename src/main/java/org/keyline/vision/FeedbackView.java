package org.keyline.vision;

import java.time.LocalDate;

/**
 * The customer's reaction to a version of the vision. {@code contact} is true when the
 * person is (or was) a contact of the account, false for a name typed in.
 */
public record FeedbackView(long id, int versionNo, LocalDate givenOn, String who, boolean contact, Reaction reaction,
		String notes) {
}
