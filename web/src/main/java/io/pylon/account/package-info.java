/**
 * The accounts resource of the REST API and the JSON shapes it reads and writes.
 */
package io.pylon.account;
