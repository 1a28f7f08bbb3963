-- The public results feed (issue 18.4) pages released publications by release time, then id:
-- WHERE status = 'RELEASED' AND (released_at, id) > cursor ORDER BY released_at, id.
CREATE INDEX ix_dsp_publication_feed ON dsp_publication (status, released_at, id);
