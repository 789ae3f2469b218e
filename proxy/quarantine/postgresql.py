"""The PostgreSQL quarantine store (``quarantine.backend = "postgresql"``), with psycopg 3.

For several Sentinelle instances (behind one Postfix, or pods in Kubernetes): one store the security
team reviews whatever instance refused the message. The schema is created and migrated by
``sentinelle quarantine init`` (never implicitly by the server: the database belongs to the
institution, and a missing schema is reported, with a 451, rather than guessed at).

The connection: ``quarantine.dsn`` (libpq key/value or URI; ``env:NAME`` reads it from an
environment variable, e.g. a Kubernetes Secret), TLS from ``quarantine.tls`` (libpq ``sslmode``,
``verify-full`` by default) and ``quarantine.tls_ca_file`` (``sslrootcert``). Timeouts keep a
database that hangs from holding an SMTP transaction: the caller turns them into a 451.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, ClassVar

import psycopg

from sentinelle.proxy.policy.quarantine import QuarantineSettings, resolve_dsn
from sentinelle.proxy.quarantine.sql import Run, SqlStore

CONNECT_TIMEOUT_SECONDS = 5
STATEMENT_TIMEOUT_MS = 15_000
# pg_advisory_xact_lock key: serialises concurrent `quarantine init` runs.
SCHEMA_LOCK = 0x5E971_0001


class PostgresStore(SqlStore):
    name = "postgresql"
    placeholder = "%s"
    types: ClassVar[Mapping[str, str]] = {"real": "DOUBLE PRECISION", "blob": "BYTEA",
                                          "serial": "BIGSERIAL PRIMARY KEY"}

    def __init__(self, settings: QuarantineSettings) -> None:
        super().__init__()
        self.settings = settings

    def _connect(self) -> Any:
        options: dict[str, Any] = {"sslmode": self.settings.tls.value}
        if self.settings.tls_ca_file:
            options["sslrootcert"] = self.settings.tls_ca_file
        return psycopg.connect(resolve_dsn(self.settings.dsn), autocommit=True, connect_timeout=CONNECT_TIMEOUT_SECONDS,
                               application_name="sentinelle", options=f"-c statement_timeout={STATEMENT_TIMEOUT_MS}",
                               **options)

    def _errors(self) -> tuple[type[BaseException], ...]:
        return (psycopg.Error,)

    def _describe(self, error: BaseException) -> str:
        if isinstance(error, psycopg.errors.UndefinedTable):
            return "the quarantine schema is missing: run `sentinelle quarantine init`"
        if isinstance(error, KeyError):
            return f"quarantine.dsn: environment variable {error} is not set"
        # psycopg's messages name the server, the role or the failure; the first line is enough.
        first = str(error).strip().splitlines()
        return f"{type(error).__name__}: {first[0] if first else ''}"

    def _lock_schema(self, run: Run) -> None:
        run("SELECT pg_advisory_xact_lock(?)", (SCHEMA_LOCK,))

    @contextmanager
    def _transaction(self, connection: Any, write: bool) -> Iterator[None]:
        with connection.transaction():
            yield
