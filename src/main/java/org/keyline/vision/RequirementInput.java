package org.keyline.vision;

import java.time.LocalDate;

/**
 * A client requirement as typed.
 */
public record RequirementInput(RequirementHorizon horizon, String title, String description, Long raisedByContactId,
		LocalDate raisedOn, Long representedById, RequirementStatus status, String outcome) {
}
