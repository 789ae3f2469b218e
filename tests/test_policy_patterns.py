"""Policy-supplied regular expressions ([[classifiers.mrn]] patterns) are compiled with RE2.

An administrator's pattern runs on every message; with a backtracking engine a pattern such as
``(\\d+)+X`` stalls the process on one long number. RE2 runs any pattern it accepts in linear time,
and ``policy check`` refuses, naming the key, a pattern RE2 cannot compile.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import re2

from sentinelle.classifiers.config import MrnPattern, compile_pattern
from sentinelle.classifiers.recognizers.mrn import MrnRecognizer
from sentinelle.classifiers.types import Segment
from sentinelle.proxy.policy.loader import parse_policy
from sentinelle.proxy.policy.schema import PolicyError

ROOT = Path(__file__).resolve().parents[1]
CATASTROPHIC = r"(\d+)+X"  # exponential for a backtracking engine on a long digit run without X


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sentinelle.proxy", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


@pytest.mark.parametrize(
    ("pattern", "refused_because"),
    [
        (r"(\d{7})\1", "invalid escape sequence"),  # back-reference: Python re accepts it, RE2 cannot run it
        (r"(?=MRN)\d{7}", "invalid perl operator"),  # look-ahead
        (r"(?<!\d)\d{7}", "invalid perl operator"),  # look-behind
        ("(unclosed", "missing )"),
    ],
)
def test_policy_check_refuses_a_pattern_re2_cannot_compile_naming_the_key(
        tmp_path: Path, pattern: str, refused_because: str) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(f'[[classifiers.mrn]]\nname = "ok"\npattern = \'\\b\\d{{7}}\\b\'\n\n'
                      f'[[classifiers.mrn]]\nname = "bad"\npattern = \'{pattern}\'\n')
    result = run_cli("policy", "check", str(policy), cwd=tmp_path)
    assert result.returncode == 1
    assert "classifiers.mrn[1].pattern: invalid regular expression: RE2 cannot compile it" in result.stderr
    assert refused_because in result.stderr
    assert "classifiers.mrn[0]" not in result.stderr


def test_policy_check_accepts_a_pattern_re2_runs_in_linear_time(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(f'[[classifiers.mrn]]\nname = "slow-in-re"\npattern = \'{CATASTROPHIC}\'\n')
    result = run_cli("policy", "check", str(policy), cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def test_check_with_a_catastrophic_pattern_inspects_a_long_number(tmp_path: Path) -> None:
    """With Python's `re` this message took 21 s of CPU (and grows twofold per digit); with RE2 it is
    one linear pass. The 40-digit number would take hours with backtracking: the command's timeout
    (120 s) fails the test rather than hanging it."""
    policy = tmp_path / "policy.toml"
    policy.write_text(f'[[classifiers.mrn]]\nname = "slow-in-re"\npattern = \'{CATASTROPHIC}\'\n'
                      "context = []\n")
    message = tmp_path / "m.eml"
    message.write_text("From: a@ssss.gouv.qc.ca\nTo: b@ssss.gouv.qc.ca\nSubject: lot\n\n"
                       f"Lot {'1234567890' * 4} Y\n")
    result = run_cli("check", "--json", "--policy", str(policy), "--keyring", str(tmp_path / "none"),
                     str(message), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["recipients"][0]["action"] == "deliver"


def test_loader_compiles_with_re2() -> None:
    (pattern,) = parse_policy(f"[[classifiers.mrn]]\nname = 'x'\npattern = '{CATASTROPHIC}'\n".encode()
                              ).classifiers.mrn_patterns
    assert isinstance(pattern.pattern, re2._Regexp)  # (re2_patterns.Re2Pattern: RE2, the text encoded once)
    recognizer = MrnRecognizer((pattern,))
    assert list(recognizer.recognize(Segment("body", "9" * 5000))) == []
    with pytest.raises(PolicyError) as caught:
        parse_policy(b"[[classifiers.mrn]]\nname = 'x'\npattern = '(a)\\1'\n")
    assert [e.split(":")[0] for e in caught.value.errors] == ["classifiers.mrn[0].pattern"]


def test_compile_pattern_matches_like_the_configured_recognizer() -> None:
    pattern = MrnPattern("h", compile_pattern(r"\bH-?\d{7}\b"), ("dossier",))
    found = MrnRecognizer((pattern,)).recognize(Segment("body", "dossier H-1234567"))
    assert [f.excerpt for f in found] and all("1234567" not in f.excerpt for f in found)
