-- The objection deadline (R5) is fixed when the notice is served: it is printed on the notice and the
-- window's timer is set from it, so a later edit of the business calendar must not move it.
-- Cases served before keep computing it from the service date.
ALTER TABLE dsp_case ADD COLUMN objection_deadline DATE NULL;
