"""Public names that are not personal data: venues, hospitals, universities, courses, celebrities.

Young people and workers write "her mum works at King's College Hospital", "saturday drama at the
Young Vic", "attending ESOL", "Stormzy came from round here". None of these identifies a child,
but their capitals make the name and school rules fire ("[SCHOOL] Hospital", "the [NAME]").
``public_spans`` finds them so redaction can leave them as written. One-word entries match only as
written (case-sensitive) so "hope" or "brook" in lower case are never shielded; the list holds
only distinctive names (see ``data/public_names.txt``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from engage.safeguarding.wordlists import load_words

# Titles and roles kept before a name: "Sgt [NAME]", "Cllr [NAME]" say who acted, not who it is.
TITLE_RE = re.compile(
    r"(?:sgt|sergeant|cllr|councillor|insp|inspector|pc|pcso|dc|ds|di|dci|det|supt|prof|dr|"
    r"rev|revd|mr|mrs|ms|miss|mx)\.?[ \t]+(?=\S)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    text = resources.files("engage.safeguarding").joinpath("data", "public_names.txt")
    forms: set[str] = set()
    for line in text.read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("["):
            continue
        forms.update(f.strip() for f in line.split("|") if f.strip())
    # Longest first so "King's College Hospital" wins over "King's College"; apostrophes either way.
    alts = [re.escape(f).replace("'", "['’]") for f in sorted(forms, key=lambda f: (-len(f), f))]
    # Every form starts with a capital or "the ": the lookahead fails fast at every other place.
    return re.compile(r"(?=[A-Z]|the )(?<![\w@#])(?:" + "|".join(alts) + r")(?![\w@])")


def public_spans(text: str) -> list[tuple[int, int]]:
    """Spans of listed public names in ``text``, to leave unredacted."""
    return [m.span() for m in _pattern().finditer(text)]


def trim_title(text: str, start: int, end: int) -> int:
    """The start of a name finding after a leading title ("Sgt Rhodes" -> "Rhodes")."""
    m = TITLE_RE.match(text, start, end)
    return m.end() if m and m.end() < end else start


_SENTENCE_CUT_RE = re.compile(r"\.\s+([A-Z][a-z]+)")


def cut_at_sentence(text: str, start: int, end: int) -> int:
    """The end of a name finding that ran over a full stop into a people's or language word:
    "her friend Amira. Polish speaker" names Amira; "Polish" starts the next sentence."""
    m = _SENTENCE_CUT_RE.search(text, start, end)
    if m and m.group(1).lower() in _peoples():
        return m.start()
    return end


@lru_cache(maxsize=1)
def _peoples() -> frozenset[str]:
    return load_words("peoples.txt")
