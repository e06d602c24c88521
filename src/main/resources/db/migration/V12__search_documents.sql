-- Full-text search (the search module): one generated document per searchable row, kept by
-- PostgreSQL itself whenever the row changes, with a GIN index. English stemming ("meetings"
-- finds "meeting"); names weigh most (A), titles next (B), notes and text least (C/D).
alter table account_account add column search_document tsvector generated always as (
    setweight(to_tsvector('english', coalesce(name, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(website, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(notes, '')), 'C')) stored;
create index account_account_search_idx on account_account using gin (search_document);

alter table relationship_contact add column search_document tsvector generated always as (
    setweight(to_tsvector('english', coalesce(name, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(title, '') || ' ' || coalesce(department, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(email, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(political_notes, '')), 'C')) stored;
create index relationship_contact_search_idx on relationship_contact using gin (search_document);

alter table vision_requirement add column search_document tsvector generated always as (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(description, '')), 'C') ||
    setweight(to_tsvector('english', coalesce(outcome, '')), 'D')) stored;
create index vision_requirement_search_idx on vision_requirement using gin (search_document);

alter table relationship_interaction add column search_document tsvector generated always as (
    setweight(to_tsvector('english', coalesce(summary, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(next_step, '')), 'C')) stored;
create index relationship_interaction_search_idx on relationship_interaction using gin (search_document);
