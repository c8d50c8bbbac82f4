/**
 * Demo mode and the first administrator: what an empty database is given at start-up.
 */
package io.pylon.demo;
