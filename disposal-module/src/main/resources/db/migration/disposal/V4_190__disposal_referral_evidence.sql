-- Issue 17 (docs17): the referral letter (移送函) lists its evidence as an official letter does (GB/T 9704-2012
-- 7.3.5, 附件说明): 附件：1. <title>（N 页/份）, never by the system's ids. The title and the page count are given when
-- the referral is opened (by the process, from the files on record) and kept here, in the order of evidence_ids.
-- pages: the page count of a PDF; NULL for a single item such as a photo (listed as 1 份).
-- Referrals opened before carry no rows: their letters list their evidence without a title of its own.
CREATE TABLE dsp_referral_evidence (
    referral_id    BIGINT        NOT NULL,
    seq            INT           NOT NULL,
    attachment_id  BIGINT        NOT NULL,
    title          VARCHAR(255)  NOT NULL,
    pages          INT,
    CONSTRAINT pk_dsp_referral_evidence PRIMARY KEY (referral_id, seq),
    CONSTRAINT fk_dsp_referral_evidence FOREIGN KEY (referral_id) REFERENCES dsp_referral (id)
);
