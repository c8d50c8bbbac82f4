/**
 * What every service shares: the exceptions a use case ends with (not found, forbidden,
 * conflicting change) and the page of a paged query.
 */
package io.pylon.shared;
