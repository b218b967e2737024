"""Comparable forms of unit names: folded, abbreviations expanded, framing words dropped."""

from __future__ import annotations

import re

from kehoach.units.folding import fold

# Abbreviations plans use, on folded text (whole words only). Longer ones first.
ABBREVIATIONS = [
    ("ld tb xh", "lao dong thuong binh xa hoi"), ("ldtbxh", "lao dong thuong binh xa hoi"),
    ("vh tt dl", "van hoa the thao du lich"), ("vhttdl", "van hoa the thao du lich"),
    ("nn ptnt", "nong nghiep phat trien nong thon"), ("nnptnt", "nong nghiep phat trien nong thon"),
    ("tt tt", "thong tin truyen thong"), ("tttt", "thong tin truyen thong"),
    ("kh cn", "khoa hoc cong nghe"), ("khcn", "khoa hoc cong nghe"),
    ("gd dt", "giao duc dao tao"), ("gddt", "giao duc dao tao"),
    ("tn mt", "tai nguyen moi truong"), ("tnmt", "tai nguyen moi truong"),
    ("kh dt", "ke hoach dau tu"), ("khdt", "ke hoach dau tu"),
    ("nn mt", "nong nghiep moi truong"), ("gtvt", "giao thong van tai"),
    ("bcdnq", "ban chi dao nhan quyen"), ("bcd", "ban chi dao"),
    ("ubnd", "uy ban nhan dan"), ("hdnd", "hoi dong nhan dan"), ("ubmttq", "uy ban mat tran to quoc"),
    ("mttq", "mat tran to quoc"), ("ub", "uy ban"), ("tw", "trung uong"), ("tu", "trung uong"),
    ("tp", "thanh pho"), ("vn", "viet nam"), ("ctqg", "chinh tri quoc gia"), ("hcm", "ho chi minh"),
    ("tncs", "thanh nien cong san"), ("lhpn", "lien hiep phu nu"), ("ccb", "cuu chien binh"),
    ("ldld", "lien doan lao dong"), ("qdnd", "quan doi nhan dan"), ("cand", "cong an nhan dan"),
    ("vp", "van phong"), ("cqtt", "co quan thuong truc"),
]
_ABBREVIATION_RE = re.compile(r"\b(" + "|".join(re.escape(a) for a, _ in ABBREVIATIONS) + r")\b")
_EXPANSION = dict(ABBREVIATIONS)

# Words that frame a name without telling units apart.
STOPWORDS = {"va", "cua", "de", "nghi", "giao"}

# Prefixes that name the kind of a local body; stripped to compare the place name itself.
KIND_PREFIXES = ("uy ban nhan dan", "thanh pho", "tinh", "phuong", "xa", "dac khu")


# Leading words naming the kind of body ("Sở …" is not "Bộ …", "Bộ Chỉ huy Quân sự" is neither);
# longer prefixes first. A name whose words start with none of them has no kind of its own.
BODY_KINDS = [
    ("bo chi huy", "military"), ("bo tu lenh", "military"), ("bo doi", "military"), ("bo phan", "office"),
    ("bo ", "ministry"),
    ("so ", "department"), ("cong an", "police"), ("bao ", "press"), ("truong ", "school"),
    ("vu ", "ministry's office"), ("cuc ", "directorate"), ("chi bo", "party cell"),
    ("uy ban nhan dan tinh", "province"), ("uy ban nhan dan thanh pho", "province"),
    ("uy ban nhan dan xa", "commune"), ("uy ban nhan dan phuong", "commune"),
    ("uy ban nhan dan dac khu", "commune"), ("uy ban nhan dan", "committee"),
    ("tinh doan", "organisation"), ("tinh uy", "party"),
    ("tinh ", "province"), ("thanh pho ", "province"),
    ("xa ", "commune"), ("phuong ", "commune"), ("dac khu ", "commune"),
]


def body_kind(key: str) -> str:
    """The kind of body a normalized name starts with ("so tu phap" → "department"), else ""."""
    return next((kind for prefix, kind in BODY_KINDS if f"{key} ".startswith(prefix)), "")


# A name ending with one of these ("Ủy ban MTTQ Việt Nam xã") names a local body, never a central one.
LEVEL_ENDINGS = (" tinh", " thanh pho", " xa", " phuong", " dac khu")


def normalize(name: str) -> str:
    """Folded, abbreviations expanded, framing words dropped: "UBND TP. Hà Nội" → "uy ban nhan dan
    thanh pho ha noi"."""
    text = _ABBREVIATION_RE.sub(lambda m: _EXPANSION[m.group(1)], fold(name))
    return " ".join(word for word in text.split() if word not in STOPWORDS)


def core(key: str) -> str:
    """A normalized name without the prefixes naming a local body's kind ("lai chau")."""
    changed = True
    while changed:
        changed = False
        for prefix in KIND_PREFIXES:
            if key.startswith(prefix + " ") and len(key) > len(prefix) + 1:
                key = key[len(prefix) + 1:]
                changed = True
    return key
