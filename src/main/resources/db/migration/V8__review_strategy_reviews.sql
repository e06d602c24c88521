-- Strategy reviews: a mentor (or a director) looks at an account's long-term strategy,
-- writes an assessment and recommendations, and sets the date of the next review. Reviews
-- are a record: they are kept and never edited.
create table review_strategy_review (
    id              bigint generated always as identity primary key,
    account_id      bigint                   not null references account_account (id),
    reviewed_on     date                     not null,
    assessment      text                     not null,
    recommendations text,
    next_review_on  date                     not null,
    reviewer_id     bigint                   not null references people_user (id),
    created_at      timestamp with time zone not null,
    created_by      varchar(50)              not null,
    constraint review_strategy_review_next_after check (next_review_on > reviewed_on),
    constraint review_strategy_review_assessment check (length(trim(assessment)) > 0)
);
-- The latest review of an account (history, account page, lists of reviews due).
create index review_strategy_review_latest_idx on review_strategy_review (account_id, reviewed_on desc, id desc);
