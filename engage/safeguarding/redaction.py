"""Redaction: replace personal data in a comment with typed placeholders before it is stored.

``redact(text)`` returns the redacted text and the findings as ``(kind, start, end)`` offsets into
the original text, so the partner can be shown what was removed before saving. The original text is
never logged or kept here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from engage.safeguarding import birthdates, clubs, patterns, phones, places, schools
from engage.safeguarding import known_schools as known_schools_mod
from engage.safeguarding.known_places import in_known_place, is_known_place, names_a_country
from engage.safeguarding.learned_names import learned_names
from engage.safeguarding.name_frames import names_an_estate
from engage.safeguarding.names import find_names
from engage.safeguarding.public_names import cut_at_sentence, public_spans, trim_title
from engage.safeguarding.wordlists import lexicon

Finding = tuple[str, int, int]

KIND_LABELS: dict[str, str] = {
    "NAME": "a name",
    "PHONE": "a phone number",
    "EMAIL": "an e-mail address",
    "POSTCODE": "a postcode",
    "ADDRESS": "an address",
    "SCHOOL": "a school name",
    "DOB": "a date of birth",
    "HANDLE": "a social media handle",
    "NHS_NUMBER": "an NHS number",
}
KIND_PLURALS: dict[str, str] = {
    "NAME": "names",
    "PHONE": "phone numbers",
    "EMAIL": "e-mail addresses",
    "POSTCODE": "postcodes",
    "ADDRESS": "addresses",
    "SCHOOL": "school names",
    "DOB": "dates of birth",
    "HANDLE": "social media handles",
    "NHS_NUMBER": "NHS numbers",
}
REMOVED_PLACEHOLDER = "[REMOVED]"

# Earlier kinds win where detectors overlap: an e-mail is not also a handle and a name, and a
# house number inside an address is not a phone number.
_PRIORITY = (
    "EMAIL",
    "HANDLE",
    "NHS_NUMBER",
    "DOB",
    "POSTCODE",
    "ADDRESS",
    "PHONE",
    "SCHOOL",
    "NAME",
)


@dataclass(frozen=True)
class Redaction:
    """A redacted comment: ``text`` with placeholders, and where each came from in the original."""

    text: str
    findings: list[Finding]

    @property
    def kinds(self) -> list[str]:
        return [kind for kind, _, _ in self.findings]


# Rounds of the learned name check before redaction stops: each reads the comment as the last
# round left it, and it ends when nothing more is found, so redacting the result again changes
# nothing. Almost every comment needs one round; a name found can reveal another beside it.
LEARNED_ROUNDS = 4


def redact(text: str) -> Redaction:
    """The rules, then the learned name check (learned_names) on what they left."""
    result = redact_by_rules(text)
    if not text:
        return result
    findings = list(result.findings)
    view = result.text
    for round_number in range(LEARNED_ROUNDS):
        new: list[Finding] = [
            ("NAME", *span)
            for span in learned_names().names_in(view)
            if not _is_public(text, *_to_original(findings, text, *span))
        ]
        if round_number:
            # A name found can be the cue a rule needs ("[NAME] and Summer were").
            new += redact_by_rules(view).findings
        if not new:
            break
        findings = sorted(
            findings + [(kind, *_to_original(findings, text, s, e)) for kind, s, e in new],
            key=lambda f: f[1],
        )
        view = _apply(text, findings)
    return Redaction(text=view, findings=findings)


def _is_public(text: str, start: int, end: int) -> bool:
    """What the rules leave for a name: a place, country, club, estate or listed public name."""
    return _names_no_person(text, start, end) or any(
        s < end and start < e for s, e in public_spans(text)
    )


def _names_no_person(text: str, start: int, end: int) -> bool:
    """A word that reads as a name here but names a place, a country, a club or an estate."""
    return (
        in_known_place(text, start, end)
        or names_a_country(text, start, end)
        or clubs.names_a_club(text, start, end)
        or names_an_estate(text, start, end)
    )


def _to_original(findings: list[Finding], text: str, start: int, end: int) -> tuple[int, int]:
    """Where a span of the redacted text (outside its placeholders) lies in the original."""
    shift = 0
    for kind, s, e in findings:
        placeholder_at = s + shift
        if placeholder_at >= end:
            break
        shift += len(f"[{kind}]") - (e - s)
    return start - shift, end - shift


def redact_by_rules(text: str) -> Redaction:
    if not text:
        return Redaction(text="", findings=[])
    common = lexicon().common
    protected = [(m.start(), m.end()) for m in patterns.PLACEHOLDER_RE.finditer(text)]

    numbers = phones.find_numbers(text)
    known_schools: list[tuple[int, int]] = []
    candidates: dict[str, list[Finding]] = {kind: [] for kind in _PRIORITY}
    for finder in (
        patterns.find_emails(text),
        patterns.find_handles(text, common, lexicon().english),
        patterns.find_nhs_numbers(text),
        birthdates.find_dates_of_birth(text),
        patterns.find_postcodes(text),
        places.find_addresses(
            text, common, [(s, e) for s, e, _ in numbers if phones.is_strong(text, s, e)]
        ),
        phones.find_phones(text, numbers),
        schools.find_schools(text, known_schools),
    ):
        for finding in finder:
            if finding[0] == "SCHOOL":
                # Year groups and football academies are no schools ("Y8 boys", "west ham
                # academy"); see ``clubs.py``.
                span = clubs.school_span(text, finding[1], finding[2])
                if span is None:
                    continue
                finding = ("SCHOOL", span[0], known_schools_mod.with_district(text, *span))
            candidates[finding[0]].append(finding)

    accepted: list[tuple[int, int]] = list(protected)
    findings: list[Finding] = []
    for kind in _PRIORITY:
        if kind == "ADDRESS":
            # Venues, hospitals, universities, courses, celebrities and named estates are public,
            # not a child's data: shielded from the address, school and name rules alike.
            accepted.extend(public_spans(text))
        if kind == "NAME":
            # Names are looked for outside everything already found, so "George Green's School"
            # does not also yield a name.
            candidates["NAME"] = [
                # "Sgt [NAME]": the title stays; "[NAME]. Polish speaker": the next sentence too.
                (f[0], trim_title(text, f[1], f[2]), cut_at_sentence(text, f[1], f[2]))
                for f in find_names(text, accepted)
                if not _names_no_person(text, f[1], f[2])
            ]
        for _, start, end in sorted(candidates[kind], key=lambda f: (f[1], -(f[2] - f[1]))):
            for fragment in _free_fragments(text, start, end, accepted):
                if (
                    kind in ("ADDRESS", "SCHOOL")
                    and fragment not in known_schools
                    and is_known_place(text, *fragment)
                ):
                    continue  # a district, park or town alone: "lives in Bethnal Green"
                accepted.append(fragment)
                findings.append((kind, *fragment))
    findings.sort(key=lambda f: f[1])
    return Redaction(text=_apply(text, findings), findings=findings)


def _free_fragments(
    text: str, start: int, end: int, taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The parts of [start, end) that no earlier finding covers.

    Every part with something left in it is kept: an address cut in two by a postcode or a date
    ("22 Cable Street, E1 2AB, flat 3") is still an address on both sides.
    """
    pieces = [(start, end)]
    for s, e in taken:
        next_pieces = []
        for a, b in pieces:
            if e <= a or s >= b:
                next_pieces.append((a, b))
                continue
            if a < s:
                next_pieces.append((a, s))
            if e < b:
                next_pieces.append((e, b))
        pieces = next_pieces
    if pieces == [(start, end)]:
        return pieces
    kept: list[tuple[int, int]] = []
    for a, b in pieces:
        # A cut piece loses the spaces and punctuation at its cut edges.
        while a < b and not (text[a].isalnum() or text[a] in "@+(" or a == start):
            a += 1
        while b > a and not (text[b - 1].isalnum() or b == end):
            b -= 1
        if sum(ch.isalnum() for ch in text[a:b]) >= 2:
            kept.append((a, b))
    return kept


def _apply(text: str, findings: list[Finding]) -> str:
    out: list[str] = []
    pos = 0
    for kind, start, end in findings:
        out.append(text[pos:start])
        out.append(f"[{kind}]")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def describe_findings(findings: Iterable[Finding]) -> str:
    """Plain words for the partner: "2 names and a phone number"."""
    counts = Counter(kind for kind, _, _ in findings)
    parts = []
    for kind in KIND_LABELS:
        count = counts.get(kind, 0)
        if count == 1:
            parts.append(KIND_LABELS[kind])
        elif count > 1:
            parts.append(f"{count} {KIND_PLURALS[kind]}")
    if not parts:
        return "nothing"
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def remove_phrase(text: str, phrase: str) -> str:
    """Replace every occurrence of ``phrase`` (as typed or selected by the partner) with [REMOVED].

    Matching ignores case and spacing, respects word edges so removing "Sam" leaves "Samosa"
    alone, and never breaks a placeholder already in the text.
    """
    words = phrase.split()
    if not words:
        return text
    body = r"\s+".join(re.escape(w) for w in words)
    left = r"(?<!\w)" if re.match(r"\w", words[0]) else ""
    right = r"(?!\w)" if re.search(r"\w$", words[-1]) else ""
    regex = re.compile(left + body + right, re.IGNORECASE)
    protected = [(m.start(), m.end()) for m in patterns.PLACEHOLDER_RE.finditer(text)]
    out: list[str] = []
    pos = 0
    for m in regex.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in protected):
            continue
        out.append(text[pos : m.start()])
        out.append(REMOVED_PLACEHOLDER)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def redact_span(text: str, start: int, end: int) -> str:
    """Replace ``text[start:end]`` with [REMOVED] (for a selection made in the redacted text)."""
    if not 0 <= start < end <= len(text):
        raise ValueError("span outside the text")
    return text[:start] + REMOVED_PLACEHOLDER + text[end:]
