"""The ``[quarantine]`` policy table, validated once at load into a frozen value.

Kept apart from ``proxy.policy`` (which calls ``build_settings``) so that the quarantine's keys live
with the code that uses them; nothing here imports the rest of the proxy.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class Backend(StrEnum):
    EMBEDDED = "embedded"  # SQLite (WAL) in ``path``: one host, nothing to install
    POSTGRESQL = "postgresql"  # one store shared by several instances


class TlsMode(StrEnum):
    """libpq's ``sslmode`` values Sentinelle accepts for the PostgreSQL connection."""

    DISABLE = "disable"
    REQUIRE = "require"
    VERIFY_CA = "verify-ca"
    VERIFY_FULL = "verify-full"


DEFAULT_PATH = Path("/var/lib/sentinelle/quarantine")
DEFAULT_MAX_BYTES = 10 * 1024**3
# ``dsn = "env:NAME"``: read the DSN from an environment variable at connection time.
DSN_FROM_ENV = "env:"


@dataclass(frozen=True, slots=True)
class QuarantineSettings:
    enabled: bool = True
    backend: Backend = Backend.EMBEDDED
    path: Path = DEFAULT_PATH
    dsn: str = ""
    tls: TlsMode = TlsMode.VERIFY_FULL
    tls_ca_file: str = ""
    retention_days: int = 30
    max_bytes: int = DEFAULT_MAX_BYTES
    # How often each process purges entries older than ``retention_days``.
    purge_interval_seconds: float = 3600.0


KNOWN_KEYS = frozenset(QuarantineSettings.__dataclass_fields__)


class Reader(Protocol):
    """What ``proxy.policy.loader._Reader`` offers (typed access that records every error with its key path)."""

    errors: list[str]

    def table(self, doc: Mapping[str, Any], key: str, path: str, known: set[str]) -> dict[str, Any]: ...

    def get(self, doc: Mapping[str, Any], key: str, path: str, kind: type[T] | tuple[type, ...], default: T,
            check: Callable[[Any], str | None] | None = None) -> T: ...

    def enum(self, doc: Mapping[str, Any], key: str, path: str, kind: type[Any], default: Any) -> Any: ...


def _positive(value: Any) -> str | None:
    return None if value > 0 else "must be greater than 0"


def build_settings(doc: Mapping[str, Any], r: Reader) -> QuarantineSettings:
    """The ``[quarantine]`` table of policy document ``doc``; errors go to ``r.errors``."""
    base = QuarantineSettings()
    q = r.table(doc, "quarantine", "", set(KNOWN_KEYS))
    path = "quarantine"
    settings = QuarantineSettings(
        enabled=r.get(q, "enabled", path, bool, base.enabled),
        backend=r.enum(q, "backend", path, Backend, base.backend),
        path=Path(r.get(q, "path", path, str, str(base.path), lambda v: None if v else "must not be empty")),
        dsn=r.get(q, "dsn", path, str, ""),
        tls=r.enum(q, "tls", path, TlsMode, base.tls),
        tls_ca_file=r.get(q, "tls_ca_file", path, str, ""),
        retention_days=r.get(q, "retention_days", path, int, base.retention_days, _positive),
        max_bytes=r.get(q, "max_bytes", path, int, base.max_bytes, _positive),
        purge_interval_seconds=float(r.get(q, "purge_interval_seconds", path, (int, float),
                                           base.purge_interval_seconds, _positive)),
    )
    if settings.enabled and settings.backend is Backend.POSTGRESQL and not settings.dsn:
        r.errors.append("quarantine.dsn: required when backend = \"postgresql\" "
                        "(e.g. \"host=db.example port=5432 dbname=sentinelle user=sentinelle\")")
    if settings.dsn.startswith(DSN_FROM_ENV) and not settings.dsn[len(DSN_FROM_ENV):]:
        r.errors.append("quarantine.dsn: \"env:\" needs a variable name, e.g. \"env:SENTINELLE_QUARANTINE_DSN\"")
    return settings


def resolve_dsn(dsn: str) -> str:
    """``env:NAME`` -> the value of environment variable NAME (a Kubernetes Secret, so that the
    password stays out of the policy file); anything else as is. KeyError when NAME is unset."""
    if dsn.startswith(DSN_FROM_ENV):
        return os.environ[dsn[len(DSN_FROM_ENV):]]
    return dsn
