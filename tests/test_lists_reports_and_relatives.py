"""Causes found in corpus_heldout_21 to _24 (written blind, read in session 10), tested here in other words.

Patients: a greeting's "Hi Dr," ends its line, so the name on the next line is no physician's; a booster recall's
list of names and phones under "à rappeler ... :" / "to call in ... :"; a request to text someone; pregnancy
follow-up; a relative who writes "I'm X's daughter"; falls that keep happening; a home visit's title; an echo's
ejection fraction and wall motion; a valve leak with its severity; drug-class abbreviations ("Rx ATB"); a terse
list's "SURNAME I. (chart)"; a Subject's title-case "Surname Given chart-number";
a study participant's adverse event ("EI : chute"); someone intubated or "in your ICU"; a child's diagnoses that
the lexicons lacked; a message addressed "To the daycare team:" about a child; an examination booked "for" someone;
a bed huddle's "Urg 28 :" and "C 20 :" leads; a list of chart numbers under "Charts to pull:"; a contact card whose
ORG groups families ("Famille USIN") rather than naming an employer.

Not patients: a vendor's "Quote Q-1204"; an on-call list's "ROY M. (5123456) — RN — pager"; a training list
where PICC care is a skill; a purchase order's lines under "notre bon de commande ... :"; a vendor's card.
"""

from __future__ import annotations

import pytest
from conftest import inspect_text

from sentinelle.classifiers.extractors._common import Budget
from sentinelle.classifiers.extractors.ics import extract_vcard


@pytest.mark.parametrize(
    ("subject", "body", "evidence"),
    [
        ("Co-management", "Hi Dr,\n\nNadia Roy, G1P0 at 30 weeks, gestational diabetes on insulin. Can you see her?",
         "diagnosis"),
        ("Rappel vaccin", "Patients de l'hémodialyse dont l'anti-HBs est < 10, à rappeler pour le vaccin :\n"
                          "BOUCHER, Lise - 450-555-0101\nLEVESQUE, Marc - 514-555-0102\nNGUYEN, Thi - 450-555-0103",
         "patient_contact"),
        ("RV", "Merci de reporter le RV de suivi de grossesse d'Émilie Roy au 3 mars. Elle préfère qu'on la texte au "
               "514-555-0199.", "patient_contact"),
        ("My dad", "Hello,\nI'm Paul Gagnon's daughter. Dad keeps falling since the new blood pressure pill.",
         "diagnosis"),
        ("Home visit", "Home visit - Denise Caron\nInsulin injection and wound check. Tel 438-555-0150",
         "patient_contact"),
        ("Echo", "Echo prelim: EF 30%, anterior hypokinesis, moderate MR.\nPatient: LAVOIE, Paul, 61 y/o.",
         "lab_result"),
        ("Passation", "À revoir demain :\nGAUTHIER P. (7512346) : Rx ATB à ajuster\nMORIN L. (8123457) : attend "
                      "résultats", "mrn"),
        ("RE: Gagnon Sylvie 7123456 - IRM genou", "ok, je m'en occupe", "mrn"),
        ("Participants", "Suivi des participants ETUDE-7 :\nET-101  Gagnon Lise  EI : chute\n"
                         "ET-102  Roy Martin  V2 faite", "diagnosis"),
        ("Media request", "FYI: we hear Marc Gendron, hurt in the crash on the 40, is in your ICU. Can you confirm?",
         "diagnosis"),
        ("TREMBLAY Lucie - retard staturo-pondéral", "Rappel pour demain svp.", "diagnosis"),
        ("Rencontre", "Rencontre famille - Léa Nguyen : plan de soins, amyotrophie spinale type 1.", "diagnosis"),
        ("Allergy", "To the school team: ROY, Éloïse (DOB 2019-02-11) was diagnosed with type 1 diabetes.",
         "date_of_birth"),
        ("Echo", "Please book an echo for Aminata Diallo, 28 wks, GDM on metformin.", "medication"),
        ("Caucus", "Caucus des lits :\n- Urg 12 : GAGNON P. (45-12345) MPOC exacerbée\n- C 4 : ROY L. (H123456) "
                   "fracture de la hanche", "mrn"),
        ("Dossiers", "Dossiers à sortir pour demain :\nH593493  CLOUTIER, David  1941-10-09\n"
                     "70-19612  PAQUETTE, Ginette  1947-10-16\nMerci", "mrn"),
    ],
    ids=["en-greeting-line-then-name", "fr-booster-recall-list", "fr-text-her-pregnancy-follow-up",
         "en-relatives-possessive-falls", "en-home-visit-title", "en-echo-ef-wall-motion", "fr-terse-chart-rows",
         "fr-subject-title-case-chart", "fr-adverse-event", "en-in-your-icu", "fr-subject-child-diagnosis",
         "fr-family-meeting-diagnosis", "en-addressed-to-a-team", "en-book-an-exam-for", "fr-bed-huddle-leads",
         "fr-chart-list-heading"],
)
def test_patients_in_lists_reports_and_relatives_mail(subject: str, body: str, evidence: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert confidential and evidence in counted


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Quote", "Hello,\nQuote Q-1204: 2 hemodialysis chairs, $9,800 each, delivery in March.\nSales, MediSupply"),
        ("On-call", "On-call this weekend (employee # in brackets):\nROY M. (5123456) — RN — 4 North — pager 211\n"
                    "CHEN L. (6234567) — PharmD — Oncology — pager 305"),
        ("Compliance", "Training compliance:\n- Julie Roy: PICC care done\n- Marc Caron: BLS expired\n"
                       "- Lise Gagnon: PICC care done"),
        ("Affectations", "Affectations du personnel – vendredi\nPoste 1 – Julie Roy – J – formation PICC\n"
                         "Lit 2 – Marc Caron – N –\nLit 3 – Lise Gagnon – J – orientation"),
        ("TR: Bon de commande", "Veuillez trouver notre bon de commande BC-4536986 :\n\n909547  Chemises de dossier "
                                "médical  x42  263.83 $\n261538  Cartouches toner  x42  9.75 $"),
        ("Équipe", "Team: Julie Roy (diabetes educator), Marc Caron (dietitian)\nTopic: type 2 diabetes."),
    ],
    ids=["en-vendor-quote-series", "en-on-call-employee-numbers", "en-training-skills", "fr-staff-assignment",
         "fr-purchase-order-lines", "en-team-label"],
)
def test_vendors_and_staff_lists_are_nobodys_patients(subject: str, body: str) -> None:
    confidential, _ = inspect_text(body, subject)
    assert not confidential


_BUDGET = Budget(max_bytes=10**6, max_ratio=100.0, max_members=10, max_chars=10**6)


@pytest.mark.parametrize(
    ("org", "business"),
    [("Famille USIN", False), ("Patients GMF", False), ("MediSource Inc.", True), ("CHU Exemple", True)],
)
def test_a_card_whose_org_groups_families_is_a_persons(org: str, business: bool) -> None:
    card = (f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Gagné;Fatou;;;\r\nFN:Fatou Gagné\r\nORG:{org}\r\n"
            "TEL;TYPE=CELL:581-555-4409\r\nNOTE:Mère des jumeaux\r\nEND:VCARD\r\n").encode()
    text = "\n".join(piece.text for piece in extract_vcard(card, "utf-8", _BUDGET).pieces)
    assert ("-- \n" in text and text.index("-- ") < text.index("Fatou")) is business
