package org.keyline.vision;

import java.time.LocalDate;

/**
 * A client requirement in the list, with the names of the contact who raised it and of
 * whoever represented it inside our company.
 */
public record RequirementRow(long id, RequirementHorizon horizon, String title, String description, String raisedBy,
		LocalDate raisedOn, String representedBy, RequirementStatus status, String outcome) {
}
