"""Processes of a run, for the tests that check nothing is left behind (ingest workers, serve workers)."""

from __future__ import annotations

import os

import psutil


def live_group(pgid: int) -> list[psutil.Process]:
    """Live processes of a process group (zombies are dead: they only wait to be reaped)."""
    out = []
    for p in psutil.process_iter(["status"]):
        try:
            if os.getpgid(p.pid) == pgid and p.info["status"] != psutil.STATUS_ZOMBIE:
                out.append(p)
        except (ProcessLookupError, psutil.Error):
            pass
    return out
