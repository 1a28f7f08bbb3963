-- Issue 17: a referral's facts (移送, the 移送函's text) were read in Chinese on the enforcer's English page. The referral now
-- also keeps the facts' message as the case log keeps its lines (V4_260): the bundle key and the arguments as JSON (each
-- argument's kind, code or English text, and Chinese text), so that a page renders the facts in its reader's language.
-- facts keeps the Chinese text the letter prints; rows written before (NULLs) show it as stored.
ALTER TABLE dsp_referral ADD COLUMN facts_key VARCHAR(100) NULL;
ALTER TABLE dsp_referral ADD COLUMN facts_args VARCHAR(4000) NULL;
