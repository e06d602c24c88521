-- ShedLock (the schema its documentation gives for PostgreSQL): a scheduled job runs on one
-- instance at a time when several Keyline instances share the database.
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null,
    primary key (name)
);

-- The daily reminder e-mails sent: at most one per person and day, even when the job runs
-- again (a restart, a second instance after the lock expired).
create table reminder_delivery (
    id        bigint generated always as identity primary key,
    user_id   bigint                   not null references people_user (id) on delete cascade,
    day       date                     not null,
    sent_at   timestamp with time zone not null,
    actions   integer                  not null,
    reviews   integer                  not null,
    constraint reminder_delivery_once unique (user_id, day)
);

-- Other modules learn a user's e-mail address from the directory (the column is appended,
-- so every existing reader of the view is unchanged).
create or replace view people_directory as
    select id, username, display_name, enabled, email from people_user;
