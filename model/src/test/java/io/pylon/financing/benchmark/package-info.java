/**
 * JMH benchmarks of the financing engine, run by the command in {@code docs/benchmarks/financing-results.md}; named
 * {@code *Benchmark} so that the unit tests leave them out.
 */
package io.pylon.financing.benchmark;
