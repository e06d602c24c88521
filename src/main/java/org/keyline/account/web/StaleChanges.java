package org.keyline.account.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.keyline.account.AccountProfile;
import org.keyline.account.SavedAccount;
import org.keyline.people.UserDirectory;
import org.keyline.people.UserSummary;

/**
 * What someone else saved while this person was editing: every field where the saved
 * value differs from what this person typed, with both values. The form keeps what was
 * typed.
 *
 * @param by who saved
 * @param at when
 * @param changes the fields that differ
 */
public record StaleChanges(String by, Instant at, List<Change> changes) {

	/**
	 * A field whose saved value differs from the typed one. Enum values come as message
	 * keys ({@code savedKey}, {@code typedKey}), others as text.
	 */
	public record Change(String labelKey, String saved, String savedKey, String typed, String typedKey) {
	}

	static StaleChanges between(AccountForm form, SavedAccount saved, UserDirectory users) {
		AccountProfile mine = form.toProfile();
		AccountProfile theirs = saved.profile();
		List<Change> changes = new ArrayList<>();
		text(changes, "account.field.name", theirs.name(), mine.name());
		key(changes, "account.field.industry", "industry.", theirs.industry(), mine.industry());
		key(changes, "account.field.region", "region.", theirs.region(), mine.region());
		text(changes, "account.field.country", Country.nameOf(theirs.country()), Country.nameOf(mine.country()));
		text(changes, "account.field.employees", str(theirs.employees()), str(mine.employees()));
		text(changes, "account.field.website", str(theirs.website()), str(mine.website()));
		key(changes, "account.field.stage", "stage.", theirs.stage(), mine.stage());
		key(changes, "account.field.relationship", "relationship.", theirs.relationship(), mine.relationship());
		text(changes, "account.field.strategicImportance", str(theirs.strategicImportance()),
				str(mine.strategicImportance()));
		text(changes, "account.field.easeOfBusiness", str(theirs.easeOfBusiness()), str(mine.easeOfBusiness()));
		key(changes, "account.field.adviceFrequency", "advice.", theirs.adviceFrequency(), mine.adviceFrequency());
		text(changes, "account.field.notes", str(theirs.notes()), str(mine.notes()));
		text(changes, "account.field.competitors", competitors(theirs), competitors(mine));
		if (!Objects.equals(theirs.parentId(), mine.parentId())) {
			changes.add(new Change("account.field.parent", str(theirs.parentId()), null, str(mine.parentId()), null));
		}
		if (form.getOwnerId() != null && saved.ownerId() != form.getOwnerId()) {
			changes.add(new Change("account.field.owner",
					users.find(saved.ownerId()).map(UserSummary::displayName).orElse(""), null,
					users.find(form.getOwnerId()).map(UserSummary::displayName).orElse(""), null));
		}
		return new StaleChanges(saved.updatedBy(), saved.updatedAt(), changes);
	}

	private static void text(List<Change> changes, String label, String saved, String typed) {
		if (!Objects.equals(normal(saved), normal(typed))) {
			changes.add(new Change(label, saved, null, typed, null));
		}
	}

	private static void key(List<Change> changes, String label, String prefix, Enum<?> saved, Enum<?> typed) {
		if (saved != typed) {
			changes.add(new Change(label, null, (saved != null) ? prefix + saved.name() : null, null,
					(typed != null) ? prefix + typed.name() : null));
		}
	}

	private static String competitors(AccountProfile profile) {
		return profile.competitors()
			.stream()
			.map((c) -> c.name() + ((c.shareOfSpend() != null) ? " " + plain(c.shareOfSpend()) + "%" : ""))
			.collect(Collectors.joining(", "));
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static String str(Object value) {
		return (value == null) ? "" : value.toString();
	}

	private static String normal(String value) {
		return (value == null) ? "" : value.trim();
	}

}
