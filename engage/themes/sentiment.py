"""Sentiment per comment: NLTK's VADER with the lexicon the vaderSentiment wheel ships.

A secondary signal only: VADER reads slang badly ("sick" is negative, "peak" is neutral).

NLTK's SentiText builds a dictionary of every word joined to every punctuation mark for each
comment, which is most of VADER's running time. `_FastSentiText` computes the same
words-and-emoticons list directly, and `_Analyzer.compound` reads only the words in VADER's
lexicon; `tests/unit/themes/test_sentiment.py` checks the scores match NLTK's own class exactly.
"""

from __future__ import annotations

import os
import string
from collections.abc import Sequence
from functools import lru_cache

import nltk
from nltk.sentiment import vader

NEUTRAL_BAND = 0.05  # VADER's authors' thresholds for positive / negative
_MARKS = frozenset("".join(vader.VaderConstants.PUNC_LIST))


_PUNCTUATION = str.maketrans("", "", string.punctuation)


class _FastSentiText(vader.SentiText):
    def _words_and_emoticons(self) -> list[str]:
        # Same result as NLTK's: tokens longer than one character; a token that is a word with
        # one of VADER's punctuation marks stuck to its start or end loses that mark, where the
        # word (with all punctuation removed) is itself longer than one character. NLTK removes
        # punctuation with a regex over string.punctuation; str.translate does the same faster.
        punc = self.PUNC_LIST
        no_punc_words = {w for w in self.text.translate(_PUNCTUATION).split() if len(w) > 1}
        out: list[str] = []
        for we in self.text.split():
            if len(we) <= 1:
                continue
            if we[0] in _MARKS or we[-1] in _MARKS:
                we = _strip_one(we, punc, no_punc_words)
            out.append(we)
        return out


def _strip_one(token: str, punc: Sequence[str], words: set[str]) -> str:
    # NLTK's dictionary lets "word+punc" override "punc+word" for the same key.
    for p in punc:
        if token.endswith(p) and token[: -len(p)] in words:
            return token[: -len(p)]
    for p in punc:
        if token.startswith(p) and token[len(p) :] in words:
            return token[len(p) :]
    return token


class _Analyzer(vader.SentimentIntensityAnalyzer):
    def compound(self, text: str) -> float:
        """NLTK's polarity_scores(text)["compound"], unrounded, working only on lexicon words.

        The compound score depends on the sum of the words' valences alone, and only lexicon
        words have one (boosters, negation, capitals and "but" scale it), so the other words,
        most of any comment, are never looked at. Valences are worked out exactly as NLTK does,
        at the first position of each distinct token (NLTK's own quirk, kept), then scaled by
        each occurrence's place before or after the first "but", and summed in word order.
        """
        sentitext = self._sentitext(text)
        wes = sentitext.words_and_emoticons
        lexicon = self.lexicon
        lowered = [w.lower() for w in wes]
        hits = [p for p, w in enumerate(lowered) if w in lexicon]
        if not hits:
            return 0.0
        boosters = self.constants.BOOSTER_DICT
        first_index: dict[str, int] = {}
        for idx, token in enumerate(wes):
            first_index.setdefault(token, idx)
        but = lowered.index("but") if "but" in lowered else -1
        last = len(wes) - 1
        valence_at: dict[int, float] = {}
        total = 0.0
        for p in hits:
            item = wes[p]
            i = first_index[item]
            low = lowered[p]
            if low in boosters or (i < last and low == "kind" and lowered[i + 1] == "of"):
                continue
            valence = valence_at.get(i)
            if valence is None:
                valence = valence_at[i] = self._valence(wes, lowered, i, sentitext.is_cap_diff)
            if but >= 0:
                if p < but:
                    valence = valence * 0.5
                elif p > but:
                    valence = valence * 1.5
            total += valence
        if total > 0:
            total += self._punctuation_emphasis(total, text)
        elif total < 0:
            total -= self._punctuation_emphasis(total, text)
        return float(self.constants.normalize(total))

    def _valence(self, wes: list[str], lowered: list[str], i: int, cap_diff: bool) -> float:
        """NLTK's sentiment_valence for the lexicon word at i, step for step (same arithmetic in
        the same order, so the same floats), without its per-call lists and string building."""
        c = self.constants
        lexicon = self.lexicon
        item = wes[i]
        valence = lexicon[lowered[i]]
        if cap_diff and item.isupper():
            valence = valence + c.C_INCR if valence > 0 else valence - c.C_INCR
        for start_i in range(3):
            j = i - (start_i + 1)
            if i > start_i and lowered[j] not in lexicon:
                s = c.scalar_inc_dec(wes[j], valence, cap_diff) if lowered[j] in _BOOST else 0.0
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = valence + s
                valence = _never(valence, wes, lowered, start_i, i)
                if start_i == 2 and not _IDIOM_WORDS.isdisjoint(wes[i - 3 : i + 3]):
                    valence = self._idioms_check(valence, wes, i)
        if i > 0 and lowered[i - 1] == "least" and "least" not in lexicon:
            if i > 1:
                if lowered[i - 2] != "at" and lowered[i - 2] != "very":
                    valence = valence * c.N_SCALAR
            else:
                valence = valence * c.N_SCALAR
        return valence

    def _sentitext(self, text: str) -> _FastSentiText:
        return _FastSentiText(
            text, self.constants.PUNC_LIST, self.constants.REGEX_REMOVE_PUNCTUATION
        )

    def polarity_scores(self, text: str) -> dict[str, float]:
        return self._scores(text, self._sentitext(text))

    def _scores(self, text: str, sentitext: _FastSentiText) -> dict[str, float]:
        # NLTK 3.10's polarity_scores, line for line, with the faster SentiText.
        sentiments: list[float] = []
        words_and_emoticons = sentitext.words_and_emoticons
        first_index: dict[str, int] = {}
        for idx, token in enumerate(words_and_emoticons):
            first_index.setdefault(token, idx)
        for item in words_and_emoticons:
            valence = 0.0
            i = first_index[item]
            if (
                i < len(words_and_emoticons) - 1
                and item.lower() == "kind"
                and words_and_emoticons[i + 1].lower() == "of"
            ) or item.lower() in self.constants.BOOSTER_DICT:
                sentiments.append(valence)
                continue
            sentiments = self.sentiment_valence(valence, sentitext, item, i, sentiments)
        sentiments = self._but_check(words_and_emoticons, sentiments)
        return self.score_valence(sentiments, text)


_BOOST = frozenset(vader.VaderConstants.BOOSTER_DICT)
_NEGATE = frozenset(vader.VaderConstants.NEGATE)
# Every word of a multi-word idiom or booster: a window with none of them cannot match one.
_IDIOM_WORDS = frozenset(
    w
    for phrase in (*vader.VaderConstants.SPECIAL_CASE_IDIOMS, *vader.VaderConstants.BOOSTER_DICT)
    if " " in phrase
    for w in phrase.split()
)


def _negated(lowered_word: str) -> bool:
    # NLTK's negated([word]) for one word: a negation word, or any "n't".
    return lowered_word in _NEGATE or "n't" in lowered_word


def _never(valence: float, wes: list[str], lowered: list[str], start_i: int, i: int) -> float:
    """NLTK's _never_check (its "never so"/"this" tests are case-sensitive, kept so)."""
    n_scalar = vader.VaderConstants.N_SCALAR
    if start_i == 0:
        if _negated(lowered[i - 1]):
            valence = valence * n_scalar
    elif start_i == 1:
        if wes[i - 2] == "never" and (wes[i - 1] == "so" or wes[i - 1] == "this"):
            valence = valence * 1.5
        elif _negated(lowered[i - 2]):
            valence = valence * n_scalar
    elif (wes[i - 3] == "never" and (wes[i - 2] == "so" or wes[i - 2] == "this")) or (
        wes[i - 1] == "so" or wes[i - 1] == "this"
    ):
        valence = valence * 1.25
    elif _negated(lowered[i - 3]):
        valence = valence * n_scalar
    return valence


@lru_cache(maxsize=1)
def analyzer() -> _Analyzer:
    import vaderSentiment  # the wheel that carries vader_lexicon.txt

    folder = os.path.dirname(vaderSentiment.__file__)
    if folder not in nltk.data.path:
        nltk.data.path.append(folder)
    # NLTK 3.10 refuses absolute paths, hence the folder on nltk.data.path and a bare name.
    return _Analyzer(lexicon_file="vader_lexicon.txt")


def compound_scores(texts: Sequence[str]) -> list[float]:
    """VADER compound score per text, -1 (very negative) to +1 (very positive)."""
    sia = analyzer()
    cache: dict[str, float] = {}
    out: list[float] = []
    for t in texts:
        score = cache.get(t)
        if score is None:
            score = round(sia.compound(t), 4)
            cache[t] = score
        out.append(score)
    return out


def bucket(score: float) -> str:
    """ "positive", "neutral" or "negative" for a compound score."""
    if score >= NEUTRAL_BAND:
        return "positive"
    if score <= -NEUTRAL_BAND:
        return "negative"
    return "neutral"
