"""Parsing: plan text → the plan record (`kehoach.plan/1`). Pure Python, no web imports."""

from kehoach.parsing.api import ParseError, parse_file, parse_text

__all__ = ["ParseError", "parse_file", "parse_text"]
