package org.keyline.shared.session;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * The session attributes every page reads, deserialized once for the same stored bytes
 * rather than on every request: who is signed in (the security context) and the CSRF
 * token. Reading them back with Java serialization was about a twentieth of the CPU of a
 * page. The bytes are still read from the database on every request, so what another
 * instance wrote (signing out, a new token) is what the next request sees; only the work
 * of turning the same bytes into the same objects is saved.
 * <p>
 * Only these two kinds are kept: a CSRF token cannot be changed, and the security context
 * can, so each read gets a context of its own around the authentication read before
 * (signing out empties the context of that request, not of the others). Flash messages
 * and saved requests are read anew each time. At most {@value #MOST} stored forms are
 * kept; when full, the cache starts again empty.
 */
final class DeserializedAttributes implements Function<byte[], Object> {

	static final int MOST = 2_000;

	private final Function<byte[], Object> deserializer;

	private final Map<Stored, Object> read = new ConcurrentHashMap<>();

	DeserializedAttributes(Function<byte[], Object> deserializer) {
		this.deserializer = deserializer;
	}

	@Override
	public Object apply(byte[] bytes) {
		Stored stored = new Stored(bytes);
		Object value = this.read.get(stored);
		if (value == null) {
			value = this.deserializer.apply(bytes);
			if (!kept(value)) {
				return value;
			}
			if (this.read.size() >= MOST) {
				this.read.clear();
			}
			this.read.put(stored, value);
		}
		return (value instanceof SecurityContext context) ? new SecurityContextImpl(context.getAuthentication())
				: value;
	}

	int size() {
		return this.read.size();
	}

	private static boolean kept(Object value) {
		return value instanceof DefaultCsrfToken || (value != null && value.getClass() == SecurityContextImpl.class);
	}

	/** A stored attribute's bytes, compared by content. */
	private static final class Stored {

		private final byte[] bytes;

		private final int hash;

		Stored(byte[] bytes) {
			this.bytes = bytes;
			this.hash = Arrays.hashCode(bytes);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Stored that && this.hash == that.hash && Arrays.equals(this.bytes, that.bytes);
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

	}

}
