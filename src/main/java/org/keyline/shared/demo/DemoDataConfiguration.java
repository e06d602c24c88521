package org.keyline.shared.demo;

import java.util.List;

import org.keyline.shared.DemoData;
import org.keyline.shared.DemoMode;
import org.keyline.shared.database.EmbeddedDatabase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class DemoDataConfiguration {

	@Bean
	DemoMode demoMode(@Value("${keyline.demo.enabled:#{null}}") Boolean enabled,
			ObjectProvider<EmbeddedDatabase> embeddedDatabase) {
		boolean on = (enabled != null) ? enabled : embeddedDatabase.getIfAvailable() != null;
		return new DemoMode(on, DemoMode.DEMO_PASSWORD);
	}

	@Bean
	DemoDataSeeding demoDataSeeding(DemoMode demoMode, List<DemoData> seeders, JdbcTemplate jdbc,
			TransactionTemplate transactions) {
		return new DemoDataSeeding(demoMode, seeders, jdbc, transactions);
	}

}
