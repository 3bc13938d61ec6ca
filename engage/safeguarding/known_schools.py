"""Schools we know by name: a gazetteer of East and inner London schools and colleges.

The pattern rules in ``schools.py`` need a school word ("Swanlea School") or a cue and a comment
about school ("at swanlea the teachers shout"). Young people mostly write the bare short name
("mulberry", "st pauls way", "lister", "brampton manor"), so real names are listed in
``data/london_schools.txt`` with their short forms. Forms that are also everyday words, places,
stations or hospitals are marked there and count only after "at", "goes to", "from"... or in a
comment about school; capital abbreviations ("SPW", "BGA") the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from engage.safeguarding.wordlists import load_places

Span = tuple[str, int, int]
_Form = tuple[tuple[str, ...], bool]  # keys of the form's words; needs a cue or school context

_TOKEN_RE = re.compile(r"[^\W_]+(?:['’][^\W_]*)?|&")
# Words a school's name runs on with: "Swanlea School", "mulberry sixth form", "... for Girls".
_TAIL_RE = re.compile(
    r"(?:['’]s?)?(?:[ \t]+(?:school|academy|college|high|primary|secondary|sixth[ \t]+form|"
    r"6th[ \t]+form|utc|trust|foundation|catholic|community|girls['’]?|boys['’]?|for[ \t]+"
    r"(?:girls|boys)|c\.?of\.?e|ce|rc)\b)*",
    re.IGNORECASE,
)
_POSSESSIVE_SIXTH_FORM_RE = re.compile(
    r"(?P<s>['’]s?)?[ \t]+(?:sixth|6th)[ \t]+form", re.IGNORECASE
)
_POSSESSIVE_END_RE = re.compile(r"['’]s?$")
# After a name, these make it a street, a station, a park, a hospital or an award instead.
_NOT_SCHOOL_AFTER_RE = re.compile(
    r"[ \t]+(?:road|rd|street|st|lane|avenue|way|estate|station|tube|dlr|overground|hospital|"
    r"ward|park|gardens?|centre|center|market|award|awards|leisure|library|mosque|church|"
    r"surgery|clinic|house|tower|court|bus|stop|trust\s+hospital)\b",
    re.IGNORECASE,
)
# Cues just before a name that say it is where someone goes to school.
_CUE_BEFORE_RE = re.compile(
    r"\b(?:at|to|from|attends?|attended|attending|go|goes|went|going|left|joined|quit|"
    r"(?:year|yr|y)[ \t]?\d{1,2}(?:[ \t]+(?:at|in))?|excluded|expelled|out[ \t]+of)"
    r"[ \t]+(?:the[ \t]+)?$"
    r"|[(,/][ \t]*$",
    re.IGNORECASE,
)


def _key(word: str) -> str:
    """One spelling for a word in a form and in a comment: "Raine's", "raines" -> "raine"."""
    low = word.lower().replace("’", "").replace("'", "")
    if low in ("&", "and"):
        return "and"
    if low in ("saint", "st"):
        return "st"
    return low[:-1] if len(low) > 3 and low.endswith("s") else low


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, list[_Form]], frozenset[str], frozenset[str]]:
    text = resources.files("engage.safeguarding").joinpath("data", "london_schools.txt")
    index: dict[str, list[_Form]] = {}
    abbreviations: set[str] = set()
    distinct: set[str] = set()
    section = ""
    places = load_places()
    for line in text.read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        if section in ("abbreviations", "distinct_abbreviations"):
            (distinct if section.startswith("distinct") else abbreviations).update(line.split())
            continue
        for form in line.split("|"):
            form = form.strip()
            if not form:
                continue
            # A form that is also a district ("Stepney Green", "Cubitt Town") needs a cue too.
            guarded = form.startswith("?") or " ".join(form.lower().split()) in places
            keys = tuple(_key(w) for w in _TOKEN_RE.findall(form.lstrip("?")))
            index.setdefault(keys[0], []).append((keys, guarded))
    for forms in index.values():
        forms.sort(key=lambda f: -len(f[0]))
    return index, frozenset(abbreviations), frozenset(distinct)


def _cued(text: str, start: int) -> bool:
    return bool(_CUE_BEFORE_RE.search(text, max(0, start - 24), start))


def find_known_schools(text: str, about_school: bool) -> Iterator[Span]:
    """Listed schools in ``text``; guarded forms only with a cue before or school context."""
    index, abbreviations, distinct = _gazetteer()
    tokens = list(_TOKEN_RE.finditer(text))
    keys = [_key(m.group(0)) for m in tokens]
    i = 0
    while i < len(tokens):
        m = tokens[i]
        if m.group(0) in distinct or (
            m.group(0) in abbreviations and (about_school or _cued(text, m.start()))
        ):
            yield ("SCHOOL", m.start(), m.end())
            i += 1
            continue
        matched = 0
        for form, guarded in index.get(keys[i], ()):
            n = len(form)
            if tuple(keys[i : i + n]) != form:
                continue
            # The words of a form must sit together: "Cardinal Pole", not "cardinal. Pole".
            last = tokens[i + n - 1]
            if any(
                not text[tokens[j].end() : tokens[j + 1].start()].isspace()
                for j in range(i, i + n - 1)
            ):
                continue
            if guarded and not (about_school or _cued(text, m.start())):
                continue
            tail = _TAIL_RE.match(text, last.end())
            end = tail.end() if tail else last.end()
            sixth = _POSSESSIVE_SIXTH_FORM_RE.fullmatch(text, last.end(), end)
            if sixth and (sixth.group("s") or _POSSESSIVE_END_RE.search(last.group(0))):
                # "George Green's sixth form": the possessive names the school; "sixth form" stays.
                end = last.end() + len(sixth.group("s") or "")
            if end == last.end() and _NOT_SCHOOL_AFTER_RE.match(text, end):
                continue
            yield ("SCHOOL", m.start(), end)
            matched = n
            break
        i += max(matched, 1)


# A school's name often ends with its district: "Harris Academy Peckham", "Compass School
# Southwark", "Charter School East Dulwich". Without it the finding leaves "[SCHOOL] Peckham",
# which with a chain's name still points to one school.
_SCHOOL_WORD_END_RE = re.compile(
    r"(?:academy|school|college|girls['’]?|boys['’]?|high|primary)$", re.IGNORECASE
)
_PLACE_WORD_RE = re.compile(r"[ \t]+[A-Z][a-z]+")


def with_district(text: str, start: int, end: int) -> int:
    """The end of a school finding, run on over a district named right after its school word."""
    if not _SCHOOL_WORD_END_RE.search(text, start, end):
        return end
    first = _PLACE_WORD_RE.match(text, end)
    if not first:
        return end
    places = load_places()
    second = _PLACE_WORD_RE.match(text, first.end())
    for stop in (second.end() if second else 0, first.end()):
        if stop and " ".join(text[end:stop].split()).lower() in places:
            return stop
    return end
