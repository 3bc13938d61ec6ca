"""Detecting street addresses.

Addresses: a house number with a street name and a street type ("9 Watney Street"), a flat in a
named block ("flat 12, Pennyfields House"), a street named after "I live on" or "the corner of", and
the address shapes other countries use ("Via Roma 131", "Hammarvägen 15", "PSC 7951, Box 9972"),
followed over line breaks by the town, state and zip lines of a postal address. A street named
without a house number and without a living-there cue ("the youth club on Bow Road") is left alone:
it says where a service is, not where a child lives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from engage.safeguarding import homes
from engage.safeguarding.patterns import PLACEHOLDER_RE
from engage.safeguarding.wordlists import load_sections, load_words

Span = tuple[str, int, int]

_STREET_TYPES = load_sections("street_types.txt")

# Street types that make an address after a house number even when typed in lower case.
_CORE_TYPES = "|".join(sorted(_STREET_TYPES["core"], key=len, reverse=True))
# Types that only count with a capitalised street name ("Waechter Turnpike", "Martinez Mall").
_EXTRA_TYPES = "|".join(sorted(_STREET_TYPES["extra"], key=len, reverse=True))
_CORE_SET = _STREET_TYPES["core"]
_WORD = r"[^\W\d_][\w'’.-]*"
_CAP_WORD = r"[A-ZÀ-Þ][\w'’.-]*"

_NUMBERED_STREET_RE = re.compile(
    r"(?<![\w£$€.])(?:\d{1,6}[ \t]+)?\d{1,5}[A-Za-z]?(?:-\d{1,5})?,?[ \t]+(?P<words>(?:"
    + _WORD
    + r"[ \t]+){1,4}?)(?P<type>"
    + _CORE_TYPES
    + "|"
    + _EXTRA_TYPES
    + r")\b\.?"
    r"(?:[ \t]+(?:North|South|East|West|N|S|E|W|NE|NW|SE|SW)\b)?",
    re.IGNORECASE,
)
_NUMBERED_STREET_GREEDY_RE = re.compile(
    _NUMBERED_STREET_RE.pattern.replace(r"{1,4}?)", r"{1,4})"), re.IGNORECASE
)
_NOT_STREET_WORDS = load_words("not_street_words.txt")

# Continental and other shapes: "Via Roma 131", "Rua do Arenque 1634", "ul. Miła 57".
_PREFIX_STREET_RE = re.compile(
    r"(?<![\w.])(?:\d{1,6}\s+)?(?:Via|Viale|Piazza|Piazzale|Corso|Largo|Vicolo|Rua|Avenida|Av\.|"
    r"Praça|Praca|Travessa|Alameda|Estrada|Rue|Boulevard|Bd\.|Avenue|Allée|Chemin|Impasse|Quai|"
    r"Calle|Carrer|Paseo|Plaza|Camino|Carretera|Ronda|ul\.|ulica|al\.|aleja|os\.|Strada|Calea|"
    r"Bulevardul|Str\.|Ulitsa|ulitsa)\s+(?:[\w'’.-]+\s+){0,4}?\d{1,5}[A-Za-z]?\b\.?",
)
# "31 Rue Al Imam Al Bakri": a number, then the street word, then the street's name.
_NUMBERED_PREFIX_RE = re.compile(
    r"(?<![\w.])(?:\d{1,6}[ \t]+)?\d{1,5}[ \t]+(?:Rue|Via|Viale|Avenue|Avenida|Calle|Boulevard|Rua|"
    r"Piazza|Corso|Strada|Chemin|Allée|Quai|Carrer|Largo|ul\.)(?P<rest>(?:[ \t]+[^\W"
    r"\d_][\w'’.-]*){1,5})",
    re.IGNORECASE,
)
_STREET_PARTICLES = frozenset(
    [
        "de",
        "des",
        "du",
        "la",
        "le",
        "les",
        "al",
        "el",
        "ibn",
        "bin",
        "da",
        "do",
        "dos",
        "das",
        "della",
        "delle",
        "di",
        "del",
        "van",
        "von",
    ]
)
# "Hammarvägen 15", "Villacher Strasse 89", "Rákóczi út 66.", "Koskikatu 25"
_SUFFIX_STREET_RE = re.compile(
    r"(?<![\w.])(?:\d{1,6}\s+)?(?:" + _CAP_WORD + r"\s+){0,2}[A-ZÀ-Þ][\w'’-]*(?:straße|strasse|"
    r"str\.|weg|vej|gade|gatan|vägen|vagen|veien|vei|gata|katu|tie|kuja|polku|laan|straat|plein|"
    r"gracht|kade|steeg|dreef|singel|allee|gasse|damm|ufer|platz|väg|stig|backe|torget|gränd|"
    r"ring)\s+\d{1,5}[A-Za-z]?\b\.?|(?<![\w.])(?:\d{1,6}\s+)?(?:" + _CAP_WORD + r"\s+){1,3}(?:út|"
    r"utca|u\.|tér|körút|ulice|náměstí|Str\.|Strasse|Straße|Weg|Gasse|Platz)\s"
    r"+\d{1,5}[A-Za-z]?\b\.?",
)
# "7878 Rahu 37", "Μεγάλη Άμμος 184", "Pod Floriánem 1677": street names that come before their
# number, in any script, checked word by word against everyday words.
_NAME_NUM_RE = re.compile(
    r"(?<![\w.£$€])(?P<lead>\d{1,6}[ \t]+)?(?P<words>(?:[^\W\d_][\w'’.-]*[ \t]+){1,4})(?P<num>\d{1,"
    r"5}[A-Za-z]?)\b\.?(?!\s*(?:%|years?|yrs?|y/o|hours?|hrs?|mins?|minutes?|days?|weeks?|months?|"
    r"people|pounds|quid|times|am|pm|o'clock|kids|children|pupils|students|[-/:]\s*\d))"
)
_UNIT_RE = re.compile(
    r"\b(?:apt\.?|apartment|suite|ste\.|unit|flat)\s*#?\s*\d{1,5}[A-Za-z]?\b|"
    r"(?:\b\d{1,6}\s+)?\b(?:p\.?\s?o\.?\s?box|post office box)\s+\d{1,6}\b|\bUS(?:NS|NV|S|"
    r"CGC)\s+[^\W\d_][\w'’-]*|\b(?:psc|unit|cmr)\s+\d{3,5},?\s+box\s+\d{3,5}\b"
    r"|\b(?:apo|fpo|dpo)\s+(?:aa|ae|ap)\s+\d{5}\b",
    re.IGNORECASE,
)
_BUILDING_TYPES = "|".join(sorted(_STREET_TYPES["building"], key=len, reverse=True))
_FLAT_IN_BLOCK_RE = re.compile(
    r"\b(?:flat|apartment|apt\.?|unit|room)\s*\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:" + _BUILDING_TYPES + r")\b",
    re.IGNORECASE,
)
_LIVES_ON_RE = re.compile(
    r"\b(?:live|lives|living|lived|stay|stays|staying|stayed|moved|move|moving|address|addy|"
    r"located|based|corner of|house on|flat on|flat in|home on|home is on|home is in)\b(?:\s+(?:is|"
    r"was|now|still))?(?:\s*:|\s+(?:on|in|at|to|near|off))?\s+(?:the\s+)?(?P<street>(?:"
    + _CAP_WORD
    + r"\s+){1,3}(?:(?:"
    + _CORE_TYPES
    + "|"
    + _EXTRA_TYPES
    + r")\b\.?|\d{1,5}\b))",
    re.IGNORECASE,
)
_AND_STREET_RE = re.compile(
    r"\s+and\s+(?:\d{1,5}\s+)?(?:" + _CAP_WORD + r"\s+){1,3}"
    r"(?:" + _CORE_TYPES + "|" + _EXTRA_TYPES + r")\b\.?",
    re.IGNORECASE,
)
_AND_PREFIX_STREET_RE = re.compile(
    r"\s+and\s+(?:Via|Rua|Rue|Boulevard|Avenue|Avenida|Calle|Piazza|ul\.)\s+(?:[\w'’.-]+\s*){1,4}"
)
# Lines that follow a street in a postal address: "Suite 727", "Brakpan", "GRASSE, PA 39551",
# "United Kingdom 75419", "APO AA 69974".
_SEGMENT_RE = re.compile(
    r"(?P<sep>[ \t]*[,\n][\s,>?]*|[ \t]+)(?P<seg>(?i:apt\.?|apartment|suite|ste\.|unit|flat|floor|"
    r"p\.?\s?o\.?\s?box|box|(?:house[ \t]+)?number|no\.?|door)\s*#?\d{1,5}[A-Za-z]?|"
    r"[^\W\d_][\w'’.()∆-]*(?:[ \t]+\(?[^\W\d_(]"
    r"[\w'’.()∆-]*){0,4}(?:,?[ \t]+[A-Z]{2,3})?(?:[ \t]+\d{4,6}(?:-\d{4})?)?|"
    r"[A-Z]{2,3}[ \t]+\d{4,6}(?:-\d{4})?|"
    r"\d{4,6}(?:-\d{4})?|nan)"
    r"(?![\w:])",
)
_SEGMENT_STOP_RE = re.compile(
    r"^(?:phone|mobile|tel|fax|email|e-mail|desk|website|name|date|office|i|we|he|she|they|the|"
    r"can|could|please|thanks|thank|my|our|is|was|and|but|so|if|when|what|who|how|why|her|his|"
    r"their|your|its|number|contact|call|text)\b",
    re.IGNORECASE,
)
_UNIT_SEG_RE = re.compile(
    r"^(?:apt\.?|apartment|suite|ste\.|unit|flat|floor|(?:house[ \t]+)?number|no\.?|door)\b",
    re.IGNORECASE,
)
_ZIP_END_RE = re.compile(r"\d{4,6}(?:-\d{4})?$|^nan$")
# A zip that runs on into more digits is the start of a phone number: "…, 07934 221 887".
_PHONE_AFTER_RE = re.compile(r"[ \t]*\d")


def _extend_postal_lines(text: str, end: int) -> int:
    """Follow an address over its unit, town, state and zip lines."""
    after_unit = False
    for _ in range(6):
        m = _SEGMENT_RE.match(text, end)
        if not m:
            break
        seg = m.group("seg")
        sep = m.group("sep")
        stop = _SEGMENT_STOP_RE.match(seg) and not _UNIT_SEG_RE.match(seg)
        if stop or _PHONE_AFTER_RE.match(text, m.end()):
            break
        unit = bool(_UNIT_SEG_RE.match(seg)) or (
            seg.isupper() and sum(c.isalpha() for c in seg) >= 3
        )
        if unit or after_unit or _ZIP_END_RE.search(seg) or "\n" in sep:
            end = m.end()
            after_unit = after_unit or unit
            continue
        break
    return end


@lru_cache(maxsize=1)
def _country_re() -> re.Pattern[str]:
    """ ", Arnsdorf, Germany" after a street: up to two places, then a country."""
    text = resources.files("engage.safeguarding").joinpath("data", "countries.txt").read_text()
    names = [
        n.strip()
        for line in text.splitlines()
        for n in line.split("#", 1)[0].split("|")
        if n.strip()
    ]
    alternation = "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in names)
    return re.compile(
        r"(?:[ \t]*,[ \t]*[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2}){0,2}"
        r"[ \t]*,?[ \t]*(?i:" + alternation + r")\b(?:[ \t]+\d{4,6})?",
    )


def _extend_to_country(text: str, end: int) -> int:
    m = _country_re().match(text, end)
    return m.end() if m else end


def _valid_name_num(m: re.Match[str], common_words: frozenset[str]) -> bool:
    words = m.group("words").split()
    if any(
        w.lower().strip(".,'’") in common_words or _ENGLISH_WORD_RE.search(w.lower()) for w in words
    ):
        return False
    if m.group("lead"):
        return True
    return len(words) >= 2 and any(w[0].isupper() for w in words)


_ENGLISH_WORD_RE = re.compile(r"(?:tion|sion|ment|ness|ing|ly|ous|ive|able|ful|less|[a-z]{3}ed)$")
_CORNER_RE = re.compile(
    r"\bcorner of\s+(?:the\s+)?(?P<a>[^\n,?!]{3,60}?)\s+and\s+(?P<b>[^\n,?!]{3,40}?)"
    r"(?=\s+St\.|[,?!\n]|\.(?:\s|$)|$)",
    re.IGNORECASE,
)


def _overlapping(regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match, including those that start inside an earlier one that was rejected."""
    pos = 0
    while (m := regex.search(text, pos)) is not None:
        yield m
        pos = m.start() + 1


def _valid_numbered_street(m: re.Match[str]) -> bool:
    words = m.group("words").split()
    street_type = m.group("type").lower()
    if any(w.lower().strip(".,") in _NOT_STREET_WORDS for w in words):
        return False
    if street_type not in _CORE_SET or m.group("type")[0].isupper():
        # Rarer street types, and capitalised ones, need a capitalised street name.
        return all(w[0].isupper() for w in words)
    return True


_DIGIT_RE = re.compile(r"\d")


def _numbered(text: str, common_words: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Addresses with a house, flat or box number (most comments have no digit at all)."""
    for regex in (_NUMBERED_STREET_RE, _NUMBERED_STREET_GREEDY_RE):
        for m in _overlapping(regex, text):
            if _valid_numbered_street(m):
                yield m.start(), m.end()
    for m in _overlapping(_NAME_NUM_RE, text):
        if _valid_name_num(m, common_words):
            yield m.start(), m.end()
    for m in _overlapping(_NUMBERED_PREFIX_RE, text):
        end = m.start("rest")
        for w in re.finditer(r"[^\W\d_][\w'’.-]*", m.group("rest")):
            low = w.group(0).lower().strip(".")
            if low in common_words and low not in _STREET_PARTICLES:
                break
            end = m.start("rest") + w.end()
        if end > m.start("rest"):
            yield m.start(), end
    for regex in (_PREFIX_STREET_RE, _SUFFIX_STREET_RE, _FLAT_IN_BLOCK_RE):
        for m in regex.finditer(text):
            yield m.start(), m.end()


def _clear_of_numbers(
    text: str, spans: list[tuple[int, int]], numbers: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Addresses do not take the digits of a phone number.

    A number written before a street ("07700 900123 12 Cable Street") is left out of it; a match
    whose own number is the start of a phone number ("NSPCC helpline 0808 800 5000") is no address.
    """
    out: list[tuple[int, int]] = []
    for start, end in spans:
        for n_start, n_end in numbers:
            if not (n_start < end and start < n_end):
                continue
            if n_start > start:
                break
            start = n_end
            while start < end and text[start] in " \t,":
                start += 1
        else:
            if end - start >= 2:
                out.append((start, end))
    return out


def find_addresses(
    text: str, common_words: frozenset[str], numbers: list[tuple[int, int]] | None = None
) -> Iterator[Span]:
    """Address spans; ``numbers`` are phone numbers in ``text``, whose digits are not taken."""
    spans: list[tuple[int, int]] = []
    if _DIGIT_RE.search(text):
        spans.extend(_numbered(text, common_words))
    # Units and boxes, and ships' names ("USNS Bryant"), which need no digit.
    spans.extend((m.start(), m.end()) for m in _UNIT_RE.finditer(text))
    for m in _CORNER_RE.finditer(text):
        # Parts already redacted ("[ADDRESS]") are not looked at again.
        parts = [p for p in ("a", "b") if not PLACEHOLDER_RE.search(m.group(p))]
        named = [p for p in parts if re.search(r"[\dA-ZÀ-Þ]", m.group(p))]
        if len(named) == 2:
            # The whole of "the corner of X and Y" is the address.
            start = m.start()
            if text[max(0, start - 4) : start].lower() == "the ":
                start -= 4
            spans.append((start, m.end("b")))
        for part in named:
            spans.append((m.start(part), m.end(part)))
    for m in _LIVES_ON_RE.finditer(text):
        words = m.group("street").split()
        if all(w[0].isupper() for w in words[:-1]):
            spans.append((m.start("street"), m.end("street")))
    for start, end in list(spans):
        for regex in (_AND_STREET_RE, _AND_PREFIX_STREET_RE):
            m = regex.match(text, end)
            if m and text[max(0, start - 15) : start].lower().rstrip().endswith("corner of"):
                spans.append((m.start() + m.group(0).index("and") + 4, m.end()))
    spans.extend(homes.find_homes(text))
    if numbers:
        spans = _clear_of_numbers(text, spans, numbers)
    spans = [
        (s, _extend_to_country(text, _extend_postal_lines(text, homes.extend_home(text, e))))
        for s, e in spans
    ]
    for start, end in _union(spans):
        # Trailing punctuation belongs to the sentence, not the address.
        while end > start and text[end - 1] in " ,\n\t":
            end -= 1
        yield ("ADDRESS", start, end)


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
