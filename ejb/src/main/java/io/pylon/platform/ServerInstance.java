package io.pylon.platform;

/** The Payara instance this code runs on: "server" for a lone domain, its own name in a deployment group. */
public final class ServerInstance {

    private ServerInstance() {
    }

    public static String name() {
        return System.getProperty("com.sun.aas.instanceName", "server");
    }
}
