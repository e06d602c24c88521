-- Service compliance and "my work" at thousands of accounts (issue 7).

-- The open actions of a plan by due date: the overdue actions of an account (my work's
-- alerts, one account at a time, and the manager's overdue actions).
create index plan_action_open_plan_idx on plan_action (plan_id, due_on) where status in ('OPEN', 'IN_PROGRESS');

-- The links of an account by last interaction: the links going cold of one account
-- (never or long ago) without reading all of its links.
create index relationship_link_account_interaction_idx on relationship_link (account_id, last_interaction_on);
