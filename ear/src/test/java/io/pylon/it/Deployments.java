package io.pylon.it;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR the build made, for the in-container tests: they run in exactly what a person deploys. */
final class Deployments {

    static final String WEB_MODULE = "pylon-web.war";

    private Deployments() {
    }

    /**
     * The same EAR with an in-container test class (and the libraries it asserts with) in its
     * web module, where Arquillian's servlet protocol runs it.
     */
    static EnterpriseArchive pylonEarWith(Class<?> testClass, Class<?>... libraryMarkers) {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("pylon.ear")));
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        // The annotation too: without it the server's JUnit would not see the Arquillian extension.
        web.addClasses(testClass, InContainerTest.class, Statements.class, Statements.Counted.class);
        for (Class<?> marker : libraryMarkers) {
            web.addAsLibrary(jarOf(marker));
        }
        return ear;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
