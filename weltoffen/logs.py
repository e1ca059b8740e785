"""Structured logs: one JSON object per line (time, level, logger, message, and for requests the
method, path and status), for journald or a log collector."""

import json
import logging
import threading
import time


class JsonFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "method"):
            entry.update(method=request.method, path=request.path)
        if hasattr(record, "status_code"):
            entry["status"] = record.status_code
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


class CacheOutageFilter(logging.Filter):
    """django-redis logs each cache error it treats as a miss, as an ERROR with its traceback:
    while Redis is away, that would be a line for every cache access. This turns them into one
    WARNING per process and minute that names the error and how many were left out."""

    interval = 60.0  # seconds

    def __init__(self, name=""):
        super().__init__(name)
        self.last, self.left_out, self.lock = None, 0, threading.Lock()

    def filter(self, record):
        now = time.monotonic()
        with self.lock:
            if self.last is not None and now - self.last < self.interval:
                self.left_out += 1
                return False
            self.last, left_out, self.left_out = now, self.left_out, 0
        error = record.exc_info[1] if record.exc_info else record.getMessage()
        record.levelno, record.levelname = logging.WARNING, logging.getLevelName(logging.WARNING)
        record.msg = "Cache unreachable, its reads are misses and its writes are lost: %s%s"
        record.args = (error, f" ({left_out} more since the last warning)" if left_out else "")
        record.exc_info = record.exc_text = None
        return True
