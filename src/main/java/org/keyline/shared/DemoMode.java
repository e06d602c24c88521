package org.keyline.shared;

/**
 * Whether Keyline runs in demo mode: seeding demo data into an empty database and saying
 * so on the sign-in page.
 *
 * @param enabled on with the embedded database unless {@code keyline.demo.enabled=false};
 * on an external database only with {@code keyline.demo.enabled=true}
 * @param password the password of the seeded demo users, shown on the sign-in page
 */
public record DemoMode(boolean enabled, String password) {

	/**
	 * The password of every demo user. It is public on purpose: demo mode is for trying
	 * Keyline out, never for real data.
	 */
	public static final String DEMO_PASSWORD = "keyline-demo";

}
