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
from conftest import inspect_mail, inspect_text, scanned_file_mail

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
    confidential, counted = inspect_mail(scanned_file_mail(file_name, sender="Archives <archives@dispensaire.example>"))
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


# Round 2 of session 18: corpus_heldout_87 (a refugee and immigrant health clinic) and _89 (orthopaedics, fracture
# clinic, sports medicine), written blind and read.


@pytest.mark.parametrize(
    "body",
    [
        "Vue en clinique : Amina Halima YUSUF (UCI 2210-3344), trouble de stress post-traumatique.",
        "Je souhaite référer K. Haidari (DN : 3 mars 1979, Afghanistan) : trouble de stress post-traumatique.",
        "Bonjour,\nje suis Amir Haddadi, on m'a donné rendez-vous pour mes résultats et j'ai de la fièvre.",
        "Update on Gagnon Hugo (#12): ACL tear, reconstruction planned in March.",
    ],
    ids=["three-words-capitals-last-uci", "dn-in-parentheses", "je-suis", "acl-tear"],
)
def test_names_said_with_a_labelled_number_a_birth_label_or_their_own_words(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential, counted
    assert PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    ("file_name", "expected"),
    [
        ("IGRA_positif_OKONJO_Adaeze_2025-02-11.pdf", True),
        ("IGRA_positif_CISSS_Formulaire.pdf", False),
    ],
    ids=["capitals-and-unlisted-given", "form-of-an-organisation"],
)
def test_a_family_name_in_capitals_beside_a_given_name_no_list_knows(file_name: str, expected: bool) -> None:
    confidential, counted = inspect_mail(scanned_file_mail(file_name, sender="Archives <archives@dispensaire.example>"))
    assert confidential is expected, counted


def _card(name: str, card: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Bloc opératoire <bloc@hopital.example>"
    message["To"] = "Chirurgiens <chirurgiens@hopital.example>"
    message["Subject"] = "Nouveau représentant"
    message.set_content("Voici la carte de notre nouveau représentant pour les implants.")
    message.add_attachment(card.encode(), maintype="text", subtype="vcard", filename=name)
    return message.as_bytes()


def test_a_vendors_card_names_no_patient_in_its_file_name() -> None:
    card = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mathieu Gagnon\r\nN:Gagnon;Mathieu;;;\r\nORG:SpineCo Implants\r\n"
            "TITLE:Représentant - arthroplastie et fractures\r\nTEL;TYPE=work:450-555-0142\r\nEND:VCARD\r\n")
    confidential, counted = inspect_mail(_card("Mathieu Gagnon.vcf", card))
    assert not confidential, counted


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Jour | Salle 1 | Salle 2\nLundi | Marie Lavoie (arthroplastie) | Luc Bernier\n"
         "Mardi | Paul Fortin | Marie Lavoie (arthroplastie)\nMercredi | Luc Bernier | Paul Fortin\n", False),
        ("Rendez-vous de la semaine :\nLundi : Mme Carole Lavoie, suivi post-arthroplastie\n"
         "Mardi : M. Paul Fortin, fracture du poignet\nMercredi : Mme Anne Roy, consultation pour gonarthrose\n", True),
        ("Nouveau : gabarits de note pour arthroplastie, disponibles lundi. Formation obligatoire de 20 minutes.\n"
         "Soutien TI - poste 5555\nPaul Gagnon", False),
    ],
    ids=["or-block-allocation", "week-of-patient-appointments", "templates-for-arthroplasty"],
)
def test_a_weeks_staff_table_and_templates_are_no_patients(body: str, expected: bool) -> None:
    confidential, counted = inspect_text(body)
    assert confidential is expected, counted


def test_a_table_rows_word_and_counts_are_no_nam() -> None:
    confidential, counted = inspect_text("Pays\tDépistés\tIGRA+\tTB active\tPerdus\tTotal\nIran\t59\t12\t0\t5\t75\n"
                                         "Syrie\t41\t9\t1\t2\t53\n")
    assert not confidential, counted
    assert "ramq_nam" not in counted
    # ... but a NAM split into cells is still one ("SIME | 5809 | 2343": capitals, then groups of digits)
    assert "ramq_nam" in inspect_text("Lettres\tBloc 1\tBloc 2\nTREZ\t8001\t0111\n")[1]


def test_the_senders_initial_and_surname_sign_the_message() -> None:
    from conftest import outbound_mail

    body = "La salle 3 est réservée aux fractures de la hanche cette semaine.\n\nM. Novak"
    signed = outbound_mail("Mathieu Novak <mnovak@hopital.example>", "Chirurgiens <c@hopital.example>", "Horaire", body)
    confidential, counted = inspect_mail(signed)
    assert not confidential, counted
    other = outbound_mail("Julie Roy <jroy@hopital.example>", "Chirurgiens <c@hopital.example>", "Suivi",
                          "M. Novak, fracture de la hanche, opéré hier.")
    assert inspect_mail(other)[0]
