"""Report pages and downloads, split by feature (pages, files, calendars)."""
