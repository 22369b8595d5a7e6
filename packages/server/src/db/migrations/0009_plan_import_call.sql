-- The call an import files its new plans into (they become proposals in 作成中), chosen at upload
-- and needed again at commit.
ALTER TABLE plan_import ADD COLUMN call_id uuid;
ALTER TABLE plan_import ADD FOREIGN KEY (municipality_id, call_id) REFERENCES proposal_call(municipality_id, id);
-- For 'rows': the header row and a few sample values per column, read once at upload, so the
-- mapping step can be shown again without reading the workbook.
ALTER TABLE plan_import ADD COLUMN columns jsonb;
