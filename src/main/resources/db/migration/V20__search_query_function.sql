-- The search box's words as a text-search query (the search module): every word matches as a
-- prefix of a word in the documents, all words must match. A prefix is stemmed as the documents
-- are ("meetings" finds "meeting"), but stemming a partial word can change its end ("qvabcy"
-- becomes "qvabci", "compy" "compi") so that it no longer is a prefix of the whole word stored;
-- the prefix as typed is then searched as well. Stop words alone match nothing, as before.
create function search_query(words text[]) returns tsquery
language plpgsql immutable strict parallel safe as $$
declare
    word text;
    stemmed tsquery;
    plain tsquery;
    result tsquery;
begin
    foreach word in array words loop
        stemmed := to_tsquery('english', word || ':*');
        plain := to_tsquery('simple', word || ':*');
        if numnode(stemmed) = 1 and numnode(plain) = 1
                and not starts_with(split_part(plain::text, '''', 2), split_part(stemmed::text, '''', 2)) then
            stemmed := stemmed || plain;
        end if;
        result := case when result is null then stemmed else result && stemmed end;
    end loop;
    return coalesce(result, to_tsquery('simple', ''));
end $$;
