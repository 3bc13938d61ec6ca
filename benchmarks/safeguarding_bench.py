"""Benchmark the safeguarding text engine: redaction recall and over-redaction, disclosure
screening, and speed.

    .venv/bin/python benchmarks/safeguarding_bench.py [--show N] [--quick]

Reads the labelled sets from ../shared (relative to the repository root) and prints figures; it
writes nothing. Sets that are absent are reported as skipped.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from engage.safeguarding import redact, screen  # noqa: E402
from engage.safeguarding.redaction_scoring import Scores, load_jsonl, score  # noqa: E402

SHARED = ROOT.parent / "shared"
PII_DEV = SHARED / "eval" / "pii_dev.jsonl"
DISCLOSURE_DEV = SHARED / "eval" / "disclosure_dev.jsonl"
PRESIDIO = SHARED / "data" / "pii_synthetic_presidio.json"
NHS = SHARED / "data" / "nhs_feedback_phase1.csv"
# Held-out young people's comments written for the redaction tests (see the test file there).
HELDOUT = ROOT / "engage" / "safeguarding" / "data" / "redaction_sets"
NEVER_TRAINED_ON = ROOT / "tests" / "unit" / "safeguarding" / "heldout"
SCREENING_SETS = ROOT / "engage" / "safeguarding" / "data" / "screening_sets"
KINDS = ("NAME", "SCHOOL", "ADDRESS", "PHONE", "EMAIL", "POSTCODE", "DOB", "HANDLE", "NHS_NUMBER")

PRESIDIO_KINDS = {
    "PERSON": "NAME",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "STREET_ADDRESS": "ADDRESS",
}
WORD_RE = re.compile(r"\w+")
POSTCODE_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$", re.IGNORECASE)
DATE_RE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}")
WORD_DATE_RE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)


def pct(num: int, den: int) -> str:
    return f"{100 * num / den:6.2f}% ({num}/{den})" if den else "   n/a"


def covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def pii_kind(item: str, text: str) -> str:
    """A rough kind for a labelled substring without a kind, for reporting only."""
    digits = sum(c.isdigit() for c in item)
    if item.startswith("@"):
        return "HANDLE"
    if "@" in item or re.search(r"\b(?:at|dot)\b.*\b(?:com|uk)\b", item):
        return "EMAIL"
    if POSTCODE_RE.match(item) or re.fullmatch(r"[A-Z]{1,2}\d{1,2}[A-Z]?", item, re.IGNORECASE):
        return "POSTCODE"
    if DATE_RE.fullmatch(item) or WORD_DATE_RE.search(item) or re.fullmatch(r"(?:19|20)\d\d", item):
        return "DOB"
    if digits >= 9 and "nhs" in text.lower():
        return "NHS_NUMBER"
    if digits >= 7 or re.fullmatch(r"(?:[0-9] ?){10,}", item):
        return "PHONE"
    if " " not in item and re.search(r"[A-Za-z]", item) and re.search(r"[._#]|\d", item):
        return "HANDLE"
    if re.search(r"School|Academy|College|Primary|High\b", item):
        return "SCHOOL"
    if re.search(r"\d|Street|Road|House|Lane|Avenue|flat", item, re.IGNORECASE):
        return "ADDRESS"
    return "NAME"


def print_scores(scores: Scores, show: int) -> None:
    """Per kind: items whose every word was removed; then keep items and other words intact."""
    for kind in sorted(scores.total, key=lambda k: KINDS.index(k) if k in KINDS else 99):
        print(f"  {kind:<11} removed {pct(scores.removed[kind], scores.total[kind])}")
    print(f"  {'ALL':<11} removed {pct(sum(scores.removed.values()), sum(scores.total.values()))}")
    print(f"  keep items intact        {pct(scores.keep_ok, scores.keep_total)}")
    print(f"  other words left intact  {pct(scores.words_ok, scores.words_total)}")
    for kind, item, out in scores.missed[:show]:
        print(f"   missed {kind}: {item!r}  ->  {out!r}")
    for item, out in scores.lost[:show]:
        print(f"   lost keep item: {item!r}  ->  {out!r}")


def bench_pii_file(path: Path, show: int) -> None:
    """A labelled set (``{"text", "pii", "keep"}``, kinds optional) scored strictly."""
    print(f"\n== Redaction: {path.name} (strict: every word of an item removed) ==")
    if not path.exists():
        print("skipped: file absent")
        return
    print_scores(score(load_jsonl(path), redact, pii_kind), show)


def bench_pii_dev(show: int, extra: list[str]) -> None:
    """pii_dev.jsonl, and any other labelled sets named with --pii (kinds guessed if absent)."""
    for path in [PII_DEV, *(Path(p) for p in extra)]:
        bench_pii_file(path, show)


def bench_heldout(show: int, batches: list[str]) -> None:
    """The held-out batches: figures for comments no rule was written from (pii_c, pii_d)."""
    for name in batches:
        path = HELDOUT / f"pii_{name}.jsonl"
        print(f"\n== Redaction: held-out {path.name} ==")
        if not path.exists():
            print("skipped: file absent")
            continue
        print_scores(score(load_jsonl(path), redact), show)


def bench_blind_redaction(show: int) -> None:
    """Sets written by people who never saw the code (independent_pii_*), in the order they were
    written; each was measured once, blind, before it was used (first figures in the README)."""
    # final, j, k, ... (now the learned name check's examples), then those never trained on.
    for path in sorted(HELDOUT.glob("independent_pii_*.jsonl")) + sorted(
        NEVER_TRAINED_ON.glob("independent_pii_*.jsonl")
    ):
        print(f"\n== Redaction: blind set {path.name} (strict) ==")
        print_scores(score(load_jsonl(path), redact), show)


def bench_presidio(show: int) -> None:
    print("\n== Redaction: pii_synthetic_presidio.json (kinds we redact) ==")
    if not PRESIDIO.exists():
        print("skipped: file absent")
        return
    records = json.loads(PRESIDIO.read_text("utf-8"))
    strict: Counter[str] = Counter()
    loose: Counter[str] = Counter()
    total: Counter[str] = Counter()
    missed: dict[str, list[str]] = defaultdict(list)
    kept = other = 0
    over: Counter[str] = Counter()
    for rec in records:
        text = rec["full_text"]
        red = redact(text)
        found = [(s, e) for _, s, e in red.findings]
        gold = [(sp["start_position"], sp["end_position"]) for sp in rec["spans"]]
        for sp in rec["spans"]:
            kind = PRESIDIO_KINDS.get(sp["entity_type"])
            if not kind:
                continue
            s, e = sp["start_position"], sp["end_position"]
            total[kind] += 1
            words = list(WORD_RE.finditer(text, s, e))
            all_ok = all(covered(m.start(), m.end(), found) for m in words)
            # Identifying words: those with a capital or a digit ("the corner of" may stay).
            ident = [m for m in words if re.search(r"[\dA-Z]", m.group(0))] or words
            ident_ok = all(covered(m.start(), m.end(), found) for m in ident)
            strict[kind] += all_ok
            loose[kind] += ident_ok
            if not ident_ok:
                missed[kind].append(f"{sp['entity_value']!r}  in  {text[:120]!r}")
        for m in WORD_RE.finditer(text):
            if any(s <= m.start() < e for s, e in gold):
                continue
            other += 1
            if covered(m.start(), m.end(), found) or any(
                s < m.end() and m.start() < e for s, e in found
            ):
                over[m.group(0)] += 1
            else:
                kept += 1
    for kind in ("NAME", "EMAIL", "PHONE", "ADDRESS"):
        print(
            f"  {kind:<8} fully removed {pct(strict[kind], total[kind])}   "
            f"identifying words removed {pct(loose[kind], total[kind])}"
        )
    print(f"  non-entity words left intact {pct(kept, other)}")
    if show:
        print("  most often removed non-entity words:", over.most_common(25))
        for kind, items in missed.items():
            print(f"  -- missed {kind} (first {show}):")
            for item in items[:show]:
                print("    ", item)


def nhs_comments() -> list[str]:
    with NHS.open(encoding="utf-8", newline="") as fh:
        return [row["feedback"] for row in csv.DictReader(fh) if row["feedback"].strip()]


def bench_nhs_redaction(comments: list[str], show: int) -> None:
    print("\n== Redaction: NHS feedback (over-redaction) ==")
    changed = words = 0
    removed: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for text in comments:
        red = redact(text)
        found = [(s, e) for _, s, e in red.findings]
        kinds.update(k for k, _, _ in red.findings)
        for m in WORD_RE.finditer(text):
            words += 1
            if any(s < m.end() and m.start() < e for s, e in found):
                changed += 1
                removed[m.group(0)] += 1
    print(f"  words changed {pct(changed, words)}   (left intact {pct(words - changed, words)})")
    print(f"  findings by kind: {dict(kinds)}")
    if show:
        print("  most often removed words:", removed.most_common(40))


def by_safety_net(text: str) -> bool:
    """Flagged by the broader safety net rather than the main reading (see screening_net): its
    reasons say "broader check" or "several weaker signs"; the main reading's never do."""
    return any(
        "broader check" in r or r.startswith("several weaker signs") for r in screen(text).reasons
    )


def screening_figures(records: list[dict], show: int | None) -> None:
    """Recall on disclosures, false alarms on views; misses listed (all if show is None)."""
    positives = [r["text"] for r in records if r["concern"]]
    negatives = [r["text"] for r in records if not r["concern"]]
    caught = [t for t in positives if screen(t).concern]
    alarms = [t for t in negatives if screen(t).concern]
    print(f"  disclosures caught (recall)        {pct(len(caught), len(positives))}")
    print(f"  general views flagged (false alarm) {pct(len(alarms), len(negatives))}")
    net_caught = sum(by_safety_net(t) for t in caught)
    net_alarms = sum(by_safety_net(t) for t in alarms)
    print(f"  of which by the safety net: {net_caught} disclosures, {net_alarms} views")
    levels = Counter(screen(t).level for t in positives)
    print(f"  levels given to disclosures: {dict(levels)}")
    missed = [t for t in positives if t not in set(caught)]
    for text in missed if show is None else missed[:show]:
        print("   missed:", text)
    for text in alarms if show is None else alarms[:show]:
        print("   false alarm:", text)


def bench_disclosure_dev() -> None:
    print("\n== Screening: disclosure_dev.jsonl ==")
    if not DISCLOSURE_DEV.exists():
        print("skipped: file absent")
        return
    records = [
        json.loads(line) for line in DISCLOSURE_DEV.read_text("utf-8").splitlines() if line.strip()
    ]
    screening_figures(records, None)


def bench_screening_heldout(show: int) -> None:
    """Batches, probes and independent sets of young people's comments (screening_sets/; its
    README says when each was measured blind; all are now training examples for the learned
    check, so these are training figures, not evidence for new comments)."""
    paths = (
        sorted(SCREENING_SETS.glob("batch_*.jsonl"))
        + sorted(SCREENING_SETS.glob("probe_r2_*.jsonl"))
        + sorted(SCREENING_SETS.glob("independent_*.jsonl"))
        # Written last by someone who never saw the code, measured once blind, never trained on.
        + sorted(NEVER_TRAINED_ON.glob("independent_screening_*.jsonl"))
    )
    if not paths:
        print("\n== Screening: held-out batches ==\nskipped: none present")
    for path in paths:
        print(f"\n== Screening: held-out {path.name} ==")
        records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
        screening_figures(records, show)


def bench_nhs_screening(comments: list[str]) -> None:
    print("\n== Screening: NHS feedback (almost none are disclosures) ==")
    flagged = [(screen(t), t) for t in comments]
    flagged = [(s, t) for s, t in flagged if s.concern]
    print(f"  flagged {pct(len(flagged), len(comments))}")
    print(f"  of which by the safety net: {sum(by_safety_net(t) for _, t in flagged)}")
    for result, text in flagged:
        print(f"   [{result.level}] {'; '.join(result.reasons)}")
        print(f"       {text[:400]!r}")


def bench_screening_speed(comments: list[str]) -> None:
    """Screening alone, CPU time of this process (other work on the machine does not count)."""
    print("\n== Speed: screen alone on the NHS comments (CPU time, one core) ==")
    for text in comments[:200]:
        screen(text)
    best = 0.0
    for _ in range(3):
        start = time.process_time()
        for text in comments:
            screen(text)
        best = max(best, len(comments) / (time.process_time() - start))
    print(f"  {len(comments)} comments, best of 3 runs = {best:7.0f} comments/second")


def bench_speed(comments: list[str], quick: bool) -> None:
    print("\n== Speed (one process, one core): redact + screen on the NHS comments ==")
    for text in comments[:200]:  # warm up: load the word lists and compile lazily built state
        redact(text)
        screen(text)
    for target in (1_000, 10_000) if quick else (1_000, 10_000, 100_000):
        batch = (comments * (target // len(comments) + 1))[:target]
        start = time.perf_counter()
        for text in batch:
            redact(text)
            screen(text)
        elapsed = time.perf_counter() - start
        print(
            f"  {target:>7} comments in {elapsed:7.2f} s = {target / elapsed:7.0f} comments/second"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", type=int, default=0, help="print up to N misses per kind")
    parser.add_argument("--quick", action="store_true", help="time 1k and 10k only")
    parser.add_argument(
        "--heldout",
        default=",".join(sorted(p.stem[4:] for p in HELDOUT.glob("pii_*.jsonl"))),
        help="held-out batches to score, e.g. a,b (default: every batch present)",
    )
    parser.add_argument(
        "--pii", action="append", default=[], help="another labelled redaction set to score"
    )
    args = parser.parse_args()
    bench_pii_dev(args.show, args.pii)
    bench_heldout(args.show, [b for b in args.heldout.split(",") if b])
    bench_blind_redaction(args.show)
    bench_presidio(args.show)
    bench_disclosure_dev()
    bench_screening_heldout(args.show)
    if NHS.exists():
        comments = nhs_comments()
        bench_nhs_redaction(comments, args.show)
        bench_nhs_screening(comments)
        bench_screening_speed(comments)
        bench_speed(comments, args.quick)
    else:
        print("\nNHS feedback: skipped (file absent)")


if __name__ == "__main__":
    main()
