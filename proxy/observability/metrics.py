"""Prometheus metrics: names, types and bounded label sets.

Label values come only from fixed vocabularies (outcomes, actions, canonical
rule names, finding types, stages, causes): never an address, a subject or any
patient data. With ``--workers N`` the processes share prometheus-client's
multiprocess directory (``PROMETHEUS_MULTIPROC_DIR``), set up by
``proxy.observability.multiprocess`` (from the entry point) before this module is imported.
"""

from __future__ import annotations

from typing import TypeVar

from prometheus_client import Counter, Gauge, Histogram, disable_created_metrics
from prometheus_client.metrics import MetricWrapperBase

from sentinelle.classifiers.types import FINDING_TYPES
from sentinelle.proxy.model import Action, Rule

# No NAME_created series: multiprocess mode cannot produce them, and one
# exposition whatever --workers is keeps dashboards and alerts simple.
disable_created_metrics()  # type: ignore[no-untyped-call]

# Label vocabularies. A label value outside these tuples is a bug: the test
# suite scrapes every metric and checks each value against ``vocabularies()``.
# Message outcomes (one per inbound message).
OUTCOMES: tuple[str, ...] = ("delivered", "partially_refused", "refused", "tempfail", "rejected_input")
STAGES: tuple[str, ...] = ("parse", "extract", "classify", "decide", "encrypt", "sign", "relay", "notify")
NEXT_HOP_RESULTS: tuple[str, ...] = ("2xx", "4xx", "5xx", "timeout", "unreachable")
ACTIONS: tuple[str, ...] = tuple(action.value for action in Action)
RULES: tuple[str, ...] = tuple(rule.value for rule in Rule)
ENCRYPTION_RESULTS: tuple[str, ...] = ("encrypted", "failed")
DKIM_ALGORITHMS: tuple[str, ...] = ("rsa-sha256", "ed25519-sha256")
NOTIFICATION_RESULTS: tuple[str, ...] = ("sent", "failed", "skipped_external_sender", "skipped_null_sender")
CONNECTION_REFUSAL_REASONS: tuple[str, ...] = ("network", "saturated")
# Which SMTP timer fired (proxy.smtp.server): before the first command, between commands, while DATA
# flows, or the transaction's total deadline.
SMTP_TIMEOUT_STAGES: tuple[str, ...] = ("first_command", "command", "data", "deadline")
POLICY_RELOAD_RESULTS: tuple[str, ...] = ("success", "failure")
POLICY_MODES: tuple[str, ...] = ("enforce", "audit")
# Where a message's analysis was completed (proxy.pipeline.flow.run_analysis).
ANALYSIS_PLACES: tuple[str, ...] = ("event_loop", "analysis_thread", "attachment_thread")
# When an audit write failed: before relaying (the message got 451, nothing was sent) or after (the
# outcome line of a message already handed on: 250 all the same, the decision line is on disk).
AUDIT_FAILURE_STAGES: tuple[str, ...] = ("before_relay", "after_relay")

_LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
_SIZE_BUCKETS = (1_000, 5_000, 20_000, 100_000, 500_000, 1_000_000, 5_000_000, 20_000_000, 50_000_000)

MESSAGES = Counter("sentinelle_messages_total", "Inbound messages by outcome.", ["outcome"])
RECIPIENTS = Counter(
    "sentinelle_recipients_total",
    "Recipient decisions by action and canonical rule (audit mode: the action taken, i.e. deliver).",
    ["action", "rule"],
)
AUDIT_WOULD_REFUSE = Counter(
    "sentinelle_audit_would_refuse_total",
    "Recipients that enforce mode would have refused, delivered because the rule is in audit mode.",
    ["rule"],
)
FINDINGS = Counter("sentinelle_findings_total", "Findings by finding type.", ["type"])
CONFIDENTIAL = Counter("sentinelle_confidential_messages_total", "Messages classified as confidential.")
UNINSPECTABLE = Counter("sentinelle_uninspectable_total", "Content that could not be inspected, by cause.",
                        ["cause"])
ENCRYPTIONS = Counter("sentinelle_gateway_encryptions_total",
                      "Gateway OpenPGP encryptions (one per encrypted recipient copy) by result (encrypted, failed).",
                      ["result"])
ALREADY_ENCRYPTED = Counter("sentinelle_already_encrypted_total",
                            "Recipients whose message arrived already OpenPGP-encrypted.")
DKIM_SIGNATURES = Counter("sentinelle_dkim_signatures_total",
                          "DKIM signatures made, by algorithm (rsa-sha256, ed25519-sha256).", ["algorithm"])
NEXT_HOP = Counter("sentinelle_next_hop_transactions_total", "Onward SMTP transactions by result class.",
                   ["result"])
NOTIFICATIONS = Counter("sentinelle_notifications_total",
                        "Refusal notifications by result (sent, failed, skipped_external_sender, "
                        "skipped_null_sender).",
                        ["result"])
ANALYSES = Counter("sentinelle_analyses_total",
                   "Message analyses by where they ran (event_loop, analysis_thread, attachment_thread).",
                   ["where"])
AUDIT_WRITE_FAILURES = Counter("sentinelle_audit_write_failures_total",
                               "Audit trail writes that failed, by stage (before_relay: answered 451; "
                               "after_relay: an outcome line lost, the decision line was written).", ["stage"])
STAGE_SECONDS = Histogram("sentinelle_stage_duration_seconds", "Processing time per pipeline stage.", ["stage"],
                          buckets=_LATENCY_BUCKETS)
MESSAGE_SECONDS = Histogram("sentinelle_message_duration_seconds",
                            "End of DATA to final reply, per message.", buckets=_LATENCY_BUCKETS)
MESSAGE_BYTES = Histogram("sentinelle_message_size_bytes", "Size of inbound messages.", buckets=_SIZE_BUCKETS)
ACTIVE_CONNECTIONS = Gauge("sentinelle_active_connections", "SMTP connections open now.",
                           multiprocess_mode="livesum")
CONNECTIONS_REFUSED = Counter("sentinelle_connections_refused_total",
                              "Connections refused at connect, by reason (network, saturated).", ["reason"])
SMTP_TIMEOUTS = Counter("sentinelle_smtp_timeouts_total",
                        "SMTP connections closed with 421 4.4.2 by a timer, by stage "
                        "(first_command, command, data, deadline).", ["stage"])
POLICY_RELOADS = Counter("sentinelle_policy_reloads_total",
                         "Policy loads at start-up and on SIGHUP, by result (success, failure).", ["result"])
# Info-style gauges: prometheus-client's Info type does not work in multiprocess
# mode. "livemax" merges the workers without a pid label; a worker's series go
# away when the supervisor calls mark_process_dead for it.
POLICY_INFO = Gauge("sentinelle_policy_info",
                    "The policy in force: value 1 for the current sha256 (0 for a replaced one) and its mode.",
                    ["sha256", "mode"], multiprocess_mode="livemax")
BUILD_INFO = Gauge("sentinelle_build_info", "Build information (value 1).", ["version", "python"],
                   multiprocess_mode="livemax")
KEYS_EXPIRING = Gauge("sentinelle_gateway_keys_expiring", "Gateway public keys expiring within 30 days.",
                      multiprocess_mode="livemax")
KEYS_USABLE = Gauge("sentinelle_gateway_keys_usable", "Usable gateway public keys in the keyring.",
                    multiprocess_mode="livemax")
# The quarantine (proxy/quarantine/keep.py). Store-wide gauges are read from the store by every
# process's maintenance pass: "mostrecent" keeps the latest reading, whichever worker made it.
QUARANTINE_RULES: tuple[str, ...] = ("auto_forward", "webmail", "uninspectable", "no_key")
QUARANTINE_FAILURES: tuple[str, ...] = ("unavailable", "full")
QUARANTINE_RELEASE_MODES: tuple[str, ...] = ("encrypted", "plain")
QUARANTINE_DELETION_REASONS: tuple[str, ...] = ("operator", "retention")
QUARANTINED = Counter("sentinelle_quarantined_recipients_total",
                      "Refused recipients whose message was kept in the quarantine, by rule.", ["rule"])
QUARANTINE_FAILED = Counter("sentinelle_quarantine_store_failures_total",
                            "Refused messages that could not be stored (answered 451), by reason.", ["reason"])
QUARANTINE_RELEASES = Counter("sentinelle_quarantine_releases_total",
                              "Quarantined recipients released by the security team, by mode (encrypted, plain).",
                              ["mode"])
QUARANTINE_DELETIONS = Counter("sentinelle_quarantine_deletions_total",
                               "Quarantine entries deleted, by reason (operator, retention).", ["reason"])
QUARANTINE_ENTRIES = Gauge("sentinelle_quarantine_entries", "Entries in the quarantine store.",
                           multiprocess_mode="mostrecent")
QUARANTINE_BYTES = Gauge("sentinelle_quarantine_size_bytes", "Message bytes held in the quarantine store.",
                         multiprocess_mode="mostrecent")
QUARANTINE_MAX_BYTES = Gauge("sentinelle_quarantine_max_bytes", "quarantine.max_bytes of the policy in force.",
                             multiprocess_mode="mostrecent")
QUARANTINE_OLDEST_AGE = Gauge("sentinelle_quarantine_oldest_entry_age_seconds",
                              "Age of the oldest quarantine entry (0 when empty).", multiprocess_mode="mostrecent")
QUARANTINE_UP = Gauge("sentinelle_quarantine_store_up",
                      "1 when the last access to the quarantine store succeeded, 0 when it failed.",
                      multiprocess_mode="mostrecent")
WORKERS_READY = Gauge("sentinelle_workers_ready",
                      "Processes that loaded the policy and the model and accept SMTP connections.",
                      multiprocess_mode="livesum")


_Metric = TypeVar("_Metric", bound=MetricWrapperBase)
_CHILDREN: dict[tuple[MetricWrapperBase, tuple[str, ...]], MetricWrapperBase] = {}


def labelled(metric: _Metric, *values: str) -> _Metric:
    """``metric.labels(*values)`` (label values in the metric's label order), looked up once per
    process: ``labels()`` takes a lock and builds its key on every call, several times per message.
    Children are created on first use only, so a series still appears when it first happens. The
    values must come from the fixed vocabularies above, so the cache stays small."""
    key = (metric, values)
    child = _CHILDREN.get(key)
    if child is None:
        child = _CHILDREN.setdefault(key, metric.labels(*values))
    return child  # type: ignore[return-value]


def vocabularies() -> dict[str, dict[str, frozenset[str] | None]]:
    """Metric family name -> label name -> the allowed values.

    ``None`` marks an open but safe value: the policy's sha256 (64 hex digits)
    and the build's version strings. Uninspectable causes come from
    ``classifiers.extract`` (imported here, not at module level, because it
    pulls every content extractor).
    """
    from sentinelle.classifiers.extract import UNINSPECTABLE_CAUSES

    return {
        "sentinelle_messages": {"outcome": frozenset(OUTCOMES)},
        "sentinelle_recipients": {"action": frozenset(ACTIONS), "rule": frozenset(RULES)},
        "sentinelle_audit_would_refuse": {"rule": frozenset(RULES)},
        "sentinelle_findings": {"type": frozenset(FINDING_TYPES)},
        "sentinelle_confidential_messages": {},
        "sentinelle_uninspectable": {"cause": frozenset(UNINSPECTABLE_CAUSES)},
        "sentinelle_gateway_encryptions": {"result": frozenset(ENCRYPTION_RESULTS)},
        "sentinelle_already_encrypted": {},
        "sentinelle_dkim_signatures": {"algorithm": frozenset(DKIM_ALGORITHMS)},
        "sentinelle_next_hop_transactions": {"result": frozenset(NEXT_HOP_RESULTS)},
        "sentinelle_notifications": {"result": frozenset(NOTIFICATION_RESULTS)},
        "sentinelle_analyses": {"where": frozenset(ANALYSIS_PLACES)},
        "sentinelle_audit_write_failures": {"stage": frozenset(AUDIT_FAILURE_STAGES)},
        "sentinelle_stage_duration_seconds": {"stage": frozenset(STAGES)},
        "sentinelle_message_duration_seconds": {},
        "sentinelle_message_size_bytes": {},
        "sentinelle_active_connections": {},
        "sentinelle_connections_refused": {"reason": frozenset(CONNECTION_REFUSAL_REASONS)},
        "sentinelle_smtp_timeouts": {"stage": frozenset(SMTP_TIMEOUT_STAGES)},
        "sentinelle_policy_reloads": {"result": frozenset(POLICY_RELOAD_RESULTS)},
        "sentinelle_policy_info": {"sha256": None, "mode": frozenset(POLICY_MODES)},
        "sentinelle_build_info": {"version": None, "python": None},
        "sentinelle_gateway_keys_expiring": {},
        "sentinelle_gateway_keys_usable": {},
        "sentinelle_workers_ready": {},
        "sentinelle_quarantined_recipients": {"rule": frozenset(QUARANTINE_RULES)},
        "sentinelle_quarantine_store_failures": {"reason": frozenset(QUARANTINE_FAILURES)},
        "sentinelle_quarantine_releases": {"mode": frozenset(QUARANTINE_RELEASE_MODES)},
        "sentinelle_quarantine_deletions": {"reason": frozenset(QUARANTINE_DELETION_REASONS)},
        "sentinelle_quarantine_entries": {},
        "sentinelle_quarantine_size_bytes": {},
        "sentinelle_quarantine_max_bytes": {},
        "sentinelle_quarantine_oldest_entry_age_seconds": {},
        "sentinelle_quarantine_store_up": {},
    }


def exported_sample_names() -> frozenset[str]:
    """Every sample name Sentinelle's own metrics can expose (``_total``, ``_bucket``/``_count``/``_sum``...).

    Dashboards and alert rules may only query these (plus Prometheus's ``up``);
    the tests hold them to it.
    """
    suffixes = {"counter": ("_total",), "histogram": ("_bucket", "_count", "_sum"), "gauge": ("",)}
    names: set[str] = set()
    for value in list(globals().values()):
        if isinstance(value, Counter | Gauge | Histogram):
            for family in value.describe():
                names.update(family.name + suffix for suffix in suffixes[family.type])
    return frozenset(names)
