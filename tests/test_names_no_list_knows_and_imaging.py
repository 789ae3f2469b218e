"""Causes found in corpus_heldout_83 (medical imaging, a private imaging clinic) and _85 (northern and Indigenous
health: nursing stations, medevac, boarding homes), written blind and read in session 18, tested here in other words.

Patients whose given and family names no list knows (Inuit, Cree, Innu, Atikamekw names; Faker's locales have none
of them), found by the shape around the name: a family name in capitals beside the given name ("MIANSCUM Jimmy,
58 ans"); an adverb before the care verb ("is still hospitalised"); a treatment the person started ("a débuté
l'insuline"); a French roster's age ("(52 a)"); gravida and para after "Surname, Given"; a patient who gives their
own name and writes of their own care; a home visit to someone; the index case of a contact tracing; an initial and
an unknown family name opening a terse clinical line; a family name in capitals beside a listed given name in a file
name, or a family name, an initial and a chart number. Vocabulary: tuberculosis written "TB" with the words that say
which TB, IGRA and QuantiFERON with a verdict, an abscess by its site, an arterial dissection, a suicide risk.

Nobody's patients: a conference programme's physician after "child abuse" (NER's person with a title); an
invoice's amount with two decimals beside "Tubulures patient"; an Elder's testimony in a training programme; a
nurse who introduces herself and writes of her patient; a speaker who "will present on insulin pumps"; a new
post in the dialysis unit; a storage disk of 4 TB.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from conftest import inspect_mail, inspect_text

from sentinelle.classifiers.types import DIAGNOSIS, LAB_RESULT, MRN, PATIENT_NAME


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour,\n\nJe vous adresse MIANSCUM Jimmy, 58 ans, pour une MPOC exacerbée.\n\nMerci",
        "Please see Putulik SAPPA, né le 1962-04-03, for his type 2 diabetes follow-up.",
        "Elisapee Nakoolak is still hospitalised for pneumonia; family informed.",
        "Tommy Echaquan est présentement hospitalisé pour une pneumonie.",
        "Jimmy Mianscum started chemo on Monday for his lymphoma.",
        "Putulik Sappa a débuté l'insuline la semaine dernière : glycémie 16,2 mmol/L.",
        "Liste de la fin de semaine :\n2. Nakoolak, Elisapee (52 a) : insuffisance cardiaque\n"
        "3. Tommy Echaquan (8 a) : otite moyenne aiguë",
        "Sappa, Annie, G3P2, 31 semaines : prééclampsie, TA 158/102.",
    ],
    ids=["capitals-first-age", "capitals-after-birth-label", "adverb-hospitalised", "presentement-hospitalise",
         "started-chemo", "a-debute-insuline", "roster-age-in-a", "gravida-para"],
)
def test_a_name_no_list_knows_said_of_a_patient(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential, counted
    assert PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    "body",
    [
        "Diane Roy a commencé son nouveau poste au service de dialyse lundi.",
        "Agenda:\n- J.Smithers will present on insulin pumps\n- A.Review of the diabetes protocol",
        "Le nouveau serveur PACS de 4 TB est installé; la salle de radiologie reste ouverte.",
        "Reminder: the ED is still busy; pneumonia cases up 12 % this week.",
    ],
    ids=["new-post-in-dialysis", "agenda-speaker", "storage-terabytes", "aggregate"],
)
def test_staff_agendas_and_aggregates_stay_harmless(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential, counted


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Bonjour, je m'appelle Elisapee Nakoolak. Je tousse depuis deux semaines et je fais de la fièvre la nuit.",
         True),
        ("Hello, this is Jimmy Mianscum. I've been coughing for two weeks and my fever comes back at night.", True),
        ("Bonjour, ici Julie Martin, infirmière au dispensaire. Mon patient fait de la fièvre depuis hier.", False),
        ("C'est Marc Gagnon qui présentera la nouvelle politique sur la fièvre post-opératoire.", False),
    ],
    ids=["je-m-appelle", "this-is", "nurse-about-her-patient", "presenter"],
)
def test_a_patient_who_gives_their_own_name(body: str, expected: bool) -> None:
    confidential, counted = inspect_text(body)
    assert confidential is expected, counted


@pytest.mark.parametrize(
    "body",
    [
        "Visite à domicile chez Putulik Sappa ce matin : plaie de pression au sacrum, pansement refait.",
        "Cas index : Tommy Echaquan — tuberculose pulmonaire, 9 occupants dans la maison.",
        "index_case;contact;TST_mm\nJimmy Mianscum;Annie Sappa;12\nTB active confirmed on culture.",
        "pour demain :\n- P.Sappa glycémie 22 mmol/L, insuline à ajuster\n- E.Nakoolak INR 5,1 -> warfarine suspendue",
    ],
    ids=["home-visit-chez", "cas-index", "index-case-column", "initial-and-unknown-surname"],
)
def test_whom_a_visit_a_tracing_or_a_terse_line_is_about(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential, counted
    assert PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("M. Gaston Roy : TB pulmonaire bacillifère, isolement respiratoire.", DIAGNOSIS),
        ("Mr. Gary Wolfe has latent TB; isoniazid started.", DIAGNOSIS),
        ("Mme Lina Roy : IGRA positif, radiographie pulmonaire normale.", LAB_RESULT),
        ("M. Paul Roy : abcès hépatique drainé hier.", DIAGNOSIS),
        ("Mme Anne Roy : dissection aortique de type B.", DIAGNOSIS),
        ("M. Eric Roy : risque suicidaire élevé, garde en établissement.", DIAGNOSIS),
    ],
    ids=["tb-pulmonaire", "latent-tb", "igra-positif", "abces-hepatique", "dissection-aortique", "risque-suicidaire"],
)
def test_tuberculosis_abscesses_dissections_and_suicide_risk(body: str, kind: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential, counted
    assert kind in counted, counted


def _scan(file_name: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Archives <archives@dispensaire.example>"
    message["To"] = "Dre Roy <roy@partenaire.example>"
    message["Subject"] = "Document reçu"
    message.set_content("Voir la pièce jointe.")
    message.add_attachment(b"%PDF-1.4\n%%EOF\n", maintype="application", subtype="octet-stream", filename=file_name)
    return message.as_bytes()


@pytest.mark.parametrize(
    ("file_name", "expected", "kind"),
    [
        ("Biopsie_carcinome_MIANSCUM_Louise.pdf", True, PATIENT_NAME),
        ("Eval_risque_suicidaire_Sappa_P_HX-552310.pdf", True, MRN),
        ("Biopsie_carcinome_PROTOCOLE_2025.pdf", False, ""),
        ("Formulaire_IGRA_CISSS_version_3.pdf", False, ""),
    ],
    ids=["capitals-and-listed-given", "surname-initial-chart", "protocol", "blank-form"],
)
def test_a_file_name_with_a_family_name_in_capitals_or_an_initial_before_the_chart(
    file_name: str, expected: bool, kind: str
) -> None:
    confidential, counted = inspect_mail(_scan(file_name))
    assert confidential is expected, counted
    if expected:
        assert kind in counted or PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    "body",
    [
        "Journée régionale d'imagerie\n08:30 Dr. Julie Lacasse – Paediatric radiology and child abuse\n"
        "09:20 Dr. Marc Joly – Incidental lung nodules: Fleischner guidelines\n10:10 Dr. Ann Roy – Pulmonary embolism",
        "6 x Tubulures patient 250 cm x 100 @ 450.00 $ = 2700.00 $ (LOT B83664)\nTotal : 5484.31 $",
        "Au programme :\n- la tuberculose au Nord : mémoire des sanatoriums\n"
        "- témoignage et échange avec Elder Jimmy Mianscum\nLa formation est obligatoire pour le personnel.",
    ],
    ids=["programme-physician-after-child-abuse", "invoice-amount", "elder-testimony"],
)
def test_programmes_invoices_and_training_name_nobodys_patient(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential, counted


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Result CAMPBELL Derek: IGRA (QuantiFERON) positive at 3.12 IU/mL", LAB_RESULT),
        ("Mme Lise Roy : troponine (hs) 1 210 ng/L ce matin.", LAB_RESULT),
        ("RE: Refill carboplatin-pemetrexed (cycle 2 planned) for Putulik Sappa", PATIENT_NAME),
        ("Renouvellement d'ordonnance pour Elisapee Nakoolak : metformine 500 mg BID.", PATIENT_NAME),
    ],
    ids=["test-alias-in-parentheses", "troponine-hs", "refill-for", "renouvellement-pour"],
)
def test_a_tests_alias_before_its_value_and_a_refill_asked_for_someone(body: str, kind: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential, counted
    assert kind in counted, counted


def test_a_standing_order_names_nobody() -> None:
    confidential, counted = inspect_text("Ordonnance collective pour les infirmières : insuline selon le protocole.")
    assert not confidential, counted
