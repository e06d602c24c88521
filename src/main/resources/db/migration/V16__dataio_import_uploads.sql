-- CSV imports (the dataio module): an uploaded file waits here between upload, preview and
-- confirmation, so that any Keyline instance sharing this database can serve the next step.
-- Only its owner reaches it; it expires (and is deleted) a day after it was last touched,
-- and when the import is done or cancelled.
create table dataio_upload (
    id               uuid                     primary key,
    owner_id         bigint                   not null references people_user (id),
    kind             varchar(20)              not null check (kind in ('ACCOUNTS', 'CONTACTS')),
    file_name        varchar(255)             not null,
    content          bytea                    not null,
    mapping          text                     not null,
    default_industry varchar(40),
    default_country  varchar(2),
    account_owner_id bigint references people_user (id),
    account_id       bigint references account_account (id),
    created_at       timestamp with time zone not null,
    expires_at       timestamp with time zone not null
);
create index dataio_upload_owner_idx on dataio_upload (owner_id);
create index dataio_upload_expires_idx on dataio_upload (expires_at);

-- Duplicate contacts are found by e-mail without regard to case: an index on the
-- relationship module's contacts, so that checking a file of 10,000 e-mails against
-- 200,000 contacts reads the index, not the table.
create index relationship_contact_email_idx on relationship_contact (lower(email));
