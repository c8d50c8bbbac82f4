-- Indexes for two reads that otherwise go through every row at scale (docs/benchmarks/gates-results.md).
--
-- The project list pages through projects by name (and id), all of them or one phase's: with these indexes a
-- page reads its twenty rows in order instead of sorting every project (or every project of the phase) on each
-- request, ~300 ms at 100,000 projects. The phase index it replaces is the
-- first column of the new one.

drop index project_phase_idx;
create index project_phase_name_idx on project (phase, name, id);
create index project_name_idx on project (name, id);

-- A gate's history reads the audited changes of its criteria by gate: without an index, every criterion's every
-- revision (millions) on each call.
create index gate_criterion_aud_gate_idx on gate_criterion_aud (gate_id);
