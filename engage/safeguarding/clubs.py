"""Football clubs and year groups, which redaction must leave alone.

"Chelsea lost again", "Arsenal won 3-1", "Millwall fans": a club whose name is also a given name
or a place is no person when what follows is about a match. "west ham academy" is a football
academy, not a school, and "Y8 boys", "Y9 set 2" are year groups. These checks run on what the
name and school detectors found, so the detectors stay as they are for everything else.
"""

from __future__ import annotations

import re

_CLUBS = (
    r"chelsea|arsenal|west\s+ham|spurs|tottenham|millwall|leyton\s+orient|orient|charlton|"
    r"(?:crystal\s+)?palace|fulham|brentford|qpr|watford|wimbledon|afc\s+wimbledon|barnet|"
    r"bromley|sutton(?:\s+united)?|dagenham|liverpool|everton|villa|aston\s+villa|wolves|"
    r"newcastle|man\s+(?:u|utd|united|city)|city|united|leeds|barca|barcelona|madrid|real|"
    r"brighton|southampton|bournemouth|forest|burnley|sunderland|celtic|rangers"
)
_CLUB_RE = re.compile(r"^(?:" + _CLUBS + r")$", re.IGNORECASE)
# What follows a club in talk of football: a result with what a result is followed by, or
# fans, a match, an academy, a shirt.
_MATCH_AFTER_RE = re.compile(
    r"^(?:['’]s)?\s+(?:(?:lost|won|win|drew|draw|beat|bottled|played|play|playing|scored|"
    r"got\s+(?:battered|smashed|beat|relegated|promoted))(?:\s+(?:again|\d|to|at|on|last|this|"
    r"yesterday|today|lol|away|at\s+home|the\s+(?:game|match|derby|final|league|cup))|\s*$|"
    r"\s*[.!,?])|fans?\b|game\b|match\b|academy\b|shirt\b|kit\b|vs?\b|v\.|score\b|"
    r"under[\s-]?\d|u\d{1,2}s?\b|season\b|stadium\b|ground\b|trials?\b|youth\s+team\b|"
    r"ladies\b|women\b|women['’]s\b|are\s+(?:rubbish|shit|trash|top|bottom|going\s+down)\b)",
    re.IGNORECASE,
)
_MATCH_BEFORE_RE = re.compile(
    r"\b(?:supports?|supporting|support|watch(?:ed|ing)?|vs?\.?|against|fan\s+of|fans\s+of|"
    r"plays?\s+for|played\s+for|playing\s+for|trial\s+(?:at|for|with)|signed\s+for|"
    r"scouted\s+by|season\s+ticket\s+(?:at|for))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_YEAR_GROUP_RE = re.compile(r"^(?:y|yr|year)[ \t]?\d{1,2}$", re.IGNORECASE)
_ACADEMY_RE = re.compile(r"^(?P<club>.+?)[ \t]+academy$", re.IGNORECASE)
_SIXTH_FORM_END_RE = re.compile(r"[ \t]+sixth[ \t]+form$")


def names_a_club(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a football club talked of as one: "Chelsea lost again"."""
    word = text[start:end]
    if not _CLUB_RE.match(word):
        return False
    return bool(
        _MATCH_AFTER_RE.match(text[end : end + 60])
        or _MATCH_BEFORE_RE.search(text[max(0, start - 30) : start])
    )


def school_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The part of a school finding to redact, or None where it names no school: a year group
    ("Y8 boys"), a club's academy ("west ham academy"). A trailing lower-case "sixth form" is
    the school's part, not its name, and stays: "Bishop Challoner sixth form rejected me"."""
    found = text[start:end]
    if _YEAR_GROUP_RE.match(found):
        return None
    academy = _ACADEMY_RE.match(found)
    if academy and _CLUB_RE.match(academy.group("club")):
        return None
    trailing = _SIXTH_FORM_END_RE.search(found)
    # Only where two words of the name stay: "leyton sixth form" is named by all three.
    if trailing and len(found[: trailing.start()].split()) >= 2:
        return start, start + trailing.start()
    return start, end
