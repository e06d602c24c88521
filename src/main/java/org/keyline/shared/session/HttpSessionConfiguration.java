package org.keyline.shared.session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * HTTP sessions live in PostgreSQL ({@code spring_session}, migration V18), so that any
 * instance serves any request: who is signed in, the CSRF token, flash messages and the
 * page asked for before signing in. Attributes are stored with Java serialization.
 *
 * <p>
 * An attribute that cannot be read back (a session written by an older Keyline whose
 * class has changed since) is treated as absent, and logged: the user is asked to sign in
 * again instead of getting an error page on every request until the session expires.
 */
@Configuration(proxyBeanMethods = false)
class HttpSessionConfiguration {

	private static final Logger log = LoggerFactory.getLogger(HttpSessionConfiguration.class);

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> tolerantSessionAttributes() {
		return (repository) -> repository.setConversionService(conversionService());
	}

	private static GenericConversionService conversionService() {
		GenericConversionService conversion = new GenericConversionService();
		SerializingConverter serializer = new SerializingConverter();
		DeserializingConverter deserializer = new DeserializingConverter(
				HttpSessionConfiguration.class.getClassLoader());
		conversion.addConverter(Object.class, byte[].class, serializer::convert);
		conversion.addConverter(byte[].class, Object.class, (bytes) -> {
			try {
				return deserializer.convert(bytes);
			}
			catch (SerializationFailedException ex) {
				log.warn("A session attribute could not be read back and is ignored: {}", ex.getMessage());
				return null;
			}
		});
		return conversion;
	}

}
