"""``sentinelle serve`` as a real child process, for the real-Postfix tests (LMTP, before-queue, scaling).

Unlike ``test_server.start_serve``, stderr goes to a file: a long run logs more than a pipe holds,
and a full pipe would block the server.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from conftest import wait_for_greeting

REPO = Path(__file__).resolve().parents[1]


def write_policy(path: Path, *, listen: int, next_hop: str, server_extra: str = "", extra: str = "") -> Path:
    """A test policy: no NER (fast start), no metrics listener; ``server_extra`` lines go in [server]."""
    path.write_text(f"""
[classifiers]
ner = false
[server]
listen = "127.0.0.1:{listen}"
next_hop = "{next_hop}"
shutdown_grace_seconds = 5
next_hop_timeout_seconds = 20
{server_extra}
[metrics]
listen = ""
{extra}
""")
    if "[quarantine]" not in extra:  # the test's own directory, never the machine's /var/lib/sentinelle
        with path.open("a") as policy:
            policy.write(f'[quarantine]\npath = "{path.parent / "quarantine"}"\n')
    return path


def terminate(process: subprocess.Popen[bytes], grace: float) -> None:
    """SIGTERM (a graceful drain), then SIGKILL if ``process`` has not exited within ``grace`` seconds."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


class Sentinelle:
    """One ``sentinelle serve`` process listening on ``port``; its stderr in ``log``."""

    def __init__(self, policy: Path, port: int, log: Path, *args: str) -> None:
        self.port = port
        self.log = log
        with open(log, "ab") as stderr:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "sentinelle.proxy", "serve", "--policy", str(policy), *args],
                cwd=policy.parent, env={**os.environ, "PYTHONPATH": str(REPO)},
                stdout=subprocess.DEVNULL, stderr=stderr)

    def wait_listening(self, timeout: float = 90.0) -> Sentinelle:
        if not wait_for_greeting(self.port, timeout, self._alive):
            raise AssertionError(f"serve did not start listening:\n{self.log.read_text()}")
        return self

    def _alive(self) -> None:
        if self.process.poll() is not None:
            raise AssertionError(f"serve exited {self.process.returncode}:\n{self.log.read_text()}")

    def kill(self) -> None:
        """SIGKILL: no drain, connections cut mid-transaction."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        terminate(self.process, 30)
