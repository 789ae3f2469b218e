"""`sentinelle check`: the JSON Lines contract of issue #3 item 4, exit codes, and the real analyzer
(real parser and classifier) on encrypted, fake-encrypted and forwarded mail."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sentinelle.classifiers import Classifier
from sentinelle.proxy.cli.check import command_check
from sentinelle.proxy.delivery.keyring import Keyring
from sentinelle.proxy.model import Envelope
from sentinelle.proxy.pipeline.analyze import Analysis, Analyzer
from sentinelle.proxy.pipeline.services import NeedsMore
from sentinelle.proxy.policy.loader import parse_policy, shipped_policy_text
from tests.policy_support import export_public, gpg, kill_agent, make_key, new_home

ROOT = Path(__file__).resolve().parents[1]
SENDER = "dre.gagnon@ssss.gouv.qc.ca"
CLINICAL = "Bonjour, la patiente Marie Tremblay (NAM TREM 5551 1512) a un diabète de type 2.\n"


def eml(to: str, body: str = CLINICAL, subject: str = "Suivi", extra: str = "") -> bytes:
    return (f"From: Dre Gagnon <{SENDER}>\nTo: {to}\nSubject: {subject}\nMessage-ID: <t@ssss.gouv.qc.ca>\n"
            f"{extra}\n{body}").encode()


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.load(parse_policy(shipped_policy_text().encode()).classifiers)


@pytest.fixture(scope="module")
def keyring(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Keyring, Path]]:
    base = tmp_path_factory.mktemp("check")
    source = new_home(base / "src")
    fpr = make_key(source, "Dre Labo <dr.lab@clinique.example>")
    public = base / "lab.asc"
    public.write_bytes(export_public(source, fpr))
    ring = Keyring(base / "ring")
    ring.import_file(public)
    yield ring, source
    kill_agent(source)


def check(capsys: pytest.CaptureFixture[str], classifier: Classifier, keyring: Keyring, *paths: Path,
          rcpt: tuple[str, ...] = (), mail_from: str | None = None, as_json: bool = True) -> tuple[int, list[str]]:
    args = argparse.Namespace(paths=[str(p) for p in paths], policy=None, keyring=str(keyring.home),
                              mail_from=mail_from, rcpt=list(rcpt), json=as_json)
    code = command_check(args, classifier=classifier)
    return code, capsys.readouterr().out.splitlines()


def test_json_lines_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str], classifier: Classifier,
                             keyring: tuple[Keyring, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no ./policy.toml: the embedded default
    path = tmp_path / "mixed.eml"
    path.write_bytes(eml("dr.lab@clinique.example, secretariat@clinique.example",
                         extra="Cc: inf@ssss.gouv.qc.ca\nBcc: x@gmail.com\n"))
    code, lines = check(capsys, classifier, keyring[0], path)
    assert code == 1 and len(lines) == 1
    result = json.loads(lines[0])
    assert set(result) == {"file", "confidential", "encrypted", "forwarding", "findings", "scoring_reasons",
                           "overruled_reasons", "recipients"}
    assert result["file"] == str(path) and result["confidential"] is True
    assert result["encrypted"] is False and result["forwarding"] is None
    assert {"ramq_nam", "diagnosis"} <= {f["type"] for f in result["findings"]}
    for found in result["findings"]:
        assert set(found) == {"type", "location", "confidence", "excerpt", "counted"}
        assert "5551" not in found["excerpt"] and "Tremblay" not in found["excerpt"]
    assert [{key: r[key] for key in ("address", "action", "reasons")} for r in result["recipients"]] == [
        {"address": "dr.lab@clinique.example", "action": "encrypt", "reasons": ["gateway_encrypted"]},
        {"address": "secretariat@clinique.example", "action": "reject", "reasons": ["no_key"]},
        {"address": "inf@ssss.gouv.qc.ca", "action": "deliver", "reasons": ["internal"]},
        {"address": "x@gmail.com", "action": "reject", "reasons": ["webmail"]},
    ]


def test_exit_codes_and_directories(tmp_path: Path, capsys: pytest.CaptureFixture[str], classifier: Classifier,
                                    keyring: tuple[Keyring, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    ok = tmp_path / "dir" / "a.eml"
    ok.parent.mkdir()
    ok.write_bytes(eml("dr.lab@clinique.example"))
    (tmp_path / "dir" / "sub").mkdir()
    (tmp_path / "dir" / "sub" / "b.eml").write_bytes(eml("inf@ssss.gouv.qc.ca", body="Réunion jeudi.\n"))
    (tmp_path / "dir" / "notes.txt").write_text("ignored")
    code, lines = check(capsys, classifier, keyring[0], tmp_path / "dir")
    assert code == 0 and [json.loads(line)["file"] for line in lines] == [str(ok), str(tmp_path / "dir/sub/b.eml")]

    code, lines = check(capsys, classifier, keyring[0], tmp_path / "missing.eml", ok)
    assert code == 2 and json.loads(lines[0])["error"] == "no such file" and json.loads(lines[1])["file"] == str(ok)

    code, lines = check(capsys, classifier, keyring[0], ok, rcpt=("s@clinique.example",), mail_from=SENDER)
    assert code == 1 and json.loads(lines[0])["recipients"][0]["reasons"] == ["no_key"]


def test_text_report(tmp_path: Path, capsys: pytest.CaptureFixture[str], classifier: Classifier,
                     keyring: tuple[Keyring, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "m.eml"
    path.write_bytes(eml("secretariat@clinique.example"))
    code, lines = check(capsys, classifier, keyring[0], path, as_json=False)
    assert code == 1
    assert lines[0] == f"{path}:" and "  secretariat@clinique.example: reject (no_key)" in lines
    assert not any("5551" in line or "Tremblay" in line for line in lines)


def analyzer(classifier: Classifier, ring: Keyring) -> Analyzer:
    return Analyzer(parse_policy(shipped_policy_text().encode()), classifier, ring, record_metrics=False)


def test_fake_multipart_encrypted_with_plaintext_is_not_trusted(classifier: Classifier,
                                                                keyring: tuple[Keyring, Path]) -> None:
    body = ('Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="B"\n'
            "MIME-Version: 1.0\n\n--B\nContent-Type: application/pgp-encrypted\n\nVersion: 1\n\n"
            "--B\nContent-Type: application/octet-stream\n\n" + CLINICAL + "--B--\n")
    data = (f"From: {SENDER}\nTo: s@clinique.example\nSubject: x\n" + body).encode()
    result = analyzer(classifier, keyring[0]).analyze(data, Envelope(SENDER, ("s@clinique.example",
                                                                                "dr.lab@clinique.example")))
    assert result.facts.encryption.encrypted is False and "not OpenPGP" in result.facts.encryption.note
    # The lookalike's plaintext is inspected (extraction skips only confirmed OpenPGP data): the NAM
    # makes it confidential, so no key means a refusal and a known key means encryption.
    assert result.facts.inspection.confidential
    assert [(d.action.value, d.rule.value) for d in result.decisions] == [
        ("reject", "no_key"), ("encrypt", "gateway_encrypted")]


def test_already_encrypted_mail_passes_untouched(classifier: Classifier, keyring: tuple[Keyring, Path]) -> None:
    ring, source = keyring
    armored = gpg(source, "--armor", "--trust-model", "always", "--encrypt", "-r", "dr.lab@clinique.example",
                  input=CLINICAL.encode()).stdout.decode()
    data = (f"From: {SENDER}\nTo: dr.lab@clinique.example\nSubject: [chiffrer] x\nMIME-Version: 1.0\n"
            'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="B"\n\n'
            "--B\nContent-Type: application/pgp-encrypted\n\nVersion: 1\n\n--B\n"
            f"Content-Type: application/octet-stream\n\n{armored}\n--B--\n").encode()
    envelope = Envelope(SENDER, ("dr.lab@clinique.example", "other@clinique.example"))
    result = analyzer(classifier, ring).analyze(data, envelope)
    assert result.facts.encryption.encrypted and result.facts.encryption.key_ids & ring.key_ids(
        "dr.lab@clinique.example")
    assert [(d.action.value, d.rule.value, d.warnings) for d in result.decisions] == [
        ("deliver", "already_encrypted", ()), ("deliver", "already_encrypted", ())]


def test_auto_forward_refused_outside_delivered_inside(classifier: Classifier, keyring: tuple[Keyring, Path]) -> None:
    data = eml("perso@clinique.example", body="Réunion jeudi.\n", extra="X-Forwarded-To: perso@clinique.example\n")
    result = analyzer(classifier, keyring[0]).analyze(data, Envelope(SENDER, ("perso@clinique.example",
                                                                              "inf@ssss.gouv.qc.ca")))
    assert result.facts.forwarding is not None and result.facts.forwarding.value == "auto"
    assert [(d.action.value, d.rule.value) for d in result.decisions] == [
        ("reject", "auto_forward"), ("deliver", "internal")]
    assert set(result.stage_seconds) == {"parse", "extract", "classify", "decide"}


def test_the_command_line_entry_point(tmp_path: Path) -> None:
    path = tmp_path / "m.eml"
    path.write_bytes(eml("inf@ssss.gouv.qc.ca"))
    result = subprocess.run([sys.executable, "-m", "sentinelle.proxy", "check", "--json",
                             "--keyring", str(tmp_path / "none"), str(path)],
                            capture_output=True, text=True, cwd=tmp_path, timeout=120,
                            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    [recipient] = json.loads(result.stdout)["recipients"]
    assert {key: recipient[key] for key in ("address", "action", "reasons", "rule", "outcome")} == {
        "address": "inf@ssss.gouv.qc.ca", "action": "deliver", "reasons": ["internal"], "rule": "internal",
        "outcome": "relayed"}


def test_a_prepared_message_gets_the_same_decisions_as_a_direct_analysis(
        classifier: Classifier, keyring: tuple[Keyring, Path]) -> None:
    """The proxy analyses a small message ``short`` first (on its event loop); what it decides then,
    or when it finishes a ``NeedsMore`` in a thread from the message already parsed, is exactly what
    ``check`` decides from the bytes."""
    subject = analyzer(classifier, keyring[0])
    envelope = Envelope(SENDER, ("s@clinique.example", "dr.lab@clinique.example", "inf@ssss.gouv.qc.ca"))
    text = eml("s@clinique.example")
    lookalike = (f"From: {SENDER}\nTo: s@clinique.example\nSubject: x\nMIME-Version: 1.0\n"
                 'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="B"\n\n'
                 "--B\nContent-Type: application/pgp-encrypted\n\nVersion: 1\n\n"
                 "--B\nContent-Type: application/octet-stream\n\n" + CLINICAL + "--B--\n").encode()
    # The text is inline: decided short (the NAM decides: no NER needed).
    direct = subject.analyze(text, envelope)
    short = subject.analyze(text, envelope, deadline=time.monotonic() + 60, short=True)
    assert isinstance(short, Analysis) and short.decisions == direct.decisions
    assert short.facts.inspection.confidential and short.stage_seconds["parse"] > 0
    # The lookalike is not inline: parsed, then finished elsewhere without parsing again.
    direct = subject.analyze(lookalike, envelope)
    unfinished = subject.analyze(lookalike, envelope, deadline=time.monotonic() + 60, short=True)
    assert isinstance(unfinished, NeedsMore) and unfinished.inline is False and unfinished.parsed is not None
    ahead = subject.analyze(unfinished, envelope, deadline=time.monotonic() + 60)
    assert ahead.decisions == direct.decisions and ahead.facts.inspection.confidential
    assert ahead.stage_seconds["parse"] == unfinished.parse_seconds > 0


def test_a_message_that_needs_more_ner_than_allowed_is_not_decided_short_of_it(
        classifier: Classifier, keyring: tuple[Keyring, Path]) -> None:
    envelope = Envelope(SENDER, ("s@clinique.example",))
    # (a family name no list holds, written in lower case: only NER reads it as a name)
    data = eml("s@clinique.example", body="Bonjour, la patiente julie mamani souffre d'asthme.\n")
    no_ner = Analyzer(parse_policy(shipped_policy_text().encode()), classifier, keyring[0], record_metrics=False,
                      short_ner_chars=0)
    unfinished = no_ner.analyze(data, envelope, deadline=time.monotonic() + 60, short=True)
    assert isinstance(unfinished, NeedsMore) and unfinished.inline
    full = no_ner.analyze(unfinished, envelope, deadline=time.monotonic() + 60)
    assert full.facts.inspection.confidential and [d.rule.value for d in full.decisions] == ["no_key"]
    assert full.stage_seconds["parse"] == unfinished.parse_seconds > 0
    # One short window fits the shipped allowance: decided on the loop, the same way.
    short = analyzer(classifier, keyring[0]).analyze(data, envelope, deadline=time.monotonic() + 60, short=True)
    assert isinstance(short, Analysis) and short.decisions == full.decisions
