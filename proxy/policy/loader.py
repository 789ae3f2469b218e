"""Load and validate policy.toml into frozen objects, once.

Every error names its key path (``server.listen: expected HOST:PORT``). The
same loader serves ``serve`` (start-up and SIGHUP reload) and ``policy
check``, so what ``policy check`` accepts is exactly what the proxy runs.
Regular expressions are compiled here (``classifiers_section``), not per message.

A damaged file must never silently become the built-in defaults (default internal domains, no
exceptions, the default network ACL). Refused, by every command and on reload: a file that is not
UTF-8 or not TOML (a cut in the middle of a line), and a file with no setting at all (emptied, or
cut before its first key: ``EMPTY_FILE``). A cut at a line boundary leaves valid TOML that only a
comparison can reveal: a reload refuses a file that lost a top-level key or table the running
policy's file had (``missing_sections``); removing one on purpose takes a restart.
"""

from __future__ import annotations

import hashlib
import ipaddress
import os
import re
import tomllib
from pathlib import Path
from typing import Any

from sentinelle.classifiers.config import Limits, Ocr
from sentinelle.proxy.policy.classifiers_section import build_classifiers
from sentinelle.proxy.policy.quarantine import build_settings as build_quarantine_settings
from sentinelle.proxy.policy.reader import Reader, not_negative, positive
from sentinelle.proxy.policy.schema import (
    EMBEDDED,
    REFUSAL_RULES,
    AuditClinicalTerms,
    DkimSettings,
    EncryptionSettings,
    Exception_,
    HostPort,
    Mode,
    NextHop,
    NextHopTls,
    OrganizationSettings,
    Placement,
    Policy,
    PolicyError,
    RecipientClass,
    ServerSettings,
    TlsSettings,
    WebmailScope,
    WebmailSettings,
    normalise_domain,
)
from sentinelle.proxy.policy.shipped import shipped_policy_text, shipped_webmail_domains

DEFAULT_POLICY_PATHS: tuple[Path, ...] = (Path("policy.toml"), Path("/etc/sentinelle/policy.toml"))


def resolve_policy_path(explicit: str | os.PathLike[str] | None) -> Path | None:
    """The policy file to use: ``explicit``, else ./policy.toml, else /etc/sentinelle/policy.toml, else None
    (meaning the embedded default)."""
    if explicit is not None:
        return Path(explicit)
    for candidate in DEFAULT_POLICY_PATHS:
        if candidate.is_file():
            return candidate
    return None


def load_policy(path: str | os.PathLike[str] | None = None) -> Policy:
    """Load the policy at ``path`` (or the default search order); raise PolicyError naming every bad key."""
    resolved = resolve_policy_path(path)
    if resolved is None:
        data = shipped_policy_text().encode("utf-8")
        source = EMBEDDED
    else:
        source = str(resolved)
        try:
            data = resolved.read_bytes()
        except OSError as exc:
            raise PolicyError(source, [f"cannot read file: {exc.strerror or exc}"]) from None
    return parse_policy(data, source)


def parse_policy(data: bytes, source: str = EMBEDDED) -> Policy:
    try:
        document = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise PolicyError(source, ["file is not UTF-8"]) from None
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(source, [f"TOML syntax: {exc}"]) from None
    if not document and source != EMBEDDED:
        # An emptied file (a failed copy, a full disk, `> policy.toml`) would silently fall back to
        # every built-in default: default internal domains, no exceptions, the default ACL.
        raise PolicyError(source, [EMPTY_FILE])
    reader = Reader()
    policy = _build_policy(document, reader, source, hashlib.sha256(data).hexdigest())
    if reader.errors:
        raise PolicyError(source, reader.errors)
    return policy


EMPTY_FILE = ("no setting at all: the file is empty or was truncated (a deliberately short policy sets "
              "at least one key, e.g. mode = \"enforce\")")


def missing_sections(running: Policy, new: Policy) -> tuple[str, ...]:
    """Top-level keys and tables of the running policy's file that the new file of the same path
    lacks. A file cut short (a partial copy, a full disk) keeps its head and loses its tail, and
    every lost table would silently take its built-in defaults: a reload refuses it, and removing a
    section on purpose takes a restart."""
    if running.source != new.source or running.source == EMBEDDED:
        return ()
    return tuple(sorted(running.sections - new.sections))


def _difference(name: str, old: Any, new: Any) -> list[str]:
    if old == new:
        return []
    if isinstance(old, (frozenset, set, tuple)) and isinstance(new, (frozenset, set, tuple)):
        added = sorted(str(v) for v in set(new) - set(old))
        removed = sorted(str(v) for v in set(old) - set(new))
        if len(added) + len(removed) > 10:
            return [f"{name}: {len(added)} added, {len(removed)} removed"]
        parts = ([f"added {', '.join(added)}"] if added else []) + ([f"removed {', '.join(removed)}"] if removed
                                                                   else [])
        return [f"{name}: {'; '.join(parts) or 'reordered'}"]
    return [f"{name}: {old} -> {new}"]


def security_changes(old: Policy, new: Policy) -> list[str]:
    """One line per security-relevant setting that differs, for the reload log: domains, networks,
    modes, thresholds and counts; never the text of the file and never a pattern (an exception's
    reason or a pattern may name a person or a dossier, so exceptions are counted, not quoted)."""
    o, n = old, new
    changes: list[str] = []
    for name, before, after in (
        ("mode", o.mode.value, n.mode.value),
        ("fail_open", o.fail_open, n.fail_open),
        ("rules", dict(sorted((k, v.value) for k, v in o.rule_modes.items())),
         dict(sorted((k, v.value) for k, v in n.rule_modes.items()))),
        ("organization.internal_domains", o.organization.internal_domains, n.organization.internal_domains),
        ("organization.notification_from", o.organization.notification_from, n.organization.notification_from),
        ("domains", frozenset(f"{d}={c.value}" for d, c in o.domain_overrides.items()),
         frozenset(f"{d}={c.value}" for d, c in n.domain_overrides.items())),
        ("webmail.scope", o.webmail.scope.value, n.webmail.scope.value),
        ("webmail.domains", o.webmail.domains, n.webmail.domains),
        ("encryption.keyring", o.encryption.keyring, n.encryption.keyring),
        ("encryption.opportunistic", o.encryption.opportunistic, n.encryption.opportunistic),
        ("encryption.force_tags", o.encryption.force_tags, n.encryption.force_tags),
        ("dkim.enabled", o.dkim.enabled, n.dkim.enabled),
        ("classifiers.identifier_types", o.classifiers.scoring.identifier_types,
         n.classifiers.scoring.identifier_types),
        ("classifiers.min_confidence", o.classifiers.scoring.min_confidence, n.classifiers.scoring.min_confidence),
        ("classifiers.proximity_chars", o.classifiers.scoring.proximity_chars,
         n.classifiers.scoring.proximity_chars),
        ("classifiers.ner", o.classifiers.scoring.ner, n.classifiers.scoring.ner),
        ("classifiers.mrn", tuple(p.name for p in o.classifiers.mrn_patterns),
         tuple(p.name for p in n.classifiers.mrn_patterns)),
        ("server.allowed_networks", tuple(str(x) for x in o.server.allowed_networks),
         tuple(str(x) for x in n.server.allowed_networks)),
        ("server.next_hop", o.server.next_hop, n.server.next_hop),
        ("server.placement", o.server.placement.value, n.server.placement.value),
        ("server.proxy_protocol", o.server.proxy_protocol, n.server.proxy_protocol),
        ("server.max_message_bytes", o.server.max_message_bytes, n.server.max_message_bytes),
        ("server.inspection_timeout_seconds", o.server.inspection_timeout_seconds,
         n.server.inspection_timeout_seconds),
        ("server.tls.next_hop", o.server.tls.next_hop.value, n.server.tls.next_hop.value),
        ("audit.path", o.audit_path, n.audit_path),
        ("audit.clinical_terms", o.audit_clinical_terms.value, n.audit_clinical_terms.value),
    ):
        changes += _difference(name, before, after)
    if o.exceptions != n.exceptions:
        kept = len(set(o.exceptions) & set(n.exceptions))
        changes.append(f"exceptions: {len(o.exceptions)} -> {len(n.exceptions)} "
                       f"({len(set(n.exceptions)) - kept} added, {len(set(o.exceptions)) - kept} removed)")
    for field_name in sorted(Limits.__dataclass_fields__):
        changes += _difference(f"classifiers.limits.{field_name}", getattr(o.classifiers.limits, field_name),
                               getattr(n.classifiers.limits, field_name))
    for field_name in sorted(Ocr.__dataclass_fields__):
        key = "classifiers." + ("" if field_name == "images_without_text" else "ocr.") + field_name
        changes += _difference(key, getattr(o.classifiers.ocr, field_name), getattr(n.classifiers.ocr, field_name))
    return changes


def _parse_host_port(value: str) -> HostPort | None:
    match = re.fullmatch(r"\[([0-9A-Fa-f:.]+)\]:(\d{1,5})|([^:\s\[\]]+):(\d{1,5})", value)
    if not match:
        return None
    host = match.group(1) or match.group(3)
    port = int(match.group(2) or match.group(4))
    if not 0 < port < 65536:
        return None
    return HostPort(host, port)


def parse_host_port(value: str) -> HostPort:
    """``HOST:PORT`` or ``[IPV6]:PORT``; ValueError otherwise (used by the CLI flags too)."""
    parsed = _parse_host_port(value)
    if parsed is None:
        raise ValueError(f"expected HOST:PORT, got {value!r}")
    return parsed


def parse_next_hop(value: str) -> NextHop:
    if value.startswith("maildir:"):
        directory = value[len("maildir:"):]
        if not directory:
            raise ValueError("maildir: needs a directory, e.g. maildir:/var/mail/sentinelle")
        return NextHop(maildir=Path(directory))
    return NextHop(address=parse_host_port(value))


def _host_port_check(value: str) -> str | None:
    return None if _parse_host_port(value) else f"expected HOST:PORT, got {value!r}"


def _next_hop_check(value: str) -> str | None:
    try:
        parse_next_hop(value)
    except ValueError as exc:
        return str(exc)
    return None


def _address_pattern_check(value: str) -> str | None:
    if value.startswith("@"):
        return None if "." in value[1:] or value[1:] else "expected @domain"
    if value.count("@") != 1 or any(c.isspace() for c in value):
        return f"expected an address or @domain, got {value!r}"
    return None


def _full_address_check(value: str) -> str | None:
    """A complete address (local@domain.tld): it is the From: of every notification."""
    local, at, domain = value.rpartition("@")
    if not at or not local or "." not in domain.strip(".") or any(c.isspace() or c in "<>@,;" for c in local + domain):
        return f"expected a full address such as sentinelle@example.org, got {value!r}"
    return None


def _build_policy(doc: dict[str, Any], r: Reader, source: str, digest: str) -> Policy:
    top_known = {"mode", "fail_open", "organization", "domains", "rules", "webmail", "exceptions",
                 "encryption", "dkim", "classifiers", "server", "metrics", "audit", "quarantine"}
    for unknown in sorted(set(doc) - top_known):
        r.errors.append(f"{unknown}: unknown key")
    defaults = Policy()
    mode = r.enum(doc, "mode", "", Mode, defaults.mode)
    fail_open = r.get(doc, "fail_open", "", bool, False)

    org_doc = r.table(doc, "organization", "", {"internal_domains", "notification_from", "service_desk"})
    internal = tuple(normalise_domain(d) for d in r.strings(
        org_doc, "internal_domains", "organization", defaults.organization.internal_domains))
    if not internal:
        r.errors.append("organization.internal_domains: at least one internal domain is required")
    organization = OrganizationSettings(
        internal_domains=internal,
        notification_from=r.get(org_doc, "notification_from", "organization", str,
                                defaults.organization.notification_from, _full_address_check),
        service_desk=r.get(org_doc, "service_desk", "organization", str, defaults.organization.service_desk),
    )

    overrides: dict[str, RecipientClass] = {}
    domains_doc = doc.get("domains", {})
    if not isinstance(domains_doc, dict):
        r.errors.append("domains: expected a table")
        domains_doc = {}
    for domain, klass in domains_doc.items():
        choices = [c.value for c in RecipientClass]
        if klass not in choices:
            r.errors.append(f"domains.{domain}: expected one of {', '.join(choices)}, got {klass!r}")
            continue
        overrides[normalise_domain(domain)] = RecipientClass(klass)

    rules_doc = r.table(doc, "rules", "", set(REFUSAL_RULES))
    rule_modes = {rule: r.enum(rules_doc, rule, "rules", Mode, mode) for rule in REFUSAL_RULES if rule in rules_doc}

    web_doc = r.table(doc, "webmail", "", {"scope", "extra_domains", "remove_domains"})
    webmail_domains = set(shipped_webmail_domains())
    webmail_domains |= {normalise_domain(d) for d in r.strings(web_doc, "extra_domains", "webmail", ())}
    for removed in r.strings(web_doc, "remove_domains", "webmail", ()):
        webmail_domains.discard(normalise_domain(removed))
    if any("*" in d for d in webmail_domains):
        r.errors.append("webmail.extra_domains: wildcards are not allowed; list full domains")
    webmail = WebmailSettings(scope=r.enum(web_doc, "scope", "webmail", WebmailScope, WebmailScope.ALL),
                              domains=frozenset(webmail_domains))

    exceptions: list[Exception_] = []
    for path, entry in r.tables(doc.get("exceptions", []), "exceptions", {"sender", "recipient", "reason"}):
        sender = r.get(entry, "sender", path, str, "", _address_pattern_check)
        recipient = r.get(entry, "recipient", path, str, "", _address_pattern_check)
        reason = r.get(entry, "reason", path, str, "")
        if not sender and not recipient:
            r.errors.append(f"{path}: needs a sender or a recipient")
        if not reason:
            r.errors.append(f"{path}.reason: required (it goes to the audit trail)")
        exceptions.append(Exception_(sender.lower(), recipient.lower(), reason))

    enc_doc = r.table(doc, "encryption", "", {"keyring", "opportunistic", "outer_subject", "force_tags"})
    encryption = EncryptionSettings(
        keyring=Path(r.get(enc_doc, "keyring", "encryption", str, str(defaults.encryption.keyring),
                           lambda v: None if v else "must not be empty")),
        opportunistic=r.get(enc_doc, "opportunistic", "encryption", bool, True),
        outer_subject=r.get(enc_doc, "outer_subject", "encryption", str, defaults.encryption.outer_subject),
        force_tags=tuple(t.lower() for t in r.strings(enc_doc, "force_tags", "encryption",
                                                      defaults.encryption.force_tags)),
    )

    dkim_doc = r.table(doc, "dkim", "", {"enabled", "domain", "selector", "private_key", "ed25519_selector",
                                         "ed25519_private_key"})
    ed_key = r.get(dkim_doc, "ed25519_private_key", "dkim", str, "")
    dkim = DkimSettings(
        enabled=r.get(dkim_doc, "enabled", "dkim", bool, False),
        domain=normalise_domain(r.get(dkim_doc, "domain", "dkim", str, defaults.dkim.domain)),
        selector=r.get(dkim_doc, "selector", "dkim", str, defaults.dkim.selector),
        private_key=Path(r.get(dkim_doc, "private_key", "dkim", str, str(defaults.dkim.private_key))),
        ed25519_selector=r.get(dkim_doc, "ed25519_selector", "dkim", str, ""),
        ed25519_private_key=Path(ed_key) if ed_key else None,
    )
    if dkim.enabled:
        if not os.access(dkim.private_key, os.R_OK):
            r.errors.append(f"dkim.private_key: {dkim.private_key} is not readable (dkim.enabled = true)")
        if bool(dkim.ed25519_selector) != bool(dkim.ed25519_private_key):
            r.errors.append("dkim.ed25519_selector: set both ed25519_selector and ed25519_private_key, or neither")
        elif dkim.ed25519_private_key is not None and not os.access(dkim.ed25519_private_key, os.R_OK):
            r.errors.append(f"dkim.ed25519_private_key: {dkim.ed25519_private_key} is not readable")

    classifiers = build_classifiers(doc, r)
    server = _build_server(doc, r)

    metrics_doc = r.table(doc, "metrics", "", {"listen"})
    metrics_raw = r.get(metrics_doc, "listen", "metrics", str, "127.0.0.1:9108",
                        lambda v: None if v == "" else _host_port_check(v))
    audit_doc = r.table(doc, "audit", "", {"path", "clinical_terms"})

    return Policy(
        mode=mode,
        fail_open=fail_open,
        organization=organization,
        domain_overrides=overrides,
        rule_modes=rule_modes,
        webmail=webmail,
        exceptions=tuple(exceptions),
        encryption=encryption,
        dkim=dkim,
        classifiers=classifiers,
        server=server,
        metrics_listen=_parse_host_port(metrics_raw) if metrics_raw else None,
        audit_path=r.get(audit_doc, "path", "audit", str, "-", lambda v: None if v else "must not be empty"),
        quarantine=build_quarantine_settings(doc, r),
        audit_clinical_terms=r.enum(audit_doc, "clinical_terms", "audit", AuditClinicalTerms,
                                    AuditClinicalTerms.OMITTED),
        source=source,
        digest=digest,
        sections=frozenset(doc),
    )


def _build_server(doc: dict[str, Any], r: Reader) -> ServerSettings:
    base = ServerSettings()
    s_doc = r.table(doc, "server", "", set(ServerSettings.__dataclass_fields__))
    path = "server"
    listen = r.get(s_doc, "listen", path, str, str(base.listen), _host_port_check)
    next_hop = r.get(s_doc, "next_hop", path, str, str(base.next_hop), _next_hop_check)
    networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
    for item in r.strings(s_doc, "allowed_networks", path, tuple(str(n) for n in base.allowed_networks)):
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            r.errors.append(f"server.allowed_networks: {item!r} is not a network (e.g. 10.0.0.0/8)")
    numbers: dict[str, Any] = {}
    for name in ("max_message_bytes", "max_recipients", "max_connections", "max_buffered_bytes"):
        numbers[name] = r.get(s_doc, name, path, int, getattr(base, name), positive)
    if numbers["max_buffered_bytes"] < numbers["max_message_bytes"]:
        r.errors.append("server.max_buffered_bytes: must be at least server.max_message_bytes")
    numbers["inline_analysis_max_bytes"] = r.get(s_doc, "inline_analysis_max_bytes", path, int,
                                                 base.inline_analysis_max_bytes, not_negative)
    numbers["warm_up_seconds"] = float(r.get(s_doc, "warm_up_seconds", path, (int, float), base.warm_up_seconds,
                                             not_negative))
    for name in ("command_timeout_seconds", "data_timeout_seconds", "inspection_timeout_seconds",
                 "next_hop_timeout_seconds", "shutdown_grace_seconds", "first_command_timeout_seconds",
                 "transaction_deadline_seconds"):
        numbers[name] = float(r.get(s_doc, name, path, (int, float), getattr(base, name), positive))
    t_doc = r.table(s_doc, "tls", path, set(TlsSettings.__dataclass_fields__))
    tls = TlsSettings(
        certificate=r.get(t_doc, "certificate", "server.tls", str, ""),
        private_key=r.get(t_doc, "private_key", "server.tls", str, ""),
        next_hop=r.enum(t_doc, "next_hop", "server.tls", NextHopTls, NextHopTls.NONE),
        next_hop_ca_file=r.get(t_doc, "next_hop_ca_file", "server.tls", str, ""),
    )
    if bool(tls.certificate) != bool(tls.private_key):
        r.errors.append("server.tls.certificate: set both certificate and private_key, or neither")
    for key in ("certificate", "private_key", "next_hop_ca_file"):
        value = getattr(tls, key)
        if value and not os.access(value, os.R_OK):
            r.errors.append(f"server.tls.{key}: {value} is not readable")
    hop = parse_next_hop(next_hop) if _next_hop_check(next_hop) is None else base.next_hop
    return ServerSettings(
        listen=_parse_host_port(listen) or base.listen,
        next_hop=hop,
        hostname=r.get(s_doc, "hostname", path, str, ""),
        allowed_networks=tuple(networks) or base.allowed_networks,
        tls=tls,
        placement=r.enum(s_doc, "placement", path, Placement, base.placement),
        proxy_protocol=r.get(s_doc, "proxy_protocol", path, bool, base.proxy_protocol),
        state_directory=r.get(s_doc, "state_directory", path, str, base.state_directory),
        **numbers,
    )
