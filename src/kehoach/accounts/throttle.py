"""A small cache-based login throttle.

Why not django-axes: it needs a request in every `authenticate()` call (which breaks
`Client.login` in both engineers' tests), adds three tables and a middleware. The rule we
need is one counter per username and one per client address, kept for the lock-out window.
"""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache

from kehoach.units.folding import fold


def _keys(username: str, address: str) -> list[str]:
    return [f"login-fail:user:{fold(username).replace(' ', '_')}", f"login-fail:addr:{address}"]


def client_address(request) -> str:
    """The address the request came from (REMOTE_ADDR; proxies must set it correctly)."""
    return request.META.get("REMOTE_ADDR", "")


def is_locked(username: str, address: str) -> bool:
    """True when the username or the address has used up its failed attempts."""
    limit = settings.KEHOACH_LOGIN_MAX_FAILURES
    return any(cache.get(key, 0) >= limit for key in _keys(username, address))


def record_failure(username: str, address: str) -> None:
    """Count one failed attempt against the username and the address."""
    for key in _keys(username, address):
        cache.add(key, 0, settings.KEHOACH_LOGIN_LOCKOUT_SECONDS)
        try:
            cache.incr(key)
        except ValueError:  # the entry expired between add and incr
            cache.set(key, 1, settings.KEHOACH_LOGIN_LOCKOUT_SECONDS)


def clear(username: str, address: str) -> None:
    """Forget failures after a successful login."""
    cache.delete_many(_keys(username, address))
