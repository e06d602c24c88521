create table people_user (
    id            bigint generated always as identity primary key,
    username      varchar(50)              not null,
    display_name  varchar(100)             not null,
    email         varchar(254)             not null,
    password_hash varchar(255)             not null,
    enabled       boolean                  not null default true,
    version       bigint                   not null default 0,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(50)
);
-- Usernames are unique regardless of case: "Anna" and "anna" are one person.
create unique index people_user_username_key on people_user (lower(username));
create index people_user_display_name_idx on people_user (lower(display_name));

create table people_user_role (
    user_id bigint      not null references people_user (id) on delete cascade,
    role    varchar(20) not null check (role in ('ADMIN', 'DIRECTOR', 'MANAGER', 'MEMBER', 'MENTOR')),
    primary key (user_id, role)
);

-- Failed sign-ins per username (existing or not), for the lockout rule.
create table people_sign_in_throttle (
    username         varchar(255)             not null primary key,
    failures         integer                  not null,
    window_started_at timestamp with time zone not null,
    locked_until     timestamp with time zone
);
