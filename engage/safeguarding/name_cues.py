"""The words around a name that say a person is meant: "my mate X", "called X", "X said".

Patterns ending in ``$`` are matched against the text just before a word; patterns starting with
``^`` against the text just after it.
"""

from __future__ import annotations

import re

from engage.safeguarding.name_tokens import UNKNOWN, Token
from engage.safeguarding.wordlists import Lexicon, load_sections, load_words

RELATIONS = (
    r"mate|mates|m8|friend|friends|fren|frend|freind|bestie|bestfriend|bff|bro|bruv|brother|sister|"
    r"sis|cousin|cuz|cousins|boyfriend|girlfriend|bf|gf|partner|neighbour|neighbor|classmate|mum|"
    r"mom|dad|uncle|aunt|auntie|aunty|nan|nana|gran|grandma|grandad|stepdad|stepmum|stepbrother|"
    r"stepsister|son|daughter|niece|nephew|teacher|carer|keyworker|key worker|social worker|"
    r"youth worker|sw|foster carer|foster mum|foster dad|mentor|tutor|coach|ex|crush|wife|husband|"
    r"kid|child|baby|grandson|granddaughter|grandmother|grandfather|mother|father|twin|brudda|"
    r"bredrin|bestmate|best mate|counsellor|form tutor|support worker|case worker|caseworker"
)
# Words for a person in a role, after "this", "the", "a": "this boy Kwabena", "the youth worker,
# Dominika".
_ROLES = (
    r"boy|girl|lad|kid|guy|man|woman|lady|bloke|youth worker|worker|teacher|mentor|keyworker|"
    r"key worker|social worker|counsellor|coach|nurse|officer|copper|student|pupil|yp|young person"
)
_MODIFIERS = (
    r"(?:(?:best|little|lil|big|older|younger|baby|step|half|twin|old|new|ex|close|school|online|"
    r"other|fav|favourite|great)[\s-]+)*"
)
RELATION_CUE_RE = re.compile(
    r"\b(?:my|our|his|her|their|ur|your|me|mi|ma)\s+"
    + _MODIFIERS
    + r"(?:"
    + RELATIONS
    + r")(?:\s+(?:was|is))?(?:\s+called)?\s*,?\s*$",
    re.IGNORECASE,
)
DETERMINER_CUE_RE = re.compile(
    r"\b(?:this|that|the|a|one|some|dis|dat)\s+"
    + _MODIFIERS
    + r"(?:"
    + _ROLES
    + r")(?:\s+(?:in|from)\s+(?:my|our|year|yr)\s*\w*)?\s*,?\s*$",
    re.IGNORECASE,
)
# A person described and then named between commas: "A Vietnamese boy, Minh, said", "one young
# person, Tayo, told us", "our newest member, Blessing, said". The word is a name only when the
# apposition closes after it (``APPOSITION_END_RE``).
_PERSON_NOUNS = (
    r"boy|girl|lad|kid|guy|man|woman|lady|child|teen|teenager|youth|yp|young person|person|"
    r"member|participant|attendee|student|pupil|carer|young carer|care leaver|leaver|volunteer|"
    r"rep|representative|ambassador|scrutineer|sibling|resident|twin|one|facilitator|leader|"
    r"worker|coordinator|co-ordinator|manager|officer|host|chair|speaker|" + RELATIONS
)
APPOSITION_CUE_RE = re.compile(
    r"\b(?:a|an|one|another|the|this|that|our|my|their|his|her|your)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:" + _PERSON_NOUNS + r")s?\s*[,(]\s*$",
    re.IGNORECASE,
)
APPOSITION_END_RE = re.compile(
    r"^(?:\s+[A-Z][\w'’-]*)?\s*(?:,|\)|\s+(?:said|says|told|tells|asked|asks|added|explained|"
    r"thinks|thought|feels|felt|wants|wanted|reckons)\b)"
)
# "Joy from Westminster Kingsway College said", "Faith from Poplar says": a word that is also a
# name, then where the speaker is from, then a verb of speech.
FROM_SPEAKER_RE = re.compile(
    r"^\s+from\s+(?:the\s+(?:[\w'’&.-]+\s+){1,5}|(?:the\s+)?(?:\[[A-Z_]+\]\s*|"
    r"(?:[A-Z][\w'’&.-]*\s+){1,5}))"
    r"(?:,\s*)?(?:said|says|told|tells|asked|asks|added|explained|reckons|thinks|thought|feels|felt|"
    r"wants|wanted|shared|spoke|talked|mentioned|described|suggested|"
    # A worker reporting back: "Rose from CAMHS rang back", "Dan from the YOT emailed".
    r"rang|rings|called|calls|phoned|phones|emailed|emails|texted|texts|messaged|wrote|writes|"
    r"replied|replies|visited|visits|came|comes|helped|helps|referred|sorted|got\s+back)\b"
)
# Titles; only the abbreviations take a full stop ("Mr. Wojcik"), since "...a nurse. Day care
# was good" ends a sentence.
TITLE_CUE_RE = re.compile(
    r"(?:\b(?:mr|mrs|ms|mx|dr|prof|rev)\.?|\b(?:miss|sir|dame|mister|master|madam|imam|pastor|"
    r"coach|nurse|doctor|uncle|aunty|auntie|sister|brother|father|nana|nanny|bishop|reverend|"
    r"officer|pc|sheikh|ustadh|ustadha|ustaz|hafiz|maulana))[ \t]*$",
    re.IGNORECASE,
)
NAMING_CUE_RE = re.compile(
    r"(?:\b(?:called|named|name is|name's|names|name was|name:|name -|nickname is|known as|"
    r"(?:last|first|full|sur|given|maiden|middle)\s?name(?:\s+is)?\??|name\?|"
    r"named (?:him|her|them)|call(?:ed|s)? (?:me|him|her|them)|"
    r"call(?:ed|s|ing)? (?:himself|herself|themselves|themself|myself)|"
    r"go(?:es)? by the name(?: of)?|"
    r"ask for|asked for|asking for|goes by|aka|a\.k\.a\.?|signed|shout ?out to|rip|r\.i\.p\.?)"
    r"|^\s*(?:hi|hello|hey|hiya|dear))\s*[:,-]?\s*['\"‘“]?$",
    re.IGNORECASE,
)
# Weaker cues: a listed given name or surname after these is a name even when it is also a word.
SOFT_CUE_RE = re.compile(
    r"\b(?:speak to|spoke to|talk to|talked to|talking to|with|and|met|meet|saw|see|told|tell|"
    r"text|texted|message|messaged|from|by|for|thanks|thank you|cheers|love|says|said|"
    r"shouted at|remember me|leave me|tribute to|under|change it to|add|features|heard|of|me and|"
    r"me n|me an|me &|asked|ask|helped|help|called|call|ring|rang|phoned|including|incl\.?|"
    r"except|like)\s*,?\s*$",
    re.IGNORECASE,
)
# "me and X", "me n X": a word after these is a person's name even when in no list.
WITH_ME_RE = re.compile(r"\b(?:me|i)\s+(?:and|n|an|&)\s*(?:(?:lil|big|yung)\s+)?$", re.IGNORECASE)

_SPEECH = (
    r"said|says|sed|sez|told|tells|asked|asks|reckons|texted|messaged|replied|shouted|explained|"
    r"mentioned|admitted|added|whispered|screamed|snitched"
)
# A bracket after a name that describes a person: "Aistė (Lithuanian, yr 12, ...)", "Jack (lives
# 2nd floor, ...)", "Inês (14, NHS ...)", "Ola (F, 15)".
_PEOPLES = "|".join(sorted(load_words("peoples.txt"), key=len, reverse=True))
_BRACKETED_PERSON = (
    r"\s*\(\s*(?:[^()\n]{0,40}?\b)?(?:\d{1,2}\b|aged?\b|yrs?\s*\d|year\s*\d|y\d{1,2}\b|"
    r"lives\b|dob\b|d\.o\.b|nhs\b|[mf]\s*[,)/]|male\b|female\b|(?:" + _PEOPLES + r")\b|he\b|she\b|"
    r"they\b|his\b|her\b|their\b|in\s+care\b|looked\s+after|young\s+carer|care\s+leaver|"
    r"youth\s+worker|worker\b|mentor\b|teacher\b|volunteer\b)"
)
# Staff known by their first name: "Frank the caretaker lets us stay".
_STAFF = (
    r"caretaker|cleaner|receptionist|librarian|security(?:\s+guard)?|youth\s+worker|manager|"
    r"boss|coach|teacher|mentor|chef|cook|driver|dinner\s+lady|lollipop\s+(?:lady|man)|"
    r"site\s+manager|imam|vicar|pastor|priest|nurse|officer|counsellor|key\s?worker|"
    r"social\s+worker|support\s+worker|volunteer|warden|concierge|owner|barber|tutor"
)
_RELATION_AFTER_POSSESSIVE = (
    r"['’]s\s+" + _MODIFIERS + r"(?:" + RELATIONS + r"|family|parents|phone|number|house|flat|"
    r"place|address|snap|insta|ig|tiktok|account|sister's|brother's|mum's|dad's)\b"
)
# Adverbs between a subject and its verb: "Will nearly got run over", "Jay literally told them".
_ADVERBS = r"nearly|almost|literally|actually|apparently|recently|finally|really|even|once|then"
# After a month ("Summer said") only a verb of speech makes it a name.
SPEECH_VERB_RE = re.compile(r"^\s*(?:" + _SPEECH + r")\b", re.IGNORECASE)
# After any listed or unknown word, even in lower case: a person is meant.
SPEECH_PREDICATE_RE = re.compile(
    r"^(?:['’]s)?\s*(?:(?:"
    + _SPEECH
    + r")\b|(?:and|&|n)\s+(?:i|me)\b|,\s*\d{1,2}\s*,|,\s*aged?\s+\d|"
    r"\s*\(\s*(?:\d{1,2}\s*\)|dob|d\.o\.b|aged?|yr|year)|,\s*(?:year|yr)\s*\d{1,2}\s*,|"
    + _BRACKETED_PERSON
    + r"|"
    + _RELATION_AFTER_POSSESSIVE
    + r")",
    re.IGNORECASE,
)
# After a capitalised word: what people do, have and are. Enough to make "Jack got jumped",
# "Sky is my cousin", "Rose and her little brother" names, while "Mark my words", "May is when",
# "Jack of all trades" and "Hope you are well" stay words.
PERSON_PREDICATE_RE = re.compile(
    r"^(?:['’]s)?\s*(?:(?:" + _ADVERBS + r")\s+)?"
    r"(?:(?:" + _SPEECH + r"|got|gets|keeps|kept|wants|wanted|feels|felt|thinks|"
    r"thought|lives|lived|goes|works|helps|sells|sold|stays|stayed|moved|knows|knew|likes|loves|"
    r"hates|needs|needed|wont|won't|doesnt|doesn't|didnt|didn't|cant|can't|cannot|isnt|isn't|"
    r"wasnt|wasn't|has\s+been|had\s+(?:to|a|no|been)|has\s+(?:a|no|got|to)|runs|ran|plays|"
    r"played|came|comes|went|started|stopped|left|joined|spoke|speaks|talks|talked|tried|"
    r"called|rang|sent|sends|posted|posts|shared|showed|gave|gives|took|takes|brought|brings|"
    r"missed|misses|walks|walked|cried|cries|laughed|ran|fell|lost|won|used|uses|does|did|"
    r"always|never|also|just|still|began|begins|spent|and\s+(?:i|me)|n\s+me)\b|"
    r"(?:is|was|s)\s+(?:my|our|his|her|their|in\s+(?:my|year|yr|the\s+same)|\d{1,2}\b)|"
    r"and\s+(?:his|her|their|my)\s+" + _MODIFIERS + r"(?:" + RELATIONS + r")\b|"
    r",\s*(?:my|our|his|her|their|the|a|an)\s+(?:[\w'-]+\s+){0,2}?(?:"
    + RELATIONS
    + "|"
    + _ROLES
    + r")\s*,|,?\s*from\s+(?:year|yr)\s*\d|from\s+(?:the|my|our|year|yr|\d)\b|,\s*\d{1,2}\b|"
    r"\(\s*(?:\d{1,2}|aged?\s*\d{1,2}|yr\s*\d{1,2}|year\s*\d{1,2})\s*\)|"
    + _BRACKETED_PERSON
    + r"|\s+the\s+(?:"
    + _STAFF
    + r")\b|"
    + _RELATION_AFTER_POSSESSIVE
    + r")",
    re.IGNORECASE,
)
# After "A and B": both are names when a verb for people follows ("Prince and Major are brothers").
PAIR_PREDICATE_RE = re.compile(
    r"\s*(?:are|were|both|said|say|told|got|get|want|wanted|go|went|live|lived|came|come|have|"
    r"had|keep|kept|need|needed|from|play|played|do|did|dont|didnt|don't|didn't|help|helped|"
    r"run|ran|said|asked|think|thought|feel|felt|love|hate|met|walk|walked|is|was)\b",
    re.IGNORECASE,
)
# After a subject: the word after "my friend hope", "my mate will" that makes it a name rather
# than a word ("my friend will help" is a verb).
SUBJECT_FOLLOW_RE = re.compile(
    r"^(?:['’]s\b|\s*[,.!?;:)]|\s*$|\s+(?:is|was|has|had|got|gets|said|says|sed|told|tells|and|n|"
    r"&|keeps|kept|wants|wanted|lives|lived|goes|went|from|who|whos|who's|thinks|reckons|feels|"
    r"felt|knows|likes|loves|hates|does|did|doesnt|didnt|doesn't|didn't|cant|can't|wont|won't|"
    r"isnt|isn't|wasnt|wasn't|never|always|just|also|too|aswell|works|moved|helps|runs|plays|"
    r"sells|came|comes|stays|stayed|asked|texted|messaged|sent|showed|took|started|stopped|left|"
    r"joined|dropped|tried|used|needs|needed|cried|walks|walked|lost|ran|in|at|on|from|\d{1,2})\b)",
    re.IGNORECASE,
)
INITIAL_PREDICATE_RE = re.compile(
    r"^(?:['’]s)?\s+(?:is|was|has|had|will|spent|began|listed|lives|lived|shouted|explained|"
    r"from)\b|^\s+and\s+[A-Z]|^,\s*(?:can|could|would|will|please|i|you|thanks|thank|hope|hi|how|"
    r"are|do|did|we|it's|its)\b|^\s*[?,:]\s+(?:she|he)(?:['’]s|\s+(?:is|was|has|had))\b",
    re.IGNORECASE,
)
SPEAKER_RE = re.compile(r"^\s?:")
LINE_START_RE = re.compile(r"(?:^|\n)[\s>*•?-]*$")
VERBISH_RE = re.compile(r"(?:ing|ed|ly|s)$")
INITIAL_RE = re.compile(r"\.?\s[A-ZÀ-Þ]")
INITIAL_END_RE = re.compile(r"\.?(?:[ \t]+[a-z]|[ \t]*[,;:!?)]|[ \t]*$)")
# Titles that are also the first word of a school's or a saint's name ("bishop challoner", "sir
# john cass", "cardinal pole"): a name after them takes them with it.
NAME_TITLE_PREFIX_RE = re.compile(r"\b(?:sir|bishop|cardinal|saint)[ \t]+$", re.IGNORECASE)
# Nicknames built on "big", "lil", "yung": "big T", "lil k", "Lil Jay".
NICKNAME_RE = re.compile(
    r"\b(?:big|lil|lil'|yung|young|little)\s+(?P<letter>[A-Za-z])\b(?![.'’]?\w)", re.IGNORECASE
)
NICKNAME_PREFIX_RE = re.compile(r"\b(?:big|lil|lil'|yung)\s+$", re.IGNORECASE)
# Words before a capitalised word that make it a place rather than a person.
PLACE_PREPOSITIONS = frozenset(
    [
        "the",
        "at",
        "in",
        "to",
        "near",
        "on",
        "st",
        "saint",
        "of",
        "via",
        "into",
        "around",
        "round",
        "from",
    ]
)
# Words after which a new clause, and so possibly a new subject, begins: "then sara said".
CLAUSE_OPENERS = frozenset(
    ["and", "n", "&", "with", "but", "cos", "because", "so", "then", "when", "if", "while", "until"]
)
# Before a lower-case word these make it a thing, not a person: "the summer said", "a will".
DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "some", "any", "every", "each", "no"]
)
# Words on the name lists that are grammar or everyday words first ("he", "said", "can").
GRAMMAR_NAMES = load_sections("grammar_words.txt")["grammar_names"]
# Someone spoken to: ", Mark!" and "Remember me, Chelsea?"
VOCATIVE_RE = re.compile(r"\w,[ \t]*$")
VOCATIVE_END_RE = re.compile(r"^[ \t]*[!?]")
# Adverbs that follow a misspelt word as readily as a name: "tbh always", "honestli never".
ADVERB_AFTER_RE = re.compile(r"^\s+(?:always|never|also|just|still)\b", re.IGNORECASE)

# A name signing off a comment: "... from like 2015 - Harun", "~ kemi".
SIGNATURE_BEFORE_RE = re.compile(r"(?:^|\s)[-–—~]+[ \t]*$")
SIGNATURE_AFTER_RE = re.compile(r"^(?:[ \t]+[A-Z][\w'’-]*)?[ \t]*[.!xX]*[ \t]*$")
# After "my bro", "my mate": a nickname that is also a word is a name when a verb follows ("my
# bro tee got arrested"); "my mum always said" is kept by the list of everyday words.
NICKNAME_VERB_RE = re.compile(
    r"^\s+(?:got|gets|said|says|sed|told|tells|keeps|kept|wants|wanted|lives|lived|goes|went|"
    r"texted|messaged|reckons|thinks|and\s+(?:me|i))\b",
    re.IGNORECASE,
)
# Code words of safety schemes, said after "ask for": "Ask for ANI" at a pharmacy (Action Needed
# Immediately) and "Ask for Angela" at a bar. They name no one.
SCHEME_WORDS = frozenset(["ani", "angela"])
SCHEME_CUE_RE = re.compile(r"\bask(?:s|ed|ing)?\s+for\s*$", re.IGNORECASE)

# --- lower-case names the general rules leave, each on its own evidence --------------------------
# "me and ebony have to walk": after "me and", a verb in the plural makes a listed name a person.
PLURAL_FOLLOW_RE = re.compile(
    r"^\s+(?:have|had|are|were|both|go|went|get|got|used|walk|walked|live|do|did|dont|don't|"
    r"didnt|didn't|can|could|would|should|always|never|hang|play|played|left|came|come|met|"
    r"share|shared|sit|sat|ran|run)\b",
    re.IGNORECASE,
)
# "i go to school with precious and ...": with a verb of going, living or sitting together, "with"
# names a companion; "treated with grace and dignity" has no such verb.
ACCOMPANY_CUE_RE = re.compile(
    r"\b(?:go|goes|went|going|walk|walks|walked|walking|hang|hangs|hanging|chill|chills|chilling|"
    r"live|lives|lived|living|sit|sits|sat|sitting|share|shares|shared|sharing|play|plays|played|"
    r"playing|travel|travels|travelled|stay|stays|stayed|staying|fell\s+out|out|argued|fighting|"
    r"fought|beef|beefing|link|linked|linking)\b[^.,;!?\n]{0,30}?\bwith\s+$",
    re.IGNORECASE,
)
COMPANION_END_RE = re.compile(r"^\s*(?:[,.!?;)]|$|(?:and|n|&)\s)", re.IGNORECASE)
# "harry's older sister": a name in the possessive before kin.
POSSESSIVE_KIN_RE = re.compile(
    r"^['’]s\s+" + _MODIFIERS + r"(?:" + RELATIONS + r"|family|parents)\b", re.IGNORECASE
)
# After "my mates", "her friends" one name is seldom meant, so a word in no list needs the shape of
# a subject after it ("my mates jay and tom"), not just to be unknown ("her mates screenshot ...").
PLURAL_RELATION_CUE_RE = re.compile(
    r"\b(?:mates|friends|m8s|cousins|brothers|sisters|bros|boys|girls|lot)\s*,?\s*$", re.IGNORECASE
)


def reduplicated_name(low: str, after: str, lex: Lexicon) -> bool:
    """ "ray-ray", "jay-jay", "ky-ky": a name said twice is a nickname, not "bye-bye" or "so-so"."""
    parts = low.split("-")
    if len(parts) != 2 or parts[0] != parts[1] or len(parts[0]) < 2:
        return False
    if parts[0] in lex.first and parts[0] not in lex.common:
        return True
    return lex.unknown(parts[0]) and bool(
        PERSON_PREDICATE_RE.match(after) or SUBJECT_FOLLOW_RE.match(after)
    )


def lower_cued_name(low: str, word_name: bool, before: str, after: str) -> bool:
    """A lower-case listed name that is also a word ("mo", "ebony", "precious", "harry"), or a word
    in no list, in a place only a person stands (``word_name`` says it is such a word)."""
    if not word_name:
        return False
    if NICKNAME_PREFIX_RE.search(before):
        # "big mo from the block said", "lil jay got nicked"
        return bool(PERSON_PREDICATE_RE.match(after) or SUBJECT_FOLLOW_RE.match(after))
    if WITH_ME_RE.search(before) and PLURAL_FOLLOW_RE.match(after):
        return True
    if ACCOMPANY_CUE_RE.search(before) and COMPANION_END_RE.match(after):
        return True
    return bool(POSSESSIVE_KIN_RE.match(after))


def add_nicknames(text: str, spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """ "big T", "lil k": the letter is the name, and the word before it belongs to it."""
    out = list(spans)
    for m in NICKNAME_RE.finditer(text):
        if m.group("letter") in ("a", "i", "I", "u"):
            continue
        if any(s < m.end() and m.start() < e for _, s, e in out):
            continue
        out.append(("NAME", m.start(), m.end()))
    # "lil Jay", "big Mo": a name already found takes the word before it, and so does a title
    # that begins a school's name ("bishop challoner", "sir john cass").
    for k, (kind, s, e) in enumerate(out):
        for prefix in (NICKNAME_PREFIX_RE, NAME_TITLE_PREFIX_RE):
            pm = prefix.search(text, max(0, s - 10), s)
            if pm and pm.end() == s:
                out[k] = (kind, pm.start(), e)
                break
    out.sort(key=lambda f: f[1])
    return out


def plainly_people(text: str, start: int, end: int) -> bool:
    """ "A and B were", "(A and B)": the words from ``start`` to ``end`` are people together."""
    if PAIR_PREDICATE_RE.match(text, end):
        return True
    return text[:start].rstrip().endswith("(") and text[end:].lstrip().startswith(")")


def explicit_cue(before: str) -> bool:
    """A title, a naming word, a relation or a role right before a word: "Mr", "called", "my
    mate", "this boy"."""
    return any(
        r.search(before) for r in (TITLE_CUE_RE, NAMING_CUE_RE, RELATION_CUE_RE, DETERMINER_CUE_RE)
    )


def lower_name_like(t: Token, lex: Lexicon) -> bool:
    """A lower-case word that can be a name: in no list, or a given name that is no everyday
    word ("kiki", "bo", "tee"; not "mum", "school", "will", "he")."""
    if t.kind == UNKNOWN:
        return len(t.lower) >= 2 and not VERBISH_RE.search(t.lower)
    low = t.lower
    return low in lex.first and low not in lex.common and low not in GRAMMAR_NAMES
