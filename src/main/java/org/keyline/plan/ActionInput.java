package org.keyline.plan;

import java.time.LocalDate;

/**
 * What defines an action: what, who of the team, by when.
 */
public record ActionInput(String description, Long ownerId, LocalDate dueOn) {
}
