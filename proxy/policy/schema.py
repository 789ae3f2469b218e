"""The policy as frozen values: what every other module reads (built and validated by proxy.policy.loader)."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import idna

from sentinelle.classifiers.config import ClassifierConfig
from sentinelle.proxy.policy.quarantine import QuarantineSettings

EMBEDDED = "<embedded default>"


class PolicyError(Exception):
    """A policy file that cannot be used; ``errors`` holds one line per problem."""

    def __init__(self, source: str, errors: list[str]) -> None:
        self.source = source
        self.errors = tuple(errors)
        super().__init__(f"{source}: " + "; ".join(errors))

    def report(self) -> str:
        """The text every command prints: the file, then one indented line per bad key."""
        return f"{self.source}: invalid policy\n" + "\n".join(f"  {line}" for line in self.errors)


class Mode(StrEnum):
    ENFORCE = "enforce"
    AUDIT = "audit"


class RecipientClass(StrEnum):
    INTERNAL = "internal"
    EXTERNAL = "external"
    WEBMAIL = "webmail"


class WebmailScope(StrEnum):
    ALL = "all"
    CONFIDENTIAL = "confidential"


class Placement(StrEnum):
    """Where Postfix runs Sentinelle: after its queue (content_filter, LMTP) or before it
    (smtpd_proxy_filter, the sender's own SMTP session)."""

    AFTER_QUEUE = "after_queue"
    BEFORE_QUEUE = "before_queue"


class AuditClinicalTerms(StrEnum):
    """What the audit trail keeps of a clinical finding (diagnosis, medication, lab result)."""

    OMITTED = "omitted"  # its type, location and confidence only (the default)
    VERBATIM = "verbatim"  # also the term as found: an explicit choice, see docs/policy.md


class NextHopTls(StrEnum):
    NONE = "none"
    STARTTLS = "starttls"
    TLS = "tls"


# Rules whose refusal can be switched to audit mode individually.
REFUSAL_RULES: tuple[str, ...] = ("auto_forward", "webmail", "uninspectable", "no_key")


@dataclass(frozen=True, slots=True)
class HostPort:
    host: str
    port: int

    def __str__(self) -> str:
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"


@dataclass(frozen=True, slots=True)
class NextHop:
    """Either an SMTP peer or an embedded Maildir (``maildir:DIR``)."""

    address: HostPort | None = None
    maildir: Path | None = None

    def __str__(self) -> str:
        return f"maildir:{self.maildir}" if self.maildir is not None else str(self.address)


@dataclass(frozen=True, slots=True)
class TlsSettings:
    certificate: str = ""
    private_key: str = ""
    next_hop: NextHopTls = NextHopTls.NONE
    next_hop_ca_file: str = ""

    @property
    def starttls_offered(self) -> bool:
        return bool(self.certificate and self.private_key)


@dataclass(frozen=True, slots=True)
class ServerSettings:
    listen: HostPort = HostPort("127.0.0.1", 10025)
    next_hop: NextHop = NextHop(address=HostPort("127.0.0.1", 10026))
    hostname: str = ""
    allowed_networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = (
        ipaddress.ip_network("127.0.0.0/8"),
        ipaddress.ip_network("::1/128"),
    )
    max_message_bytes: int = 52_428_800
    max_recipients: int = 1000
    max_connections: int = 100
    # Message bytes one process may hold for messages being received and processed (452 4.3.1 beyond).
    max_buffered_bytes: int = 268_435_456
    command_timeout_seconds: float = 300.0
    data_timeout_seconds: float = 300.0
    # From connect to the first command; and from MAIL to the end of DATA, whatever the pace.
    first_command_timeout_seconds: float = 60.0
    transaction_deadline_seconds: float = 900.0
    inspection_timeout_seconds: float = 60.0
    # Messages up to this size whose parts are all text are analysed on the event loop (cheaper
    # than a thread hop under the GIL; proxy.pipeline.flow.run_analysis); 0 = always in a thread.
    inline_analysis_max_bytes: int = 32_768
    # With --workers N > 1: time the supervisor may spend warming the classifier up on shipped synthetic
    # mail before it forks (classifiers.warmup); 0 = never.
    warm_up_seconds: float = 10.0
    next_hop_timeout_seconds: float = 120.0
    shutdown_grace_seconds: float = 30.0
    tls: TlsSettings = TlsSettings()
    # before_queue: a message refused for every recipient gets one 5xx (the client is the sender's own).
    placement: Placement = Placement.AFTER_QUEUE
    # Expect a PROXY protocol (v1/v2) header from a TCP load balancer before the greeting.
    proxy_protocol: bool = False
    # Sentinelle's own state (proxy.pipeline.analyze.AnalysisJournal: "analyses/"); "" = encryption.keyring's parent.
    state_directory: str = ""

    def allows(self, peer_ip: str) -> bool:
        try:
            address = ipaddress.ip_address(peer_ip)
        except ValueError:
            return False
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        return any(address in network for network in self.allowed_networks)


@dataclass(frozen=True, slots=True)
class Exception_:
    """A security-approved exception: ``sender``/``recipient`` are addresses or ``@domain``."""

    sender: str
    recipient: str
    reason: str

    def matches(self, sender: str, recipient: str) -> bool:
        return _address_matches(self.sender, sender) and _address_matches(self.recipient, recipient)


@dataclass(frozen=True, slots=True)
class OrganizationSettings:
    internal_domains: tuple[str, ...] = ("ssss.gouv.qc.ca",)
    notification_from: str = "sentinelle@ssss.gouv.qc.ca"
    # The shipped policy.toml's value: a key absent from a policy file takes the value shown there.
    service_desk: str = "Centre de services TI / IT service desk : servicedesk@ssss.gouv.qc.ca"


@dataclass(frozen=True, slots=True)
class WebmailSettings:
    scope: WebmailScope = WebmailScope.ALL
    domains: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class EncryptionSettings:
    keyring: Path = Path("/var/lib/sentinelle/gnupg")
    opportunistic: bool = True
    outer_subject: str = "Message chiffré / Encrypted message"
    force_tags: tuple[str, ...] = ("[chiffrer]", "[encrypt]", "[confidentiel]")


@dataclass(frozen=True, slots=True)
class DkimSettings:
    enabled: bool = False
    domain: str = "ssss.gouv.qc.ca"
    selector: str = "sentinelle"
    private_key: Path = Path("/etc/sentinelle/dkim/sentinelle.key")
    ed25519_selector: str = ""
    ed25519_private_key: Path | None = None


@dataclass(frozen=True, slots=True)
class Policy:
    mode: Mode = Mode.ENFORCE
    fail_open: bool = False
    organization: OrganizationSettings = OrganizationSettings()
    domain_overrides: Mapping[str, RecipientClass] = field(default_factory=dict)
    rule_modes: Mapping[str, Mode] = field(default_factory=dict)
    webmail: WebmailSettings = WebmailSettings()
    exceptions: tuple[Exception_, ...] = ()
    encryption: EncryptionSettings = EncryptionSettings()
    dkim: DkimSettings = DkimSettings()
    classifiers: ClassifierConfig = field(default_factory=ClassifierConfig)
    server: ServerSettings = ServerSettings()
    metrics_listen: HostPort | None = HostPort("127.0.0.1", 9108)
    audit_path: str = "-"
    quarantine: QuarantineSettings = field(default_factory=QuarantineSettings)
    audit_clinical_terms: AuditClinicalTerms = AuditClinicalTerms.OMITTED
    source: str = EMBEDDED
    digest: str = ""  # sha256 of the file's bytes, for the policy info metric
    # Top-level keys and tables the file spelled out: a reload that loses one is refused as a
    # possibly truncated file (``missing_sections``).
    sections: frozenset[str] = frozenset()

    def mode_for(self, rule: str) -> Mode:
        """The mode in force for one refusal rule (per-rule override, else global)."""
        return self.rule_modes.get(rule, self.mode)

    def recipient_class(self, address: str) -> RecipientClass:
        """Classify a recipient address by its domain (case-insensitive, IDNA-normalised). ``postmaster``
        without a domain is the postmaster of the MTA it was handed to (RFC 5321 4.5.1): internal."""
        if address.lower() == "postmaster":
            return RecipientClass.INTERNAL
        domain = normalise_domain(address.rpartition("@")[2])
        for candidate in _domain_and_parents(domain):
            override = self.domain_overrides.get(candidate)
            if override is not None:
                return override
        for candidate in _domain_and_parents(domain):
            if candidate in self.organization.internal_domains:
                return RecipientClass.INTERNAL
        # Subdomains inherit, as in [domains]: eu.yahoo.com is Yahoo's webmail too.
        if any(candidate in self.webmail.domains for candidate in _domain_and_parents(domain)):
            return RecipientClass.WEBMAIL
        return RecipientClass.EXTERNAL

    def is_internal(self, address: str) -> bool:
        return self.recipient_class(address) is RecipientClass.INTERNAL


def normalise_domain(domain: str) -> str:
    """Lower-case, strip a trailing dot, and turn a Unicode domain into its IDNA 2008 A-label (xn--)
    form. A domain that is not valid IDNA 2008, or that UTS 46 would map to something else than its
    lower-case self (``canonical_domain``), stays as written, so it can match no configured domain."""
    domain = domain.strip().rstrip(".").lower()
    return canonical_domain(domain) or domain


def canonical_domain(domain: str) -> str | None:
    """The A-label form of a lower-case ``domain``, or None when it does not normalise identically.

    UTS 46 non-transitional processing, as Postfix's ICU-based SMTPUTF8 support does: ``ß`` stays
    ``ß`` (``xn--zca``, never folded to ``ss`` as IDNA 2003 and Python's ``idna`` codec do).
    Anything UTS 46 would rewrite (``ſ`` -> ``s``, zero-width and soft-hyphen characters dropped,
    full-width letters, decomposed accents) gets None: the domain judged must be the domain delivered to.
    """
    if domain.isascii():
        return domain
    try:
        if idna.uts46_remap(domain, std3_rules=True, transitional=False) != domain:
            return None
        return idna.encode(domain, uts46=False).decode("ascii")
    except (idna.IDNAError, UnicodeError):
        return None


def _domain_and_parents(domain: str) -> list[str]:
    labels = domain.split(".")
    return [".".join(labels[i:]) for i in range(len(labels))]


def _address_matches(pattern: str, address: str) -> bool:
    if not pattern:
        return True
    address = address.lower()
    if pattern.startswith("@"):
        wanted = normalise_domain(pattern[1:])
        domain = normalise_domain(address.rpartition("@")[2])
        return domain == wanted or domain.endswith("." + wanted)
    return pattern.lower() == address
