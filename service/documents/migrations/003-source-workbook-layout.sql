-- Format 3: where the LKE sits in the imported workbook (sheet, columns, the row of every item), as
-- JSON beside the workbook's bytes, so that its formulas can be evaluated again and answers written
-- back into it without reading the layout anew.

ALTER TABLE source_workbook ADD COLUMN layout TEXT;
