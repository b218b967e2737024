"""The Django project: settings, root URLs, WSGI, the `kehoach-manage` entry point."""
