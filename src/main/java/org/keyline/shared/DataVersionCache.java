package org.keyline.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Figures aggregated over the whole portfolio, kept in this instance's memory under the
 * data version they were computed at and reused while it stands still (ADR 12).
 *
 * <p>
 * The data version ({@code data_version}, migration V19) moves when a transaction that
 * changed any of Keyline's tables commits: a trigger on every one of them notes the
 * transaction's first change, and a deferred trigger advances the version as the
 * transaction's last act. So a value computed while the version read {@code V} is exactly
 * what the pages would compute again as long as the database still says {@code V},
 * whichever instance changed the data; a hit costs one statement that reads the version
 * instead of the aggregation's.
 *
 * <p>
 * A value is kept only if it provably belongs to one version: the version is read before
 * and after computing it, and kept only when both reads agree (no change committed in
 * between, whatever the transaction's isolation) and the reading transaction has written
 * nothing itself (its own changes are not counted in the version until it commits).
 * Otherwise the freshly computed value is returned and not kept. Only the newest
 * version's values are kept, at most {@link #MAX_VALUES} of them; an older version's are
 * dropped as soon as a newer one is seen.
 *
 * <p>
 * Keys must describe everything the value depends on besides the data (the filter, the
 * viewer, the day); values must be immutable, since every request of the version shares
 * them.
 */
@Component
public class DataVersionCache {

	/** How many values are kept for the current version (filters times viewers). */
	public static final int MAX_VALUES = 500;

	private final JdbcClient jdbc;

	private volatile Generation generation = new Generation(Long.MIN_VALUE);

	DataVersionCache(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The value for {@code key}: the one kept for the data's current version, or
	 * {@code compute}'s, kept when it can be (see the class comment). Runs in the
	 * caller's transaction, if it has one.
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(Object key, Supplier<T> compute) {
		Version before = version();
		Generation current = this.generation;
		if (before.keepable() && current.version() == before.value()) {
			Object kept = current.values().get(key);
			if (kept != null) {
				return (T) kept;
			}
		}
		T value = compute.get();
		if (before.keepable() && value != null) {
			Version after = version();
			if (after.keepable() && after.value() == before.value()) {
				keep(before.value(), key, value);
			}
		}
		return value;
	}

	/** How many values are kept now (for tests and the health of the cache). */
	public int size() {
		return this.generation.values().size();
	}

	/**
	 * The data version as this transaction sees it, and whether its value may be kept:
	 * not when the transaction has written (it holds a transaction id) or the version row
	 * is missing.
	 */
	private Version version() {
		return this.jdbc.sql("""
				select (select version from data_version where id = 1) as version,
				    pg_current_xact_id_if_assigned() is null as clean""").query((rs, n) -> {
			long value = rs.getLong("version");
			boolean present = !rs.wasNull();
			return new Version(value, present && rs.getBoolean("clean"));
		}).single();
	}

	private void keep(long version, Object key, Object value) {
		Generation current = this.generation;
		if (current.version() < version) {
			synchronized (this) {
				current = this.generation;
				if (current.version() < version) {
					current = new Generation(version);
					this.generation = current;
				}
			}
		}
		if (current.version() == version && current.values().size() < MAX_VALUES) {
			current.values().putIfAbsent(key, value);
		}
	}

	private record Version(long value, boolean keepable) {
	}

	private record Generation(long version, Map<Object, Object> values) {

		Generation(long version) {
			this(version, new ConcurrentHashMap<>());
		}

	}

}
