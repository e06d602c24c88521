-- Service compliance and "my work" at thousands of accounts (issue 7).

-- The open actions of a plan by due date: overdue actions per account (my work's alerts
-- and the manager's overdue actions).
create index plan_action_open_plan_idx on plan_action (plan_id, due_on) where status in ('OPEN', 'IN_PROGRESS');

-- The links of an account by last interaction, with what deciding "going cold" needs, so
-- the links going cold of the accounts at hand are read from the index alone.
create index relationship_link_account_interaction_idx on relationship_link (account_id, last_interaction_on)
    include (strength, user_id, contact_id);
