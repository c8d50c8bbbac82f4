/**
 * System tests of the deployed EAR on a running Payara domain: REST as a client, services in
 * the container, a restart, and the browser UI.
 */
package io.pylon.it;
