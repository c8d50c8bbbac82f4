package io.pylon.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A system test that uses Pylon as its users do, over HTTP (REST or a browser), on the EAR
 * deployed once on the test domain for all such tests: deploying per test class cost most of
 * the suite's time.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ClientTest.PylonDeployed.class)
@interface ClientTest {

    final class PylonDeployed implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            TestDomain.deployPylon();
        }
    }
}
