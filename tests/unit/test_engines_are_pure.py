"""The text engines can be benchmarked and run from the command line without the web app."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_engines_does_not_load_flask():
    code = (
        "import sys; import engage.safeguarding, engage.themes, engage.reports.disclosure, "
        "engage.scrutineers.deadlines; print('flask' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
