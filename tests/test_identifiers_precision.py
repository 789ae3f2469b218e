"""Precision of the identifier recognizers: a checksum alone is weak evidence.

A NISS, NIR, SIN or provincial health number decides (reaches ``min_confidence``) only when
something says what the number is — a context word, a label right before it, its column header —
or when its shape is rare (the official layout, a disguise). Loose context must not lift
look-alikes. All numbers are synthetic; the IMEIs and lot numbers below were chosen because they
pass the NIR key / NISS mod 97 / Luhn checks.
"""

from __future__ import annotations

import pytest

from sentinelle.classifiers.engine import Classifier
from sentinelle.classifiers.evaluate import default_config
from sentinelle.classifiers.types import IDENTIFIER_TYPES, Segment

MIN_CONFIDENCE = default_config().scoring.min_confidence
IMEIS = ("356502014620160", "359255173290484", "352176541636249")  # Luhn-valid and NIR-key-valid
NISS_LOOKALIKES = ("39035626163", "17125532419", "59046676574")  # date + mod 97 valid


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier(default_config(), None)


def decisive(classifier: Classifier, text: str) -> list[tuple[str, str]]:
    found = classifier.inspect_segments([Segment("body", text)]).findings
    return [(f.type, text[f.start : f.end]) for f in found
            if f.type in IDENTIFIER_TYPES and f.confidence >= MIN_CONFIDENCE]


@pytest.mark.parametrize(
    "text",
    [
        # lists of IMEIs and lot numbers, with or without the word before each line
        "Appareils à retourner (IMEI) :\n" + "\n".join(IMEIS),
        "Inventaire des téléphones :\n" + "\n".join(f"- {imei}" for imei in IMEIS),
        "Lots rappelés : " + ", ".join(NISS_LOOKALIKES),
        "Numéros de lot :\n" + "\n".join(NISS_LOOKALIKES),
        "IMEI 356502014620160",
        "Lot 130692544 (réactif)",
        "No de série 130 692 544",
        # NAS meaning network storage
        "Le NAS : 130 692 544 du serveur de sauvegarde sera redémarré ce soir.",
        "Sauvegarde nocturne : NAS 130692544, volume RAID 5, 12 To.",
        "Le NAS Synology a le numéro 130692544",
        # a loose word far from the number, or one that means something else
        "NAS en panne depuis hier. Appelez-moi. Votre numéro de billet est 130692544.",
        "Le NAS du serveur de fichiers a été remplacé, le nouveau porte le numéro 130692544.",
        "Le patient dit que le NAS est plein. Numéro 130692544.",  # another sentence
        "Original sin: 130692544 copies sold",
        # Ontario near a Luhn-valid ten-digit number
        "Ontario Business Registry, entreprise no 1234567897",
        "Catalogue Ontario 2025 : article 1234567897",
        # a tender file is not a chart
        "Veuillez trouver le dossier d'appel d'offres 2025114 ci-joint.",
        "Dossier de candidature 1234567 : entrevue jeudi",
        # bare checksummed numbers
        "Référence interne 85073003328",
        "Numéro 185057800608491",
    ],
)
def test_look_alikes_are_not_decisive(classifier: Classifier, text: str) -> None:
    assert decisive(classifier, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("N.A.S. : 130 692 544 (patient hospitalisé)", ("ca_sin", "130 692 544")),
        ("NAS : 130 692 544", ("ca_sin", "130 692 544")),
        ("NAS du patient : 130692544", ("ca_sin", "130692544")),
        ("SIN no. 130-692-544", ("ca_sin", "130-692-544")),
        # the abbreviation earlier in the same sentence, patient words around
        ("Mise à jour du dossier patient : le NAS inscrit était erroné, le bon est 130 692 544.",
         ("ca_sin", "130 692 544")),
        # ordinary words near a SIN label are no technology words ("to", "disc", "network")
        ("Further to your request, claimant info:\nSIN: 130 692 544\nDiagnosis: L4-L5 disc herniation."
         " Réseau de santé de l'Est.", ("ca_sin", "130 692 544")),
        ("Son numéro d'assurance sociale est le 130 692 544.", ("ca_sin", "130 692 544")),
        ("Nom;NAS;Date\nMartin Smith;130 692 544;2025-03-13\n", ("ca_sin", "130 692 544")),
        ("Carte santé de l'Ontario : 1234 567 897", ("ca_health_number", "1234 567 897")),
        ("MSP 9876543218", ("ca_health_number", "9876543218")),
        ("NISS 85073003328", ("be_niss", "85073003328")),
        ("Assuré : 85.07.30-033.28", ("be_niss", "85.07.30-033.28")),  # official layout: rare shape
        ("Carte Vitale 1 85 05 78 006 084 91", ("fr_nir", "1 85 05 78 006 084 91")),
        ("voir 1 85 05 78 006 084 91", ("fr_nir", "1 85 05 78 006 084 91")),  # rare shape
        ("copie du dossier S6139100 (MARTEL, Josée)", ("mrn", "S6139100")),
    ],
)
def test_context_or_a_rare_shape_decides(classifier: Classifier, text: str, expected: tuple[str, str]) -> None:
    assert decisive(classifier, text) == [expected]


def test_explanations_say_what_decided(classifier: Classifier) -> None:
    text = "voir 85.07.30-033.28 et Nom;NAS\nX;130 692 544"
    found = {f.type: f.explanation for f in classifier.inspect_segments([Segment("body", text)]).findings}
    assert found["be_niss"].endswith("rare shape 2-2-2-3-2")
    assert found["ca_sin"].endswith("context 'column nas'")
