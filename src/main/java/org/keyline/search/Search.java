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
 * database generates for each row (migration {@code V12}), through their GIN indexes,
 * with the words made a query by the database function {@code search_query} (migrations
 * {@code V20}, {@code V23}): a word's beginning becomes the whole words of the documents
 * it begins, found in the vocabulary the database keeps of them. Only what the viewer may
 * see is searched ({@link AccountScope}); hits are ranked with {@code ts_rank} (names
 * weigh more than notes); the matching words are marked with {@code ts_headline} in the
 * hits shown only.
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
	 * Counts are shown up to here ("1,000 or more"), and the pages of one kind go no
	 * further.
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
		query(terms, kind, size, safePage * size, viewer, hits, totals);
		if (kind != null && safePage > 0 && hits.isEmpty()) {
			// A page after the last: the count comes with the hits, so ask for the first.
			query(terms, kind, 1, 0, viewer, new ArrayList<>(), totals);
		}
		hits.sort(java.util.Comparator.comparing(SearchHit::kind));
		return new SearchResults(terms, kind, safePage, size, List.copyOf(hits), totals);
	}

	private void query(SearchTerms terms, SearchKind kind, int limit, int offset, Viewer viewer, List<SearchHit> hits,
			Map<SearchKind, Integer> totals) {
		String sql = sql(AccountScope.visibleTo(viewer), AccountScope.coversEveryAccount(viewer),
				(kind != null) ? kind.name() : "ALL", limit, offset);
		this.jdbc.sql(sql)
			.param("words", terms.text())
			.param("titleOptions", TITLE_OPTIONS)
			.param("snippetOptions", SNIPPET_OPTIONS)
			.param("viewerId", viewer.userId())
			.param("today", LocalDate.now(this.clock))
			.query((ResultSet rs) -> {
				SearchKind rowKind = SearchKind.valueOf(rs.getString("kind"));
				totals.put(rowKind, (int) Math.min(rs.getLong("total"), COUNT_LIMIT));
				hits.add(hit(rowKind, rs));
			});
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

	/**
	 * Per kind, the matches are ranked and counted on narrow rows (id, rank, the count of
	 * all matches as a window), and only the page of hits is then read whole: reading,
	 * joining and concatenating every match's text before the sort cost four times as
	 * much for a common word (2,560 contacts for "logistics"), and counting in a second
	 * scan of the index cost as much again. The rank is computed below the window, in a
	 * subquery kept apart ({@code offset 0}): PostgreSQL otherwise computed it above, and
	 * the window's store held every match's whole text-search document (0.34 ms of 4.4 ms
	 * for "logistics"). For a viewer who sees every account (a director) the ranking does
	 * not join the accounts at all: that join, one index lookup per match, only served
	 * the condition, and took a fifth of the time of a common word. The kind, the limit
	 * and the offset (an enum's name and two numbers) are written into the statement, not
	 * bound: bound, PostgreSQL's plan for any value looked dearer than one for the values
	 * at hand, and it planned the statement anew on every search (1.8 ms of about 9).
	 */
	private static String sql(String visible, boolean everyAccount, String kind, int limit, int offset) {
		String contacts = everyAccount ? "relationship_contact c"
				: "relationship_contact c join account_account a on a.id = c.account_id";
		String requirements = everyAccount ? "vision_requirement r"
				: "vision_requirement r join account_account a on a.id = r.account_id";
		String interactions = everyAccount ? "relationship_interaction i"
				: "relationship_interaction i join account_account a on a.id = i.account_id";
		return """
				with q as (select search_query(string_to_array(:words, ' ')) as query),
				hits as (
				    select 'ACCOUNT' as kind, a.id, a.id as account_id, a.name as account_name, a.name as title,
				        a.notes as body, a.website as detail, cast(null as date) as on_date,
				        a.archived_at is not null as inactive, m.rank, m.total
				    from (select id, rank, count(*) over () as total
				          from (select a.id, ts_rank(a.search_document, q.query) as rank
				                from account_account a cross join q
				                where '%5$s' in ('ALL', 'ACCOUNT') and a.search_document @@ q.query and (%1$s) offset 0) n
				          order by rank desc, id limit %6$d offset %7$d) m
				    join account_account a on a.id = m.id
				    union all
				    select 'CONTACT', c.id, a.id, a.name, c.name, concat_ws(' · ', c.email, c.political_notes),
				        concat_ws(', ', c.title, c.department), null, c.left_company, m.rank, m.total
				    from (select id, rank, count(*) over () as total
				          from (select c.id, ts_rank(c.search_document, q.query) as rank
				                from %2$s cross join q
				                where '%5$s' in ('ALL', 'CONTACT') and c.search_document @@ q.query and (%1$s) offset 0) n
				          order by rank desc, id limit %6$d offset %7$d) m
				    join relationship_contact c on c.id = m.id join account_account a on a.id = c.account_id
				    union all
				    select 'REQUIREMENT', r.id, a.id, a.name, r.title, concat_ws(' · ', r.description, r.outcome),
				        r.status, r.raised_on, false, m.rank, m.total
				    from (select id, rank, count(*) over () as total
				          from (select r.id, ts_rank(r.search_document, q.query) as rank
				                from %3$s cross join q
				                where '%5$s' in ('ALL', 'REQUIREMENT') and r.search_document @@ q.query and (%1$s) offset 0) n
				          order by rank desc, id limit %6$d offset %7$d) m
				    join vision_requirement r on r.id = m.id join account_account a on a.id = r.account_id
				    union all
				    select 'INTERACTION', i.id, a.id, a.name, '', concat_ws(' · Next: ', i.summary, i.next_step),
				        i.kind, i.occurred_on, false, m.rank, m.total
				    from (select id, rank, count(*) over () as total
				          from (select i.id, ts_rank(i.search_document, q.query) as rank, i.occurred_on
				                from %4$s cross join q
				                where '%5$s' in ('ALL', 'INTERACTION') and i.search_document @@ q.query and (%1$s) offset 0) n
				          order by rank desc, occurred_on desc, id limit %6$d offset %7$d) m
				    join relationship_interaction i on i.id = m.id join account_account a on a.id = i.account_id)
				select h.kind, h.id, h.account_id, h.account_name,
				    case when h.title = '' then null else ts_headline('english', h.title, q.query, :titleOptions) end
				        as title,
				    case when coalesce(h.body, '') = '' then null
				        else ts_headline('english', h.body, q.query, :snippetOptions) end as snippet,
				    h.detail, h.on_date, h.inactive, h.total, h.rank
				from hits h cross join q
				order by h.kind, h.rank desc, case when h.kind = 'INTERACTION' then h.on_date end desc nulls last,
				    h.id"""
			.formatted(visible, contacts, requirements, interactions, kind, limit, offset);
	}

}
