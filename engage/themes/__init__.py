"""The theme engine: priorities with reasons, themes within each priority, sentiment.

Pure Python (scikit-learn and NLTK): no Flask, no network, no app imports, so the app, the CLI
and the benchmarks can all call it. The theme board's views live beside it in this package.

    from engage.themes import analyse
    a = analyse(texts)                        # the partnership's default priorities
    a.comment_priorities, a.comment_confidence, a.comment_reasons, a.themes, a.sentiment
"""

from engage.themes.engine import Analysis, Theme, analyse
from engage.themes.sentiment import bucket as sentiment_bucket
from engage.themes.stability import ThemeSignature, match_themes
from engage.themes.vocabulary import DEFAULT_PRIORITIES

__all__ = [
    "DEFAULT_PRIORITIES",
    "Analysis",
    "Theme",
    "ThemeSignature",
    "analyse",
    "match_themes",
    "sentiment_bucket",
]
