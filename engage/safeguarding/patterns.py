"""Detectors for personal data with a recognisable shape: e-mails, handles, phones, NHS numbers,
postcodes and dates of birth.

Each detector takes the original text and yields ``(kind, start, end)`` spans into it. They are
deliberately generous: a comment that loses a number it did not need to is a small cost, a phone
number that survives is not. Overlaps between detectors are settled in ``redaction.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

Span = tuple[str, int, int]

# Placeholders written by this module (and by partners removing text by hand) are never redacted
# again, which keeps redaction idempotent.
PLACEHOLDER_KINDS = (
    "NAME",
    "PHONE",
    "EMAIL",
    "POSTCODE",
    "ADDRESS",
    "SCHOOL",
    "DOB",
    "HANDLE",
    "NHS_NUMBER",
    "REMOVED",
    "REDACTED",
)
PLACEHOLDER_RE = re.compile(r"\[(?:" + "|".join(PLACEHOLDER_KINDS) + r")\]")

# --- e-mail -----------------------------------------------------------------------------------
EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# "sam dot jones at gmail dot com" and "sam(at)gmail.com": only with a mail provider or a top-level
# domain, because " at " and " dot " are ordinary words.
_OBF_DOT = r"(?:\s*\.\s*|\s*[\[(]dot[\])]\s*|\s+dot\s+)"
EMAIL_OBFUSCATED_RE = re.compile(
    r"(?<![\w.])[\w.+-]+(?:" + _OBF_DOT + r"[\w+-]+)*(?:\s*[\[(]at[\])]\s*|\s+at\s+)(?:gmail|"
    r"googlemail|hotmail|outlook|yahoo|icloud|live|aol|btinternet|protonmai"
    r"l|proton|msn|sky)" + _OBF_DOT + r"(?:com|co" + _OBF_DOT + r"uk|net|org|uk|me)\b",
    re.IGNORECASE,
)

# --- social media handles --------------------------------------------------------------------
HANDLE_AT_RE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")
_PLATFORM = (
    r"(?:snap(?:chat)?|sc|insta(?:gram)?|ig|tik\s?tok|tt|twitter|discord|telegram|kik|psn|xbox|"
    r"gamertag|yubo|roblox|fortnite|threads|twitch|youtube|yt)"
)
HANDLE_LABELLED_RE = re.compile(
    r"\b" + _PLATFORM + r"(?:\s+(?:name|username|user|handle|id|tag|account))?\s*(?:[:=]|-\s)\s*"
    r"@?(?P<h>[A-Za-z0-9_][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])",
    re.IGNORECASE,
)
HANDLE_IS_RE = re.compile(
    r"\b(?:my|his|her|their|our|ur|your|[a-z]+['’]s)\s+"
    + _PLATFORM
    + r"(?:\s+(?:name|username|user|handle|id|tag))?"
    r"\s+(?:is|=)\s+@?(?P<h>[A-Za-z0-9_][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])",
    re.IGNORECASE,
)

# --- NHS numbers ------------------------------------------------------------------------------
NHS_CANDIDATE_RE = re.compile(r"(?<![\d+])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\d])")
NHS_CUE_RE = re.compile(r"\bnhs\b|\bnhs(?:no|num)", re.IGNORECASE)


def nhs_checksum_ok(digits: str) -> bool:
    """The NHS number's modulus 11 check digit."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def find_nhs_numbers(text: str) -> Iterator[Span]:
    for m in NHS_CANDIDATE_RE.finditer(text):
        digits = m.group(1) + m.group(3) + m.group(4)
        window = text[max(0, m.start() - 30) : m.start()]
        if NHS_CUE_RE.search(window) or nhs_checksum_ok(digits):
            yield ("NHS_NUMBER", m.start(), m.end())


# --- phone numbers ----------------------------------------------------------------------------
PHONE_RE = re.compile(
    r"""
    (?<![\w/£$€#.:-])(?<!\d,)
    (?:
        (?:\+|00)\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,8}(?:[\s.-]?\d{1,8}){0,5}
      | \(\d{2,5}\)[\s.-]?\d{2,8}(?:[\s.-]?\d{1,8}){0,4}
      | \d{2,8}(?:[ .-]\d{1,8}){1,5}
      | \d{7,13}
    )
    (?:\s?(?:x|ext\.?|extension)\s?\d{1,5})?
    (?![\w/]|[.,]\d)
    """,
    re.VERBOSE | re.IGNORECASE,
)
_TIME_RANGE_RE = re.compile(r"^\d{1,2}[.:]\d{2}\s*-\s*\d{1,2}[.:]\d{2}$")
_YEAR_RANGE_RE = re.compile(r"^(?:19|20)\d{2}\s*[-/ ]\s*(?:19|20)\d{2}$")
# An IP address, not "07.700.900.911": no part above 255 or with a leading zero.
_IPV4_RE = re.compile(
    r"^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$"
)
_GROUPS_RE = re.compile(r"\d+")
_SEPARATORS_RE = re.compile(r"(?<=\d)[\s.-]+(?=\d)")


def _looks_like_phone(candidate: str) -> bool:
    core = re.sub(r"\s?(?:x|ext\.?|extension)\s?\d{1,5}$", "", candidate, flags=re.IGNORECASE)
    digits = re.sub(r"\D", "", core)
    if not 7 <= len(digits) <= 15:
        return False
    if _TIME_RANGE_RE.match(core) or _YEAR_RANGE_RE.match(core) or _IPV4_RE.match(core):
        return False
    groups = _GROUPS_RE.findall(core)
    if len(digits) >= 9 or core.startswith(("+", "(", "0")):
        return True
    # Seven or eight digits in short groups are often something else ("10.30-11.30", "12 15 20"),
    # so ask for a consistent separator and at least one group of three or more digits, or four
    # equal groups of two as European numbers are written.
    seps = {s.strip() or " " for s in _SEPARATORS_RE.findall(core)}
    if len(seps) > 1:
        return False
    return max(len(g) for g in groups) >= 3 or len(groups) >= 4


def find_phones(text: str) -> Iterator[Span]:
    for m in PHONE_RE.finditer(text):
        candidate = m.group(0)
        if _looks_like_phone(candidate):
            yield ("PHONE", m.start(), m.end())


# --- postcodes --------------------------------------------------------------------------------
POSTCODE_RE = re.compile(
    r"\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?)\s?"
    r"\d[ABD-HJLNP-UW-Z]{2})\b",
    re.IGNORECASE,
)
# An outward code on its own ("E14") is only taken for a postcode where the words around it say so:
# "I live in E1", "the E3 area", "postcode E2".
OUTWARD_LONDON_RE = re.compile(
    r"\b(?:EC|WC|NW|SE|SW|BR|CR|DA|EN|HA|IG|KT|RM|SM|TW|UB|E|N|W)\d{1,2}[A-Z]?\b"
)
OUTWARD_ANY_RE = re.compile(r"\b[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\b", re.IGNORECASE)
_OUTWARD_BEFORE_RE = re.compile(
    r"(?:\b(?:in|from|round|around|near|live|lives|living|lived|postcode|post code|area|moved to|"
    r"ends|end of|side of|over in|reppin|repping)\s*[:\-]?\s*(?:the\s+)?)$",
    re.IGNORECASE,
)
_OUTWARD_AFTER_RE = re.compile(
    r"^\s*(?:area|postcode|post code|side|ends|estates?|mandem|youngers|boys)\b", re.IGNORECASE
)
# Lower case ("we moved to e14") needs the stronger cue of the words before it.
OUTWARD_LONDON_LOWER_RE = re.compile(r"\b(?:ec|wc|nw|se|sw|e|n|w)\d{1,2}[a-z]?\b")
# After a street or "London": "3 Sidney Street E1", "Bow Road, E3", "London E14".
_OUTWARD_AFTER_STREET_RE = re.compile(
    r"(?:\b(?:street|st|road|rd|lane|avenue|ave|close|way|place|square|gardens|estate|house|court|"
    r"grove|terrace|walk|row|london|flat|block)\.?\s*,?\s*)$",
    re.IGNORECASE,
)
_POSTCODE_CUE_RE = re.compile(r"(?:post\s?code|p/code)\s*(?:is|was|:|-)?\s*$", re.IGNORECASE)


def find_postcodes(text: str) -> Iterator[Span]:
    taken: list[tuple[int, int]] = []
    for m in POSTCODE_RE.finditer(text):
        taken.append((m.start(), m.end()))
        yield ("POSTCODE", m.start(), m.end())
    for m in OUTWARD_LONDON_RE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        before = text[max(0, m.start() - 20) : m.start()]
        after = text[m.end() : m.end() + 15]
        if _OUTWARD_BEFORE_RE.search(before) or _OUTWARD_AFTER_RE.match(after):
            taken.append((m.start(), m.end()))
            yield ("POSTCODE", m.start(), m.end())
    for m in OUTWARD_LONDON_LOWER_RE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        before = text[max(0, m.start() - 20) : m.start()]
        if _OUTWARD_BEFORE_RE.search(before) or _OUTWARD_AFTER_STREET_RE.search(before):
            taken.append((m.start(), m.end()))
            yield ("POSTCODE", m.start(), m.end())
    for m in OUTWARD_LONDON_RE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if _OUTWARD_AFTER_STREET_RE.search(text[max(0, m.start() - 20) : m.start()]):
            taken.append((m.start(), m.end()))
            yield ("POSTCODE", m.start(), m.end())
    for m in OUTWARD_ANY_RE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if _POSTCODE_CUE_RE.search(text[max(0, m.start() - 20) : m.start()]):
            yield ("POSTCODE", m.start(), m.end())


# --- dates of birth ---------------------------------------------------------------------------
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_ORD = r"(?:st|nd|rd|th)?"
DATE_RES = (
    # 21/09/2009, 21-9-09, 21.09.2009
    re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})([./-])(?P<m>\d{1,2})\2(?P<y>\d{4}|\d{2})(?![\d/-])"),
    # 2009-02-14
    re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d{2})([./-])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?![\d/-])"),
    # 21st September 2009, 21 of sept 09
    re.compile(
        r"\b(?P<d>\d{1,2})"
        + _ORD
        + r"\s*(?:of\s+)?(?P<mn>"
        + _MONTH
        + r")\.?,?\s+(?P<y>\d{4}|'\d{2})\b",
        re.IGNORECASE,
    ),
    # September 21st, 2009
    re.compile(
        r"\b(?P<mn>" + _MONTH + r")\.?\s+(?P<d>\d{1,2})" + _ORD + r",?\s+(?P<y>\d{4})\b",
        re.IGNORECASE,
    ),
)
# Day and month without a year count as a birth date only right after a cue ("birthday is 3 May").
DATE_NO_YEAR_RES = (
    re.compile(r"\b\d{1,2}" + _ORD + r"\s*(?:of\s+)?" + _MONTH + r"\b\.?", re.IGNORECASE),
    re.compile(r"\b" + _MONTH + r"\.?\s+\d{1,2}" + _ORD + r"\b", re.IGNORECASE),
    re.compile(r"(?<![\d/.-])\d{1,2}/\d{1,2}(?![\d/])"),
)
DOB_CUE_RE = re.compile(
    r"(?:\bd\.?\s?o\.?\s?b\b\.?|\bdate\s+of\s+birth|\bborn\b(?:\s+(?:on|in))?|\bbirth\s?day(?:'s|"
    r"\s+is)?|"
    r"\bb-?day(?:'s|\s+is)?|\bb'day)\s*[:=(\-,]?\s*(?:is\s+|was\s+|on\s+|the\s+)*$",
    re.IGNORECASE,
)
# Youngest and oldest ages the platform hears from, used to judge a bare full date.
_DOB_MIN_AGE = 8
_DOB_MAX_AGE = 26


def _full_year(raw: str) -> int:
    raw = raw.lstrip("'")
    if len(raw) == 4:
        return int(raw)
    yy = int(raw)
    this_yy = date.today().year % 100
    return 2000 + yy if yy <= this_yy else 1900 + yy


def _plausible_date(m: re.Match[str]) -> bool:
    groups = m.groupdict()
    day = int(groups["d"])
    if groups.get("m") is not None and not 1 <= int(groups["m"]) <= 12:
        return False
    return 1 <= day <= 31


def find_dates_of_birth(text: str) -> Iterator[Span]:
    this_year = date.today().year
    seen: list[tuple[int, int]] = []
    for regex in DATE_RES:
        for m in regex.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in seen) or not _plausible_date(m):
                continue
            cue = DOB_CUE_RE.search(text[max(0, m.start() - 25) : m.start()])
            year = _full_year(m.group("y"))
            if cue or this_year - _DOB_MAX_AGE <= year <= this_year - _DOB_MIN_AGE:
                seen.append((m.start(), m.end()))
                yield ("DOB", m.start(), m.end())
    for regex in DATE_NO_YEAR_RES:
        for m in regex.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in seen):
                continue
            if DOB_CUE_RE.search(text[max(0, m.start() - 25) : m.start()]):
                seen.append((m.start(), m.end()))
                yield ("DOB", m.start(), m.end())


# --- e-mails and handles ----------------------------------------------------------------------
def find_emails(text: str) -> Iterator[Span]:
    for m in EMAIL_RE.finditer(text):
        yield ("EMAIL", m.start(), m.end())
    for m in EMAIL_OBFUSCATED_RE.finditer(text):
        yield ("EMAIL", m.start(), m.end())


_HANDLE_SHAPE_RE = re.compile(r"[\d_.]")
_HANDLE_QUALIFIER_RE = re.compile(
    r"\b(?:name|username|user|handle|id|tag)\s+(?:is|=)", re.IGNORECASE
)


def find_handles(
    text: str, common_words: frozenset[str], english_words: frozenset[str] = frozenset()
) -> Iterator[Span]:
    """Handles after "@", after a platform and a colon, or after "my snap is".

    After "my snap is" the word must look like a handle (digits, "_", "."), follow "name is", or
    be no English word: "my insta is private" is not a handle; "my insta is jay_22", "my snap
    name is jaydz" and "my tiktok is jaysmoke" are.
    """
    for m in HANDLE_AT_RE.finditer(text):
        yield ("HANDLE", m.start(), m.end())
    for regex in (HANDLE_LABELLED_RE, HANDLE_IS_RE):
        for m in regex.finditer(text):
            handle = m.group("h")
            low = handle.lower()
            if low in common_words:
                continue
            if (
                regex is HANDLE_IS_RE
                and not _HANDLE_SHAPE_RE.search(handle)
                and not _HANDLE_QUALIFIER_RE.search(m.group(0))
                and (not english_words or low in english_words)
            ):
                continue
            start = m.start("h")
            if start > 0 and text[start - 1] == "@":
                start -= 1
            yield ("HANDLE", start, m.end("h"))
