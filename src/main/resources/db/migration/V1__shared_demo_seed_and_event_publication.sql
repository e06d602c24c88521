-- Marks that demo data was seeded, so that it never runs twice.
create table demo_seed (
    id        bigint generated always as identity primary key,
    seeded_at timestamp with time zone not null
);

-- Spring Modulith's event publication registry (JPA), schema v2.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    integer                  not null default 0,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
