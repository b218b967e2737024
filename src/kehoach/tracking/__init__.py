"""Tracking: each unit's assignments, its reports on them, reminders, the coordinator's view."""
