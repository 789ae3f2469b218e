"""``sentinelle check PATH...``: inspection and decisions for .eml files, without SMTP.

It runs the same ``Analyzer`` as the proxy, so it shows exactly what the proxy would decide for
the same message and envelope. Recipients default to To/Cc/Bcc, the sender to Return-Path, else
From. Exit codes (``proxy.cli.EXIT_CODES``): 0 when every recipient of every message would be
delivered (plainly or encrypted), 1 when any would be refused or tempfailed or the policy is
invalid, 2 on a usage error or an unreadable file (the other files are still reported).
``--json`` prints one object per message per line (JSON Lines).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from email.message import Message
from email.utils import getaddresses, parseaddr
from pathlib import Path
from typing import Any

from sentinelle.proxy.delivery.keyring import Keyring
from sentinelle.proxy.model import Action, Envelope
from sentinelle.proxy.observability.audit import audit_location, decision_records
from sentinelle.proxy.pipeline.act import planned_outcomes
from sentinelle.proxy.pipeline.analyze import Analysis, Analyzer, ClassifierLike
from sentinelle.proxy.pipeline.flow import clean_input
from sentinelle.proxy.pipeline.plan import make_plan
from sentinelle.proxy.policy.loader import load_policy
from sentinelle.proxy.policy.schema import Policy, PolicyError

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


def iter_files(paths: list[str]) -> Iterator[tuple[Path, str | None]]:
    """(path, problem) for every file named or found (``*.eml``, recursively, sorted) in a directory."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.eml") if p.is_file())
            if not found:
                yield path, "no .eml file in directory"
            for item in found:
                yield item, None
        elif path.exists():
            yield path, None
        else:
            yield path, "no such file"


def envelope_for(message: Message, mail_from: str | None, rcpts: list[str]) -> Envelope:
    """The envelope given on the command line, else the one the headers imply."""
    if mail_from is None:
        return_path = parseaddr(str(message.get("Return-Path", "")))[1]
        mail_from = return_path or parseaddr(str(message.get("From", "")))[1]
    if not rcpts:
        fields = [str(v) for name in ("To", "Cc", "Bcc") for v in (message.get_all(name) or [])]
        rcpts = list(dict.fromkeys(addr for _, addr in getaddresses(fields) if "@" in addr))
    return Envelope(mail_from=mail_from, rcpt_tos=tuple(rcpts))


def report(path: Path, analysis: Analysis, envelope: Envelope, policy: Policy) -> dict[str, Any]:
    """The JSON Lines object of issue #3 item 4, extended by issue #12: per recipient, everything the
    server would decide and record for the same message (the audit line's decision fields, from
    ``recipient`` to ``warnings``, and the outcome it plans: ``relayed``, ``encrypted``, ``refused``),
    and for the message the scoring reasons and, per finding, whether it counted (confidence at
    least ``classifiers.min_confidence``)."""
    facts = analysis.facts
    threshold = policy.classifiers.scoring.min_confidence
    planned = planned_outcomes(make_plan(analysis.decisions, tuple(facts.inspection.types())))
    return {
        "file": str(path),
        "confidential": facts.confidential,
        "encrypted": facts.encryption.encrypted,
        "forwarding": facts.forwarding.value if facts.forwarding is not None else None,
        "findings": [{"type": f.type, "location": audit_location(f.location), "confidence": round(f.confidence, 3),
                      "excerpt": f.excerpt, "counted": f.confidence >= threshold}
                     for f in facts.inspection.findings],
        "scoring_reasons": list(facts.inspection.reasons),
        "overruled_reasons": list(facts.inspection.overruled),
        "recipients": [{"address": d.recipient, "reasons": d.reasons, **record,
                        "outcome": planned.get(d.recipient, "unknown")}
                       for d, record in zip(analysis.decisions, decision_records(analysis, envelope, policy),
                                            strict=True)],
    }


def _text(result: dict[str, Any], analysis: Analysis) -> str:
    facts = analysis.facts
    lines = [f"{result['file']}:"]
    why = ", ".join(facts.inspection.reasons) or ("subject tag" if facts.forced_confidential else "")
    if facts.inspection.overruled and not result["confidential"]:
        why = f"{', '.join(facts.inspection.overruled)} overruled by the document model"
    lines.append(f"  confidential: {'yes' if result['confidential'] else 'no'}" + (f" ({why})" if why else ""))
    note = f" ({facts.encryption.note})" if facts.encryption.note else ""
    lines.append(f"  encrypted: {'yes, ' + facts.encryption.kind if result['encrypted'] else 'no'}{note}")
    forwarding = result["forwarding"] or "no"
    if facts.forwarding_markers:
        forwarding += f" ({', '.join(facts.forwarding_markers)})"
    lines.append(f"  forwarded: {forwarding}")
    for finding in result["findings"]:
        lines.append(f"  finding: {finding['type']} in {finding['location']} "
                     f"(confidence {finding['confidence']:.2f}): {finding['excerpt']}")
    for decision in analysis.decisions:
        extra = f" [audit mode: enforce would {decision.audit_action.value}]" if decision.audit_action else ""
        warn = f" warnings: {', '.join(decision.warnings)}" if decision.warnings else ""
        lines.append(f"  {decision.recipient}: {decision.action.value} ({decision.rule.value}){extra}{warn}")
    return "\n".join(lines)


def load_classifier(policy_classifiers: Any) -> ClassifierLike:
    from sentinelle.classifiers import Classifier

    return Classifier.load(policy_classifiers)


def command_check(args: argparse.Namespace, *, classifier: ClassifierLike | None = None) -> int:
    try:
        policy = load_policy(args.policy)
    except PolicyError as error:
        print(error.report(), file=sys.stderr)
        return EXIT_REFUSED  # an invalid policy: 1, as in every command
    keyring = Keyring(Path(args.keyring) if args.keyring else policy.encryption.keyring)
    if classifier is None:
        try:
            classifier = load_classifier(policy.classifiers)
        except Exception as error:  # ModelNotInstalled and friends: say what, stop
            print(f"cannot load the classifier: {error}", file=sys.stderr)
            return EXIT_USAGE
    analyzer = Analyzer(policy, classifier, keyring, record_metrics=False)
    from sentinelle.classifiers.parse import parse_message

    exit_code = EXIT_OK
    for path, problem in iter_files(args.paths):
        data: bytes | None = None
        if problem is None:
            try:
                data = clean_input(path.read_bytes())[0]  # what serve analyses: CRLF, no X-Sentinelle-*
            except OSError as error:
                problem = f"cannot read: {error.strerror or error}"
        if data is None:
            _error(args.json, path, problem or "unreadable")
            exit_code = EXIT_USAGE
            continue
        if args.mail_from is not None and args.rcpt:
            envelope = Envelope(args.mail_from, tuple(args.rcpt))  # no need to read the headers
        else:
            envelope = envelope_for(parse_message(data).message, args.mail_from, list(args.rcpt))
        if not envelope.rcpt_tos:
            _error(args.json, path, "no recipient in To/Cc/Bcc; give --rcpt")
            exit_code = EXIT_USAGE
            continue
        analysis = analyzer.analyze(data, envelope)
        result = report(path, analysis, envelope, policy)
        print(json.dumps(result, ensure_ascii=False) if args.json else _text(result, analysis), flush=True)
        if exit_code == EXIT_OK and any(d.action is Action.REJECT for d in analysis.decisions):
            exit_code = EXIT_REFUSED
    return exit_code


def _error(as_json: bool, path: Path, problem: str) -> None:
    if as_json:
        print(json.dumps({"file": str(path), "error": problem}, ensure_ascii=False), flush=True)
    print(f"{path}: {problem}", file=sys.stderr)
