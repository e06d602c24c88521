-- The coverage of every account counted per rule, as CoverageAnalysis finds it for one
-- account: kept current by the relationship module (events, a nightly refresh and one at
-- startup) so that the portfolio dashboard reads it instead of computing it.
create table relationship_coverage_summary (
    account_id bigint primary key references account_account on delete cascade,
    contacts int not null,
    people int not null,
    uncovered_decision_makers int not null,
    hostile_decision_makers int not null,
    levels_not_reached int not null,
    going_cold int not null,
    single_threaded int not null,
    last_interaction_on date,
    refreshed_on date not null
);

create index relationship_coverage_summary_refreshed_idx on relationship_coverage_summary (refreshed_on);
