-- The audit trail (the audit module): who changed what and when, with old and new values, written
-- by the database itself in the same transaction as the change, so that no write path (JPA or SQL)
-- can forget it. Keyline tells the database who is acting at the start of each writing transaction
-- (set_config('keyline.actor', username, true)); changes Keyline makes by itself (a nightly job, an
-- event listener) have no actor. Append-only: updates, deletes and truncation are refused.
create table audit_entry (
    id          bigint generated always as identity primary key,
    occurred_at timestamp with time zone not null default now(),
    actor       varchar(50),
    table_name  varchar(63)              not null,
    record_id   varchar(40)              not null,
    account_id  bigint,
    action      varchar(6)               not null check (action in ('INSERT', 'UPDATE', 'DELETE')),
    changes     jsonb                    not null
);
create index audit_entry_account_idx on audit_entry (account_id, id desc) where account_id is not null;
create index audit_entry_record_idx on audit_entry (table_name, record_id, id desc);
create index audit_entry_actor_idx on audit_entry (actor, id desc);
create index audit_entry_time_idx on audit_entry (occurred_at);

create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'The audit trail is append-only: % refused', tg_op;
end $$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();

-- Arguments: the record's id column; a query for the account the record belongs to, given the
-- row as $1 (jsonb), or '' for none; columns not recorded (comma-separated); columns whose values
-- are not recorded, only that they changed.
create function audit_row() returns trigger language plpgsql as $$
declare
    old_row jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
    new_row jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
    any_row jsonb := coalesce(new_row, old_row);
    ignored text[] := string_to_array(tg_argv[2], ',');
    masked text[] := string_to_array(tg_argv[3], ',');
    changes jsonb := '{}'::jsonb;
    key text;
    account bigint;
begin
    for key in select jsonb_object_keys(any_row) loop
        continue when key = any(ignored);
        if nullif(old_row -> key, 'null'::jsonb) is distinct from nullif(new_row -> key, 'null'::jsonb) then
            if key = any(masked) then
                changes := changes || jsonb_build_object(key, jsonb_build_array('*', '*'));
            else
                changes := changes || jsonb_build_object(key, jsonb_build_array(old_row -> key, new_row -> key));
            end if;
        end if;
    end loop;
    if tg_op = 'UPDATE' and changes = '{}'::jsonb then
        return null;
    end if;
    if tg_argv[1] <> '' then
        execute tg_argv[1] into account using any_row;
    end if;
    insert into audit_entry (actor, table_name, record_id, account_id, action, changes)
    values (coalesce(nullif(current_setting('keyline.actor', true), ''), any_row ->> 'updated_by'), tg_table_name,
            any_row ->> tg_argv[0], account, tg_op, changes);
    return null;
end $$;

create trigger audit after insert or update or delete on people_user for each row execute function audit_row(
    'id', '', 'id,version,created_at,updated_at,updated_by', 'password_hash');
create trigger audit after insert or update or delete on people_user_role for each row execute function audit_row(
    'user_id', '', '', '');
create trigger audit after insert or update or delete on account_account for each row execute function audit_row(
    'id', 'select ($1 ->> ''id'')::bigint',
    'id,version,created_at,updated_at,updated_by,search_document,current_year,current_revenue,current_cost_to_serve,current_category_spend,current_margin,current_share_of_wallet',
    '');
create trigger audit after insert or update or delete on account_economics for each row execute function audit_row(
    'id', 'select ($1 ->> ''account_id'')::bigint', 'id,account_id,version,updated_at,updated_by', '');
create trigger audit after insert or update or delete on account_team_member for each row execute function audit_row(
    'id', 'select ($1 ->> ''account_id'')::bigint', 'id,account_id', '');
create trigger audit after insert or update or delete on account_mentor for each row execute function audit_row(
    'mentor_id', 'select ($1 ->> ''account_id'')::bigint', 'account_id,assigned_at,assigned_by', '');
create trigger audit after insert or update or delete on relationship_contact for each row execute function audit_row(
    'id', 'select ($1 ->> ''account_id'')::bigint', 'id,account_id,version,created_at,updated_at,updated_by,search_document', '');
create trigger audit after insert or update or delete on relationship_link for each row execute function audit_row(
    'id', 'select ($1 ->> ''account_id'')::bigint', 'id,account_id,version,updated_at,updated_by,last_interaction_on', '');
create trigger audit after insert or update or delete on plan_plan for each row execute function audit_row(
    'id', 'select ($1 ->> ''account_id'')::bigint', 'id,account_id,version,created_at,created_by,updated_at,updated_by', '');
create trigger audit after insert or update or delete on plan_objective for each row execute function audit_row(
    'id', 'select account_id from plan_plan where id = ($1 ->> ''plan_id'')::bigint',
    'id,version,updated_at,updated_by', '');
create trigger audit after insert or update or delete on plan_strategy for each row execute function audit_row(
    'id', 'select p.account_id from plan_objective o join plan_plan p on p.id = o.plan_id where o.id = ($1 ->> ''objective_id'')::bigint',
    'id', '');
create trigger audit after insert or update or delete on plan_action for each row execute function audit_row(
    'id', 'select account_id from plan_plan where id = ($1 ->> ''plan_id'')::bigint',
    'id,version,updated_at,updated_by', '');
create trigger audit after insert or update or delete on grading_criterion for each row execute function audit_row(
    'id', '', 'id,version,updated_at,updated_by', '');
create trigger audit after insert or update or delete on grading_band for each row execute function audit_row(
    'criterion_id', '', 'id,criterion_id', '');
create trigger audit after insert or update or delete on grading_tier for each row execute function audit_row(
    'id', '', 'id', '');
create trigger audit after insert or update or delete on grading_override for each row execute function audit_row(
    'id', 'select ($1 ->> ''account_id'')::bigint', 'id,account_id', '');
