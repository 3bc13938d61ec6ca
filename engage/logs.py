"""Logging that never carries comment text.

Exception messages can quote user input (a failed insert, a parse error on a pasted comment), so
tracebacks are logged as frames plus the exception's type only. The filter rewrites the record
itself, so every formatter downstream sees only the safe version.
"""

from __future__ import annotations

import logging
import sys
import traceback
from typing import TextIO


def safe_traceback(exc_info: tuple[type[BaseException], BaseException, object] | None) -> str:
    if not exc_info or exc_info[0] is None:
        return ""
    exc_type, _exc, tb = exc_info
    frames = "".join(traceback.format_tb(tb))  # type: ignore[arg-type]
    return f"Traceback (most recent call last):\n{frames}{exc_type.__name__} (message withheld)"


class WithholdExceptionMessages(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info:
            record.exc_text = safe_traceback(record.exc_info)  # type: ignore[arg-type]
            record.exc_info = None
        return True


def make_handler(stream: TextIO | None = None) -> logging.Handler:
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(WithholdExceptionMessages())
    return handler


def configure_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    root.handlers = [make_handler()]
    root.setLevel(level)
    # Alembic announces every plugin it loads at INFO; only its warnings are worth reading here.
    logging.getLogger("alembic").setLevel(logging.WARNING)
