-- Issue 17 (docs17): a lab sample says whether it is the re-test (复检) of the backup portion at the re-test lab
-- (Order 18 arts. 32-34; domain.md §2 H), set when the re-test is opened, instead of being guessed on every
-- read from an earlier lab sample of the same sample code.
ALTER TABLE tst_lab_sample ADD COLUMN retest BOOLEAN NOT NULL DEFAULT FALSE;

-- The rows registered before: the backup portion goes to the re-test lab under the sample code of the first
-- test (a re-inspection takes a sample code of its own), so a lab sample with an earlier one of its code is the
-- re-test. The derived table lets MySQL/MariaDB read the table it updates.
UPDATE tst_lab_sample SET retest = TRUE
 WHERE id IN (SELECT id FROM (SELECT later.id FROM tst_lab_sample later
                                JOIN tst_lab_sample earlier ON earlier.sample_code = later.sample_code AND earlier.id < later.id) retests);
