-- The grading scheme's content version: it moves with every statement that changes the tiers,
-- the criteria, their bands or their guidance, whoever runs it (Keyline, a later migration,
-- SQL typed by hand). An instance keeps the scheme it read in memory and reuses it while the
-- version it reads with the scheme's head has not moved (GradingManagement.scheme): one
-- statement instead of four on every page that shows a grade.
--
-- grading_scheme.version stays what it was: the version a director's edit of the tiers is
-- checked against, moved by Keyline only.
alter table grading_scheme add column content_version bigint not null default 0;

create function grading_scheme_content_changed() returns trigger language plpgsql as $$
begin
    update grading_scheme set content_version = content_version + 1 where id = 1;
    return null;
end
$$;

create trigger grading_tier_content after insert or update or delete or truncate on grading_tier
    for each statement execute function grading_scheme_content_changed();
create trigger grading_criterion_content after insert or update or delete or truncate on grading_criterion
    for each statement execute function grading_scheme_content_changed();
create trigger grading_band_content after insert or update or delete or truncate on grading_band
    for each statement execute function grading_scheme_content_changed();
create trigger grading_guidance_content after insert or update or delete or truncate on grading_guidance
    for each statement execute function grading_scheme_content_changed();
