"""Forms of the tracking pages. The rules live in services; forms only shape the input."""

from __future__ import annotations

import html

from django import forms
from django.utils.html import format_html
from django.utils.safestring import SafeData, SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from kehoach.tracking.queries import NO_REPORT
from kehoach.tracking.states import ReportState


def target_label(target: dict) -> str:
    """ "01 hội nghị" → "Số hội nghị (chỉ tiêu: 1)"."""
    unit = target.get("unit") or target.get("text") or _("kết quả")
    quantity = target.get("quantity")
    return f"{unit} ({_('chỉ tiêu')}: {quantity:g})" if quantity is not None else str(unit)


class ReportForm(forms.Form):
    """The narrative and one achieved figure per target of the task."""

    narrative = forms.CharField(label=_("Kết quả thực hiện"), required=False,
                                widget=forms.Textarea(attrs={"rows": 6}))

    def __init__(self, *args, targets: list[dict], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.targets = targets
        for i, target in enumerate(targets):
            self.fields[f"achieved_{i}"] = forms.DecimalField(
                label=target_label(target), required=False, min_value=0, decimal_places=2,
                widget=forms.NumberInput(attrs={"step": "any", "inputmode": "decimal"}))

    @classmethod
    def for_report(cls, report, targets: list[dict]) -> ReportForm:
        initial = {"narrative": report.narrative if report else ""}
        for figure in (report.figures if report else []):
            initial[f"achieved_{figure['target']}"] = figure.get("achieved")
        return cls(targets=targets, initial=initial)

    def achieved(self) -> list[object]:
        return [self.cleaned_data.get(f"achieved_{i}") for i in range(len(self.targets))]

    def figure_fields(self):
        return [self[f"achieved_{i}"] for i in range(len(self.targets))]


class EvidenceForm(forms.Form):
    file = forms.FileField(label=_("Tệp minh chứng"))


class DecisionForm(forms.Form):
    comment = forms.CharField(label=_("Ý kiến"), required=False, widget=forms.Textarea(attrs={"rows": 3}))


STATE_CHOICES = [("", _("Mọi trạng thái")), (NO_REPORT, _("Chưa báo cáo")), *ReportState.choices]


def attributes(attrs: dict) -> SafeString:
    """flatatt's markup (name="value" pairs by name, then the names of true flags), with an escape
    per value instead of a format_html each."""
    pairs = sorted((name, value) for name, value in attrs.items()
                   if value is not None and not isinstance(value, bool))
    flags = sorted(name for name, value in attrs.items() if value is True)
    return mark_safe("".join(f' {name}="{value if isinstance(value, SafeData) else html.escape(str(value))}"'
                             for name, value in pairs) + "".join(f" {name}" for name in flags))


class QuickInput:
    """An <input> widget with Django's markup, written without its widget templates (which cost
    most of a filter form's render on every list page)."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        shown = "" if widget["value"] is None else format_html(' value="{}"', widget["value"])
        return format_html('<input type="{}" name="{}"{}{}>', widget["type"], name, shown,
                           attributes(widget["attrs"]))


class SearchInput(QuickInput, forms.TextInput):
    input_type = "search"


class QuickCheckbox(QuickInput, forms.CheckboxInput):
    pass


class QuickSelect(forms.Select):
    """A <select> with Django's markup, its options written without a template each."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = set(self.format_value(value))
        # escape() per value rather than format_html per option: a plan filter lists every plan
        options = mark_safe("".join(  # every value is escaped
            f'\n  <option value="{html.escape(str(choice))}"{" selected" if str(choice) in chosen else ""}>'
            f'{html.escape(str(label))}</option>' for choice, label in self.choices))
        return format_html('<select name="{}"{}>{}\n</select>', name,
                           attributes(self.build_attrs(self.attrs, attrs)), options)


class AssignmentFilterForm(forms.Form):
    """Filters shared by the unit portal and the coordinator's lists."""

    q = forms.CharField(label=_("Tìm"), required=False,
                        widget=SearchInput(attrs={"placeholder": _("Tìm (không cần dấu)…")}))
    plan = forms.ChoiceField(label=_("Kế hoạch"), required=False, widget=QuickSelect)
    state = forms.ChoiceField(label=_("Trạng thái"), required=False, choices=STATE_CHOICES,
                              widget=QuickSelect)
    overdue = forms.BooleanField(label=_("Chỉ việc trễ hạn"), required=False, widget=QuickCheckbox)

    def __init__(self, *args, plans=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["plan"].choices = [("", _("Mọi kế hoạch")),
                                       *[(str(p.uuid), str(p)[:90]) for p in plans]]

    def values(self) -> dict:
        data = self.cleaned_data if self.is_valid() else {}
        return {"plan": data.get("plan", ""), "state": data.get("state", ""),
                "overdue": bool(data.get("overdue")), "q": data.get("q", "")}
