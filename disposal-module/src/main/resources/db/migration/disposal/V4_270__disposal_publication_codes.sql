-- Issue 17: 结果公开 and the review page showed the product and the conclusion in Chinese on English pages, because a
-- publication keeps only the texts it releases (frozen Chinese). It now also keeps, frozen with them, the codes they were
-- written from: the product's code (its English name is in the product register), the conclusion (NONCONFORMING,
-- NO_NONCONFORMITY_FOUND; an announcement's failed or REFUSED re-inspection) and its grade. The texts stay as released.
ALTER TABLE dsp_publication ADD COLUMN product_code VARCHAR(32) NULL;
ALTER TABLE dsp_publication ADD COLUMN conclusion VARCHAR(32) NULL;
ALTER TABLE dsp_publication ADD COLUMN grade VARCHAR(16) NULL;
-- rows written before: a result's codes from its case (the final conclusion where there is one); an announcement is
-- about a failed re-inspection (its text says whether the enterprise refused the sampling), its grade from the text
UPDATE dsp_publication SET product_code = (SELECT c.product_code FROM dsp_case c WHERE c.id = dsp_publication.case_id);
UPDATE dsp_publication SET
    conclusion = (SELECT COALESCE(c.final_conclusion, c.conclusion) FROM dsp_case c WHERE c.id = dsp_publication.case_id),
    grade = (SELECT CASE WHEN c.final_conclusion IS NOT NULL THEN c.final_grade ELSE c.grade END FROM dsp_case c
              WHERE c.id = dsp_publication.case_id)
 WHERE kind = 'RESULT';
UPDATE dsp_publication SET conclusion = 'REFUSED' WHERE kind = 'ANNOUNCEMENT' AND conclusion_text LIKE '企业拒绝%';
UPDATE dsp_publication SET conclusion = 'NONCONFORMING',
    grade = CASE WHEN conclusion_text LIKE '%严重不合格%' THEN 'SERIOUS' ELSE 'GENERAL' END
 WHERE kind = 'ANNOUNCEMENT' AND conclusion IS NULL;
