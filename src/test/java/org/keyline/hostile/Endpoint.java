package org.keyline.hostile;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

import org.keyline.account.Viewer;

/**
 * One endpoint of the catalogue: how to build a valid request for it (path variables that
 * name objects the acting user may touch, form fields with valid values), who acts, who
 * must be turned away, and what another user's objects are for its ids.
 */
final class Endpoint {

	final String method;

	final String pattern;

	final boolean htmx;

	Supplier<Viewer> actor;

	/**
	 * Someone who must be turned away (403 or 404) from the valid request; null: anyone
	 * may.
	 */
	Supplier<Viewer> intruder;

	Function<HostileWorld, Base> base = (w) -> new Base();

	/**
	 * Other users' objects per path variable or field, typed in by the hostile requests.
	 */
	final Map<String, Function<HostileWorld, String>> foreign = new HashMap<>();

	/** Fields where another user's id is not refused but has no effect, with why. */
	final Map<String, String> foreignIgnored = new HashMap<>();

	/**
	 * Fields (or whole request) for which a stored payload is allowed to be rendered
	 * somewhere.
	 */
	final Set<String> notes = new TreeSet<>();

	/**
	 * Endpoints outside Spring MVC (Spring Security's sign-in) may change things when
	 * refused.
	 */
	boolean refusalMayWrite;

	/**
	 * The multipart file field of an upload, or null; its value (valid or hostile)
	 * becomes the file's content through {@link #fileContent}.
	 */
	String fileField;

	Function<String, String> fileContent;

	Endpoint(String method, String pattern, boolean htmx) {
		this.method = method;
		this.pattern = pattern;
		this.htmx = htmx;
	}

	String key() {
		return key(this.method, this.pattern, this.htmx);
	}

	static String key(String method, String pattern, boolean htmx) {
		return method + " " + pattern + (htmx ? " [htmx]" : "");
	}

	boolean writes() {
		return !this.method.equals("GET");
	}

	Endpoint as(Supplier<Viewer> actor) {
		this.actor = actor;
		return this;
	}

	Endpoint refuses(Supplier<Viewer> intruder) {
		this.intruder = intruder;
		return this;
	}

	Endpoint base(Function<HostileWorld, Base> base) {
		this.base = base;
		return this;
	}

	Endpoint foreign(String field, Function<HostileWorld, Object> value) {
		this.foreign.put(field, (w) -> String.valueOf(value.apply(w)));
		return this;
	}

	/** An upload: the field's value is put into a file made by {@code content}. */
	Endpoint file(String field, Function<String, String> content) {
		this.fileField = field;
		this.fileContent = content;
		return this;
	}

	Endpoint foreignIgnored(String field, String why) {
		this.foreignIgnored.put(field, why);
		return this;
	}

	/** A valid request: path variables and form fields. */
	static final class Base {

		final Map<String, Object> path = new LinkedHashMap<>();

		final Map<String, List<String>> params = new LinkedHashMap<>();

		Base path(String name, Object value) {
			this.path.put(name, value);
			return this;
		}

		Base param(String name, Object... values) {
			this.params.put(name, java.util.Arrays.stream(values).map(String::valueOf).toList());
			return this;
		}

		Base copy() {
			Base copy = new Base();
			copy.path.putAll(this.path);
			copy.params.putAll(this.params);
			return copy;
		}

	}

}
