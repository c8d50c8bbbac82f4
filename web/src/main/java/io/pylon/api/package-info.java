/**
 * The REST API as a whole: its application path, RFC 9457 problem details for every error,
 * request-size limits, and the paging envelope.
 */
package io.pylon.api;
