"""Causes found in corpus_heldout_111 (correctional health) and _113 (employee and occupational health), written blind
and read in session 21, tested here in other words.

Patients: whom a clinician saw, named in full ("J'ai revu Tomasz Lacasse ce matin", "Nous avons vu hier ...") with
evidence said of them; an exposure's source patient in the Subject ("BBF source THÉRIAULT Aaron (0489186): HBsAg +",
a serology's plus sign as its verdict); whose report it is ("le rapport d'imagerie de olga nguyen", "de A. Rioux"); a
temporary foreign worker in apposition (a worker, not a social worker); muscle relaxants of occupational medicine.

Nobody's patients: an employer's side of an employee's injury claim (a disability-management advisor, the manager's
cost centre); a list announced as employees; the compensation board's file number after "dossier"; a colleague seen
at a meeting; a screening grid's acronym ("SAD PERSONS"); a monthly report's month after an acronym ("EDPE,
February").
"""

from __future__ import annotations

import pytest
from conftest import inspect_text

from sentinelle.classifiers.types import LAB_RESULT, MRN, PATIENT_NAME


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("", "Philippe,\nJ'ai revu Kazimierz Lacasse ce matin. Diagnostic : entorse du genou droit."),
        ("", "Nous avons vu hier Julien Bélanger (travailleur étranger temporaire) pour une dermatite de contact aux "
             "mains."),
        ("", "I saw Wojciech Tremblay this morning: lumbar strain, off work two weeks, naproxen 500 mg BID."),
        ("BBF source GAGNON Aaron (0489186): HBsAg +", "See subject. Can you book the 6-week follow-up?"),
        ("", "salut, as-tu eu le rapport d'imagerie de olga nguyen? déchirure partielle du sus-épineux, elle est "
             "encore sur le tramadol."),
        ("", "as-tu eu le rapport d'imagerie de A. Rioux? ça s'améliore pas (tendinite de la coiffe des rotateurs)."),
        ("", "C'est Maxime Okonkwo, j'ai vu le docteur pour mon dos. J'ai encore mal et la cyclobenzaprine me fait "
             "dormir."),
    ],
    ids=["j-ai-revu", "nous-avons-vu-hier", "i-saw", "bbf-source-subject", "rapport-de-lower-case",
         "rapport-de-initial", "cyclobenzaprine"],
)
def test_a_worker_or_an_inmate_named_where_occupational_mail_puts_them(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert confidential, counted
    assert PATIENT_NAME in counted, counted


def test_a_serology_s_plus_sign_is_its_verdict_and_a_programme_s_is_not() -> None:
    _, counted = inspect_text("Résultat de la source : HBsAg +, anti-VHC négatif.")
    assert LAB_RESULT in counted, counted
    _, counted = inspect_text("Programme VIH + hépatites : réunion mardi.")
    assert LAB_RESULT not in counted, counted


@pytest.mark.parametrize(
    "body",
    [
        "Hi Valérie,\nCNESST accepted Catherine Brassard's claim (file 847 850816): employment injury - wrist "
        "contusion. Costs will be charged to your cost centre.\nRaj\nDisability management advisor",
        "Bonjour Catherine,\nLes employés suivants n'ont pu être ajustés avec aucun N95 et ont besoin d'un APR "
        "motorisé :\n - Rachel Lamontagne (Imagerie médicale) — barbe\n - Alexandre Ferland (4B médecine) — cicatrice "
        "faciale\n - Marco Whitaker (Hémodialyse) — cicatrice faciale\nJérôme",
        "J'ai vu Julie Roy ce matin à la réunion du comité de la clinique du diabète.",
        "Formation : évaluation du risque suicidaire (grille SAD PERSONS révisée), salle B, mardi 9 h.",
        "Here are the monthly Health Services statistics for EDPE, February:\n| Overdoses | 1 |\n| Naloxone | 0 |",
    ],
    ids=["employer-side-claim", "employees-listed", "colleague-seen-at-a-meeting", "screening-grid-acronym",
         "month-after-an-acronym"],
)
def test_nobody_s_patient_in_employee_health_and_prison_mail(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential, counted


def test_the_compensation_board_s_file_number_is_no_chart() -> None:
    _, counted = inspect_text("La CNESST a accepté la réclamation de Owen Séguin (dossier 801 855502) : lésion "
                              "professionnelle.")
    assert MRN not in counted, counted
