"""The quarantine's pure parts and its server-side service, without a live server: the ``[quarantine]``
policy keys, the notification sentence, the release plan, ``Quarantine.keep`` and the maintenance pass
(retention purge, gauges, counters) over a real embedded store in a temporary directory."""

from __future__ import annotations

import asyncio
import base64
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from prometheus_client import REGISTRY

from sentinelle.classifiers.types import Finding, Inspection
from sentinelle.proxy.cli import main
from sentinelle.proxy.delivery.notify import notification_text
from sentinelle.proxy.model import Action, Decision, EncryptionStatus, Envelope, MessageFacts, Refusal, Rule
from sentinelle.proxy.policy.loader import parse_policy, shipped_policy_text
from sentinelle.proxy.policy.quarantine import Backend, QuarantineSettings, TlsMode, resolve_dsn
from sentinelle.proxy.policy.schema import OrganizationSettings, PolicyError
from sentinelle.proxy.quarantine.keep import Quarantine
from sentinelle.proxy.quarantine.release import ReleaseRefused, plan_release
from sentinelle.proxy.quarantine.sqlite import SqliteStore
from sentinelle.proxy.quarantine.store import Entry, NewEntry, RefusedRecipient, ReleaseMode, StoreUnavailable

SENDER = "dre.gagnon@ssss.gouv.qc.ca"


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


# --- policy keys -----------------------------------------------------------------------------------------


def test_shipped_policy_keeps_the_quarantine_on_under_var_lib() -> None:
    settings = parse_policy(shipped_policy_text().encode()).quarantine
    assert settings == QuarantineSettings()
    assert settings.enabled and settings.backend is Backend.EMBEDDED
    assert settings.path == Path("/var/lib/sentinelle/quarantine") and settings.retention_days == 30
    assert parse_policy(b'[audit]\npath = "-"\n').quarantine == settings  # absent keys: the shipped values


@pytest.mark.parametrize(("table", "error"), [
    ('backend = "postgresql"', 'quarantine.dsn: required when backend = "postgresql"'),
    ('backend = "mysql"', "quarantine.backend: expected one of embedded, postgresql"),
    ("retention_days = 0", "quarantine.retention_days: must be greater than 0"),
    ("max_bytes = -1", "quarantine.max_bytes: must be greater than 0"),
    ('tls = "maybe"', "quarantine.tls: expected one of disable, require, verify-ca, verify-full"),
    ('dsn = "env:"', 'quarantine.dsn: "env:" needs a variable name'),
    ("enable = true", "quarantine.enable: unknown key"),
    ('path = ""', "quarantine.path: must not be empty"),
])
def test_bad_quarantine_keys_are_named(table: str, error: str) -> None:
    with pytest.raises(PolicyError) as raised:
        parse_policy(f"[quarantine]\n{table}\n".encode())
    assert any(line.startswith(error) for line in raised.value.errors), raised.value.errors


def test_a_postgresql_dsn_can_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = parse_policy(b'[quarantine]\nbackend = "postgresql"\ndsn = "env:QDSN"\ntls = "verify-ca"\n'
                            b'tls_ca_file = "/etc/ssl/db-ca.pem"\n').quarantine
    assert settings.tls is TlsMode.VERIFY_CA and settings.tls_ca_file == "/etc/ssl/db-ca.pem"
    monkeypatch.setenv("QDSN", "host=db.example dbname=sentinelle")
    assert resolve_dsn(settings.dsn) == "host=db.example dbname=sentinelle"
    assert resolve_dsn("host=literal") == "host=literal"


# --- notification ----------------------------------------------------------------------------------------


def test_the_notification_gives_the_quarantine_id_in_both_languages() -> None:
    organization = OrganizationSettings()
    kept = notification_text([Refusal("a@gmail.com", Rule.WEBMAIL, quarantine_id="ABCD-1234-EF56")],
                             organization, "<m@ssss.gouv.qc.ca>", "")
    french, english = kept.split("-" * 40)
    assert "quarantaine sous l'identifiant ABCD-1234-EF56" in french and "centre de services peut le libérer" in french
    assert "quarantine under ID ABCD-1234-EF56" in english and "service desk can release it" in english
    plain = notification_text([Refusal("a@gmail.com", Rule.WEBMAIL)], organization, "<m@ssss.gouv.qc.ca>", "")
    assert "quarantaine" not in plain and "quarantine" not in plain


# --- release plan ----------------------------------------------------------------------------------------


def stored_entry(*refused: RefusedRecipient) -> Entry:
    return Entry(id="ABCD-1234-EF56", created=datetime.now(UTC), sender=SENDER,
                 recipients=tuple(r.recipient for r in refused), decisions=(), refused=refused,
                 finding_types=("ramq_nam",), findings=(), message_id="<m@x>", instance="a", size=10)


KEYED = RefusedRecipient("keyed@clinique.example", "no_key")
WEB = RefusedRecipient("famille@gmail.com", "webmail")
DONE = RefusedRecipient("done@clinique.example", "no_key", released=datetime.now(UTC), released_by="secops",
                        release_mode="encrypted")


def has_key(address: str) -> bool:
    return address == KEYED.recipient


def test_release_plan_encrypts_where_a_key_exists_and_needs_plain_elsewhere() -> None:
    entry = stored_entry(KEYED, WEB, DONE)
    with pytest.raises(ReleaseRefused, match="--plain"):
        plan_release(entry, [], has_key=has_key, plain=False)
    assert plan_release(entry, [KEYED.recipient.upper()], has_key=has_key, plain=False).copies == \
        ((KEYED.recipient, ReleaseMode.ENCRYPTED),)
    assert plan_release(entry, [], has_key=has_key, plain=True).copies == \
        ((KEYED.recipient, ReleaseMode.ENCRYPTED), (WEB.recipient, ReleaseMode.PLAIN))


@pytest.mark.parametrize(("recipients", "message"), [
    (["someone@else.example"], "is not a refused recipient"),
    ([DONE.recipient], "released already"),
])
def test_release_plan_refuses_what_it_cannot_release(recipients: list[str], message: str) -> None:
    with pytest.raises(ReleaseRefused, match=message):
        plan_release(stored_entry(KEYED, DONE), recipients, has_key=has_key, plain=True)
    with pytest.raises(ReleaseRefused, match="every refused recipient was released already"):
        plan_release(stored_entry(DONE), [], has_key=has_key, plain=True)


# --- the server's service --------------------------------------------------------------------------------


class FakeAnalysis:
    """A finished analysis (the values the act step hands over; the classifiers are tested elsewhere)."""

    def __init__(self, decisions: tuple[Decision, ...]) -> None:
        finding = Finding(type="ramq_nam", location="attachment:Tremblay_Marie.pdf", confidence=0.99,
                          excerpt="TREM ****", explanation="test")
        self.facts = MessageFacts(inspection=Inspection(findings=(finding,), confidential=True, reasons=()),
                                  encryption=EncryptionStatus(False), forwarding=None, message_id="<m@x>")
        self.decisions = decisions


def test_keep_stores_only_rule_refusals_with_masked_findings(tmp_path: Path) -> None:
    quarantine = Quarantine(QuarantineSettings(path=tmp_path / "q"), "sentinelle-test")
    quarantine.start = lambda: None  # type: ignore[method-assign]  # no maintenance thread in this test
    envelope = Envelope(SENDER, ("x@clinique.example", "y@gmail.com"))
    analysis = FakeAnalysis((Decision("x@clinique.example", Action.REJECT, Rule.NO_KEY),
                             Decision("y@gmail.com", Action.REJECT, Rule.WEBMAIL)))
    before = sample("sentinelle_quarantined_recipients_total", rule="no_key")
    refusals = [Refusal("x@clinique.example", Rule.NO_KEY), Refusal("y@gmail.com", Rule.WEBMAIL),
                Refusal("z@clinique.example", Rule.NEXT_HOP_REFUSED)]
    entry_id = asyncio.run(quarantine.keep(b"Subject: s\r\n\r\nb\r\n", envelope, analysis, refusals))
    assert sample("sentinelle_quarantined_recipients_total", rule="no_key") == before + 1
    stored = quarantine.store.get(entry_id)
    assert stored is not None and stored.rules == ("no_key", "webmail") and stored.instance == "sentinelle-test"
    assert stored.findings[0]["location"] == "attachment:*.pdf" and stored.findings[0]["excerpt"] == "TREM ****"
    only_next_hop = [Refusal("z@clinique.example", Rule.NEXT_HOP_REFUSED)]
    assert asyncio.run(quarantine.keep(b"x", envelope, analysis, only_next_hop)) == ""


def test_keep_raises_when_the_store_cannot_take_it(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a directory\n")
    quarantine = Quarantine(QuarantineSettings(path=tmp_path / "file" / "q"), "sentinelle-test")
    quarantine.start = lambda: None  # type: ignore[method-assign]
    before = sample("sentinelle_quarantine_store_failures_total", reason="unavailable")
    analysis = FakeAnalysis((Decision("y@gmail.com", Action.REJECT, Rule.WEBMAIL),))
    with pytest.raises(StoreUnavailable):
        asyncio.run(quarantine.keep(b"x", Envelope(SENDER, ("y@gmail.com",)), analysis,
                                    [Refusal("y@gmail.com", Rule.WEBMAIL)]))
    assert sample("sentinelle_quarantine_store_failures_total", reason="unavailable") == before + 1
    assert sample("sentinelle_quarantine_store_up") == 0


def test_maintenance_purges_by_retention_and_exports_the_store_state(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "q")
    now = datetime.now(UTC)

    def put(tag: str, age_days: float) -> str:
        return store.put(NewEntry(sender=SENDER, recipients=(f"{tag}@gmail.com",), decisions=(),
                                  refused=((f"{tag}@gmail.com", "webmail"),), finding_types=(), findings=(),
                                  message_id=f"<{tag}@x>", instance="a", data=tag.encode() * 10,
                                  created=now - timedelta(days=age_days)), 10**9)

    put("old", 31)
    young = put("young", 29)
    store.mark_released(young, "young@gmail.com", operator="secops", reason="ok", mode=ReleaseMode.PLAIN)
    quarantine = Quarantine(QuarantineSettings(path=tmp_path / "q", retention_days=30, max_bytes=4096),
                            "a", store=store)
    released = sample("sentinelle_quarantine_releases_total", mode="plain")
    purged = sample("sentinelle_quarantine_deletions_total", reason="retention")
    quarantine.maintain(now)
    assert [e.id for e in store.list()] == [young]
    assert sample("sentinelle_quarantine_entries") == 1
    assert sample("sentinelle_quarantine_size_bytes") == len(b"young" * 10)
    assert sample("sentinelle_quarantine_max_bytes") == 4096
    assert sample("sentinelle_quarantine_oldest_entry_age_seconds") == pytest.approx(29 * 86400, abs=5)
    assert sample("sentinelle_quarantine_store_up") == 1
    assert sample("sentinelle_quarantine_releases_total", mode="plain") == released + 1
    assert sample("sentinelle_quarantine_deletions_total", reason="retention") == purged + 1
    quarantine.maintain(now)  # counted once: the events were taken
    assert sample("sentinelle_quarantine_releases_total", mode="plain") == released + 1


# --- the command line, in process ------------------------------------------------------------------------


def test_commands_never_create_a_store_init_does(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``sudo sentinelle quarantine list`` before the server ever refused anything must not leave a
    root-owned database behind; ``init`` creates it, and ``show --json --content`` gives the exact bytes."""
    directory = tmp_path / "q"
    policy = tmp_path / "policy.toml"
    policy.write_text(f'[audit]\npath = "{tmp_path / "audit.jsonl"}"\n[quarantine]\npath = "{directory}"\n')
    assert main(["quarantine", "list", "--policy", str(policy)]) == 1
    assert "no quarantine store" in capsys.readouterr().err and not directory.exists()
    assert main(["quarantine", "init", "--policy", str(policy)]) == 0
    assert "schema version 1" in capsys.readouterr().out
    assert main(["quarantine", "list", "--policy", str(policy), "--json"]) == 0
    assert capsys.readouterr().out == ""
    data = b"Subject: essai\r\n\r\n\xe9t\xe9 latin-1 CONTENTSECRET\r\n"
    entry_id = SqliteStore(directory).put(NewEntry(
        sender=SENDER, recipients=("y@gmail.com",), decisions=(), refused=(("y@gmail.com", "webmail"),),
        finding_types=(), findings=(), message_id="<b@x>", instance="a", data=data), 10**9)
    assert main(["quarantine", "show", entry_id, "--policy", str(policy), "--json"]) == 0
    assert "CONTENTSECRET" not in capsys.readouterr().out
    assert main(["quarantine", "show", entry_id, "--policy", str(policy), "--json", "--content"]) == 0
    assert base64.b64decode(json.loads(capsys.readouterr().out)["content_base64"]) == data
    assert '"rule":"content_shown"' in (tmp_path / "audit.jsonl").read_text()
    assert main(["quarantine", "release", entry_id, "--policy", str(policy)]) == 2  # --reason is required
