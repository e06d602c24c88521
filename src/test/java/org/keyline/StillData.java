package org.keyline;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures something about the pages that keep figures under the data version
 * ({@code DataVersionCache}) while nobody else changes the data.
 *
 * <p>
 * Other threads of the test JVM write while a test counts: the listeners that run
 * asynchronously after a change the test made (grading and coverage after an account was
 * created), and the scheduled jobs of the application contexts kept between test classes
 * (the hourly clean-up of the import uploads that tests left expired). Each such commit
 * moves the data version, so a page computes its figures again instead of reusing them,
 * and runs more statements than a test that counts them expects. A measurement is
 * therefore taken again when the data version, or the minute that the kept figures belong
 * to, moved while it ran, up to {@link #ATTEMPTS} times; the last one is returned
 * whatever happened, so that a page which never reuses its figures still fails the test.
 */
public final class StillData {

	static final int ATTEMPTS = 10;

	private StillData() {
	}

	public static <T> T measure(JdbcTemplate jdbc, Supplier<T> measurement) {
		T result = null;
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			long version = version(jdbc);
			Instant minute = minute();
			result = measurement.get();
			if (version == version(jdbc) && minute.equals(minute())) {
				return result;
			}
			pause();
		}
		return result;
	}

	/**
	 * Waits, up to ten seconds, until the data version holds still for a moment: the
	 * listeners of what earlier tests changed may still be committing.
	 */
	public static void awaitQuiet(JdbcTemplate jdbc) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		long last = version(jdbc);
		while (System.nanoTime() < deadline) {
			pause();
			long now = version(jdbc);
			if (now == last) {
				return;
			}
			last = now;
		}
	}

	private static long version(JdbcTemplate jdbc) {
		Long version = jdbc.queryForObject("select version from data_version where id = 1", Long.class);
		return (version != null) ? version : Long.MIN_VALUE;
	}

	private static Instant minute() {
		return Instant.now().truncatedTo(ChronoUnit.MINUTES);
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
