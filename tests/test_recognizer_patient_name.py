"""Patient name recognizer: triggers, staff exclusion, signatures, doctors, windowed NER."""

from __future__ import annotations

import functools

import pytest
from spacy.language import Language

from sentinelle.classifiers.nlp import load_model
from sentinelle.classifiers.recognizers._base import Scanner
from sentinelle.classifiers.recognizers.patient_name import (
    EMPTY_STAFF,
    PatientNameRecognizer,
    StaffNames,
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
    # (a family name no list knows: a listed one is found without NER, test_psychiatry_and_virtual_ward)
    (found,) = rec.recognize(Segment("body", "la patiente julie mamani souffre d'asthme"))
    assert found.confidence == 0.6 and found.explanation.startswith("ner PER")
    assert rec.recognize(Segment("body", "la patiente julie mamani"), use_ner=False) == []


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
    text = "Note transmise pour Guy Gagnon :\n- metformine 850 mg BID"  # (a refill "pour" someone is a care phrase)
    start = text.index("metformine")
    assert evidenced(text, [(start, start + 10)]) == [("Guy Gagnon", 0.65)]
    assert found(text) == [("Guy Gagnon", 0.5)]  # alone (no engine evidence list): reported, not counted
    assert evidenced(text, []) == []  # the engine's pass: no evidence in reach, nothing to report
    far = "Réunion avec Sylvie Morin." + " " * 200 + "metformine"  # ("Conférence de" now marks a speaker)
    assert evidenced(far, [(len(far) - 10, len(far))]) == [("Sylvie Morin", 0.5)]
    newsletter = "Infolettre : Sylvie Morin et la metformine"  # ("parlera de" would mark a speaker)
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
    clinical = "la patiente julie mamani souffre d'asthme"
    assert [f.confidence for f in rec.recognize(Segment("body", clinical))] == [0.6]
    # The same words in a committee notice: what NER would find there is a colleague, never counted.
    assert rec.recognize(Segment("body", "Comité des usagers : la patiente julie mamani souffre d'asthme")) == []
    # ... nor a listed name the role's pattern reads
    assert rec.recognize(Segment("body", "Comité des usagers : la patiente julie roy souffre d'asthme")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name stops at a credential, a role word, or a comma followed by the next person's title.
        ("Thanks to Ms. Janet Moore, RN, for the data.", []),
        ("Mr. Ahmed Karimi, Director of Pharmacy, will attend.", []),
        ("Mme Denise Fournier, M. André Leclerc et Mme Julie Roy ont été admis.", ["Denise Fournier", "André Leclerc",
                                                                                   "Julie Roy"]),
        # Roles in apposition, with a modifier; credentials of nursing and allied health.
        ("Ms. Grace Liu, diabetes educator, will hold sessions.", []),
        ("Ms. Patel RN (insulin teaching)", []),
        ("M. Vincent Roy, infirmier de recherche", []),
        ("Mme Gisèle Fortin, suivie par la physiothérapeute, a chuté.", ["Gisèle Fortin"]),  # care, not a role
        # A role with its complement, then the holder's title and name.
        ("Le ministre de la Santé, M. Gérald Poulin, a visité l'unité.", []),
        ("Study coordinator: Ms. Fatima Hassan.", []),
        # Thanks, colleagues, attendance lists, and the rest of a list those open.
        ("Merci à M. Jacques Bélanger et à Mme Lise Pelletier pour leur don.", []),
        ("Notre collègue Mélanie Côté a accouché.", []),
        ("Membres présents : M. Robert Cloutier (président), Mme Denise Fournier, M. André Leclerc.", []),
        ("Present: Dr. Susan Grant (chair), Mr. Tom Fraser, Ms. Priya Nair. Ms. Nair will circulate it.", []),
        # Identity is not context: listed beside the sender, or sharing a staff surname, is no staff cue.
        ("Mme Julie Gagnon et M. Roy", ["Julie Gagnon", "Roy"]),
        ("Merci à M. Jacques Bélanger. M. Paul Bélanger est admis pour une pneumonie.", ["Paul Bélanger"]),
    ],
)
def test_what_the_text_says_around_a_name_marks_staff(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "decisive"),
    [
        # Invoices, orders, expense claims, employee forms: their name fields are customers and employees.
        ("Facture no 118\nClient : Sylvie Morin\nArticles : glucomètres\nTotal : 84,50 $", []),
        ("Nom : Mathieu Bergeron\nMatricule : 40127\nMotif : congrès (insuffisance cardiaque)\nMontant : 218 $", []),
        ("Invoice INV-5\nName: Daniel Roberts\nItems: insulin pen needles\nAmount due: $3,215.00", []),
        # The same fields on a patient's form, or a patient cue by the name, still count.
        ("Facture no 118\nNom : Sylvie Morin\nDDN : 1952-03-14\nTotal : 84,50 $", ["Sylvie Morin"]),
        ("Facture no 118 – transport de Mme Sylvie Morin à sa dialyse\nMontant : 84,50 $", ["Sylvie Morin"]),
    ],
)
def test_names_in_business_documents_need_a_patient_cue(text: str, decisive: list[str]) -> None:
    findings = PATTERNS.recognize(Segment("body", text))
    assert [text[f.start : f.end] for f in findings if f.confidence >= 0.6] == decisive
    assert findings  # the names are still reported, below min_confidence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le 3 déc. 2026 à 09:12, Sophie Lavoie <sophie.lavoie@cisss.example> a écrit :\n> Réviser l'insuline ?", []),
        ("On Dec 3, 2026, Kevin Walsh wrote:\n> COPD order set attached", []),
        ("Mme Louise Caron, patiente partenaire, siégera au comité.", []),
        ("Stagiaire : Émilie Pelletier, étudiante en soins infirmiers.", []),
        ("Organisateur : Martin Pelletier", []),
        # A patient's own message forwarded on is still a patient's.
        ("Le 3 déc., Mme Julie Roy <julie.roy@courriel.example> a écrit :\n> Mes résultats de glycémie sont élevés.",
         ["Julie Roy"]),
    ],
)
def test_correspondents_students_and_patient_partners_are_not_patients(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "term", "confidence"),
    [
        # A clinical term that names a clinic, a unit, a programme or a topic is no patient cue.
        ("Sophie Tremblay et Marc Gagnon seront à la clinique de diabète vendredi.", "diabète", 0.5),
        ("Julie Roy is at the heart failure clinic on Friday.", "heart failure", 0.5),
        ("Isabelle Fortin suivra la formation sur l'insuffisance cardiaque.", "insuffisance cardiaque", 0.5),
        ("Kevin Walsh takes the COPD rehab group.", "COPD", 0.5),
        # The same term said of someone still is.
        ("Guy Gagnon, diabète de type 2 mal contrôlé.", "diabète", 0.65),
        ("Julie Roy: heart failure, NYHA III.", "heart failure", 0.65),
    ],
)
def test_a_clinical_term_naming_a_service_or_topic_is_no_patient_cue(text: str, term: str, confidence: float) -> None:
    start = text.index(term)
    assert {c for _, c in evidenced(text, [(start, start + len(term))])} == {confidence}


def test_a_staff_roster_is_a_business_document_whatever_its_units() -> None:
    roster = "Nom: Tremblay; Prénom: Annie; Unité: Hémodialyse; Quart: Jour\nNom: Morin; Unité: Soins palliatifs"
    assert {f.confidence for f in PATTERNS.recognize(Segment("attachment:horaire.csv", roster))} == {0.5}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la patiente mme josée pelletier est arrivée à l'urgence", [("josée pelletier", 0.6)]),
        ("vu mme marie-ève lavoie-roy en suivi", [("marie-ève lavoie-roy", 0.6)]),
        ("mme julie est arrivée", []),  # a given name then a verb
        ("mme julie qui appelle", []),
        ("Comité : mme julie tremblay présidera", [("julie tremblay", 0.5)]),  # a title alone is no patient cue
    ],
)
def test_lower_case_names_after_a_title(text: str, expected: list[tuple[str, float]]) -> None:
    found = PATTERNS.recognize(Segment("body", text))
    assert [(text[f.start : f.end], f.confidence) for f in found] == expected


def test_a_patient_cue_is_read_in_the_name_s_own_line() -> None:
    agenda = "Ordre du jour\n2. Bilan des AVC (Mme Sonia Roy)\n3. Suivi des patients admis (M. Paul Girard)"
    found = PATTERNS.recognize(Segment("body", agenda))
    assert [(agenda[f.start : f.end], f.confidence) for f in found] == [("Sonia Roy", 0.5), ("Paul Girard", 0.7)]
    assert names("Keynote: Mr. James Miller, patient advocate and author, on heart failure.") == []
    # A standing order is a protocol, not someone's prescription.
    standing = "Ordre du jour : ordonnance collective (M. Paul Girard)"
    assert [f.confidence for f in PATTERNS.recognize(Segment("body", standing))] == [0.5]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A duration is no age: "Il y a 100 ans, Mme X fondait...", "pendant 30 ans".
        ("Ordre du jour. Il y a 100 ans, Mme Éva Gagnon fondait la clinique.", [("Éva Gagnon", 0.5)]),
        ("Infolettre. Mme Éva Gagnon, 82 ans, est hospitalisée.", [("Éva Gagnon", 0.7)]),
        # A staff role said of the name later in its sentence.
        ("Infolettre. M. Gérald Poulin, né le 3 avril 1961 à Rimouski, est ministre de la Santé.", []),
        ("Mme Julie Roy, 81 ans, est une infirmière retraitée admise pour une pneumonie.", [("Julie Roy", 0.7)]),
    ],
)
def test_durations_are_no_ages_and_a_role_later_in_the_sentence_marks_staff(
    text: str, expected: list[tuple[str, float]]
) -> None:
    found = PATTERNS.recognize(Segment("body", text))
    assert [(text[f.start : f.end], f.confidence) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Julie Roy | Infirmière-chef | Oncologie", []),
        ("Félicitations à nos finissants : Mme Amélie Roy (soins intensifs), M. Kevin Tremblay (hémodialyse).", []),
        ("Panel: Ms. Amy Chen, Mr. Raj Patel", []),
        ("Rappel : M. Tremblay, de l'approvisionnement, passera mardi.", []),
        ("The account of Ms. Grace Kim (IT) was reset.", []),
        ("Le prix est remis à M. Luc Fortin pour son projet.", []),
        ("Mme Sophie Bergeron parlera de la rougeole.", []),
        ("Mme Carole Dion anime le groupe de soutien.", []),
        # A patient presented with, a family meeting about a patient.
        ("Mme Sophie Bergeron a présenté une rougeole.", ["Sophie Bergeron"]),
        ("Présents : M. Jean Roy (patient), Dre Caron", ["Jean Roy"]),
    ],
)
def test_tables_lists_departments_awards_and_speakers_mark_staff(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "term", "confidence"),
    [
        # Lists, audits, surveys and discussions whose subject matter the term is, and the rest of the list.
        ("Mme Julie Gagnon a envoyé la liste des médicaments en pénurie : amoxicilline, salbutamol", "salbutamol", 0.5),
        ("Ms. Helen Ward completed the audit of insulin storage.", "insulin", 0.5),
        ("M. Denis Roy était là. Points discutés : cancer du sein, dépistage.", "cancer du sein", 0.5),
        # A person's own list of medications is theirs.
        ("Mme Julie Gagnon : liste de ses médicaments : metformine, ramipril.", "ramipril", 0.7),
    ],
)
def test_a_term_heading_or_listed_under_a_document_is_a_topic(text: str, term: str, confidence: float) -> None:
    start = text.index(term)
    assert {c for _, c in evidenced(text, [(start, start + len(term))])} == {confidence}


@pytest.mark.parametrize(
    "text",
    [
        # An occupation or an activity of a patient is no staff cue when words of care are said of them.
        "M. Paul Roy, 54 ans, est directeur d'école, admis pour un NSTEMI.",
        "Mme Julie Roy présentera probablement une récidive.",
        "M. Luc Gagnon dirige une PME ; hospitalisé pour pneumonie.",
        "Mme Lise Caron, infirmière retraitée, 81 ans, est suivie pour une MPOC.",
    ],
)
def test_words_of_care_outweigh_an_occupation_or_an_activity(text: str) -> None:
    assert len(names(text)) == 1


def test_thanks_and_welcomes_go_to_patients_too_when_their_care_is_said() -> None:
    assert names("Merci à M. Jacques Bélanger pour son don. M. Paul Bélanger est admis pour une pneumonie.") == [
        "Paul Bélanger"
    ]
    story = "Merci à Mme Jocelyne Roy de partager son histoire ; elle est suivie en oncologie depuis 2024."
    assert names(story) == ["Jocelyne Roy"]
    assert names("Félicitations à Nathalie Simard pour sa présentation sur la dialyse péritonéale.") == []


def test_a_name_never_runs_across_table_cells() -> None:
    assert names("Patient :\tJulie Roy\tPneumonie\tChambre 12") == ["Julie Roy"]
    assert names("Julie Roy\tInfirmière\tDiabète") == []  # the next cell says who she is
    assert names("Nom\tPrénom\nROY\tJulie\tPneumonie") == ["ROY\tJulie"]  # surname first, in the cell before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patient Safety: the new falls policy", []),  # a department's heading: nobody
        ("Patient Wellness: the new falls policy", [("Wellness", 0.5)]),  # a title-case heading, reported only
        ("la patiente Tremblay a appelé", [("Tremblay", 0.65)]),
        ("Patient: Tremblay", [("Tremblay", 0.75)]),
        ("Patient John Smith was seen", [("John Smith", 0.65)]),
        ("Service à la clientèle : Mme Julie Paquette, poste 2210.", []),  # an internal extension: a colleague
        ("M. Fernand Côté, tél. 819 555-0166", [("Fernand Côté", 0.7)]),  # a telephone number is no staff cue
    ],
)
def test_service_headings_and_extensions(text: str, expected: list[tuple[str, float]]) -> None:
    found = PATTERNS.recognize(Segment("body", text))
    assert [(text[f.start : f.end], f.confidence) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mme Nathalie Fortin a présenté les nouvelles lignes directrices sur l'HbA1c.", []),
        ("M. Éric Simard a animé l'atelier sur les pompes à insuline.", []),
        ("Karen Whitfield will be away Jan 5-9.", []),
        ("Dr. Wright covers Mondays, Ms. Patel (NP) Tuesdays. Questions to Ms. Patel.", []),
        ("Mme Julie Roy remplacera Mme Chantal Caron.", []),
        # A patient who presented with something, or who will miss an appointment, is a patient.
        ("Mme Nathalie Fortin a présenté une pneumonie.", ["Nathalie Fortin"]),
        ("M. Paul Girard sera absent à son rendez-vous de suivi.", ["Paul Girard"]),
        # A cue in the previous sentence says nothing of the name.
        ("Merci pour le suivi. J'ai parlé avec M. Luc Caron ce matin.", ["Luc Caron"]),
    ],
)
def test_presenters_absences_and_sentence_bound_cues(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A business document about one person's care: a titled customer, or a pharmacy's dispensing record.
        "Facture no 55\nClient : Mme Lise Roy\nArticles : insuline glargine\nTotal : 85 $",
        "Reçu – Rx no 448812\nNom : Roger Dion\nPosologie : métoprolol 25 mg BID\nMontant : 12,40 $",
        "Facture no 56\nClient : Gisèle Fortin\nArticles : pansements pour ulcère\nTotal : 42 $",
    ],
)
def test_a_patient_s_bill_is_no_business_document(text: str) -> None:
    assert [f.confidence >= 0.6 for f in PATTERNS.recognize(Segment("body", text))] == [True]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Félicitations Dre Caron et M. Luc Gagnon !", []),
        ("Invitation : conférence de M. Pierre Gagné", []),
        ("Conférence de cas : M. Pierre Gagné, 67 ans, NSTEMI", ["Pierre Gagné"]),  # a case conference
        ("Merci de voir Mme Huguette Lemay pour son diabète.", ["Huguette Lemay"]),  # a request, not praise
    ],
)
def test_praise_lines_and_talks(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Isabelle Gauthier\nPrésidente-directrice générale", []),  # a signature without an opener line
        ("Mme Julie Roy\nInfirmière auxiliaire", []),
        ("Patient : Julie Roy\nMédecin : Dr Caron", ["Julie Roy"]),  # a labelled field on the next line
        ("Je remercie M. Marc Lavoie et toute l'équipe.", []),
        ("Last year's winner, Ms. Priya Shah, studied heart failure.", []),
        ("Mme Véronique Tremblay, de l'équipe qualité, enverra un sondage.", []),
    ],
)
def test_signature_lines_thanks_winners_and_teams(text: str, expected: list[str]) -> None:
    assert names(text) == expected
