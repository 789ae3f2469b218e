"""The audit trail records finding types and masked identifiers only by default; clinical terms
verbatim only with ``audit.clinical_terms = "verbatim"``."""

from __future__ import annotations

import email
import json

import pytest

from sentinelle.proxy.model import Envelope
from sentinelle.proxy.observability.audit import audit_entries
from sentinelle.proxy.pipeline.analyze import Analysis, Analyzer
from sentinelle.proxy.policy.loader import parse_policy, shipped_policy_text
from sentinelle.proxy.policy.schema import AuditClinicalTerms, Policy, PolicyError
from tests.policy_support import FakeKeys, FixedClassifier, Parsed, eml, finding, inspection

SENDER = "dre.gagnon@ssss.gouv.qc.ca"


def analysis(policy: Policy) -> tuple[Analysis, Envelope]:
    found = inspection(finding("ramq_nam", "body", 0.99, "TREM **** **12"),
                       finding("diagnosis", "body", 0.8, "diabète de type 2"),
                       finding("medication", "body", 0.8, "metformine"), confidential=True)
    analyzer = Analyzer(policy, FixedClassifier(found), FakeKeys({}),
                        parse=lambda data: Parsed(email.message_from_bytes(data)), record_metrics=False)
    envelope = Envelope(SENDER, ("x@clinique.example",))
    data = eml([("From", SENDER), ("To", "x@clinique.example"), ("Message-ID", "<c1@ssss.gouv.qc.ca>")],
               "Diabète de type 2, metformine\r\n")
    return analyzer.analyze(data, envelope), envelope


def test_by_default_no_clinical_term_is_written() -> None:
    policy = parse_policy(shipped_policy_text().encode())
    assert policy.audit_clinical_terms is AuditClinicalTerms.OMITTED
    result, envelope = analysis(policy)
    for given in (policy, None):
        [entry] = audit_entries(result, envelope, "refused", policy=given)
        text = json.dumps(entry, ensure_ascii=False)
        assert "diabète" not in text and "metformine" not in text
        excerpts = {f["type"]: f["excerpt"] for f in entry["findings"]}
        assert excerpts == {"ramq_nam": "TREM **** **12", "diagnosis": None, "medication": None}
        assert entry["finding_types"] == {"ramq_nam": 1, "diagnosis": 1, "medication": 1}


def test_verbatim_is_an_explicit_choice() -> None:
    policy = parse_policy(b'[audit]\nclinical_terms = "verbatim"\n')
    result, envelope = analysis(policy)
    [entry] = audit_entries(result, envelope, "refused", policy=policy)
    excerpts = {f["type"]: f["excerpt"] for f in entry["findings"]}
    assert excerpts["diagnosis"] == "diabète de type 2" and excerpts["medication"] == "metformine"
    with pytest.raises(PolicyError):
        parse_policy(b'[audit]\nclinical_terms = "yes"\n')
