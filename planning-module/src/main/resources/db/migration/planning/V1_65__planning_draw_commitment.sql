-- Issue 12 point 2 (Order 18: no tip-off before sampling): the commitment published at draw time,
-- SHA-256 over algorithm, pool hash, filters, secret seed, count and result (RandomDraw.commitment).
-- Draws made before this column existed have none.
ALTER TABLE pln_draw ADD COLUMN commitment VARCHAR(64);
