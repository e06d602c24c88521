package org.keyline.shared;

/**
 * One module's demo data. Each module contributes its own seeder; they run in
 * {@link #order()} (lower modules first) in one transaction, once, on an empty database
 * in demo mode.
 */
public interface DemoData {

	/**
	 * Writes this module's demo data.
	 */
	void seed();

	/**
	 * Where this seeder runs among the others: a module's seeder runs after those of the
	 * modules it builds on.
	 */
	int order();

}
