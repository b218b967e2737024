"""The unit directory for coordinators: search (accent-insensitive, aliases too) and detail."""

from __future__ import annotations

from django import forms
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from kehoach.accounts.decorators import coordinator_required
from kehoach.units.folding import fold
from kehoach.units.models import Unit, UnitKind


class UnitFilterForm(forms.Form):
    q = forms.CharField(label=_("Tìm kiếm"), required=False, widget=forms.TextInput(
        attrs={"type": "search", "placeholder": _("Tên, tên viết tắt, tên gọi khác…")}))
    kind = forms.ChoiceField(label=_("Loại"), required=False,
                             choices=[("", _("Mọi loại")), *UnitKind.choices])

    def apply(self, units):
        if not self.is_valid():
            return units
        if self.cleaned_data["kind"]:
            units = units.filter(kind=self.cleaned_data["kind"])
        for word in fold(self.cleaned_data["q"]).split():
            units = units.filter(Q(search_key__contains=word) | Q(aliases__search_key__contains=word)
                                 | Q(short_name__icontains=word))
        return units.distinct()


@coordinator_required
def unit_list(request):
    form = UnitFilterForm(request.GET or None)
    units = form.apply(Unit.objects.select_related("parent", "merged_into"))
    units = units.order_by("-active", "kind", "name")
    page = Paginator(units, 50).get_page(request.GET.get("page"))
    return render(request, "units/unit_list.html", {"form": form, "page_obj": page})


@coordinator_required
def unit_detail(request, unit_uuid):
    try:
        unit = Unit.objects.select_related("parent", "merged_into").get(uuid=unit_uuid)
    except Unit.DoesNotExist:
        raise Http404 from None
    return render(request, "units/unit_detail.html", {
        "unit": unit, "aliases": unit.aliases.all(), "successors": unit.successors(),
        "predecessors": [*unit.absorbed.all(), *unit.split_from.all()],
        "children": unit.children.filter(active=True).order_by("name")[:200],
        "child_count": unit.children.count()})
