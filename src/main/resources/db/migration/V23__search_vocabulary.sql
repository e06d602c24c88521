-- The search module's vocabulary: every word (lexeme) that any searchable document holds or has
-- held, so that a word typed as a prefix is looked up in the GIN indexes as the few whole words
-- it begins ("logist" is 'logist'), not as a prefix. GIN answers a prefix by first collecting
-- every match of every word it begins into a bitmap of its own: 0.9 of the 3.2 ms it took to
-- find and rank the 2,564 contacts that match "logistics" among 193,572. A prefix that begins
-- more than 32 words of the vocabulary stays a prefix (search_query, below).
--
-- The vocabulary only grows: a word whose last document changed or went finds nothing, as a
-- word that never was; what it must never miss is a word of a committed document, and each
-- document's words are added in the transaction that writes it (the triggers below). Two
-- transactions adding the same new word each add a row (there is no unique index, so that
-- neither waits for the other); the lookup reads distinct words.
--
-- A migration that changes how a document is generated must add the new documents' words.
create table search_lexeme (
    lexeme text collate "C" not null
);

insert into search_lexeme (lexeme)
select distinct w.lexeme from (
    select unnest(tsvector_to_array(search_document)) as lexeme from account_account
    union all
    select unnest(tsvector_to_array(search_document)) from relationship_contact
    union all
    select unnest(tsvector_to_array(search_document)) from vision_requirement
    union all
    select unnest(tsvector_to_array(search_document)) from relationship_interaction) w;

create index search_lexeme_lexeme_idx on search_lexeme (lexeme);

-- New rows (the demo seeder inserts thousands in one statement).
create function search_lexemes_inserted() returns trigger
language plpgsql as $$
begin
    insert into search_lexeme (lexeme)
    select distinct w.lexeme
    from inserted_rows r cross join lateral unnest(tsvector_to_array(r.search_document)) as w(lexeme)
    where not exists (select 1 from search_lexeme s where s.lexeme = w.lexeme);
    return null;
end $$;

-- A changed row.
create function search_lexemes_updated() returns trigger
language plpgsql as $$
begin
    insert into search_lexeme (lexeme)
    select w.lexeme
    from unnest(tsvector_to_array(new.search_document)) as w(lexeme)
    where not exists (select 1 from search_lexeme s where s.lexeme = w.lexeme);
    return null;
end $$;

-- On each table with a search document: new rows once per statement, a changed row only when
-- its document changed.
do $$
declare
    t text;
begin
    foreach t in array array['account_account', 'relationship_contact', 'vision_requirement',
            'relationship_interaction'] loop
        execute format('create trigger %I after insert on %I referencing new table as inserted_rows '
            'for each statement execute function search_lexemes_inserted()', t || '_search_lexemes_inserted', t);
        execute format('create trigger %I after update on %I for each row '
            'when (old.search_document is distinct from new.search_document) '
            'execute function search_lexemes_updated()', t || '_search_lexemes_updated', t);
    end loop;
end $$;

-- A word as a lexeme of a query's text, quoted: quotes and backslashes doubled.
create function search_lexeme_quoted(word text) returns text
language sql immutable strict parallel safe as $$
    select '''' || replace(replace(word, '\', '\\'), '''', '''''') || ''''
$$;

-- The words of the vocabulary that begin with a prefix, as a query for any of them: at most 32
-- (more stay the prefix itself); none, the prefix as a whole word, which then matches no document
-- either. Planned once per connection: for each prefix PostgreSQL reckoned a plan of its own
-- cheaper than the generic one and planned the lookup anew on every search (0.1 of its 0.12 ms).
create function search_prefix(prefix text) returns tsquery
language plpgsql stable strict parallel safe
set plan_cache_mode = force_generic_plan as $$
declare
    words text[];
begin
    select array_agg(search_lexeme_quoted(w.lexeme)) into words
    from (select distinct s.lexeme from search_lexeme s
          where s.lexeme >= prefix and s.lexeme < prefix || chr(1114111) and starts_with(s.lexeme, prefix)
          order by s.lexeme limit 33) w;
    if words is null then
        return cast(search_lexeme_quoted(prefix) as tsquery);
    elsif cardinality(words) > 32 then
        return cast(search_lexeme_quoted(prefix) || ':*' as tsquery);
    end if;
    return cast(array_to_string(words, ' | ') as tsquery);
end $$;

-- The search box's words as a query, as before (V20): every word matches what it begins, stemmed
-- as the documents are, and also as typed where stemming changed its end; all words must match;
-- stop words alone match nothing. The beginnings are now looked up in the vocabulary. Stable, no
-- longer immutable: it reads a table.
create or replace function search_query(words text[]) returns tsquery
language plpgsql stable strict parallel safe as $$
declare
    word text;
    stemmed tsquery;
    plain tsquery;
    stem text;
    typed text;
    part tsquery;
    result tsquery;
begin
    foreach word in array words loop
        stemmed := to_tsquery('english', word || ':*');
        plain := to_tsquery('simple', word || ':*');
        if numnode(stemmed) = 1 then
            stem := split_part(stemmed::text, '''', 2);
            part := search_prefix(stem);
            if numnode(plain) = 1 then
                typed := split_part(plain::text, '''', 2);
                if not starts_with(typed, stem) then
                    part := part || search_prefix(typed);
                end if;
            end if;
        else
            part := stemmed;
        end if;
        result := case when result is null then part else result && part end;
    end loop;
    return coalesce(result, to_tsquery('simple', ''));
end $$;
