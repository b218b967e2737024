"""Forms of the plans area: upload, and the review edits."""

from __future__ import annotations

from pathlib import Path

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

ACCEPTED_SUFFIXES = (".txt", ".md", ".docx", ".doc", ".odt", ".rtf", ".pdf", ".png", ".jpg", ".jpeg",
                     ".tif", ".tiff")


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """A file field that takes several files (Django's documented pattern)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ",".join(ACCEPTED_SUFFIXES)}))
        kwargs.setdefault("allow_empty_file", True)  # check_upload names the empty file itself
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if not data and self.required:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data]
        return [single(data, initial)]


def check_upload(upload) -> None:
    """One file's own problems, in Vietnamese, naming the file."""
    limit = settings.KEHOACH_MAX_UPLOAD_BYTES
    if upload.size == 0:
        raise forms.ValidationError(_("Tệp %(name)s rỗng."), params={"name": upload.name})
    if upload.size > limit:
        raise forms.ValidationError(
            _("Tệp %(name)s quá lớn (%(size).1f MB, tối đa %(limit).0f MB)."),
            params={"name": upload.name, "size": upload.size / 2**20, "limit": limit / 2**20})
    if Path(upload.name).suffix.lower() not in ACCEPTED_SUFFIXES:
        raise forms.ValidationError(
            _("Tệp %(name)s không thuộc loại được nhận (%(allowed)s)."),
            params={"name": upload.name, "allowed": ", ".join(ACCEPTED_SUFFIXES)})


class UploadForm(forms.Form):
    files = MultipleFileField(label=_("Tệp kế hoạch"), help_text=_(
        "Chọn một hoặc nhiều tệp: .txt, .md, .docx, .pdf, ảnh chụp (.png, .jpg)."))

    def clean_files(self):
        files = self.cleaned_data["files"]
        errors = []
        for upload in files:
            try:
                check_upload(upload)
            except forms.ValidationError as exc:
                errors.append(exc)
        if errors:
            raise forms.ValidationError(errors)
        return files


class DocumentForm(forms.Form):
    """The plan's number, symbol, title and date, as the reviewer corrects them."""

    number = forms.CharField(label=_("Số"), max_length=20, required=False)
    symbol = forms.CharField(label=_("Ký hiệu"), max_length=60, required=False)
    title = forms.CharField(label=_("Trích yếu"), widget=forms.Textarea(attrs={"rows": 3}), required=False)
    date = forms.DateField(label=_("Ngày ban hành"), required=False,
                           widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    period_start = forms.DateField(label=_("Thực hiện từ ngày"), required=False,
                                   widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    period_end = forms.DateField(label=_("Đến ngày"), required=False,
                                 widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))

    def clean(self):
        data = super().clean()
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", _("Ngày kết thúc phải sau ngày bắt đầu."))
        return data

    def values(self) -> dict:
        """Document fields and period, as the record writes them (ISO dates, None for blank)."""
        data = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in self.cleaned_data.items()}
        return {k: (v if v != "" else None) for k, v in data.items()}


def _names(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class TaskForm(forms.Form):
    """One task: text, lead and supporting units (one per line), deadline."""

    text = forms.CharField(label=_("Nội dung"), widget=forms.Textarea(attrs={"rows": 3}))
    lead = forms.CharField(label=_("Đơn vị chủ trì (mỗi dòng một đơn vị)"), required=False,
                           widget=forms.Textarea(attrs={"rows": 2}))
    support = forms.CharField(label=_("Đơn vị phối hợp (mỗi dòng một đơn vị)"), required=False,
                              widget=forms.Textarea(attrs={"rows": 2}))
    due = forms.DateField(label=_("Hạn"), required=False,
                          widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))

    @staticmethod
    def prefix_for(key: str) -> str:
        return f"t-{key}"

    @classmethod
    def for_task(cls, task: dict) -> TaskForm:
        return cls(initial={"text": task.get("text", ""),
                            "lead": "\n".join(task.get("lead") or []),
                            "support": "\n".join(task.get("support") or []), "due": task.get("due")},
                   prefix=cls.prefix_for(task["key"]))

    def values(self) -> dict:
        data = self.cleaned_data
        return {"text": data["text"].strip(), "lead": _names(data["lead"]),
                "support": _names(data["support"]), "due": data["due"].isoformat() if data["due"] else None}
