"""Work a forked process does while MkDocs writes the pages (`mkdocs build` only).

MkDocs renders and writes the pages in one process, on one processor. What the
hooks do meanwhile that needs no more of MkDocs than it has already given can be
done by a copy of this process, on another processor: :class:`DataWriter` writes
the open data, :class:`Ahead` writes the generated pages out before MkDocs asks
for them. The results are those this process would make (the same functions, on
a copy of the same objects); when the other process cannot be started or fails,
this one does the work itself, so nothing but speed depends on it.

Forking is safe only when no other thread runs (:func:`dossier.corpus.can_fork`):
`mkdocs serve` never gets here. The forked process leaves with ``os._exit``: it
runs nothing of this process's (no ``atexit``, no buffers flushed twice).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import struct
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from . import export


def _fork() -> int | None:
    """``os.fork()``, or None when the system refuses."""
    try:
        return os.fork()
    except OSError:
        return None


def _reap(pid: int, kill: bool) -> int | None:
    """Wait for the process (killed first if ``kill``); its exit status, None if it was gone."""
    if kill:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    try:
        return os.waitpid(pid, 0)[1]
    except ChildProcessError:
        return None


class DataWriter:
    """The open data (``site/data/*.json``) written by a forked process while MkDocs writes the pages.

    The files are the same as when written in this process (:func:`export.write_files`), which
    the caller does when :meth:`done` says the process failed (reporting the error then).
    """

    NONE: DataWriter  # no process: the data is written in this one

    def __init__(self, pid: int | None) -> None:
        self.pid = pid

    @classmethod
    def start(cls, site_dir: Path, files: dict[str, export.DataFile]) -> DataWriter:
        pid = _fork()
        if pid is None:
            return cls.NONE
        if pid == 0:  # the child: write, and leave
            status = 1
            try:
                export.write_files(site_dir, files)
                status = 0
            finally:
                os._exit(status)
        return cls(pid)

    def done(self) -> bool:
        """Wait for the process: whether it wrote every file."""
        if self.pid is None:
            return False
        pid, self.pid = self.pid, None
        return _reap(pid, kill=False) == 0

    def stop(self) -> None:
        if self.pid is not None:
            pid, self.pid = self.pid, None
            _reap(pid, kill=True)


DataWriter.NONE = DataWriter(None)

# Where a job's result lies in the spool file: offset and length (-1: the job raised).
_PLACE = struct.Struct("<qq")


class Ahead:
    """Jobs done in order by a forked process; each result is taken by name when this process needs it.

    The process pickles each result into a spool file (unnamed, gone when closed) as
    soon as it is made, and says where through a pipe; it is done long before
    MkDocs has written the pages, and this process reads each result once, when
    it needs it: it never holds more than one. :meth:`take` gives None for a
    job the process did not do (it raised, or the process failed): the caller
    does it then.
    """

    def __init__(self, pid: int, names: dict[str, int], spool: Any, places: int) -> None:
        self.pid: int | None = pid
        self.names = names  # job name -> its index
        self.spool = spool
        self.places: int | None = places  # the pipe's reading end
        self.received: list[tuple[int, int]] = []
        self._buffer = b""

    @classmethod
    def start(cls, jobs: Sequence[tuple[str, Callable[[], Any]]]) -> Ahead | None:
        if not jobs:
            return None
        try:
            spool = tempfile.TemporaryFile()  # noqa: SIM115 (closed by stop)
            reading, writing = os.pipe()
        except OSError:
            return None
        with contextlib.suppress(AttributeError, OSError):  # a larger pipe: the process never waits for this one
            import fcntl

            fcntl.fcntl(writing, fcntl.F_SETPIPE_SZ, max(_PLACE.size * len(jobs), 65536))
        pid = _fork()
        if pid is None:
            spool.close()
            os.close(reading)
            os.close(writing)
            return None
        if pid == 0:  # the child: each result to the spool file, its place to the pipe
            status = 1
            try:
                os.close(reading)
                fd, offset = spool.fileno(), 0
                for _, job in jobs:
                    try:
                        data = pickle.dumps(job(), protocol=pickle.HIGHEST_PROTOCOL)
                    except Exception:
                        os.write(writing, _PLACE.pack(0, -1))
                        break
                    written = 0
                    while written < len(data):  # pwrite: the file's offset is shared with the parent
                        written += os.pwrite(fd, memoryview(data)[written:], offset + written)
                    os.write(writing, _PLACE.pack(offset, len(data)))
                    offset += len(data)
                status = 0
            finally:
                os._exit(status)
        os.close(writing)
        return cls(pid, {name: i for i, (name, _) in enumerate(jobs)}, spool, reading)

    def take(self, name: str) -> Any:
        """The result of job ``name``, waiting for it if needed; None when this process must do it."""
        index = self.names.get(name)
        if index is None:
            return None
        while len(self.received) <= index and self.places is not None:
            try:
                chunk = os.read(self.places, 65536)
            except OSError:
                chunk = b""
            if not chunk:  # the process ended: what it did not do is done here
                os.close(self.places)
                self.places = None
                break
            self._buffer += chunk
            whole = len(self._buffer) - len(self._buffer) % _PLACE.size
            self.received += _PLACE.iter_unpack(self._buffer[:whole])
            self._buffer = self._buffer[whole:]
        if index >= len(self.received):
            return None
        offset, length = self.received[index]
        if length < 0:
            return None
        try:
            data = os.pread(self.spool.fileno(), length, offset)
            return pickle.loads(data) if len(data) == length else None
        except Exception:
            return None

    def stop(self) -> None:
        """Wait for the process (killed if it is still at work), and let the spool file go."""
        if self.places is not None:
            os.close(self.places)
            self.places = None
        if self.pid is not None:
            pid, self.pid = self.pid, None
            _reap(pid, kill=True)
        self.spool.close()
