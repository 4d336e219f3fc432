-- Grain state rows are rewritten on every change of their grain (an alert on each repeat, an incident and its clocks on
-- each command), while none of the indexed columns moves. With room left on each page PostgreSQL updates such a row in
-- place (a heap-only tuple): no new index entry per write, so the index does not fill with dead entries that every
-- later read and write of the same grain must step over. Vacuum also visits the table sooner than its default.
ALTER TABLE OrleansStorage SET (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
