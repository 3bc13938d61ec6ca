"""A learned second opinion for names: the words the rules left that read like a person's name.

The rules in names.py and the name_*.py modules know the ways people are mentioned that someone
wrote a rule for; comments written by other people keep bringing new ones ("texted ruby on",
"ibby and sully was tryna"). This logistic regression learns, from the labelled comment sets in
data/redaction_sets/ (written by people outside the project, each measured once before it became
an example), what a name looks like from the word itself and the words around it.

It reads the comment as the rules left it, placeholders and all, so that reading a redacted
comment again gives the same answer (redaction.py runs it to a fixed point). It only adds names.
Trained once per process at first use: deterministic, offline, no stored model.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from engage.safeguarding.name_cues import SCHEME_WORDS
from engage.safeguarding.wordlists import Lexicon, lexicon

Span = tuple[int, int]
# A placeholder is one token, as is a word with its inner hyphens and apostrophes.
TOKEN_RE = re.compile(r"\[[A-Z_]+\]|[^\W\d_][\w'’-]*")
PLACEHOLDER_RE = re.compile(r"\[[A-Z_]+\]")
SETS = "redaction_sets"
C_VALUE = 1.0
THRESHOLD = 0.6  # chosen leaving one labelled set out at a time (data/redaction_sets/README.md)
# Names that are also everyday words ("Hope", "Will", "precious") need more: a wrong guess on
# them eats a word of what the young person said.
AMBIGUOUS_THRESHOLD = 0.9


def _shape(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "CAPS"
    if word[0].isupper():
        return "Cap"
    return "low"


def _kind_of(lex: Lexicon, low: str) -> list[str]:
    kinds = []
    if low in lex.first:
        kinds.append("first")
    if low in lex.surnames:
        kinds.append("surname")
    if low in lex.english:
        kinds.append("english")
    if low in lex.common:
        kinds.append("common")
    if low in lex.non_names:
        kinds.append("nonname")
    if low in lex.ambiguous:
        kinds.append("ambiguous")
    return kinds or ["unknown"]


def _neighbour(tokens: list[tuple[int, int, str]], i: int) -> str:
    if i < 0 or i >= len(tokens):
        return "<edge>"
    word = tokens[i][2]
    return word if word.startswith("[") else word.lower()


def features(text: str, tokens: list[tuple[int, int, str]], i: int, lex: Lexicon) -> list[str]:
    start, end, word = tokens[i]
    low = word.lower()
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    sentence_start = i == 0 or bool(re.search(r"[.!?:;\n]\s*$", text[tokens[i - 1][1] : start]))
    shape = _shape(word)
    kinds = _kind_of(lex, low)
    out = [
        f"w={low}",
        f"shape={shape}",
        f"start={sentence_start}",
        f"suf={low[-3:]}",
        f"p1={_neighbour(tokens, i - 1)}",
        f"p2={_neighbour(tokens, i - 2)}",
        f"n1={_neighbour(tokens, i + 1)}",
        f"n2={_neighbour(tokens, i + 2)}",
        f"p1n1={_neighbour(tokens, i - 1)}|{_neighbour(tokens, i + 1)}",
    ]
    out += [f"kind={k}" for k in kinds]
    out += [f"kind={k}|shape={shape}|start={sentence_start}" for k in kinds]
    if "'" in before or '"' in before or "‘" in before or "(" in before:
        out.append("opened")
    if "'" in after or '"' in after or "’" in after or ")" in after:
        out.append("closed")
    if "-" in word:
        out.append("hyphen")
    if text[end : end + 2] in ("'s", "’s"):
        out.append("possessive")
    return out


def tokens_of(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


_CONTRACTIONS = frozenset({"t", "m", "ve", "re", "ll", "d"})


def candidates(tokens: list[tuple[int, int, str]], lex: Lexicon) -> Iterable[int]:
    """Words that could be a name: not placeholders, and not everyday lower-case words."""
    for i, (_, _, word) in enumerate(tokens):
        if word.startswith("[") or len(word) < 2:
            continue
        low = word.lower().replace("’", "'")
        if word == low and low in lex.common and low not in lex.lower_names:
            continue  # "the", "bare", "innit": the words comments are made of
        base, _, ending = low.partition("'")
        if ending in _CONTRACTIONS or (ending == "s" and base in lex.common):
            continue  # "Can't", "I've", "It's", "Everyone's": never a name
        if "-" in low and all(part in lex.english for part in low.split("-") if part):
            continue  # "Thank-you", "well-being": words joined, not "Jean-Paul"
        if low in lex.non_names or _beside_a_non_name(tokens, i, lex):
            continue  # places, brands, platforms, and what is listed with them ("Zara and Primark")
        if low in SCHEME_WORDS and i and tokens[i - 1][2].lower() == "for":
            continue  # "ask for Angela": a safety scheme
        yield i


def _beside_a_non_name(tokens: list[tuple[int, int, str]], i: int, lex: Lexicon) -> bool:
    for j in (i - 2, i + 2):
        if (
            0 <= j < len(tokens)
            and tokens[(i + j) // 2][2].lower() in ("and", "or")
            and tokens[j][2].lower() in lex.non_names
        ):
            return True
    return False


class LearnedNames:
    def __init__(self, rows: list[list[str]], labels: list[int]) -> None:
        vectoriser = DictVectorizer()
        matrix = vectoriser.fit_transform([dict.fromkeys(row, 1) for row in rows])
        model = LogisticRegression(C=C_VALUE, max_iter=3000, random_state=0)
        model.fit(matrix, labels)
        # Binary features: a comment's score is the intercept plus a lookup per feature.
        self._weights = {
            name: float(model.coef_[0][index]) for name, index in vectoriser.vocabulary_.items()
        }
        self._intercept = float(model.intercept_[0])

    def probability(self, row: list[str]) -> float:
        score = self._intercept + sum(self._weights.get(f, 0.0) for f in row)
        return 1.0 / (1.0 + math.exp(-score))

    def names_in(self, view: str) -> list[Span]:
        """Spans, in ``view`` (a comment as the rules left it), of words that read as names."""
        lex = lexicon()
        tokens = tokens_of(view)
        if not _mostly_english(tokens, lex):
            return []  # learned from English comments: in Somali every word looks unknown
        found = []
        for i in candidates(tokens, lex):
            low = tokens[i][2].lower()
            needed = AMBIGUOUS_THRESHOLD if low in lex.english else THRESHOLD
            if self.probability(features(view, tokens, i, lex)) >= needed:
                found.append(tokens[i][:2])
        return found


def _mostly_english(tokens: list[tuple[int, int, str]], lex: Lexicon) -> bool:
    words = [w.lower() for _, _, w in tokens if not w.startswith("[")]
    known = sum(1 for w in words if w in lex.english or w in lex.non_names)
    return known * 2 >= len(words)


def training_rows(
    records: Iterable[dict], rules: Callable[[str], tuple[str, list[tuple[str, int, int]]]]
) -> tuple[list[list[str]], list[int]]:
    """Rows of features, 1 where the word is a name.

    Every candidate word of each comment as the rules left it; and, for each name the rules did
    find, that name read as if they had not (the other findings still placeholders), so the
    model learns what names look like, not only the few the rules miss.
    """
    lex = lexicon()
    rows: list[list[str]] = []
    labels: list[int] = []
    for record in records:
        kinds = record.get("kinds") or []
        items = [i for i, k in zip(record["pii"], kinds, strict=True) if k.lower() == "name"]
        name_words = {w.lower() for item in items for w in TOKEN_RE.findall(item)}
        text = record["text"]
        view, findings = rules(text)
        tokens = tokens_of(view)
        for i in candidates(tokens, lex):
            rows.append(features(view, tokens, i, lex))
            labels.append(1 if tokens[i][2].lower() in name_words else 0)
        for kind, start, end in findings:
            if kind != "NAME" or text[start:end].lower() not in name_words:
                continue
            others = [f for f in findings if f[1] != start]
            raw = _apply_placeholders(text, others)
            tokens = tokens_of(raw)
            at = start + sum(len(f"[{k}]") - (e - s) for k, s, e in others if s < start)
            for i, (token_start, _, _) in enumerate(tokens):
                if token_start == at:
                    rows.append(features(raw, tokens, i, lex))
                    labels.append(1)
    return rows, labels


def _apply_placeholders(text: str, findings: list[tuple[str, int, int]]) -> str:
    out, pos = [], 0
    for kind, start, end in sorted(findings, key=lambda f: f[1]):
        out += [text[pos:start], f"[{kind}]"]
        pos = end
    return "".join([*out, text[pos:]])


def package_records(leave_out: str = "") -> list[dict]:
    folder = resources.files("engage.safeguarding").joinpath("data").joinpath(SETS)
    records = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".jsonl") and entry.name != leave_out:
            records += [json.loads(x) for x in entry.read_text("utf-8").splitlines() if x.strip()]
    return records


@cache
def learned_names() -> LearnedNames:
    rows, labels = training_rows(package_records(), _by_rules)
    return LearnedNames(rows, labels)


def _by_rules(text: str) -> tuple[str, list[tuple[str, int, int]]]:
    from engage.safeguarding.redaction import redact_by_rules

    result = redact_by_rules(text)
    return result.text, result.findings
