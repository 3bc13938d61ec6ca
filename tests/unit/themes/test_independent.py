"""Figures on youth comments written by people who never saw the engine.

independent_priorities_3 was measured blind (macro-F1 0.833 out of the box, themes NMI 0.685)
and then used for development (0.979, NMI 0.873). independent_priorities_4 was measured once,
blind, with the engine frozen: macro-F1 0.840 out of the box, 0.823 with 4/5 of it as labelled,
themes NMI 0.720. The learned model's gate was then made stricter, after which confirming
comments no longer made it worse (0.840 with labels). Both sets then went into the built-in seed
(engage/themes/seed_comments.jsonl) with their theme labels, which the seed's theme model
(engage/themes/theme_seed.py) learns from, so on comments the seed holds the themes are close to
recalled (NMI 0.975 and 0.883; macro-F1 0.996 and 0.913). The honest figures are with the seed
trained without the set being scored (leave one set out): macro-F1 0.988 and 0.896, themes NMI
0.890 and 0.776 (0.874 and 0.714 before the theme model). These tests keep both.

independent_priorities_5 was written afterwards by someone else and measured once, blind, with
the engine frozen (2026-11-27): macro-F1 0.896 out of the box, 0.896 with the shared dev set as
labelled and 0.896 with 4/5 of it as labelled; themes NMI 0.776 (51 themes). It is in no seed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sklearn.metrics import f1_score, normalized_mutual_info_score
from sklearn.model_selection import StratifiedKFold

from engage.themes import analyse, seed

HERE = Path(__file__).parent


def _rows(name: str) -> list[dict[str, str]]:
    return [json.loads(line) for line in (HERE / name).read_text().splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("name", "held_out", "least_f1", "least_nmi"),
    [
        ("independent_priorities_3.jsonl", False, 0.98, 0.96),
        ("independent_priorities_4.jsonl", False, 0.90, 0.87),
        ("independent_priorities_3.jsonl", True, 0.98, 0.88),
        ("independent_priorities_4.jsonl", True, 0.88, 0.765),
        ("independent_priorities_5.jsonl", False, 0.89, 0.77),
    ],
)
def test_priorities_and_themes_on_independent_comments(name, held_out, least_f1, least_nmi):
    rows = _rows(name)
    texts = [row["text"] for row in rows]
    gold = [row["priority"] for row in rows]
    if held_out:
        with seed.excluding(Path(name).stem):
            result = analyse(texts)
    else:
        result = analyse(texts)
    assert f1_score(gold, result.comment_priorities, average="macro") >= least_f1
    clusters = [f"t{t}" if t is not None else "none" for t in result.comment_themes]
    truth = [f"{row['priority']}:{row['theme']}" for row in rows]
    assert normalized_mutual_info_score(truth, clusters) >= least_nmi


@pytest.mark.parametrize(
    "name", ["independent_priorities_4.jsonl", "independent_priorities_5.jsonl"]
)
def test_confirming_comments_never_makes_the_blind_set_worse(name: str) -> None:
    rows = _rows(name)
    texts = [row["text"] for row in rows]
    gold = [row["priority"] for row in rows]
    alone = f1_score(gold, analyse(texts).comment_priorities, average="macro")
    predicted: list[str] = [""] * len(rows)
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    for train, test in folds.split(texts, gold):
        labelled = [(texts[i], gold[i]) for i in train]
        result = analyse([texts[i] for i in test], labelled=labelled)
        for j, i in enumerate(test):
            predicted[i] = result.comment_priorities[j]
    assert f1_score(gold, predicted, average="macro") >= alone - 1e-9
