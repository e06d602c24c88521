package org.keyline.audit;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.JpaTransactionManager;

/**
 * Replaces Spring Boot's JPA transaction manager with the one that names the actor.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
		return new AuditingTransactionManager(entityManagerFactory);
	}

}
