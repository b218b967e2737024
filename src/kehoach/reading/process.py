"""External programs (LibreOffice, Tesseract, ocrmypdf) run with a time limit and killed,
with everything they started, on a timeout or when the caller cancels."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from kehoach.reading.base import ReadError

_POLL = 0.1


def start(cmd: Sequence[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.Popen[bytes]:
    """Start a program in its own process group, so that it can be killed with its children."""
    return subprocess.Popen(list(cmd), stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                            env={**os.environ, **(env or {})}, cwd=cwd, start_new_session=True)


def kill(proc: subprocess.Popen[bytes]) -> None:
    """Kill a program started by `start` and every process in its group."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    proc.communicate()


def wait_all(procs: list[subprocess.Popen[bytes]], deadline: float, on_exit: Callable[[int], None],
             path: Path, what: str) -> None:
    """Wait for programs, calling on_exit(i) as each ends; kill them all on a timeout or
    when on_exit raises (a progress callback cancelling the read)."""
    pending = set(range(len(procs)))
    try:
        while pending:
            for i in sorted(pending):
                if procs[i].poll() is not None:
                    pending.discard(i)
                    on_exit(i)
            if pending and time.monotonic() > deadline:
                raise ReadError(path, f"{what} quá thời gian cho phép ({what} timed out)")
            if pending:
                time.sleep(_POLL)
    finally:
        for proc in procs:
            kill(proc)


def run(cmd: Sequence[str], timeout: float, path: Path, what: str, env: dict[str, str] | None = None) -> bytes:
    """Run one program to its end; its stdout, or ReadError on failure or timeout."""
    proc = start(cmd, env)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        raise ReadError(path, f"{what} quá thời gian cho phép ({what} timed out)") from None
    finally:
        kill(proc)
    if proc.returncode != 0:
        message = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit {proc.returncode}"]
        raise ReadError(path, f"{what} thất bại ({what} failed: {message[0][:200]})")
    return out
