package org.keyline.account;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.keyline.people.Role;
import org.keyline.people.TestUsers;

/**
 * Test data for accounts (an object mother): valid profiles with unique names, and
 * viewers for real users.
 */
public final class Accounts {

	private static final AtomicInteger counter = new AtomicInteger();

	private Accounts() {
	}

	/** A name no other test uses; a list filtered by it shows only this account. */
	public static String uniqueName(String prefix) {
		return prefix + " " + System.nanoTime() % 1_000_000 + "-" + counter.incrementAndGet();
	}

	/** A valid profile of a top-level account with a unique name and no competitors. */
	public static AccountProfile aProfile() {
		return aProfile(uniqueName("Acme"));
	}

	/** A valid profile with this name. */
	public static AccountProfile aProfile(String name) {
		return new AccountProfile(name, Industry.MANUFACTURING, Region.WESTERN_EUROPE, "NL", 1200,
				"https://example.com", null, LifecycleStage.EXPLOITATION, RelationshipLevel.PREFERRED_SUPPLIER, 4, 3,
				AdviceFrequency.SOMETIMES, "Test account", List.of());
	}

	/** A valid profile that belongs to the group of {@code parentId}. */
	public static AccountProfile aSubsidiaryOf(long parentId) {
		return withParent(aProfile(), parentId);
	}

	/** The profile with another name. */
	public static AccountProfile withName(AccountProfile p, String name) {
		return new AccountProfile(name, p.industry(), p.region(), p.country(), p.employees(), p.website(), p.parentId(),
				p.stage(), p.relationship(), p.strategicImportance(), p.easeOfBusiness(), p.adviceFrequency(),
				p.notes(), p.competitors());
	}

	/** The profile with another parent (null: top-level). */
	public static AccountProfile withParent(AccountProfile p, Long parentId) {
		return new AccountProfile(p.name(), p.industry(), p.region(), p.country(), p.employees(), p.website(), parentId,
				p.stage(), p.relationship(), p.strategicImportance(), p.easeOfBusiness(), p.adviceFrequency(),
				p.notes(), p.competitors());
	}

	/** The profile with these competitors, each with an unknown share of spend. */
	public static AccountProfile withCompetitors(AccountProfile p, String... names) {
		List<AccountProfile.Competitor> competitors = java.util.Arrays.stream(names)
			.map((name) -> new AccountProfile.Competitor(name, null))
			.toList();
		return new AccountProfile(p.name(), p.industry(), p.region(), p.country(), p.employees(), p.website(),
				p.parentId(), p.stage(), p.relationship(), p.strategicImportance(), p.easeOfBusiness(),
				p.adviceFrequency(), p.notes(), competitors);
	}

	/** A viewer for a user who exists. */
	public static Viewer viewer(long userId, String username, Role... roles) {
		Set<Role> set = (roles.length == 0) ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
		return new Viewer(userId, username, set);
	}

	/** Creates a user with these roles in the database and returns them as a viewer. */
	public static Viewer aViewer(TestUsers users, String prefix, Role... roles) {
		String username = users.create(prefix, roles);
		return viewer(users.idOf(username), username, roles);
	}

	/** An amount with two decimals, as a form would send it. */
	public static BigDecimal amount(String value) {
		return new BigDecimal(value);
	}

}
