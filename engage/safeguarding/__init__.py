"""Safeguarding text engine: redaction of personal data and disclosure screening.

Pure Python with no web framework imports, so it can be benchmarked and used from the command line.
The safeguarding lead's views live in other modules of this package and are never imported here.
"""

from engage.safeguarding.redaction import (
    KIND_LABELS,
    KIND_PLURALS,
    REMOVED_PLACEHOLDER,
    Finding,
    Redaction,
    describe_findings,
    redact,
    redact_span,
    remove_phrase,
)
from engage.safeguarding.screening import Screening, screen

__all__ = [
    "KIND_LABELS",
    "KIND_PLURALS",
    "REMOVED_PLACEHOLDER",
    "Finding",
    "Redaction",
    "Screening",
    "describe_findings",
    "redact",
    "redact_span",
    "remove_phrase",
    "screen",
]
