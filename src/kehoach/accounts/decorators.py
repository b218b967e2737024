"""View decorators for role checks. Outside the role is a 404, like outside the unit scope."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.http import Http404

from kehoach.accounts.models import Role


def role_required(*roles: str):
    """Only signed-in users holding one of `roles` reach the view; others get 404."""

    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(request, *args, **kwargs):
            if request.user.role not in roles or not request.user.is_active:
                raise Http404
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


coordinator_required = role_required(Role.COORDINATOR, Role.ADMIN)
