"""Importing units from CSV: the command and the admin page; a bad row saves nothing."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from kehoach.units.importing import UnitImportError, import_units
from kehoach.units.models import Unit, UnitKind

GOOD = """name,short_name,kind,parent,aliases
Tỉnh Điện Biên,,province,,
Ủy ban nhân dân tỉnh Điện Biên,UBND tỉnh,department,Tỉnh Điện Biên,UBND tỉnh Điện Biên
Sở Văn hóa và Thể thao,Sở VH&TT,phòng ban,Tỉnh Điện Biên,
Sở Khoa học và Công nghệ,Sở KH&CN,department,Tỉnh Điện Biên,Sở TT&TT;Sở Thông tin và Truyền thông
"""


def test_it_imports_units_with_parents_and_aliases(db):
    summary = import_units(GOOD.replace("phòng ban", "department"))
    assert summary.created == 4
    dept = Unit.objects.get(name="Sở Khoa học và Công nghệ")
    assert dept.parent.name == "Tỉnh Điện Biên" and dept.kind == UnitKind.DEPARTMENT
    assert set(dept.aliases.values_list("name", flat=True)) == {"Sở Thông tin và Truyền thông", "Sở TT&TT"}


def test_it_accepts_the_vietnamese_label_of_a_kind(db):
    import_units("name,kind\nSở Y tế,\"Sở, ban, ngành\"\n")
    assert Unit.objects.get(name="Sở Y tế").kind == UnitKind.DEPARTMENT


def test_it_imports_the_same_file_twice_without_duplicates(db):
    text = GOOD.replace("phòng ban", "department")
    import_units(text)
    summary = import_units(text)
    assert (summary.created, summary.updated) == (0, 4)
    assert Unit.objects.count() == 4


def test_it_saves_nothing_when_a_row_is_bad(db):
    with pytest.raises(UnitImportError) as caught:
        import_units(GOOD)  # line 4 has a kind that does not exist
    assert caught.value.errors == [
        "Dòng 4: loại đơn vị “phòng ban” không hợp lệ (dùng: central, province, commune, department, "
        "office, organisation, other)."]
    assert Unit.objects.count() == 0


def test_it_names_every_bad_row(db):
    text = "name,kind,parent\n,central,\nSở Y tế,department,Tỉnh Không Có\n"
    with pytest.raises(UnitImportError) as caught:
        import_units(text)
    assert caught.value.errors == ["Dòng 2: thiếu tên đơn vị.",
                                   "Dòng 3: không tìm thấy đơn vị cấp trên “Tỉnh Không Có”."]


def test_it_refuses_a_file_without_the_required_columns(db):
    with pytest.raises(UnitImportError, match=r"Tệp thiếu cột: kind\."):
        import_units("name,short_name\nSở Y tế,SYT\n")


def test_the_command_imports_a_file(db, tmp_path, capsys):
    path = tmp_path / "units.csv"
    path.write_text(GOOD.replace("phòng ban", "department"), encoding="utf-8")
    call_command("import_units", str(path))
    assert "thêm 4" in capsys.readouterr().out


def test_the_command_fails_with_the_row_numbers(db, tmp_path):
    path = tmp_path / "units.csv"
    path.write_text(GOOD, encoding="utf-8")
    with pytest.raises(CommandError, match="Dòng 4"):
        call_command("import_units", str(path))
    assert Unit.objects.count() == 0


def test_the_admin_page_imports_a_file(client_for):
    upload = SimpleUploadedFile("units.csv", GOOD.replace("phòng ban", "department").encode())
    response = client_for("admin").post(reverse("admin:units_unit_import"), {"file": upload})
    assert response.status_code == 302
    assert Unit.objects.filter(name="Sở Văn hóa và Thể thao").exists()


def test_the_admin_page_shows_errors_and_saves_nothing(client_for, personas):
    before = Unit.objects.count()
    upload = SimpleUploadedFile("units.csv", GOOD.encode())
    response = client_for("admin").post(reverse("admin:units_unit_import"), {"file": upload})
    assert response.status_code == 200
    assert "Dòng 4: loại đơn vị" in response.content.decode()
    assert Unit.objects.count() == before


def test_the_admin_page_is_for_staff_only(client_for):
    response = client_for("coordinator").get(reverse("admin:units_unit_import"))
    assert response.status_code == 302  # to the admin login


def test_it_reads_vietnamese_kind_labels_whatever_the_language(db):
    from django.utils import translation

    with translation.override("en"):
        import_units("name,kind\nSở Tài chính,\"Sở, ban, ngành\"\nSở Xây dựng,Provincial department\n")
    assert set(Unit.objects.values_list("kind", flat=True)) == {UnitKind.DEPARTMENT}
