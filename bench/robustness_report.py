"""How the parser's score holds up when plans arrive wrapped, paged, without diacritics, noisy,
as Markdown, with odd typography: a perturbation × document table of F1, the worst new misses
per perturbation, and the parser's work list (the mechanisms that break, each with a minimal
text) written to /tmp/team/robustness.md.

    .venv/bin/python bench/robustness_report.py [--seeds 3] [--only wrap pages] [--out FILE]

Every annotated plan (seeds, tests/corpus/plans) is perturbed with tests/robustness/perturb.py
under each seed, parsed with kehoach.parsing.parse_text and scored with ../shared/eval/score.py;
a document's figure pools the facts of all seeds. "Δ" is the loss against the clean texts.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # tests.robustness is imported as a package from the checkout

from tests.robustness.harness import documents, label, run, scorer  # noqa: E402
from tests.robustness.perturb import ALL, TYPOGRAPHY_PARTS, Perturbation  # noqa: E402
from tests.robustness.probes import PROBES, Probe, broken, outcome  # noqa: E402

WORK_LIST_LOSS = 0.03  # a form losing more than this overall goes on the work list
DOC_LOSS = 0.10  # so does a form that costs one plan more than this


def measure(perturbation: Perturbation | None, seeds: int) -> dict[str, object]:
    """Per document, the scorer's tally pooled over the seeds."""
    out = {}
    for doc in documents():
        tally = scorer().Tally()
        for seed in range(1 if perturbation is None else seeds):
            tally.add(run(doc, perturbation, seed).tally)
        out[label(doc)] = tally
    return out


def overall(tallies: dict[str, object]) -> float:
    total = scorer().Tally()
    for t in tallies.values():
        total.add(t)
    return total.f1


def new_misses(tally, clean) -> list[str]:
    """What the scorer missed under the perturbation and not on the clean text."""
    return list((Counter(tally.misses) - Counter(clean.misses)).elements())


def text_table(results: dict[str, dict], clean: dict) -> str:
    """Rows: perturbations; columns: overall, loss, then every document (F1 × 100)."""
    docs = list(clean)
    head = f"{'perturbation':<18}{'F1':>6}{'Δ':>7}  " + " ".join(f"{d[-4:]:>4}" for d in docs)
    rows = [
        head,
        f"{'clean':<18}{overall(clean):6.3f}{'':>7}  " + " ".join(f"{clean[d].f1 * 100:4.0f}" for d in docs),
    ]
    for name, tallies in results.items():
        loss = overall(tallies) - overall(clean)
        cells = " ".join(f"{tallies[d].f1 * 100:4.0f}" for d in docs)
        rows.append(f"{name:<18}{overall(tallies):6.3f}{loss:+7.3f}  {cells}")
    return "\n".join(rows)


def worst_misses(tallies: dict, clean: dict, limit: int) -> list[str]:
    """The new misses of the documents that lose most, worst document first."""
    order = sorted(tallies, key=lambda d: tallies[d].f1 - clean[d].f1)
    out = []
    for d in order:
        if tallies[d].f1 >= clean[d].f1:
            break
        for m in dict.fromkeys(new_misses(tallies[d], clean[d])):
            out.append(f"{d} ({clean[d].f1:.2f}→{tallies[d].f1:.2f}): {m[:200]}")
            if len(out) >= limit:
                return out
    return out


def on_work_list(tallies: dict, clean: dict) -> bool:
    loss = overall(clean) - overall(tallies)
    return loss > WORK_LIST_LOSS or any(clean[d].f1 - tallies[d].f1 > DOC_LOSS for d in tallies)


def probe_section(probe: Probe, forms: dict[str, float]) -> str:
    """One mechanism: status, the forms it costs, what breaks, the text that shows it, clean vs perturbed."""
    clean, perturbed = outcome(probe)
    status = "BROKEN" if clean != perturbed else "holds (clean and perturbed texts read the same)"
    costs = (
        ", ".join(f"{f} −{loss:.3f}" for f, loss in forms.items() if f in probe.forms) or "none on the list"
    )
    lines = [
        f"### {probe.key} — {status}",
        "",
        f"Forms: {costs}.",
        "",
        probe.mechanism,
        "",
        "As it arrives:",
        "",
    ]
    lines += ["```", _visible(probe.example()), "```", ""]
    for k in clean:
        if clean[k] != perturbed[k]:
            lines += [
                f"- `{k}` from the clean text: `{str(clean[k])[:400]}`",
                f"- from this text: `{str(perturbed[k])[:400]}`",
            ]
    return "\n".join(lines) + "\n"


def _visible(text: str) -> str:
    """Tabs and invisible characters spelled out, so the example shows what the parser sees."""
    for ch, name in (("\t", "\\t"), ("\u200b", "\\u200b"), ("\u00ad", "\\u00ad"), ("\u00a0", "\\u00a0")):
        text = text.replace(ch, name)
    return text


def markdown(results: dict[str, dict], clean: dict, seeds: int, misses: int) -> str:
    """The findings for the parser engineer: figures, mechanisms by cost, the misses of each costly form."""
    commit = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    docs = list(clean)
    costly = {n: overall(clean) - overall(t) for n, t in results.items() if on_work_list(t, clean)}
    parts = [
        "# Parser robustness: the work list",
        "",
        f"Written by `bench/robustness_report.py` at commit {commit.stdout.strip()} "
        f"({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}); "
        f"{len(docs)} plans (seeds + tests/corpus/plans), {seeds} seed(s) per perturbation, scored with "
        "../shared/eval/score.py. Perturbations: tests/robustness/perturb.py; mechanisms (minimal texts): "
        "tests/robustness/probes.py; floors: tests/robustness/test_perturbed_corpus.py.",
        "",
        "## Figures (overall F1; Δ against the clean texts; the three plans that lose most)",
        "",
        "| perturbation | F1 | Δ | worst plans |",
        "|---|---|---|---|",
        f"| clean | {overall(clean):.3f} | | |",
    ]
    for name, tallies in results.items():
        worst = sorted(docs, key=lambda d: tallies[d].f1 - clean[d].f1)[:3]
        cells = ", ".join(f"{d} {tallies[d].f1:.2f} ({tallies[d].f1 - clean[d].f1:+.2f})" for d in worst)
        parts.append(
            f"| {name} | {overall(tallies):.3f} | {overall(tallies) - overall(clean):+.3f} | {cells} |"
        )
    parts += ["", "Per plan (F1 × 100):", "", "```", text_table(results, clean), "```", ""]
    parts += [
        "## Mechanisms that break, most costly first",
        "",
        f"Costly forms: losing more than {WORK_LIST_LOSS} overall, or more than {DOC_LOSS} on one plan.",
        "",
    ]
    cost = {p.key: sum(loss for f, loss in costly.items() if f in p.forms) for p in PROBES}
    ranked = sorted(PROBES, key=lambda p: (not broken(p), -cost[p.key]))
    parts += [probe_section(p, costly) for p in ranked]
    parts += ["## Worst new misses in the corpus, per costly form", ""]
    for name in costly:
        keys = ", ".join(p.key for p in ranked if name in p.forms) or "no probe isolates this yet"
        parts += [f"### {name} (−{costly[name]:.3f}; mechanisms: {keys})", "", "```"]
        parts += [*worst_misses(results[name], clean, misses), "```", ""]
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", type=int, default=3, help="seeds per perturbation (default 3)")
    ap.add_argument(
        "--only", nargs="*", help="perturbation names (default: all, and typography part by part)"
    )
    ap.add_argument("--misses", type=int, default=10, help="new misses listed per perturbation")
    ap.add_argument("--out", type=Path, default=Path("/tmp/team/robustness.md"))
    a = ap.parse_args(argv)
    chosen = [p for p in (*ALL, *TYPOGRAPHY_PARTS) if not a.only or p.name in a.only]
    started = time.perf_counter()
    clean = measure(None, 1)
    results = {}
    for p in chosen:
        results[p.name] = measure(p, a.seeds)
        print(f"{p.name:<18} {overall(results[p.name]):.3f}", file=sys.stderr, flush=True)
    print(text_table(results, clean))
    for name, tallies in results.items():
        print(f"\n{name}: worst new misses")
        print("\n".join(f"  {m}" for m in worst_misses(tallies, clean, a.misses)) or "  (none)")
    print("\nprobes:")
    for probe in PROBES:
        c, p = outcome(probe)
        print(f"  {'BROKEN' if c != p else 'holds '} {probe.key}")
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(markdown(results, clean, a.seeds, a.misses), encoding="utf-8")
    print(f"\nwrote {a.out} in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
