"""A learned second opinion for disclosure screening.

The rules in screening.py read who a harm happens to; they miss wordings nobody wrote a rule for.
This linear model (character and word n-grams, logistic regression) learns the look of a
disclosure from labelled examples kept in data/: disclosures, general views on the same topics,
and ordinary personal comments (service feedback, everyday life) that are neither, plus the
comment sets in data/screening_sets/ that were written by other people to measure the screen and,
once measured, became examples (different authors teach it more than more of our own lines). It is
trained
once per process, on first use, from those files only: deterministic, offline, no stored model.

Its probability is combined with the rules in screen(): a rule hit always flags; the model flags
on its own only when it is confident, or fairly confident and the comment names a harm.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from functools import cache
from importlib import resources
from typing import Any

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion

TRAINING_FILES = (
    "screening_core.jsonl",
    "screening_disclosures_extra.jsonl",
    "screening_disclosures_indirect.jsonl",
    "screening_views_extra.jsonl",
    "screening_benign.jsonl",
    "screening_benign_services.jsonl",
    "screening_benign_youth.jsonl",
    "screening_denials.jsonl",
    "screening_benign_family.jsonl",
    "screening_views_hypothetical.jsonl",
    "screening_disclosures_more.jsonl",
    "screening_benign_personal.jsonl",
    "screening_views_hard.jsonl",
)
WRITTEN_BY_OTHERS = "screening_sets"
MAX_CHARS = 2000
CHARACTER_NGRAMS = (3, 5)


def training_examples() -> tuple[list[str], list[int]]:
    texts: list[str] = []
    labels: list[int] = []
    folder = resources.files("engage.safeguarding").joinpath("data")
    sets = folder.joinpath(WRITTEN_BY_OTHERS)
    files = [folder.joinpath(name) for name in TRAINING_FILES] + sorted(
        (entry for entry in sets.iterdir() if entry.name.endswith(".jsonl")),
        key=lambda entry: entry.name,
    )
    for file in files:
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts.append(record["text"])
                labels.append(1 if record["concern"] else 0)
    return texts, labels


class LearnedScreen:
    def __init__(self, texts: list[str], labels: list[int]) -> None:
        self._features = FeatureUnion(
            [
                (
                    "characters",
                    TfidfVectorizer(
                        analyzer="char_wb",
                        ngram_range=CHARACTER_NGRAMS,
                        sublinear_tf=True,
                        min_df=2,
                    ),
                ),
                ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)),
            ]
        )
        matrix = self._features.fit_transform(texts)
        self._model = LogisticRegression(
            C=8.0, class_weight="balanced", max_iter=3000, solver="liblinear", random_state=0
        )
        self._model.fit(matrix, labels)

        # scikit-learn's per-call overhead is milliseconds; scoring one comment by hand from the
        # same weights takes tens of microseconds, which keeps screening well over 1,000 a second.
        coefficients = self._model.coef_[0]
        self._blocks: list[tuple[Any, dict[str, tuple[float, float]]]] = []
        offset = 0
        for _name, vectorizer in self._features.transformer_list:
            vocabulary: dict[str, int] = vectorizer.vocabulary_
            # Per term: its idf, and idf times its weight, so scoring is one lookup per n-gram.
            table = {
                term: (
                    float(vectorizer.idf_[index]),
                    float(vectorizer.idf_[index] * coefficients[offset + index]),
                )
                for term, index in vocabulary.items()
            }
            self._blocks.append((vectorizer.build_analyzer(), table))
            offset += len(vocabulary)
        self._intercept = float(self._model.intercept_[0])

    def probability(self, text: str) -> float:
        """The model's probability, computed as scikit-learn would (sublinear tf, idf, l2 per
        block, then the logistic of the linear score)."""
        text = text[:MAX_CHARS]
        score = self._intercept
        for analyse, table in self._blocks:
            counts = Counter(analyse(text))
            linear = 0.0
            squares = 0.0
            for term, count in counts.items():
                entry = table.get(term)
                if entry is None:
                    continue
                tf = 1.0 if count == 1 else 1.0 + math.log(count)
                linear += tf * entry[1]
                squares += (tf * entry[0]) ** 2
            if squares:
                score += linear / math.sqrt(squares)
        return 1.0 / (1.0 + math.exp(-score))

    def probabilities(self, texts: list[str]) -> list[float]:
        matrix = self._features.transform([text[:MAX_CHARS] for text in texts])
        return [float(value) for value in self._model.predict_proba(matrix)[:, 1]]


@cache
def learned_screen() -> LearnedScreen:
    texts, labels = training_examples()
    return LearnedScreen(texts, labels)


def concern_probability(text: str) -> float:
    """How much the comment reads like the disclosures in the examples, 0 to 1."""
    if not text or not text.strip():
        return 0.0
    return learned_screen().probability(text)
