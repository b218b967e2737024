"""Plans: import a plan file, review what the parser read, issue it."""
