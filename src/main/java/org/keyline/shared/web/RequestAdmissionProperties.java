package org.keyline.shared.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests Keyline works on at once ({@link RequestAdmissionFilter}).
 *
 * @param concurrent requests worked on at once, the others wait their turn in the order
 * they came; 0 (the default) for twice the number of processors
 * @param maxWait how long a request waits for its turn before it is answered 503
 * ("Keyline is busy")
 */
@ConfigurationProperties("keyline.requests")
public record RequestAdmissionProperties(@DefaultValue("0") int concurrent, @DefaultValue("10s") Duration maxWait) {

	public RequestAdmissionProperties {
		if (concurrent < 0) {
			throw new IllegalArgumentException("keyline.requests.concurrent must be 0 or more, not " + concurrent);
		}
		if (maxWait.isNegative() || maxWait.isZero()) {
			throw new IllegalArgumentException("keyline.requests.max-wait must be positive, not " + maxWait);
		}
	}

	/** The number of requests worked on at once, with 0 made twice the processors. */
	int permits() {
		return (this.concurrent > 0) ? this.concurrent : 2 * Runtime.getRuntime().availableProcessors();
	}

}
