"""Causes found in corpus_heldout_33 and _34 (written blind, read at the end of session 11), tested in other words.

Patients: a home-care worker's visit report ("Visit done for J. McIntyre at 2078 Marchbank Ave") names the person
and their home; a health card's number asked for by its label ("no de carte pour X : 4130/856/000"), written with
any separators; a full name typed in lower case after a verb of care ("Je te réfère pierre morin").

Nobody's patients: a fundraiser or a service line named like a person ("Riverbend Gala", "Crisis Line"); a support
workers' schedule ("PSSP | Trajet | lun"); an on-call table ("Stroke call", "Garde AVC", "Pager"); archive boxes
("Boîte : B-267904 ; Contenu : dossiers inactifs"); a credit card's number.
"""

from __future__ import annotations

import pytest
from conftest import inspect_text


@pytest.mark.parametrize(
    ("subject", "body", "evidence"),
    [
        ("Visit concern - Martin", "Hello,\nVisit done for K. Martin at 55 Maple Crescent, Orleans this morning. "
                                   "Noticed a new pressure sore on the heel.\nCan a nurse go by?", "patient_contact"),
        ("Visite", "Visite faite chez Mme Léa Gauthier au 210, rue des Érables, Gatineau ce matin : "
                   "confuse, repas de la veille non mangé.", "patient_contact"),
        ("no de carte", "allo - no de carte pour Mme Roy : 4130 / 856 / 000 (recopié de la photo). Renouvellement "
                        "morphine LA 30 mg q12h svp.", "ca_health_number"),
        ("Référence", "Bonjour,\nJe te réfère marc gagnon pour suivi au congé : démence modérée, aidante épuisée.",
         "patient_name"),
    ],
    ids=["en-visit-report-initial-and-home", "fr-visit-report-home", "fr-card-number-label-spaced",
         "fr-refer-lower-case-name"],
)
def test_visit_reports_cards_and_referrals(subject: str, body: str, evidence: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert confidential and evidence in counted


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Soirée bénéfice", "La Fondation vous invite au Riverside Gala : conférence sur l'hépatite C par le Dr Paul "
                            "Roy. Billets en vente."),
        ("Indicateurs T3", "Crisis Line : 412 appels. Trousses de naloxone distribuées : 88."),
        ("Horaire PSSP", "Bonjour,\nLe trajet R2 inclut les deux clients de soins de plaies du R5.\n"
                         "PSSP\tTrajet\tlun\tmar\tmer\nROY, Julie\tR2-Hull\t07-15\tOFF\t07-15\n"
                         "CARON, Marc\tR5-Aylmer\tOFF\t11-19\t11-19\n"),
        ("On-call", "Neurovascular on-call this week; code strokes go through the central line.\n"
                    "Date | Stroke call | Pager\n2024-03-18 | Anna Petrov | 418-555-0108\n"
                    "2024-03-19 | Dr Paul Roy | 418-555-0109\n"),
        ("Archives", "Transfert des boîtes vers l'entrepôt.\nBoîte; Contenu; Années\n"
                     "Boîte: B-267904; Contenu: dossiers inactifs A-C; Années: 2001-2003\n"),
        ("Paiement", "Voici le no de carte de crédit : 4130 856 000 pour la commande de gants."),
    ],
    ids=["gala-named-like-a-person", "crisis-line", "support-workers-schedule", "on-call-table", "archive-boxes",
         "credit-card-number"],
)
def test_events_schedules_and_boxes_stay_harmless(subject: str, body: str) -> None:
    confidential, _ = inspect_text(body, subject)
    assert not confidential
