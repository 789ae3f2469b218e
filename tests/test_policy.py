"""The policy loader: shipped defaults, key-path errors, recipient classes."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentinelle.proxy.cli import main
from sentinelle.proxy.policy.loader import load_policy, parse_policy, shipped_policy_text
from sentinelle.proxy.policy.schema import EMBEDDED, Mode, PolicyError, RecipientClass, WebmailScope

ROOT = Path(__file__).resolve().parents[1]


def test_root_policy_is_the_embedded_default() -> None:
    assert (ROOT / "policy.toml").read_text(encoding="utf-8") == shipped_policy_text()


def test_shipped_defaults_implement_the_directive() -> None:
    policy = parse_policy(shipped_policy_text().encode())
    assert policy.mode is Mode.ENFORCE
    assert policy.fail_open is False
    assert policy.webmail.scope is WebmailScope.ALL
    assert policy.organization.internal_domains == ("ssss.gouv.qc.ca",)
    assert policy.dkim.enabled is False
    assert {"gmail.com", "hotmail.com", "yahoo.ca", "videotron.ca", "proton.me"} <= policy.webmail.domains
    assert [p.name for p in policy.classifiers.mrn_patterns] == ["dossier", "lettres-chiffres", "dossier-long"]
    assert str(policy.server.listen) == "127.0.0.1:10025"
    assert str(policy.server.next_hop) == "127.0.0.1:10026"


def test_embedded_default_used_when_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sentinelle.proxy.policy.loader.DEFAULT_POLICY_PATHS", (tmp_path / "policy.toml",))
    assert load_policy().source == EMBEDDED


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("dr.x@ssss.gouv.qc.ca", RecipientClass.INTERNAL),
        ("dr.x@CHUM.SSSS.GOUV.QC.CA", RecipientClass.INTERNAL),
        ("x@notssss.gouv.qc.ca", RecipientClass.EXTERNAL),
        ("x@gmail.com", RecipientClass.WEBMAIL),
        ("x@GMail.Com", RecipientClass.WEBMAIL),
        ("x@mail.gmail.com", RecipientClass.WEBMAIL),  # webmail subdomains inherit (issue #12)
        ("x@clinique.example", RecipientClass.EXTERNAL),
        ("x@partenaire.example", RecipientClass.INTERNAL),
        ("x@lab.partenaire.example", RecipientClass.INTERNAL),
        ("x@bücher.example", RecipientClass.WEBMAIL),
    ],
)
def test_recipient_classes(address: str, expected: RecipientClass) -> None:
    policy = parse_policy(
        b'[domains]\n"partenaire.example" = "internal"\n"xn--bcher-kva.example" = "webmail"\n'
    )
    assert policy.recipient_class(address) is expected


def test_every_error_names_its_key() -> None:
    bad = b"""
mode = "strict"
bogus = 1
[server]
listen = "nowhere"
max_recipients = -5
inline_analysis_max_bytes = -1
allowed_networks = ["10.0.0.0/8", "not-a-net"]
[webmail]
scope = "some"
[classifiers]
min_confidence = 3
identifier_types = ["ramq_nam", "passport"]
[[classifiers.mrn]]
name = "broken"
pattern = "(unclosed"
[[exceptions]]
sender = "a@b.example"
[dkim]
enabled = true
private_key = "/nonexistent/key"
"""
    with pytest.raises(PolicyError) as caught:
        parse_policy(bad, "bad.toml")
    keys = [line.split(":")[0] for line in caught.value.errors]
    for expected in (
        "mode", "bogus", "server.listen", "server.max_recipients", "server.inline_analysis_max_bytes",
        "server.allowed_networks",
        "webmail.scope", "classifiers.min_confidence", "classifiers.identifier_types",
        "classifiers.mrn[0].pattern", "exceptions[0].reason", "dkim.private_key",
    ):
        assert expected in keys, (expected, caught.value.errors)


def test_inline_analysis_can_be_turned_off() -> None:
    assert parse_policy(shipped_policy_text().encode()).server.inline_analysis_max_bytes == 32_768
    assert parse_policy(b"[server]\ninline_analysis_max_bytes = 0\n").server.inline_analysis_max_bytes == 0


def test_toml_syntax_error_is_reported() -> None:
    with pytest.raises(PolicyError, match="TOML syntax"):
        parse_policy(b"[server\nlisten=1")


def test_exceptions_match_addresses_and_domains() -> None:
    policy = parse_policy(
        b'[[exceptions]]\nsender = "dre.t@ssss.gouv.qc.ca"\nrecipient = "@lab.example"\nreason = "entente"\n'
    )
    (exception,) = policy.exceptions
    assert exception.matches("DRE.T@ssss.gouv.qc.ca", "x@lab.example")
    assert exception.matches("dre.t@ssss.gouv.qc.ca", "x@sub.lab.example")
    assert not exception.matches("other@ssss.gouv.qc.ca", "x@lab.example")
    assert not exception.matches("dre.t@ssss.gouv.qc.ca", "x@evil-lab.example")


def test_policy_check_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.toml"
    good.write_text('mode = "audit"\n')
    assert main(["policy", "check", str(good)]) == 0
    assert "valid" in capsys.readouterr().out
    bad = tmp_path / "bad.toml"
    bad.write_text('[server]\nmax_connections = "many"\n')
    assert main(["policy", "check", str(bad)]) == 1
    assert "server.max_connections: expected an integer" in capsys.readouterr().err
    assert main(["policy", "check", str(tmp_path / "missing.toml")]) == 1
    assert main(["policy", "bogus"]) == 2


def test_absent_mrn_tables_take_the_shipped_formats_and_empty_list_opts_out() -> None:
    shipped = parse_policy(shipped_policy_text().encode())
    implicit = parse_policy(b'mode = "enforce"\n')
    assert [p.pattern.pattern for p in implicit.classifiers.mrn_patterns] == [
        p.pattern.pattern for p in shipped.classifiers.mrn_patterns
    ]
    assert parse_policy(b"[classifiers]\nmrn = []\n").classifiers.mrn_patterns == ()


def test_arrays_of_tables_report_their_own_shape_errors() -> None:
    with pytest.raises(PolicyError) as caught:
        parse_policy(b'exceptions = "all"\n[classifiers]\nmrn = [1, {pattern = "x", colour = "red"}]\n')
    errors = caught.value.errors
    assert "exceptions: expected an array of tables ([[exceptions]])" in errors
    assert "classifiers.mrn[0]: expected a table" in errors
    assert "classifiers.mrn[1].colour: unknown key" in errors
