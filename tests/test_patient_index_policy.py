"""``[classifiers.index]``: policy check validates the files, start-up stops without them, SIGHUP
loads a rebuilt index, and ``sentinelle check`` decides with it (issue 15 item 3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sentinelle.classifiers.index.build import build_index
from sentinelle.proxy.cli import main
from sentinelle.proxy.policy.loader import load_policy
from sentinelle.proxy.policy.schema import PolicyError
from sentinelle.proxy.smtp.runtime import Runtime, StartupError
from tests.index_synthetic import make_patients, write_export


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path, Path]:
    """(index, key, policy) for 200 synthetic patients; NER off (not what is tested here)."""
    export = write_export(tmp_path / "export.csv", make_patients(200))
    (tmp_path / "secret").mkdir()
    index, key = tmp_path / "patients.idx", tmp_path / "secret" / "patients.key"
    build_index(export, index, key)
    policy = tmp_path / "policy.toml"
    policy.write_text(f'[audit]\npath = "{tmp_path / "audit.log"}"\n[classifiers]\nner = false\n'
                      f'[classifiers.index]\npath = "{index}"\nkey_path = "{key}"\n')
    return index, key, policy


def test_policy_loads_the_index_settings(files: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    index, key, policy = files
    settings = load_policy(policy).classifiers.index
    assert settings is not None and (settings.path, settings.key_path) == (index, key)
    assert load_policy(policy).classifiers.scoring.index_name_alone is False
    assert main(["policy", "check", str(policy)]) == 0
    assert main(["policy", "show", str(policy)]) == 0
    assert f"patient index: {index} (key {key})" in capsys.readouterr().out
    policy.write_text(policy.read_text() + "name_alone_confidential = true\n")
    assert load_policy(policy).classifiers.scoring.index_name_alone is True


@pytest.mark.parametrize(("change", "message"), [
    (lambda index, key: index.unlink(), "classifiers.index: index file {index}: cannot read"),
    (lambda index, key: index.write_bytes(b"not an index"), "not a Sentinelle patient index"),
    (lambda index, key: key.chmod(0o644), "classifiers.index: key file {key}: mode 0644 is too open"),
    (lambda index, key: key.write_text("ab" * 32), "built with another key"),
    (lambda index, key: key.unlink(), "key file {key}: cannot read"),
])
def test_policy_check_refuses_unusable_files(files: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str],
                                             change: object, message: str) -> None:
    index, key, policy = files
    change(index, key)  # type: ignore[operator]
    with pytest.raises(PolicyError) as raised:
        load_policy(policy)
    assert message.format(index=index, key=key) in raised.value.report()
    assert main(["policy", "check", str(policy)]) == 1
    assert message.format(index=index, key=key) in capsys.readouterr().err


def test_policy_keys_are_checked(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('[classifiers.index]\npath = ""\nname_alone = true\n')
    with pytest.raises(PolicyError) as raised:
        load_policy(policy)
    report = raised.value.report()
    assert "classifiers.index.path: must not be empty" in report
    assert "classifiers.index.key_path: required" in report
    assert "classifiers.index.name_alone: unknown key" in report


def test_missing_index_stops_start_up(files: tuple[Path, Path, Path]) -> None:
    index, _key, policy = files
    index.unlink()
    with pytest.raises(StartupError, match=r"classifiers\.index: index file .*: cannot read"):
        Runtime(str(policy), open_audit=False)


def test_sighup_reload_loads_a_rebuilt_index(files: tuple[Path, Path, Path], tmp_path: Path) -> None:
    index, key, policy = files
    runtime = Runtime(str(policy), open_audit=False)
    first = runtime.classifier
    newcomer = make_patients(1, seed=99)[0]
    text = f"{newcomer.given} {newcomer.surname} : diabète de type 2 mal contrôlé."
    from sentinelle.classifiers.types import Segment

    # The name recognizer may already call this a patient; what the index adds is its own rule.
    assert "indexed_name_near_clinical" not in first.inspect_segments([Segment("body", text)]).reasons
    assert runtime.reload() is True
    assert runtime.classifier is first  # nothing changed: the index is not loaded again
    build_index(write_export(tmp_path / "tonight.csv", [*make_patients(200), newcomer]), index, key)
    assert runtime.reload() is True
    assert runtime.classifier is not first
    assert "indexed_name_near_clinical" in runtime.classifier.inspect_segments([Segment("body", text)]).reasons
    # A damaged rebuild is refused and the index in force stays.
    current = runtime.classifier
    index.write_bytes(index.read_bytes()[:-8])
    assert runtime.reload() is False
    assert runtime.classifier is current


def test_check_decides_with_the_index(files: tuple[Path, Path, Path], tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    _index, _key, policy = files
    patient = next(p for p in make_patients(200) if " " not in p.surname)
    eml = tmp_path / "indexed-name-next-to-diagnosis.eml"
    eml.write_text(
        "From: Infirmiere <infirmiere@ssss.gouv.qc.ca>\nTo: Partenaire <x@partner.example>\n"
        "Subject: Suivi\nMessage-ID: <1@ssss.gouv.qc.ca>\n\n"
        f"Bonjour,\n{patient.given} {patient.surname} a un diabète de type 2 mal contrôlé.\nMerci\n")
    assert main(["check", str(eml), "--policy", str(policy), "--json"]) in (0, 1)
    result = json.loads(capsys.readouterr().out)
    assert "indexed_patient" in [f["type"] for f in result["findings"]]
    assert result["recipients"][0]["action"] == "reject"
    assert patient.surname not in json.dumps(result, ensure_ascii=False)
