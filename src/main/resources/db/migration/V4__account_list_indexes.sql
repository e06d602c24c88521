-- The account list's usual orders over active accounts: by name, and by the largest revenue,
-- margin and share of wallet first. Each ends in the id, the list's tie-breaker, so that a page
-- is read straight from the index.
create index account_account_active_name_idx on account_account (lower(name), id) where archived_at is null;
create index account_account_active_revenue_idx on account_account (current_revenue desc nulls last, id) where archived_at is null;
create index account_account_active_margin_idx on account_account (current_margin desc nulls last, id) where archived_at is null;
create index account_account_active_share_idx on account_account (current_share_of_wallet desc nulls last, id) where archived_at is null;
