"""Where a child lives, said without a house number: blocks, estates and streets after "I live".

- a block: "Block C, Ocean Estate", "block 4 on the Lansbury Estate";
- a building and the street or estate it is on: "Brunton House on Commercial Road",
  "flat 22, Mellish House, Varden Street", "Lister House on the Collingwood Estate";
- a street after a living-there word earlier in the same sentence: "i live on watney street",
  "i stay with my aunty on Devons Road", "my nan's house is on Grove Road".

A street named with no such word ("the youth club on Chrisp Street", "searched on Whitechapel
Road") says where something happened or where a service is, and stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from engage.safeguarding.wordlists import load_sections

_TYPES = load_sections("street_types.txt")
_STREET = "|".join(sorted(_TYPES["core"], key=len, reverse=True))
_BUILDING = "|".join(sorted(_TYPES["building"] | {"estate"}, key=len, reverse=True))
_CAP = r"[A-ZÀ-Þ][\w'’-]*"

_BLOCK_RE = re.compile(r"\b(?i:block)[ \t]+(?:[A-Z]|\d{1,3}[A-Za-z]?)\b")
# What may follow an address and belongs to it: ", Varden Street", " on the Collingwood Estate".
_FOLLOWING_PLACE_RE = re.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]+(?:on|in|off|of)[ \t]+(?:the[ \t]+)?)(?:" + _CAP + r"[ \t]+){1,3}"
    r"(?i:" + _STREET + "|" + _BUILDING + r")\b\.?"
)
_LIVING_RE = re.compile(
    r"\b(?:live|lives|living|lived|stay|stays|staying|stayed|moved|move|moving|address|addy|"
    r"home|house|flat|placement|hostel|accommodation|accomodation|nan's|nans|gran's|grans|"
    r"aunty's|auntys|dad's|dads|mum's|mums|foster)\b",
    re.IGNORECASE,
)
_STREET_AFTER_RE = re.compile(
    r"\b(?:on|in|at|off|along|down)[ \t]+(?:the[ \t]+)?(?P<street>(?:[\w'’-]+[ \t]+){1,3}?"
    r"(?i:" + _STREET + r"))\b\.?",
)
_CLAUSE_END_RE = re.compile(r"[.!?;\n]|\b(?:but|because|cos|so|then|when|where)\b", re.IGNORECASE)
# Words before a street type that make it no particular street: "on the main road", "a busy road".
_GENERIC_STREET_WORDS = load_sections("grammar_words.txt")["generic_street"]


def _street_ok(words: list[str]) -> bool:
    """A named street: capitalised, or in lower case with no generic word ("watney street")."""
    names = words[:-1]
    if not names:
        return False
    if all(w[0].isupper() for w in names):
        return True
    return not any(w.lower() in _GENERIC_STREET_WORDS for w in names)


def find_homes(text: str) -> Iterator[tuple[int, int]]:
    for m in _BLOCK_RE.finditer(text):
        yield m.start(), m.end()
    for m in _STREET_AFTER_RE.finditer(text):
        words = m.group("street").split()
        if not _street_ok(words):
            continue
        clause = text[max(0, m.start() - 60) : m.start()]
        ends = [c.end() for c in _CLAUSE_END_RE.finditer(clause)]
        if ends:
            clause = clause[ends[-1] :]
        if _LIVING_RE.search(clause):
            yield m.start("street"), m.end("street")


def extend_home(text: str, end: int) -> int:
    """Follow an address over the street or estate its building is on."""
    for _ in range(2):
        m = _FOLLOWING_PLACE_RE.match(text, end)
        if not m:
            break
        end = m.end()
    return end
