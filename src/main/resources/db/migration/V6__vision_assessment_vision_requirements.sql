-- The account vision: dated assessments of where the account is today, the vision statement in
-- versions with the customer's feedback, and the client's requirements (advocacy).

-- One assessment: who answered the ten questions on which day, and what Keyline knew then.
create table vision_assessment (
    id                         bigint generated always as identity primary key,
    account_id                 bigint                   not null references account_account (id),
    assessed_on                date                     not null,
    -- The values Keyline already knew, as they were when the assessment was recorded.
    known_fiscal_year          integer,
    known_share_of_wallet      numeric(7, 2),
    known_relationship         varchar(30)              not null,
    known_touch_points         integer                  not null,
    known_advice_frequency     varchar(20)              not null,
    known_strategic_importance smallint                 not null,
    known_ease_of_business     smallint                 not null,
    known_competitors          varchar(2000),
    created_at                 timestamp with time zone not null,
    created_by                 varchar(50)              not null
);
create index vision_assessment_account_idx on vision_assessment (account_id, assessed_on desc, id desc);

create table vision_assessment_answer (
    assessment_id bigint      not null references vision_assessment (id),
    question      varchar(30) not null,
    answer        varchar(4000) not null,
    primary key (assessment_id, question)
);

-- Every save of the vision is a new version; the highest number is the current vision.
create table vision_version (
    id         bigint generated always as identity primary key,
    account_id bigint                   not null references account_account (id),
    version_no integer                  not null check (version_no >= 1),
    statement  varchar(2000)            not null,
    rationale  varchar(4000),
    set_at     timestamp with time zone not null,
    set_by     varchar(50)              not null,
    constraint vision_version_once unique (account_id, version_no)
);

-- The customer's reaction to one version: a contact of the account, or a name typed in.
create table vision_feedback (
    id           bigint generated always as identity primary key,
    account_id   bigint                   not null references account_account (id),
    version_id   bigint                   not null references vision_version (id),
    given_on     date                     not null,
    contact_id   bigint references relationship_contact (id),
    contact_name varchar(120),
    reaction     varchar(20)              not null,
    notes        varchar(4000),
    created_at   timestamp with time zone not null,
    created_by   varchar(50)              not null,
    constraint vision_feedback_who check (contact_id is not null or contact_name is not null)
);
create index vision_feedback_version_idx on vision_feedback (version_id, given_on desc, id desc);
create index vision_feedback_account_idx on vision_feedback (account_id);

-- The client's requirements, present and emerging, and what became of each.
create table vision_requirement (
    id                   bigint generated always as identity primary key,
    account_id           bigint                   not null references account_account (id),
    horizon              varchar(10)              not null,
    title                varchar(200)             not null,
    description          varchar(4000),
    raised_by_contact_id bigint                   not null references relationship_contact (id),
    raised_on            date                     not null,
    represented_by_id    bigint references people_user (id),
    status               varchar(20)              not null,
    outcome              varchar(4000),
    version              bigint                   not null default 0,
    created_at           timestamp with time zone not null,
    created_by           varchar(50)              not null,
    updated_at           timestamp with time zone not null,
    updated_by           varchar(50)              not null,
    constraint vision_requirement_outcome check (status not in ('DELIVERED', 'DECLINED') or outcome is not null),
    constraint vision_requirement_represented check (status <> 'REPRESENTED' or represented_by_id is not null)
);
create index vision_requirement_account_idx on vision_requirement (account_id, status, horizon, raised_on desc);
