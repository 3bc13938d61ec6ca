"""Further shapes of a name in young people's comments, for ``name_more.py``.

Each rule here names a word only with evidence on both sides of it, since the words it admits
(a word in no list in lower case, a given name that is also a word or a place) are everyday words
just as often:

- a word in no list after talking, arguing or falling out with someone, then the clause's end or
  a pronoun: "im not talkin to kez anymore", "i told shona she can";
- a listed given name opening a sentence, then "is"/"was" and a state a person is in: "Noor is
  fasting", "Victoria was late" (not "Hope is important");
- a word in no list ending in "s" opening a sentence, then a verb: "biggs keeps stealing" (the
  older rules take a final "s" for a verb's);
- named between commas after a person and where they are from: "her friend from church,
  Blessing, who";
- a word joined by "and" to a name already found, with a verb for both after the pair: "Moses and
  Abel said", "lil t and skinny were outside".
"""

from __future__ import annotations

import re

from engage.safeguarding import name_cues as cues
from engage.safeguarding.name_tokens import AMBIGUOUS, BLOCKED, STRONG, UNKNOWN, WORD, Finder, Token
from engage.safeguarding.wordlists import Lexicon

_DEALINGS_RE = re.compile(
    r"\b(?:talk(?:ing|in|ed)?|speak(?:ing|in)?|spoke|chat(?:ting|tin|ted)?|argu(?:e|ed|ing|in)|"
    r"fell\s+out|fall(?:ing|in)\s+out|beef(?:ing|in)?|fight(?:ing|in)?|fought|"
    r"link(?:ing|in|ed)?\s+up|hang(?:ing|in)?\s+out|snitch(?:ed|ing|in)?\s+on|"
    r"block(?:ed)?|unblock(?:ed)?|told|tell|telling)(?:\s+(?:to|with|wiv|wid|2))?\s+$",
    re.IGNORECASE,
)
# What follows the person in such a clause: its end, "anymore", "about", or "she"/"he" starting
# what was told.
_DEALINGS_END_RE = re.compile(
    r"^\s*(?:$|[,.!?;)]|(?:anymore|any\s+more|no\s+more|nomore|about|abt|cos|coz|cuz|because|"
    r"since|after|again|today|yesterday|lol|tho|but|and|she|he|shes|hes|she['’]s|he['’]s|"
    r"they|that|at|in|on|for|wen|when|til|till|until)\b)",
    re.IGNORECASE,
)
_STATE_RE = re.compile(
    r"^\s+(?:is|was|isnt|isn't|wasnt|wasn't)\s+(?:(?:always|never|still|so|really|well|proper|"
    r"being|getting|not)\s+)?(?:\w+ing\b|late|off|absent|sick|ill|away|upset|angry|sad|mad|new|"
    r"back|pregnant|excluded|suspended|fasting|moving|gone|missing|scared|worried|quiet|"
    r"lovely|kind|nice|rude|annoying|funny|my|our|his|her|their|in\s+(?:year|yr|my|our)|\d{1,2}\b)",
    re.IGNORECASE,
)
_VERB_AFTER_RE = re.compile(
    r"^\s+(?:keeps|kept|says|said|got|gets|wants|wanted|was|is|has|had|never|always|just|still|"
    r"told|tells|came|comes|went|goes|started|stole|steals|took|takes)\b",
    re.IGNORECASE,
)
_APPOSITION_FROM_RE = re.compile(
    r"\b(?:a|an|one|another|the|this|that|our|my|their|his|her|your)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:friend|mate|bestie|girl|boy|lad|guy|cousin|neighbour|classmate|kid|woman|man|lady)s?"
    r"\s+(?:from|at|in|off)\s+(?:the\s+|my\s+|our\s+)?[\w'’-]+\s*,\s*$",
    re.IGNORECASE,
)
_PAIR_VERB_RE = re.compile(
    r"^\s+(?:were|are|said|say|got|get|keep|kept|have|had|both|went|came|left|told|tell|was|"
    r"started|always|never|just|still|from\s+the\s+\w+\s+(?:keep|were|are|got|always))\b",
    re.IGNORECASE,
)
_COORD = frozenset(["and", "&", "n"])


def _open(t: Token, lex: Lexicon) -> bool:
    """Not a common word, grammar word, month or organisation; two letters or more."""
    low = t.lower
    return (
        len(low) >= 2
        and low not in lex.common
        and low not in cues.GRAMMAR_NAMES
        and low not in lex.months
        and not (t.kind == BLOCKED and not t.cap)
    )


def _lettered(f: Finder, i: int) -> bool:
    """A letter after "lil" or "big" is a nickname: "lil t", "big j"."""
    tok = f.toks[i]
    return len(tok.lower) == 1 and bool(cues.NICKNAME_PREFIX_RE.search(f.text[: tok.start]))


def _clause_start(f: Finder, i: int) -> bool:
    t = f.toks[i]
    return t.initial or (i > 0 and f.toks[i - 1].lower in cues.CLAUSE_OPENERS)


def judge_extra(f: Finder, i: int) -> bool:
    """Whether token ``i`` is a name by one of the shapes above (single-word rules)."""
    t, lex = f.toks[i], f.lex
    low = t.lower
    if t.upper or not _open(t, lex):
        return False
    if not t.cap:
        if i >= 2 and f.toks[i - 1].lower in _COORD and _lettered(f, i - 2):
            # "lil t and skinny were outside": ``coordinate`` runs only once a name is found,
            # and "lil t" is found later, by ``add_nicknames``.
            return bool(_PAIR_VERB_RE.match(f.after(i)))
        if t.kind == UNKNOWN and len(low) >= 3 and not re.search(r"(?:ing|ed|ly)$", low):
            if _DEALINGS_RE.search(f.before(i)) and _DEALINGS_END_RE.match(f.after(i)):
                return True
            if (
                low.endswith("s")
                and not low.endswith("ss")
                and _clause_start(f, i)
                and _VERB_AFTER_RE.match(f.after(i))
            ):
                return True  # "biggs keeps stealing"
        return False
    if t.kind == AMBIGUOUS and low in lex.first and t.initial and _STATE_RE.match(f.after(i)):
        return True  # "Noor is fasting", "Victoria was late"
    if t.kind in (AMBIGUOUS, STRONG, UNKNOWN) and _APPOSITION_FROM_RE.search(f.before(i)):
        return bool(cues.APPOSITION_END_RE.match(f.after(i)))
    if t.kind == UNKNOWN and low.endswith("s") and t.initial:
        return bool(_VERB_AFTER_RE.match(f.after(i)))
    return False


def coordinate(f: Finder) -> None:
    """A word joined by "and" to a name found, then a verb for both: both are names."""
    toks, n = f.toks, len(f.toks)
    for i in range(n - 2):
        if toks[i + 1].lower not in _COORD:
            continue
        for a, b in ((i, i + 2), (i + 2, i)):
            # "lil t" is found after this pass (``add_nicknames``): a letter after "lil" counts.
            lettered = _lettered(f, b)
            if (f.is_name[b] or lettered) and not f.is_name[a]:
                t = toks[a]
                if not _open(t, f.lex) or t.upper or len(t.lower) < 3:
                    continue
                if t.cap != toks[b].cap and toks[b].cap and not toks[b].initial and not lettered:
                    continue  # "Kemi and sugar": a word in another case is not her partner
                # An everyday word in lower case is a nickname only next to a nickname shape
                # ("lil t and skinny") and before a plural verb.
                if (
                    t.kind == WORD
                    and t.lower in f.lex.dictionary
                    and not t.cap
                    and not cues.NICKNAME_PREFIX_RE.search(f.text[: toks[min(a, b)].start])
                ):
                    continue
                if _PAIR_VERB_RE.match(f.text[toks[i + 2].end : toks[i + 2].end + 40]):
                    f.is_name[a] = True
