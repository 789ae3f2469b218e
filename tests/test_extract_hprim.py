"""HPRIM lab files (France, Belgium): both shapes are recognised by content and their patient lines
get labels, so a surname alone on a line and a bare birth date are read as what they are."""

from __future__ import annotations

import pytest

from sentinelle.classifiers.extractors import sniff
from tests import extract_fixtures as fx
from tests.extract_fixtures import confidential, run, texts

# HPRIM Médecins: twelve positional lines, free text, coded results, an end marker (synthetic data).
HEADER_FILE = "\r\n".join([
    "RES-2025-0412",
    "LEFEUVRIEUX",
    "Armelle",
    "12 rue des Tilleuls",
    "",
    "59000 LILLE",
    "14/03/1958",
    "258035935001236",
    "25A0412",
    "01/03/2025",
    "LBM Exemple",
    "Dr Exemple",
    "Bilan demandé le 28/02/2025.",
    "****LAB****",
    "RES|Hémoglobine|HB|N|9.8|g/dl|12.0|16.0|L|F",
    "RES|Créatinine|CREA|N|182|µmol/l|45|90|H|F",
    "****FIN****",
    "",
])

# HPRIM Santé 2.x (ASTM E1394 records).
RECORDS_FILE = "\r".join([
    r"H|~^\&|||LBM EXEMPLE|||||DR EXEMPLE||P|H2.2~C|202503011702",
    "P|1||874486768||LEFEUVRIEUX~ARMELLE||19580314|F||12 rue des Tilleuls~~LILLE~~59000||0555010199|",
    "OBR|1|||BILAN~Bilan sanguin||202503010730",
    "OBX|1|NM|KALI~Potassium||6.1|mmol/l|3.5-5.0|H|||F",
    "L|1|||",
    "",
])


@pytest.mark.parametrize(("data", "name"), [
    (HEADER_FILE, "resultats.hpr"),
    (HEADER_FILE, "resultats.txt"),  # the end marker says what the file is
    (RECORDS_FILE, "20250301_1702.txt"),
    (RECORDS_FILE, ""),  # records need no name: "H|" and its delimiters are the format's own
])
def test_hprim_is_recognised_by_content_or_name(data: str, name: str) -> None:
    assert sniff.sniff(data.encode("latin-1"), "text/plain", name) == sniff.HPRIM


@pytest.mark.parametrize("body", [
    "Compte rendu de la réunion\r\n\r\nVoir le texte joint.\r\n****FIN****\r\n",  # a body: never a header file
    "Hello|world|again\r\nH|not|a|header\r\n",
])
def test_inline_text_and_look_alikes_stay_text(body: str) -> None:
    assert sniff.sniff(body.encode(), "text/plain", "") != sniff.HPRIM


def test_positional_header_lines_get_labels_and_coded_results_read_as_results() -> None:
    result = run(fx.message(fx.text_part("Ci-joint."), fx.attachment(HEADER_FILE.encode("latin-1"), "r.hpr")))
    text = texts(result)["attachment:r.hpr"]
    for line in ("Patient: LEFEUVRIEUX, Armelle", "Date de naissance / DDN: 14/03/1958",
                 "NIR / matricule de sécurité sociale: 258035935001236", "Adresse du patient: 12 rue des Tilleuls",
                 "Résultat: Hémoglobine (HB) 9.8 g/dl [12.0-16.0] L", "Bilan demandé le 28/02/2025."):
        assert line in text, (line, text)


def test_patient_record_fields_get_labels() -> None:
    result = run(fx.message(fx.text_part("Ci-joint."), fx.attachment(RECORDS_FILE.encode(), "r.txt", "text/plain")))
    text = texts(result)["attachment:r.txt"]
    for line in ("Patient: LEFEUVRIEUX, ARMELLE", "Date de naissance / DDN: 1958-03-14 (19580314)",
                 "Adresse du patient: 12 rue des Tilleuls LILLE 59000", "Téléphone du patient: 0555010199",
                 "OBX: 1 NM KALI Potassium 6.1 mmol/l 3.5-5.0 H F"):
        assert line in text, (line, text)


@pytest.mark.parametrize(("data", "name"), [(HEADER_FILE, "r.hpr"), (RECORDS_FILE, "20250301.txt")])
def test_a_lab_file_naming_its_patient_is_confidential(data: str, name: str) -> None:
    assert confidential(fx.message(fx.text_part("Veuillez trouver ci-joint les résultats."),
                                   fx.attachment(data.encode("latin-1"), name)))


def test_a_memo_ending_with_the_marker_gets_no_patient_label() -> None:
    memo = "\r\n".join(["Note de service", "Bonjour à toutes et à tous,", "la réunion du comité est reportée.",
                        "", "Ordre du jour", "1. Budget", "2. Locaux", "Merci.", "****FIN****", ""])
    result = run(fx.message(fx.text_part("Note."), fx.attachment(memo.encode(), "note.txt", "text/plain")))
    text = texts(result)["attachment:note.txt"]
    assert "Patient" not in text and "la réunion du comité est reportée." in text


def test_a_truncated_records_file_keeps_its_text() -> None:
    data = b"H|~^\\&|"
    result = run(fx.message(fx.text_part("x"), fx.attachment(data, "r.hpr")))
    assert texts(result)["attachment:r.hpr"].startswith("H")
