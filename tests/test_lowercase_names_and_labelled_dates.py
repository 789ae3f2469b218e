"""Causes found in corpus_heldout_29 and _30 (written blind, read in session 11), tested here in other words.

Patients: full names typed in lower case where a name stands ("pour liam bouchard, suivie en TAO", "claude gagnon
DDN ...", "check on michel thibaul in rm 15"); a signer whose family name is also a genre word ("Louise Carrière":
"carrière" is a job posting's word) no longer turns the message into a newsletter; a birth date with a two-digit
year closing its sentence ("DDN 06/05/75.") or written year first without separators after its label ("dob
20100809"); a chart number whose letter prefix is a chart word ("# DOS-183639") or after "Hosp#"; a crossmatch
and its verdict; a transport list whose columns say how each person moves.

Nobody's patients: a schedule's weekday columns ("Lun  Mar  Mer": "Mar" is a given name); a newsletter's praise
column ("Kudos"), its name ("... Weekly": no given name) and its organisation's address; a colleague named with the
team ("X and the dialysis team celebrated"); a training record ("Chemo safe handling ✔", "renewal due"); a resident's
year of training ("(R2)", "(PGY-1)"); a centre named for what it treats ("Centre de dialyse"); ordinary lower-case
prose; a birth-date label is no chart number's prefix ("DDN 06/05/75").
"""

from __future__ import annotations

import pytest
from conftest import inspect_text

from sentinelle.classifiers.recognizers.patient_name._lower_case import lower_case_full_names


@pytest.mark.parametrize(
    ("subject", "body", "evidence"),
    [
        ("Douleur", "Bonjour,\nPour jacques tremblay, suivi à la clinique de la douleur : fibromyalgie, duloxétine "
                    "60 mg die. Merci de renouveler.", "medication"),
        ("Lithium", "Good morning,\nRe nathalie gagnon, followed for bipolar disorder: lithium level 1.4 mmol/L "
                    "this morning, please hold tonight's dose.", "lab_result"),
        ("MPOC", "Liste du jour\njean-marc leblanc (62 ans) - MPOC exacerbée, sous prednisone.", "diagnosis"),
        ("peds", "can you check on kevin morin in room 12?? dob 2011-04-05, asthma attack overnight, on salbutamol.",
         "date_of_birth"),
        ("pt", "hey pls check on sophie lavoiee in rm 4, dob 19-02-14. mom says fever since yesterday, hx epilepsy.",
         "diagnosis"),
    ],
    ids=["fr-pour-lower-case-name", "en-re-lower-case-name", "fr-line-start-name-age",
         "en-check-on-name-in-room", "en-typo-surname-lead-and-room"],
)
def test_full_names_typed_in_lower_case(subject: str, body: str, evidence: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert confidential and evidence in counted and "patient_name" in counted


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Pour liam bouchard, suivie en TAO", ["liam bouchard"]),
        ("Bonjour,\nclaude gagnon DDN 10/06/1981", ["claude gagnon"]),
        ("check on michel thibaul in rm 15", ["michel thibaul"]),  # one known word: lead and room both
        ("we talked with michel thibaul about it", []),  # one known word and neither lead nor tail
        ("la rose blanche est belle", []),
        ("we will ward off the flu", []),
        ("Merci pour votre aide", []),
    ],
    ids=["lead", "line-start-tail", "typo-lead-and-room", "typo-in-prose", "prose-fr", "prose-en", "thanks"],
)
def test_lower_case_full_name_shapes(text: str, found: list[str]) -> None:
    assert [name for _, _, name in lower_case_full_names(text, [(0, len(text))])] == found


@pytest.mark.parametrize(
    ("subject", "body", "evidence"),
    [
        ("Transfert de suivi", "Bonjour Hélène,\nLapointe Sylvie, G2P1, 30 sem. Diabète gestationnel sous insuline.\n"
                               "-- \nMarie Carrière\nconseillère qualité", "diagnosis"),
        ("Suivi", "Dossier de Marie Roy, DDN 06/05/75.", "date_of_birth"),
        ("peds", "Patient Michel Thibault, dob 20100809, type 1 diabetes.", "date_of_birth"),
        ("TR: résultat", "Valeur critique J. Fortin # DOS-552144 : troponine 388 ng/L ce matin.", "mrn"),
        ("Bergeron Yves - crossmatch positive", "Appelle-moi dès que possible.", "lab_result"),
        ("Transport", "Bonjour,\nVoici la liste de transport adapté pour la semaine.\n"
                      "Nom;Prénom;Adresse;Téléphone;Mobilité\n"
                      "ROY;Ginette;12 rue des Pins, Laval;450-555-0101;fauteuil roulant\n"
                      "BÉLANGER;Marc;88 rue Cartier, Laval;450-555-0177;civière", "patient_contact"),
        ("Interprète", "Demande d'interprète\nPatient : M. Ali Haddad\nHosp# H0671234\nLangue : arabe", "mrn"),
        ("Transport adapté", "Transport adapté demandé pour Léo Martin (fauteuil roulant) le 3 mars à 8h.\n"
                             "Adresse : 120, rue des Lilas, Laval H7E 1A1\nDestination : CME, 2e étage.",
         "patient_contact"),
    ],
    ids=["signer-surname-is-a-genre-word", "yy-date-closing-its-sentence", "year-first-compact-after-label",
         "chart-word-prefix", "crossmatch-verdict", "transport-list-mobility-column",
         "hospital-number-label", "transport-to-an-acronym-that-is-a-genre-word"],
)
def test_patients_written_with_labels_and_columns(subject: str, body: str, evidence: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert confidential and evidence in counted


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Horaire période 4", "Bonjour,\nVoici l'horaire de l'unité d'hémodialyse.\n"
                              "Nom                 Titre  Lun  Mar  Mer  Jeu  Ven\n"
                              "Roy Julie           inf.   J    S    N    -    J\n"
                              "Caron Marc          PAB    -    J    J    S    N\n"),
        ("CHU Info", "Kudos\nSarah Nguyen and the oncology team celebrated 500 chemotherapy treatments.\n"
                       "Research\n212 participants enrolled in our diabetes trials."),
        ("Merci", "Marc Gagnon et toute l'équipe de l'hémodialyse vous remercient pour votre appui."),
        ("diabetes clinic", "hi jean roy, the diabetes clinic meeting moves to Thursday."),
        ("Budget", "Hosp. 2026 : budget 1234567 approuvé pour l'hémodialyse."),
        ("Offre de carrière", "Poste en hémato-oncologie (leucémie, lymphome). Contact : Mme Julie Caron, RH."),
        # Staff lists a signer's family name ("Carrière") had made newsletters by chance: read for what they are.
        ("Formations", "Suivi des formations de l'unité :\n- Lucie Carrière : chimio manipulation sécuritaire ✔\n"
                       "- Marc Dion : PICC renewal due\n- Ana Silva : insuline module à compléter\n"),
        ("Garde bloc 4", "Résidents,\nlun  Karine Roy (R2)  HD  clinic AM\nmar  Paul Tran (R3)  urgence\n"
                         "mer  Lise Caron (PGY-1)  NICU\n--\nJulie Fortin\nAgente administrative\n"
                         "Centre de dialyse Lachine"),
        ("CIUSSS Weekly", "Kudos\nAnna Roy and the dialysis team celebrated 1,000 home treatments.\n"
                          "Communications, 3750 avenue des Pins, Montréal QC H3T 0A0"),
    ],
    ids=["schedule-weekday-columns", "kudos-newsletter", "name-and-the-team", "lower-case-greeting-topic",
         "hosp-year-is-no-chart-label", "career-posting", "training-compliance-list", "resident-call-schedule",
         "newsletter-named-by-period-and-its-address"],
)
def test_staff_and_newsletters_stay_harmless(subject: str, body: str) -> None:
    confidential, _ = inspect_text(body, subject)
    assert not confidential


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        ("Dossier de Marie Roy, DDN 06/05/75.", "mrn"),  # a birth-date label is no site prefix
        ("Patient Michel Thibault, dob 20100809, diabetes.", "mrn"),  # the label's digits are the date
    ],
    ids=["ddn-is-no-prefix", "dob-digits-are-no-chart-number"],
)
def test_birth_dates_are_not_chart_numbers(body: str, absent: str) -> None:
    _, counted = inspect_text(body, "Suivi")
    assert absent not in counted and "date_of_birth" in counted
