"""Numeric identifier recognizers: SIN, Ontario/BC health numbers, Belgian NISS, French NIR (synthetic)."""

from __future__ import annotations

import pytest

from sentinelle.classifiers.recognizers._base import BaseRecognizer
from sentinelle.classifiers.recognizers.be_niss import BeNissRecognizer
from sentinelle.classifiers.recognizers.ca_health_number import CaHealthNumberRecognizer
from sentinelle.classifiers.recognizers.ca_sin import CaSinRecognizer
from sentinelle.classifiers.recognizers.fr_nir import FrNirRecognizer
from sentinelle.classifiers.types import Segment

SIN, HCN, NISS, NIR = CaSinRecognizer(), CaHealthNumberRecognizer(), BeNissRecognizer(), FrNirRecognizer()


def confidences(rec: BaseRecognizer, text: str) -> list[tuple[float, str]]:
    return [(f.confidence, text[f.start : f.end]) for f in rec.recognize(Segment("body", text))]


@pytest.mark.parametrize(
    ("rec", "text", "expected"),
    [
        # Canadian SIN (Luhn)
        (SIN, "NAS : 130 692 544", [(0.9, "130 692 544")]),
        (SIN, "SIN 130-692-544", [(0.9, "130-692-544")]),
        (SIN, "numéro d'assurance sociale 130692544", [(0.9, "130692544")]),
        (SIN, "no 130692544", [(0.45, "130692544")]),  # Luhn alone is 1 in 10: below threshold
        (SIN, "NAS 130 692 544 2024", [(0.9, "130 692 544")]),  # sub-span of a longer run
        (SIN, "NAS 130 692 545", []),  # bad Luhn
        (SIN, "NAS 046 454 286", []),  # first digit 0 is never issued
        (SIN, "Facture 130692544", []),  # invoice
        (SIN, "Tél. 130 692 544", []),
        # Ontario HCN (Luhn over 9) and BC PHN (mod 11)
        (HCN, "Carte santé Ontario : 1234 567 897", [(0.9, "1234 567 897")]),
        (HCN, "OHIP 1234-567-897-AB", [(0.9, "1234-567-897")]),
        (HCN, "PHN 9876543218", [(0.9, "9876543218")]),
        (HCN, "numéro 9876543218", [(0.5, "9876543218")]),
        (HCN, "numéro 1234567897", [(0.4, "1234567897")]),
        (HCN, "Appelez le 123-456-7897", []),  # phone-shaped, no health context
        (HCN, "Appelez le (123) 456-7897", []),
        (HCN, "Appelez le +1 1234567897", []),
        # A sentence's closing parenthesis is no area code: the disguise decides.
        (HCN, "Le numéro (espacé pour que le filtre ne le bloque pas):\n1234/567/897", [(0.9, "1234/567/897")]),
        (HCN, "numéro (nouveau) 1234567897", [(0.4, "1234567897")]),
        (HCN, "Tél 1234567897", []),
        (HCN, "réf. 1234567897", []),  # reference number
        (HCN, "OHIP 1234 567 898", []),  # bad check digit
        # Belgian NISS (date + mod 97)
        (NISS, "NISS 85.07.30-033.28", [(0.97, "85.07.30-033.28")]),
        (NISS, "numéro national 85073003328", [(0.97, "85073003328")]),
        (NISS, "dossier 85073003328", [(0.5, "85073003328")]),  # bare: mod 97 alone is weak evidence
        (NISS, "voir 85.07.30-033.28", [(0.8, "85.07.30-033.28")]),  # the official layout is a rare shape
        (NISS, "voir 850730 033 28", [(0.8, "850730 033 28")]),
        (NISS, "NISS 85.07.30-033.29", []),  # bad check
        (NISS, "NISS 85.13.30-033.28", []),  # month 13
        # French NIR (mod 97 key)
        (NIR, "N° sécurité sociale 1 85 05 78 006 084 91", [(0.97, "1 85 05 78 006 084 91")]),
        (NIR, "NIR 285069912345670", [(0.97, "285069912345670")]),
        (NIR, "voir 185057800608491", [(0.5, "185057800608491")]),  # bare: like an IMEI
        (NIR, "N° SS : 185057800608491", [(0.97, "185057800608491")]),  # the form's abbreviated label
        (NIR, "ss 185057800608491", [(0.5, "185057800608491")]),  # lower case: no label
        (NIR, "IMEI 1 85 05 78 006 084 91", []),  # a word that says it is something else
        (NIR, "voir 1 85 05 78 006 084 91", [(0.85, "1 85 05 78 006 084 91")]),  # carte Vitale layout
        (NIR, "voir 1850578006084 91", [(0.85, "1850578006084 91")]),
        (NIR, "voir 1 85 05 2A 006 084 35", [(0.85, "1 85 05 2A 006 084 35")]),  # Corsica
        (NIR, "NIR 1 85 05 2A 006 084 35", [(0.97, "1 85 05 2A 006 084 35")]),  # Corsica
        (NIR, "NIR 185057800608492", []),  # bad key
    ],
)
def test_table(rec: BaseRecognizer, text: str, expected: list[tuple[float, str]]) -> None:
    assert confidences(rec, text) == expected


def test_postal_codes_and_phone_numbers_give_nothing() -> None:
    text = "CLSC, 1234 rue Principale, Montréal QC H2X 1Y4. Tél. : 514 555-0199, poste 1234. Fax 514-555-0198."
    for rec in (SIN, HCN, NISS, NIR):
        assert confidences(rec, text) == []


def test_excerpts_are_masked() -> None:
    (finding,) = SIN.recognize(Segment("body", "NAS 130 692 544"))
    assert finding.excerpt == "*** *** *44"
