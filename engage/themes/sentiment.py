"""Sentiment per comment: NLTK's VADER with the lexicon the vaderSentiment wheel ships.

A secondary signal only: VADER reads slang badly ("sick" is negative, "peak" is neutral).

NLTK's SentiText builds a dictionary of every word joined to every punctuation mark for each
comment, which is most of VADER's running time. `_FastSentiText` computes the same
words-and-emoticons list directly; `tests/unit/themes/test_sentiment.py` checks the scores match
NLTK's own class exactly.
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
        sentitext = self._sentitext(text)
        # Only lexicon words carry valence (boosters, negation, capitals and "!" only scale it),
        # so with none of them the compound score is exactly 0.
        lexicon = self.lexicon
        if not any(w.lower() in lexicon for w in sentitext.words_and_emoticons):
            return 0.0
        return float(self._scores(text, sentitext)["compound"])

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
