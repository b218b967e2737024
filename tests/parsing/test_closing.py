"""The closing: recipients and the signer in the forms plans sign."""

from tests.parsing.conftest import HEADER, parse


def _closing(tail: str) -> dict:
    return parse(HEADER + "II. NHIỆM VỤ\n1. Sở Y tế\n- Tổ chức hội nghị./.\n\n" + tail)


def test_recipients_lose_markers_and_trailing_punctuation_but_keep_their_notes():
    record = _closing("""
    Nơi nhận:
    - Đ/c Bộ trưởng (để b/c);
    - Đ/c Lương Văn Cầu, PCT UBND tỉnh; (để báo cáo)
    - Lưu: VT, VPCQTT (V02-P6).

    GIÁM ĐỐC

    Nguyễn Minh Hiệu
    """)
    assert record["recipients"] == [
        "Đ/c Bộ trưởng (để b/c)",
        "Đ/c Lương Văn Cầu, PCT UBND tỉnh; (để báo cáo)",
        "Lưu: VT, VPCQTT (V02-P6)",
    ]
    assert record["signer"] == {
        "authority": None,
        "position": "GIÁM ĐỐC",
        "other_titles": [],
        "rank": None,
        "name": "Nguyễn Minh Hiệu",
    }


def test_a_signer_with_authority_other_titles_and_rank():
    signer = _closing("""
    Nơi nhận:
    - Như trên;

    KT. TRƯỞNG BAN
    PHÓ TRƯỞNG BAN THƯỜNG TRỰC



    PHÓ GIÁM ĐỐC CÔNG AN TỈNH
    Đại tá Hà Xuân Duy
    """)["signer"]
    assert signer == {
        "authority": "KT. TRƯỞNG BAN",
        "position": "PHÓ TRƯỞNG BAN THƯỜNG TRỰC",
        "other_titles": ["PHÓ GIÁM ĐỐC CÔNG AN TỈNH"],
        "rank": "Đại tá",
        "name": "Hà Xuân Duy",
    }


def test_two_authority_lines_side_by_side_with_the_recipients():
    record = _closing("""
    Nơi nhận:\t\tTM. ỦY BAN NHÂN DÂN
    - Bộ Văn hóa (b/c);\t\tKT. CHỦ TỊCH
    - Lưu: VT.\t\tPHÓ CHỦ TỊCH

    \t\tNguyễn Cao Sơn
    """)
    assert record["recipients"] == ["Bộ Văn hóa (b/c)", "Lưu: VT"]
    signer = record["signer"]
    assert (signer["authority"], signer["position"], signer["name"]) == (
        "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Nguyễn Cao Sơn",
    )
    assert record["provenance"]["signer"][0] > 0


def test_a_digital_signature_stamp_is_not_the_signer():
    signer = _closing("""
    Nơi nhận:
    - Lưu: VT.

    GIÁM ĐỐC

    Phạm Thu Hà
    Người ký: Sở Tư pháp
    Ngày ký: 12.03.2026 10:15:20 +07:00
    """)["signer"]
    assert (signer["position"], signer["name"]) == ("GIÁM ĐỐC", "Phạm Thu Hà")


def test_recipients_run_together_on_one_line_are_each_one():
    record = _closing("""
    Nơi nhận: - Như Điều 3; - Bộ Y tế (để b/c);
    - Chủ tịch, các PCT UBND tỉnh (để b/c);- CVP, các PCVP UBND tỉnh (để theo
    dõi);
    - Lưu: VT, VX.

    KT. CHỦ TỊCH
    PHÓ CHỦ TỊCH

    Nguyễn Văn Bình
    """)
    assert record["recipients"] == [
        "Như Điều 3",
        "Bộ Y tế (để b/c)",
        "Chủ tịch, các PCT UBND tỉnh (để b/c)",
        "CVP, các PCVP UBND tỉnh (để theo dõi)",
        "Lưu: VT, VX",
    ]
    assert (record["signer"]["authority"], record["signer"]["name"]) == ("KT. CHỦ TỊCH", "Nguyễn Văn Bình")
