"""Child processes die with the process that started them.

Why: nothing tells a pool worker that its parent was SIGKILLed (or OOM-killed). A ``ProcessPoolExecutor``
worker waits on its call queue forever, and because every worker holds the forkserver's "alive" pipe and the
resource tracker's pipe, those two stay too: ~600 MB left behind per ingest. uvicorn's worker processes
would likewise keep serving after their supervisor is gone. So each child watches the parent it belongs to
and exits the moment it is gone.

How: a daemon thread waits on a pidfd of the parent (Linux >= 5.3: woken by the kernel when the process
exits, immune to pid reuse); where pidfds are missing it polls once a second. The parent's pid is passed
explicitly (``os.getppid()`` would be the forkserver, not the ingest), and a parent already gone when the
watch starts ends the child at once, so there is no window in which an orphan can slip through.
"""

from __future__ import annotations

import os
import select
import threading
import time

ORPHAN_EXIT = 70
"""Exit status of a child whose parent vanished (nobody reads it; it tells it apart in a core dump or strace)."""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def _wait_then_exit(pid: int, fd: int | None, poll: float) -> None:
    if fd is not None:
        select.select([fd], [], [])  # a pidfd becomes readable when its process exits
    else:
        while _alive(pid):
            time.sleep(poll)
    os._exit(ORPHAN_EXIT)  # no cleanup: the parent that would collect results is gone


def watch_parent(pid: int, poll: float = 1.0) -> None:
    """End this process as soon as process ``pid`` has exited; returns at once (a daemon thread watches).

    Call it first thing in a child (a pool initializer, an app factory in a server worker).
    """
    if pid == os.getpid():
        return
    fd: int | None = None
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        os._exit(ORPHAN_EXIT)
    except (AttributeError, OSError):  # not Linux, or a kernel without pidfd_open: poll instead
        if not _alive(pid):
            os._exit(ORPHAN_EXIT)
    threading.Thread(target=_wait_then_exit, args=(pid, fd, poll), name="detente-lifeline", daemon=True).start()
