"""In-app notifications, with e-mail where SMTP is configured and the person wants it."""
