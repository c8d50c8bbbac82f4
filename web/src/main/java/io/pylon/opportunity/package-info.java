/**
 * The opportunities API: {@code /api/accounts/{id}/opportunities}, with their forms and views.
 */
package io.pylon.opportunity;
