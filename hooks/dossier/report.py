"""What the hooks tell contributors about a build: each message one line, notes capped, one summary per serve rebuild.

Plain logging: the hook gives its logger and this build's counts; nothing here knows MkDocs.
"""

from __future__ import annotations

import logging

from .model import Level
from .text import one_line


class OneLine(logging.Filter):
    """Every message is one line of at most 300 characters (with MkDocs' level before it)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = one_line(record.getMessage()), ()
        return True


class Report:
    """The sources' problems and a few notes, for one build.

    Every warning is logged; the notes (INFO) up to :data:`NOTES`, then one line saying how many
    more there are (``--verbose`` lists them). A `mkdocs serve` rebuild repeats nothing the last build
    said (but warnings under ``--strict``, which counts them) and ends with one summary line.
    """

    NOTES = 8

    def __init__(self, log: logging.Logger) -> None:
        self.log = log
        self.builds = 0
        self.last: set[str] = set()  # everything the last build had to say
        self.messages: list[tuple[Level, str]] = []

    def add(self, level: Level, message: str) -> None:
        self.messages.append((level, one_line(message)))

    def flush(self, serve: bool, strict: bool, articles: int, analysed: int, unchanged: int) -> None:
        """Log this build's messages; ``articles``, ``analysed`` and ``unchanged`` make the serve summary."""
        log = self.log
        rebuild = serve and self.builds > 0
        fresh = [(level, message) for level, message in self.messages if not rebuild or message not in self.last]
        if rebuild and strict:  # --strict fails a build on the warnings it is told: tell them all again
            fresh += [(level, m) for level, m in self.messages if level is Level.WARNING and m in self.last]
        notes = [message for level, message in fresh if level is Level.INFO]
        for level, message in fresh:
            if level is Level.WARNING:
                log.warning(message)
        for message in notes[: self.NOTES]:
            log.info(message)
        for message in notes[self.NOTES :]:
            log.debug(message)
        if len(notes) > self.NOTES:
            more = len(notes) - self.NOTES
            log.info(f"… and {more} more note{'s' * (more != 1)} like these: `mkdocs build --verbose` lists them")
        if serve:
            log.info(self.summary(articles, analysed, unchanged, len(fresh), rebuild))
        self.builds += 1
        self.last = {message for _, message in self.messages}
        self.messages = []

    def summary(self, articles: int, analysed: int, unchanged: int, shown: int, rebuild: bool) -> str:
        """One line per `mkdocs serve` build: articles, what was analysed again, the problems."""
        warnings = sum(level is Level.WARNING for level, _ in self.messages)
        notes = len(self.messages) - warnings
        files = analysed + unchanged
        skipped = f", {files - articles} skipped" if files > articles else ""
        said = f"{warnings} warning{'s' * (warnings != 1)}, {notes} note{'s' * (notes != 1)}"
        if rebuild and shown < len(self.messages):
            said += f" ({shown} new above, the others as in the last build)" if shown else " (as in the last build)"
        return f"dossier: {articles} articles ({analysed} analysed, {unchanged} unchanged{skipped}); {said}"
