"""A private, real Postfix on loopback ports, for integration tests (reusable by every helper).

    with PostfixInstance(content_filter="sentinelle:[127.0.0.1]:PORT", relayhost=f"[127.0.0.1]:{sink}",
                         master_extra=deploy_snippet) as postfix:
        smtplib.SMTP("127.0.0.1", postfix.smtpd_port).sendmail(...)
        postfix.flush(); postfix.queue()

Each instance gets its own directory under /tmp (mode 0755, so the postfix user can traverse it):
config, queue, data and a ``maillog`` file (there is no syslog here). Its config directory is
registered in the default /etc/postfix/main.cf's ``alternate_config_directories`` (Postfix refuses
an unregistered one), under a lock, and unregistered at stop. Retries are fast (seconds). Failures
raise ``PostfixError`` with the tail of the maillog.
"""

from __future__ import annotations

import contextlib
import fcntl
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO

from conftest import free_port, wait_for_greeting

REPO = Path(__file__).resolve().parents[1]
_REGISTRY_LOCK = Path("/tmp/sentinelle-postfix-alternate.lock")


class PostfixError(RuntimeError):
    pass


def available() -> bool:
    return shutil.which("postfix", path="/usr/sbin:/usr/bin") is not None


def deploy_snippet(name: str, replacements: dict[str, str]) -> str:
    """A file of deploy/postfix/ with its ports replaced (e.g. {"10026": "41234"})."""
    text = (REPO / "deploy" / "postfix" / name).read_text()
    for old, new in replacements.items():
        text = text.replace(old, new)
    return text


def content_filter_postfix(sink_port: int, snippets: str = "") -> tuple[PostfixInstance, int, int]:
    """A Postfix (not started) relaying to 127.0.0.1:``sink_port`` through the after-queue content
    filter of deploy/postfix/``snippets`` (main.cf's ``content_filter``, master.cf's services), with
    their ports 10025 (to Sentinelle) and 10026 (reinjection) replaced by free ones.

    Returns the instance, the Sentinelle port and the reinjection port.
    """
    sentinelle_port, reinject_port = free_port(), free_port()
    ports = {"10025": str(sentinelle_port), "10026": str(reinject_port)}
    prefix = f"{snippets}/" if snippets else ""
    content_filter = next(line.split("=", 1)[1].strip() for line in deploy_snippet(prefix + "main.cf", ports)
                          .splitlines() if line.startswith("content_filter"))
    postfix = PostfixInstance(relayhost=f"[127.0.0.1]:{sink_port}", content_filter=content_filter,
                              master_extra=deploy_snippet(prefix + "master.cf", ports))
    return postfix, sentinelle_port, reinject_port


@contextlib.contextmanager
def _locked() -> Iterator[IO[str]]:
    with open(_REGISTRY_LOCK, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield handle
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _master_cf_base() -> str:
    """Debian's master.cf without its port-25 listener and with chroot off (a private queue
    directory has no chroot jail)."""
    out: list[str] = []
    skipping = False
    for line in Path("/etc/postfix/master.cf").read_text().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0] in " \t":
            if not skipping:
                out.append(line)
            continue
        fields = line.split()
        skipping = fields[1] == "inet" or fields[-1] in ("pipe",) or (len(fields) > 7 and fields[7] == "pipe")
        if skipping:
            continue
        if len(fields) >= 8:
            fields[4] = "n"
            line = "  ".join(fields[:8]) + ("  " + " ".join(fields[8:]) if len(fields) > 8 else "")
        out.append(line)
    return "\n".join(out) + "\n"


class PostfixInstance:
    """One private Postfix. ``smtpd_port`` is where tests submit mail (filtered by ``content_filter``
    when given); ``master_extra`` is appended to master.cf (e.g. the deploy/ snippets)."""

    def __init__(self, *, relayhost: str, content_filter: str = "", master_extra: str = "",
                 main_extra: dict[str, str] | None = None, smtpd_port: int | None = None) -> None:
        self.base = Path(tempfile.mkdtemp(prefix="sentinelle-postfix-", dir="/tmp"))
        self.base.chmod(0o755)
        self.config = self.base / "etc"
        self.queue_dir = self.base / "queue"
        self.data_dir = self.base / "data"
        self.maillog = self.base / "maillog"
        self.smtpd_port = smtpd_port or free_port()
        self.relayhost = relayhost
        self.content_filter = content_filter
        self.master_extra = master_extra
        self.main_extra = dict(main_extra or {})
        self.running = False

    # -- set-up ---------------------------------------------------------------------------------
    def _write_config(self) -> None:
        self.config.mkdir()
        self.data_dir.mkdir()
        self.queue_dir.mkdir()
        shutil.chown(self.data_dir, "postfix", "postfix")
        settings = {
            "compatibility_level": "3.6",
            "queue_directory": str(self.queue_dir),
            "data_directory": str(self.data_dir),
            "mail_owner": "postfix",
            "setgid_group": "postdrop",
            "myhostname": "postfix.sentinelle.test",
            "mydestination": "",
            "inet_interfaces": "127.0.0.1",
            "inet_protocols": "ipv4",
            "mynetworks": "127.0.0.0/8",
            "relayhost": self.relayhost,
            "disable_dns_lookups": "yes",
            "smtp_host_lookup": "native",
            "smtp_tls_security_level": "none",
            "smtpd_tls_security_level": "none",
            "maillog_file": str(self.maillog),
            "maillog_file_prefixes": "/tmp",
            "syslog_name": "postfix-test",
            "minimal_backoff_time": "2s",
            "maximal_backoff_time": "4s",
            "queue_run_delay": "2s",
            "smtp_connect_timeout": "5s",
            "biff": "no",
            "alias_maps": "",
            "alias_database": "",
            "local_recipient_maps": "",
            "content_filter": self.content_filter,
            **self.main_extra,
        }
        (self.config / "main.cf").write_text("".join(f"{k} = {v}\n" for k, v in settings.items()))
        master = _master_cf_base()
        master += f"127.0.0.1:{self.smtpd_port} inet n - n - - smtpd\n"
        master += self.master_extra
        (self.config / "master.cf").write_text(master)

    def _register(self, add: bool) -> None:
        with _locked():
            current = subprocess.run(["postconf", "-h", "alternate_config_directories"], capture_output=True,
                                     text=True, check=True).stdout.split()
            current = [c.strip(",") for c in current if c.strip(",")]
            wanted = [c for c in current if c != str(self.config)] + ([str(self.config)] if add else [])
            subprocess.run(["postconf", "-e", f"alternate_config_directories = {' '.join(wanted)}"], check=True)

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(list(args), capture_output=True, text=True, timeout=60)
        if check and result.returncode != 0:
            raise PostfixError(f"{' '.join(args)} exited {result.returncode}: {result.stderr.strip()}\n"
                               f"maillog:\n{self.maillog_tail()}")
        return result

    def start(self) -> None:
        self._write_config()
        self._register(True)
        self.run("postfix", "-c", str(self.config), "check")
        try:
            self.run("postfix", "-c", str(self.config), "start")
        except PostfixError as first:
            # Seen once under a loaded CI host: "mail system startup failed" with nothing in the maillog. One
            # more try after a clean stop; a second failure is reported with both errors.
            self.run("postfix", "-c", str(self.config), "stop", check=False)
            time.sleep(1.0)
            try:
                self.run("postfix", "-c", str(self.config), "start")
            except PostfixError as second:
                raise PostfixError(f"{second}\n(first attempt: {first})") from first
        self.running = True
        self._wait_listening(self.smtpd_port)

    def _wait_listening(self, port: int, timeout: float = 20.0) -> None:
        if not wait_for_greeting(port, timeout):
            raise PostfixError(f"Postfix is not listening on {port}\nmaillog:\n{self.maillog_tail()}")

    def stop(self) -> None:
        if self.running:
            self.run("postfix", "-c", str(self.config), "stop", check=False)
            self.running = False
        with contextlib.suppress(subprocess.CalledProcessError):
            self._register(False)
        shutil.rmtree(self.base, ignore_errors=True)

    def __enter__(self) -> PostfixInstance:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    # -- inspection -----------------------------------------------------------------------------
    def queue(self) -> str:
        """``postqueue -p`` output ("Mail queue is empty" when empty)."""
        return self.run("postqueue", "-c", str(self.config), "-p", check=False).stdout

    def queue_empty(self) -> bool:
        return "Mail queue is empty" in self.queue()

    def flush(self) -> None:
        self.run("postqueue", "-c", str(self.config), "-f")

    def wait(self, condition: Callable[[], object], timeout: float = 30.0, what: str = "condition") -> None:
        """Poll ``condition()`` (flushing the queue now and then) until true, else PostfixError."""
        deadline = time.monotonic() + timeout
        next_flush = time.monotonic() + 2.0
        while time.monotonic() < deadline:
            if condition():
                return
            if time.monotonic() > next_flush:
                self.flush()
                next_flush = time.monotonic() + 2.0
            time.sleep(0.1)
        raise PostfixError(f"timed out waiting for {what}\nqueue:\n{self.queue()}\nmaillog:\n{self.maillog_tail()}")

    def maillog_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.maillog.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no maillog)"
