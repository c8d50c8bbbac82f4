package io.pylon.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR the build made: the tests deploy exactly what a person deploys. */
final class Deployments {

    private Deployments() {
    }

    static EnterpriseArchive pylonEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("pylon.ear")));
    }
}
