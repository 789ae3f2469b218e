"""``[classifiers.index]`` of policy.toml: read, and check that the files are usable.

The policy loader calls ``read_index_settings``; ``sentinelle policy check``, start-up and
SIGHUP therefore all refuse an index that is missing, unreadable, damaged in its header, or
built with another key (the classifier verifies the checksum of the entries when it loads).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Protocol

from sentinelle.classifiers.index.settings import IndexSettings, file_stamp

INDEX_KEYS = {"path", "key_path", "name_alone_confidential"}


class Reader(Protocol):
    """``proxy.policy.loader._Reader``: typed access that records errors with their key paths."""

    errors: list[str]

    def table(self, doc: Mapping[str, Any], key: str, path: str, known: set[str]) -> dict[str, Any]: ...

    def get(self, doc: Mapping[str, Any], key: str, path: str, kind: Any, default: Any,
            check: Callable[[Any], str | None] | None = None) -> Any: ...


def read_index_settings(classifiers_doc: Mapping[str, Any], r: Reader) -> tuple[IndexSettings | None, bool]:
    """(settings or None when the table is absent, ``name_alone_confidential``)."""
    if "index" not in classifiers_doc:
        return None, False
    where = "classifiers.index"
    doc = r.table(classifiers_doc, "index", "classifiers", INDEX_KEYS)
    required: Callable[[Any], str | None] = lambda v: None if v.strip() else "must not be empty"  # noqa: E731
    path = r.get(doc, "path", where, str, "", required)
    key_path = r.get(doc, "key_path", where, str, "", required)
    name_alone = bool(r.get(doc, "name_alone_confidential", where, bool, False))
    r.errors.extend(f"{where}.{key}: required" for key in ("path", "key_path") if key not in doc)
    if not path or not key_path:
        return None, name_alone
    settings = IndexSettings(Path(path), Path(key_path), file_stamp(Path(path), Path(key_path)))
    problem = check_index_files(settings)
    if problem:
        r.errors.append(f"{where}: {problem}")
    return settings, name_alone


def check_index_files(settings: IndexSettings) -> str | None:
    """Why the index in ``settings`` cannot be used, or None (header, size and key check; fast)."""
    from sentinelle.classifiers.index.store import IndexFileError, PatientIndex  # deferred: numpy

    try:
        PatientIndex.open(settings.path, settings.key_path, verify=False)
    except IndexFileError as error:
        return str(error)
    return None
