"""Detecting dates of birth, in figures or in words.

A date is taken for a date of birth when

- it has a year that makes its owner a young person the platform hears from (8 to 26), or
- it follows a birth cue ("DOB", "born on", "my birthday is", "date of birth is the"), with or
  without a year: "born on 3rd March 2010", "birthday is the twenty third of October", and after
  "born in" or "DOB" even a month and year or a year alone ("born in 2010"), or
- it comes right after a date of birth, as a second way of writing it: "dob 5/9/10 (5th Sept)".

Days and years may be written in words ("the twenty-first of June, two thousand and eight",
"March the 5th twenty ten"). Dates with neither a cue nor a young person's year ("the meeting is
on the third of March", "3rd March 2024") are kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from engage.safeguarding.patterns import PLACEHOLDER_RE

Span = tuple[str, int, int]

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_ORD = r"(?:st|nd|rd|th)?"
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_ORDINAL_UNITS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
)
_ORDINAL_TEENS = (
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
)
_NUMBER_WORDS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_UNITS)},
    **{w: i + 10 for i, w in enumerate(_TEENS)},
    **{w: i + 1 for i, w in enumerate(_ORDINAL_UNITS)},
    **{w: i + 10 for i, w in enumerate(_ORDINAL_TEENS)},
    "twenty": 20,
    "twentieth": 20,
    "thirty": 30,
    "thirtieth": 30,
    "oh": 0,
    "o": 0,
    "zero": 0,
}


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_SEP = r"[ \t-]+"
_UNIT = "(?:" + _alt(_UNITS) + ")"
_DAY_WORD = (
    r"(?:(?:twenty|thirty)(?:"
    + _SEP
    + r"(?:"
    + _alt(_ORDINAL_UNITS + _UNITS)
    + r"))?|"
    + _alt(_ORDINAL_TEENS + _ORDINAL_UNITS + ("twentieth", "thirtieth") + _TEENS + _UNITS)
    + ")"
)
_YEAR_WORDS = (
    r"(?:two[ \t]+thousand(?:[ \t]+and)?(?:[ \t]+(?:twenty(?:"
    + _SEP
    + _UNIT
    + r")?|"
    + _alt(_TEENS)
    + r"|"
    + _UNIT
    + r"))?|twenty"
    + _SEP
    + r"(?:(?:oh|o|zero)"
    + _SEP
    + _UNIT
    + r"|twenty(?:"
    + _SEP
    + _UNIT
    + r")?|"
    + _alt(_TEENS)
    + r")|nineteen"
    + _SEP
    + r"(?:ninety|eighty)(?:"
    + _SEP
    + _UNIT
    + r")?)"
)
_DAY = r"(?:\d{1,2}" + _ORD + r"|" + _DAY_WORD + r")"
_YEAR = r"(?:(?:19|20)\d{2}|'\d{2}|" + _YEAR_WORDS + r")"
_YEAR_SEP = r"(?:\.?,?[ \t]+(?:of[ \t]+|in[ \t]+)?)"
# A year in two digits with no apostrophe, "born 30th oct 07 so im 16", only where the clause ends
# after it: "on 5 may 10 kids came" keeps its count.
_SHORT_YEAR = r"(?:0\d|1\d|9\d)(?=[ \t]*(?:$|[,.;!?)]|(?:so|and|but|im|i|i'm|innit)\b))"

# 21/09/2009, 21-9-09, 21.09.2009 and 2009-02-14.
_NUMERIC_RES = (
    re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})([./-])(?P<m>\d{1,2})\2(?P<y>\d{4}|\d{2})(?![\d/-])"),
    re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d{2})([./-])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?![\d/-])"),
)
# "the 3rd of March 2010", "twenty third of October two thousand and nine", "14 July".
_DAY_MONTH_RE = re.compile(
    r"\b(?:the[ \t]+)?(?P<d>" + _DAY + r")[ \t]*(?:of[ \t]+)?(?P<mn>" + _MONTH + r")\b\.?"
    r"(?:" + _YEAR_SEP + r"(?P<y>" + _YEAR + r"|" + _SHORT_YEAR + r")\b)?",
    re.IGNORECASE,
)
# "March 3rd 2010", "november the 5th", "Sept 21st, 2009".
_MONTH_DAY_RE = re.compile(
    r"\b(?P<mn>" + _MONTH + r")\.?[ \t]+(?:the[ \t]+)?(?P<d>" + _DAY + r")\b"
    r"(?:,?[ \t]+(?P<y>" + _YEAR + r")\b)?",
    re.IGNORECASE,
)
# "5/11", "05.11" after a cue.
_DAY_SLASH_MONTH_RE = re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})(?![\d/]|[.-]\d)")
# "5 11 2011" after a cue.
_SPACED_RE = re.compile(
    r"(?<![\d/.-])(?P<d>\d{1,2})[ \t]+(?P<m>\d{1,2})[ \t]+(?P<y>(?:19|20)\d{2}|\d{2})(?![\d/.-])"
)
# "03042011" after a cue.
_COMPACT_RE = re.compile(r"(?<!\d)(?P<d>[0-3]\d)(?P<m>[01]\d)(?P<y>(?:19|20)\d{2})(?!\d)")
# "03/2011" after "born" or "DOB".
_NUMERIC_MONTH_YEAR_RE = re.compile(r"(?<![\d/.-])\d{1,2}[/.-](?P<y>(?:19|20)\d{2})(?![\d/.-])")
# "March 2010", "2010" after "born in" or "DOB".
_MONTH_YEAR_RE = re.compile(
    r"\b(?:" + _MONTH + r")\.?,?[ \t]+(?:of[ \t]+)?(?P<y>" + _YEAR + r")\b", re.IGNORECASE
)
_YEAR_RE = re.compile(r"(?<![\d/£$.-])(?P<y>(?:19|20)\d{2}|" + _YEAR_WORDS + r")\b(?![/.-]\d)")

# Where a clause ends: a full stop only before a space ("kels.o2" and "5.9.10" end nothing).
_CLAUSE_RE = re.compile(r"[!?;\n]|\.(?=\s)|\b(?:but|and then|because|cos)\b", re.IGNORECASE)
_BIRTH_CLAUSE_RE = re.compile(
    r"\b(?:birth\s?day|b-?day|b'day|born|d\.?o\.?b|turn(?:s|ing)?\s+\d{1,2})\b", re.IGNORECASE
)
_DIGIT_RE = re.compile(r"\d")
_ORDINAL_WORD_RE = re.compile(r"(?:st|nd|rd|th)$")
_MONTH_WORD_RE = re.compile(r"\b" + _MONTH + r"\b", re.IGNORECASE)
_BIRTH_WORD_RE = re.compile(r"born|d\.?\s?o\.?\s?b|birth|y\.?o\.?b", re.IGNORECASE)
DOB_CUE_RE = re.compile(
    r"(?:\bd\.?\s?o\.?\s?b\b\.?|\bdate\s+of\s+birth|\bborn\b(?:\s+(?:on|in))?|\bbirth\s?day(?:'s|"
    r"\s+is)?|\bb-?day(?:'s|\s+is)?|\bb'day)\s*[:=(\-,]?\s*(?:is\s+|was\s+|on\s+|the\s+|in\s+)*$",
    re.IGNORECASE,
)
# A month and year or a year alone is a birth date only after these.
_YEAR_CUE_RE = re.compile(
    r"(?:\bd\.?\s?o\.?\s?b\b\.?|\by\.?o\.?b\b\.?|\bdate\s+of\s+birth|\byear\s+of\s+birth|"
    r"\bborn(?:\s+in(?:\s+the\s+(?:(?:early|late|mid|middle|start|end|beginning|summer|spring|"
    r"autumn|winter)\s+)?(?:of\s+)?)?)?)\s*[:=(\-,]?\s*(?:is\s+|was\s+|in\s+)*$",
    re.IGNORECASE,
)
# What may stand between a date of birth and a second way of writing it: "5/9/10 (5th Sept)".
_CHAIN_GAP_RE = re.compile(r"^[ \t]*(?:[(\[,;/=-]|or|aka|i\.e\.?|so|which is)?[ \t]*$", re.I)
# Youngest and oldest ages the platform hears from, used to judge a bare full date.
_DOB_MIN_AGE = 8
_DOB_MAX_AGE = 26


def _year_value(raw: str) -> int | None:
    raw = raw.strip().lower().lstrip("'")
    if raw.isdigit():
        if len(raw) == 4:
            return int(raw)
        yy = int(raw)
        return 2000 + yy if yy <= date.today().year % 100 else 1900 + yy
    words = [w for w in re.split(r"[ \t-]+", raw) if w != "and"]
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(_NUMBER_WORDS.get(w, 0) for w in words[2:])
    if not words or words[0] not in ("twenty", "nineteen"):
        return None
    century = 2000 if words[0] == "twenty" else 1900
    rest = words[1:]
    tens = {"ninety": 90, "eighty": 80}
    return century + sum(tens.get(w, _NUMBER_WORDS.get(w, 0)) for w in rest)


def _day_value(raw: str) -> int:
    raw = raw.lower()
    digits = re.match(r"\d+", raw)
    if digits:
        return int(digits.group(0))
    return sum(_NUMBER_WORDS.get(w, 0) for w in re.split(r"[ \t-]+", raw))


def _loose_cardinal(m: re.Match[str]) -> bool:
    """ "no one may come", "at two march": a day in cardinal words is a date only with "of"
    ("the three of May") or a year."""
    day = m.group("d").lower()
    if day[0].isdigit() or m.group("y") or _ORDINAL_WORD_RE.search(day):
        return False
    return not re.search(r"\bof\b", m.group(0), re.IGNORECASE)


def _cued(text: str, start: int, cue: re.Pattern[str] = DOB_CUE_RE) -> bool:
    return bool(cue.search(text, max(0, start - 28), start))


def _in_birth_clause(text: str, start: int) -> bool:
    """A birth word earlier in the same clause: "my birthday was last week on the 12th of March".

    The whole clause is read, not a window of characters, so that the answer is the same once
    other words in it have been replaced by placeholders.
    """
    clause = _CLAUSE_RE.split(text[max(0, start - 300) : start])[-1]
    return bool(_BIRTH_CLAUSE_RE.search(clause))


def _chained(text: str, start: int, accepted: list[tuple[int, int]]) -> bool:
    """Right after a date of birth already found, as another way of writing it."""
    for _, e in accepted:
        if e <= start and start - e <= 10 and _CHAIN_GAP_RE.match(text[e:start]):
            return True
    return False


def _young_year(year: int | None) -> bool:
    this_year = date.today().year
    return year is not None and this_year - _DOB_MAX_AGE <= year <= this_year - _DOB_MIN_AGE


# How much of a date a candidate has, which decides the evidence it needs.
FULL = "full"  # day, month and year in figures: a young person's year or a cue
NAMED = "named"  # a month by name, with or without a year: also a birth word in the clause
SHORT = "short"  # day and month in figures ("5/11", "5 11 2011"): a cue, or after a DOB
PARTIAL = "partial"  # a month and year, or a year alone: only right after "born in" or "DOB"

Candidate = tuple[int, int, int | None, str]


def _candidates(text: str) -> list[Candidate]:
    """``(start, end, year, form)`` for every date shape in ``text``.

    Most comments have no month, no birth cue and no date in figures: cheap searches decide
    which of the slower patterns are worth running.
    """
    out: list[Candidate] = []
    digits = _DIGIT_RE.search(text) is not None
    months = _MONTH_WORD_RE.search(text) is not None
    if digits:
        for regex, form in (
            (_NUMERIC_RES[0], FULL),
            (_NUMERIC_RES[1], FULL),
            (_SPACED_RE, SHORT),
            (_COMPACT_RE, SHORT),
        ):
            for m in regex.finditer(text):
                if 1 <= int(m.group("d")) <= 31 and 1 <= int(m.group("m")) <= 12:
                    out.append((m.start(), m.end(), _year_value(m.group("y")), form))
        for m in _DAY_SLASH_MONTH_RE.finditer(text):
            if 1 <= int(m.group("d")) <= 31 and 1 <= int(m.group("m")) <= 12:
                out.append((m.start(), m.end(), None, SHORT))
    if months:
        for regex in (_DAY_MONTH_RE, _MONTH_DAY_RE):
            for m in regex.finditer(text):
                if not 1 <= _day_value(m.group("d")) <= 31:
                    continue
                if _loose_cardinal(m):
                    continue
                year = _year_value(m.group("y")) if m.group("y") else None
                # "the" before the day stays: "his birthday is the [DOB]".
                start = m.start("d") if m.start() < m.start("mn") else m.start()
                out.append((start, m.end(), year, NAMED))
    if _BIRTH_WORD_RE.search(text):
        regexes = (_MONTH_YEAR_RE, _NUMERIC_MONTH_YEAR_RE, _YEAR_RE)
        for regex in regexes if months else regexes[1:]:
            for m in regex.finditer(text):
                out.append((m.start(), m.end(), _year_value(m.group("y")), PARTIAL))
    return out


def _is_birth_date(text: str, cand: Candidate, accepted: list[tuple[int, int]]) -> bool:
    start, _, year, form = cand
    if form == PARTIAL:
        return year is not None and _cued(text, start, _YEAR_CUE_RE)
    if _cued(text, start) or _chained(text, start, accepted):
        return True
    if form == SHORT:
        return False
    if year is not None and _young_year(year):
        return True
    return form == NAMED and _in_birth_clause(text, start)


def find_dates_of_birth(text: str) -> Iterator[Span]:
    # Cues are read with placeholders blanked out: "[DOB]" left by an earlier redaction is no
    # "DOB" cue, so redacting twice changes nothing.
    cue_text = PLACEHOLDER_RE.sub(lambda m: " " * len(m.group(0)), text) if "[" in text else text
    accepted: list[tuple[int, int]] = []
    for cand in sorted(_candidates(text), key=lambda c: (c[0], c[0] - c[1])):
        start, end = cand[0], cand[1]
        if any(s < end and start < e for s, e in accepted):
            continue
        if _is_birth_date(cue_text, cand, accepted):
            accepted.append((start, end))
            yield ("DOB", start, end)
