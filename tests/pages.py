"""Checks every HTML page the test client sees: a title, unique ids, and nonce'd scripts."""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser


class PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.title = ""
        self._in_title = False
        self._in_main = 0
        self.scripts_without_nonce = 0
        self.text_parts: list[str] = []
        self.main_text_parts: list[str] = []
        self.links: list[str] = []
        self.forms_without_csrf = 0
        self._form_stack: list[dict[str, object]] = []
        self.h1: list[str] = []
        self._in_h1 = False
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.append(str(attributes["id"]))
        if tag == "title":
            self._in_title = True
        if tag == "main":
            self._in_main += 1
        if tag == "h1":
            self._in_h1 = True
            self.h1.append("")
        if tag in {"script", "style"}:
            self._skip += 1
        if tag == "script" and not attributes.get("nonce"):
            self.scripts_without_nonce += 1
        if tag == "a" and attributes.get("href"):
            self.links.append(str(attributes["href"]))
        if tag == "form":
            self._form_stack.append(
                {"method": (attributes.get("method") or "get").lower(), "csrf": False}
            )
        if tag == "input" and attributes.get("name") == "csrf_token" and self._form_stack:
            self._form_stack[-1]["csrf"] = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "main":
            self._in_main -= 1
        if tag == "h1":
            self._in_h1 = False
        if tag in {"script", "style"}:
            self._skip -= 1
        if tag == "form" and self._form_stack:
            form = self._form_stack.pop()
            if form["method"] == "post" and not form["csrf"]:
                self.forms_without_csrf += 1

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if self._skip:
            return
        self.text_parts.append(data)
        if self._in_main:
            self.main_text_parts.append(data)
        if self._in_h1 and self.h1:
            self.h1[-1] += data

    @property
    def text(self) -> str:
        return re.sub(r"\s+", " ", " ".join(self.text_parts)).strip()

    @property
    def main_text(self) -> str:
        return re.sub(r"\s+", " ", " ".join(self.main_text_parts)).strip()


def parse(html: str) -> PageParser:
    parser = PageParser()
    parser.feed(html)
    return parser


def check_page(html: str, csrf_enabled: bool = True) -> PageParser:
    page = parse(html)
    assert page.title.strip(), "every page has a title"
    duplicates = [key for key, count in Counter(page.ids).items() if count > 1]
    assert not duplicates, f"duplicate ids on the page: {duplicates}"
    assert page.scripts_without_nonce == 0, "every script carries the CSP nonce"
    if csrf_enabled:
        assert page.forms_without_csrf == 0, "every POST form carries a CSRF token"
    assert len(page.h1) == 1, f"a page has exactly one h1, found {page.h1}"
    return page
