package org.keyline;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.keyline.people.TestUsers;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application served on a random port (a real Tomcat, real error pages), on the
 * embedded PostgreSQL shared by the test JVM. For HTTP and browser tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestUsers.class)
@TestPropertySource(properties = { "keyline.embedded-database.ephemeral=true" })
public @interface KeylineServerTest {

}
