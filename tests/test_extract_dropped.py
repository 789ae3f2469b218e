"""Content past a limit is never silently dropped (issue 11): every place where extraction or
recognition stops reading leaves an ``uninspectable`` finding whose cause is in the vocabulary, and
a message with patient data after such a cut is refused to an outside recipient, not delivered."""

from __future__ import annotations

import base64
import io
import time
from pathlib import Path

import pytest

from sentinelle.classifiers import Classifier, ClassifierConfig, Scoring
from sentinelle.classifiers.config import Limits
from sentinelle.classifiers.extract import UNINSPECTABLE_CAUSES, Extraction
from sentinelle.classifiers.extractors import dicom, fhir, html, office
from sentinelle.classifiers.extractors._common import Budget
from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.types import UNINSPECTABLE
from sentinelle.proxy.delivery.keyring import Keyring
from sentinelle.proxy.model import Envelope
from sentinelle.proxy.pipeline.analyze import Analyzer
from sentinelle.proxy.policy.loader import parse_policy, shipped_policy_text
from tests import extract_fixtures as fx
from tests.extract_fixtures import NAM, PATIENT, run

SENDER = "dre.gagnon@ssss.gouv.qc.ca"
OUTSIDE = "partenaire@clinique.example"
BUDGET = Budget(max_bytes=10_000_000, max_ratio=100.0, max_members=5, max_chars=100_000)




def causes(result: Extraction) -> dict[str, str]:
    return {f.location: f.excerpt for f in result.findings}


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory: pytest.TempPathFactory) -> Analyzer:
    policy = parse_policy(shipped_policy_text().encode())
    classifier = Classifier(ClassifierConfig(limits=policy.classifiers.limits, scoring=Scoring(ner=False)), None)
    ring = Keyring(tmp_path_factory.mktemp("ring"))
    return Analyzer(policy, classifier, ring, record_metrics=False)


def decided(analyzer: Analyzer, raw: bytes) -> list[tuple[str, str]]:
    analysis = analyzer.analyze(raw, Envelope(SENDER, (OUTSIDE,)))
    return [(d.action.value, d.rule.value) for d in analysis.decisions]


def headers(extra: str = "") -> bytes:
    return (f"From: Dre Gagnon <{SENDER}>\r\nTo: <{OUTSIDE}>\r\nSubject: Rapport\r\nMIME-Version: 1.0\r\n"
            f"{extra}").encode()


def plain_body_of(size: int) -> str:
    """About ``size`` characters of harmless text, then a NAM with its context word."""
    line = "Compte rendu de la réunion du comité des achats, point suivant.\r\n"
    return line * (size // len(line) + 1) + f"Le NAM du patient {PATIENT} est {NAM}.\r\n"


def postfix_fold(line: str, limit: int = 998) -> str:
    """Postfix's smtp_line_length_limit: a longer line is broken by inserting CRLF SPACE."""
    pieces = [line[i:i + limit] for i in range(0, len(line), limit)]
    return "\r\n ".join(pieces)


def test_a_2_mb_plain_body_with_data_after_the_cut_is_uninspectable_and_refused(analyzer: Analyzer) -> None:
    body = plain_body_of(2_100_000)
    raw = headers("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n") \
        + body.encode()
    result = run(raw)
    assert causes(result) == {"body": "size_limit"}
    (segment,) = [s for s in result.segments if s.location == "body"]
    assert segment.truncated and NAM not in segment.text
    assert decided(analyzer, raw) == [("reject", "uninspectable")]


def test_a_long_base64_body_folded_as_postfix_folds_is_uninspectable(analyzer: Analyzer) -> None:
    encoded = base64.b64encode(plain_body_of(2_100_000).encode()).decode()
    raw = headers("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n") \
        + postfix_fold(encoded).encode() + b"\r\n"
    result = run(raw)
    assert causes(result) == {"body": "size_limit"}
    assert decided(analyzer, raw) == [("reject", "uninspectable")]


def hl7_batch(observations: int) -> bytes:
    lines = ["MSH|^~\\&|LAB|HOP|DEST|HOP|20240101120000||ORU^R01|1|P|2.5",
             f"PID|1||12345^^^HOP^MR||{PATIENT}^Zoubida||19800101|F"]
    lines += [f"OBX|{i}|NM|GLU^Glucose||5.{i % 10}|mmol/L|||||F" for i in range(observations)]
    lines.append(f"NTE|1||NAM {NAM}")
    return "\r".join(lines).encode() + b"\r"


def test_a_big_hl7_batch_is_uninspectable_past_the_cut(analyzer: Analyzer) -> None:
    # The batch had 150,000 segments (3.7 MB) against the 2,000,000-character limit; the
    # same cut with a smaller limit keeps the test fast.
    data = hl7_batch(5_000)
    raw = fx.message(fx.text_part("Résultats ci-joints."), fx.attachment(data, "lab.hl7"))
    result = run(raw, Limits(max_segment_chars=50_000))
    assert causes(result) == {"attachment:lab.hl7": "size_limit"}
    assert not any(NAM in s.text for s in result.segments)


def test_every_truncated_segment_has_a_finding_wherever_it_comes_from() -> None:
    long_html = "<p>" + "texte " * 2_000 + f"{NAM}</p>"
    raw = fx.message(fx.text_part("x" * 3_000), fx.text_part(long_html, "html"),
                     fx.attachment(("y" * 3_000).encode(), "a.txt"), subject="Suivi " + "z" * 3_000)
    result = run(raw, Limits(max_segment_chars=1_000))
    truncated = {s.location for s in result.segments if s.truncated}
    assert truncated == {"subject", "body", "html", "attachment:a.txt"}
    assert causes(result) == dict.fromkeys(truncated, "size_limit")


def test_html_that_lxml_finds_empty_is_inspected_as_raw_text() -> None:
    # lxml drops comments and processing instructions, then refuses the "empty" document; the
    # markup still reaches the recipient, so it is inspected as it is.
    assert NAM in html.html_to_text(f"<!-- NAM {NAM} -->")
    assert NAM in html.html_to_text(f"<?php NAM {NAM} ?>")


def test_office_parts_past_the_member_limit_are_reported() -> None:
    pages = {f"word/header{i}.xml": f"<w:t xmlns:w='x'>entete {i}</w:t>" for i in range(8)}
    data = fx.zip_of({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:t xmlns:w='x'>corps</w:t>",
                      **pages})
    output = office.extract_docx(data, BUDGET)
    assert [p.cause for p in output.problems] == ["member_limit"]


def test_deep_dicom_sequences_are_reported() -> None:
    import pydicom
    from pydicom.dataset import Dataset
    from pydicom.sequence import Sequence

    dataset = pydicom.dcmread(io.BytesIO(fx.dicom("Fictif^Patient", "X1", "19800101")), force=True)
    inner = Dataset()
    inner.PatientComments = f"{PATIENT} {NAM}"
    for _ in range(12):
        outer = Dataset()
        outer.ReferencedImageSequence = Sequence([inner])
        inner = outer
    dataset.ReferencedStudySequence = Sequence([inner])
    out = io.BytesIO()
    dataset.save_as(out)
    output = dicom.extract(out.getvalue(), BUDGET)
    assert [p.cause for p in output.problems] == ["depth_limit"]


def test_fhir_attachment_data_that_is_not_base64_is_read_as_text() -> None:
    document = ('{"resourceType": "DocumentReference", "content": [{"attachment": '
                f'{{"contentType": "text/plain", "data": "NAM {NAM} !"}}}}]}}')  # 15 base64 letters: padding error
    output = fhir.extract_json(document.encode(), None, BUDGET)
    assert not output.embedded and any(NAM in p.text for p in output.pieces)


def test_a_recognition_deadline_gives_the_timeout_cause() -> None:
    classifier = Classifier(ClassifierConfig(scoring=Scoring(ner=False)), None)
    raw = fx.message(fx.text_part(f"NAM {NAM}"))
    inspection = classifier.inspect(parse_message(raw), deadline=time.monotonic() - 1)
    uninspectable = [f for f in inspection.findings if f.type == UNINSPECTABLE]
    assert uninspectable and all(f.excerpt in UNINSPECTABLE_CAUSES for f in uninspectable)
    assert "timeout" in {f.excerpt for f in uninspectable}


def test_causes_are_always_in_the_vocabulary(tmp_path: Path) -> None:
    raws = [
        fx.message(fx.text_part("x" * 3_000)),
        fx.message(fx.attachment(fx.zip_of({f"f{i}.txt": "m" for i in range(20)}), "m.zip")),
        fx.message(fx.attachment(fx.zip_bomb(3), "b.zip")),
    ]
    for raw in raws:
        result = run(raw, Limits(max_segment_chars=1_000, max_archive_members=5, max_compression_ratio=10))
        assert result.findings
        assert all(f.type == UNINSPECTABLE and f.excerpt in UNINSPECTABLE_CAUSES for f in result.findings)


def test_text_outside_the_parts_is_read_too() -> None:
    """Preamble and epilogue of a multipart, free-text header fields, a part's description and a
    second file name are sent to the recipient (a raw view shows them): they are inspected."""
    raw = (f"From: a@ssss.gouv.qc.ca\r\nSubject: x\r\nKeywords: NAM {NAM}\r\nThread-Topic: Dossier {PATIENT}\r\n"
           "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
           f"preambule {PATIENT}\r\n--b\r\nContent-Type: text/plain\r\nContent-Description: resultats de {PATIENT}\r\n"
           "\r\ncorps\r\n--b\r\nContent-Type: application/octet-stream; name=\"vrai_nom_" + NAM + ".txt\"\r\n"
           "Content-Disposition: attachment; filename=\"autre.txt\"\r\n\r\ncontenu\r\n"
           f"--b--\r\nepilogue {NAM}\r\n").encode()
    found = {s.location: s.text for s in run(raw).segments}
    assert found["header:keywords"] == f"NAM {NAM}"
    assert found["header:thread-topic"] == f"Dossier {PATIENT}"
    assert found["preamble"] == f"preambule {PATIENT}"
    assert found["epilogue"].strip() == f"epilogue {NAM}"
    assert found["header:content-description"] == f"resultats de {PATIENT}"
    assert found["filename:autre.txt"] == "autre.txt" and found["filename:autre.txt#2"] == f"vrai nom {NAM}.txt"


@pytest.mark.parametrize("kind", ["pdf", "docx", "xlsx", "odt", "dicom", "fhir", "rtf"])
def test_every_reader_that_stops_early_leaves_size_limit(kind: str) -> None:
    """Readers stop once their text passes max_segment_chars (PDF pages, spreadsheet rows...):
    the cut is reported whichever reader made it."""
    long_text = " ".join(f"ligne{i}" for i in range(400))  # about 3,500 characters
    data = {
        "pdf": lambda: fx.pdf("\n".join(long_text[i:i + 80] for i in range(0, len(long_text), 80))),
        "docx": lambda: fx.docx(long_text),
        "xlsx": lambda: fx.xlsx([[w] for w in long_text.split()]),
        "odt": lambda: fx.odt(long_text),
        "dicom": lambda: fx.dicom(long_text[:60], "X1", "19800101"),
        "fhir": lambda: ('{"resourceType": "Observation", "note": [{"text": "' + long_text + '"}]}').encode(),
        "rtf": lambda: ("{\\rtf1 " + long_text + "}").encode(),
    }[kind]()
    limit = 50 if kind == "dicom" else 1_000
    raw = fx.message(fx.attachment(data, f"f.{kind}"))
    assert causes(run(raw, Limits(max_segment_chars=limit))) == {f"attachment:f.{kind}": "size_limit"}
