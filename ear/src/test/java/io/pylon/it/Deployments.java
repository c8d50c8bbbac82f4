package io.pylon.it;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR the build made: the tests deploy exactly what a person deploys. */
final class Deployments {

    static final String WEB_MODULE = "pylon-web.war";

    private Deployments() {
    }

    static EnterpriseArchive pylonEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("pylon.ear")));
    }

    /**
     * The same EAR with an in-container test class (and the libraries it asserts with) in its
     * web module, where Arquillian's servlet protocol runs it.
     */
    static EnterpriseArchive pylonEarWith(Class<?> testClass, Class<?>... libraryMarkers) {
        EnterpriseArchive ear = pylonEar();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClasses(testClass, Statements.class, Statements.Counted.class);
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
