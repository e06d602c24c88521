package org.keyline.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found: the best hits of each kind (or one page of one kind), and how many
 * of each kind match in all (counted up to {@link Search#COUNT_LIMIT}).
 *
 * @param terms the words searched for
 * @param kind the one kind asked for, or null for the best of every kind
 * @param page the page of that kind (0-based)
 * @param pageSize hits per kind (overview) or per page
 * @param hits the hits, by kind in {@link SearchKind} order, best first within a kind
 * @param totals how many hits of each kind match (at most {@link Search#COUNT_LIMIT},
 * meaning "that many or more")
 */
public record SearchResults(SearchTerms terms, SearchKind kind, int page, int pageSize, List<SearchHit> hits,
		Map<SearchKind, Integer> totals) {

	public List<SearchHit> of(SearchKind kind) {
		return this.hits.stream().filter((hit) -> hit.kind() == kind).toList();
	}

	public int total(SearchKind kind) {
		return this.totals.getOrDefault(kind, 0);
	}

	public boolean capped(SearchKind kind) {
		return total(kind) >= Search.COUNT_LIMIT;
	}

	public int total() {
		return this.totals.values().stream().mapToInt(Integer::intValue).sum();
	}

	public boolean isEmpty() {
		return this.hits.isEmpty();
	}

	/** Pages of the one kind shown. */
	public int pages() {
		return (this.kind != null) ? Math.max(1, (total(this.kind) + this.pageSize - 1) / this.pageSize) : 1;
	}

	public boolean hasNext() {
		return this.kind != null && (this.page + 1) * this.pageSize < total(this.kind);
	}

}
