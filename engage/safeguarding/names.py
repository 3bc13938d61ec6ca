"""Finding people's names without a language model.

Every word is first sorted by what the word lists say it can be (``wordlists.py``):

- a listed given name or surname that is no everyday word ("Amira", "tunde", "Okafor");
- a listed name that is also a word, a place or a month ("Will", "Grace", "Angel", "May");
- an everyday word (in the English or the common word list, or a place or organisation);
- a word in no list at all ("Rukhsana", "Desrosiers", "Kwamzy").

Then the words around it decide (``name_cues.py``), from strongest to weakest evidence:

1. a name cue before it: "my mate X", "this boy X", "called X", "ask for X", "Mr X";
2. what follows it: "X said", "X got jumped", "X, 16,", "X's mum", "X and her brother";
3. a listed name after a weaker cue: "with X", "told X", "me and X";
4. a capitalised word in no list, not at the start of a sentence and not after "in", "at", "to";
5. two name-like words side by side: "Tiago Ferreira", "Mark Okoro", "patricia desrosiers".

Words that are also names ("will", "grace", "mark", "summer") are names only with evidence, so
"I will tell the group" and "Mark my words" stay. A name found by any rule is extended over a
following surname or initial ("Hassan Rahman", "Vanessa P. Hertzog") and over names joined to it
by "and", "&" or a comma.
"""

from __future__ import annotations

from engage.safeguarding import name_cues as cues
from engage.safeguarding import name_more as more
from engage.safeguarding.name_tokens import (
    AMBIGUOUS,
    BLOCKED,
    INITIALS_NAME_RE,
    STRONG,
    TITLE_FUNCTION_WORDS,
    UNKNOWN,
    WORD,
    org_words,
    tokens,
)
from engage.safeguarding.wordlists import lexicon

Span = tuple[str, int, int]


class _Finder:
    """One pass over one text; ``is_name[i]`` says whether token i is (part of) a name."""

    def __init__(self, text: str, blocked_spans: list[tuple[int, int]]) -> None:
        self.text = text
        self.lex = lexicon()
        self.orgs = org_words()
        self.toks = tokens(text, blocked_spans, self.lex)
        self.is_name = [False] * len(self.toks)

    def gap(self, i: int, j: int) -> str:
        return self.text[self.toks[i].end : self.toks[j].start]

    def before(self, i: int) -> str:
        t = self.toks[i]
        return self.text[max(0, t.start - 40) : t.start]

    def after(self, i: int) -> str:
        t = self.toks[i]
        return self.text[t.end : t.end + 60]

    def run(self) -> list[Span]:
        for i, t in enumerate(self.toks):
            if t.lower in cues.SCHEME_WORDS and cues.SCHEME_CUE_RE.search(self.before(i)):
                continue  # "Ask for Ani", "ask for Angela": safety schemes, not people
            self.is_name[i] = self.judge_cap(i) if (t.cap or t.upper) else self.judge_lower(i)
            self.is_name[i] = self.is_name[i] or more.judge_more(self, i)
        self.pairs()
        if any(self.is_name):  # most comments name nobody: nothing to extend
            self.extend()
            more.propagate(self)
            self.extend()
        spans = self.merge()
        return cues.add_nicknames(self.text, spans)

    # --- single words ------------------------------------------------------------------------
    def judge_lower(self, i: int) -> bool:
        t, lex = self.toks[i], self.lex
        low = t.lower
        if low in lex.lower_names:
            return True  # "tunde", "sara", "okafor": listed and no English word
        if "-" in low and cues.reduplicated_name(low, self.after(i), lex):
            return True
        if (
            t.kind == WORD
            and len(low) >= 3
            and low not in lex.common
            and not cues.VERBISH_RE.search(low)
            and cues.RELATION_CUE_RE.search(self.before(i))
            and cues.NICKNAME_VERB_RE.match(self.after(i))
        ):
            return True
        if t.kind in (WORD, BLOCKED) or len(low) < 2:
            return False
        word_name = (
            low in lex.first and low not in lex.common and low not in cues.GRAMMAR_NAMES
        ) or (t.kind == UNKNOWN and len(low) >= 3 and not cues.VERBISH_RE.search(low))
        if cues.lower_cued_name(low, word_name, self.before(i), self.after(i)):
            return True
        if (
            (t.kind == UNKNOWN or low in lex.first)
            and len(low) >= 3
            and cues.SIGNATURE_BEFORE_RE.search(self.before(i))
            and cues.SIGNATURE_AFTER_RE.match(self.after(i))
        ):
            return True  # signed off in lower case: "... - harun"
        # A listed name that is also a word ("hope", "will", "mark", "jay") or a word in no list
        # ("rukhsana"): only with a cue.
        before = self.before(i)
        after = self.after(i)
        # A word in no list after a cue is a name unless it is shaped like a verb or a plural
        # ("a nurse catheterised", "ask for meds"); a listed name that is also a word ("will",
        # "hope") needs what follows to be a verb for people ("my friend will is a carer").
        follows = t.kind == UNKNOWN and not cues.VERBISH_RE.search(low)
        follows = follows or bool(cues.SUBJECT_FOLLOW_RE.match(after))
        if cues.TITLE_CUE_RE.search(before):
            return low not in lex.common  # "miss rahman", not "the nurse will visit"
        if cues.NAMING_CUE_RE.search(before):
            return follows or low not in lex.common
        # Beyond the explicit cues, a word that is also a grammar word ("he", "can", "said") or
        # a surname that is a word ("green", "ward") is never a name in lower case.
        if t.kind == AMBIGUOUS and (low not in lex.first or low in cues.GRAMMAR_NAMES):
            return False
        if cues.RELATION_CUE_RE.search(before) and cues.PLURAL_RELATION_CUE_RE.search(before):
            return bool(cues.SUBJECT_FOLLOW_RE.match(after))
        if (
            cues.RELATION_CUE_RE.search(before)
            or cues.DETERMINER_CUE_RE.search(before)
            or cues.WITH_ME_RE.search(before)
            or self.apposition(i)
        ):
            return follows
        if low in lex.months or low in lex.common:
            return False
        # "ruby said", "tash and me", "yonas got arrested": only where a sentence or clause
        # begins, and what people do (not "always", "just") only after a word in no list.
        prev = self.toks[i - 1].lower if i and not t.initial else ""
        clause_start = t.initial or prev in cues.CLAUSE_OPENERS or before.rstrip().endswith(",")
        if not clause_start:
            return False
        if cues.SPEECH_PREDICATE_RE.match(after):
            return True
        # Two letters opening a line are initials people go by ("jj got kicked out").
        initials = len(low) == 2 and bool(cues.LINE_START_RE.search(before))
        return (
            t.kind == UNKNOWN
            and (len(low) >= 3 or initials)
            and not cues.VERBISH_RE.search(low)
            and bool(cues.PERSON_PREDICATE_RE.match(after))
            and not cues.ADVERB_AFTER_RE.match(after)
        )

    def judge_cap(self, i: int) -> bool:
        t, lex = self.toks[i], self.lex
        low, kind = t.lower, t.kind
        if self.after_saint(i):
            # A saint's name names a school, church, hospital or charity ("St John Ambulance",
            # "St Mungo's"), not a person; schools are found by their own rules.
            return False
        if kind == BLOCKED and low in lex.towns and t.cap:
            # A town that is also a surname: "Mr Preston", "called Enfield", "Jack Preston".
            before = self.before(i)
            prev = self.toks[i - 1] if i else None
            after_given = (
                prev is not None
                and prev.cap
                and prev.lower in lex.first
                and prev.lower not in lex.non_names
                and self.gap(i - 1, i) == " "
                and (prev.kind == STRONG or self.person_follows(i))
            )
            return bool(
                after_given or cues.TITLE_CUE_RE.search(before) or cues.NAMING_CUE_RE.search(before)
            )
        if kind == BLOCKED and low not in lex.months:
            # Shorthand that is also a name, capitalised right after an explicit name cue, is
            # the name ("my friend Wen"); English words ("my husband In his last days"), places
            # and organisations are not.
            return (
                t.cap
                and "'" not in low
                and low not in lex.dictionary
                and low not in lex.non_names
                and low not in cues.GRAMMAR_NAMES
                and low not in cues.CLAUSE_OPENERS
                and not t.initial
                and cues.explicit_cue(self.before(i))
            )
        if kind == STRONG and t.upper and len(low) <= 3:
            kind = AMBIGUOUS  # "SEN", "ALI": as likely an abbreviation as a name
        elif kind == STRONG and (low in lex.strong_first or "-" in low or not t.initial):
            return True
        before = self.before(i)
        if kind == STRONG:
            # A listed surname at the start of a sentence may be a word of the sentence.
            return bool(
                self.person_follows(i)
                or cues.NAMING_CUE_RE.search(before)
                or cues.TITLE_CUE_RE.search(before)
            )
        if low in cues.GRAMMAR_NAMES and not (
            cues.TITLE_CUE_RE.search(before) or cues.NAMING_CUE_RE.search(before)
        ):
            return False  # "He said", "Can you", "Said he"...
        if cues.TITLE_CUE_RE.search(before) or cues.NAMING_CUE_RE.search(before):
            return kind != BLOCKED or low in lex.months
        if (
            cues.RELATION_CUE_RE.search(before)
            or cues.DETERMINER_CUE_RE.search(before)
            or self.apposition(i)
        ):
            return kind != BLOCKED or low in lex.months
        after = self.after(i)
        if low in lex.months:
            return bool(cues.SPEECH_VERB_RE.match(after) or cues.FROM_SPEAKER_RE.match(after))
        if kind == WORD:
            return False
        if cues.SIGNATURE_BEFORE_RE.search(before) and cues.SIGNATURE_AFTER_RE.match(after):
            return True  # signing off: "... from like 2015 - Harun"
        if kind == AMBIGUOUS:
            if low not in lex.non_names and cues.SOFT_CUE_RE.search(before):
                return True
            if t.initial and cues.LINE_START_RE.search(before) and cues.SPEAKER_RE.match(after):
                return True
            if cues.VOCATIVE_RE.search(before) and cues.VOCATIVE_END_RE.match(after):
                return True  # "Don't go to town, Mark!"
            return self.person_follows(i)
        # A capitalised word in no list.
        prev_low = self.toks[i - 1].lower if i else ""
        if t.upper and len(low) > 1:
            # An acronym ("CAMHS", "YOT", "YP said"), except the initials people go by: "JJ said",
            # "TJ got arrested".
            return bool(INITIALS_NAME_RE.match(t.text)) and self.person_follows(i)
        if len(low) > 1 and (self.person_follows(i) or cues.WITH_ME_RE.search(before)):
            return True
        if t.initial and cues.LINE_START_RE.search(before) and cues.SPEAKER_RE.match(after):
            return True  # a speaker's label: "Halldór: What a wife."
        if t.initial and cues.INITIAL_PREDICATE_RE.match(after):
            return True
        if self.next_is_org(i):
            return False  # "Bow Road"
        if self.starts_pair(i):
            return True
        if self.text[max(0, t.start - 3) : t.start] in ("'s ", "’s "):
            return False  # "Yefremova's Cautionary Tales"
        return (
            not t.initial
            and len(low) > 1
            and prev_low not in cues.PLACE_PREPOSITIONS
            and not self.in_title_case_run(i)
        )

    def after_saint(self, i: int) -> bool:
        """Right after "St" or "Saint", where "St" is not a street ("Cable St Jayden said")."""
        if i < 1 or self.toks[i - 1].text not in ("St", "Saint"):
            return False
        if self.gap(i - 1, i) not in (" ", ". "):
            return False
        street = i >= 2 and self.toks[i - 2].cap and self.gap(i - 2, i - 1) == " "
        return not street

    def person_follows(self, i: int) -> bool:
        after = self.after(i)
        return bool(cues.PERSON_PREDICATE_RE.match(after) or cues.FROM_SPEAKER_RE.match(after))

    def apposition(self, i: int) -> bool:
        """Named between commas after a description: "A Vietnamese boy, Minh, said"."""
        return bool(
            cues.APPOSITION_CUE_RE.search(self.before(i))
            and cues.APPOSITION_END_RE.match(self.after(i))
        )

    def starts_pair(self, i: int) -> bool:
        """Two capitalised unknown words ("Tomomi Nishiyama"), or one and an initial."""
        if i + 1 >= len(self.toks) or self.gap(i, i + 1) != " ":
            return False
        nxt = self.toks[i + 1]
        if len(nxt.text) == 1 and nxt.text.isupper():
            return bool(cues.INITIAL_RE.match(self.text, nxt.end))
        return nxt.cap and nxt.kind in (STRONG, UNKNOWN)

    def in_title_case_run(self, i: int) -> bool:
        """True inside a capitalised title ("Guilty Pleasures: 5 Musicians Of The 70s")."""
        for j in (i - 2, i - 1, i + 1, i + 2):
            if 0 <= j < len(self.toks):
                tok = self.toks[j]
                if tok.cap and not tok.initial and tok.lower in TITLE_FUNCTION_WORDS:
                    # "Directed By: Jana Vítková" is a label, not a title.
                    return not self.text.startswith(":", tok.end)
        return False

    def next_is_org(self, i: int) -> bool:
        for j in range(i + 1, min(i + 3, len(self.toks))):
            if self.toks[j].lower in self.orgs:
                return True
            if not self.toks[j].cap:
                return False
        return False

    # --- words together ----------------------------------------------------------------------
    def pairs(self) -> None:
        """Shapes of two or three words that are a name together.

        "Prince and Major are brothers": two capitalised names joined, then a verb for people.
        "Sari J. Paavolainen": a capitalised word, an initial and a capitalised word.
        "codey m ross": a lower-case word in no list, an initial and a name.
        """
        toks, text = self.toks, self.text
        for i in range(len(toks) - 2):
            a, mid, b = toks[i], toks[i + 1], toks[i + 2]
            if len(mid.text) != 1 or mid.text in ("a", "i", "A") or a.kind == BLOCKED:
                continue
            gaps = (self.gap(i, i + 1), self.gap(i + 1, i + 2))
            if mid.text == "I" and gaps[1] != ". ":
                continue
            if a.cap and b.cap and mid.upper and gaps[0] == " " and gaps[1] in (". ", " "):
                if b.kind != BLOCKED and (gaps[1] == ". " or a.kind != WORD):
                    self.is_name[i] = self.is_name[i + 1] = self.is_name[i + 2] = True
            elif (
                not a.cap
                and not mid.cap
                and gaps == (" ", " ")
                and a.kind == UNKNOWN
                and self.is_name[i + 2]
                and not text[b.start].isupper()
            ):
                self.is_name[i] = self.is_name[i + 1] = True
        for i in range(len(toks) - 2):
            a, conj, b = toks[i], toks[i + 1], toks[i + 2]
            if conj.lower != "and" or not cues.PAIR_PREDICATE_RE.match(self.text, b.end):
                continue
            if a.cap and b.cap:
                if not any(t.kind in (WORD, BLOCKED) or t.lower in self.lex.months for t in (a, b)):
                    self.is_name[i] = self.is_name[i + 2] = True
            elif (
                not (a.cap or b.cap)
                and a.initial
                and all(cues.lower_name_like(t, self.lex) for t in (a, b))
            ):
                self.is_name[i] = self.is_name[i + 2] = True  # "kiki and bo got excluded"

    def extend(self) -> None:
        for _ in range(3):
            changed = False
            for i, t in enumerate(self.toks):
                if self.is_name[i] or (
                    not (t.cap or t.upper) and t.kind in (WORD, BLOCKED) and len(t.lower) > 1
                ):
                    continue  # an everyday word in lower case never joins a name
                if self.continues_name(i) or self.precedes_surname(i) or self.joined_to_name(i):
                    self.is_name[i] = changed = True
            if not changed:
                break

    def continues_name(self, i: int) -> bool:
        """A surname, middle name or initial right after a name."""
        if not i:
            return False
        t, lex = self.toks[i], self.lex
        prev = i - 1
        gap = self.gap(prev, i)
        # "benjamin a seiler", "codey m ross": a lower-case initial between two names.
        if (
            not self.is_name[prev]
            and prev
            and len(self.toks[prev].lower) == 1
            and self.is_name[prev - 1]
            and self.gap(prev - 1, prev) == " "
            and gap in (" ", ". ")
            and not t.cap
            and t.kind in (UNKNOWN, STRONG)
        ):
            self.is_name[prev] = True
            return True
        if not self.is_name[prev]:
            return False
        low = t.lower
        if gap not in (" ", ". ", " . ") and not (gap == "-" and t.cap):
            return False
        if t.cap or t.upper:
            # After a name, a capitalised word is its surname even when it is also a word:
            # "Isaac Heath", "Brad L Key"; only common words and places stop it.
            initial = len(low) == 1 and (
                cues.INITIAL_RE.match(self.text, t.end)
                # "my mate Abdi J got a place": a letter, then lower case or the clause's end
                # ("X" is how transcripts mark a surname left out, so it is not one).
                or (t.text not in "AIOX" and cues.INITIAL_END_RE.match(self.text, t.end))
            )
            initial = initial and t.text.isupper()
            roman = t.upper and low in ("ii", "iii", "iv", "jr", "snr", "jnr")
            if len(low) == 1:
                return bool(initial)
            if low in self.orgs and not lex.listed(low):
                return False  # "George Elliot Hospital"
            # A place after a given name is a surname: "Abby Holloway", "Jack London".
            place = low in lex.non_names and self.toks[prev].lower in lex.first
            return t.kind != BLOCKED or roman or (place and low not in lex.months)
        # "hassan rahman", "patricia desrosiers", "codey m ross" typed in lower case.
        prev_tok = self.toks[prev]
        if prev_tok.cap:
            return False
        if len(low) == 1:
            return low not in ("a", "i") and i + 1 < len(self.toks) and self.gap(i, i + 1) == " "
        return len(low) >= 3 and (t.kind in (UNKNOWN, STRONG) or low in lex.lower_names)

    def precedes_surname(self, i: int) -> bool:
        """A given name that is also a word, right before a surname: "Ruby Patel", "mark okoro"."""
        t, lex = self.toks[i], self.lex
        if i + 1 >= len(self.toks) or self.gap(i, i + 1) != " " or not self.is_name[i + 1]:
            return False
        nxt = self.toks[i + 1]
        if t.kind in (UNKNOWN, STRONG) and t.cap and nxt.cap and len(t.lower) > 1:
            return True  # "Rukiya Ali", "Vu Thi Hoa": a name-like word before a surname
        if (
            t.lower in lex.months
            and t.initial
            and t.cap
            and t.lower in lex.first
            and nxt.cap
            and (nxt.kind == STRONG or (nxt.kind == UNKNOWN and self.person_follows(i + 1)))
        ):
            return True  # "Sunday Okafor (youth worker)", "May Chen said": a given name
        if t.kind != AMBIGUOUS or t.lower in lex.months:
            return False
        # "Vu Thi Hoa", but not "West Bridgford": a surname that is no everyday word.
        if t.lower not in lex.first and (t.lower not in lex.surnames or t.lower in lex.common):
            return False
        if t.cap:
            return nxt.cap and (
                self.lex.listed(nxt.lower) or nxt.kind == UNKNOWN or nxt.lower in lex.towns
            )
        return not nxt.cap and nxt.lower in self.lex.surnames

    def joined_to_name(self, i: int) -> bool:
        """Names joined by "and", "&" or a comma: "Ella and Noah", "silvana, adam and chad"."""
        t, lex = self.toks[i], self.lex
        low = t.lower
        if low in lex.months:
            return t.cap and low in lex.first and more.joined_month(self, i)
        # A word that is also a name ("tee", "Sultan") joins a name only where the pair is plainly
        # people: a verb for both after it ("ray-ray and tee were"), or brackets round it
        # ("(Sultan and Arif)").
        word_like = False
        if t.cap:
            joinable = t.kind in (STRONG, UNKNOWN) or (
                t.kind == AMBIGUOUS and low not in lex.non_names and low not in self.orgs
            )
            if not joinable and t.kind == WORD and not low.endswith("s"):
                joinable = word_like = True
            joinable = joinable and not t.upper
        else:
            joinable = len(low) >= 3 and (t.kind in (UNKNOWN, STRONG) or low in lex.lower_names)
            if not joinable and t.kind == AMBIGUOUS and low in lex.first:
                joinable = word_like = low not in lex.common and low not in cues.GRAMMAR_NAMES
        if not joinable:
            return False
        n = len(self.toks)
        for j in (i - 2, i + 2):
            if 0 <= j < n and self.is_name[j] and self.toks[j].cap == t.cap:
                lo = min(i, j)
                conj = self.toks[lo + 1].lower
                if conj not in {"and", "or", "n"} or self.gap(lo, lo + 1).strip():
                    continue
                if not word_like or (
                    conj != "or"
                    and cues.plainly_people(self.text, self.toks[lo].start, self.toks[lo + 2].end)
                ):
                    return True
        for j in (i - 1, i + 1):
            if word_like:
                break
            if 0 <= j < n and self.is_name[j] and self.toks[j].cap == t.cap:
                lo, hi = min(i, j), max(i, j)
                if self.gap(lo, hi).strip() in {"&", ","}:
                    return True
        return False

    def merge(self) -> list[Span]:
        spans: list[Span] = []
        for i, t in enumerate(self.toks):
            if not self.is_name[i]:
                continue
            if spans and i and self.is_name[i - 1]:
                gap = self.text[spans[-1][2] : t.start]
                if gap.strip() in {"", ".", "-"} and "\n" not in gap:
                    spans[-1] = ("NAME", spans[-1][1], t.end)
                    continue
            spans.append(("NAME", t.start, t.end))
        return spans


def find_names(text: str, blocked_spans: list[tuple[int, int]] | None = None) -> list[Span]:
    """Name spans in ``text``, ignoring words inside ``blocked_spans`` (already found)."""
    return _Finder(text, blocked_spans or []).run()


__all__ = ["find_names", "lexicon"]
