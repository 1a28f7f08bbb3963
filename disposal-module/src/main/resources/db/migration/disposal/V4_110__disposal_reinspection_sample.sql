-- A re-inspection (复查) tests a new sample, drawn months after the first: its own batch, specification,
-- trademark and production date, at the lab that issued its report, with its own grade and failed items.
-- The province's announcement (公告, Order 18 art. 47) of a failed re-inspection and the revocation referral
-- (Product Quality Law art. 17) rest on that sample and that report, not on the first one.
ALTER TABLE dsp_reinspection ADD COLUMN sample_code VARCHAR(48) NULL;
ALTER TABLE dsp_reinspection ADD COLUMN lab_code VARCHAR(32) NULL;
ALTER TABLE dsp_reinspection ADD COLUMN grade VARCHAR(16) NULL;
ALTER TABLE dsp_reinspection ADD COLUMN failed_items_text VARCHAR(1000) NULL;
ALTER TABLE dsp_reinspection ADD COLUMN trademark VARCHAR(100) NULL;
ALTER TABLE dsp_reinspection ADD COLUMN specification VARCHAR(200) NULL;
ALTER TABLE dsp_reinspection ADD COLUMN batch_number VARCHAR(100) NULL;
ALTER TABLE dsp_reinspection ADD COLUMN production_date DATE NULL;
