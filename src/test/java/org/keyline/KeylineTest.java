package org.keyline;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.keyline.people.TestUsers;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on the embedded PostgreSQL that is started once per test JVM and
 * shared by every test context, with MockMvc. Demo mode is on, so the demo users exist.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestUsers.class, StatementCounter.class })
@TestPropertySource(properties = { "keyline.embedded-database.ephemeral=true" })
public @interface KeylineTest {

}
