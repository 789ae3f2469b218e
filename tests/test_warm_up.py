"""The classifier warm-up before ``serve --workers N`` forks (``classifiers.warmup``, ``server.warm_up_seconds``).

Warming up builds caches only: a warmed classifier finds exactly what a cold one finds, no parser process
starts (the supervisor forks right after), and the policy can turn it off.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any, ClassVar

import pytest

from sentinelle.classifiers.extract import in_process_only
from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.warmup import SEPARATOR, warm_up, warm_up_mail, warm_up_words
from sentinelle.proxy.policy.loader import parse_policy, shipped_policy_text
from sentinelle.proxy.policy.schema import PolicyError
from sentinelle.proxy.smtp.runtime import Runtime

REPO = Path(__file__).resolve().parents[1]


def test_shipped_warm_up_mail_is_text_only_synthetic_mail() -> None:
    mail = warm_up_mail()
    assert len(mail) >= 100
    for raw in mail:
        assert SEPARATOR not in raw
        parsed = parse_message(raw)
        assert in_process_only(parsed), raw[:200]
        assert parsed.message["Subject"] is not None
    vocabulary = warm_up_words()
    assert len(vocabulary) == 100  # 10,000 words, 100 a message
    assert all(in_process_only(parse_message(raw)) for raw in vocabulary)


def test_a_warmed_classifier_finds_what_a_cold_one_finds() -> None:
    from sentinelle.classifiers.engine import Classifier
    from sentinelle.classifiers.evaluate import default_config

    classifier = Classifier.load(default_config())  # its own scanners: cold
    messages = [path.read_bytes() for path in sorted((REPO / "tests" / "corpus_blind").glob("*/*.eml"))]

    def verdicts() -> list[tuple[bool, list[tuple[str, int, int, float]]]]:
        out = []
        for raw in messages:
            result = classifier.inspect(parse_message(raw))
            out.append((result.confidential, sorted((f.type, f.start, f.end, f.confidence) for f in result.findings)))
        return out

    cold = verdicts()
    assert any(confidential for confidential, _ in cold) and not all(confidential for confidential, _ in cold)
    done = warm_up(classifier, seconds=60)
    assert done.messages == len(warm_up_mail()) + len(warm_up_words())
    assert verdicts() == cold


def test_warming_up_starts_no_parser_process() -> None:
    """The supervisor forks right after: a parser pool (a forkserver and its pipes) must not exist yet."""
    code = """
import multiprocessing
from sentinelle.classifiers import sandbox
from sentinelle.classifiers.engine import Classifier
from sentinelle.classifiers.evaluate import default_config
from sentinelle.classifiers.warmup import warm_up
done = warm_up(Classifier.load(default_config()), seconds=60)
assert done.messages > 100, done
assert sandbox._POOL._ctx is None and not multiprocessing.active_children()
print("ok", done.messages)
"""
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120,
                            env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok ")


def test_the_budget_stops_the_warm_up() -> None:
    class Recording:
        def __init__(self) -> None:
            self.calls = 0

        def inspect(self, parsed: Any) -> None:
            self.calls += 1

    recording = Recording()
    assert warm_up(recording, seconds=0).messages == 0 == recording.calls
    assert warm_up(recording, seconds=30).messages == recording.calls == len(warm_up_mail()) + len(warm_up_words())


def test_policy_key() -> None:
    assert parse_policy(shipped_policy_text().encode()).server.warm_up_seconds == 10
    assert parse_policy(b"[server]\nwarm_up_seconds = 0\n").server.warm_up_seconds == 0
    with pytest.raises(PolicyError) as caught:
        parse_policy(b"[server]\nwarm_up_seconds = -1\n", "bad.toml")
    assert any(line.startswith("server.warm_up_seconds:") for line in caught.value.errors)


class Counting:
    """A classifier that counts its inspections (each load makes a new one)."""

    loaded: ClassVar[list[Counting]] = []

    def __init__(self) -> None:
        self.calls = 0
        Counting.loaded.append(self)

    def inspect(self, parsed: Any, **_: Any) -> None:
        self.calls += 1


@pytest.mark.parametrize("seconds, warmed", [(10, True), (0, False)])
def test_runtime_warms_its_classifier_and_the_one_a_reload_builds(tmp_path: Path, seconds: int, warmed: bool) -> None:
    policy = tmp_path / "policy.toml"
    body = f'[audit]\npath = "/dev/null"\n[metrics]\nlisten = ""\n[quarantine]\npath = "{tmp_path / "q"}"\n'
    policy.write_text(f"[server]\nwarm_up_seconds = {seconds}\n{body}")
    Counting.loaded.clear()
    runtime = Runtime(str(policy), classifier_loader=lambda _policy: Counting(), open_audit=False)
    assert Counting.loaded[0].calls == 0  # loading alone does not warm up: only the supervisor asks
    runtime.warm_up()
    assert (Counting.loaded[0].calls > 100) is warmed
    policy.write_text(f"[server]\nwarm_up_seconds = {seconds}\n[classifiers]\nner = false\n{body}")
    assert runtime.reload(record=False)
    assert len(Counting.loaded) == 2 and runtime.classifier is Counting.loaded[1]
    assert (Counting.loaded[1].calls > 100) is warmed
