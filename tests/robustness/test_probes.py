"""The mechanism probes are sound: each clean text reads as a plan with the compared fields
filled, each perturbed twin differs from it, and each names perturbations that exist.

Whether a probe is still broken is not asserted here (that is the parser's work list,
printed by bench/robustness_report.py); the floors in test_perturbed_corpus.py hold the parser
to account.
"""

from __future__ import annotations

import pytest
from tests.robustness.perturb import BY_NAME
from tests.robustness.probes import PROBES, Probe, project

from kehoach.parsing import parse_text


def test_probe_keys_are_unique():
    assert len({p.key for p in PROBES}) == len(PROBES)


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p.key)
def test_probe_clean_text_fills_the_fields_it_compares(probe: Probe):
    assert set(probe.forms) <= set(BY_NAME), probe.forms
    assert probe.perturbed != probe.clean
    fields = project(parse_text(probe.clean), probe.fields)
    assert all(value not in (None, "", []) for value in fields.values()), fields
