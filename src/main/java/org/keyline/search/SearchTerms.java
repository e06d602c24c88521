package org.keyline.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed into the search box, as words: letters and digits in any script;
 * everything else (quotes, operators, HTML, SQL) separates words and is never passed on.
 * Every word matches as a prefix ("acm" finds "Acme"), and all words must match.
 *
 * @param words the words, at most {@link #MAX_WORDS}, each at most {@link #MAX_LENGTH}
 * characters
 */
public record SearchTerms(List<String> words) {

	/** More words than this are ignored. */
	public static final int MAX_WORDS = 8;

	/** Longer words are cut to this length. */
	public static final int MAX_LENGTH = 40;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	public SearchTerms {
		words = List.copyOf(words);
	}

	public static SearchTerms parse(String typed) {
		List<String> words = new ArrayList<>();
		if (typed != null) {
			Matcher matcher = WORD.matcher(typed);
			while (matcher.find() && words.size() < MAX_WORDS) {
				String word = matcher.group().toLowerCase(java.util.Locale.ROOT);
				words.add((word.length() > MAX_LENGTH) ? word.substring(0, MAX_LENGTH) : word);
			}
		}
		return new SearchTerms(words);
	}

	public boolean isEmpty() {
		return this.words.isEmpty();
	}

	/**
	 * The words as typed back to the person, separated by spaces; also what the database
	 * function {@code search_query} (migrations {@code V20}, {@code V23}) makes the query
	 * of. Safe to pass as a parameter: it holds only letters, digits and spaces.
	 */
	public String text() {
		return String.join(" ", this.words);
	}

}
