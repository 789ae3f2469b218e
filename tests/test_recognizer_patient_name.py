"""Patient name recognizer: triggers, staff exclusion, signatures, doctors, windowed NER."""

from __future__ import annotations

import email.utils
import functools

import pytest
from spacy.language import Language

from sentinelle.classifiers.nlp import load_model
from sentinelle.classifiers.recognizers._base import Scanner
from sentinelle.classifiers.recognizers.patient_name import (
    EMPTY_STAFF,
    PatientNameRecognizer,
    StaffNames,
    _address_pairs,
)
from sentinelle.classifiers.types import Segment

PATTERNS = PatientNameRecognizer(None)


@functools.cache
def nlp() -> Language:
    return load_model()


def names(text: str, staff: StaffNames = EMPTY_STAFF, rec: PatientNameRecognizer = PATTERNS) -> list[str]:
    return [text[f.start : f.end] for f in rec.recognize(Segment("body", text), staff=staff)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Je vous réfère Mme Julie Gagnon pour suivi.", ["Julie Gagnon"]),
        ("M. Jean-Paul Tremblay est arrivé.", ["Jean-Paul Tremblay"]),
        ("Patient: TREMBLAY, Jean", ["TREMBLAY, Jean"]),
        ("Nom : Côté", ["Côté"]),
        ("Travailleur : Lessard, Mathieu", ["Lessard, Mathieu"]),
        ("Claimant: Dominique Boucher", ["Dominique Boucher"]),
        ("le travailleur a repris le travail", []),  # a form label only with its colon
        ("Nom du patient: Éloïse Bérubé-Lafleur", ["Éloïse Bérubé-Lafleur"]),
        ("la patiente Julie Roy a appelé", ["Julie Roy"]),
        ("Mr. John Smith and Mrs Jane Doe", ["John Smith", "Jane Doe"]),
        ("Patient name: Robert O'Neil", ["Robert O'Neil"]),
        ("Un patient de 54 ans diabétique.", []),  # anonymous case
        ("12 patients diabétiques ce mois-ci", []),  # aggregate
        ("Mme la Directrice", []),
        ("Nom de l'établissement", []),
        ("Le patient Lundi", []),  # stop word
    ],
)
def test_pattern_table(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_doctors_are_staff_not_patients() -> None:
    assert names("Dre Marie Lavoie vous écrit. Mme Marie Lavoie a signé.") == []
    assert names("Dr Paul Roy a vu Mme Julie Gagnon") == ["Julie Gagnon"]


def test_sender_and_recipients_are_staff() -> None:
    staff = StaffNames.from_addresses(['"Gagnon, Julie" <jgagnon@cisss.qc.ca>', "paul.roy@ex.com"])
    assert {"gagnon", "julie", "jgagnon", "paul", "roy"} <= staff.tokens
    # Full names are compared, never surnames alone: "M. Roy" and "M. Luc Roy" may be patients.
    assert names("Mme Julie Gagnon et M. Roy et M. Paul Roy et M. Luc Roy", staff) == ["Roy", "Luc Roy"]


def test_staff_from_message_decodes_encoded_words() -> None:
    from email import message_from_string

    msg = message_from_string("From: =?utf-8?q?H=C3=A9l=C3=A8ne_C=C3=B4t=C3=A9?= <hc@x.ca>\nTo: a@b.c\n\nx")
    assert {"helene", "cote"} <= StaffNames.from_message(msg).tokens


def test_signature_block_is_excluded() -> None:
    text = "Merci pour la rencontre.\n\nCordialement,\nMme Julie Gagnon\nAgente administrative"
    assert names(text) == []
    assert names("Merci\n-- \nM. Paul Roy, chef de service") == []


def test_excerpt_is_initials() -> None:
    (finding,) = PATTERNS.recognize(Segment("body", "Mme Julie Gagnon"))
    assert finding.excerpt == "J*** G***"
    assert finding.confidence == 0.7 and "honorific" in finding.explanation


def test_ner_confirms_and_finds_lower_case_names() -> None:
    rec = PatientNameRecognizer(nlp())
    # Pattern names alone do not cost an NER run ...
    (alone,) = rec.recognize(Segment("body", "Je vous réfère Mme Julie Gagnon pour suivi de son asthme."))
    assert alone.confidence == 0.7 and "ner" not in alone.explanation
    # ... but inside the window of an unresolved trigger ("patient" + lower case) they are confirmed.
    text = "Je vous réfère Mme Julie Gagnon. Le patient est suivi pour asthme."
    (confirmed,) = rec.recognize(Segment("body", text))
    assert confirmed.confidence == 0.85 and "ner PER" in confirmed.explanation
    (found,) = rec.recognize(Segment("body", "la patiente julie roy souffre d'asthme"))
    assert found.confidence == 0.6 and found.explanation.startswith("ner PER")
    assert rec.recognize(Segment("body", "la patiente julie roy"), use_ner=False) == []


@pytest.mark.parametrize(
    "values",
    [
        ["Jean Tremblay <jean.tremblay@cisss.example>"],
        ["jean@x.example", "Léa Bédard <lea@x.example>"],
        ["Prescripteurs <p@x.example>,\r\n Jean Thibault <jt@y.example>"],
        ["Jean   J.  Tremblay <jt@x.example>", "<jt@x.example>"],
        ["Dr. Paul-André O'Neil <pao@x.example>"],
        # Not simple: the email package's parser decides.
        ['"Tremblay, Jean" <jt@x.example>', "Marie Roy <mr@x.example>"],
        ["a@b.example (Jean Roy)"],
        ["Undisclosed recipients:;"],
        ["Jean <jt@x.example> Roy"],
        ["Jean Roy <j@x.example>,"],
    ],
)
def test_address_fast_path_equals_getaddresses(values: list[str]) -> None:
    assert _address_pairs(values) == email.utils.getaddresses(values)


def found(text: str, staff: StaffNames = EMPTY_STAFF) -> list[tuple[str, float]]:
    return [(text[f.start : f.end], f.confidence) for f in PATTERNS.recognize(Segment("body", text), staff=staff)]


def counted(text: str, staff: StaffNames = EMPTY_STAFF) -> list[str]:
    """Names at or above the default min_confidence (0.6): the ones that can make a message confidential."""
    return [name for name, confidence in found(text, staff) if confidence >= 0.6]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No title needed: a known given name and a surname, with a patient cue around it.
        ("Please book Sofia Lessard (DOB 05/16/1981) for a follow-up", ["Sofia Lessard"]),
        ("FYI — Geneviève Paquette was admitted overnight for NSTEMI", ["Geneviève Paquette"]),
        ("Marie-Ève Gosselin, 54 ans, connue pour une MPOC", ["Marie-Ève Gosselin"]),
        ("Ginette MORIN est hospitalisée depuis lundi", ["Ginette MORIN"]),
        # Surname first.
        ("Résultats de MORIN, Ginette : K 5,9", ["MORIN, Ginette"]),
        ("Suivi de GAGNON Lucie demain", ["GAGNON Lucie"]),
        ("Dossier de Morin, Ginette à revoir", ["Morin, Ginette"]),
        # Roster lines, CRLF as the server feeds them.
        ("701 – MORIN, Ginette – IRA sur IRC\r\n702 – Paquette Réjean – HTA\r\n",
         ["MORIN, Ginette", "Paquette Réjean"]),
        ("Ch. 12 : Tremblay Gaétan | FA rapide", ["Tremblay Gaétan"]),
        # Phrases that introduce a care episode: a full name, no title needed.
        ("Transferring the care of Kwame Mensah (moving to Ottawa). HIV diagnosed 2019", ["Kwame Mensah"]),
        ("Prise en charge de Ginette Paquin aux urgences", ["Ginette Paquin"]),
        ("Suivi de Roy demain", []),  # a surname alone after a phrase
        ("Suivi de Dre Julie Roy en clinique", []),  # a physician
        # Upper- and lower-case honorifics are triggers.
        ("MME TREMBLAY Ginette est diabétique", ["TREMBLAY Ginette"]),
        ("vu mme Julie Roy ce matin", ["Julie Roy"]),
        # Near misses: no patient cue, a stop word, an organisation, a list item, a credential.
        ("Conférence de Sylvie Morin à 13 h", []),
        ("Bonjour, Marie\nvoici le document", []),
        ("Client : Pharmacie Lavoie", []),
        ("2025 - Budget annuel", []),
        ("1. Rencontre avec le comité", []),
        ("Jean Tremblay, M.D., FRCPC", []),
        ("Julie Roy, inf., M. Sc.", []),
    ],
)
def test_names_without_titles_table(text: str, expected: list[str]) -> None:
    assert counted(text) == expected


def test_a_name_never_runs_on_into_an_identifier_label() -> None:
    # Issue 12: "M. Gagnon NAM GAGL ..." gave the excerpt "M*** G*** N*** G***".
    assert names("Voir M. Gagnon NAM GAGL 8512 3112") == ["Gagnon"]
    assert names("Mme Julie Roy DDN 1950-01-01") == ["Julie Roy"]
    (finding,) = PATTERNS.recognize(Segment("body", "Voir M. Gagnon NAM GAGL 8512 3112"))
    assert finding.excerpt == "G***"


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_signature_exclusion_holds_on_crlf(newline: str) -> None:
    text = newline.join(["Voici le suivi.", "", "Cordialement,", "Mme Julie Gagnon", "Agente administrative"])
    assert names(text) == []
    assert names(newline.join(["Merci", "-- ", "M. Paul Roy, chef de service"])) == []


@pytest.mark.parametrize(
    "text",
    [
        "la résidente Marie Dubois a vu la patiente pour son diabète",
        "l'infirmière Julie Roy a changé le pansement",
        "La ministre, Mme Sonia Bélanger, annonce un plan contre le diabète",
        "Mme Julie Roy, directrice des soins infirmiers, présentera le plan diabète",
        "Bienvenue à Mme Lucie Gagnon, nouvelle coordonnatrice",
        "Bonjour Mme Gagnon,\nvoici le document",
        "De : Julie Roy <jroy@cisss.example>\nObjet : suivi",
        "Dr Paul Roy a signé.",
        "DESCRIPTION:Moderator: Jean Tremblay\\, M.D.\\, FRCPC. Case-based discussion of heart failure",
        "Oct 8  Empagliflozin in acute MI - presenter Samuel Okafor",
        "Elle succède à M. Serge Bouchard, qui prend sa retraite après 35 ans de service en hémodialyse.",
        "Please welcome Ms. Jane Doe, who joined the dialysis unit as nurse manager.",
    ],
)
def test_staff_by_role_greeting_or_header_line_are_not_patients(text: str) -> None:
    assert counted(text) == []


def test_staff_exclusion_compares_full_names() -> None:
    staff = StaffNames.from_addresses(["Jean Tremblay <jean.tremblay@cisss.example>"])
    # A patient who shares the sender's surname is still a patient.
    assert counted("Mme Ginette Tremblay est admise pour IRA.", staff) == ["Ginette Tremblay"]
    assert counted("M. Jean Tremblay est admis pour IRA.", staff) == []
    # A surname alone is never matched to a physician's: "M. Tremblay" seen by "Dr Tremblay" is a patient.
    assert names("Dr Roy a vu Mme Roy, puis Mme Julie Roy.") == ["Roy", "Julie Roy"]
    assert names("Dr Tremblay a vu M. Tremblay pour son diabète.") == ["Tremblay"]


def test_title_is_evidence_of_a_person_not_of_a_patient_in_newsletters() -> None:
    bulletin = "Infolettre de mars\nMme Lucie Gagnon a lancé le projet sur le diabète."
    assert found(bulletin) == [("Lucie Gagnon", 0.5)]
    # ... unless a patient cue says so.
    admitted = "Infolettre de mars\nMme Lucie Gagnon, 72 ans, a été admise pour diabète."
    assert counted(admitted) == ["Lucie Gagnon"]


def evidenced(text: str, evidence: list[tuple[int, int]], anywhere: bool = False) -> list[tuple[str, float]]:
    scan = Scanner(PatientNameRecognizer.triggers).scan(text)
    found_ = PATTERNS.from_scan(
        Segment("body", text), scan, use_ner=False, evidence=evidence, evidence_anywhere=anywhere
    )
    return [(text[f.start : f.end], f.confidence) for f in found_]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tremblay Réjean - NSTEMI - transfert pour coro demain?", [("Tremblay Réjean", 0.5)]),
        ("Écho Caron Lucille - cardiomyopathie", [("Caron Lucille", 0.5)]),
        ("PATEL, Anjali - labs", [("PATEL, Anjali", 0.65)]),
        ("Lavoie\tÉmilie\tLAVE47610834", [("Lavoie\tÉmilie", 0.5)]),
        ("URGENT, Merci de rappeler", []),
        ("Hi Anna,\r\nHere is the abstract", []),  # a greeting is not a surname
        ("Allô Julie,\nMax a reçu un diagnostic de diabète", []),
        ("Bonjour Marie Julie", []),  # two given names: no surname-first reading
    ],
)
def test_surname_first_without_comma_and_upper_case_comma(text: str, expected: list[tuple[str, float]]) -> None:
    assert found(text) == expected


def test_a_name_trigger_never_consumes_a_neighbouring_identifier() -> None:
    from sentinelle.classifiers.config import ClassifierConfig
    from sentinelle.classifiers.engine import Classifier

    clf = Classifier(ClassifierConfig(), None)
    # Title-less names have their own pass: the NAM after "Julie" stays whole in the combined one.
    text = "Julie ROYJ 5501 0112"
    assert clf._scanner.scan(text).get("nam") == [(6, 20)]
    assert Scanner(PatientNameRecognizer.titleless_triggers).scan(text).get("name_given") == [(0, 5)]
    # "Na" (sodium) never swallows the start of "Nathan".
    assert "lab_terse" not in clf._scanner.scan("record of Nathan Girard (born").hits


def test_clinical_evidence_nearby_is_a_patient_cue_outside_newsletters() -> None:
    text = "Renouvellement autorisé pour Guy Gagnon :\n- metformine 850 mg BID"
    start = text.index("metformine")
    assert evidenced(text, [(start, start + 10)]) == [("Guy Gagnon", 0.65)]
    assert found(text) == [("Guy Gagnon", 0.5)]  # alone (no engine evidence list): reported, not counted
    assert evidenced(text, []) == []  # the engine's pass: no evidence in reach, nothing to report
    far = "Conférence de Sylvie Morin." + " " * 200 + "metformine"
    assert evidenced(far, [(len(far) - 10, len(far))]) == [("Sylvie Morin", 0.5)]
    newsletter = "Infolettre : Sylvie Morin parlera de metformine"
    assert evidenced(newsletter, [(newsletter.index("metformine"), len(newsletter))]) == [("Sylvie Morin", 0.5)]
    # The Subject: evidence anywhere in the message.
    assert evidenced("Immunization record - Nathan Girard", [], anywhere=True) == [("Nathan Girard", 0.65)]


def test_a_greeting_addresses_the_patient_when_the_text_speaks_of_their_care() -> None:
    assert counted("Bonjour Mme Fournier,\nVos résultats sanguins sont arrivés : hémoglobine 104 g/L.") == [
        "Fournier"
    ]
    assert counted("Bonjour Mme Fournier,\nvoici l'ordre du jour de la rencontre.") == []


def test_a_credential_after_m_dot_is_not_an_ner_window() -> None:
    rec = PatientNameRecognizer(nlp())
    text = "Dialyse à domicile – Mme Julie Caron, inf. M. Sc.\n12:30  Dîner\n"
    assert [f for f in rec.recognize(Segment("body", text)) if f.confidence >= 0.6] == []


def test_a_recipient_spoken_to_about_their_own_care_is_a_patient() -> None:
    staff = StaffNames.from_addresses(["Dre Hélène Gagné <hgagne@cisss.example>"], ["Denis Savard <ds@example.com>"])
    reminder = "Bonjour M. Denis Savard,\nNous vous rappelons votre rendez-vous pour le suivi de votre lymphome."
    assert counted(reminder, staff) == ["Denis Savard"]
    # A recipient in ordinary mail stays staff; the sender always does.
    assert counted("Bonjour M. Denis Savard,\nvoici l'ordre du jour. M. Denis Savard présidera.", staff) == []
    assert counted("M. Hélène Gagné : vos résultats de formation sont arrivés.", staff) == []


def test_staff_from_message_keeps_recipients_apart() -> None:
    from email import message_from_string

    msg = message_from_string("From: Paul Roy <pr@x.ca>\nTo: Denis Savard <ds@y.ca>\nCc: a@b.c\n\nx")
    staff = StaffNames.from_message(msg)
    assert frozenset({"denis", "savard", "ds"}) in staff.recipients
    assert staff.covers("Denis Savard") and not staff.covers("Denis Savard", recipients=False)
    assert staff.covers("Paul Roy", recipients=False)


def test_no_ner_in_newsletter_like_segments() -> None:
    rec = PatientNameRecognizer(nlp())
    clinical = "la patiente julie roy souffre d'asthme"
    assert [f.confidence for f in rec.recognize(Segment("body", clinical))] == [0.6]
    # The same words in a committee notice: what NER would find there is a colleague, never counted.
    assert rec.recognize(Segment("body", "Comité des usagers : la patiente julie roy souffre d'asthme")) == []
