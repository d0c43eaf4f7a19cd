"""`detente serve` on every core (issue 10, item 9; issue 9, item 7): worker processes that die with the
server, a response cache for a store that cannot change while served, and a clear line for a busy port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import psutil
from typer.testing import CliRunner

from detente.cli import app as cli
from tests.processes import live_group


def test_repeated_questions_are_answered_from_the_cache(client):
    url = "/api/dyads?limit=5&directed=true"
    first = client.get(url)
    again = client.get("/api/dyads?directed=true&limit=5")  # the same question, parameters in another order
    assert first.status_code == again.status_code == 200 and first.content == again.content
    assert (first.headers["x-cache"], again.headers["x-cache"]) == ("miss", "hit")
    assert again.headers["etag"] == first.headers["etag"] and again.headers["content-type"] == "application/json"
    assert client.get(url, headers={"If-None-Match": first.headers["etag"]}).status_code == 304
    assert "x-cache" not in client.get(url, headers={"Cache-Control": "no-cache"}).headers  # a real query
    assert client.get(url, headers={"Host": "localhost"}).headers["x-cache"] == "miss"  # Host is part of the key


def test_errors_and_streams_are_not_cached(client):
    for _ in range(2):
        bad = client.get("/api/events?limit=0")
        assert bad.status_code == 422 and "x-cache" not in bad.headers
        csv = client.get("/api/events.csv?limit=2")
        assert csv.status_code == 200 and "x-cache" not in csv.headers


def test_a_busy_port_is_one_line_and_exit_code_5(db_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--db", str(db_path), "--port", str(port)])
    assert result.exit_code == 5, result.output
    assert result.stderr.startswith(f"error: port {port} on 127.0.0.1 is already in use")
    assert "serving" not in result.stderr and result.stderr.count("\n") == 1


def test_workers_serve_in_parallel_and_die_with_the_server(db_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "detente", "serve", "--db", str(db_path), "--port", str(port),
                               "--workers", "2"], stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/meta", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
            assert server.poll() is None and time.monotonic() < deadline, server.stderr.read()
        banner = server.stderr.readline()
        assert "2 workers" in banner and f"http://127.0.0.1:{port}/" in banner
        answering = {p.pid for p in psutil.Process(server.pid).children() if "spawn_main" in " ".join(p.cmdline())}
        assert len(answering) == 2
        for _ in range(4):
            assert httpx.get(f"http://127.0.0.1:{port}/api/dyads", timeout=10).status_code == 200
        os.kill(server.pid, signal.SIGKILL)  # the supervisor only: its workers must not keep serving
        server.wait()
        deadline = time.monotonic() + 30
        while live_group(server.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert live_group(server.pid) == []
    finally:
        for p in live_group(server.pid):
            p.kill()
        server.stderr.close()
