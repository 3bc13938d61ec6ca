"""Detecting phone numbers, however they are typed: "07700 900123", "+44 (0)20 7946 0123",
"0 7 7 0 0 9 0 0 5 5 8", "07.700.900.911", "oh seven seven double oh nine...".

A phone number must go every time, so the detectors are generous; what keeps them from taking
times, years, prices and scores is the number of digits and how they are grouped. The published
numbers of national helplines ("call Childline on 0800 1111") are kept: an organisation's number
is not personal data, and a comment telling others where to get help should still say it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

Span = tuple[str, int, int]

PHONE_RE = re.compile(
    r"""
    (?<![\w/£$€#.:-])(?<!\d,)
    (?:
        (?:\+|00)\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,8}(?:[\s.-]?\d{1,8}){0,5}
      | \(\d{2,5}\)[\s.-]?\d{2,8}(?:[\s.-]?\d{1,8}){0,4}
      | \d{2,8}(?:[ .-]\d{1,8}){1,12}
      | \d{7,13}
    )
    (?:\s?(?:x|ext\.?|extension)\s?\d{1,5})?
    (?![\w/]|[.,]\d)
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Digits typed one or two at a time, with spaces, dots or dashes between them: "0 7 7 0 0 9 0 0
# 5 5 8", "0-7-9-1-1...", "0 20 7 9 4 6 0 1 2 3". Only a run that makes a whole UK number (0 or
# 44 and nine or ten more digits) or opens with + is taken, so "1 2 3 4 5 6 7 8 9 10" stays.
SPACED_RE = re.compile(
    r"(?<![\w/£$€#.:+-])(?:\+[ \t]?|00[ \t.-]?)?0?\d{1,2}"
    r"(?:(?:[ \t]{1,2}|[ \t]?[.-][ \t]?)\d{1,4}){4,}(?![\w/]|[.,]\d)"
)
# A whole UK number however it is joined to the words around it: "tel:07700900125", "mob#07700
# 900126", "07700900123/07700900124", "07700_900145", and "O7700..." typed with a letter O. Only
# digits may not touch it; its separators must all be of one kind, so "01.02.2010 10.30" is no
# number.
UK_RE = re.compile(
    r"(?<![\d+])(?:(?:\+|00)?44[ \t.-]?(?:\(0\)[ \t.-]?)?|0|[Oo](?=7\d))"
    r"\d(?:[ \t.\-_]{0,2}\d){8,9}(?!\d)"
)
# Digits said in words: "oh seven seven double oh nine double oh five five eight".
_DIGIT_WORD = r"(?:zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|\d)"
_REPEAT = r"(?:(?:double|triple|treble)[ \t-]+)?"
WORDS_RE = re.compile(
    r"\b(?:(?:plus|\+)[ \t]*(?:four[ \t,-]+four|44)[ \t,-]+)?"
    + _REPEAT
    + r"(?:zero|oh|o|nought|0)\b(?:[ \t,-]+"
    + _REPEAT
    + _DIGIT_WORD
    + r"\b){7,16}",
    re.IGNORECASE,
)
_WORD_VALUES = {
    "zero": "0",
    "oh": "0",
    "o": "0",
    "nought": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_REPEATS = {"double": 2, "triple": 3, "treble": 3}

_TIME_RANGE_RE = re.compile(r"^\d{1,2}[.:]\d{2}\s*-\s*\d{1,2}[.:]\d{2}$")
_YEAR_RANGE_RE = re.compile(r"^(?:19|20)\d{2}\s*[-/ ]\s*(?:19|20)\d{2}$")
# An IP address, not "07.700.900.911": no part above 255 or with a leading zero.
_IPV4_RE = re.compile(
    r"^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$"
)
_GROUP_RE = re.compile(r"\d+")
_DIGIT_RE = re.compile(r"\d")
_SEPARATORS_RE = re.compile(r"(?<=\d)[\s.-]+(?=\d)")
_SEPARATORS_ANY_RE = re.compile(r"(?<=\d)[ \t.\-_]+(?=\d)")
_EXTENSION_RE = re.compile(r"\s?(?:x|ext\.?|extension)\s?\d{1,5}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def helpline_numbers() -> frozenset[str]:
    """The digits of every published helpline number in ``data/helplines.txt``."""
    text = resources.files("engage.safeguarding").joinpath("data", "helplines.txt").read_text()
    numbers = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        if "|" in line:
            numbers.add(re.sub(r"\D", "", line.split("|", 1)[1]))
    return frozenset(numbers)


def _national(digits: str, international: bool) -> str:
    """ "447700900123" written with + or 00 -> "07700900123", so helplines match however typed."""
    if digits.startswith("0044"):
        return "0" + digits[4:]
    if international and digits.startswith("44"):
        return "0" + digits[2:]
    return digits


def is_helpline(candidate: str) -> bool:
    digits = re.sub(r"\D", "", _EXTENSION_RE.sub("", candidate))
    return _national(digits, candidate.lstrip().startswith("+")) in helpline_numbers()


def _looks_like_phone(candidate: str) -> bool:
    core = _EXTENSION_RE.sub("", candidate)
    digits = re.sub(r"\D", "", core)
    if not 7 <= len(digits) <= 15:
        return False
    if _TIME_RANGE_RE.match(core) or _YEAR_RANGE_RE.match(core) or _IPV4_RE.match(core):
        return False
    groups = _GROUP_RE.findall(core)
    if core.startswith(("+", "(", "0")):
        return True
    if len(groups) >= 4 and all(len(g) <= 2 for g in groups) and not re.search(r"[.-]", core):
        # Ages, school years and days counted up ("ages 11 12 13 14 15 16"), not a number.
        values = [int(g) for g in groups]
        if values[-1] <= 31 and all(a < b for a, b in itertools.pairwise(values)):
            return False
    if len(digits) >= 9:
        return True
    # Seven or eight digits in short groups are often something else ("10.30-11.30", "12 15 20"),
    # so ask for a consistent separator and at least one group of three or more digits, or four
    # equal groups of two as European numbers are written.
    seps = {s.strip() or " " for s in _SEPARATORS_RE.findall(core)}
    if len(seps) > 1:
        return False
    return max(len(g) for g in groups) >= 3 or len(groups) >= 4


def _uk_length(digits: str) -> bool:
    """A whole UK number: 0 and nine or ten more digits, or 44 and nine or ten."""
    if digits.startswith("0044"):
        digits = digits[4:]
    elif digits.startswith("44"):
        digits = digits[2:]
    elif digits.startswith("0"):
        digits = digits[1:]
    else:
        return False
    return 9 <= len(digits) <= 10


def _split_run(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Numbers written one after another ("07911 123 456 07922 654 321"), or a number run into a
    house number or a year: each stretch of groups that makes a whole UK number, from the left."""
    groups = list(_GROUP_RE.finditer(text, start, end))
    i = 0
    while i < len(groups):
        if not groups[i].group(0).startswith("0"):
            i += 1
            continue
        digits = ""
        for j in range(i, len(groups)):
            digits += groups[j].group(0)
            if len(digits) > 11:
                break
            if len(digits) >= 10 and _uk_length(digits):
                # Take an eleventh digit when it comes in the next group: "0207 946 0123".
                nxt = j + 1
                if (
                    len(digits) == 10
                    and nxt < len(groups)
                    and len(digits + groups[nxt].group(0)) == 11
                    and digits.startswith("07")
                ):
                    j = nxt
                yield groups[i].start(), groups[j].end()
                i = j
                break
        i += 1


def _spoken_digits(candidate: str) -> str:
    out: list[str] = []
    repeat = 1
    for word in re.findall(r"[a-z]+|\d+|\+", candidate.lower()):
        if word in _REPEATS:
            repeat = _REPEATS[word]
            continue
        if word == "plus" or word == "+":
            continue
        value = _WORD_VALUES.get(word, word if word.isdigit() else "")
        out.append(value * repeat)
        repeat = 1
    return "".join(out)


def _in_figures(text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for m in PHONE_RE.finditer(text):
        candidate = m.group(0)
        if _looks_like_phone(candidate):
            found.append((m.start(), m.end()))
        elif sum(c.isdigit() for c in candidate) > 15:
            found.extend(_split_run(text, m.start(), m.end()))
    for m in UK_RE.finditer(text):
        if any(s <= m.start() and m.end() <= e for s, e in found):
            continue
        seps = {sep.strip() or " " for sep in _SEPARATORS_ANY_RE.findall(m.group(0))}
        if len(seps) <= 1:
            found.append((m.start(), m.end()))
    for m in SPACED_RE.finditer(text):
        if any(s <= m.start() and m.end() <= e for s, e in found):
            continue
        digits = re.sub(r"\D", "", m.group(0))
        if _uk_length(digits) or (m.group(0).startswith("+") and 8 <= len(digits) <= 15):
            found.append((m.start(), m.end()))
        elif len(digits) > 11:
            found.extend(_split_run(text, m.start(), m.end()))
    return found


def find_numbers(text: str) -> list[tuple[int, int, bool]]:
    """Every phone-shaped number as ``(start, end, is_helpline)``.

    Helplines are returned too (and kept by ``find_phones``) so that other detectors can tell
    their digits are a number: "NSPCC helpline 0808 800 5000" is not an address numbered 0808.
    """
    found = _in_figures(text) if _DIGIT_RE.search(text) else []
    for m in WORDS_RE.finditer(text):
        if _uk_length(_spoken_digits(m.group(0))):
            found.append((m.start(), m.end()))
    return [(start, end, is_helpline(text[start:end])) for start, end in found]


def is_strong(text: str, start: int, end: int) -> bool:
    """A number no house or box number could be: ten digits or more, or opening with +."""
    candidate = text[start:end]
    return candidate.startswith("+") or sum(c.isdigit() for c in candidate) >= 10


def find_phones(text: str, numbers: list[tuple[int, int, bool]] | None = None) -> Iterator[Span]:
    for start, end, helpline in find_numbers(text) if numbers is None else numbers:
        if not helpline:
            yield ("PHONE", start, end)
