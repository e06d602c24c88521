package org.keyline.shared.web;

import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Thymeleaf as Spring Boot sets it up, with two changes for Keyline's pages.
 * <ul>
 * <li>Caches sized for Keyline's templates. By default Thymeleaf keeps at most 200 parsed
 * templates and fragments and 500 parsed expressions, and when a cache is full it drops
 * the oldest entries: Keyline's pages use more than that, so pages opened in turn pushed
 * each other's expressions out, and each expression pushed out was parsed again and then
 * run interpreted until the SpEL compiler compiled it anew.</li>
 * <li>Pages rendered by {@link RenderingView}, on a request that keeps the template's
 * variables in a map of its own.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ThymeleafSettings {

	static final int TEMPLATES = 1_000;

	static final int EXPRESSIONS = 10_000;

	@Bean
	static BeanPostProcessor thymeleafCachesAndViews() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					StandardCacheManager caches = new StandardCacheManager();
					caches.setTemplateCacheMaxSize(TEMPLATES);
					caches.setExpressionCacheMaxSize(EXPRESSIONS);
					engine.setCacheManager(caches);
				}
				if (bean instanceof ThymeleafViewResolver resolver) {
					resolver.setViewClass(RenderingView.class);
				}
				return bean;
			}

		};
	}

}
