"""Every inline text part has its own location (issue 10, adversarial findings): ``body``,
``body#2``... so positions from different parts are never compared as if they were one text, and
the prefixes recognizers, scoring and the audit trail rely on stay as they were."""

from __future__ import annotations

import json
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from pathlib import Path

from sentinelle.classifiers import Classifier, ClassifierConfig, Scoring
from sentinelle.classifiers.config import Limits
from sentinelle.classifiers.extract import extract
from sentinelle.classifiers.parse import parse_message
from sentinelle.proxy.cli.check import report
from sentinelle.proxy.delivery.keyring import Keyring
from sentinelle.proxy.model import Envelope
from sentinelle.proxy.pipeline.analyze import Analyzer
from sentinelle.proxy.policy.loader import parse_policy, shipped_policy_text
from tests import extract_fixtures as fx
from tests.extract_fixtures import NAM

NAME = "Mme Julie Gagnonfictive"
# About 600 characters. The learned document model is off here: it would read this filler as the administrative
# mail it says it is and overrule a verdict these tests need to observe.
FILLER = "Compte rendu administratif sans rapport. " * 15


def locations(raw: bytes) -> list[str]:
    return [s.location for s in extract(parse_message(raw), Limits()).segments]


def test_each_inline_part_has_its_own_location() -> None:
    alternative = MIMEMultipart("alternative")
    alternative.attach(fx.text_part("premier"))
    alternative.attach(fx.text_part("<p>premier</p>", "html"))
    raw = fx.message(alternative, fx.text_part("deuxième"), fx.text_part("<p>deux</p>", "html"), fx.text_part("3"))
    assert locations(raw)[3:] == ["body", "html", "body#2", "html#2", "body#3"]


def test_attached_messages_number_their_own_parts() -> None:
    inner = parse_message(fx.message(fx.text_part("a"), fx.text_part("b"))).message
    raw = fx.message(fx.text_part("x"), MIMEMessage(inner), fx.text_part("y"))
    found = locations(raw)
    assert {"body", "body#2", "attachment:message-1.eml/body", "attachment:message-1.eml/body#2"} <= set(found)


def test_repeated_locations_get_a_number_too() -> None:
    raw = fx.message(fx.attachment(b"un", "a.txt"), fx.attachment(b"deux", "a.txt"))
    found = locations(raw)
    assert found.count("attachment:a.txt") == 1 and "attachment:a.txt#2" in found
    two_subjects = b"Subject: un\r\nSubject: deux\r\n\r\ncorps\r\n"
    assert locations(two_subjects) == ["subject", "subject#2", "body"]


def test_proximity_never_spans_two_parts() -> None:
    """A name near the end of one part and a diagnosis near the start of another: the same words in
    one part are confidential; across parts, their positions must not be compared."""
    classifier = Classifier(ClassifierConfig(scoring=Scoring(ner=False, document_model_veto=0)), None)
    one_part = fx.message(fx.text_part(f"{FILLER}{NAME} a un diabète de type 2."))
    assert classifier.inspect(parse_message(one_part)).confidential
    # Part 1 ends with the name at offset ~600; part 2 has the diagnosis at offset ~600 too: as one
    # "body" their positions looked adjacent.
    split = fx.message(fx.text_part(f"{FILLER}{NAME}."), fx.text_part(f"{FILLER}Diabète de type 2 : rappel général."))
    inspection = classifier.inspect(parse_message(split))
    names = [f for f in inspection.findings if f.type == "patient_name"]
    clinical = [f for f in inspection.findings if f.type == "diagnosis"]
    assert names and clinical and {f.location for f in names}.isdisjoint({f.location for f in clinical})
    assert "name_near_clinical" not in inspection.reasons


def test_check_json_never_prints_a_raw_file_name(tmp_path: Path) -> None:
    policy = parse_policy(shipped_policy_text().encode())
    analyzer = Analyzer(policy, Classifier(ClassifierConfig(scoring=Scoring(ner=False, document_model_veto=0)), None),
                        Keyring(tmp_path / "ring"), record_metrics=False)
    name = f"Gagnonfictive_Julie_NAM_{NAM}.txt"
    raw = fx.message(fx.text_part("Ci-joint"), fx.attachment(f"NAM {NAM}".encode(), name, "text/plain"))
    envelope = Envelope("a@ssss.gouv.qc.ca", ("b@x.example",))
    result = report(tmp_path / "m.eml", analyzer.analyze(raw, envelope), envelope, policy)
    shown = {f["location"] for f in result["findings"]}
    assert {"attachment:*.txt", "filename:*.txt"} <= shown
    assert "Gagnonfictive" not in json.dumps(result) and NAM not in json.dumps(result)
