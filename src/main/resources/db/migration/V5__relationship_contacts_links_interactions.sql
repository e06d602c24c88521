-- The customer's people, who on our team knows whom, and the log of interactions.
create table relationship_contact (
    id             bigint generated always as identity primary key,
    account_id     bigint                   not null references account_account (id),
    name           varchar(120)             not null,
    title          varchar(120),
    department     varchar(120),
    level          varchar(30)              not null,
    buying_role    varchar(30)              not null,
    attitude       varchar(20)              not null,
    influence      smallint                 not null check (influence between 1 and 5),
    reports_to_id  bigint references relationship_contact (id),
    email          varchar(254),
    phone          varchar(40),
    left_company   boolean                  not null default false,
    political_notes text,
    version        bigint                   not null default 0,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    updated_by     varchar(50),
    constraint relationship_contact_not_own_manager check (reports_to_id is null or reports_to_id <> id)
);
create index relationship_contact_account_idx on relationship_contact (account_id);
create index relationship_contact_reports_to_idx on relationship_contact (reports_to_id);

-- Informal influence: "from listens to to".
create table relationship_influence (
    id              bigint generated always as identity primary key,
    account_id      bigint       not null references account_account (id),
    from_contact_id bigint       not null references relationship_contact (id),
    to_contact_id   bigint       not null references relationship_contact (id),
    note            varchar(200),
    constraint relationship_influence_not_self check (from_contact_id <> to_contact_id),
    constraint relationship_influence_once unique (from_contact_id, to_contact_id)
);
create index relationship_influence_account_idx on relationship_influence (account_id);

-- One of our people knows one of theirs, this well.
create table relationship_link (
    id                  bigint generated always as identity primary key,
    account_id          bigint                   not null references account_account (id),
    user_id             bigint                   not null references people_user (id),
    contact_id          bigint                   not null references relationship_contact (id),
    strength            varchar(20)              not null,
    last_interaction_on date,
    version             bigint                   not null default 0,
    updated_at          timestamp with time zone not null,
    updated_by          varchar(50),
    constraint relationship_link_once unique (user_id, contact_id)
);
create index relationship_link_account_idx on relationship_link (account_id);
create index relationship_link_contact_idx on relationship_link (contact_id);

create table relationship_interaction (
    id          bigint generated always as identity primary key,
    account_id  bigint                   not null references account_account (id),
    occurred_on date                     not null,
    kind        varchar(20)              not null,
    summary     varchar(2000)            not null,
    next_step   varchar(500),
    created_at  timestamp with time zone not null,
    created_by  varchar(50)              not null
);
create index relationship_interaction_timeline_idx on relationship_interaction (account_id, occurred_on desc, id desc);

create table relationship_interaction_contact (
    interaction_id bigint not null references relationship_interaction (id),
    contact_id     bigint not null references relationship_contact (id),
    primary key (interaction_id, contact_id)
);
create index relationship_interaction_contact_contact_idx on relationship_interaction_contact (contact_id);

create table relationship_interaction_user (
    interaction_id bigint not null references relationship_interaction (id),
    user_id        bigint not null references people_user (id),
    primary key (interaction_id, user_id)
);
create index relationship_interaction_user_user_idx on relationship_interaction_user (user_id);
