package org.keyline.relationship.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.keyline.relationship.ContactEdit;
import org.keyline.relationship.ContactInput;

/**
 * What someone else saved while this person was editing a contact: who, when, and every
 * field where the saved value differs from what this person typed. The form keeps what
 * was typed.
 */
public record ContactStaleChanges(String by, Instant at, List<Change> changes) {

	/**
	 * A field whose saved value differs from the typed one; enum values come as message
	 * keys ({@code savedKey}, {@code typedKey}), others as text.
	 */
	public record Change(String labelKey, String saved, String savedKey, String typed, String typedKey) {
	}

	static ContactStaleChanges between(ContactInput mine, ContactEdit saved, Map<Long, String> names) {
		ContactInput theirs = saved.input();
		List<Change> changes = new ArrayList<>();
		text(changes, "contact.field.name", theirs.name(), mine.name());
		text(changes, "contact.field.title", theirs.title(), mine.title());
		text(changes, "contact.field.department", theirs.department(), mine.department());
		key(changes, "contact.field.level", "contact.level.", theirs.level(), mine.level());
		key(changes, "contact.field.buyingRole", "contact.buyingRole.", theirs.buyingRole(), mine.buyingRole());
		key(changes, "contact.field.attitude", "contact.attitude.", theirs.attitude(), mine.attitude());
		text(changes, "contact.field.influence", String.valueOf(theirs.influence()), String.valueOf(mine.influence()));
		text(changes, "contact.field.reportsTo", names.getOrDefault(theirs.reportsToId(), ""),
				names.getOrDefault(mine.reportsToId(), ""));
		text(changes, "contact.field.email", theirs.email(), mine.email());
		text(changes, "contact.field.phone", theirs.phone(), mine.phone());
		if (theirs.leftCompany() != mine.leftCompany()) {
			changes.add(new Change("contact.field.leftCompany", null, yesNo(theirs.leftCompany()), null,
					yesNo(mine.leftCompany())));
		}
		text(changes, "contact.field.politicalNotes", theirs.politicalNotes(), mine.politicalNotes());
		return new ContactStaleChanges(saved.updatedBy(), saved.updatedAt(), changes);
	}

	private static String yesNo(boolean value) {
		return value ? "contact.yes" : "contact.no";
	}

	private static void text(List<Change> changes, String label, String saved, String typed) {
		if (!Objects.equals(normal(saved), normal(typed))) {
			changes.add(new Change(label, normal(saved), null, normal(typed), null));
		}
	}

	private static void key(List<Change> changes, String label, String prefix, Enum<?> saved, Enum<?> typed) {
		if (saved != typed) {
			changes.add(new Change(label, null, (saved != null) ? prefix + saved.name() : "contact.none", null,
					(typed != null) ? prefix + typed.name() : "contact.none"));
		}
	}

	private static String normal(String value) {
		return (value == null) ? "" : value.trim();
	}

}
