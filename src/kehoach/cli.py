"""The `kehoach` command line.

    kehoach parse FILE --json            one plan record on stdout
    kehoach parse FILE... --out DIR      DIR/<stem>.json for each file
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kehoach.parsing import ParseError, parse_file
from kehoach.reading import ReadError, ReadOptions


def _progress_bar(done: int, total: int, message: str) -> None:
    """A one-line progress bar on stderr (pages OCR'd, …)."""
    width = 30
    filled = width * done // max(total, 1)
    bar = f"[{'#' * filled}{'.' * (width - filled)}]"
    print(f"\r{message} {bar} {done}/{total}", end="\n" if done >= total else "", file=sys.stderr, flush=True)


def _read_options() -> ReadOptions:
    return ReadOptions(progress=_progress_bar if sys.stderr.isatty() else None)


def _parse_one(path: Path) -> dict:
    try:
        return parse_file(path, _read_options())
    except (ReadError, ParseError) as exc:
        reason = exc.reason if isinstance(exc, ReadError) else str(exc)
        raise SystemExit(f"kehoach: {path}: {reason}") from None
    except Exception as exc:  # a fault in one reader must not stop a batch nor print a traceback
        reason = f"lỗi nội bộ (internal error): {exc.__class__.__name__}: {exc}"
        raise SystemExit(f"kehoach: {path}: {reason}") from None


def cmd_parse(args: argparse.Namespace) -> int:
    """Parse each file; print JSON or write one file per input."""
    files: list[Path] = args.files
    if args.out is None and len(files) != 1:
        print("kehoach: give one FILE with --json, or --out DIR for several", file=sys.stderr)
        return 2
    if args.out is None:
        try:
            record = _parse_one(files[0])
        except SystemExit as exc:
            print(exc.code, file=sys.stderr)
            return 1
        print(json.dumps(record, ensure_ascii=False, indent=1))
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for path in files:
        try:
            record = _parse_one(path)
        except SystemExit as exc:
            print(exc.code, file=sys.stderr)
            failed += 1
            continue
        target = args.out / f"{path.stem}.json"
        target.write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kehoach", description="Vietnamese plans → tracked work")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse plan files into kehoach.plan/1 records")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the record as JSON (the default for one file)")
    p.add_argument("--out", type=Path, metavar="DIR", help="write DIR/<stem>.json for each FILE")
    p.set_defaults(func=cmd_parse)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
