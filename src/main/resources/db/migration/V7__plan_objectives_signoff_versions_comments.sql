-- Account plans: objectives three to four years out, their strategies and actions, the
-- team's sign-off, the versions kept when an agreed plan changes, and the comments on it.
create table plan_plan (
    id              bigint generated always as identity primary key,
    account_id      bigint                   not null references account_account (id),
    title           varchar(200)             not null,
    -- The fiscal years the plan covers: three or four.
    horizon_from    integer                  not null check (horizon_from between 1900 and 2200),
    horizon_to      integer                  not null,
    status          varchar(20)              not null,
    version_no      integer                  not null default 1,
    submitted_at    timestamp with time zone,
    submitted_by    varchar(50),
    agreed_at       timestamp with time zone,
    override_by     varchar(50),
    override_reason varchar(2000),
    activated_at    timestamp with time zone,
    closed_at       timestamp with time zone,
    closing_note    varchar(2000),
    version         bigint                   not null default 0,
    created_at      timestamp with time zone not null,
    created_by      varchar(50)              not null,
    updated_at      timestamp with time zone not null,
    updated_by      varchar(50),
    constraint plan_plan_horizon check (horizon_to - horizon_from between 2 and 3),
    constraint plan_plan_status check (status in ('DRAFT', 'IN_REVIEW', 'AGREED', 'ACTIVE', 'CLOSED'))
);
-- At most one plan of an account is open; closed plans are kept.
create unique index plan_plan_one_open_idx on plan_plan (account_id) where status <> 'CLOSED';
create index plan_plan_account_idx on plan_plan (account_id, created_at desc);

create table plan_objective (
    id           bigint generated always as identity primary key,
    plan_id      bigint                   not null references plan_plan (id),
    position     integer                  not null,
    title        varchar(200)             not null,
    metric       varchar(120)             not null,
    unit         varchar(20),
    baseline     numeric(15, 2)           not null,
    target       numeric(15, 2)           not null,
    target_on    date                     not null,
    latest_value numeric(15, 2),
    latest_on    date,
    version      bigint                   not null default 0,
    updated_at   timestamp with time zone not null,
    updated_by   varchar(50),
    constraint plan_objective_moves check (target <> baseline),
    constraint plan_objective_latest_dated check ((latest_value is null) = (latest_on is null))
);
create index plan_objective_plan_idx on plan_objective (plan_id, position);

create table plan_strategy (
    id           bigint generated always as identity primary key,
    objective_id bigint        not null references plan_objective (id) on delete cascade,
    position     integer       not null,
    description  varchar(1000) not null
);
create index plan_strategy_objective_idx on plan_strategy (objective_id, position);

create table plan_action (
    id          bigint generated always as identity primary key,
    plan_id     bigint                   not null references plan_plan (id),
    strategy_id bigint                   not null references plan_strategy (id) on delete cascade,
    description varchar(500)             not null,
    owner_id    bigint                   not null references people_user (id),
    due_on      date                     not null,
    status      varchar(20)              not null,
    done_on     date,
    version     bigint                   not null default 0,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(50),
    constraint plan_action_status check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED'))
);
create index plan_action_plan_idx on plan_action (plan_id);
create index plan_action_strategy_idx on plan_action (strategy_id);
-- "My overdue actions" across accounts.
create index plan_action_open_owner_idx on plan_action (owner_id, due_on) where status in ('OPEN', 'IN_PROGRESS');

-- Who was asked to sign off which version of a plan, and when they signed.
create table plan_signoff (
    id           bigint generated always as identity primary key,
    plan_id      bigint                   not null references plan_plan (id),
    version_no   integer                  not null,
    user_id      bigint                   not null references people_user (id),
    requested_at timestamp with time zone not null,
    signed_at    timestamp with time zone,
    constraint plan_signoff_once unique (plan_id, version_no, user_id)
);

-- A version of a plan as it stood when an agreed plan's objectives were changed: the
-- objectives, strategies and actions as JSON, and how it had been agreed.
create table plan_version (
    id              bigint generated always as identity primary key,
    plan_id         bigint                   not null references plan_plan (id),
    version_no      integer                  not null,
    status          varchar(20)              not null,
    agreed_at       timestamp with time zone,
    override_by     varchar(50),
    override_reason varchar(2000),
    snapshot        jsonb                    not null,
    frozen_at       timestamp with time zone not null,
    frozen_by       varchar(50)              not null,
    constraint plan_version_once unique (plan_id, version_no)
);

-- Comments on a plan as a whole or on one of its objectives, threaded by parent.
create table plan_comment (
    id              bigint generated always as identity primary key,
    plan_id         bigint                   not null references plan_plan (id),
    objective_id    bigint references plan_objective (id) on delete set null,
    -- The objective's title when the comment was made: it stays readable if the objective goes.
    objective_title varchar(200),
    parent_id       bigint references plan_comment (id),
    body            varchar(4000)            not null,
    author_id       bigint                   not null references people_user (id),
    created_at      timestamp with time zone not null
);
create index plan_comment_plan_idx on plan_comment (plan_id, created_at);
