package io.pylon.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A system test that runs inside the server, where the services and the database are, in the EAR
 * with the test class added (Arquillian deploys it, see {@link Deployments#pylonEarWith}). The
 * build runs these first, on the fresh test domain, before the client tests deploy Pylon for
 * themselves ({@link ClientTest}); the tag tells the two kinds apart.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("in-container")
@ExtendWith(ArquillianExtension.class)
@interface InContainerTest {
}
