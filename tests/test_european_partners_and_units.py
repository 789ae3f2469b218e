"""Causes found by the dev_l and dev_m blind corpora (issue 10; Belgian and French partners, threads), each in
other words with
near misses: hand-over lists led by a unit and bed code with ages written "84a", Belgian and French social
aid, "suivie" as a care word, a birth year in parentheses after a titled name, a diagnosis qualified by
"pharmacorésistante" (no pharmacist), a NIR announced as slipped past the filter. Every text is invented.
"""

from __future__ import annotations

import pytest
from conftest import shipped_classifier

from sentinelle.classifiers.types import Segment

_classifier = shipped_classifier


def _inspect(body: str) -> tuple[bool, set[str]]:
    result = _classifier().inspect_segments([Segment("body", body)])
    return result.confidential, {f.type for f in result.findings if f.confidence >= 0.6}


@pytest.mark.parametrize(
    ("body", "types"),
    [
        ("Passation :\nUSI-04 SIMON Y. 84a  AVC ischémique sylvien gauche - attend lit SSR\n"
         "C3-21 MERTENS T. 84a  insuffisance rénale chronique stade 4\n", {"patient_name"}),
        ("Je vous contacte au sujet de FONTAINE Aurélie (1961) qui sera suivie chez vous.\n"
         "Situation sociale : dossier CPAS en cours, revenu d'intégration suspendu.", {"patient_name"}),
        ("Je vous contacte au sujet de Mme Léa Rousseau (2006) qui sera suivie chez vous. Situation sociale : "
         "demandeuse d'asile, sans titre de séjour.", {"patient_name", "social_information"}),
        ("Téléconsult GAGNON Lucie - épilepsie pharmacorésistante", {"patient_name", "diagnosis"}),
        ("Je l'écris comme ça pour pas que le filtre bloque :\n１１００２１３２９３７８０４７\n"
         "c'est pour FONTAINE, épilepsie.", {"fr_nir"}),
        # a sign-out by bed, upper-case surname and initial, the chart number in parentheses (dev_m)
        ("voici la liste pour ce soir :\n- ch 31A SINCLAIR É. (CHU-909171) néo du côlon métastatique - RAS\n"
         "- ch 15C ROY D. (39026159) delirium - hémocultures à relancer\n", {"patient_name", "mrn"}),
    ],
)
def test_partners_mail(body: str, types: set[str]) -> None:
    confidential, found = _inspect(body)
    assert confidential and types <= found


@pytest.mark.parametrize(
    "body",
    [
        # the unit codes and words of a staff or bed-planning mail, without patients
        "Planning du week-end :\nUSI-04 à USI-12 : Dr Lemaire\nC3-21 à C3-30 : Dre Henrard\n",
        "Répartition :\n- ch 201 à 210 TREMBLAY J. (inf.) poste 5521\n- ch 211 à 220 ROY M. (PAB) poste 5522\n",
        # a pharmacist in apposition is still staff
        "Lucie Gagnon, pharmacienne en épilepsie, présentera les nouveautés jeudi.",
        "Lucie Gagnon, pharm. - clinique d'épilepsie",
        # social aid as a topic
        "Le CPAS de Liège organise une séance d'information sur le revenu d'intégration le 12 mars.",
    ],
)
def test_partners_near_misses(body: str) -> None:
    assert not _inspect(body)[0]
