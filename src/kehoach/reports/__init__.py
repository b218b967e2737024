"""Outputs for the coordinating office: the compiled report (DOCX), spreadsheets, calendars,
charts and the coverage of lower-level plans. Builders take plain data and return bytes."""
