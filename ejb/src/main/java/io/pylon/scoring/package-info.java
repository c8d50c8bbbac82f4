/**
 * Account scoring: one measure per criterion that reads its figures for many accounts in one
 * query, the runs that score every account in bounded chunks (on demand and nightly), and the use cases.
 */
package io.pylon.scoring;
