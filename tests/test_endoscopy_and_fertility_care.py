"""Causes found in corpus_heldout_141 (a rheumatology and biologics infusion clinic), _143 (a gastroenterology and
endoscopy unit) and _145 (a fertility and gynaecology clinic), written blind and read in session 25, tested here in
other words.

Patients: a drug by its shorthand with a dose ("pred 20 mg", "MTX 15 mg"); a test that came back indeterminate; a
result with when it was drawn between the test and its value ("bêta-hCG 14 j post-transfert ce matin : 641 UI/L");
the colorectal screening's stool test, liver stiffness, fatty liver disease by its 2023 names, a weight lost with its
amount, alcohol use and a shelter said of one person; cervical cytology and HPV results; fertility hormones by their
Canadian brands; a name in full before a birth date in parentheses, its given name spelled with accents no list has
("Hélèna Hébert (April 14, 1965)"); a lower-case name written family name first before "DDN"; a form's lower-case name
on the line below its label ("Nom :\\no'neill martine"); a patient writing of their own bowel disease or screening
test in a message forwarded on; a listed family name typed in lower case after a title, with evidence said of them
("svp rappeler mme côté (ch 433) pour sa douleur thoracique").

Nobody's patients: job candidates named by their CV's file name, the family name alone too; the people of an attendance
list, in the minutes' PDF (wrapped onto a second line), a roll's CSV and the covering note; a colleague who will give a
short talk.
"""

from __future__ import annotations

import pytest
from conftest import inspect_mail, inspect_text, outbound_mail

from sentinelle.classifiers.types import DIAGNOSIS, LAB_RESULT, MEDICATION, PATIENT_NAME, SOCIAL_INFORMATION


@pytest.mark.parametrize("text", ["Toujours sous pred 20 mg.", "MTX 15 mg q semaine", "HCQ 200 mg BID", "ASA 81 mg"])
def test_a_drug_by_its_shorthand_with_a_dose(text: str) -> None:
    _, counted = inspect_text(text)
    assert MEDICATION in counted, counted


@pytest.mark.parametrize("text", ["La pred est prête.", "Le MTX du comité", "AZA : association des aidants",
                                  "EPO du service"])
def test_a_shorthand_without_a_dose_is_no_drug(text: str) -> None:
    _, counted = inspect_text(text)
    assert MEDICATION not in counted, counted


@pytest.mark.parametrize("text", ["QFT indéterminé", "QuantiFERON indeterminate", "IGRA équivoque",
                                  "VPH positif", "HPV 18 positive", "Pap test anormal", "FIT+", "RSOSi positif",
                                  "FibroScan 12,4 kPa", "my stool test (FIT) was positive"])
def test_qualitative_and_screening_results(text: str) -> None:
    _, counted = inspect_text(text)
    assert LAB_RESULT in counted, counted


@pytest.mark.parametrize("text", ["Bêta-hCG 14 j post-transfert ce matin : 641 UI/L.",
                                  "Beta hCG 16 days post transfer today: 212 IU/L",
                                  "Hb ce matin : 78 g/L", "Créatinine à l'admission : 212 µmol/L"])
def test_when_the_sample_was_taken_between_test_and_value(text: str) -> None:
    _, counted = inspect_text(text)
    assert LAB_RESULT in counted, counted


def test_a_time_of_day_is_no_result_without_a_value() -> None:
    _, counted = inspect_text("Bêta-hCG ce matin, résultats demain.")
    assert LAB_RESULT not in counted, counted


@pytest.mark.parametrize("text", ["MASH avec fibrose F3", "MASLD", "stéatohépatite métabolique", "HSIL à la cytologie",
                                  "CIN 3 aux marges", "ASC-US", "perte pondérale de 6 kg en deux mois",
                                  "has lost 15 lb since June"])
def test_liver_cervix_and_weight_loss(text: str) -> None:
    _, counted = inspect_text(text)
    assert DIAGNOSIS in counted, counted


@pytest.mark.parametrize("text", ["Il est hébergé au refuge depuis trois semaines.",
                                  "Ongoing alcohol use, 6 drinks a day."])
def test_a_shelter_and_alcohol_use_said_of_one_person(text: str) -> None:
    _, counted = inspect_text(text)
    assert SOCIAL_INFORMATION in counted, counted


@pytest.mark.parametrize("drug", ["Prometrium", "Estrace", "Ovidrel", "Lupron", "Premarin", "clomiphene"])
def test_fertility_and_menopause_hormones_by_canadian_brand(drug: str) -> None:
    _, counted = inspect_text(f"Elle continue le {drug} jusqu'au test.")
    assert MEDICATION in counted, counted


def test_a_name_in_full_before_a_birth_date_in_parentheses() -> None:
    confidential, counted = inspect_text("Dossier 4471 - Adéle Gagnon (March 3, 1971)\n\nThe insurer declined "
                                         "Humira for psoriatic arthritis.")
    assert confidential and PATIENT_NAME in counted, counted


def test_a_committee_dated_in_parentheses_is_nobody() -> None:
    _, counted = inspect_text("Comité Santé (1975-03-03)\n\nHumira for psoriatic arthritis: new form.")
    assert PATIENT_NAME not in counted, counted


def test_a_lower_case_name_family_name_first_before_its_birth_date() -> None:
    confidential, counted = inspect_text("Peux-tu devancer la coloscopie de gauthier sylvie (DDN 3 mars 1966) ? "
                                         "Anémie ferriprive, Hb 88 g/L.")
    assert confidential and PATIENT_NAME in counted, counted


def test_a_forms_lower_case_name_on_the_line_below_its_label() -> None:
    confidential, counted = inspect_text("Ordonnance\nNom :\no'neill martine\nDDN :\n1979-02-11\nDiagnostic : "
                                         "colite ulcéreuse")
    assert confidential and PATIENT_NAME in counted, counted


def test_prose_below_a_label_is_no_name() -> None:
    _, counted = inspect_text("Nom :\nvoir plus bas pour la colite ulcéreuse, merci")
    assert PATIENT_NAME not in counted, counted


_NURSE = "Julie Marchand <julie.marchand@hopital.example>"
_PHYSICIAN = "Dr Karim Benali <k.benali@clinique.example>"


def test_a_patient_writing_of_their_own_bowel_disease_in_a_forwarded_message() -> None:
    from email.message import EmailMessage

    carried = EmailMessage()
    carried["From"] = "Gérald Poirier <gpoirier@courriel.example>"
    carried["To"] = _NURSE
    carried["Subject"] = "Poussée"
    carried.set_content("Hi Julie,\n\nMy colitis is flaring again and I can't get the Entyvio until the insurance "
                        "renews. Can the doctor call me?\n\nGérald Poirier\n")
    confidential, counted = inspect_mail(outbound_mail(
        _NURSE, _PHYSICIAN, "Fw: Poussée", "Forwarding the patient's message below (attached). Can you advise?",
        carried))
    assert confidential and PATIENT_NAME in counted, counted


def test_a_job_candidate_named_by_the_cv_file_name() -> None:
    confidential, counted = inspect_mail(outbound_mail(
        _NURSE, _PHYSICIAN, "Candidature - infirmière en endoscopie",
        "Bonjour,\n\nVoici la candidature de Mélodie Saucier.\nTél. : 514 555-0177\n- 5 ans à la clinique des MII "
        "(Crohn, colite)\n\nEntrevue jeudi? CV joint.",
        files=[("CV_Saucier.pdf", b"%PDF-1.4\n%%EOF\n", "application/octet-stream"),
               ("CV_Saucier.txt", "Curriculum vitae\nMélodie Saucier\nDate of birth: 1990-03-04\nInfliximab "
                "infusions".encode(), "text/plain")]))
    assert not confidential and PATIENT_NAME not in counted, counted


def test_the_people_of_an_attendance_list_in_every_part() -> None:
    roll = "Membre;Présent\nGhislaine Turcotte;oui\nRaphaël Nguyen;excusé\nMaxime Boudreau;oui\n"
    confidential, counted = inspect_mail(outbound_mail(
        _NURSE, _PHYSICIAN, "Procès-verbal - comité qualité endoscopie",
        "Présents : Ghislaine Turcotte (présidente), Dr Paul Roy, Maxime\nBoudreau\n\n1. Saignements "
        "post-polypectomie : 2 ce trimestre, Raphaël Nguyen fera le suivi.\n2. Prochaine rencontre en janvier.",
        files=[("presences.csv", roll.encode(), "text/csv")]))
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_list_of_patients_present_is_no_staff_list() -> None:
    confidential, counted = inspect_text("Rencontre familiale. Présents : Gilberte Ouellet (patiente), sa fille. "
                                         "Colite ulcéreuse en poussée, prednisone 40 mg.")
    assert confidential and PATIENT_NAME in counted, counted


def test_a_colleague_who_will_give_a_short_talk() -> None:
    confidential, counted = inspect_text("Formation\nMme Nathalie Bourget donnera une capsule sur les anticoagulants "
                                         "avant la polypectomie.")
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize("text", ["svp rappeler mme côté (ch 433) pour sa douleur thoracique",
                                  "mme lapointe, civière 12 : FA rapide, métoprolol donné"])
def test_a_lower_case_family_name_after_a_title_with_evidence_said_of_them(text: str) -> None:
    confidential, counted = inspect_text(text)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize("text", ["mme est arrivée avec une douleur thoracique", "mme fait le suivi du diabète",
                                  "svp rappeler mme côté demain"])
def test_a_lower_case_word_after_a_title_is_no_name_without_a_listed_family_name_and_evidence(text: str) -> None:
    _, counted = inspect_text(text)
    assert PATIENT_NAME not in counted, counted
