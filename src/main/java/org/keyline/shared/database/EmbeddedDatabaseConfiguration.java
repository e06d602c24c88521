package org.keyline.shared.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL when no {@code spring.datasource.url} is configured, and
 * points the connection pool at it. With a datasource URL (for example
 * {@code SPRING_DATASOURCE_URL}) this configuration steps aside and Spring Boot connects
 * to that server instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	@Bean
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) {
		return properties.ephemeral() ? EmbeddedDatabase.sharedEphemeral()
				: EmbeddedDatabase.persistent(properties.dataDirectory(), properties.port());
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedDatabase database) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername(EmbeddedPostgresServer.USER);
		dataSource.setPoolName("keyline-embedded");
		return dataSource;
	}

}
