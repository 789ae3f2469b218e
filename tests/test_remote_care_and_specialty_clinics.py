"""Causes found by the dev_n and dev_o blind corpora (issue 10; remote care, specialised clinics), each in other
words with near misses: programmes without hours, staff labels and shift rosters, a physician titled in one
part and named bare in another, placeholder names, a patient known by given name and community, a Subject
opening with a surname, an initial and a chart number, bare bed numbers with chart numbers, "doss.",
high-risk pregnancy, smear-positive TB, metastases. Every text here is invented for these tests.
"""

from __future__ import annotations

import pytest
from conftest import shipped_classifier

from sentinelle.classifiers.types import Segment

_classifier = shipped_classifier


def _inspect(body: str, subject: str = "") -> tuple[bool, set[str]]:
    segments = [Segment("subject", subject)] if subject else []
    result = _classifier().inspect_segments([*segments, Segment("body", body)])
    return result.confidential, {f.type for f in result.findings if f.confidence >= 0.6}


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Programme - Journées de santé nordique", "Programme préliminaire :\n\nÉmilie Tanguay - Télésanté en santé "
         "mentale\nRaj Kulkarni - TB au Nunavik\nMélanie Roussel - Dialyse à domicile en communauté éloignée\n"),
        ("Clinique de vaccination", "Clinique de vaccination au centre communautaire le 26 novembre. Infirmières : "
         "Kevin Sainnawap et Simon Lachance."),
        ("Horaire infirmier", "Horaire des infirmières:\nPELLETIER M. — jour — dialyse\nKAUR J. — congé — dialyse\n"),
        ("Grand rounds: Lucie Mianscum on HIV in remote communities",
         "Dr. Lucie Mianscum (Infectious Diseases) will present Thursday noon, Boardroom B."),
        ("Referral template v3", 'REFERRAL TEMPLATE\nName: ____\nDOB: YYYY-MM-DD\nSample: "Jane Doe, 55 y, eGFR 25"'),
    ],
)
def test_programmes_rosters_and_templates(subject: str, body: str) -> None:
    assert not _inspect(body, subject)[0]


@pytest.mark.parametrize(
    ("subject", "body", "types"),
    [
        ("Sarah from Nimiskau - sputum AFB+", "can you see pt tmrw?", {"patient_name"}),
        ("Ginette de Ivujaluk - suivi grossesse à risque", "voir note", {"patient_name"}),
        ("FOURNIER M 61-31-238 - IRM: métas cérébrales", "--\nLucie", {"patient_name", "diagnosis"}),
        ("Sign-out night", "Handover:\n455 Nguyen K H895329: call family\n464 Boucher D H650149: DNR confirmed\n",
         {"mrn"}),
        ("RE: ID consult", "> Could ID see Sofia Bouchard (doss. M7051004)? BC 2/2 S. aureus bacteremia, on cefazolin.",
         {"mrn", "patient_name"}),
        # a patient's initials before a birth-date label (dev_p)
        ("Re: initiales", "> Pour la revue de cas : S.H., ddn 05-05-1953, sepsis urinaire, transférée aux SI le 12.",
         {"patient_name", "date_of_birth"}),
        ("Dialyse lundi", "Liste de la clinique de dialyse de lundi (programme régional) :\nÉmilie Tanguay - Dialyse "
         "manquée x2, K 6,1\nRaj Kulkarni - TB active, isolement\nMélanie Roussel - Dialyse, fistule thrombosée\n",
         {"patient_name"}),
    ],
)
def test_patients_of_remote_care_and_clinics(subject: str, body: str, types: set[str]) -> None:
    confidential, found = _inspect(body, subject)
    assert confidential and types <= found


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Julie from Finance - diabetes day budget", "see attached"),
        ("Marie de Laval - formation diabète", "voir"),
        ("Assignments", "Poste 455 Nguyen K 5521: absente demain"),
    ],
)
def test_near_misses(subject: str, body: str) -> None:
    assert not _inspect(body, subject)[0]


@pytest.mark.parametrize(
    ("body", "confidential"),
    [
        # a patient named by room or bed, then by name (dev_p)
        ("> The lady in 312 (Côté) — her daughter is POA, wants to discuss goals of care re metastatic dz.", True),
        ("> Your guy in 4B, Steven, the one with the wife who brings muffins — his INR is 6.2 this am, holding "
         "warfarin.", True),
        ("La dame du 312 (Mme Côté) a une pneumonie, hémocultures faites.", True),
        # rooms and names that are no patient
        ("The meeting in 312 (Côté) is about the diabetes budget.", False),
        ("The lady in 312 (Dr Côté's office) will present the diabetes protocol.", False),
    ],
)
def test_a_patient_named_by_room_then_name(body: str, confidential: bool) -> None:
    assert _inspect(body)[0] is confidential
