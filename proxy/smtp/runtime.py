"""Process-wide state of a running proxy: policy, classifier, analyzer, keyring, signer, audit trail,
next hop, and the SIGHUP reload that swaps them.

Loaded once per process (the spaCy model is loaded here, once, before ``--workers`` forks). A
message in flight keeps the ``Services`` it started with; a reload builds new ones and swaps the
reference, so there is no lock on the message path. A failed reload changes nothing.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import logging
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sentinelle.proxy.delivery.dkim import DkimKeyError, Signer
from sentinelle.proxy.delivery.keyring import Keyring
from sentinelle.proxy.delivery.maildir import MaildirNextHop
from sentinelle.proxy.delivery.relay import NextHopClient, SmtpNextHop
from sentinelle.proxy.observability import health as observability
from sentinelle.proxy.observability.audit import AuditTrail
from sentinelle.proxy.pipeline.analyze import AnalysisJournal, Analyzer
from sentinelle.proxy.pipeline.services import Services
from sentinelle.proxy.policy.loader import load_policy, missing_sections, security_changes
from sentinelle.proxy.policy.schema import HostPort, NextHop, Policy, PolicyError
from sentinelle.proxy.quarantine.keep import Quarantine

log = logging.getLogger(__name__)

# One analysis thread per process (proxy.pipeline.flow.run_analysis): under the GIL threads cannot run
# Python in parallel, and every hand-off between runnable threads costs CPU (a NER-heavy 5 KB message
# cost 12-14 ms with four analysis threads, 8-9 ms with one: bench/RESULTS.md). Messages with
# attachments (or too large to triage on the loop) and gpg have their own small pool: their time goes
# mostly to waiting on another process (sandboxed parsers, gpg), and a long parse must not hold up
# the analysis of ordinary mail.
ANALYSIS_THREADS = 1
ATTACHMENT_THREADS = 3
# How old the key gauges (usable keys, keys expiring within 30 days) may get: keys expire with the
# calendar, not only at start-up and reload.
KEYRING_GAUGE_SECONDS = 300.0


class StartupError(Exception):
    """Start-up cannot go on; the message says what to fix (printed, then exit non-zero)."""


@dataclass(frozen=True, slots=True)
class Overrides:
    """Command-line flags, which win over the policy file (at start-up and on every reload)."""

    listen: HostPort | None = None
    next_hop: NextHop | None = None
    keyring: Path | None = None


def apply_overrides(policy: Policy, overrides: Overrides) -> Policy:
    server = policy.server
    if overrides.listen is not None:
        server = dataclasses.replace(server, listen=overrides.listen)
    if overrides.next_hop is not None:
        server = dataclasses.replace(server, next_hop=overrides.next_hop)
    encryption = policy.encryption
    if overrides.keyring is not None:
        encryption = dataclasses.replace(encryption, keyring=overrides.keyring)
    return dataclasses.replace(policy, server=server, encryption=encryption)


def make_next_hop(policy: Policy, hostname: str) -> NextHopClient:
    hop = policy.server.next_hop
    if hop.maildir is not None:
        maildir = MaildirNextHop(hop.maildir)
        maildir.prepare()
        return maildir
    assert hop.address is not None
    return SmtpNextHop(hop.address, timeout=policy.server.next_hop_timeout_seconds, hostname=hostname,
                       tls=policy.server.tls.next_hop, ca_file=policy.server.tls.next_hop_ca_file)


def load_classifier(policy: Policy) -> Any:
    from sentinelle.classifiers import Classifier

    classifier = Classifier.load(policy.classifiers)
    # The classifier defers this import to its first inspection (the attachment readers: icalendar,
    # python-docx...; about 0.18 s of CPU). The server inspects anyway: imported here, in the
    # supervisor before the fork, each worker (and each restarted one) inherits it instead of
    # paying for it, and holding a copy of it, on its first message.
    import sentinelle.classifiers.extract  # noqa: F401

    return classifier



def _warm_up(classifier: Any, seconds: float) -> None:
    if seconds <= 0:
        return
    from sentinelle.classifiers.warmup import warm_up

    done = warm_up(classifier, seconds=seconds)
    log.info("classifier warmed up on %d messages in %.1f s", done.messages, done.seconds)


def open_journal(policy: Policy) -> AnalysisJournal | None:
    """The analysis journal in ``server.state_directory`` (empty: the keyring's parent directory,
    ``/var/lib/sentinelle`` as shipped) (``proxy.pipeline.analyze.AnalysisJournal``), or
    None with a warning when the directory cannot be used: the journal only shortens crash loops
    (each attempt still answers 451), so the proxy runs without it rather than not at all."""
    directory = Path(policy.server.state_directory or policy.encryption.keyring.parent) / "analyses"
    try:
        return AnalysisJournal(directory)
    except OSError as error:
        log.warning("analysis journal disabled: %s: %s", directory, error.strerror or error)
        return None


def _quarantine(policy: Policy, hostname: str, previous: Services | None) -> Any:
    """The quarantine for ``policy`` (the previous one, and its connection, while unchanged)."""
    kept = previous.quarantine if previous is not None else None
    if not policy.quarantine.enabled:
        if kept is not None:
            kept.stop()
        return None
    if kept is not None and kept.settings == policy.quarantine and kept.instance == hostname:
        return kept
    quarantine = Quarantine(policy.quarantine, hostname)
    if kept is not None and kept.running:  # a worker's reload: never start a thread in the supervisor
        kept.stop()
        quarantine.start()
    return quarantine


class Runtime:
    """Builds and holds the current ``Services``; ``reload()`` on SIGHUP."""

    def __init__(self, policy_path: str | None, overrides: Overrides = Overrides(), *,
                 classifier_loader: Callable[[Policy], Any] = load_classifier,
                 open_audit: bool = True) -> None:
        self.policy_path = policy_path
        self.overrides = overrides
        self._classifier_loader = classifier_loader
        self._open_audit = open_audit
        self.executor = concurrent.futures.ThreadPoolExecutor(ANALYSIS_THREADS, thread_name_prefix="analysis")
        self.attachment_executor = concurrent.futures.ThreadPoolExecutor(ATTACHMENT_THREADS,
                                                                         thread_name_prefix="attachments")
        self.classifier: Any = None
        self.audit: AuditTrail | None = None
        self._warm_up_on_load = False  # set by warm_up(): a classifier a reload builds is warmed too
        self._keyring_due: float | None = None  # monotonic time of the next key-gauge refresh (None: off)
        try:
            policy = apply_overrides(load_policy(policy_path), overrides)
        except PolicyError as error:
            raise StartupError(error.report()) from None
        self._services = self._build(policy, previous=None)

    @property
    def services(self) -> Services:
        """The current services. Read for every SMTP command and message, so it also refreshes the
        key gauges when they are older than ``KEYRING_GAUGE_SECONDS`` (in a thread: gpg is a child
        process)."""
        due = self._keyring_due
        if due is not None and time.monotonic() >= due:
            self._keyring_due = time.monotonic() + KEYRING_GAUGE_SECONDS
            self.attachment_executor.submit(self.record_keyring)
        return self._services

    @services.setter
    def services(self, services: Services) -> None:
        self._services = services

    def refresh_keyring_if_due(self) -> None:
        """The /metrics hook: the same refresh, so that an idle server's gauges stay current too."""
        _ = self.services

    def _build(self, policy: Policy, previous: Services | None) -> Services:
        """New services for ``policy``; raise StartupError (nothing changed) when a part cannot be built."""
        classifier = self.classifier
        if classifier is None or previous is None or previous.policy.classifiers != policy.classifiers:
            try:
                classifier = self._classifier_loader(policy)
            except Exception as error:  # ModelNotInstalled and friends: say what, stop
                raise StartupError(f"cannot load the classifier: {error}") from None
            if self._warm_up_on_load:
                _warm_up(classifier, policy.server.warm_up_seconds)
        try:
            signer = Signer.from_settings(policy.dkim)
        except (DkimKeyError, OSError) as error:
            raise StartupError(f"dkim.private_key: {error}") from None
        hostname = policy.server.hostname or socket.getfqdn()
        try:
            next_hop = make_next_hop(policy, hostname)
        except OSError as error:
            raise StartupError(f"server.next_hop: {policy.server.next_hop}: {error.strerror or error}") from None
        keyring = Keyring(policy.encryption.keyring)
        analyzer = Analyzer(policy, classifier, keyring, journal=open_journal(policy))
        self.classifier = classifier
        self.keyring = keyring
        return Services(
            policy=policy,
            analyzer=analyzer,
            next_hop=next_hop,
            hostname=hostname,
            encryptor=keyring,
            signer=signer,
            audit=previous.audit if previous is not None else None,
            executor=self.executor,
            attachment_executor=self.attachment_executor,
            quarantine=_quarantine(policy, hostname, previous),
        )

    @property
    def policy(self) -> Policy:
        return self.services.policy

    def warm_up(self) -> None:
        """Warm the classifier up now (``classifiers.warmup``: the supervisor, before it forks), and
        every classifier a later reload builds before it replaces the current one."""
        self._warm_up_on_load = True
        _warm_up(self.classifier, self.policy.server.warm_up_seconds)

    def open_audit(self) -> None:
        """Open the audit trail (in the process that writes it: each worker, after fork)."""
        if self._open_audit:
            try:
                self.services.audit = AuditTrail(self.services.policy.audit_path)
            except OSError as error:
                raise StartupError(f"audit.path: {self.services.policy.audit_path}: "
                                   f"{error.strerror or error}") from None
        if self.services.quarantine is not None:
            self.services.quarantine.start()  # this process's retention purge and store gauges

    def record_observability(self) -> None:
        observability.record_build()
        observability.record_policy(self.services.policy)
        self.record_keyring()
        self._keyring_due = time.monotonic() + KEYRING_GAUGE_SECONDS
        observability.add_scrape_hook(self.refresh_keyring_if_due)

    def record_keyring(self) -> None:
        """Set the usable and expiring-within-30-days key gauges from the current keyring (at start-up,
        after each reload, and every ``KEYRING_GAUGE_SECONDS``)."""
        try:
            observability.record_keyring([k.expires for k in self.keyring.keys() if k.usable])  # noqa: SIM118
        except Exception as error:  # a keyring gpg cannot read must not stop the proxy
            log.warning("keyring metrics unavailable: %s", type(error).__name__)

    def reload(self, *, record: bool = True) -> bool:
        """SIGHUP: reload the policy file (flags still win) and reopen the audit file. On any error,
        log each problem with its key and keep everything as it was. Returns success. ``record``
        False: no metrics (the ``--workers`` supervisor, whose workers count their own reloads)."""
        recorder: Any = observability if record else _NoMetrics()

        old = self.services
        try:
            policy = apply_overrides(load_policy(self.policy_path), self.overrides)
            lost = missing_sections(old.policy, policy)
            if lost:
                raise PolicyError(policy.source, [
                    f"{', '.join(lost)}: in the running policy but missing from the file: truncated? "
                    "(to remove a section on purpose, restart the service)"])
            if policy.server.listen != old.policy.server.listen:
                log.warning("server.listen changed: takes effect at the next restart, not on reload")
            services = self._build(policy, previous=old)
        except PolicyError as error:
            log.error("policy reload refused, the old policy stays in force: %s", error.source)
            for line in error.errors:
                log.error("  %s", line)
            recorder.record_policy_reload(False)
            self._reopen_audit(old)
            return False
        except StartupError as error:
            log.error("policy reload refused, the old policy stays in force: %s", error)
            recorder.record_policy_reload(False)
            self._reopen_audit(old)
            return False
        if old.audit is not None and old.audit.path != policy.audit_path:
            old.audit.close()
            services.audit = None
            self.services = services
            self.open_audit()
        else:
            self.services = services
            self._reopen_audit(services)
        old.retire()  # its next-hop pool closes once its messages are done
        recorder.record_policy(policy)
        if record:
            self.record_keyring()  # the reload may name another keyring; keys may have been imported
        # Counted last, so that a scrape seeing the reload also sees the gauges it refreshed.
        recorder.record_policy_reload(True)
        log.info("policy reloaded from %s (sha256 %s)", policy.source, policy.digest[:12])
        changes = security_changes(old.policy, policy)
        for change in changes:
            log.info("policy change: %s", change)
        if not changes:
            log.info("policy change: none in the security-relevant settings")
        return True

    @staticmethod
    def _reopen_audit(services: Services) -> None:
        if services.audit is not None:
            try:
                services.audit.reopen()
            except OSError as error:
                log.error("audit file cannot be reopened: %s", error.strerror or error)


class _NoMetrics:
    """Stands in for ``proxy.observability`` when a reload must not be counted."""

    @staticmethod
    def record_policy_reload(success: bool) -> None:
        return None

    @staticmethod
    def record_policy(policy: Policy) -> None:
        return None
