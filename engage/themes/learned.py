"""What the engine learns from comments people have confirmed: a linear model and naive Bayes.

Word 1-2 grams and character 2-5 grams (misspellings and slang share character runs even when
they share no word), the first few words of the comment (people put the main point first, so
"Staff were lovely but the food was cold" is about staff), and the lexicon's concepts.

Logistic regression does most of the work; complement naive Bayes on the same features is mixed
in (NB_SHARE), because the two err on different comments (on the NHS feedback set the mix is
right about half a point more often than either alone). Reasons come from the regression's
coefficients, which say which words pushed a comment where.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import ComplementNB
from threadpoolctl import threadpool_limits

from engage.themes.features import CONCEPT_PREFIX, Doc
from engage.themes.text import strip_placeholders
from engage.themes.vocabulary import CONCEPTS

LEADING_WORDS = 3
POSITION_WEIGHT = 1.0
CONCEPT_WEIGHT = 0.5
C_VALUE = 2.0  # inverse regularisation; fixed, sensible across 50 to 10,000 examples
WHOLE_TOKENS = r"\S+"  # position and concept features are pre-made tokens, kept whole
NB_SHARE = 0.3
NB_ALPHA = 0.2
CLASS_WEIGHT_POWER = 0.5  # halfway between no weighting and "balanced": helps rare classes


def _position_doc(doc: Doc) -> str:
    words = doc.tokens.words
    lead = [f"p{i}_{w}" for i, w in enumerate(words[:LEADING_WORDS])]
    content = [w for w in words if w not in ENGLISH_STOP_WORDS][:LEADING_WORDS]
    lead += [f"c{i}_{w}" for i, w in enumerate(content)]
    if len(words) > 1:
        lead.append(f"b_{words[0]}_{words[1]}")
    lead.append(f"len{min(len(words) // 4, 6)}")
    return " ".join(lead)


def _concept_doc(doc: Doc) -> str:
    return " ".join(CONCEPT_PREFIX + CONCEPTS[ci].key for ci in sorted(doc.concepts))


def _plain(text: str) -> str:
    return strip_placeholders(text).lower()


@dataclass
class LearnedModel:
    classes: list[str]
    word: TfidfVectorizer
    char: TfidfVectorizer
    position: TfidfVectorizer
    concept: TfidfVectorizer | None
    model: LogisticRegression
    nb: ComplementNB

    def _matrix(self, texts: Sequence[str], docs: Sequence[Doc]) -> sp.csr_matrix:
        plain = [_plain(t) for t in texts]
        parts = [
            self.word.transform(plain),
            self.char.transform(plain),
            self.position.transform([_position_doc(d) for d in docs]) * POSITION_WEIGHT,
        ]
        if self.concept is not None:
            parts.append(self.concept.transform([_concept_doc(d) for d in docs]) * CONCEPT_WEIGHT)
        return sp.hstack(parts).tocsr()

    def predict(self, texts: Sequence[str], docs: Sequence[Doc]) -> Prediction:
        x = self._matrix(texts, docs)
        n_word = len(self.word.vocabulary_)
        with threadpool_limits(limits=1, user_api="blas"):
            proba = (1 - NB_SHARE) * self.model.predict_proba(x)
            proba += NB_SHARE * self.nb.predict_proba(x)
        return Prediction(
            self.classes,
            proba,
            x[:, :n_word].tocsr(),
            self.model.coef_,
            [str(w) for w in self.word.get_feature_names_out()],
        )


@dataclass
class Prediction:
    classes: list[str]
    proba: np.ndarray  # rows follow texts, columns follow classes
    words: sp.csr_matrix
    coef: np.ndarray
    names: list[str]

    def explain(self, i: int, cls: str, limit: int = 5) -> list[tuple[str, float]]:
        """The words in text i that pushed it most towards class cls."""
        if cls not in self.classes:
            return []
        c = self.classes.index(cls)
        if self.coef.shape[0] == 1:  # two classes: one coefficient row, for classes[1]
            coef, sign = self.coef[0], (1.0 if c == 1 else -1.0)
        else:
            coef, sign = self.coef[c], 1.0
        row = self.words.getrow(i)
        contrib = row.data * coef[row.indices] * sign
        order = np.argsort(-contrib, kind="stable")
        return [(self.names[row.indices[j]], float(contrib[j])) for j in order if contrib[j] > 0][
            :limit
        ]


def fit(
    texts: Sequence[str], docs: Sequence[Doc], labels: Sequence[str], concepts: bool = True
) -> LearnedModel:
    """concepts: use the lexicon's concepts as features; only worth it when the priorities are
    the partnership's (the lexicon knows nothing about, say, NHS feedback categories)."""
    plain = [_plain(t) for t in texts]
    # Rare n-grams only add noise and time once there are thousands of examples.
    min_df = 2 if len(texts) >= 200 else 1
    char_min_df = 4 if len(texts) >= 2000 else min_df
    word = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=min_df)
    char = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=char_min_df
    )
    position = TfidfVectorizer(token_pattern=WHOLE_TOKENS, min_df=min_df)
    parts = [
        word.fit_transform(plain),
        char.fit_transform(plain),
        position.fit_transform([_position_doc(d) for d in docs]) * POSITION_WEIGHT,
    ]
    concept: TfidfVectorizer | None = None
    if concepts:
        concept = TfidfVectorizer(token_pattern=WHOLE_TOKENS, lowercase=False)
        concept_docs = [_concept_doc(d) or "#none" for d in docs]
        parts.append(concept.fit_transform(concept_docs) * CONCEPT_WEIGHT)
    x = sp.hstack(parts).tocsr()
    y = np.asarray(labels)
    classes, counts = np.unique(y, return_counts=True)
    weights = {
        str(c): float((len(y) / (len(classes) * n)) ** CLASS_WEIGHT_POWER)
        for c, n in zip(classes, counts, strict=True)
    }
    model = LogisticRegression(C=C_VALUE, max_iter=3000, class_weight=weights)
    # SciPy's L-BFGS-B slows down badly when OpenBLAS runs several threads on a problem this
    # shape (a 9 x 40,000 parameter fit took 20 s instead of 1 s on two cores); one thread is
    # always faster here.
    with threadpool_limits(limits=1, user_api="blas"):
        model.fit(x, y)
    nb = ComplementNB(alpha=NB_ALPHA).fit(x, y)
    classes = [str(c) for c in model.classes_]
    assert classes == [str(c) for c in nb.classes_]
    return LearnedModel(classes, word, char, position, concept, model, nb)
