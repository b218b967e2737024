"""The unit directory for coordinators: search (accent-insensitive, aliases too) and detail."""

from __future__ import annotations

from django import forms
from django.core.paginator import Paginator
from django.db.models import Case, Q, Value, When
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


# The directory's order: central bodies, provinces, a province's departments and the like, and the
# thousands of communes last (by their code, "commune" sorted before "province").
LISTED_KINDS = (UnitKind.CENTRAL, UnitKind.PROVINCE, UnitKind.DEPARTMENT, UnitKind.ORGANISATION,
                UnitKind.OFFICE, UnitKind.OTHER, UnitKind.COMMUNE)
KIND_RANK = Case(*(When(kind=kind, then=Value(i)) for i, kind in enumerate(LISTED_KINDS)),
                 default=Value(len(LISTED_KINDS)))


@coordinator_required
def unit_list(request):
    form = UnitFilterForm(request.GET or None)
    units = form.apply(Unit.objects.select_related("parent", "merged_into"))
    units = units.annotate(rank=KIND_RANK).order_by("-active", "rank", "name")
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
