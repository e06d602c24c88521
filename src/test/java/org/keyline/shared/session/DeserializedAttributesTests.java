package org.keyline.shared.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security context and the CSRF token are deserialized once for the same stored
 * bytes; each read of a context gets its own, so that emptying one (signing out) empties
 * no other; other attributes, and other bytes, are deserialized each time.
 */
class DeserializedAttributesTests {

	private final SerializingConverter serializer = new SerializingConverter();

	private final AtomicInteger deserialized = new AtomicInteger();

	private final DeserializedAttributes attributes = new DeserializedAttributes(
			counting(new DeserializingConverter()));

	@Test
	void theSameSecurityContextIsDeserializedOnceAndEachReadGetsItsOwnContext() {
		byte[] stored = this.serializer.convert(signedIn("manager"));

		SecurityContext first = (SecurityContext) this.attributes.apply(stored);
		SecurityContext second = (SecurityContext) this.attributes.apply(stored.clone());

		assertThat(this.deserialized).hasValue(1);
		assertThat(first.getAuthentication().getName()).isEqualTo("manager");
		assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
		assertThat(second).isNotSameAs(first);
		first.setAuthentication(null);
		assertThat(((SecurityContext) this.attributes.apply(stored)).getAuthentication().getName())
			.isEqualTo("manager");
		assertThat(second.getAuthentication().getName()).isEqualTo("manager");
	}

	@Test
	void otherBytesAreDeserializedAnew() {
		SecurityContext manager = (SecurityContext) this.attributes.apply(this.serializer.convert(signedIn("manager")));
		SecurityContext director = (SecurityContext) this.attributes
			.apply(this.serializer.convert(signedIn("director")));

		assertThat(this.deserialized).hasValue(2);
		assertThat(manager.getAuthentication().getName()).isEqualTo("manager");
		assertThat(director.getAuthentication().getName()).isEqualTo("director");
	}

	@Test
	void aCsrfTokenIsDeserializedOnce() {
		byte[] stored = this.serializer.convert(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "t0k3n"));

		CsrfToken first = (CsrfToken) this.attributes.apply(stored);
		CsrfToken second = (CsrfToken) this.attributes.apply(stored.clone());

		assertThat(this.deserialized).hasValue(1);
		assertThat(second).isSameAs(first);
		assertThat(second.getToken()).isEqualTo("t0k3n");
	}

	@Test
	void otherAttributesAreDeserializedEachTime() {
		byte[] stored = this.serializer.convert(new ArrayList<>(List.of("a flash message")));

		Object first = this.attributes.apply(stored);
		Object second = this.attributes.apply(stored);

		assertThat(this.deserialized).hasValue(2);
		assertThat(second).isEqualTo(first).isNotSameAs(first);
		assertThat(this.attributes.size()).isZero();
	}

	@Test
	void noMoreThanTheLimitIsKept() {
		for (int i = 0; i <= DeserializedAttributes.MOST; i++) {
			this.attributes.apply(this.serializer.convert(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "t" + i)));
		}
		assertThat(this.attributes.size()).isBetween(1, DeserializedAttributes.MOST);
	}

	private Function<byte[], Object> counting(DeserializingConverter deserializer) {
		return (bytes) -> {
			this.deserialized.incrementAndGet();
			return deserializer.convert(bytes);
		};
	}

	private static SecurityContext signedIn(String username) {
		return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(username, null,
				AuthorityUtils.createAuthorityList("ROLE_MANAGER")));
	}

}
