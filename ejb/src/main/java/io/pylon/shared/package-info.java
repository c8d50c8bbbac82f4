/**
 * What every service shares: the exceptions a use case ends with (not found, forbidden,
 * conflicting change), the page of a paged query, and the sheet printed documents are laid out on.
 */
package io.pylon.shared;
