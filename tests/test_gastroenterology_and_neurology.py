"""Causes found in the read corpora of session 28's second round, tested here in other words.

From corpus_heldout_175 (gastroenterology and endoscopy): mail to the patient about their endoscopy ("This confirms
your gastroscopy", "Votre coloscopie est confirmée"); faecal calprotectin, the liver panel without units, ursodiol,
PBC and PSC. Nobody's patient: a schedule's procedure by its initials before who does it ("CPRE<TAB>Karine").

From corpus_heldout_177 (neurology): a seizure and carpal tunnel syndrome by name; a letter to the patient whose
address block opens with a title ("Mr. Raymond Poulin" over the street); a patient's own message forwarded as an
attachment, written of an infusion or a part of the body ("My last Ocrevus infusion", "my left leg is numb").
Nobody's patient: a speaker at the end of a programme's slot whose hour stands in its own column.

Left over from session 27's read mail: a compound given name's two initials ("J.-P. Bouchard", "D.O. O'Neill").
"""

from __future__ import annotations

import pytest
from conftest import carried_message, inspect_mail, inspect_text, outbound_mail

from sentinelle.classifiers.types import DIAGNOSIS, LAB_RESULT, MEDICATION, PATIENT_NAME


@pytest.mark.parametrize(("to", "body"), [
    ("Denise Arsenault <d.arsenault@courriel.example>",
     "Dear Ms. Denise Arsenault,\n\nThis confirms your sigmoidoscopy on Tuesday at 9:00, endoscopy unit, door 4."
     " Use the two enemas the evening before."),
    ("Hugo Lapierre <hugo.lapierre@courriel.example>",
     "Bonjour M. Hugo Lapierre,\n\nVotre gastroscopie est prévue le 12 mars à 7 h 30. À jeun depuis minuit."),
])
def test_mail_to_the_patient_about_their_endoscopy(to: str, body: str) -> None:
    confidential, counted = inspect_mail(outbound_mail("Endoscopie <endo@hopital.example>", to, "Rendez-vous", body))
    assert confidential and PATIENT_NAME in counted, counted


def test_an_endoscopy_unit_notice_to_staff_names_no_patient() -> None:
    confidential, counted = inspect_mail(outbound_mail(
        "Endoscopie <endo@hopital.example>", "Julie Caron <julie.caron@hopital.example>", "Horaire",
        "Bonjour Julie,\n\nVotre horaire de la semaine : coloscopies lundi, gastroscopies mardi. Merci!"))
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize(("body", "kind"), [
    ("Calprotectine fécale revenue à 640, on devance la coloscopie.", LAB_RESULT),
    ("ALT 212 and AST 180 this morning, repeat Friday.", LAB_RESULT),
    ("Started on ursodiol 13 mg/kg for cholestasis.", MEDICATION),
    ("Known PBC, itching worse this month.", DIAGNOSIS),
    ("He had a seizure at work this morning.", DIAGNOSIS),
    ("EMG: bilateral carpal tunnel syndrome, worse on the right.", DIAGNOSIS),
    ("Syndrome du canal carpien droit modéré à l'EMG.", DIAGNOSIS),
])
def test_the_gastroenterology_and_neurology_vocabulary(body: str, kind: str) -> None:
    _confidential, counted = inspect_text(body)
    assert kind in counted, counted


@pytest.mark.parametrize("body", [
    "Horaire de la semaine\nLundi\tCPRE\tKarine\nMardi\tEUS\tSonia\nColoscopies et gastroscopies comme d'habitude.",
    "Rota\nMonday\tERCP\tMegan\nTuesday\tEGD\tLuis\nVarices banding list to follow.",
])
def test_a_schedules_procedure_initials_before_who_does_it_name_nobody(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential and PATIENT_NAME not in counted, counted


def test_an_upper_case_family_name_before_a_given_name_still_names_a_patient() -> None:
    confidential, counted = inspect_text("GAUTHIER\tSonia\tcolite ulcéreuse, calprotectine 900")
    assert confidential and PATIENT_NAME in counted, counted


def test_a_letter_to_the_patient_whose_address_block_opens_with_a_title() -> None:
    letter = ("Letter to patient\nMrs. Carole Bastien\n221, rue des Érables, Rimouski (Québec) G5L 1A1\n"
              "Re: your seizure of March 2\nDear Mrs. Bastien,\nYou may not drive for six months. Keep taking "
              "levetiracetam as prescribed.")
    confidential, counted = inspect_mail(outbound_mail(
        "Clinique <clinique@hopital.example>", "Carole Bastien <c.bastien@courriel.example>", "Lettre", letter))
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize("body", [
    "Hello,\n\nSince Sunday my left arm is weak and my right eye is blurry. My next Tysabri infusion is Friday, "
    "should I still come?\n\nThanks,\nPaula Grenier",
    "Bonjour,\n\nMa dernière perfusion de Kesimpta date d'octobre et j'ai des engourdissements. Que faire?\n\n"
    "Merci,\nPaula Grenier",
])
def test_a_patients_own_message_forwarded_as_an_attachment(body: str) -> None:
    carried = carried_message("Paula Grenier <p.grenier@courriel.example>", "Clinique SEP <sep@hopital.example>",
                              "question", body)
    raw = outbound_mail("Nadia <nadia@hopital.example>", "Dre Roy <roy@hopital.example>", "Fwd: question",
                        "This came into the clinic inbox (attached). Relapse?", carried=carried)
    confidential, counted = inspect_mail(raw)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_colleagues_message_forwarded_as_an_attachment_stays_staff() -> None:
    carried = carried_message("Paula Grenier <p.grenier@hopital.example>", "Clinique SEP <sep@hopital.example>",
                              "infusion chairs", "Hello,\n\nThe next infusion day for natalizumab is full; I moved "
                              "two chairs.\n\nPaula Grenier\nnurse, MS clinic")
    raw = outbound_mail("Nadia <nadia@hopital.example>", "Dre Roy <roy@hopital.example>", "Fwd: chairs",
                        "FYI (attached).", carried=carried)
    confidential, counted = inspect_mail(raw)
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_speaker_closing_a_programmes_slot_whose_hour_has_its_own_column() -> None:
    body = ("Journée de neurologie — 6 heures de crédits (DPC)\n"
            "08:30  Prévention de l'AVC après un ICT  —  Mme Hélène\nBoisvert\n"
            "09:15  Épilepsie réfractaire : quand opérer?  —  Dr Marc Lévesque\n")
    confidential, counted = inspect_text(body)
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize(("file_name", "text"), [
    ("BOUCHARD_L_EEG.txt", "Rapport EEG\nConclusion : EEG anormal, activité épileptiforme temporale gauche."),
    ("Pathology_Gagnon_R.txt", "Pathology report\nFinal diagnosis: chronic active colitis, no dysplasia."),
    ("Holter_Tremblay_Sylvie.txt", "Holter 24 h\nParoxysmal atrial fibrillation, longest run 4 minutes."),
])
def test_a_family_name_in_a_file_name_that_names_a_test_anywhere(file_name: str, text: str) -> None:
    raw = outbound_mail("Archives <archives@hopital.example>", "Dre Roy <roy@hopital.example>", "report",
                        "Here's the report you asked for.", files=[(file_name, text.encode(), "text/plain")])
    confidential, counted = inspect_mail(raw)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(("file_name", "text"), [
    ("EEG_lab_schedule_2025.txt", "EEG lab schedule\nMonday: Lucie Caron\nTuesday: Marc Roy"),
    ("Pathology_ANNUAL_B.txt", "Pathology annual report\nVolume up 4 %, colitis biopsies stable."),
])
def test_a_test_named_in_a_file_name_with_no_ones_name(file_name: str, text: str) -> None:
    raw = outbound_mail("Archives <archives@hopital.example>", "Dre Roy <roy@hopital.example>", "report",
                        "Here's the report you asked for.", files=[(file_name, text.encode(), "text/plain")])
    confidential, counted = inspect_mail(raw)
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_subject_closing_on_a_family_name_that_is_a_given_name_too() -> None:
    confidential, counted = inspect_text("Moved to Friday 9:00. Remicade 400 mg, CBC drawn, Hb 98.",
                                         subject="Infusion chair - MARTIN SYLVIE")
    assert confidential and PATIENT_NAME in counted, counted


def test_words_in_capitals_that_are_no_name_in_a_subject() -> None:
    confidential, counted = inspect_text("The research grant on Crohn's disease closes Friday.",
                                         subject="GRANT APPLICATION DEADLINE - IBD research")
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize("body", [
    "M.-È. Gagnon a fait une chute cette nuit, fracture du poignet.",
    "Pourrais-tu voir J.-P. Bouchard? Crise convulsive ce matin.",
    "Could you see D.O. O'Neill in 4? New AFib, started on diltiazem.",
])
def test_a_compound_given_names_two_initials_before_the_family_name(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


def test_two_initials_thanked_for_a_talk_are_no_patient() -> None:
    confidential, counted = inspect_text("Merci à J.-P. Bouchard pour sa présentation sur la fracture de hanche.")
    assert not confidential and PATIENT_NAME not in counted, counted
