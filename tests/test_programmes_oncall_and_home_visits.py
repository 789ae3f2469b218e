"""Causes found by the dev_j and dev_k blind corpora (issue 10), each in other words with near misses:
programmes by the hour, on-call lists with pagers, suppliers' account numbers and company names, children's
sign-out lists, home visits after a birth with a vCard, a relative's number, end-of-life care, bed lists
with a chart-number column, template placeholders, given names of the whole patient population, NAMs
disguised two characters at a time. Every text here is invented for these tests.
"""

from __future__ import annotations

import pytest
from conftest import shipped_classifier

from sentinelle.classifiers.types import Segment

_classifier = shipped_classifier


def _inspect(body: str, location: str = "body") -> tuple[bool, set[str]]:
    result = _classifier().inspect_segments([Segment(location, body)])
    return result.confidential, {f.type for f in result.findings if f.confidence >= 0.6}


@pytest.mark.parametrize(
    "body",
    [
        # a programme by the hour: a titled speaker somewhere, or accredited hours
        "Journée annuelle\n8h30  Dre Isabelle Marchand – Bronchiolite 2026\n10h30  Sophie Laberge – Imagerie à "
        "faible dose\n11h30  Kevin Tran – Naloxone en pharmacie communautaire\n",
        "Research Day\n09:00  Nadia Belkacem – Asthma in daycare\n10:00  Patrick Auclair – Opioid use disorder in "
        "teens\n6 Section 1 credits.\n",
        # an on-call list: specialties in parentheses and pagers
        "Lun  SHARMA, Ravi  (addiction medicine)  pagette 7275  cell 514-555-8246\n"
        "Mar  BELKACEM, Nadia  (travailleuse sociale)  pager 2723\n",
        # a supplier's shortage notice: an account number, the wholesaler's name
        "Avis de rupture : méthylphénidate LA 36 mg, retour prévu sem. du 7 déc.\nNo client 465651891.\n\n"
        "Grossiste Pharma-Dis\n514-555-0177\n",
        "Great meeting you at the show. Happy to set up a demo of the new portable ultrasound.\nSanjay Goldberg\n"
        "Vitalis Imaging Canada\n",
        # a template's placeholders
        "Modèle de lettre :\n[Nom de l'usager]\nNAM : XXXX 0000 0000\nN° de dossier : [0000000]\n",
        # authors cited
        "As shown by Kwame Wright (2019), insulin pumps reduce HbA1c in type 1 diabetes (see also Marie Roy, 2021).",
        # end-of-life care as a unit or a team is a topic
        "L'unité de soins palliatifs déménage au 5e. Dre Roy et l'équipe de soins palliatifs vous remercient.",
    ],
)
def test_harmless_lists_programmes_and_suppliers(body: str) -> None:
    assert not _inspect(body)[0]


@pytest.mark.parametrize(
    ("body", "types"),
    [
        # a clinic's schedule by the hour is a list of patients
        ("Clinique du mardi\n9h00 Sophie Laberge – suivi diabète, HbA1c 9,1\n9h30 Kevin Tran – Naloxone, surdose "
         "la semaine dernière\n", {"patient_name"}),
        # a children's sign-out list: age in years as "(3a)", chart numbers with a code prefix
        ("Liste de garde 4B – ce soir\n419  BERGERON, Ava (3a) #H757377 - pyélo, ceftriaxone J2\n"
         "409  HÉBERT, Nathan (10a) #CME-425775 - TS par ingestion acétaminophène, surv. psy\n", {"patient_name"}),
        # given names of the whole patient population, surname first without a comma
        ("Transfer to hospital: GOSSELIN Amira, G2P1 39+2 wks, GBS positive, prolonged labour.", {"patient_name"}),
        ("Admission: MENSAH Kwame, 54M, NSTEMI overnight, troponin rising.", {"patient_name"}),
        # a NAM disguised two characters at a time
        ("J'ai mis des points pour que le filtre ne bloque pas :)\nNAM CL.OM.15.07.28.81\n", {"ramq_nam"}),
        # end of life, and the son's number
        ("M. Nadeau (93 ans environ), soins palliatifs, fin de vie imminente. Fils : 416-555-3170.",
         {"patient_name", "patient_contact"}),
        # a bed list with a chart-number column and the problem in lower case
        ("Liste pour le huddle :\nLAPOINTE A 91609999 lacération main gauche (scie) -> USI\n"
         "ROY D 25-994858 AVC ischémique -> gériatrie\n", {"patient_name"}),
    ],
)
def test_patients_in_lists_and_notes(body: str, types: set[str]) -> None:
    confidential, found = _inspect(body)
    assert confidential and types <= found


def test_a_home_visit_vcard_with_a_home_address_and_phone() -> None:
    card = ("Name: Amira Gosselin\nN: Amira Gosselin\nTel (home): 450-555-2362\n"
            "Adr (home): 719 rue des Lilas app. 11 Saint-Jérôme ,\nNote: Post-partum J3, allaitement difficile")
    confidential, found = _inspect(card, location="attachment:Gosselin.vcf")
    assert confidential and {"patient_name", "patient_contact"} <= found
    colleague = ("Name: Sanjay Goldberg\nN: Sanjay Goldberg\nOrg: Vitalis Imaging Canada\nTitle: Account Manager\n"
                 "Tel (cell): 905-555-0172")
    assert not _inspect(colleague, location="attachment:Goldberg.vcf")[0]
