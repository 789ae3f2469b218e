"""Prometheus metrics: names, types and bounded label sets.

Label values come only from fixed vocabularies (outcomes, actions, canonical
rule names, finding types, stages, causes): never an address, a subject or any
patient data. With ``--workers N`` the processes share prometheus-client's
multiprocess directory (``PROMETHEUS_MULTIPROC_DIR``), set up by
``proxy.observability`` before this module is imported.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

# Message outcomes (one per inbound message).
OUTCOMES: tuple[str, ...] = ("delivered", "partially_refused", "refused", "tempfail", "rejected_input")
STAGES: tuple[str, ...] = ("parse", "extract", "classify", "decide", "encrypt", "sign", "relay", "notify")
NEXT_HOP_RESULTS: tuple[str, ...] = ("2xx", "4xx", "5xx", "timeout", "unreachable")

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
ENCRYPTIONS = Counter("sentinelle_gateway_encryptions_total", "Gateway OpenPGP encryptions by result.",
                      ["result"])
ALREADY_ENCRYPTED = Counter("sentinelle_already_encrypted_total",
                            "Recipients whose message arrived already OpenPGP-encrypted.")
DKIM_SIGNATURES = Counter("sentinelle_dkim_signatures_total", "DKIM signatures made, by algorithm.",
                          ["algorithm"])
NEXT_HOP = Counter("sentinelle_next_hop_transactions_total", "Onward SMTP transactions by result class.",
                   ["result"])
NOTIFICATIONS = Counter("sentinelle_notifications_total",
                        "Refusal notifications by result (sent, skipped_external_sender, skipped_null_sender).",
                        ["result"])
STAGE_SECONDS = Histogram("sentinelle_stage_duration_seconds", "Processing time per pipeline stage.", ["stage"],
                          buckets=_LATENCY_BUCKETS)
MESSAGE_SECONDS = Histogram("sentinelle_message_duration_seconds",
                            "End of DATA to final reply, per message.", buckets=_LATENCY_BUCKETS)
MESSAGE_BYTES = Histogram("sentinelle_message_size_bytes", "Size of inbound messages.", buckets=_SIZE_BUCKETS)
ACTIVE_CONNECTIONS = Gauge("sentinelle_active_connections", "SMTP connections open now.",
                           multiprocess_mode="livesum")
CONNECTIONS_REFUSED = Counter("sentinelle_connections_refused_total",
                              "Connections refused at connect, by reason (network, saturated).", ["reason"])
POLICY_RELOADS = Counter("sentinelle_policy_reloads_total", "Policy (re)loads by result.", ["result"])
POLICY_INFO = Gauge("sentinelle_policy_info", "The policy in force (value 1), labelled with its sha256.",
                    ["sha256", "mode"], multiprocess_mode="liveall")
BUILD_INFO = Gauge("sentinelle_build_info", "Build information (value 1).", ["version", "python"],
                   multiprocess_mode="liveall")
KEYS_EXPIRING = Gauge("sentinelle_gateway_keys_expiring", "Gateway public keys expiring within 30 days.",
                      multiprocess_mode="livemax")
KEYS_USABLE = Gauge("sentinelle_gateway_keys_usable", "Usable gateway public keys in the keyring.",
                    multiprocess_mode="livemax")
