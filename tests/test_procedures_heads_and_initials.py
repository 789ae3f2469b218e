"""Causes found in corpus_heldout_35 and _36 (written blind, read in session 12), tested in other words.

Clinical vocabulary as mail writes it: a surgical or endoscopic procedure named by its suffix ("néphrectomie",
"septoplasty", "cystoscopie") or a resection; a disease named by its head word alone ("hernie", "ileus": the first word
of CIM-10 labels, the last of ICD-10-CM's heads); a term in the plural ("otites moyennes") or a plural label in the
singular ("schizoaffective disorder"); British spellings ("tumour", "haemorrhage"). Lab values with a word between
the test and the value ("Hb postop 91 g/L"); "D.N." for a birth date.

Patients: a name written "I. Surname" opening a clinical line; a lower-case full name after a line's field label
("ID: ...") or before a birth date; a patient introducing themself ("Je m'appelle ..."); "Patient: X" in
instructions sent to X; "Surname I." after an operating room ("Salle 4 / ..."), with a sex word before the age.

Nobody's patients: an attached message's sender; a staff table's employee numbers and names (aligned with spaces,
or with a rule under the header); a disease naming a vaccine or a group of patients; a shelter named after a
saint; a teaching case's capitalised test ("Urine");
a colleague on sick leave, absent, back at work with an employee number or wished a good recovery, and the one
who "la remplace"; a staff CSV's rows; an article's authors ("Gervais L, et al."); birthday wishes in a newsletter;
"Communiqué verbalement au Dr X" is no press release; an operating-room block ("bloc") is no disease.
"""

from __future__ import annotations

import pytest
from conftest import inspect_text, shipped_classifier

from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.recognizers._lexicon import term_pattern
from sentinelle.classifiers.recognizers.diagnosis import DiagnosisRecognizer
from sentinelle.classifiers.types import DIAGNOSIS, Segment


def _diagnoses(text: str) -> list[str]:
    return [text[f.start : f.end] for f in DiagnosisRecognizer().recognize(Segment("body", text))
            if f.type == DIAGNOSIS]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("néphrectomie partielle prévue lundi", "néphrectomie"),
        ("post septoplasty day 2", "septoplasty"),
        ("cystoscopie de contrôle faite", "cystoscopie"),
        ("wedge resection of the right upper lobe", "resection"),
        ("otite séreuse gauche", "otite"),
        ("post-op ileus, resolving", "ileus"),
        ("otites moyennes à répétition", "otites"),
        ("known schizoaffective disorder", "schizoaffective disorder"),
        ("large bladder tumour", "tumour"),
        ("subarachnoid haemorrhage on CT", "haemorrhage"),
        ("severe anaemia", "anaemia"),
        ("pedal oedema", "oedema"),
    ],
    ids=["fr-ectomie", "en-plasty", "fr-scopie", "en-resection", "fr-head-word", "en-head-word", "fr-plural",
         "en-singular-of-plural-label", "gb-tumour", "gb-haemorrhage", "gb-anaemia", "gb-oedema"],
)
def test_clinical_words_as_mail_writes_them(text: str, term: str) -> None:
    assert any(term in found or found in term for found in _diagnoses(text)), _diagnoses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le bloc opératoire ferme à 16 h vendredi.",
        "Rupture de stock des gants nitrile taille M.",
        "Le calcul des heures supplémentaires change en janvier.",
        "Une dichotomie entre budget et besoins.",
        "Nouvelle tour de microscopie en salle 3.",
        "Shingle repairs on the east wing roof.",
        "Nom: Roy; Prénom: Julie; Vaccin: Influenza; Date: 2026-11-02",
        "The influenza vaccine shipment is late.",
    ],
    ids=["bloc", "rupture-de-stock", "calcul", "dichotomie", "microscopie", "shingle", "vaccine-column",
         "vaccine-after"],
)
def test_ordinary_words_are_no_diagnosis(text: str) -> None:
    assert _diagnoses(text) == []


def test_variants_stay_one_pattern_per_term() -> None:
    """Plural and British spellings are alternatives inside the term's own pattern, not extra terms."""
    assert term_pattern("otite moyenne", variants=True) != term_pattern("otite moyenne")
    assert "tumou?r" in term_pattern("malignant tumor", variants=True)
    assert "s?" not in term_pattern("fa", variants=True)  # short words take no plural


@pytest.mark.parametrize(
    ("subject", "body", "evidence"),
    [
        ("Labo", "Anne Roy : Hb préop 91 g/L ce matin.", "lab_result"),
        ("Labo", "Louis Caron : glyc 22.4 à 2 h.", "lab_result"),
        ("Consentement", "Au sujet de Perron Léa (4 ans, D.N. 2 avril 2020), prévue pour amygdalectomie.",
         "date_of_birth"),
        ("Bloc", "Rappel pour Luc Gendron, thyroïdectomie totale prévue le 3 mars; Hb 131.", "patient_name"),
        ("Note", "D. Fortier 3318822 - glyc 3.1 -> jus donné, à recontrôler", "patient_name"),
        ("Appel", "K. Lachance a appelé : fièvre 38,9 depuis hier, 4 jours post cholécystectomie.", "patient_name"),
        ("OR", "Update about R. Nolan, laparoscopic appendectomy booked Friday: INR 2.9 this morning.",
         "patient_name"),
        ("Extempo", "Salle 4 / Bouchard G. -> marge profonde : carcinome, reprise suggérée", "patient_name"),
        ("Crise", "ID: sylvie gagnon, 52F, civière 7. Amenée par la police.\nMotif : psychose aiguë.",
         "patient_name"),
        ("BCM", "Nous complétons le bilan de pierre lavoie, date de naissance 12/09/1961, apixaban 5 mg BID.",
         "patient_name"),
        ("question", "Bonjour,\nJe m'appelle julie gagnon, j'ai été opérée le 3 mai pour cholécystectomie. "
                     "J'ai de la fièvre depuis hier.", "patient_name"),
        ("Rendez-vous", "La patiente Julie Tremblay est absente : fièvre 39 et toux, à revoir demain.", "patient_name"),
        ("Plâtre", "Suite à sa fracture du poignet, Nadia Roy sera revue en clinique le 15 pour plâtre.",
         "patient_name"),
        ("Situation", "Mise à jour pour Mme Paré (4B-12) : vient de sortir de détention, aucun proche.",
         "social_information"),
        ("Path", "Final result, specimen S24-11873 - Lise Gendron:\nno malignancy, benign lesion", "diagnosis"),
    ],
    ids=["fr-lab-qualifier", "fr-lab-lower-abbreviation", "fr-dn-birth-label", "fr-procedure-near-name",
         "initial-surname-terse-note", "initial-surname-called", "initial-surname-about", "or-room-surname-initial",
         "label-lower-case-name", "lower-case-name-before-birth-label", "patient-introduces-themself",
         "absent-patient-with-symptoms", "patient-seen-again-after-a-fracture", "released-from-detention",
         "no-malignancy"],
)
def test_patients_in_surgical_and_crisis_mail(subject: str, body: str, evidence: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert confidential and evidence in counted, counted


def _inspect_raw(raw: bytes) -> bool:
    return shipped_classifier().inspect(parse_message(raw)).confidential


def test_patient_field_names_the_recipient_of_their_own_instructions() -> None:
    raw = (b"From: Clinique <clinique@hopital.example>\r\nTo: Paul Tanguay <ptanguay@webmail.example>\r\n"
           b"Subject: Instructions\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           b"Patient: Mr Paul Tanguay\r\nSurgery: left inguinal hernia repair\r\n"
           b"Medication: hydromorphone 1 mg q4h PRN\r\n")
    assert _inspect_raw(raw)
    colleague = raw.replace(b"Patient: Mr Paul Tanguay", b"Surgeon: Mr Paul Tanguay")
    assert not _inspect_raw(colleague)


def test_an_attached_messages_sender_is_no_patient() -> None:
    inner = (b"From: Marc Tessier <mtessier@sante.example>\r\nTo: Partenaires <partenaires@sante.example>\r\n"
             b"Subject: Alerte surdoses\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
             b"Grappe de surdoses au fentanyl cette semaine. Naloxone disponible.\r\n\r\nMarc Tessier\r\n")
    raw = (b"From: A <a@hopital.example>\r\nTo: b@ailleurs.example\r\nSubject: TR: Alerte surdoses\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
           b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPour info.\r\n"
           b"--b\r\nContent-Type: message/rfc822\r\n\r\n" + inner + b"\r\n--b--\r\n")
    assert not _inspect_raw(raw)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("OT", "Overtime approved:\n\nName            Emp #   Shift      Reason\n"
               "--------------  ------  ---------  ---------------------\n"
               "Nadia Fortin    512334  1900-0730  1:1 sitter for Form 1 pt\n"
               "Marc Gélinas    640918  0700-1930  MH hold in ED\n"),
        ("Heures", "Heures approuvées :\n\nNom | No empl. | Quart | Motif\n----------------------------\n"
                   "Nadia Fortin | 512334 | nuit | surveillance 1:1 patient sous garde\n"
                   "Marc Gélinas | 640918 | jour | absence maladie\n"),
        ("Ressources", "Ressource | Type | Adresse\nRefuge Marguerite | femmes victimes de violence | "
                       "12 rue du Port\n"),
        ("Teaching", "Composite case: a 40-year-old presents with mania. Police brought the patient in. "
                     "Urine drug screen\npositive. Lithium level 1.8 mmol/L."),
        ("Absence de Pierre", "Pierre Dallaire est en arrêt de travail (grippe) jusqu'à lundi; "
                              "Josée Hamel la remplace à la clinique."),
        ("L'Écho du bloc", "* Bonne fête à Julie Fortin (12 mars) !\n* Nouvelle tour de laparoscopie en salle 3."),
        ("Horaire", "Name Role Mon Tue Wed Thu Fri\nGagnon, Julie CN D E D D E\n"
                    "Roy, Marc RN N N D - E\nSchedule for the haemodialysis unit."),
        ("CLSC", "Mme Lise Gauvin suit une quarantaine de patients diabétiques au CLSC."),
        ("Nouvelles", "Bon rétablissement à Julie Tremblay, de retour après sa cholécystectomie."),
        ("Absences", "La grippe frappe fort : Lucie Bélanger et Marc Gagnon sont absents cette semaine."),
        ("Télétravail", "Suite à sa fracture du poignet, Nadia Roy sera en télétravail jusqu'au 15."),
        ("Retour au travail", "Plan de retour de Denis Carrier (matricule 558201, préposé) après son arrêt pour "
                              "tendinite de l'épaule : 4 h par jour la première semaine."),
        ("Vaccination", "Emp. no.; Name; Job title; Influenza; COVID-19\n"
                        "Emp. no.: 558201; Name: CARRIER, Denis; Job title: PAB; Influenza: received; COVID-19: due\n"
                        "Emp. no.: 771034; Name: OUELLET, Lise; Job title: LPN; Influenza: declined; "
                        "COVID-19: up to date"),
        ("Club de lecture", "Gervais L, Tremblay JP, et al. Apixaban after cholecystectomy in atrial fibrillation. "
                            "NEJM 2024."),
        ("Club de lecture", "Gervais L, et al. Apixaban after cholecystectomy in atrial fibrillation. NEJM 2024."),
    ],
    ids=["aligned-staff-table-emp-no", "staff-table-rule-under-header", "shelter-named-after-saint",
         "teaching-case-capitalised-test", "sick-leave-and-replacement", "birthday-wishes",
         "weekday-rota-lost-its-cells", "patients-described-by-a-disease", "get-well-wishes", "colleagues-absent",
         "colleague-working-from-home", "employee-number-return-to-work", "staff-vaccination-csv-rows",
         "citation-authors", "citation-et-al"],
)
def test_staff_tables_resources_and_notices_stay_harmless(subject: str, body: str) -> None:
    confidential, _ = inspect_text(body, subject)
    assert not confidential


def test_a_result_communicated_to_a_physician_is_no_press_release() -> None:
    body = ("Salle 2 / PERRON Lucie -> nodule thyroïdien : lésion folliculaire\n"
            "Communiqué verbalement au Dr Haddad à 10:12.")
    confidential, counted = inspect_text(body, "Extempo salle 2")
    assert confidential and "patient_name" in counted
