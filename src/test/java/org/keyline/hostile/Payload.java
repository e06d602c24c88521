package org.keyline.hostile;

import java.util.EnumSet;
import java.util.Set;

/**
 * The classes of hostile values, each with the one value the suite sends and the kinds of
 * field it is sent to. Every field gets every class of its kind at least once.
 */
enum Payload {

	// ------------------------------------------------------------ text
	OVERSIZED_10K("x".repeat(10_000), Kind.TEXT),

	/**
	 * Sent to writing endpoints only: a real server turns a query string this long away
	 * before Keyline sees it (Tomcat's 8 KB request header limit).
	 */
	OVERSIZED_1M("y".repeat(1_000_000), Kind.TEXT),

	NUL("before\u0000after", Kind.TEXT),

	CONTROL_CHARACTERS("bell\u0007 escape\u001b[31m backspace\u0008 form\u000c", Kind.TEXT),

	/**
	 * A lone surrogate, a right-to-left override, zero-width joiners and a byte order
	 * mark, emoji with joiners and flags, stacked combining marks.
	 */
	UNUSUAL_UNICODE("broken \ud800 pair \udc00 invoice\u202egpj.exe zero\u200bwidth\u200djoiner\ufeff "
			+ "\ud83d\udc69\u200d\ud83d\udcbb\ud83c\udff3\ufe0f\u200d\ud83c\udf08 Z\u0351\u0364\u0306\u0315a\u0302\u0300\u0301lgo\u0336\u0337",
			Kind.TEXT),

	/**
	 * Breaks out of an attribute in either quotes, then a script element and an element
	 * with an event handler; short enough (72 characters) for name fields.
	 */
	MARKUP("\"'><script>alert('hostile')</script><img src=x onerror=alert('hostile')>", Kind.TEXT, Kind.NUMBER, Kind.ID,
			Kind.DATE, Kind.ENUM, Kind.BOOLEAN, Kind.PATH),

	SQL_METACHARACTERS("' OR 1=1 -- 100% _of_ %% C:\\temp\\x\\ \"; drop table account_account; --", Kind.TEXT,
			Kind.PATH),

	EMPTY("", Kind.TEXT, Kind.NUMBER, Kind.ID, Kind.DATE, Kind.ENUM, Kind.BOOLEAN),

	// ------------------------------------------------------------ numbers
	NEGATIVE("-1", Kind.NUMBER, Kind.ID, Kind.PATH),

	ZERO("0", Kind.NUMBER, Kind.ID, Kind.PATH),

	INT_OVERFLOW("2147483648", Kind.NUMBER, Kind.ID),

	LONG_OVERFLOW("9223372036854775808", Kind.NUMBER, Kind.ID, Kind.PATH),

	HUGE_EXPONENT("1e309", Kind.NUMBER, Kind.ID),

	HUGE_DECIMAL("123456789012345678901234567890.123456789", Kind.NUMBER),

	NAN("NaN", Kind.NUMBER, Kind.ID),

	TRAILING_GARBAGE("12abc", Kind.NUMBER, Kind.ID, Kind.PATH),

	/** The id of an object of the same kind that belongs to another manager's account. */
	FOREIGN_ID("", Kind.ID, Kind.PATH),

	// ------------------------------------------------------------ dates
	YEAR_1("0001-01-01", Kind.DATE),

	YEAR_9999("9999-12-31", Kind.DATE),

	YEAR_10000("10000-01-01", Kind.DATE),

	NO_SUCH_DAY("2026-02-30", Kind.DATE),

	// ------------------------------------------------------------ choices
	UNKNOWN_CHOICE("NOT_A_CHOICE", Kind.ENUM, Kind.BOOLEAN),

	LOWER_CASE_CHOICE("lowercase", Kind.ENUM);

	final String value;

	final Set<Kind> kinds;

	Payload(String value, Kind first, Kind... rest) {
		this.value = value;
		this.kinds = EnumSet.of(first, rest);
	}

	/** What a field holds, which decides the payloads it gets. */
	enum Kind {

		TEXT, NUMBER, ID, DATE, ENUM, BOOLEAN, PATH

	}

	static Set<Payload> forKind(Kind kind) {
		Set<Payload> all = EnumSet.noneOf(Payload.class);
		for (Payload p : values()) {
			if (p.kinds.contains(kind)) {
				all.add(p);
			}
		}
		return all;
	}

}
