package org.keyline.shared.session;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * HTTP sessions live in PostgreSQL ({@code spring_session}, migration V18), so that any
 * instance serves any request: who is signed in, the CSRF token, flash messages and the
 * page asked for before signing in. Attributes are stored with Java serialization.
 *
 * <p>
 * An attribute that cannot be read back (a session written by an older Keyline whose
 * class has changed since) is treated as absent, and logged: the user is asked to sign in
 * again instead of getting an error page on every request until the session expires. The
 * security context and the CSRF token are deserialized once for the same stored bytes
 * ({@link DeserializedAttributes}).
 */
@Configuration(proxyBeanMethods = false)
class HttpSessionConfiguration {

	private static final Logger log = LoggerFactory.getLogger(HttpSessionConfiguration.class);

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> tolerantSessionAttributes() {
		return (repository) -> repository.setConversionService(conversionService());
	}

	/**
	 * The sessions' own transactions, on the same connections as the rest: plain JDBC
	 * transactions, not the application's. The application's transaction manager
	 * (AuditingTransactionManager) names the signed-in user to the database at the start
	 * of every writing transaction, by reading the security context, which is itself read
	 * from the session: reading a session in such a transaction read it a second time, on
	 * every page. The session tables are not audited. Not a candidate for injection by
	 * type: {@code @Transactional} and {@code TransactionTemplate} keep the
	 * application's.
	 */
	@Bean(defaultCandidate = false)
	@SpringSessionTransactionManager
	PlatformTransactionManager sessionTransactionManager(DataSource dataSource) {
		return new JdbcTransactionManager(dataSource);
	}

	/**
	 * Attributes are written with PostgreSQL's {@code insert ... on conflict do update}:
	 * concurrent first requests of a new session (a sign-in followed by several tabs or
	 * htmx requests at once) each add the CSRF token, and all but the first failed on the
	 * attributes' primary key with an error page.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/** The session is read once per request ({@link OneSessionReadPerRequest}). */
	@Bean
	static BeanPostProcessor rememberingSessionRepository() {
		return OneSessionReadPerRequest.rememberingRepository();
	}

	@Bean
	FilterRegistrationBean<OneSessionReadPerRequest> oneSessionReadPerRequest() {
		FilterRegistrationBean<OneSessionReadPerRequest> registration = new FilterRegistrationBean<>(
				new OneSessionReadPerRequest());
		registration.setOrder(OneSessionReadPerRequest.ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	private static GenericConversionService conversionService() {
		GenericConversionService conversion = new GenericConversionService();
		SerializingConverter serializer = new SerializingConverter();
		DeserializingConverter deserializer = new DeserializingConverter(
				HttpSessionConfiguration.class.getClassLoader());
		conversion.addConverter(Object.class, byte[].class, serializer::convert);
		DeserializedAttributes attributes = new DeserializedAttributes((bytes) -> {
			try {
				return deserializer.convert(bytes);
			}
			catch (SerializationFailedException ex) {
				log.warn("A session attribute could not be read back and is ignored: {}", ex.getMessage());
				return null;
			}
		});
		conversion.addConverter(byte[].class, Object.class, attributes::apply);
		return conversion;
	}

}
