"""The word lists redaction judges words by, loaded once from ``engage/safeguarding/data``.

Each list is a plain text file: words separated by spaces or lines, ``#`` starts a comment, case
is ignored. The lists say what a word *can* be; the detectors decide from the words around it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources


def load_words(filename: str) -> frozenset[str]:
    text = resources.files("engage.safeguarding").joinpath("data", filename).read_text("utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        words.update(w.lower() for w in line.split("#", 1)[0].split())
    return frozenset(words)


@cache
def load_sections(filename: str) -> dict[str, frozenset[str]]:
    """A word file split into sections by ``[name]`` lines."""
    text = resources.files("engage.safeguarding").joinpath("data", filename).read_text("utf-8")
    sections: dict[str, set[str]] = {}
    current = sections.setdefault("", set())
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], set())
            continue
        current.update(w.lower() for w in line.split())
    return {name: frozenset(words) for name, words in sections.items()}


@cache
def load_places() -> frozenset[str]:
    """Well-known places from ``places_uk.txt``, lower case, one space between words."""
    text = (
        resources.files("engage.safeguarding").joinpath("data", "places_uk.txt").read_text("utf-8")
    )
    places: set[str] = set()
    for line in text.splitlines():
        for place in line.split("#", 1)[0].split("|"):
            if place.strip():
                places.add(" ".join(place.lower().split()))
    return frozenset(places)


@dataclass(frozen=True)
class Lexicon:
    first: frozenset[str]  # given names, including those that are also words ("will", "grace")
    surnames: frozenset[str]
    common: frozenset[str]  # the everyday and youth words comments are made of
    english: frozenset[str]  # every everyday English word we know, ``common`` included
    dictionary: frozenset[str]  # the English word list alone, without slang and shorthand
    non_names: frozenset[str]  # places, organisations, platforms, months, peoples, faiths
    ambiguous: frozenset[str]  # names that are also words, places or brands: need evidence
    blocked: frozenset[str]  # common words and non-names that are not also names
    strong_first: frozenset[str]  # given names that are a name wherever they stand
    strong_surnames: frozenset[str]
    lower_names: frozenset[str]  # listed names that are a name even typed in lower case
    months: frozenset[str]  # months and weekdays: a name only after an explicit name cue
    # One-word places no list calls a name ("Preston", "Enfield"): a surname after "Mr" or "called".
    towns: frozenset[str] = frozenset()
    # Words only the larger English list knows: words in lower case, but capitalised
    # mid-sentence as likely a surname or a brand as a word ("Bowers", "Belle", "Boogie").
    rare: frozenset[str] = frozenset()

    def listed(self, low: str) -> bool:
        return low in self.first or low in self.surnames

    def unknown(self, low: str) -> bool:
        """In no list at all: not a word we know and not a name we know."""
        return (
            low not in self.english
            and low not in self.non_names
            and low not in self.first
            and low not in self.surnames
        )


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    name_words = load_words("name_words.txt")
    first = load_words("first_names.txt") | name_words
    surnames = load_words("surnames.txt")
    common = load_words("common_words.txt")
    # The core list and the larger one behind it: rarer words ("tizzy", "scrappy") that are no
    # one's name in lower case, but may be a surname when capitalised mid-sentence ("Bowers").
    rare = load_words("english_words_more.txt")
    dictionary = load_words("english_words.txt") | rare
    english = dictionary | common
    months = load_words("calendar_words.txt")
    listed = first | surnames
    # Peoples, languages and one-word places that are no one's name and no English word
    # ("Eritrean", "Tigrinya", "Southend") are never names; those that are ("Chelsea", "Reading")
    # keep the treatment the name and word lists give them.
    places = frozenset(p for p in load_places() if " " not in p)
    extra = (load_words("peoples.txt") | places) - listed - dictionary
    non_names = load_words("non_names.txt") | extra
    ambiguous = name_words | (listed & (common | non_names)) | months
    return Lexicon(
        first=first,
        surnames=surnames,
        common=common,
        english=english,
        dictionary=dictionary,
        non_names=non_names | months,
        ambiguous=ambiguous,
        blocked=(common | non_names | months) - listed,
        strong_first=first - ambiguous,
        strong_surnames=surnames - ambiguous,
        # A listed name is safe to take in lower case where it is no English word: "tunde",
        # "sara", "kemi", but not "will", "grace" or "mark".
        lower_names=frozenset(w for w in listed - english - non_names - months if len(w) >= 3),
        months=months,
        towns=places & extra,
        rare=rare - common,
    )
