-- The data version: one number that moves whenever a transaction that changed Keyline's data
-- commits. Pages that aggregate over the whole portfolio (the directors' dashboard, "my work")
-- keep their figures in each instance's memory under the version they were computed at, and
-- reuse them while the version stands still (shared.DataVersionCache, ADR 12).
--
-- Every table of Keyline's own gets the trigger below; the framework tables do not (Flyway's
-- history, Spring Session's sessions, ShedLock's locks, Spring Modulith's event publications):
-- they hold no data that a page aggregates. A new table gets it with
--     select keyline_track_changes('new_table');
-- in its migration (DataVersionTests fails for a table without it).
--
-- How it moves, at the cost of one trigger call per statement (not per row) and three row
-- writes per transaction:
-- 1. A statement-level trigger on each tracked table notes the transaction's first change: it
--    inserts the transaction's id into data_version_pending and sets a transaction-local setting,
--    so that the transaction's later statements find the setting and return at once. (A
--    savepoint rolled back undoes both, and a later statement notes the change again.)
-- 2. That insert queues a row-level constraint trigger, DEFERRABLE INITIALLY DEFERRED, which
--    fires at commit, after everything else the transaction did: it sets the version to the next
--    value of a sequence (a value is never given twice, even after the table was emptied) and
--    deletes the pending row. The version row's lock is thus taken only at the moment of the
--    commit, as the transaction's last lock: writers queue there briefly and never deadlock on
--    it. A transaction rolled back never gets there.
-- A statement that changed no row (an update that matched nothing) moves the version too: a
-- value recomputed for nothing, never a stale one.
create sequence data_version_seq;

create table data_version (
    id      int    primary key default 1 check (id = 1),
    version bigint not null
);

insert into data_version (id, version) values (1, nextval('data_version_seq'));

-- Unlogged: its rows live from a transaction's first change to its commit, and no longer.
create unlogged table data_version_pending (
    xact xid8 primary key
);

create function data_version_note_change() returns trigger language plpgsql as $$
begin
    if current_setting('keyline.data_version_pending', true) is distinct from 'on' then
        insert into data_version_pending (xact) values (pg_current_xact_id());
        perform set_config('keyline.data_version_pending', 'on', true);
    end if;
    return null;
end
$$;

create function data_version_advance() returns trigger language plpgsql as $$
begin
    update data_version set version = nextval('data_version_seq') where id = 1;
    delete from data_version_pending where xact = new.xact;
    return null;
end
$$;

create constraint trigger data_version_advance after insert on data_version_pending
    deferrable initially deferred for each row execute function data_version_advance();

create function keyline_track_changes(tracked regclass) returns void language plpgsql as $$
begin
    execute format('create trigger %I after insert or update or delete or truncate on %s '
        'for each statement execute function data_version_note_change()',
        (select c.relname from pg_class c where c.oid = tracked) || '_data_version', tracked);
end
$$;

select keyline_track_changes(c.oid)
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
where n.nspname = current_schema()
  and c.relkind in ('r', 'p') and not c.relispartition
  and c.relname not in ('flyway_schema_history', 'spring_session', 'spring_session_attributes',
                        'shedlock', 'event_publication', 'data_version', 'data_version_pending')
order by c.relname;
