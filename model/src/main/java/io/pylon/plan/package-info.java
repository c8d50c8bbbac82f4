/**
 * Account plans: per agency and year, the objectives with owners, due dates, status and measures,
 * the strengths, weaknesses and competitors, and the agency's own development plans and budgets.
 */
package io.pylon.plan;
