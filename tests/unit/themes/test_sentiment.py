"""Sentiment is NLTK's VADER, scored faster but never differently."""

from __future__ import annotations

import os

import nltk
import vaderSentiment
from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.sentiment.vader import SentimentIntensityAnalyzer

from engage.themes import sentiment_bucket
from engage.themes.sentiment import compound_scores

if os.path.dirname(vaderSentiment.__file__) not in nltk.data.path:
    nltk.data.path.append(os.path.dirname(vaderSentiment.__file__))
STOCK = SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")

SAMPLES = [
    "I LOVE the youth club!!! it's great :)",
    "the police are awful... never helpful",
    "not bad, not good",
    "'quoted' words, -dashes- and (brackets)!?",
    "kind of ok i guess?!?",
    "SO angry!!!! nobody listens",
    "",
    "a",
    "!!! ??? ...",
    "[NAME] said it was fine - but it wasn't",
]


PIECES = [
    *("good", "bad", "not", "very", "LOVE", "hate", "but", "kind", "of", "never", "great", "ok"),
    *("!", "?", "!!", "'", '"', "-", ".", ",", ":)", "!?!", ";", "the", "at"),
    # The rules the fast path re-implements: "least", "never so/this", idioms, two-word boosters,
    # "n't", capitals, and a repeated word (NLTK scores it where it first appears).
    *("least", "so", "this", "shit", "bomb", "yeah", "right", "sort", "just", "enough", "BUT"),
    *("don't", "isn't", "NOT", "GOOD", "Kind", "hardly", "extremely", "sad", "sad"),
]


def stock(text: str) -> float:
    return round(float(STOCK.polarity_scores(text)["compound"]), 4)


def test_scores_match_nltk_on_tricky_punctuation() -> None:
    assert compound_scores(SAMPLES) == [stock(t) for t in SAMPLES]


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.sampled_from(PIECES),
        max_size=12,
    ).map(lambda parts: "".join(p + (" " if i % 3 else "") for i, p in enumerate(parts)))
)
def test_scores_match_nltk_on_generated_text(text: str) -> None:
    assert compound_scores([text]) == [stock(text)]


def test_scores_match_nltk_on_the_tests_own_comments(youth_comments: list[dict]) -> None:
    texts = [r["text"] for r in youth_comments]
    assert compound_scores(texts) == [stock(t) for t in texts]


def test_buckets() -> None:
    assert sentiment_bucket(0.6) == "positive"
    assert sentiment_bucket(0.0) == "neutral"
    assert sentiment_bucket(0.04) == "neutral"
    assert sentiment_bucket(-0.3) == "negative"
