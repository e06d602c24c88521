package org.keyline.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.keyline.account.AccountScope;
import org.keyline.account.Viewer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches accounts, contacts, client requirements and interactions in one SQL statement,
 * whatever the amount of data: PostgreSQL full-text search on the documents that the
 * database generates for each row (migration {@code V12}), through their GIN indexes.
 * Only what the viewer may see is searched ({@link AccountScope}); hits are ranked with
 * {@code ts_rank} (names weigh more than notes); the matching words are marked with
 * {@code ts_headline} in the hits shown only.
 *
 * <p>
 * This module reads the tables of the account, relationship and vision modules in SQL: it
 * is a read model across them, like a report, and writes nothing.
 */
@Service
public class Search {

	/** Hits of each kind in the overview. */
	public static final int OVERVIEW_SIZE = 5;

	/** Hits on a page of one kind. */
	public static final int PAGE_SIZE = 20;

	/**
	 * Counts stop here ("1,000 or more"): counting every match of a common word is slow.
	 */
	public static final int COUNT_LIMIT = 1000;

	// Marks that cannot come from the database's text search: private-use characters.
	private static final char START = '\uE000';

	private static final char STOP = '\uE001';

	private static final String TITLE_OPTIONS = "HighlightAll=true, StartSel=" + START + ", StopSel=" + STOP;

	private static final String SNIPPET_OPTIONS = "MaxFragments=2, MaxWords=18, MinWords=6, FragmentDelimiter=\" … \", StartSel="
			+ START + ", StopSel=" + STOP;

	private final JdbcClient jdbc;

	private final Clock clock;

	Search(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The best {@link #OVERVIEW_SIZE} hits of every kind, or with a kind one page of
	 * {@link #PAGE_SIZE} of that kind. Nothing is searched for no words.
	 */
	@Transactional(readOnly = true)
	public SearchResults search(String typed, SearchKind kind, int page, Viewer viewer) {
		SearchTerms terms = SearchTerms.parse(typed);
		int size = (kind != null) ? PAGE_SIZE : OVERVIEW_SIZE;
		int safePage = (kind != null) ? Math.max(0, Math.min(page, COUNT_LIMIT / PAGE_SIZE)) : 0;
		if (terms.isEmpty() || !viewer.worksWithAccounts()) {
			return new SearchResults(terms, kind, safePage, size, List.of(), Map.of());
		}
		List<SearchHit> hits = new ArrayList<>();
		Map<SearchKind, Integer> totals = new EnumMap<>(SearchKind.class);
		this.jdbc.sql(sql(AccountScope.visibleTo(viewer)))
			.param("query", terms.tsquery())
			.param("kind", (kind != null) ? kind.name() : "ALL")
			.param("limit", size)
			.param("offset", safePage * size)
			.param("countLimit", COUNT_LIMIT)
			.param("titleOptions", TITLE_OPTIONS)
			.param("snippetOptions", SNIPPET_OPTIONS)
			.param("viewerId", viewer.userId())
			.param("today", LocalDate.now(this.clock))
			.query((ResultSet rs) -> {
				SearchKind rowKind = SearchKind.valueOf(rs.getString("kind"));
				if (rs.getObject("total") != null) {
					totals.put(rowKind, rs.getInt("total"));
				}
				else {
					hits.add(hit(rowKind, rs));
				}
			});
		hits.sort(java.util.Comparator.comparing(SearchHit::kind));
		return new SearchResults(terms, kind, safePage, size, List.copyOf(hits), totals);
	}

	private static SearchHit hit(SearchKind kind, ResultSet rs) throws SQLException {
		List<SearchHit.Segment> snippet = segments(rs.getString("snippet"));
		if (snippet.stream().noneMatch(SearchHit.Segment::match)) {
			snippet = List.of();
		}
		return new SearchHit(kind, rs.getLong("id"), rs.getLong("account_id"), rs.getString("account_name"),
				segments(rs.getString("title")), snippet, rs.getString("detail"),
				rs.getObject("on_date", LocalDate.class), rs.getBoolean("inactive"));
	}

	/** Splits a marked headline into plain and matching pieces. */
	static List<SearchHit.Segment> segments(String marked) {
		if (marked == null || marked.isEmpty()) {
			return List.of();
		}
		List<SearchHit.Segment> segments = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		boolean match = false;
		for (int i = 0; i < marked.length(); i++) {
			char c = marked.charAt(i);
			if (c == START || c == STOP) {
				if (text.length() > 0) {
					segments.add(new SearchHit.Segment(text.toString(), match));
					text.setLength(0);
				}
				match = (c == START);
			}
			else {
				text.append(c);
			}
		}
		if (text.length() > 0) {
			segments.add(new SearchHit.Segment(text.toString(), match));
		}
		return List.copyOf(segments);
	}

	private static String sql(String visible) {
		return """
				with q as (select to_tsquery('english', :query) as query),
				hits as (
				    (select 'ACCOUNT' as kind, a.id, a.id as account_id, a.name as account_name, a.name as title,
				         a.notes as body, a.website as detail, cast(null as date) as on_date,
				         a.archived_at is not null as inactive, ts_rank(a.search_document, q.query) as rank
				     from account_account a cross join q
				     where :kind in ('ALL', 'ACCOUNT') and a.search_document @@ q.query and (%1$s)
				     order by rank desc, a.id limit :limit offset :offset)
				    union all
				    (select 'CONTACT', c.id, a.id, a.name, c.name,
				         concat_ws(' · ', c.email, c.political_notes), concat_ws(', ', c.title, c.department), null,
				         c.left_company, ts_rank(c.search_document, q.query) as rank
				     from relationship_contact c join account_account a on a.id = c.account_id cross join q
				     where :kind in ('ALL', 'CONTACT') and c.search_document @@ q.query and (%1$s)
				     order by rank desc, c.id limit :limit offset :offset)
				    union all
				    (select 'REQUIREMENT', r.id, a.id, a.name, r.title, concat_ws(' · ', r.description, r.outcome),
				         r.status, r.raised_on, false, ts_rank(r.search_document, q.query) as rank
				     from vision_requirement r join account_account a on a.id = r.account_id cross join q
				     where :kind in ('ALL', 'REQUIREMENT') and r.search_document @@ q.query and (%1$s)
				     order by rank desc, r.id limit :limit offset :offset)
				    union all
				    (select 'INTERACTION', i.id, a.id, a.name, '', concat_ws(' · Next: ', i.summary, i.next_step),
				         i.kind, i.occurred_on, false, ts_rank(i.search_document, q.query) as rank
				     from relationship_interaction i join account_account a on a.id = i.account_id cross join q
				     where :kind in ('ALL', 'INTERACTION') and i.search_document @@ q.query and (%1$s)
				     order by rank desc, i.occurred_on desc, i.id limit :limit offset :offset)),
				totals as (
				    select 'ACCOUNT' as kind, (select count(*) from (select 1 from account_account a cross join q
				        where :kind in ('ALL', 'ACCOUNT') and a.search_document @@ q.query and (%1$s)
				        limit :countLimit) x) as total
				    union all
				    select 'CONTACT', (select count(*) from (select 1 from relationship_contact c
				        join account_account a on a.id = c.account_id cross join q
				        where :kind in ('ALL', 'CONTACT') and c.search_document @@ q.query and (%1$s)
				        limit :countLimit) x)
				    union all
				    select 'REQUIREMENT', (select count(*) from (select 1 from vision_requirement r
				        join account_account a on a.id = r.account_id cross join q
				        where :kind in ('ALL', 'REQUIREMENT') and r.search_document @@ q.query and (%1$s)
				        limit :countLimit) x)
				    union all
				    select 'INTERACTION', (select count(*) from (select 1 from relationship_interaction i
				        join account_account a on a.id = i.account_id cross join q
				        where :kind in ('ALL', 'INTERACTION') and i.search_document @@ q.query and (%1$s)
				        limit :countLimit) x))
				select h.kind, h.id, h.account_id, h.account_name,
				    case when h.title = '' then null else ts_headline('english', h.title, q.query, :titleOptions) end
				        as title,
				    case when coalesce(h.body, '') = '' then null
				        else ts_headline('english', h.body, q.query, :snippetOptions) end as snippet,
				    h.detail, h.on_date, h.inactive, cast(null as integer) as total, h.rank
				from hits h cross join q
				union all
				select t.kind, null, null, null, null, null, null, null, null, t.total, null
				from totals t where t.total > 0
				order by 1, 11 desc nulls last""".formatted(visible);
	}

}
