package org.keyline.hostile;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Proves that a refused request changed nothing: while the suite runs, a row trigger on
 * every table of the schema writes down each inserted, updated or deleted row with the
 * user Keyline told the database is acting ({@code keyline.actor}, set by
 * {@code AuditingTransactionManager} for every writing transaction of a signed-in user).
 * Work Keyline does by itself afterwards (event listeners regrading an account) has no
 * actor and does not count, so the check does not depend on timing. The triggers and the
 * table are removed when the suite ends.
 */
final class ChangeLog {

	/** Tables whose writes are not the application's data. */
	private static final Set<String> SKIPPED = Set.of("hostile_change", "flyway_schema_history", "shedlock",
			"spring_session", "spring_session_attributes", "data_version", "data_version_pending");

	private final JdbcTemplate jdbc;

	private List<String> tables = List.of();

	ChangeLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void install() {
		this.jdbc.execute("""
				create table if not exists hostile_change (
				    id bigint generated always as identity primary key,
				    table_name text not null,
				    operation text not null,
				    actor text,
				    row_size integer)""");
		this.jdbc.execute("""
				create or replace function hostile_change_record() returns trigger language plpgsql as $$
				begin
				    insert into hostile_change (table_name, operation, actor, row_size)
				    values (tg_table_name, tg_op, nullif(current_setting('keyline.actor', true), ''),
				            case when tg_op = 'DELETE' then 0 else octet_length(to_jsonb(new)::text) end);
				    return null;
				end $$""");
		this.tables = this.jdbc.queryForList("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE'""", String.class)
			.stream()
			.filter((t) -> !SKIPPED.contains(t))
			.toList();
		for (String table : this.tables) {
			this.jdbc.execute("drop trigger if exists hostile_change on " + table);
			this.jdbc.execute("create trigger hostile_change after insert or update or delete on " + table
					+ " for each row execute function hostile_change_record()");
		}
	}

	void remove() {
		for (String table : this.tables) {
			this.jdbc.execute("drop trigger if exists hostile_change on " + table);
		}
		this.jdbc.execute("drop function if exists hostile_change_record() cascade");
		this.jdbc.execute("drop table if exists hostile_change");
	}

	long mark() {
		Long max = this.jdbc.queryForObject("select coalesce(max(id), 0) from hostile_change", Long.class);
		return (max != null) ? max : 0;
	}

	/** The tables changed by a signed-in user since the mark, as "table OPERATION". */
	List<String> changedByUsersSince(long mark) {
		return this.jdbc.queryForList("""
				select distinct table_name || ' ' || operation || ' by ' || actor from hostile_change
				where id > ? and actor is not null""", String.class, mark);
	}

	/**
	 * Every change since the mark, with or without actor (for endpoints without a
	 * signed-in user).
	 */
	List<String> changedSince(long mark) {
		return this.jdbc.queryForList("""
				select distinct table_name || ' ' || operation from hostile_change where id > ?""", String.class, mark);
	}

	/**
	 * Rows written since the mark that hold more than this many bytes, as "table
	 * OPERATION".
	 */
	List<String> oversizedRowsSince(long mark, int bytes) {
		return this.jdbc.queryForList("""
				select distinct table_name || ' ' || operation from hostile_change where id > ? and row_size > ?""",
				String.class, mark, bytes);
	}

}
