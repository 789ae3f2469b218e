"""Causes found in the read corpora of session 31, tested here in other words.

From corpus_heldout_207 (audiology, ENT and a cochlear implant programme): ear, hearing and balance disorders that the
classifications hold only inside longer labels (deafness, vertigo, Ménière's disease, BPPV, otitis media); a speech
test's score and a hearing threshold as results; a name alone on its line over its birth date's label, and "né(e)
le"; a clinic list's time and room before a name typed in lower case; an implant's "Recipient:" field. Nobody's
patient: a programme's speaker whose role a PDF wrapped to the next line; an award's recipient.

From corpus_heldout_209 (pre-hospital care and transfers): a Subject's last field, the family name in capitals and
its initial ("Annulation : ROCHON F."), its apostrophe kept ("O'BRIEN W."). Nobody's patient: an employee hurt on
shift, named in the Subject of the employer's report too.
"""

from __future__ import annotations

import pytest
from conftest import inspect_text

from sentinelle.classifiers.types import DIAGNOSIS, LAB_RESULT, PATIENT_NAME


@pytest.mark.parametrize("body", [
    "Mme Gisèle Arsenault consulte pour des vertiges depuis trois semaines.",
    "Mr. Omar Haddad reports vertigo when he turns in bed.",
    "Mme Claire Ouellet : maladie de Meniere gauche, crises espacées.",
    "Mr. Dale Fisher has right-sided Meniere's disease.",
    "Mr. Ken Watts: profound deafness since childhood.",
    "M. Jules Perron : VPPB du canal postérieur droit.",
    "Mrs. Ann Kowal, BPPV on the left, Epley done.",
    "Mr. Sam Price, bilateral SNHL, hearing aids since 2019.",
    "Mme Rose Caron : névrite vestibulaire il y a deux mois.",
    "Ms. Tara Quinn: recurrent otitis media with effusion.",
    "Mr. Eli Stone, known acoustic neuroma, MRI yearly.",
])
def test_ear_hearing_and_balance_disorders(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and DIAGNOSIS in counted, counted


@pytest.mark.parametrize("body", [
    "M. Yves Lord : reconnaissance de mots 44 % à droite.",
    "Mr. Noah Grant: word recognition 60% in the left ear.",
    "Mme Lise Hamel, moyenne des sons purs 55 dB HL.",
    "Mr. Paul Dunn: pure-tone average 70 dB, sentence recognition in quiet 28%.",
])
def test_speech_scores_and_hearing_thresholds(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and LAB_RESULT in counted, counted


@pytest.mark.parametrize("body", [
    "Speech recognition accuracy reached 95% after the dictation upgrade.",
    "Noise in the mechanical room measured at 85 dB; hearing protection required.",
])
def test_software_accuracy_and_room_noise_are_no_results(body: str) -> None:
    assert LAB_RESULT not in inspect_text(body)[1]


@pytest.mark.parametrize(("subject", "body"), [
    ("Ordonnance", "ORDONNANCE\n\nK. Bélanger\nné(e) le 1979-11-02\n\nDx : maladie de Ménière\nBétahistine 16 mg TID"),
    ("Form", "REQUEST\n\nDerek Walsh\nDOB: 1961-05-14\n\nDiagnosis: vestibular neuritis"),
    ("Note", "Rendez-vous pour Kevin Morin, né(e) le 2001-05-06, otite moyenne."),
    ("Liste ORL", "Liste de jeudi :\n13:30  salle 4  mireille dufour     otite moyenne chronique\n"
     "14:00  salle 2  carl simard         VPPB, manoeuvre"),
    ("Transfert annulé : GAUTHIER L.", "Transfert annulé, on le garde ici : pneumonie, saturation à 86 %."),
    ("O'NEILL B.", "Please hold the bed: septic shock, lactate 5.1 mmol/L."),
    ("Repair", "Repair request for a sound processor\nRecipient: PARENT, Louis\nImplant: right CI, 2019 (profound "
     "deafness)\nIssue: no sound"),
])
def test_patients_of_an_ear_clinic_and_a_transfer_centre(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject=subject)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(("subject", "body"), [
    ("Workplace injury - Nathalie Cyr", "Attached is the report for Nathalie Cyr, injured on shift on March 3 "
     "(lumbar strain, concussion). She is off the schedule until cleared."),
    ("Accident de travail – Sophie Caron", "Ci-joint la déclaration pour Sophie Caron, blessé(e) pendant son quart du "
     "4 mars : entorse lombaire. Retirée de l'horaire."),
    ("Programme", "Programme of the Balance Day\n10:30  Vertigo in older adults - Hélène Poirier,\nAudiologist\n"
     "11:30  Ménière's disease: an update - Marc Gendron,\nOtologist"),
    ("Awards", "Award recipient: Dr. Paul Lemay, for his research on hearing loss and vertigo in older adults."),
])
def test_employees_speakers_and_laureates_are_no_patients(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject=subject)
    assert not confidential and PATIENT_NAME not in counted, counted
