package org.keyline.account;

/**
 * A section that another module adds to the account page (the account module cannot know
 * the modules above it). The page renders {@code template :: fragment(section)} with the
 * model this returns, in {@link #order()}.
 */
public interface AccountPageSection {

	/** Where the section stands on the page; lower first. */
	int order();

	/**
	 * The Thymeleaf template that holds the fragment, e.g.
	 * {@code relationship/account-section}.
	 */
	String template();

	/** The fragment's name; it takes one parameter, the model. */
	String fragment();

	/** What the fragment shows, for this viewer. Runs a fixed number of statements. */
	Object model(AccountRef account, Viewer viewer);

	/**
	 * What the fragment shows on the account page, where the account's details (its
	 * current team among them) are already read: a section that needs them overrides this
	 * rather than reading them again.
	 */
	default Object model(AccountDetails details, AccountRef account, Viewer viewer) {
		return model(account, viewer);
	}

	/** Where on the page: {@link Placement#MAIN} by default. */
	default Placement placement() {
		return Placement.MAIN;
	}

	/**
	 * Where a section stands: {@code TOP} across the page under the account's header (the
	 * account vision), {@code MAIN} in the main column.
	 */
	enum Placement {

		TOP, MAIN

	}

}
