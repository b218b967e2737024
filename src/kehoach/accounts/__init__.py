"""Accounts: users, their unit and their role."""
