package org.keyline.shared.web;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SharedWebConfiguration {

	/**
	 * One clock for every module, so that rules about time can be tested.
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
