"""Open the store the policy names."""

from __future__ import annotations

from sentinelle.proxy.policy.quarantine import Backend, QuarantineSettings
from sentinelle.proxy.quarantine.store import QuarantineStore


def open_store(settings: QuarantineSettings, *, create: bool = True) -> QuarantineStore:
    """The store for ``settings`` (no connection is made until it is first used). ``create`` False:
    an embedded store that does not exist yet is not created (the operator's commands)."""
    if settings.backend is Backend.POSTGRESQL:
        from sentinelle.proxy.quarantine.postgresql import PostgresStore

        return PostgresStore(settings)
    from sentinelle.proxy.quarantine.sqlite import SqliteStore

    return SqliteStore(settings.path, create=create)
