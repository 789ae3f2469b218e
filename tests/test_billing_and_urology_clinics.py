"""Causes found in corpus_heldout_103 (urology: continence and stone clinics) and _105 (medical billing, claims and
statements), written blind and read in session 20, tested here in other words.

Patients: a business document whose next field says what the named person is treated for (a third party's invoice
for a medical report); a statement addressed to the patient, who is the message's recipient, with the reason for
the service; a call taken from someone ("Appel à 10h15 de Mme ... : fuites urinaires"). Vocabulary: urinary leakage
and retention, stones and their lithotripsy (LEOC, SWL), renal colic, the bacteria a culture grows.

Nobody's patients: a supplier's invoice to a clinic listing drugs; a clinic's own name and address in a document; a
colleague on leave ("est en congé") beside a clinic's name; the sender's initial and family name signing a message
whose attachment is an antibiogram.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from conftest import inspect_mail, inspect_text

from sentinelle.classifiers.types import DIAGNOSIS, PATIENT_NAME


def _mail_with_text_attachment(to: str, body: str, attachment: str, file_name: str, sender: str) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = "Document"
    message.set_content(body)
    message.add_attachment(attachment.encode("utf-8"), maintype="text", subtype="plain", filename=file_name)
    return message.as_bytes()


@pytest.mark.parametrize(
    "body",
    [
        "INVOICE F25-0001\nBill to: Assurances Boréales\nRe: Mathilde Gosselin\nFile: left ankle fracture\n"
        "Medical report for the insurer   $120.00\nPayment within 30 days.",
        "Appel à 10h15 de Mme Chantal Mercier (418 555-0199) : fuites urinaires depuis lundi.",
        "Call from Denis Audet (819.555.0100) at 8:40: unable to void since last night.",
        "Note pour la facturation : Rémi Gauthier est en situation d'itinérance, aucune adresse postale; ne pas "
        "envoyer d'état de compte et annuler les frais de retard.",
    ],
    ids=["invoice-regarding-field", "appel-de", "call-from", "billing-note-said-right-after"],
)
def test_a_patient_named_on_an_invoice_or_a_call(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential, counted
    assert PATIENT_NAME in counted, counted


def test_a_statement_addressed_to_the_patient_who_receives_it() -> None:
    statement = (
        "Clinique médicale du Lac\nBernard Ouellette\n1220, rue des Pins, Rimouski (Québec) G5L 1A1\n"
        "Facture no 2025-0042 - date : 2025-04-02\nCopie du dossier médical   35,00 $\n"
        "Motif : insuffisance cardiaque\nService non assuré par la RAMQ."
    )
    raw = _mail_with_text_attachment(
        "Bernard Ouellette <b.ouellette@courriel.example>",
        "Bonjour, voici votre facture pour le service non assuré demandé.",
        statement,
        "Facture_2025-0042.txt",
        "Clinique médicale du Lac <facturation@cml.example>",
    )
    confidential, counted = inspect_mail(raw)
    assert confidential, counted
    assert PATIENT_NAME in counted, counted


def test_a_clinics_own_name_and_address_is_nobodys_statement() -> None:
    document = (
        "Clinique dentaire du Parc\n2150, boul. Laurier, Québec\n"
        "Protocole 2025 : amoxicilline en prophylaxie avant une extraction dentaire chez le porteur de valve."
    )
    raw = _mail_with_text_attachment(
        "Dentistes de la région <dentistes@liste.example>", "Le protocole révisé est joint.", document,
        "protocole.txt", "Clinique dentaire du Parc <info@cdp.example>",
    )
    confidential, counted = inspect_mail(raw)
    assert not confidential, counted


def test_the_senders_initial_signing_an_antibiogram_is_staff() -> None:
    raw = _mail_with_text_attachment(
        "Liste MI <mi@chu.example>",
        "Allo,\n\nL'antibiogramme cumulatif 2024 (premiers isolats par patient) est joint.\n\n"
        "L. Beauchemin\n514-555-0156",
        "Organisme\tN isolats\tAMP\tCIP\nE. coli\t681\t52\t80\nKlebsiella pneumoniae\t679\t0\t86\n",
        "antibiogramme_2024.txt",
        "Laura Beauchemin <laura.beauchemin@chu.example>",
    )
    confidential, counted = inspect_mail(raw)
    assert not confidential, counted


@pytest.mark.parametrize(
    "body",
    [
        "FACTURE F2024-0099\nClient : Polyclinique des Érables – pharmacie\nDate : 18/12/2024\n"
        "Amoxicilline 500 mg   100 x 0.20 = 20.00 $\nTotal : 20.00 $",
        "Salut, peux-tu prendre la clinique de vasectomie de mercredi PM ? Nadine Caron est en congé.",
        # a surgeons' block schedule: the day's rows are a weekly table, the procedure beside a surgeon is a block's
        "Jour\tSalle 1\tSalle 2\nLundi\tMarc Fortier\tJulie Côté (arthroplastie)\n"
        "Mardi\tSimon Gagné (arthroplastie)\tMarc Fortier\nMercredi\tJulie Côté\tSimon Gagné\n"
        "Facturation des blocs non confirmés : 72 h.",
        # an invoice to a company: its address follows the client's name, no treatment does
        "FACTURE FAC-2025-0101\nClient : Transport Médical Boréal, 1200, rue de l'Aéroport, Mirabel\n"
        "Second avis spécialisé (dossier)   1   123,00\nTotal : 123,00 $",
    ],
    ids=["supplier-invoice-to-a-clinic", "colleague-on-leave", "surgeons-weekly-blocks", "invoice-to-a-company"],
)
def test_suppliers_and_colleagues_on_leave_are_nobodys_patients(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential, counted


@pytest.mark.parametrize(
    "text",
    [
        "Fuites urinaires à l'effort depuis la prostatectomie.",
        "Calcul urétéral de 6 mm, LEOC à prévoir.",
        "5 mm stone, SWL postponed.",
        "Renal colic overnight, better with ketorolac.",
        "Culture d'urine : Klebsiella pneumoniae > 10^8 UFC/L.",
        "Unable to void since this morning.",
    ],
    ids=["fuites", "leoc", "swl", "renal-colic", "klebsiella", "unable-to-void"],
)
def test_urology_words(text: str) -> None:
    assert DIAGNOSIS in inspect_text(text)[1]
