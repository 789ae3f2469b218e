"""Causes found in corpus_heldout_42 and _43 (written blind, read in session 13), tested in other words.

Patients: a name right before the bed or stretcher where the patient lies ("consult pour B. Morin civ 4:"), typed
in lower case too; a laboratory report's form, the test in one field and its value in the next line's; a refill or
renewal announced to the patient; capacity assessed, a placement request filed, alcohol use in a note's shorthand;
a patient who signs their own message with a closing formula ("Merci à l'avance,").

Nobody's patients: a teaching case that greets its residents; a civic number and its street in a footer (no roster
line); the colleague who takes over an absent physician's patients, named again later; a dose's frequency in
capitals before the next drug ("10 mg DIE, Metformine"); the author of a forwarded billing summary, after "Merci de
votre collaboration,"; a staff member's card whose file name drops the apostrophe of their family name.
"""

from __future__ import annotations

import pytest
from conftest import inspect_text, shipped_classifier

from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.recognizers.lab_result import LabResultRecognizer
from sentinelle.classifiers.recognizers.patient_name import StaffNames
from sentinelle.classifiers.types import LAB_RESULT, Segment


@pytest.mark.parametrize(
    ("subject", "body", "evidence"),
    [
        ("consult", "Allo Julie, consult pour B. Morin civ 4: pneumonie lobaire, sat 88 %.", "patient_name"),
        ("consult", "stp voir gagnon sylvie lit 22 : hyperkaliémie K 6,8 ce matin", "patient_name"),
        ("ortho", "Can you see D. Fraser (bed 7), hip fracture, Hb 92 this am?", "patient_name"),
        ("Rapport", "Patient : Gendron Alice\nAnalyse : Potassium\nRésultat : 6,9 mmol/L (VR 3,5-5,0)", "lab_result"),
        ("Report", "Patient: Tom Walsh\nTest: Hemoglobin\nResult: 58 g/L", "lab_result"),
        ("Votre ordonnance", "Bonjour M. Paul Gendron,\n\nVotre renouvellement de ramipril 5 mg est prêt à la "
                             "pharmacie.", "patient_name"),
        ("Pharmacy", "Hi Emily,\n\nyour refill of metformin 500 mg is ready for pickup.", "patient_name"),
        ("Suivi", "Je fais suite à notre échange concernant Rémi GAUTHIER : demande d'hébergement en CHSLD déposée "
                  "hier.", "social_information"),
        ("Suivi", "Update pour M. Marc Lavallée (ch. 312) : consommation ROH importante, évaluation de l'aptitude "
                  "demandée.", "social_information"),
        ("Fwd: question", "FYI\n\n---------- Message transféré ---------\n"
                          "De : Diane Leblanc <diane.l@courriel.example>\n\nBonjour, mon rendez-vous de suivi pour mon "
                          "diabète a été annulé, et ma glycémie est à 14 "
                          "ce matin.\n\nMerci à l'avance,\nDiane Leblanc", "patient_name"),
    ],
    ids=["initial-surname-before-stretcher", "lower-case-name-before-bed", "initial-surname-bed-in-parentheses",
         "lab-report-form-fr", "lab-report-form-en", "renewal-to-the-patient", "refill-to-the-patient",
         "placement-request", "alcohol-use-and-capacity", "patient-signs-with-closing-formula"],
)
def test_patients_on_wards_forms_and_pharmacy_mail(subject: str, body: str, evidence: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert confidential and evidence in counted, counted


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Cas clinique", "Bonjour chers résidents,\n\nCas fictif : femme de 61 ans, insuffisance cardiaque, furosémide "
                         "40 mg. Quel ajustement de votre traitement proposez-vous?"),
        ("Teaching", "Good morning residents,\n\nCase: man, 70, COPD, tiotropium daily. How would you adjust your "
                     "treatment plan?"),
        ("Campagne", "Vaccination antigrippale pour les 75 ans et plus, COVID-19 aussi.\n\nCLSC des Érables\n"
                     "2251, Maple Crescent, Saint-Amable\nTél. : 450-555-0100"),
        ("Absence", "Dre Lina Haddad sera absente deux semaines. Sophie Marcil assurera le suivi de sa clientèle, dont "
                    "la clinique d'insuffisance rénale. Les résultats seront acheminés à Sophie Marcil."),
        ("Coverage", "Dr. Tom Baker is away next week. Megan Ortiz will follow his patients, including the COPD "
                     "clinic; send abnormal results to Megan Ortiz."),
        ("Cas", "Homme de 70 ans, HTA et diabète. Médication : ramipril 10 mg DIE, Metformine 500 mg BID."),
        ("TR: Facturation", "FYI\n\n---------- Message transféré ---------\nDe : Noémie Larochelle "
                            "<noemie.larochelle@gmf.example>\n\nVoici le sommaire :\nVisites à domicile\t349\n"
                            "Prise en charge et suivi\t280\n\nMerci de votre collaboration,\nNoémie Larochelle\n"
                            "GMF des Outardes\n2987, rang Saint-Joseph, Rivière-aux-Saules\nTél. : 579-555-0120"),
        ("Lits", "Comité des lits : 12 demandes d'hébergement en attente cette semaine."),
        ("Rapport", "Analyse : Potassium\nRésultat : 3,5-5,0 mmol/L"),
    ],
    ids=["teaching-case-greets-residents-fr", "teaching-case-greets-residents-en", "footer-civic-number-and-street",
         "colleague-takes-over-patients-fr", "colleague-takes-over-patients-en", "dose-frequency-before-next-drug",
         "billing-author-signs-off", "placement-requests-counted", "lab-form-reference-interval"],
)
def test_teaching_cases_footers_and_coverage_stay_harmless(subject: str, body: str) -> None:
    confidential, _ = inspect_text(body, subject)
    assert not confidential


def _lab_values(text: str) -> list[str]:
    found = LabResultRecognizer().recognize(Segment("body", text))
    return [text[f.start : f.end] for f in found if f.type == LAB_RESULT]


def test_a_form_links_the_test_to_the_next_lines_result_only() -> None:
    assert _lab_values("Analyse : Hémoglobine\nRésultat : 60 g/L")
    assert not _lab_values("Analyse : Hémoglobine\nCommentaire : à refaire\nRésultat : 60 g/L")
    assert not _lab_values("Hémoglobine\nRésultat : 60 g/L")  # no test field: the word is no form's test


def test_an_apostrophe_dropped_by_a_file_name_still_names_the_staff_member() -> None:
    staff = StaffNames().with_titled(["Please welcome Dr Kathleen O'Brien, geriatrician."])
    assert staff.covers("Kathleen OBrien") and staff.covers("Kathleen O'Brien")
    # ... while one surname is not a full name: a patient "J. O'Brien" is no staff member "j.obrien@".
    colleague = StaffNames.from_addresses(["j.obrien@hopital.example"])
    assert not colleague.covers("J. O'Brien")


def test_a_staff_cards_file_name_is_no_patient() -> None:
    raw = ("From: Valérie Turcotte <vturcotte@hopital.example>\r\nTo: Urgence <urgence@hopital.example>\r\n"
           "Subject: Welcome\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
           "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease welcome Dr Kathleen O'Brien, geriatrician. "
           "Clinical interests: dementia and delirium. Contact card attached.\r\n"
           "--b\r\nContent-Type: text/vcard; name=\"Kathleen_OBrien.vcf\"\r\n"
           "Content-Disposition: attachment; filename=\"Kathleen_OBrien.vcf\"\r\n\r\n"
           "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dre Kathleen O'Brien\r\nTITLE:geriatrician\r\nEND:VCARD\r\n"
           "--b--\r\n").encode()
    assert not shipped_classifier().inspect(parse_message(raw)).confidential
