-- The data version: one number that moves whenever a transaction that changed Keyline's data
-- commits. Pages that aggregate over the whole portfolio (the directors' dashboard, "my work")
-- keep their figures in each instance's memory under the version they were computed at, and
-- reuse them while the version stands still (shared.readcache.DataVersionCache, ADR 12).
--
-- Every table of Keyline's own gets the trigger below; the framework tables do not (Flyway's
-- history, Spring Session's sessions, ShedLock's locks, Spring Modulith's event publications):
-- they hold no data that a page aggregates. A new table gets it with
--     select keyline_track_changes('new_table');
-- in its migration (DataVersionTests fails for a table without it).
--
-- How it moves: a row-level constraint trigger, DEFERRABLE INITIALLY DEFERRED, fires at commit,
-- after everything else the transaction did. Its first firing in the transaction sets the version
-- to the next value of a sequence (so a value is never given twice, even after the table was
-- emptied) and notes in a transaction-local setting that it did; the transaction's other rows
-- find that note and return. The update takes the version row's lock only for the moment of the
-- commit, as the transaction's last lock, so writers queue there briefly and never deadlock on it.
-- A transaction that is rolled back never fires it. TRUNCATE (a statement-level event) moves it at
-- once.
create sequence data_version_seq;

create table data_version (
    id      int    primary key default 1 check (id = 1),
    version bigint not null
);

insert into data_version (id, version) values (1, nextval('data_version_seq'));

create function data_version_advance() returns trigger language plpgsql as $$
begin
    if current_setting('keyline.data_version_advanced', true) is distinct from 'on' then
        update data_version set version = nextval('data_version_seq') where id = 1;
        perform set_config('keyline.data_version_advanced', 'on', true);
    end if;
    return null;
end
$$;

create function keyline_track_changes(tracked regclass) returns void language plpgsql as $$
declare
    name text := (select c.relname from pg_class c where c.oid = tracked);
begin
    execute format('create constraint trigger %I after insert or update or delete on %s '
        'deferrable initially deferred for each row execute function data_version_advance()',
        name || '_data_version', tracked);
    execute format('create trigger %I after truncate on %s '
        'for each statement execute function data_version_advance()',
        name || '_data_version_truncate', tracked);
end
$$;

select keyline_track_changes(c.oid)
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
where n.nspname = current_schema()
  and c.relkind in ('r', 'p') and not c.relispartition
  and c.relname not in ('flyway_schema_history', 'spring_session', 'spring_session_attributes',
                        'shedlock', 'event_publication', 'data_version')
order by c.relname;
