"""Untrusted formats are parsed in worker processes, the server's analysis keeps to
``time_budget_seconds``, and a message whose analysis a process did not survive twice is refused as
``uninspectable``/``worker_crashed`` instead of crash-looping, across restarts (issue 11)."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

import pytest

from sentinelle.classifiers import Classifier, ClassifierConfig, Scoring
from sentinelle.classifiers.config import Limits
from sentinelle.classifiers.extract import UNINSPECTABLE_CAUSES, extract
from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.types import UNINSPECTABLE, Inspection
from sentinelle.proxy.delivery.keyring import Keyring
from sentinelle.proxy.model import Envelope
from sentinelle.proxy.pipeline.analyze import AnalysisJournal, Analyzer
from sentinelle.proxy.policy.loader import parse_policy, shipped_policy_text
from sentinelle.proxy.policy.schema import Policy
from sentinelle.proxy.smtp.runtime import open_journal
from tests import extract_fixtures as fx
from tests.extract_fixtures import NAM, PATIENT

ROOT = Path(__file__).resolve().parents[1]
SENDER = "dre.gagnon@ssss.gouv.qc.ca"
OUTSIDE = "partenaire@clinique.example"
INSIDE = "collegue@ssss.gouv.qc.ca"
HL7 = ("MSH|^~\\&|LAB|HOP|DEST|HOP|20240101120000||ORU^R01|1|P|2.5\r"
       f"PID|1||12345^^^HOP^MR||{PATIENT}^Zoubida||19800101|F\rNTE|1||NAM {NAM}\r").encode()



def policy_with(**limits: Any) -> Policy:
    policy = parse_policy(shipped_policy_text().encode())
    new_limits = dataclasses.replace(policy.classifiers.limits, **limits)
    return dataclasses.replace(policy, classifiers=dataclasses.replace(policy.classifiers, limits=new_limits))


def plain_classifier(policy: Policy) -> Classifier:
    return Classifier(ClassifierConfig(limits=policy.classifiers.limits, scoring=Scoring(ner=False)), None)


def eml(body: str) -> bytes:
    return (f"From: Dre Gagnon <{SENDER}>\r\nTo: <{OUTSIDE}>\r\nSubject: Suivi\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()


def test_hl7_is_parsed_in_a_worker_process(monkeypatch: pytest.MonkeyPatch) -> None:
    from sentinelle.classifiers.extractors import hl7v2

    def in_this_process(*args: object) -> None:
        raise AssertionError("HL7 parsed in the proxy process")

    monkeypatch.setattr(hl7v2, "extract", in_this_process)
    result = extract(parse_message(fx.message(fx.attachment(HL7, "r.hl7", "text/plain"))), Limits())
    (text,) = [s.text for s in result.segments if s.location == "attachment:r.hl7"]
    assert f"Patient: {PATIENT}, Zoubida" in text and NAM in text and not result.findings


def test_an_hl7_file_past_the_worker_memory_limit_is_uninspectable_not_a_dead_proxy() -> None:
    big = HL7 + b"".join(f"OBX|{i}|NM|GLU^Glucose||5.{i % 10}|mmol/L|||||F\r".encode() for i in range(60_000))
    # A worker whose address-space limit (200 MB, with the parsers loaded) cannot hold the file:
    # the worker gives up, the proxy reports the file and carries on.
    result = extract(parse_message(fx.message(fx.attachment(big, "lab.hl7", "text/plain"))),
                     Limits(parser_memory_mb=200))
    assert [(f.location, f.excerpt) for f in result.findings] == [("attachment:lab.hl7", "size_limit")]
    ok = extract(parse_message(fx.message(fx.attachment(HL7, "r.hl7", "text/plain"))), Limits())
    assert not ok.findings and any(NAM in s.text for s in ok.segments)


def test_the_server_analysis_keeps_to_time_budget_seconds(tmp_path: Path) -> None:
    policy = policy_with(time_budget_seconds=1e-6)
    analyzer = Analyzer(policy, plain_classifier(policy), Keyring(tmp_path / "ring"), record_metrics=False)
    # The server passes its own, later deadline (now + inspection_timeout_seconds).
    analysis = analyzer.analyze(eml("Réunion jeudi."), Envelope(SENDER, (OUTSIDE,)),
                                deadline=time.monotonic() + 60)
    findings = [f for f in analysis.facts.inspection.findings if f.type == UNINSPECTABLE]
    assert findings and {f.excerpt for f in findings} == {"timeout"}
    assert [(d.action.value, d.rule.value) for d in analysis.decisions] == [("reject", "uninspectable")]


CRASH_SCRIPT = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from sentinelle.proxy.delivery.keyring import Keyring
    from sentinelle.proxy.model import Envelope
    from sentinelle.proxy.pipeline.analyze import AnalysisJournal, Analyzer
    from sentinelle.proxy.policy.loader import parse_policy, shipped_policy_text

    class KilledDuringAnalysis:  # stands for a parser that takes the whole process down (OOM kill)
        def inspect(self, parsed, **kwargs):
            os.kill(os.getpid(), signal.SIGKILL)

    policy = parse_policy(shipped_policy_text().encode())
    journal = AnalysisJournal(Path(sys.argv[1]))
    analyzer = Analyzer(policy, KilledDuringAnalysis(), Keyring(Path(sys.argv[1]) / "ring"),
                        record_metrics=False, journal=journal)
    analyzer.analyze(sys.stdin.buffer.read(), Envelope("a@ssss.gouv.qc.ca", ("b@clinique.example",)))
""")


def crash_once(journal_dir: Path, data: bytes) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", CRASH_SCRIPT, str(journal_dir)], input=data, env=env,
                          capture_output=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-2000:]


def test_a_message_that_killed_the_analysis_twice_is_refused_across_restarts(tmp_path: Path) -> None:
    journal_dir = tmp_path / "analyses"
    policy = parse_policy(shipped_policy_text().encode())
    data = eml(f"Résultats de {PATIENT}.")
    other = eml("Réunion jeudi.")
    envelope = Envelope(SENDER, (OUTSIDE, INSIDE))

    def restarted() -> Analyzer:  # a new process: only the files remain
        return Analyzer(policy, plain_classifier(policy), Keyring(tmp_path / "ring"), record_metrics=False,
                        journal=AnalysisJournal(journal_dir))

    crash_once(journal_dir, data)
    once = restarted().analyze(data, envelope)
    assert not once.facts.inspection.findings  # one crash: analysed again, normally
    assert [d.rule.value for d in once.decisions] == ["not_confidential", "internal"]
    assert os.listdir(journal_dir) == []  # and that success forgives the crash

    crash_once(journal_dir, data)
    crash_once(journal_dir, data)
    analysis = restarted().analyze(data, envelope)
    (finding,) = analysis.facts.inspection.findings
    assert (finding.type, finding.excerpt, finding.location) == (UNINSPECTABLE, "worker_crashed", "message")
    assert "worker_crashed" in UNINSPECTABLE_CAUSES
    assert [(d.action.value, d.rule.value) for d in analysis.decisions] == [
        ("reject", "uninspectable"), ("deliver", "internal")]
    assert [d.rule.value for d in restarted().analyze(other, envelope).decisions] == ["not_confidential", "internal"]


class Slow:
    """A classifier that overruns its deadline (a parser stuck in C code would)."""

    def __init__(self, inner: Classifier, seconds: float) -> None:
        self.inner, self.seconds = inner, seconds

    def inspect(self, parsed: Any, *, deadline: float | None = None,
                timings: MutableMapping[str, float] | None = None, ner_chars: int | None = None) -> Inspection:
        time.sleep(self.seconds)
        return self.inner.inspect(parsed, timings=timings, ner_chars=ner_chars)


def test_an_analysis_that_overran_its_deadline_twice_is_not_tried_a_third_time(tmp_path: Path) -> None:
    policy = parse_policy(shipped_policy_text().encode())
    journal = AnalysisJournal(tmp_path / "analyses", late_seconds=0.05)
    analyzer = Analyzer(policy, Slow(plain_classifier(policy), 0.3), Keyring(tmp_path / "ring"),
                        record_metrics=False, journal=journal)
    data = eml("Réunion jeudi.")
    envelope = Envelope(SENDER, (OUTSIDE,))
    for _ in range(2):  # the server answered 451 each time (its hard timeout); Postfix retries
        analyzer.analyze(data, envelope, deadline=time.monotonic() + 0.05)
    assert journal.strikes(analyzer_digest(data)) == 2
    third = analyzer.analyze(data, envelope, deadline=time.monotonic() + 0.05)
    assert [f.excerpt for f in third.facts.inspection.findings] == ["worker_crashed"]
    # An analysis back in time leaves nothing behind.
    fast = Analyzer(policy, plain_classifier(policy), Keyring(tmp_path / "ring"), record_metrics=False,
                    journal=journal)
    fast.analyze(eml("Autre message."), envelope)
    assert len(os.listdir(tmp_path / "analyses")) == 2


def analyzer_digest(data: bytes) -> str:
    from sentinelle.proxy.pipeline.analyze import message_digest

    return message_digest(data)


def test_the_journal_lives_in_the_state_directory(tmp_path: Path) -> None:
    policy = parse_policy(shipped_policy_text().encode())
    assert policy.server.state_directory == ""  # shipped: beside the keyring, /var/lib/sentinelle
    keyring_beside = dataclasses.replace(policy, encryption=dataclasses.replace(
        policy.encryption, keyring=tmp_path / "state" / "gnupg"))
    journal = open_journal(keyring_beside)
    assert journal is not None and journal.directory == tmp_path / "state" / "analyses"
    explicit = dataclasses.replace(policy, server=dataclasses.replace(policy.server,
                                                                      state_directory=str(tmp_path / "s2")))
    assert open_journal(explicit).directory == tmp_path / "s2" / "analyses"
    (tmp_path / "file").write_text("x")
    unusable = dataclasses.replace(policy, server=dataclasses.replace(policy.server,
                                                                      state_directory=str(tmp_path / "file")))
    assert open_journal(unusable) is None


def test_large_html_and_fhir_are_parsed_in_a_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    from sentinelle.classifiers.extractors import fhir, html

    def in_this_process(*args: object) -> None:
        raise AssertionError("parsed in the proxy process")

    monkeypatch.setattr(html, "extract", in_this_process)
    monkeypatch.setattr(fhir, "extract_json", in_this_process)
    big = f"<html><body><p>NAM {NAM}</p>" + "<p>texte ordinaire</p>" * 60_000 + "</body></html>"
    document = f'{{"resourceType": "Patient", "name": [{{"family": "{PATIENT}"}}]}}'.encode()
    raw = fx.message(fx.text_part(big, "html"), fx.attachment(document, "p.json", "application/json"))
    found = {s.location: s.text for s in extract(parse_message(raw), Limits()).segments}
    assert found["html"].startswith(f"NAM {NAM}")
    assert f"Patient name (family) (Patient.name.family): {PATIENT}" in found["attachment:p.json"]


def test_a_journal_that_cannot_be_written_never_fails_the_analysis(tmp_path: Path) -> None:
    policy = parse_policy(shipped_policy_text().encode())
    journal = AnalysisJournal(tmp_path / "analyses")
    analyzer = Analyzer(policy, plain_classifier(policy), Keyring(tmp_path / "ring"), record_metrics=False,
                        journal=journal)
    (tmp_path / "analyses").rmdir()  # removed under the running proxy (or a full disk)
    analysis = analyzer.analyze(eml("Réunion jeudi."), Envelope(SENDER, (OUTSIDE,)))
    assert [d.rule.value for d in analysis.decisions] == ["not_confidential"]
