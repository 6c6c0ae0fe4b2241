"""A one-line progress bar on stderr, for runs over many files."""

from __future__ import annotations

import sys
from typing import TextIO

WIDTH = 30


class Progress:
    def __init__(self, total: int, stream: TextIO | None = None, enabled: bool | None = None):
        self.total = total
        self.stream = stream or sys.stderr
        self.enabled = total > 1 if enabled is None else enabled
        self.done = 0
        self._shown = -1

    def step(self, label: str = "") -> None:
        self.done += 1
        if not self.enabled:
            return
        # On a terminal redraw every step; in a log write about twenty lines, not one per file.
        tty = getattr(self.stream, "isatty", lambda: False)()
        bucket = self.done * 20 // self.total
        if not tty and bucket == self._shown and self.done != self.total:
            return
        self._shown = bucket
        filled = self.done * WIDTH // self.total
        bar = "#" * filled + "." * (WIDTH - filled)
        line = f"[{bar}] {self.done}/{self.total} {label[-40:]}"
        self.stream.write(("\r" + line.ljust(WIDTH + 55)) if tty else line + "\n")
        if tty and self.done == self.total:
            self.stream.write("\n")
        self.stream.flush()
