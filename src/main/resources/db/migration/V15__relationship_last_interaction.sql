-- The day of each account's latest interaction, kept by the database itself in the same
-- transaction as the interaction, so that views over thousands of accounts (the tier's service
-- compliance on the portfolio dashboard and "my work") join one row per account instead of
-- searching every account's interaction log. Being written by triggers, it is exact at every
-- moment and for every write path (the interaction log, the demo seeder, plain SQL); an account
-- without interactions has no row.
create table relationship_last_interaction (
    account_id  bigint primary key references account_account on delete cascade,
    occurred_on date not null
);

insert into relationship_last_interaction (account_id, occurred_on)
select account_id, max(occurred_on) from relationship_interaction group by account_id;

-- New interactions can only move an account's latest day forward (one upsert per statement,
-- whatever the number of rows it inserted: the demo seeder inserts thousands at once).
create function relationship_last_interaction_added() returns trigger language plpgsql as $$
begin
    insert into relationship_last_interaction (account_id, occurred_on)
    select account_id, max(occurred_on) from added group by account_id
    on conflict (account_id) do update set occurred_on = excluded.occurred_on
        where relationship_last_interaction.occurred_on < excluded.occurred_on;
    return null;
end $$;

-- Changed or removed interactions (Keyline itself never does either) can move it back: the
-- accounts concerned are counted again. Their rows are created if missing and locked first, so
-- that the recount (a statement of its own, with a snapshot taken after the lock) also sees
-- interactions that a concurrent transaction committed meanwhile.
create function relationship_last_interaction_recount() returns trigger language plpgsql as $$
declare
    accounts bigint[];
begin
    if tg_op = 'UPDATE' then
        select array_agg(distinct account_id) into accounts
        from (select account_id from removed union select account_id from added) changed;
    else
        select array_agg(distinct account_id) into accounts from removed;
    end if;
    insert into relationship_last_interaction (account_id, occurred_on)
    select a.id, '-infinity' from account_account a where a.id = any (accounts)
    on conflict (account_id) do nothing;
    perform 1 from relationship_last_interaction l where l.account_id = any (accounts)
    order by l.account_id for update;
    update relationship_last_interaction l set occurred_on = coalesce(
        (select max(i.occurred_on) from relationship_interaction i where i.account_id = l.account_id), '-infinity')
    where l.account_id = any (accounts);
    delete from relationship_last_interaction l where l.account_id = any (accounts) and l.occurred_on = '-infinity';
    return null;
end $$;

create trigger relationship_interaction_added after insert on relationship_interaction
    referencing new table as added for each statement execute function relationship_last_interaction_added();
create trigger relationship_interaction_changed after update on relationship_interaction
    referencing old table as removed new table as added
    for each statement execute function relationship_last_interaction_recount();
create trigger relationship_interaction_removed after delete on relationship_interaction
    referencing old table as removed for each statement execute function relationship_last_interaction_recount();

create function relationship_last_interaction_cleared() returns trigger language plpgsql as $$
begin
    delete from relationship_last_interaction;
    return null;
end $$;
create trigger relationship_interaction_truncated after truncate on relationship_interaction
    for each statement execute function relationship_last_interaction_cleared();

-- With it: the accounts the portfolio dashboard aggregates (filter, tier, revenue, margin, share
-- of wallet, owner, name) read from a narrow covering index instead of the account table's wide
-- rows (notes, search document), for every one of the dashboard's statements.
create index account_account_portfolio_idx on account_account (id)
    include (owner_id, region, industry, current_revenue, current_margin, current_share_of_wallet, name, archived_at)
    where archived_at is null;
