-- Issue 17 (brief codes17): an announcement at ?lang=en read only its conclusion's label, not its round, report and lab,
-- and the failed items stayed the released Chinese names. A re-inspection now keeps the codes of its failed items beside
-- their Chinese names, and a publication keeps, frozen with its texts, the round, the report number, the lab and the
-- failed items' codes its texts were written from. The released texts stay as they were.
ALTER TABLE dsp_reinspection ADD COLUMN failed_item_codes VARCHAR(1000) NULL;
ALTER TABLE dsp_publication ADD COLUMN round_no INT NULL;
ALTER TABLE dsp_publication ADD COLUMN report_no VARCHAR(48) NULL;
ALTER TABLE dsp_publication ADD COLUMN lab_code VARCHAR(32) NULL;
ALTER TABLE dsp_publication ADD COLUMN failed_item_codes VARCHAR(1000) NULL;
-- announcements written before: the case's last failed or refused re-inspection (what the announcement was written from);
-- their failed items' codes were never kept, so they keep the released Chinese names
UPDATE dsp_publication SET round_no = (SELECT MAX(r.round_no) FROM dsp_reinspection r WHERE r.case_id = dsp_publication.case_id
        AND r.conclusion IS NOT NULL AND r.conclusion <> 'NO_NONCONFORMITY_FOUND')
 WHERE kind = 'ANNOUNCEMENT';
UPDATE dsp_publication SET
    report_no = (SELECT r.report_no FROM dsp_reinspection r WHERE r.case_id = dsp_publication.case_id AND r.round_no = dsp_publication.round_no),
    lab_code = (SELECT r.lab_code FROM dsp_reinspection r WHERE r.case_id = dsp_publication.case_id AND r.round_no = dsp_publication.round_no)
 WHERE kind = 'ANNOUNCEMENT' AND round_no IS NOT NULL;
