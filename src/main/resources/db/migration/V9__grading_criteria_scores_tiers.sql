-- Grading: the criteria directors set, the tiers and the service each tier gets, every
-- account's score with each criterion's part in it, hand-scored criteria, overrides, and the
-- history of tier changes.

-- The tiers of the scheme, best first (position 1). An account whose score reaches a tier's
-- threshold is in the best such tier; below the last threshold it is not a key account.
create table grading_tier (
    id                      bigint generated always as identity primary key,
    position                integer      not null unique check (position between 1 and 6),
    name                    varchar(40)  not null,
    threshold               numeric(5, 2) not null check (threshold between 0 and 100),
    review_cadence_days     integer      not null check (review_cadence_days between 7 and 730),
    sponsor_required        boolean      not null,
    agreed_plan_required    boolean      not null,
    interaction_target_days integer      not null check (interaction_target_days between 1 and 365)
);

-- The scheme as a whole: its naming and who changed it last (one row).
create table grading_scheme (
    id          integer primary key check (id = 1),
    naming      varchar(30)              not null,
    version     bigint                   not null default 0,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(50)
);

create table grading_criterion (
    id          bigint generated always as identity primary key,
    position    integer                  not null,
    name        varchar(80)              not null,
    description varchar(1000),
    -- Relative weight: the weights are normalised (each criterion counts weight / sum of weights).
    weight      numeric(6, 2)            not null check (weight > 0 and weight <= 1000),
    -- DERIVED from data Keyline holds (metric) through bands, or MANUAL: scored 1-5 by the manager.
    kind        varchar(10)              not null check (kind in ('DERIVED', 'MANUAL')),
    metric      varchar(30),
    active      boolean                  not null default true,
    version     bigint                   not null default 0,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(50),
    constraint grading_criterion_metric check ((kind = 'DERIVED') = (metric is not null))
);

-- A derived criterion's bands: a value of at least lower_bound scores score (the highest band
-- reached counts; a value below every band, or no value, scores 0).
create table grading_band (
    id           bigint generated always as identity primary key,
    criterion_id bigint         not null references grading_criterion (id) on delete cascade,
    lower_bound  numeric(15, 2) not null,
    score        smallint       not null check (score between 0 and 100),
    constraint grading_band_once unique (criterion_id, lower_bound)
);

-- A hand-scored criterion's guidance for each level 1-5.
create table grading_guidance (
    criterion_id bigint        not null references grading_criterion (id) on delete cascade,
    level        smallint      not null check (level between 1 and 5),
    text         varchar(500)  not null,
    primary key (criterion_id, level)
);

-- The level the account's manager gave a hand-scored criterion (level 1 scores 0, 5 scores 100).
create table grading_manual_score (
    account_id   bigint                   not null references account_account (id),
    criterion_id bigint                   not null references grading_criterion (id) on delete cascade,
    level        smallint                 not null check (level between 1 and 5),
    scored_at    timestamp with time zone not null,
    scored_by    varchar(50)              not null,
    primary key (account_id, criterion_id)
);

-- Each account's current score and tier (null: not a key account), written by the regrade:
-- score_tier_position is the tier its score reaches, tier_position the tier it is in (a
-- director's override, while it lasts, else the score's).
create table grading_account_score (
    account_id          bigint primary key references account_account (id),
    score               numeric(5, 2)            not null,
    score_tier_position integer,
    tier_position       integer,
    overridden          boolean                  not null default false,
    graded_at           timestamp with time zone not null
);
create index grading_account_score_tier_idx on grading_account_score (tier_position, score desc);

-- Each criterion's part in an account's score: the value it was scored on and the 0-100 score.
create table grading_criterion_score (
    account_id   bigint         not null references account_account (id),
    criterion_id bigint         not null references grading_criterion (id) on delete cascade,
    value        numeric(15, 2),
    score        numeric(5, 2)  not null,
    primary key (account_id, criterion_id)
);

-- A director's tier for an account, with a reason, until it expires.
create table grading_override (
    id            bigint generated always as identity primary key,
    account_id    bigint                   not null references account_account (id),
    tier_position integer,
    reason        varchar(2000)            not null,
    expires_on    date                     not null,
    set_at        timestamp with time zone not null,
    set_by        varchar(50)              not null,
    ended_at      timestamp with time zone,
    ended_by      varchar(50)
);
create unique index grading_override_one_active_idx on grading_override (account_id) where ended_at is null;

-- Every change of an account's tier, and why.
create table grading_tier_change (
    id         bigint generated always as identity primary key,
    account_id bigint                   not null references account_account (id),
    from_tier  varchar(40),
    to_tier    varchar(40),
    score      numeric(5, 2)            not null,
    cause      varchar(20)              not null
        check (cause in ('DATA_CHANGED', 'CRITERIA_CHANGED', 'OVERRIDE_SET', 'OVERRIDE_EXPIRED', 'FIRST_GRADED')),
    changed_at timestamp with time zone not null
);
create index grading_tier_change_account_idx on grading_tier_change (account_id, changed_at desc, id desc);

-- The default scheme every installation starts with (directors change it on /grading):
-- Olympic medals, six criteria that weigh more than sales volume.
insert into grading_scheme (id, naming, updated_at, updated_by) values (1, 'OLYMPIC', now(), 'keyline');
insert into grading_tier (position, name, threshold, review_cadence_days, sponsor_required, agreed_plan_required,
    interaction_target_days) values
    (1, 'Gold', 70, 60, true, true, 14),
    (2, 'Silver', 50, 90, false, true, 30),
    (3, 'Bronze', 30, 180, false, false, 60);

insert into grading_criterion (position, name, description, weight, kind, metric, updated_at, updated_by) values
    (1, 'Revenue', 'What the account buys from us in the latest fiscal year.', 25, 'DERIVED', 'REVENUE', now(), 'keyline'),
    (2, 'Gross margin', 'Gross margin in % of revenue: profitable business counts more than volume.', 20, 'DERIVED', 'MARGIN_PERCENT', now(), 'keyline'),
    (3, 'Share of wallet', 'Our share of what they spend in our category: room to grow and how firmly we are in.', 15, 'DERIVED', 'SHARE_OF_WALLET', now(), 'keyline'),
    (4, 'Revenue growth', 'Revenue against the year before, in %.', 10, 'DERIVED', 'REVENUE_GROWTH', now(), 'keyline'),
    (5, 'Partner or vendor', 'How the customer sees us, from commodity supplier (1) to strategic partner (5).', 15, 'DERIVED', 'RELATIONSHIP_LEVEL', now(), 'keyline'),
    (6, 'Strategic fit', 'How much the account matters to our own strategy: reference value, new markets, joint development. Scored by the account''s manager.', 15, 'MANUAL', null, now(), 'keyline');

insert into grading_band (criterion_id, lower_bound, score)
select c.id, b.lower_bound, b.score from grading_criterion c
join (values
    ('REVENUE', 0, 10), ('REVENUE', 500000, 40), ('REVENUE', 2000000, 70), ('REVENUE', 5000000, 100),
    ('MARGIN_PERCENT', 0, 20), ('MARGIN_PERCENT', 10, 50), ('MARGIN_PERCENT', 20, 80), ('MARGIN_PERCENT', 30, 100),
    ('SHARE_OF_WALLET', 0, 10), ('SHARE_OF_WALLET', 15, 40), ('SHARE_OF_WALLET', 30, 70), ('SHARE_OF_WALLET', 50, 100),
    ('REVENUE_GROWTH', -100, 0), ('REVENUE_GROWTH', 0, 40), ('REVENUE_GROWTH', 5, 70), ('REVENUE_GROWTH', 15, 100),
    ('RELATIONSHIP_LEVEL', 1, 0), ('RELATIONSHIP_LEVEL', 2, 25), ('RELATIONSHIP_LEVEL', 3, 50), ('RELATIONSHIP_LEVEL', 4, 75),
    ('RELATIONSHIP_LEVEL', 5, 100)
) as b (metric, lower_bound, score) on b.metric = c.metric;

insert into grading_guidance (criterion_id, level, text)
select c.id, g.level, g.text from grading_criterion c
join (values
    (1, 'No strategic value beyond the revenue itself.'),
    (2, 'Some reference value in its region or industry.'),
    (3, 'A recognised reference, or a door to a new segment.'),
    (4, 'Shapes our offer: joint development or an early adopter of new products.'),
    (5, 'Essential to our strategy: a lighthouse customer whose loss would change our plans.')
) as g (level, text) on c.kind = 'MANUAL';
