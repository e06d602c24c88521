-- Search ranks interactions among the most recent ones that match (the search module): walking
-- the interactions newest first finds them without reading every match of a common word.
create index relationship_interaction_recent_idx on relationship_interaction (occurred_on desc, id desc);
