-- The portfolio's lists of what is overdue as of today read the unpaid invoices by due day and the gates not passed
-- by planned day, the longest overdue first, twenty of each: with these indexes (partial on PostgreSQL; H2 has no
-- partial indexes) they read twenty rows instead of every invoice (1.2 million at the benchmark's size) or gate
-- (600,000). See docs/benchmarks/portfolio-results.md.
create index invoice_unpaid_due_idx on invoice (due_on, id) ${unpaidInvoicesOnly};
create index gate_not_passed_planned_idx on gate (planned_on, id) ${gatesNotPassedOnly};
