package org.keyline.vision.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.keyline.vision.RequirementEdit;
import org.keyline.vision.RequirementInput;

/**
 * What someone else saved while this person was editing a requirement: who, when, and
 * every field where the saved value differs from what was typed (the shape the
 * {@code fragments/forms :: staleChanges} fragment shows). The form keeps what was typed.
 */
public record RequirementStaleChanges(String by, Instant at, List<Change> changes) {

	/**
	 * A field whose saved value differs from the typed one; enum values come as message
	 * keys.
	 */
	public record Change(String labelKey, String saved, String savedKey, String typed, String typedKey) {
	}

	static RequirementStaleChanges between(RequirementInput mine, RequirementEdit saved, Map<Long, String> contacts,
			Map<Long, String> people) {
		RequirementInput theirs = saved.input();
		List<Change> changes = new ArrayList<>();
		key(changes, "requirement.field.horizon", "requirement.horizon.", theirs.horizon(), mine.horizon());
		text(changes, "requirement.field.title", theirs.title(), mine.title());
		text(changes, "requirement.field.description", theirs.description(), mine.description());
		text(changes, "requirement.field.raisedBy", saved.raisedByName(),
				contacts.getOrDefault(mine.raisedByContactId(), ""));
		text(changes, "requirement.field.raisedOn", String.valueOf(theirs.raisedOn()), String.valueOf(mine.raisedOn()));
		text(changes, "requirement.field.representedBy", saved.representedByName(), people.getOrDefault(
				mine.representedById(),
				Objects.equals(mine.representedById(), theirs.representedById()) ? saved.representedByName() : ""));
		key(changes, "requirement.field.status", "requirement.status.", theirs.status(), mine.status());
		text(changes, "requirement.field.outcome", theirs.outcome(), mine.outcome());
		return new RequirementStaleChanges(saved.updatedBy(), saved.updatedAt(), changes);
	}

	private static void text(List<Change> changes, String label, String saved, String typed) {
		if (!Objects.equals(normal(saved), normal(typed))) {
			changes.add(new Change(label, normal(saved), null, normal(typed), null));
		}
	}

	private static void key(List<Change> changes, String label, String prefix, Enum<?> saved, Enum<?> typed) {
		if (saved != typed) {
			changes.add(new Change(label, null, (saved != null) ? prefix + saved.name() : "requirement.none", null,
					(typed != null) ? prefix + typed.name() : "requirement.none"));
		}
	}

	private static String normal(String value) {
		return (value == null || "null".equals(value)) ? "" : value.trim();
	}

}
