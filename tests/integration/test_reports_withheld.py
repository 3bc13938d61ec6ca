"""Property: a withheld comment never appears in any export, whatever it says."""

from __future__ import annotations

import io

import docx
import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engage.roles import Role
from tests.integration.test_reports_data import make_session, make_theme

secret = st.text(
    alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd")), min_size=12, max_size=30
).map(lambda s: "WITHHELD" + s)


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(secret)
def test_a_withheld_comment_never_appears_in_any_export(as_role, db, group, text):
    client, _ = as_role(Role.COORDINATOR)
    theme = make_theme(db, "Pictures shared")
    make_session(
        db,
        group("Youth Council"),
        [(f"pics shared {n}", theme, 0.0) for n in range(6)] + [(text, theme, 0.0)],
        withheld=(6,),
    )
    for fmt in ("csv", "xlsx", "docx"):
        body = client.get(f"/reports/themes/export.{fmt}").get_data()
        if fmt == "csv":
            content = body.decode()
        elif fmt == "xlsx":
            book = openpyxl.load_workbook(io.BytesIO(body))
            content = " ".join(
                str(c) for s in book for r in s.iter_rows(values_only=True) for c in r
            )
        else:
            document = docx.Document(io.BytesIO(body))
            content = " ".join(p.text for p in document.paragraphs) + " ".join(
                c.text for t in document.tables for r in t.rows for c in r.cells
            )
        assert text not in content
        assert "pics shared" in content or fmt != "csv"
    page = client.get("/reports/themes").get_data(as_text=True)
    assert text not in page
