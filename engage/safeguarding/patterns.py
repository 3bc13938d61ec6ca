"""Detectors for personal data with a recognisable shape: e-mails, handles, NHS numbers and
postcodes (phone numbers are in ``phones.py``, dates of birth in ``birthdates.py``).

Each detector takes the original text and yields ``(kind, start, end)`` spans into it. They are
deliberately generous: a comment that loses a number it did not need to is a small cost, a phone
number that survives is not. Overlaps between detectors are settled in ``redaction.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from engage.safeguarding.wordlists import lexicon, load_places

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
# "lilmo2010 @ gmail.com": spaces around "@" only before a mail domain, as "@" alone is a word.
EMAIL_SPACED_RE = re.compile(
    r"(?<![\w.+-])[\w.+-]+[ \t]?@[ \t]?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|co\.uk|org|"
    r"org\.uk|net|uk|ac\.uk|gov\.uk|nhs\.uk|me|io|edu)\b",
    re.IGNORECASE,
)

# --- social media handles --------------------------------------------------------------------
HANDLE_AT_RE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")
_PLATFORM = (
    r"(?:snap(?:chat)?|sc|insta(?:gram)?|ig|tik\s?tok|tt|twitter|discord|telegram|kik|psn|xbox|"
    r"gamertag|yubo|roblox|fortnite|threads|twitch|youtube|yt|ps[45]|playstation|steam|minecraft|"
    r"facebook|fb|reddit|bereal|pinterest|tumblr|vsco|soundcloud|wattpad|depop|twt|finsta|rinsta)"
)
HANDLE_LABELLED_RE = re.compile(
    r"\b"
    + _PLATFORM
    + r"(?:\s+(?:name|username|user|handle|id|tag|account|acc|channel|page|gamertag))?"
    r"\s*(?:[:=]|-\s)\s*"
    r"@?(?P<h>[A-Za-z0-9_][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])",
    re.IGNORECASE,
)
HANDLE_IS_RE = re.compile(
    r"\b(?:my|his|her|their|our|ur|your|[a-z]+['’]s)\s+"
    + _PLATFORM
    + r"(?:\s+(?:name|username|user|handle|id|tag|gamertag|gamer\s+tag))?"
    r"\s+(?:is|=)(?:\s+called)?\s+@?(?P<h>[A-Za-z0-9_][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])",
    re.IGNORECASE,
)
# A Discord tag, "zeynep#4821", wherever it stands.
HANDLE_TAG_RE = re.compile(r"(?<![\w#.])[A-Za-z0-9_.]{2,32}#\d{4}(?!\d)")
# A platform and then a word shaped like a handle, with no colon: "snap kels.o2", "add me on
# snap hes tj.2010", "tiktok dancequeen_07 has all my vids".
HANDLE_BARE_RE = re.compile(
    r"\b" + _PLATFORM + r"(?:\s+(?:name|username|user|handle|id|tag|account|acc|page|gamertag|"
    r"channel|ign))?"
    r"(?:\s+(?P<is>is|its|it['’]s|hes|he['’]s|shes|she['’]s|called|@|as|under))?"
    r"\s+(?P<h>[A-Za-z0-9_][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])",
    re.IGNORECASE,
)
# "on discord as shadowfox", "goes by jaysmoke on tiktok": a plain word in no list is the handle.
HANDLE_AS_RE = re.compile(
    r"\b" + _PLATFORM + r"\s+(?:as|under|called)\s+@?(?P<h>[A-Za-z0-9_][A-Za-z0-9_.]{1,29}"
    r"[A-Za-z0-9_])",
    re.IGNORECASE,
)
# A handle before its platform: "add kwame_bby on snap", "shadowfox_88 on discord", "lexi.gracee
# is her insta", "jaysmoke on tiktok" (after "add", "follow", "find", "dm").
HANDLE_BEFORE_RE = re.compile(
    r"(?<![\w@.])(?P<cue>(?:add|follow|find|dm|msg|message|search|sub\s+to|subscribe\s+to)\s+"
    r"(?:me\s+|him\s+|her\s+|us\s+|them\s+)?)?@?(?P<h>[A-Za-z0-9_][A-Za-z0-9_.]{1,29}"
    r"[A-Za-z0-9_])(?:\s+on\s+(?:the\s+)?|\s+(?:is|=)\s+(?:my|his|her|their|ur|your|our)\s+)"
    + _PLATFORM
    + r"\b",
    re.IGNORECASE,
)
# "her @ is leahhh.b", "my @ = jadeyboo04", "@: tobi.wav": the "@" said as a word.
HANDLE_AT_WORD_RE = re.compile(
    r"(?:\b(?:my|his|her|their|our|ur|your|the)\s+)?(?<![\w@])@\s*(?:is|=|:|-|its|it['’]s)\s+"
    r"@?(?P<h>[A-Za-z0-9_][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])",
    re.IGNORECASE,
)
# A platform after a cue to find someone there, then a plain word in no English list: "follow
# his youtube ivanplayz", "hmu on insta @tobi.wav or snap tobiwav", "sub to my yt channel x".
HANDLE_CUED_RE = re.compile(
    r"\b(?:on|or|and|n|&|follow|add|dm|hmu|sub\s+to|subscribe\s+to|check\s+out|find|search|"
    r"my|his|her|their|ur|your|our|[a-z]+['’]s)\s+(?:(?:me|him|her|them|us)\s+on\s+)?"
    r"(?:(?:my|his|her|their|ur|your|our)\s+)?"
    + _PLATFORM
    + r"(?:\s+(?:channel|account|acc|page|name|username|user|handle|id|tag|ign))?"
    r"\s+@?(?P<h>[A-Za-z][A-Za-z0-9_.]{2,29}[A-Za-z0-9_])(?![\w@])",
    re.IGNORECASE,
)
# A handle with no platform named: "username: deji.x", "his gamertag is ghostlaugh".
HANDLE_NAMED_RE = re.compile(
    r"\b(?:user\s?name|(?<=my\s)user|(?<=his\s)user|(?<=her\s)user|handle|gamer\s?tag|"
    r"account\s+name|acc\s+name|display\s+name|ign)"
    r"(?:\s*[:=]|\s+-|\s+is|['’]s)\s*@?(?P<h>[A-Za-z0-9_][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])",
    re.IGNORECASE,
)
# A word joined by "_" is a handle wherever it stands: "lil_rayyan07", "e1_youngers".
HANDLE_UNDERSCORE_RE = re.compile(
    r"(?<![\w@./#:[-])@?[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(?:_+[A-Za-z0-9.]*[A-Za-z0-9])+_*(?![\w@/])"
    r"|(?<![\w@./#:[-])_+[A-Za-z][A-Za-z0-9._]*[A-Za-z0-9_](?![\w@/])"
)
# A dotted word in a comment that names a platform: "they're all like drillgang.e6", "lexi.gracee
# posted it" ("home.it", a missed space, is two English words and stays).
HANDLE_DOTTED_RE = re.compile(
    r"(?<![\w@./:-])[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+(?![\w@/]|\.\w)"
)
_DOMAIN_END_RE = re.compile(r"\.(?:com|co|uk|org|net|io|gov|nhs|ac|me|tv|app)$", re.IGNORECASE)
# Words after a platform that have a handle's digits or dots but are not one: "24/7", "3pm",
# "2day", "10.30", "y10".
_NOT_HANDLE_RE = re.compile(
    r"^(?:\d+(?:st|nd|rd|th|am|pm|s|k|hrs?|mins?|yrs?|x)?|\d+[.:]\d+(?:am|pm)?|y(?:ea)?r?\d{1,2}|"
    r"2day|2moro|2morrow|2nite|2night|4ever|gr8|l8r|l8|b4|m8s?|w8|2moz|[a-z]\.[a-z]\.?)$",
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


_TRAILING_WORDS_RE = re.compile(r"([A-Za-z'’-]+)(?:[ \t]+([A-Za-z'’-]+))?[ \t,]*$")


def _after_place(text: str, start: int) -> bool:
    """Right after a district or town: "bow e3", "Poplar E14", "Mile End, E3"."""
    m = _TRAILING_WORDS_RE.search(text, max(0, start - 30), start)
    if not m:
        return False
    places = load_places()
    last = (m.group(2) or m.group(1)).lower()
    return last in places or (m.group(2) is not None and f"{m.group(1)} {last}".lower() in places)


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
        if (
            _OUTWARD_BEFORE_RE.search(before)
            or _OUTWARD_AFTER_STREET_RE.search(before)
            or _after_place(text, m.start())
        ):
            taken.append((m.start(), m.end()))
            yield ("POSTCODE", m.start(), m.end())
    for m in OUTWARD_LONDON_RE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        before = text[max(0, m.start() - 20) : m.start()]
        if _OUTWARD_AFTER_STREET_RE.search(before) or _after_place(text, m.start()):
            taken.append((m.start(), m.end()))
            yield ("POSTCODE", m.start(), m.end())
    for m in OUTWARD_ANY_RE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if _POSTCODE_CUE_RE.search(text[max(0, m.start() - 20) : m.start()]):
            yield ("POSTCODE", m.start(), m.end())


# --- e-mails and handles ----------------------------------------------------------------------
# Cheap checks that let most comments skip the slower patterns: every e-mail has an "@" or names
# a mail provider, and every handle pattern needs a platform's name.
_PROVIDER_RE = re.compile(
    r"gmail|googlemail|hotmail|outlook|yahoo|icloud|live|aol|btinternet|proton|msn|sky",
    re.IGNORECASE,
)
_PLATFORM_ANY_RE = re.compile(r"\b" + _PLATFORM, re.IGNORECASE)


def find_emails(text: str) -> Iterator[Span]:
    if "@" in text:
        for m in EMAIL_RE.finditer(text):
            yield ("EMAIL", m.start(), m.end())
        for m in EMAIL_SPACED_RE.finditer(text):
            yield ("EMAIL", m.start(), m.end())
    if _PROVIDER_RE.search(text):
        for m in EMAIL_OBFUSCATED_RE.finditer(text):
            yield ("EMAIL", m.start(), m.end())


_HANDLE_SHAPE_RE = re.compile(r"[\d_.]")
_HANDLE_QUALIFIER_RE = re.compile(
    r"\b(?:name|username|user|handle|id|tag)\s+(?:is|=)", re.IGNORECASE
)


def _plausible_handle(
    handle: str, common_words: frozenset[str], english_words: frozenset[str]
) -> bool:
    """A handle's shape ("_", ".", digits), or a word in no English list ("jaysmoke")."""
    low = handle.lower()
    if low in common_words or _NOT_HANDLE_RE.match(handle) or not any(c.isalpha() for c in low):
        return False
    return bool(_HANDLE_SHAPE_RE.search(handle)) or low not in english_words


def find_handles(
    text: str, common_words: frozenset[str], english_words: frozenset[str] = frozenset()
) -> Iterator[Span]:
    """Handles after "@", after a platform and a colon, after "my snap is", and words shaped
    like a handle right after a platform ("snap kels.o2").

    After "my snap is" the word must look like a handle (digits, "_", "."), follow "name is", or
    be no English word: "my insta is private" is not a handle; "my insta is jay_22", "my snap
    name is jaydz" and "my tiktok is jaysmoke" are.
    """
    if "@" in text:
        for m in HANDLE_AT_RE.finditer(text):
            yield ("HANDLE", m.start(), m.end())
        for m in HANDLE_AT_WORD_RE.finditer(text):
            if _plausible_handle(m.group("h"), common_words, english_words) or (
                _HANDLE_SHAPE_RE.search(m.group("h"))
            ):
                yield ("HANDLE", m.start("h"), m.end("h"))
    if "#" in text:
        for m in HANDLE_TAG_RE.finditer(text):
            yield ("HANDLE", m.start(), m.end())
    if "_" in text:
        for m in HANDLE_UNDERSCORE_RE.finditer(text):
            yield ("HANDLE", m.start(), m.end())
    for m in HANDLE_NAMED_RE.finditer(text):
        if _plausible_handle(m.group("h"), common_words, english_words):
            yield ("HANDLE", m.start("h") - (text[m.start("h") - 1] == "@"), m.end("h"))
    if not _PLATFORM_ANY_RE.search(text):
        return
    if "." in text:
        for m in HANDLE_DOTTED_RE.finditer(text):
            word = m.group(0)
            parts = word.lower().split(".")
            if (
                _DOMAIN_END_RE.search(word)
                or _NOT_HANDLE_RE.match(word)
                or len(word) < 5
                or parts[0] in ("dr", "mr", "mrs", "ms", "st", "prof", "www")
            ):
                continue
            if _HANDLE_SHAPE_RE.search(word.replace(".", "")) or any(
                p not in english_words and p not in common_words for p in parts
            ):
                yield ("HANDLE", m.start(), m.end())
    if english_words:
        for m in HANDLE_CUED_RE.finditer(text):
            handle = m.group("h")
            low = handle.lower()
            # Only a word in no list: "follow his insta page", "on snap yesterday" are words,
            # and a name here ("on snap kemi sent") is removed as a name anyway.
            if _plausible_handle(handle, common_words, english_words) and not (
                low in lexicon().non_names or low in lexicon().dictionary
            ):
                yield ("HANDLE", m.start("h") - (text[m.start("h") - 1] == "@"), m.end("h"))
    for m in HANDLE_AS_RE.finditer(text):
        if _plausible_handle(m.group("h"), common_words, english_words):
            yield ("HANDLE", m.start("h") - (text[m.start("h") - 1] == "@"), m.end("h"))
    for m in HANDLE_BEFORE_RE.finditer(text):
        handle = m.group("h")
        shaped = (
            _HANDLE_SHAPE_RE.search(handle)
            and not _NOT_HANDLE_RE.match(handle)
            and not _DOMAIN_END_RE.search(handle)
        )
        if shaped or (m.group("cue") and _plausible_handle(handle, common_words, english_words)):
            yield ("HANDLE", m.start("h") - (text[m.start("h") - 1] == "@"), m.end("h"))
    for m in HANDLE_BARE_RE.finditer(text):
        handle = m.group("h")
        shaped = (
            _HANDLE_SHAPE_RE.search(handle)
            and any(c.isalpha() for c in handle)
            and not _NOT_HANDLE_RE.match(handle)
            and handle.lower() not in common_words
        )
        # "add me on snap its kaylaxo": after "its", "is", "hes", a plain word in no English list
        # is the handle too ("snap is dead", "insta is private" are words).
        if shaped or (
            m.group("is")
            and english_words
            and _plausible_handle(handle, common_words, english_words)
            and handle.lower() not in lexicon().non_names
        ):
            yield ("HANDLE", m.start("h"), m.end("h"))
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
