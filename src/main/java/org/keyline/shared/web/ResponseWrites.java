package org.keyline.shared.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat sends a page to the network in writes of at most its socket write buffer, 8 KB
 * by default: a system call for every 8 KB of a page of 60 KB, a few per cent of the CPU
 * of Keyline's larger pages. With a buffer of {@value #SOCKET_WRITE_BUFFER} bytes, a page
 * leaves in one or two writes. Tomcat keeps the buffer with the connection's channel, one
 * per open connection.
 */
@Configuration(proxyBeanMethods = false)
class ResponseWrites {

	static final int SOCKET_WRITE_BUFFER = 64 * 1024;

	@Bean
	TomcatConnectorCustomizer socketWriteBuffer() {
		return (connector) -> {
			if (!connector.setProperty("socket.appWriteBufSize", String.valueOf(SOCKET_WRITE_BUFFER))) {
				throw new IllegalStateException("Tomcat's connector has no socket write buffer to size");
			}
		};
	}

}
