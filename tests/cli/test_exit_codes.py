"""One table of exit codes (docs/exit-codes.md) and the constants every command uses agree; Ctrl-C is 130."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from detente.cli import app, common

DOC = Path(__file__).resolve().parents[2] / "docs" / "exit-codes.md"


def test_the_table_lists_every_constant_with_its_value():
    rows = dict(re.findall(r"^\| (\d+) \| `(EXIT_\w+)` \|", DOC.read_text(encoding="utf-8"), re.M))
    constants = {name: value for name, value in vars(common).items() if name.startswith("EXIT_")}
    assert {name: int(code) for code, name in rows.items()} == constants


def test_ctrl_c_is_130_with_one_line(monkeypatch, tmp_path):
    from detente.store import stats

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(stats, "compute_stats", interrupted)
    db = tmp_path / "s.duckdb"
    from detente.store.database import open_store

    open_store(db).close()
    result = CliRunner().invoke(app, ["stats", "--db", str(db)])
    assert result.exit_code == 130 and result.stderr == "error: interrupted\n"
