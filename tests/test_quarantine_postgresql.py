"""Issue #13 with ``quarantine.backend = "postgresql"``: two live Sentinelle instances sharing one real
PostgreSQL (a throwaway cluster started here, tests/postgres_support.py).

The schema comes from ``sentinelle quarantine init``; a no-key refusal by instance A is listed and
released through instance B's policy once the key is imported (the copy decrypts with gpg); with the
database down a refused message gets 451 (mail nobody refuses still flows) and is kept once the
database is back. All data is synthetic.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import RunningSink, free_port
from policy_e2e_support import (
    INTERNAL,
    SENDER,
    UNKEYED,
    WEBMAIL,
    Keys,
    assert_is_original_entity,
    confidential_message,
    decrypt_with_gpg,
    message_id,
    notification_text,
    pgp_mime_payload,
    plain_message,
    sentinelle,
    smtp_send,
    split_added_headers,
)
from policy_support import export_public, export_secret, kill_agent, make_key, new_home
from postgres_support import Cluster, start_cluster
from sentinelle_process import Sentinelle, write_policy

from sentinelle.proxy.quarantine.sql import SCHEMA_VERSION

pytestmark = pytest.mark.slow


@dataclass
class Instance:
    name: str
    policy: Path
    audit: Path
    server: Sentinelle

    def quarantine(self, *args: str) -> tuple[int, str, str]:
        result = sentinelle("quarantine", *args, "--policy", str(self.policy), cwd=self.policy.parent)
        return result.returncode, result.stdout, result.stderr

    def listed(self) -> list[dict[str, object]]:
        code, out, err = self.quarantine("list", "--json")
        assert code == 0, err
        return [json.loads(line) for line in out.splitlines()]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("quarantine-pg")


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    running = start_cluster()
    yield running
    running.destroy()


@pytest.fixture(autouse=True)
def sink(module_sink: RunningSink) -> RunningSink:
    """The module's sink, emptied before each test."""
    return module_sink.emptied()


@pytest.fixture(scope="module")
def late_key(base: Path) -> Iterator[Keys]:
    home = new_home(base / "recipient-gnupg")
    fingerprint = make_key(home, f"Accueil <{UNKEYED}>")
    public_file = base / "accueil-public.asc"
    public_file.write_bytes(export_public(home, fingerprint))
    secret_file = base / "accueil-secret.asc"
    secret_file.write_bytes(export_secret(home, fingerprint))
    keyring = new_home(base / "gateway-keyring")
    yield Keys(home, fingerprint, public_file, secret_file, keyring)
    kill_agent(home)
    kill_agent(keyring)


def make_policy(base: Path, name: str, cluster: Cluster, sink: RunningSink, keyring: Path) -> tuple[Path, Path, int]:
    directory = base / name
    directory.mkdir(exist_ok=True)
    port = free_port()
    audit = directory / "audit.jsonl"
    policy = write_policy(
        directory / "policy.toml", listen=port, next_hop=sink.address, server_extra=f'hostname = "{name}"',
        extra=f'[audit]\npath = "{audit}"\n[encryption]\nkeyring = "{keyring}"\n'
              f'[quarantine]\nbackend = "postgresql"\ndsn = "{cluster.dsn()}"\ntls = "disable"\n')
    return policy, audit, port


@pytest.fixture(scope="module")
def instances(base: Path, cluster: Cluster, module_sink: RunningSink, late_key: Keys) -> Iterator[list[Instance]]:
    made: list[Instance] = []
    try:
        for name in ("sentinelle-a", "sentinelle-b"):
            policy, audit, port = make_policy(base, name, cluster, module_sink, late_key.keyring)
            made.append(Instance(name, policy, audit, Sentinelle(policy, port, policy.parent / "serve.log")))
        # The schema: created by the command, before the servers take mail (twice: idempotent).
        for instance in made:
            code, out, err = instance.quarantine("init")
            assert code == 0, err
            assert f"schema version {SCHEMA_VERSION}" in out and "postgresql" in out
        for instance in made:
            instance.server.wait_listening()
        yield made
    finally:
        for instance in made:
            instance.server.stop()


def test_refused_by_one_instance_listed_and_released_through_the_other(
        instances: list[Instance], sink: RunningSink, late_key: Keys) -> None:
    first, second = instances
    mid = message_id("pg-nokey")
    original = confidential_message([UNKEYED], mid)
    code, reply = smtp_send(first.server.port, SENDER, [UNKEYED], original)
    assert code == 250, reply
    [notice] = [m for m in sink.sink.wait_for(1) if m.mail_from == "<>"]
    [entry] = [e for e in second.listed() if e["message_id"] == mid]
    assert entry["instance"] == "sentinelle-a" and entry["recipients"] == [UNKEYED] and entry["rules"] == ["no_key"]
    entry_id = str(entry["id"])
    assert f"quarantine under ID {entry_id}" in notification_text(notice.data)

    imported = sentinelle("keys", "--keyring", str(late_key.keyring), "import", str(late_key.public_file),
                          cwd=second.policy.parent)
    assert imported.returncode == 0, imported.stderr
    code, out, err = second.quarantine("release", entry_id, "--reason", "clé reçue, billet 5120")
    assert code == 0, err
    assert f"released {entry_id} to {UNKEYED}: gateway-encrypted" in out
    [copy] = [m for m in sink.sink.wait_for(2) if UNKEYED in m.rcpt_tos]
    names, rest = split_added_headers(copy.data)
    assert names == ["X-Sentinelle-Scanned", "X-Sentinelle-Released"]
    _, armored = pgp_mime_payload(rest)
    assert_is_original_entity(decrypt_with_gpg(late_key, armored), original)
    [released] = [json.loads(line) for line in second.audit.read_text().splitlines()
                  if json.loads(line)["rule"] == "released"]
    assert released["quarantine_id"] == entry_id and released["reason"] == "clé reçue, billet 5120"
    # The first instance's view of the same store shows the release.
    [seen] = [e for e in first.listed() if e["id"] == entry_id]
    assert [r["recipient"] for r in seen["released"]] == [UNKEYED]  # type: ignore[union-attr]


def test_database_down_gives_451_and_the_retry_is_kept(instances: list[Instance], cluster: Cluster,
                                                        sink: RunningSink) -> None:
    _, second = instances
    mid = message_id("pg-down")
    refused = plain_message([WEBMAIL], mid)
    cluster.stop()
    try:
        code, reply = smtp_send(second.server.port, SENDER, [WEBMAIL], refused)
        assert code == 451, reply
        assert sink.sink.wait_for(1, timeout=1) == []  # nothing relayed, no notification
        code, reply = smtp_send(second.server.port, SENDER, [INTERNAL], plain_message([INTERNAL],
                                                                                      message_id("pg-ok")))
        assert code == 250, reply
    finally:
        cluster.start()
    code, reply = smtp_send(second.server.port, SENDER, [WEBMAIL], refused)  # the upstream's retry
    assert code == 250, reply
    assert [e["message_id"] for e in second.listed()].count(mid) == 1
    log = (second.policy.parent / "serve.log").read_text()
    assert "could not be stored; answering 451" in log and "SECRET" not in log
