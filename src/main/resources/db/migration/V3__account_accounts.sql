-- Key accounts, their economics by fiscal year, competitors, team and mentors.
create table account_account (
    id                    bigint generated always as identity primary key,
    name                  varchar(200)             not null,
    industry              varchar(40)              not null,
    region                varchar(40)              not null,
    country               varchar(2)               not null,
    employees             integer check (employees >= 0),
    website               varchar(255),
    parent_id             bigint references account_account (id),
    owner_id              bigint                   not null references people_user (id),
    stage                 varchar(30)              not null,
    relationship          varchar(30)              not null,
    strategic_importance  smallint                 not null check (strategic_importance between 1 and 5),
    ease_of_business      smallint                 not null check (ease_of_business between 1 and 5),
    advice_frequency      varchar(20)              not null,
    notes                 text,
    archived_at           timestamp with time zone,
    -- The latest fiscal year's figures, kept here by the application in the same transaction
    -- as the economics row, so that the list sorts and filters on them with indexes.
    current_year          integer,
    current_revenue       numeric(15, 2),
    current_cost_to_serve numeric(15, 2),
    current_category_spend numeric(15, 2),
    current_margin        numeric(15, 2) generated always as (current_revenue - current_cost_to_serve) stored,
    current_share_of_wallet numeric(7, 2) generated always as (
        case when current_category_spend > 0 then round(current_revenue * 100 / current_category_spend, 2) end) stored,
    version               bigint                   not null default 0,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    updated_by            varchar(50),
    constraint account_not_own_parent check (parent_id is null or parent_id <> id)
);
create index account_account_owner_idx on account_account (owner_id);
create index account_account_parent_idx on account_account (parent_id);
create index account_account_name_idx on account_account (lower(name));
create index account_account_revenue_idx on account_account (current_revenue);
create index account_account_active_idx on account_account (archived_at) where archived_at is null;

create table account_economics (
    id             bigint generated always as identity primary key,
    account_id     bigint                   not null references account_account (id),
    fiscal_year    integer                  not null check (fiscal_year between 1900 and 2200),
    revenue        numeric(15, 2)           not null check (revenue >= 0),
    cost_to_serve  numeric(15, 2)           not null check (cost_to_serve >= 0),
    category_spend numeric(15, 2) check (category_spend >= 0),
    version        bigint                   not null default 0,
    updated_at     timestamp with time zone not null,
    updated_by     varchar(50),
    constraint account_economics_one_per_year unique (account_id, fiscal_year)
);

create table account_competitor (
    id             bigint generated always as identity primary key,
    account_id     bigint       not null references account_account (id),
    name           varchar(100) not null,
    share_of_spend numeric(5, 2) check (share_of_spend between 0 and 100),
    position       integer      not null default 0
);
create index account_competitor_account_idx on account_competitor (account_id);

create table account_team_member (
    id         bigint generated always as identity primary key,
    account_id bigint      not null references account_account (id),
    user_id    bigint      not null references people_user (id),
    role       varchar(30) not null,
    specialty  varchar(60),
    joined_on  date        not null,
    left_on    date,
    constraint account_team_dates check (left_on is null or left_on >= joined_on),
    constraint account_team_specialty check (role <> 'SPECIALIST' or specialty is not null)
);
create index account_team_member_account_idx on account_team_member (account_id);
create index account_team_member_user_idx on account_team_member (user_id, account_id);

create table account_mentor (
    account_id  bigint                   not null references account_account (id),
    mentor_id   bigint                   not null references people_user (id),
    assigned_at timestamp with time zone not null,
    assigned_by varchar(50)              not null,
    primary key (account_id, mentor_id)
);
create index account_mentor_mentor_idx on account_mentor (mentor_id);

-- The people module's published read model for SQL read models of other modules (names only).
create view people_directory as select id, username, display_name, enabled from people_user;
