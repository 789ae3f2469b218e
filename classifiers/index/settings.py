"""``[classifiers.index]`` as a frozen value (built by ``proxy.policy``; defaults equal the shipped policy)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class IndexSettings:
    """Where the patient index and its key are.

    ``stamp`` identifies the files' current versions (inode, modification time and size of
    both), read when the policy is loaded: a rebuilt index (a new file renamed into place)
    gives another stamp, so the configuration differs and SIGHUP loads the new index even when
    policy.toml did not change.
    """

    path: Path
    key_path: Path
    stamp: str = ""


def file_stamp(*paths: Path) -> str:
    """``inode:mtime_ns:size`` of each file ('?' when it cannot be read: the load will say why)."""
    parts = []
    for path in paths:
        try:
            status = path.stat()
            parts.append(f"{status.st_ino}:{status.st_mtime_ns}:{status.st_size}")
        except OSError:
            parts.append("?")
    return "/".join(parts)
