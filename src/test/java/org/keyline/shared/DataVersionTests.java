package org.keyline.shared;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.StillData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data version (migration V19) and what {@link DataVersionCache} keeps under it:
 * every table of Keyline's own moves the version when a change to it commits, once per
 * transaction; a kept value is reused while the version stands still and never when it
 * may not belong to it.
 */
@KeylineTest
class DataVersionTests {

	/**
	 * The framework's tables, whose changes do not move the version, and search's
	 * vocabulary, written only by the triggers of tables that move it (migration V23).
	 */
	static final List<String> UNTRACKED = List.of("flyway_schema_history", "spring_session",
			"spring_session_attributes", "shedlock", "event_publication", "data_version", "data_version_pending",
			"search_lexeme");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	DataVersionCache cache;

	@Autowired
	StatementCounter statements;

	long probeUser;

	@BeforeEach
	void quiet() {
		this.probeUser = this.jdbc.queryForObject("select min(id) from people_user", Long.class);
		StillData.awaitQuiet(this.jdbc);
	}

	@Test
	void everyTableOfKeylinesOwnMovesTheVersion() {
		List<String> tables = this.jdbc.queryForList("""
				select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
				order by c.relname""", String.class);
		List<String> untracked = this.jdbc.queryForList("""
				select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
				and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid
				    and t.tgname = c.relname || '_data_version' and (t.tgtype & 1) = 0)
				and c.relname not like 'hostile%' -- the hostile-input suite's own log, while it runs
				order by c.relname""", String.class);
		assertThat(tables).contains("account_account", "plan_action", "grading_account_score", "people_user",
				"relationship_interaction", "audit_entry");
		assertThat(untracked).as("tables without the data version's trigger")
			.containsExactlyInAnyOrderElementsOf(UNTRACKED.stream().filter(tables::contains).toList());
	}

	@Test
	void aCommittedChangeMovesTheVersionARolledBackOneDoesNot() {
		long before = version();
		touchUser();
		long committed = version();
		assertThat(committed).isNotEqualTo(before);

		long[] inside = new long[1];
		this.transactions.executeWithoutResult((status) -> {
			touchUser();
			// The version moves at commit; run the deferred trigger now to see what it
			// would set.
			this.jdbc.execute("set constraints all immediate");
			inside[0] = version();
			status.setRollbackOnly();
		});
		assertThat(inside[0]).isNotEqualTo(committed);
		assertThat(version()).isNotEqualTo(inside[0]);
	}

	@Test
	void aTransactionMovesTheVersionOnceWhateverItChanges() {
		this.transactions.executeWithoutResult((status) -> {
			touchUser();
			this.jdbc.update(
					"update account_account set updated_at = updated_at where id = (select min(id) from account_account)");
			this.jdbc.execute("set constraints all immediate");
			long first = version();
			touchUser();
			this.jdbc.update("update people_user set display_name = display_name where id <> ?", this.probeUser);
			this.jdbc.execute("set constraints all immediate");
			assertThat(version()).isEqualTo(first);
			status.setRollbackOnly();
		});
	}

	@Test
	void aNewTableIsTrackedWithOneCallAndTruncatingItMovesTheVersion() {
		this.jdbc.execute("create table data_version_probe (id int primary key)");
		try {
			this.jdbc.queryForObject("select keyline_track_changes('data_version_probe')::text", String.class);
			long before = version();
			this.jdbc.update("insert into data_version_probe (id) values (1)");
			long inserted = version();
			assertThat(inserted).isNotEqualTo(before);
			this.jdbc.execute("truncate data_version_probe");
			assertThat(version()).isNotEqualTo(inserted);
		}
		finally {
			this.jdbc.execute("drop table data_version_probe");
		}
	}

	@Test
	void aValueIsComputedOnceAndKeptWhileNothingChanges() {
		AtomicInteger computed = new AtomicInteger();
		Object key = List.of("kept", System.nanoTime());
		String first = this.cache.get(key, () -> "value " + computed.incrementAndGet());
		int statements = this.statements.count(() -> {
			assertThat(this.cache.<String>get(key, () -> "value " + computed.incrementAndGet())).isSameAs(first);
		});
		assertThat(computed).hasValue(1);
		assertThat(statements).isEqualTo(1);

		touchUser();
		assertThat(this.cache.<String>get(key, () -> "value " + computed.incrementAndGet())).isEqualTo("value 2");
		assertThat(this.cache.<String>get(key, () -> "value " + computed.incrementAndGet())).isEqualTo("value 2");
	}

	@Test
	void aValueComputedWhileAChangeCommitsIsNotKept() {
		AtomicInteger computed = new AtomicInteger();
		Object key = List.of("raced", System.nanoTime());
		TransactionTemplate separately = new TransactionTemplate(this.transactionManager);
		separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.transactions.executeWithoutResult((status) -> this.cache.get(key, () -> {
			// Someone else's change commits while the value is computed.
			separately.executeWithoutResult((other) -> touchUser());
			return "value " + computed.incrementAndGet();
		}));
		assertThat(this.cache.<String>get(key, () -> "value " + computed.incrementAndGet())).isEqualTo("value 2");
		assertThat(this.cache.<String>get(key, () -> "value " + computed.incrementAndGet())).isEqualTo("value 2");
	}

	@Test
	void aValueComputedByATransactionThatWroteIsNotKept() {
		AtomicInteger computed = new AtomicInteger();
		Object key = List.of("written", System.nanoTime());
		this.transactions.executeWithoutResult((status) -> {
			touchUser();
			this.cache.get(key, () -> "value " + computed.incrementAndGet());
			this.cache.get(key, () -> "value " + computed.incrementAndGet());
			status.setRollbackOnly();
		});
		assertThat(computed).hasValue(2);
		assertThat(this.cache.<String>get(key, () -> "value " + computed.incrementAndGet())).isEqualTo("value 3");
	}

	@Test
	void atMostSoManyValuesAreKept() {
		touchUser();
		for (int i = 0; i < DataVersionCache.MAX_VALUES + 20; i++) {
			this.cache.get(List.of("many", i), () -> "value");
		}
		assertThat(this.cache.size()).isEqualTo(DataVersionCache.MAX_VALUES);
	}

	private long version() {
		return this.jdbc.queryForObject("select version from data_version", Long.class);
	}

	/** A change that changes nothing: the trigger fires all the same. */
	private void touchUser() {
		this.jdbc.update("update people_user set display_name = display_name where id = ?", this.probeUser);
	}

}
