/**
 * Financing: the export-credit financing plan of a proposal and the engine that turns it into a debt-service
 * schedule and metrics (WAL, all-in cost, grant element). Pure Java, no container: amounts are {@link
 * java.math.BigDecimal} computed to 34 significant digits and rounded only for display; discounting and root finding,
 * like a spreadsheet's, work in double precision.
 */
package io.pylon.financing;
