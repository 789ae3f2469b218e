"""Causes found in corpus_heldout_42, _43, _46 and _47 (written blind, read in session 13), tested in other words.

Patients: a name right before the bed or stretcher where the patient lies ("consult pour B. Morin civ 4:"), typed
in lower case too; a laboratory report's form, the test in one field and its value in the next line's; a refill or
renewal announced to the patient; capacity assessed, a placement request filed, alcohol use in a note's shorthand;
a patient who signs their own message with a closing formula ("Merci à l'avance,").

Nobody's patients: a teaching case that greets its residents; a civic number and its street in a footer (no roster
line); the colleague who takes over an absent physician's patients, named again later; a dose's frequency in
capitals before the next drug ("10 mg DIE, Metformine"); the author of a forwarded billing summary, after "Merci de
votre collaboration,"; a staff member's card whose file name drops the apostrophe of their family name.

And from corpus_heldout_50 and _51: a name in capitals before a birth-date label, a nickname between a given name and
a surname, a switchboard's log with a column for the patient; a table's tab-separated header, a sign-off before a
given name ("Thx, Annie"), a hospital named like a person, a police report's file number.

Complaints, requests and transfers: a letter that tells its addressee "You were admitted ..."; a lower-case name after
a legal representative's or a relative's tie ("mandataire de ...", "l'ex-conjoint de ..."); a patient named after a
greeting to a colleague ("Cher collègue,"); information that "ne peut être communiquée" is no press release. And
nobody's patients: a training calendar's trainer column, a lawyer on a programme ("Me ..."), "your employee", a
list of residents by year of training, occupational health greeting an employee.
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


@pytest.mark.parametrize("text", ["Gagnon_Claude_bipolar_I_disorder.pdf", "trouble bipolaire de type II, stable"],
                         ids=["dsm-type-in-a-file-name", "dsm-type-fr"])
def test_dsm_types_of_bipolar_disorder_are_diagnoses(text: str) -> None:
    from sentinelle.classifiers.recognizers.diagnosis import DiagnosisRecognizer

    found = DiagnosisRecognizer().recognize(Segment("body", text.replace("_", " ")))
    assert any("bipolar" in text[f.start : f.end].lower() or "bipolaire" in text[f.start : f.end] for f in found)


# Causes found in corpus_heldout_46 and _47 (cross-border care; records, legal and quality offices), read in
# session 13, tested in other words.
@pytest.mark.parametrize(
    ("subject", "body", "evidence"),
    [
        ("Your complaint", "Dear Mr. Dubé,\n\nYou were admitted to the medicine unit on 3 May for a pneumonia and "
                           "discharged two days later. After review, your complaint is founded.", "patient_name"),
        ("Plainte", "Bonjour Mme Roy,\n\nVous avez été hospitalisée du 3 au 9 mai pour une pneumonie. Votre plainte "
                    "est fondée.", "patient_name"),
        ("Plainte 2024-1", "Plainte déposée par Luc, fils et mandataire (mandat homologué) de monique gagnon : "
                           "hospitalisée pour une pneumonie, sans soins d'hygiène pendant trois jours.",
         "patient_name"),
        ("Demande", "Je suis l'ex-conjoint de Nadia Poirier. Nous sommes en litige pour la garde des enfants et je "
                    "veux une copie de son dossier, elle est suivie pour un trouble bipolaire.", "patient_name"),
        ("TR: rapatriement", "Cher collègue,\n\nMadame Lucie FORTIN, 71 ans, est toujours hospitalisée chez nous pour "
                             "NSTEMI, ticagrélor 90 mg BID.", "patient_name"),
    ],
    ids=["complaint-letter-you-were-admitted", "complaint-letter-vous-avez-ete-hospitalisee",
         "representative-of-a-lower-case-name", "former-spouse-of-the-patient", "patient-after-a-colleague-greeting"],
)
def test_patients_in_complaints_requests_and_transfers(subject: str, body: str, evidence: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert confidential and evidence in counted, counted


def test_information_that_cannot_be_communicated_is_no_press_release() -> None:
    body = ("Bonjour,\n\nLes renseignements du dossier d'un usager ne peuvent être communiqués sans son "
            "consentement.\n\nDe : Marc Lepage\nObjet : Demande\n\nJe suis l'ex-conjoint de Nadia Poirier. Nous sommes "
            "en litige pour la garde des enfants et je veux une copie de son dossier psychiatrique, elle est suivie "
            "pour un trouble bipolaire.")
    confidential, counted = inspect_text(body, "RE: Demande")
    assert confidential and "patient_name" in counted, counted


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Formation", "Formation obligatoire sur la tenue de dossiers :\n\nDate; Heure; Salle; Formatrice\n"
                      "2024-05-27; 8:30; Amphithéâtre B; Mélanie Rioux\n2024-05-22; 13:00; Salle Laurier; Caroline "
                      "Ferland\n\nExemple : patiente de 78 ans trouvée au sol, douleur à la hanche droite."),
        ("Réunions scientifiques", "Programme :\n* Dre Nathalie Hébert — Delirium chez l'aîné\n* Me Paul Desjardins — "
                                   "Le dossier médical devant les tribunaux (dépression, consentement)"),
        ("Lésion professionnelle", "Suivi de la lésion de votre employée Nicole Harrington (préposée) : entorse "
                                   "lombaire, assignation temporaire jusqu'au 18 juin."),
        ("Workplace injury", "Follow-up on the workplace injury of your employee Tom Walsh (porter): low back strain, "
                             "light duties until June 18."),
        ("Stagiaires", "Nom\tPrénom\tProgramme\tNiveau\tDate de naissance\nGIGUÈRE\tAnnie\tmédecine interne\tR2\t"
                       "1995-06-15\nBARBIER\tYann\tpédiatrie\tR3\t1994-09-01"),
        ("Santé au travail", "Bonjour Madame Kovacs,\n\nAvant votre mission, le service de santé au travail doit "
                             "vérifier votre statut vaccinal (rougeole, hépatite B) et votre test tuberculinique. Ces "
                             "renseignements restent dans votre dossier d'employée."),
    ],
    ids=["training-calendar-trainer-column", "lawyer-speaker-on-a-programme", "your-employee-fr", "your-employee-en",
         "trainee-list-resident-levels", "occupational-health-greeting"],
)
def test_training_hr_and_trainees_stay_harmless(subject: str, body: str) -> None:
    confidential, _ = inspect_text(body, subject)
    assert not confidential


def test_a_breach_notice_names_its_addressee_whom_an_employee_looked_up() -> None:
    """Occupational health is the employee's own file or the service's name, not any employee in the text: a
    privacy notice says an employee accessed the recipient's record, and the recipient is the patient."""
    raw = (b"From: Privacy Office <privacy@hopital.example>\r\nTo: Denise Boucher <dboucher@courriel.example>\r\n"
           b"Subject: Notice\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           b"Dear Ms. Denise Boucher,\r\n\r\nAn employee of our facility accessed your record without a work-related "
           b"reason. The information viewed includes your follow-up notes and your HbA1c 10.2 % result.\r\n")
    assert shipped_classifier().inspect(parse_message(raw)).confidential
    employee = raw.replace(b"An employee of our facility accessed your record without a work-related reason.",
                           b"Occupational health keeps these results in your file as an employee.")
    assert not shipped_classifier().inspect(parse_message(employee)).confidential


# Causes found in corpus_heldout_50 and _51 (an oncology day centre; non-clinical staff who handle patients), read in
# session 13, tested in other words.
@pytest.mark.parametrize(
    ("subject", "body", "evidence"),
    [
        ("rappel", "GAGNON LUCIE DDN 14-02-58 - FOLFOX en cours, NAN 0,9, Plaq 88. rappeler svp.", "patient_name"),
        ("Re: police", 'Jean "Ti-Jean" Lapointe (born 1971-03-02) was brought in by your officers: bipolar disorder, '
                       "manic.", "patient_name"),
        ("Appels", "Appels non transférés :\nHeure ; Appelant ; Pour le patient ; Motif ; Rappel\n"
                   "9:08 ; Paul Roy (fils) ; M. Denis Clarke ; horaire de dialyse ; 514-555-0165", "patient_name"),
    ],
    ids=["capitals-name-before-birth-label", "nickname-between-given-name-and-surname",
         "switchboard-log-for-patient-column"],
)
def test_patients_in_pharmacy_notes_police_liaison_and_switchboard_logs(subject: str, body: str,
                                                                        evidence: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert confidential and evidence in counted, counted


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Codes", "Never page the patient's name.\n\nCode\tMeaning\tLine\nCode blue\tcardiac arrest\tdial 3333\n"
                  "Code white\tviolent person\tdial 2222"),
        ("Practice", "Case (fictional): a woman, 72, is told her biopsy shows cancer.\n\nThx, Annie"),
        ("Codes", "Emergency codes at Mercy Hospital: code blue for cardiac arrest, code pink for a newborn in "
                  "distress."),
        ("Sécurité", "Véhicule d'un employé vandalisé au P2. Plainte policière déposée, dossier 13320718. Aucun "
                     "blessé, pas de patient impliqué."),
    ],
    ids=["tab-table-header", "sign-off-before-a-given-name", "hospital-named-like-a-person", "police-report-file"],
)
def test_switchboard_security_and_practice_mail_stays_harmless(subject: str, body: str) -> None:
    confidential, _ = inspect_text(body, subject)
    assert not confidential
