"""Development e-mail backend: prints e-mails readably (decoded), so links can be copied from the
terminal. `check --deploy` rejects it for production (see weltoffen.checks)."""

import sys
import threading

from django.core.mail.backends.base import BaseEmailBackend


class ReadableConsoleBackend(BaseEmailBackend):
    def __init__(self, *args, stream=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.stream = stream or sys.stdout
        self._lock = threading.RLock()

    def send_messages(self, email_messages):
        with self._lock:
            for message in email_messages:
                self.stream.write(
                    f"{'-' * 72}\nVon: {message.from_email}\nAn: {', '.join(message.to)}\n"
                    f"Betreff: {message.subject}\n\n{message.body}\n{'-' * 72}\n"
                )
            self.stream.flush()
        return len(email_messages)
