/**
 * The synthetic data generator: fills a database Pylon has migrated with a consistent portfolio of a chosen size
 * (agencies, teams, contacts, opportunities, projects with their gates, earned value and invoices, proposals,
 * interactions, surveys, tier history), with plain JDBC, for benchmarks and demonstrations.
 */
package io.pylon.generator;
