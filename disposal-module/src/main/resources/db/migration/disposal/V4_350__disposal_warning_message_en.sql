-- A quality warning's message in English beside its Chinese record (issue 17: each page reads one language; the
-- message held both joined by " / ", which Chinese pages showed whole). Warnings raised before keep their text only.
ALTER TABLE dsp_warning ADD COLUMN message_en VARCHAR(1000) NULL;
