-- The account list counts the accounts that match its filter on every page. Filtered by
-- industry, region or stage, PostgreSQL counted them by reading the whole portfolio index
-- (account_account_portfolio_idx, every active account) and dropping those of other values:
-- 1.1 ms for 587 of 9,659 accounts in LOGISTICS, two thirds of the list's database time.
-- With these it reads only the matching entries (0.1 ms for the same count, index only).
create index account_account_active_industry_idx on account_account (industry) where archived_at is null;
create index account_account_active_region_idx on account_account (region) where archived_at is null;
create index account_account_active_stage_idx on account_account (stage) where archived_at is null;
