package org.keyline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Keyline: self-hosted key account management.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KeylineApplication {

	public static void main(String[] args) {
		SpringApplication.run(KeylineApplication.class, args);
	}

}
