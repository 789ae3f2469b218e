"""Causes found in corpus_heldout_12 and corpus_heldout_16 (read in session 10), tested here in other words.

Patients: a ride or a booking asked "pour R. Morin"; an age written "y/o" or in parentheses ("(54 y/o, rm 210)");
an initial and a surname before "née le"; a possessive before a piece of care ("Dana Kerr's CT scan"); "Best number:"
as a personal phone's label; a relative's given name the list lacks ("your father Wei Zhang"); an ambiguous
abbreviation right before the word "diagnosis" ("the PE diagnosis is confirmed"); clozapine monitoring ("NAN à 1,4",
"clozapinémie", "ANC 0.9"); a case conference's invitation (no conference programme), its attendees listed after
what it is about; a home lost ("losing her housing", "shelter needed").

Nobody's patients: a colleague who covers a clinic ("c'est X qui couvre la clinique..."), whose clinic "is covered
by" another; a public figure named by occupation ("broadcaster Rebecca Reid"); a committee or council after the
word "Patient"; aides and assistants of a bed assignment ("+ PAB Lise Tremblay"); the author of an attached
message, who signs it with a credential. Near misses keep the patient: custody shared ("la garde partagée") is no
caseload, a patient who signs without a credential is no correspondent.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
import re2
from conftest import inspect_text, shipped_classifier

from sentinelle.classifiers.extractors._common import Budget
from sentinelle.classifiers.extractors.ics import extract_calendar
from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.recognizers._base import _fold_context
from sentinelle.classifiers.recognizers.patient_name._cues import _topic_use
from sentinelle.classifiers.recognizers.patient_name._staff import StaffNames
from sentinelle.classifiers.recognizers.patient_name._triggers import GENRE, genre_said


@pytest.mark.parametrize(
    ("subject", "body", "evidence"),
    [
        ("Transport", "Bonjour,\nTaxi réservé svp pour L. Gendron\nDépart : 1450 rue des Érables, Laval\n"
                      "Hémodialyse mar-jeu-sam 6 h 45, marchette.", "patient_contact"),
        ("Rides", "Hi,\nAppointment booked for K. Walsh\nPick-up: 42 Pine Street, Kingsford\nOxygen 2 L for COPD.",
         "patient_contact"),
        ("SW", "FYI re Anita Kerr (33 y/o, rm 210): losing her housing at month end.\nWill call the CLSC.",
         "social_information"),
        ("SW", "Re T. Fisher (54 y/o, bed 12): partner incarcerated, no income since June.", "social_information"),
        ("Consultation", "Consultation en cardiologie pour P. Lavoie, née le 1948-03-02.\nACFA nouvelle, "
                         "apixaban débuté.", "date_of_birth"),
        ("CT", "Can we reschedule Dana Kerr's CT scan to Friday? She is in Florida until then.\nBest number: "
               "613-555-0172", "patient_contact"),
        ("Bloodwork", "Please rebook J. Arsenault's bloodwork, DOB 1961-05-09, he missed Monday.", "date_of_birth"),
        ("Update", "Dear Lin,\nAs discussed, your father Wei Zhang is comfortable today. The AF diagnosis is "
                   "confirmed; we start anticoagulation.", "diagnosis"),
        ("Update", "Dear Mrs. Gill,\nYour husband Ravi Kumar is stable. The PE diagnosis is confirmed on the CT.",
         "diagnosis"),
        ("Tremblay, Lucie - suivi", "NAN à 1,4 ce matin : on cesse la clozapine et on recontrôle jeudi.", "lab_result"),
        ("Fraser, Paul - clozapine", "ANC 0.9 today, dose held, repeat CBC tomorrow.", "lab_result"),
        ("Côté, Marc - suivi", "Clozapinémie à 1350 hier soir, on diminue la dose.", "lab_result"),
        ("SW", "FYI re K. Mensah (29 y/o, rm 118): undocumented, uninsured; sees the clinic nurse.",
         "social_information"),
        ("Signalement", "Je confirme le signalement concernant Léa Simard, née le 2015-04-02. Le père a la garde "
                        "partagée (une semaine sur deux); ecchymoses observées le 3 déc.", "date_of_birth"),
    ],
    ids=["fr-taxi-for-initial", "en-appointment-for-initial", "en-age-y/o", "en-initial-age-y/o",
         "fr-initial-birth", "en-possessive-ct-best-number", "en-initial-possessive-dob", "en-relative-unknown-given",
         "en-pe-diagnosis", "fr-nan", "en-anc", "fr-clozapinemie", "en-immigration-status",
         "fr-shared-custody-is-no-caseload"],
)
def test_patients_as_care_requests_name_them(subject: str, body: str, evidence: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert confidential
    assert "patient_name" in counted and evidence in counted


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Couverture", "Bonjour,\nPendant le congé de Roy, c'est Martine Lebel qui couvre la clinique des troubles "
                       "anxieux et du trouble bipolaire. Les demandes de TCC passent par Gagnon."),
        ("Colleague away", "Hi team,\nJulie Fortin will be off three weeks for shoulder surgery. Her clinic is "
                           "covered by Nadeau. A card is at the desk."),
        ("Campagne", "Notre porte-parole, la comédienne Sophie Marois, qui vit avec la sclérose en plaques, lance la "
                     "campagne annuelle de la Fondation."),
        ("Campagne", "Notre porte-parole, l’animatrice Lise Gagné, qui a parlé de son combat contre le cancer du "
                     "sein, lance la campagne « Ensemble »."),
        ("Coverage", "While De Smet is away, Anna Van der Berg will cover the psychosis and eating-disorders clinics."),
        ("Campaign", "Our ambassador, broadcaster Rebecca Reid, who speaks openly about living with type 1 diabetes, "
                     "opens the gala."),
        ("Stroke unit", "said Helen Park, Director of Quality & Patient Safety. Dr. Rachel Goldberg added that "
                        "stroke thrombolysis times fell to 38 minutes this year."),
        ("Assignation 4S nuit", "Lits 1-8 : Nadia Roy (inf.) + PAB Claude Martel\nLits 9-16 : Hugo Paré (inf.) + "
                                "PAB Josée Leclerc\nAssistante : Mathieu Bergeron. 1 isolement contact (SARM)."),
    ],
    ids=["fr-covers-the-clinic", "en-clinic-covered-by", "fr-spokesperson-actress", "fr-typographic-apostrophe",
         "en-particle-surname-covers", "en-broadcaster",
         "en-patient-safety-then-a-name", "fr-aides-of-a-bed-assignment"],
)
def test_colleagues_and_public_figures_are_nobodys_patients(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert not confidential and "patient_name" not in counted


_BUDGET = Budget(max_bytes=10**6, max_ratio=100.0, max_members=10, max_chars=10**6)


def _with_attached(subject: str, attached_from: str, attached_body: str) -> bytes:
    inner = EmailMessage()
    inner["From"] = attached_from
    inner["To"] = "Comité <comite@chu-exemple.example>"
    inner["Subject"] = subject
    inner.set_content(attached_body)
    outer = EmailMessage()
    outer["From"] = "Brian Henderson <b.henderson@chu-exemple.example>"
    outer["To"] = "partenaire@clinique.example"
    outer["Subject"] = "Fwd: " + subject
    outer.set_content("Forwarding - original attached.\nBrian")
    outer.add_attachment(inner)
    return outer.as_bytes()


def test_the_author_of_an_attached_message_who_signs_with_a_credential_is_a_correspondent() -> None:
    raw = _with_attached("Bulletin clinique - diabète de type 2", "Nadia Chartier <n.chartier@chu-exemple.example>",
                         "BULLETIN CLINIQUE\nCe mois-ci : le diabète de type 2, 1 adulte sur 10.\n\n-- \n"
                         "Nadia Chartier, pharmacienne\nCHU Exemple\n")
    result = shipped_classifier().inspect(parse_message(raw))
    assert not result.confidential
    assert not [f for f in result.findings if f.type == "patient_name" and f.confidence >= 0.6]


@pytest.mark.parametrize(
    ("text", "signer"),
    [("Merci.\n-- \nLinda Smith, RPh\nPharmacy", True), ("Merci.\r\n--\r\nJean-Luc Roy, inf.\r\n", True),
     ("J'ai encore mal.\n-- \nGilles Roy\n", False), ("Linda Smith, RPh\n", False),
     ("-- \nLinda Smith, RPh\n", True)],
    ids=["credential-after-delimiter", "crlf-no-space", "no-credential", "no-delimiter", "delimiter-opens-the-text"],
)
def test_who_signs_a_part_with_a_credential_is_staff_everywhere(text: str, signer: bool) -> None:
    staff = StaffNames().with_titled([text])
    name = "Linda Smith" if "Linda" in text else "Jean-Luc Roy" if "Jean-Luc" in text else "Gilles Roy"
    assert staff.covers(name) is signer


def test_an_invitation_says_what_it_is_about_before_who_attends() -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:1@x.example\r\n"
        "DTSTAMP:20261102T090000Z\r\nDTSTART:20261115T133000Z\r\nSUMMARY:Case conference - Roy\\, Denise\r\n"
        + "".join(f"ATTENDEE;CN=Staff {i}:mailto:staff{i}@x.example\r\n" for i in range(4))
        + "DESCRIPTION:Discharge planning. Lives alone\\, on parole. DOB 1951-02-03.\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    text = "\n".join(piece.text for piece in extract_calendar(ics, "utf-8", _BUDGET).pieces)
    assert text.index("Description:") < text.index("Attendee:")
    message = EmailMessage()
    message["From"] = "Wei Chen <wei.chen@x.example>"
    message["To"] = "info@homecare.example"
    message["Subject"] = "Invitation: case conference"
    message.set_content("Please accept - details in invite.")
    message.add_attachment(ics, maintype="text", subtype="calendar", filename="invite.ics")
    result = shipped_classifier().inspect(parse_message(message.as_bytes()))
    assert result.confidential and "name_near_dob" in result.reasons


@pytest.mark.parametrize(
    ("text", "said"),
    [("Case conference - Roy, Denise", False), ("Conférence de cas : M. Roy", False),
     ("Conférence familiale jeudi", False), ("Conférence annuelle sur le diabète", True),
     ("Keynote: heart failure", True)],
)
def test_a_case_conference_is_no_conference_programme(text: str, said: bool) -> None:
    hits = [m.span() for m in re2.compile(GENRE.pattern).finditer(text)]
    assert genre_said(text, hits) is said


@pytest.mark.parametrize(
    ("text", "term", "topic"),
    [("la clinique des troubles anxieux et du trouble bipolaire.", "trouble bipolaire", True),
     ("the clinic for anxiety and the bipolar disorder", "bipolar disorder", True),
     ("elle fait de l'anxiété et un trouble bipolaire.", "trouble bipolaire", False)],
)
def test_a_clinic_names_each_item_it_lists(text: str, term: str, topic: bool) -> None:
    start = text.index(term)
    assert _topic_use(text, start, start + len(term)) is topic


@pytest.mark.parametrize(
    ("text", "folded"),
    [("l\u2019animatrice", "l'animatrice"), ("d\u2019accueil – «\u00a0cœur\u00a0»", "d'accueil - \" coeur \""),
     ("Ordinary ASCII", "ordinary ascii")],
)
def test_context_windows_keep_typographic_apostrophes_as_word_boundaries(text: str, folded: str) -> None:
    assert _fold_context(text) == folded
