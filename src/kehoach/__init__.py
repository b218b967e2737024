"""kehoach: turn Vietnamese administrative plans (Kế hoạch) into tracked work."""

__version__ = "0.1.0"
