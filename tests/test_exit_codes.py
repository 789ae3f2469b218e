"""One table of exit codes: in the README, in every command's ``--help``, and followed by the code."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from sentinelle.proxy.cli import EXIT_CODES, main

REPO = Path(__file__).resolve().parents[1]
COMMANDS = [[], ["serve"], ["check"], ["policy"], ["policy", "check"], ["policy", "show"], ["keys"],
            ["keys", "import"], ["keys", "list"], ["keys", "remove"], ["dkim"], ["dkim", "keygen"], ["evaluate"],
            ["quarantine"], ["quarantine", "list"], ["quarantine", "release"], ["index"], ["index", "build"]]


def test_the_readme_prints_the_table() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert EXIT_CODES in readme
    assert len(re.findall(r"^exit codes \(every command\):$", readme, re.MULTILINE)) == 1


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "sentinelle")
def test_every_help_prints_the_table(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*command, "--help"]) == 0
    assert EXIT_CODES in capsys.readouterr().out


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


def test_an_invalid_policy_is_1_in_every_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "policy.toml"
    bad.write_text('[server]\nmax_connections = "many"\n')
    eml = tmp_path / "m.eml"
    eml.write_bytes(b"From: a@ssss.gouv.qc.ca\nTo: b@ssss.gouv.qc.ca\n\nx\n")
    for argv in (["policy", "check", str(bad)], ["policy", "show", str(bad)], ["check", "--policy", str(bad), str(eml)],
                 ["keys", "--policy", str(bad), "list"], ["evaluate", "--policy", str(bad), str(tmp_path)],
                 ["dkim", "keygen", "--policy", str(bad), "--out", str(tmp_path / "k")]):
        code, err = run(capsys, *argv)
        assert (argv[0], code) == (argv[0], 1) and "server.max_connections" in err


def test_serve_with_an_invalid_policy_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "policy.toml"
    bad.write_text('[server]\nmax_connections = "many"\n')
    result = subprocess.run([sys.executable, "-m", "sentinelle.proxy", "serve", "--policy", str(bad)],
                            capture_output=True, text=True, cwd=tmp_path, timeout=120,
                            env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 1 and "server.max_connections" in result.stderr


def test_keys_codes_follow_the_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ring = tmp_path / "ring"
    assert run(capsys, "keys", "--keyring", str(ring), "import", str(tmp_path / "missing.asc"))[0] == 2
    assert run(capsys, "keys", "--keyring", str(ring), "remove", "ABCD")[0] == 2
    assert main(["keys", "import"]) == 2  # argparse: a missing argument
    capsys.readouterr()


NOT_KEYS = [b"not a key\n", b"", b"-----BEGIN PGP MESSAGE-----\n\nhQEMA\n-----END PGP MESSAGE-----\n"]


@pytest.mark.parametrize("content", NOT_KEYS, ids=["text", "empty", "message"])
def test_importing_a_file_without_a_public_key_says_so_and_creates_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes) -> None:
    ring = tmp_path / "ring"
    junk = tmp_path / "junk.asc"
    junk.write_bytes(content)
    code, err = run(capsys, "keys", "--keyring", str(ring), "import", str(junk))
    assert code == 1
    assert "holds no OpenPGP public key" in err and "nothing imported" in err
    assert not ring.exists()
