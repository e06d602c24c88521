package org.keyline.shared.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL, used only when {@code spring.datasource.url} is
 * not set.
 *
 * @param dataDirectory where the cluster keeps its files; kept across restarts
 * @param port the TCP port on localhost; fixed so that a restart finds the same server
 * @param ephemeral a throw-away cluster in a temporary folder on a free port, without
 * durability, shared by every application context of the JVM (for tests)
 */
@ConfigurationProperties("keyline.embedded-database")
public record EmbeddedDatabaseProperties(@DefaultValue("data/postgres") Path dataDirectory,
		@DefaultValue("54329") int port, @DefaultValue("false") boolean ephemeral) {
}
