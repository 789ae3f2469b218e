"""Prometheus multiprocess mode, set up before anything imports ``prometheus_client``.

prometheus-client picks where its values live (process memory, or files shared by every worker in
``PROMETHEUS_MULTIPROC_DIR``) once, when it is first imported. So ``sentinelle serve --workers N``
configures it in the entry point (``proxy.cli.main``), before the serve command and everything it
imports are loaded; every other module then imports ``prometheus_client`` and
``proxy.observability.metrics`` at the top like any library. This module is the one that must not
import ``prometheus_client`` itself (tests/test_observability.py checks it)."""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"


def prepare_multiprocess(directory: Path | None) -> Path:
    """Point prometheus-client at a clean multiprocess directory and return it.

    ``directory`` None creates a fresh private (0700) temporary directory;
    otherwise the directory is created if missing and its stale ``*.db``
    files, left by an earlier run, are deleted (stale counters would be
    summed into the new run's). Sets ``PROMETHEUS_MULTIPROC_DIR``, which
    workers inherit.

    Must run before prometheus_client is first imported in this process:
    the library picks its value storage at import time. Raises RuntimeError
    otherwise, rather than silently reporting one worker's numbers.
    """
    values = _imported_prometheus_values()
    if values is not None and not _is_multiprocess_value_class(values):
        raise RuntimeError("prepare_multiprocess() must run before prometheus_client is imported")
    if directory is None:
        path = Path(tempfile.mkdtemp(prefix="sentinelle-metrics-"))
    else:
        path = directory
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        for stale in path.glob("*.db"):
            stale.unlink()
    os.environ[MULTIPROC_ENV] = str(path)
    return path


def multiprocess_directory() -> Path | None:
    """The multiprocess directory in force in this process, or None in single-process mode."""
    value = os.environ.get(MULTIPROC_ENV)
    return Path(value) if value else None


def remove_multiprocess_directory(path: Path) -> None:
    """Delete a directory made by ``prepare_multiprocess(None)`` at shutdown (ignores a missing one)."""
    shutil.rmtree(path, ignore_errors=True)


def _imported_prometheus_values() -> Any:
    return sys.modules.get("prometheus_client.values")


def _is_multiprocess_value_class(values: Any) -> bool:
    # MultiProcessValue() returns MmapedValue, whose class attribute _multiprocess is True.
    return bool(getattr(values.ValueClass, "_multiprocess", False))
