"""Outgoing e-mail: SMTP when configured; otherwise printed to the log in development only."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage

from flask import current_app

from engage.config import Settings


def send_mail(to: str, subject: str, body: str, secret_link: bool = False) -> bool:
    """Returns True when the message was handed to an SMTP server.

    Bodies are built by the app from names and links, never from comment text. A body holding a
    secret link is only ever logged in development, where there is no real mailbox.
    """
    settings: Settings = current_app.config["ENGAGE"]
    if current_app.config.get("ENGAGE_MAIL_SUPPRESSED"):
        return False
    if not settings.smtp_configured:
        if settings.is_development:
            current_app.logger.info(
                "e-mail (development, not sent) to %s: %s\n%s", to, subject, body
            )
        elif not secret_link:
            current_app.logger.info("e-mail not sent (no SMTP configured): %s", subject)
        return False
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    try:
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=10) as smtp:
            if settings.smtp_use_tls:
                smtp.starttls()
            if settings.smtp_username:
                smtp.login(settings.smtp_username, settings.smtp_password)
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException):
        current_app.logger.warning("e-mail to a user could not be sent: %s", subject)
        return False
    return True
