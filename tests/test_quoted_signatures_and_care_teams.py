"""Causes found in corpus_heldout_25 and _26 (written blind, read in session 10), tested here in other words.

Patients: a blood bank request "pour MERCIER, Kevin ..., groupe O-, Hb 72" (a blood group is no topic heading);
neutrophils and platelets written short ("neutros 0,6, plaq 60"), a creatinine clearance ("ClCr 41 mL/min"); a
family meeting ("rencontre familiale") and a transfer to a palliative care home; haematology abbreviations; a
violent partner; a relative's funeral is no memorial of the named patient ("can't make RT (brother's funeral)"),
and a course of treatment is a care context for a phone number; a sign-out led by "5-12A" with ages written "55y";
surgical margins with their verdict.

Nobody's patients: the people and places of a quoted message's signature ("> -- ", "> Kingston General"); a clock's
seconds and time zone ("09:36:57 -0500") are no chart number; a Subject's "PO BC-44605" is no name; a list of asset
tags where one passes the NAM's checks by chance.
"""

from __future__ import annotations

import pytest
from conftest import inspect_text

from sentinelle.classifiers.recognizers.patient_name._weighing import _signature_end


@pytest.mark.parametrize(
    ("subject", "body", "evidence"),
    [
        ("Demande CGR", "Banque de sang,\nDemande 2 culots pour GAUTHIER, Sonia #4412093, groupe A+, Hb 68. "
                        "Transfusion demain 8h.", "lab_result"),
        ("Report C3", "FSC ce matin pour M. Ouellet (H-204417) : neutros 0,8, plaq 55. On reporte le C3.",
         "lab_result"),
        ("Dose", "Pour Mme Lavallée : ClCr estimée 38 mL/min, on réduit le carboplatine.", "lab_result"),
        ("Invitation", "Rencontre familiale - Roy Denise (S4411223)\nDiscussion du niveau de soins et transfert en "
                       "maison de soins palliatifs.", "diagnosis"),
        ("Suivi", "Mme Caron (81124455), en traitement pour LMC, conjoint violent : ne pas divulguer l'adresse.",
         "social_information"),
        ("RT", "Hi,\nNora Blais called, can't make RT on Tuesday (her mother's funeral). Can we move it? "
               "Cell 819-555-0144.", "patient_contact"),
        ("signout", "Sign-out, gen surg:\n4-10B  Whitfield J, 62y  perforated appendix  - IV abx\n"
                    "4-12  Morrow K, 48y  small bowel obstruction  - NG, NPO", "diagnosis"),
        ("re: Ahmed Haines", "Path came back, margins positive. Needs re-excision next week.", "lab_result"),
    ],
    ids=["fr-blood-group-is-no-topic", "fr-neutros-plaq", "fr-clcr", "fr-family-meeting-palliative-home",
         "fr-haematology-abbreviation-violent-partner", "en-relatives-funeral-treatment-phone",
         "en-signout-floor-room-bed-age-y", "en-margins-positive"],
)
def test_patients_of_oncology_and_surgery_mail(subject: str, body: str, evidence: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert confidential and evidence in counted and "patient_name" in counted


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Re: Patient experience", "Resending.\nOn Thu, 26 Nov 2026 07:43:34 -0500, Lisa Chen <lchen@x.example> "
                                   "wrote:\n> Patient survey Q3: 91% would recommend; lowest on discharge info.\n>\n"
                                   "> -- \n> Lisa Chen, MRT(R)\n> Kingston General Hospital\n"
                                   "> 410 Lakeview Crescent, Kingston ON  K7L 9Z9\n"),
        ("RE: DI volumes", "Bumping this.\nAaron Feldman, PT\nOn Mon, 09 Nov 2026 09:36:57 -0500, Aaron Feldman, PT "
                           "<af@x.example> wrote:\n> Volumes attached: CT 1965 exams, median wait 57 days."),
        ("PO BC-44605", "Purchase order attached for the chemo day unit (nitrile gloves for chemotherapy)."),
        ("Inventaire GBM", "Étiquettes GBM à calibrer :\nPOMP13063194  pompe PCA\nMONI20098590  moniteur\n"
                           "FAUT19082190  fauteuil de traitement\nINFU10119785  pompe"),
    ],
    ids=["en-quoted-signature", "en-time-zone-is-no-chart", "en-purchase-order-subject", "fr-asset-tags"],
)
def test_quoted_signatures_and_codes_are_nobodys_patients(subject: str, body: str) -> None:
    confidential, _ = inspect_text(body, subject)
    assert not confidential


def test_a_quoted_signature_block_runs_through_its_quoted_lines() -> None:
    text = "Merci\n> -- \n> Lisa Chen\n> Imaging\nNew paragraph about Jean Roy"
    opener_end = text.index("> -- ") + len("> --")
    assert text[opener_end : _signature_end(text, opener_end)].rstrip().endswith("> Imaging")
