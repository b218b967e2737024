"""The page where a user makes and revokes their own API tokens."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from kehoach.api.models import ApiToken


class TokenForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Tên khoá (để nhận ra)"), max_length=100)


@login_required
def tokens(request):
    """List the user's tokens; POST makes one and shows its secret once."""
    form = TokenForm(request.POST or None)
    secret = None
    if request.method == "POST" and form.is_valid():
        _token, secret = ApiToken.objects.issue(request.user, form.cleaned_data["name"])
        form = TokenForm()
    return render(request, "tracking/tokens.html", {
        "form": form, "secret": secret,
        "tokens": ApiToken.objects.filter(user=request.user, revoked=False)})


@login_required
@require_POST
def revoke_token(request, token_id: int):
    token = get_object_or_404(ApiToken, pk=token_id, user=request.user, revoked=False)
    token.revoked = True
    token.save(update_fields=["revoked"])
    messages.success(request, _("Đã thu hồi khoá %(name)s.") % {"name": token.name})
    return redirect("tracking:tokens")
