package org.keyline.shared.web;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tomcat's connector gets a socket write buffer that holds a whole page. */
class ResponseWritesTests {

	@Test
	void theConnectorWritesAPageInOneGo() {
		Connector connector = new Connector("HTTP/1.1");
		assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString("8192");

		new ResponseWrites().socketWriteBuffer().customize(connector);

		assertThat(connector.getProperty("socket.appWriteBufSize"))
			.hasToString(String.valueOf(ResponseWrites.SOCKET_WRITE_BUFFER));
	}

}
