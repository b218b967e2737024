"""External programs (LibreOffice, Tesseract, ocrmypdf) run with a time limit and killed,
with everything they started, on a timeout or when the caller cancels."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kehoach.reading.base import ReadError

_POLL = 0.1


def start(
    cmd: Sequence[str],
    env: dict[str, str] | None = None,
    output: Any = subprocess.PIPE,
    errors: Any = subprocess.PIPE,
) -> subprocess.Popen[bytes]:
    """Start a program in its own process group, so that it can be killed with its children."""
    return subprocess.Popen(
        list(cmd),
        stdout=output,
        stderr=errors,
        stdin=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
        start_new_session=True,
    )


def kill(proc: subprocess.Popen[bytes]) -> None:
    """Kill a program started by `start` and every process in its group, and reap it."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)  # the group may outlive its leader: always sweep it
    proc.wait()


def run_parallel(
    cmds: list[list[str]],
    jobs: int,
    deadline: float,
    on_exit: Callable[[int, int], None],
    path: Path,
    what: str,
    env: dict[str, str] | None = None,
) -> None:
    """Run programs, at most `jobs` at a time, calling on_exit(i, returncode) as each ends. All
    are killed on a timeout or when on_exit raises (a progress callback cancelling the read)."""
    waiting = list(range(len(cmds)))
    running: dict[int, subprocess.Popen[bytes]] = {}
    try:
        while waiting or running:
            while waiting and len(running) < jobs:
                i = waiting.pop(0)
                running[i] = start(cmds[i], env, output=subprocess.DEVNULL, errors=subprocess.DEVNULL)
            for i, proc in list(running.items()):
                if proc.poll() is not None:
                    del running[i]
                    on_exit(i, proc.returncode)
            if time.monotonic() > deadline:
                raise ReadError(path, f"{what} quá thời gian cho phép ({what} timed out)")
            if running:
                time.sleep(_POLL)
    finally:
        for proc in running.values():
            kill(proc)


def run(
    cmd: Sequence[str], timeout: float, path: Path, what: str, env: dict[str, str] | None = None
) -> bytes:
    """Run one program to its end; its stdout, or ReadError on failure or timeout."""
    proc = start(cmd, env)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        raise ReadError(path, f"{what} quá thời gian cho phép ({what} timed out)") from None
    finally:
        kill(proc)
        for stream in (proc.stdout, proc.stderr):
            if stream:
                stream.close()
    if proc.returncode != 0:
        message = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit {proc.returncode}"]
        raise ReadError(path, f"{what} thất bại ({what} failed: {message[0][:200]})")
    return out
