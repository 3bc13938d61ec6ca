"""Paging for long lists, rendered with the GOV.UK pagination component."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import request, url_for
from sqlalchemy import Select, func, select

from engage import database

PER_PAGE = 25


@dataclass(frozen=True)
class Page:
    items: list[Any]
    number: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def first_index(self) -> int:
        return 0 if self.total == 0 else (self.number - 1) * self.per_page + 1

    @property
    def last_index(self) -> int:
        return min(self.total, self.number * self.per_page)

    def component_params(self) -> dict[str, Any] | None:
        """Parameters for govukPagination, keeping the current filters in every link."""
        if self.pages <= 1:
            return None
        args = {key: value for key, value in request.args.items() if key != "page"}
        endpoint = request.endpoint or ""
        view_args = request.view_args or {}

        def link(number: int) -> str:
            return url_for(endpoint, **view_args, **args, page=number)

        params: dict[str, Any] = {
            "items": [
                {"number": n, "href": link(n), "current": n == self.number}
                for n in range(1, self.pages + 1)
                if n in (1, self.pages) or abs(n - self.number) <= 2
            ],
        }
        # Mark gaps with ellipses, as the GOV.UK pattern does.
        with_gaps: list[dict[str, Any]] = []
        for item in params["items"]:
            if with_gaps and item["number"] - with_gaps[-1].get("number", 0) > 1:
                with_gaps.append({"ellipsis": True})
            with_gaps.append(item)
        params["items"] = with_gaps
        if self.number > 1:
            params["previous"] = {"href": link(self.number - 1)}
        if self.number < self.pages:
            params["next"] = {"href": link(self.number + 1)}
        return params


def requested_page() -> int:
    try:
        return max(1, int(request.args.get("page", "1")))
    except ValueError:
        return 1


def paginate(statement: Select[Any], per_page: int = PER_PAGE, scalars: bool = True) -> Page:
    total = database.session.scalar(
        select(func.count()).select_from(statement.order_by(None).subquery())
    )
    number = requested_page()
    pages = max(1, -(-(total or 0) // per_page))
    number = min(number, pages)
    paged = statement.limit(per_page).offset((number - 1) * per_page)
    result = database.session.execute(paged)
    items = list(result.scalars()) if scalars else list(result)
    return Page(items=items, number=number, per_page=per_page, total=total or 0)
