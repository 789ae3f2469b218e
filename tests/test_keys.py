"""`sentinelle keys import|list|remove` with real gpg keys: expired, revoked, expiring, mismatched."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sentinelle.proxy.cli import main
from tests.policy_support import export_public, export_secret, kill_agent, make_key, new_home, revoke


@pytest.fixture(scope="module")
def keyfiles(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[str, Path]]]:
    base = tmp_path_factory.mktemp("keys")
    source = new_home(base / "src")
    made = {
        "good": make_key(source, "Dre Labo <dr.lab@clinique.example>"),
        "soon": make_key(source, "Bientot <bientot@clinique.example>", expire="10d"),
        "expired": make_key(source, "Old <expired@clinique.example>", expire="1y", faked_time="20200101T000000"),
        "revoked": make_key(source, "Gone <revoked@clinique.example>"),
    }
    revoke(source, made["revoked"])
    files: dict[str, tuple[str, Path]] = {}
    for name, fpr in made.items():
        path = base / f"{name}.asc"
        path.write_bytes(export_public(source, fpr))
        files[name] = (fpr, path)
    secret = base / "secret.asc"
    secret.write_bytes(export_secret(source, made["good"]))
    files["secret"] = (made["good"], secret)
    yield files
    kill_agent(source)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_import_list_remove(tmp_path: Path, keyfiles: dict[str, tuple[str, Path]],
                            capsys: pytest.CaptureFixture[str]) -> None:
    ring = str(tmp_path / "ring")
    for name in ("good", "soon", "expired", "revoked"):
        code, out, _ = run(capsys, "keys", "--keyring", ring, "import", str(keyfiles[name][1]))
        assert code == 0 and keyfiles[name][0] in out
    code, out, _ = run(capsys, "keys", "--keyring", ring, "list")
    assert code == 0
    lines = {line.split()[1]: line for line in out.splitlines()}
    assert lines["dr.lab@clinique.example"].endswith("never expires  usable")
    assert "EXPIRES SOON" in lines["bientot@clinique.example"]
    assert "UNUSABLE (expired)" in lines["expired@clinique.example"]
    assert "UNUSABLE (revoked)" in lines["revoked@clinique.example"]
    assert lines["dr.lab@clinique.example"].startswith(keyfiles["good"][0])

    code, out, _ = run(capsys, "keys", "--keyring", ring, "remove", keyfiles["good"][0])
    assert code == 0
    code, out, _ = run(capsys, "keys", "--keyring", ring, "list")
    assert "dr.lab@clinique.example" not in out
    code, _, err = run(capsys, "keys", "--keyring", ring, "remove", keyfiles["good"][0])
    assert code == 1 and "no key" in err


def test_private_keys_are_refused(tmp_path: Path, keyfiles: dict[str, tuple[str, Path]],
                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "keys", "--keyring", str(tmp_path / "r"), "import", str(keyfiles["secret"][1]))
    assert code == 1 and "private key" in err


def test_keyring_comes_from_the_policy(tmp_path: Path, keyfiles: dict[str, tuple[str, Path]],
                                       capsys: pytest.CaptureFixture[str]) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(f'[encryption]\nkeyring = "{tmp_path / "from-policy"}"\n')
    assert run(capsys, "keys", "--policy", str(policy), "import", str(keyfiles["good"][1]))[0] == 0
    assert (tmp_path / "from-policy" / "pubring.kbx").exists()
    code, out, _ = run(capsys, "keys", "--policy", str(policy), "list")
    assert code == 0 and "dr.lab@clinique.example" in out


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ring = str(tmp_path / "r")
    assert run(capsys, "keys", "--keyring", ring, "import", str(tmp_path / "missing.asc"))[0] == 2
    assert run(capsys, "keys", "--keyring", ring, "remove", "ABCD")[0] == 2
    junk = tmp_path / "junk.asc"
    junk.write_text("not a key\n")
    assert run(capsys, "keys", "--keyring", ring, "import", str(junk))[0] == 1
    code, out, _ = run(capsys, "keys", "--keyring", ring, "list")
    assert code == 0 and "no keys" in out
