"""Sign-in and sign-out (Django's auth views, Vietnamese templates, throttled)."""

from __future__ import annotations

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from kehoach.accounts import throttle


class Throttled:
    """Refuses to check passwords while the user or the address is locked; counts failures. Mixed
    into every login form of the site (ours and the admin's), or the other one is a way around it."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _("Tên đăng nhập hoặc mật khẩu không đúng."),
        "locked": _("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút."),
    }

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        address = throttle.client_address(self.request)
        if throttle.is_locked(username, address):
            raise forms.ValidationError(self.error_messages["locked"], code="locked")
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            throttle.record_failure(username, address)
            raise
        throttle.clear(username, address)
        return cleaned


class ThrottledAuthenticationForm(Throttled, AuthenticationForm):
    """The site's login form."""


class ThrottledAdminAuthenticationForm(Throttled, AdminAuthenticationForm):
    """The admin site's login form (it also refuses accounts that are not staff)."""

    error_messages = {**AdminAuthenticationForm.error_messages, **Throttled.error_messages,
                      "invalid_login": AdminAuthenticationForm.error_messages["invalid_login"]}


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = ThrottledAuthenticationForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    """POST only (Django's default); GET gives 405."""
