"""Attachments and parts not read before (issue 10 item 6): iCalendar, vCard, and CSV whatever its
extension, encoding and delimiter, with each value next to its column header."""

from __future__ import annotations

import codecs

import pytest

from sentinelle.classifiers.config import Limits
from sentinelle.classifiers.extract import in_process_only
from sentinelle.classifiers.extractors import sniff
from sentinelle.classifiers.parse import parse_message
from tests import extract_fixtures as fx
from tests.extract_fixtures import NAM, PATIENT, confidential, run, texts

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Exemple//FR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
    "UID:evt-1@exemple\r\nDTSTAMP:20260101T120000Z\r\nDTSTART:20260110T140000Z\r\n"
    f"SUMMARY:Suivi {PATIENT} Zoubida - insuffisance r\u00e9nale chron\r\n ique\r\n"
    f"DESCRIPTION:NAM {NAM}\\, h\u00e9modialyse mardi\\nApporter la liste des m\u00e9dicaments\r\n"
    "LOCATION:Unit\u00e9 de dialyse\\, salle 3\r\n"
    f'ATTENDEE;CN="Zoubida {PATIENT}";ROLE=REQ-PARTICIPANT:mailto:zt@exemple.example\r\n'
    "ORGANIZER;CN=Dre Exemple:mailto:medecin@clinique.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

VCARD = (
    f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoubida {PATIENT}\r\nN:{PATIENT};Zoubida;;;\r\nBDAY:1980-01-01\r\n"
    "ADR;TYPE=home:;;12 rue des \u00c9rables;Montr\u00e9al;QC;H1A 1A1;Canada\r\nTEL;TYPE=home:514-555-0199\r\n"
    f"NOTE:NAM {NAM} - transport adapt\u00e9 pour dialyse\r\nEND:VCARD\r\n"
)


@pytest.mark.parametrize(("name", "ctype"), [("invitation.ics", "text/calendar"), ("x.dat", "application/octet-stream"),
                                             ("", "text/calendar")])
def test_icalendar_summary_description_location_and_attendees(name: str, ctype: str) -> None:
    part = fx.attachment(ICS.encode(), name, ctype) if name else fx.text_part(ICS, "calendar")
    result = run(fx.message(fx.text_part("Invitation"), part))
    (text,) = [t for loc, t in texts(result).items() if loc != "subject" and "Summary" in t]
    assert f"Summary: Suivi {PATIENT} Zoubida - insuffisance rénale chronique" in text  # RFC 5545 unfolded
    assert f"Description: NAM {NAM}, hémodialyse mardi\nApporter" in text
    assert "Location: Unité de dialyse, salle 3" in text
    assert f"Attendee: Zoubida {PATIENT} <zt@exemple.example>" in text
    assert "Organizer: Dre Exemple <medecin@clinique.example>" in text
    assert "evt-1" not in text and "PRODID" not in text.upper()
    assert not result.findings


def test_an_invitation_naming_the_patient_and_the_diagnosis_is_confidential() -> None:
    assert confidential(fx.message(fx.text_part("Invitation"), fx.attachment(ICS.encode(), "rdv.ics", "text/calendar")))


def test_vcard_names_birthday_home_address_and_phone() -> None:
    result = run(fx.message(fx.attachment(VCARD.encode(), "contact.vcf", "text/vcard")))
    text = texts(result)["attachment:contact.vcf"]
    for line in (f"Name: Zoubida {PATIENT}", f"N: Zoubida {PATIENT}", "Date of birth: 1980-01-01",
                 "Adr (home): 12 rue des Érables Montréal, QC H1A 1A1 Canada", "Tel (home): 514-555-0199",
                 f"Note: NAM {NAM}"):
        assert line in text, (line, text)
    assert not result.findings


def test_malformed_calendar_is_read_as_unfolded_text() -> None:
    broken = "BEGIN:VCALENDAR\r\nSUMMARY:Suivi " + PATIENT[:5] + "\r\n IENT\r\nBEGIN:VEVENT\r\n"
    text = texts(run(fx.message(fx.attachment(broken.encode(), "b.ics", "text/calendar"))))["attachment:b.ics"]
    assert f"Suivi {PATIENT[:5]}IENT" in text


ROWS = [["Nom", "Prénom", "DDN", "No dossier", "NAM"],
        ["MORIN", "Ginette", "1950-03-04", "S6139100", NAM],
        [PATIENT, "Zoubida", "1980-01-01", "H-1234567", "TREZ 8001 0111"]]


def csv_bytes(delimiter: str, encoding: str, rows: list[list[str]] = ROWS) -> bytes:
    text = "\r\n".join(delimiter.join(row) for row in rows) + "\r\n"
    if encoding == "utf-8-bom":
        return codecs.BOM_UTF8 + text.encode("utf-8")
    if encoding == "utf-16":  # Excel's "Unicode text": UTF-16LE with a byte-order mark
        return text.encode("utf-16")
    return text.encode(encoding)


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-bom", "utf-16", "utf-16-le", "cp1252"])
@pytest.mark.parametrize(("name", "ctype"), [("patients.csv", "text/csv"), ("export.txt", "text/plain"),
                                             ("liste", "application/octet-stream")])
def test_csv_whatever_its_extension_encoding_and_delimiter(delimiter: str, encoding: str, name: str,
                                                           ctype: str) -> None:
    raw = fx.message(fx.text_part("Liste ci-jointe"), fx.attachment(csv_bytes(delimiter, encoding), name, ctype))
    text = texts(run(raw))[f"attachment:{name}"]
    assert f"Nom: MORIN; Prénom: Ginette; DDN: 1950-03-04; No dossier: S6139100; NAM: {NAM}" in text, text
    assert f"Nom: {PATIENT}; Prénom: Zoubida; DDN: 1980-01-01" in text
    assert text.splitlines()[0] == "Nom; Prénom; DDN; No dossier; NAM"


def test_csv_without_header_keeps_its_cells() -> None:
    rows = [["701", "MORIN", "Ginette", "IRA sur IRC"], ["702", "GAGNON", "Lucie", "FA"],
            ["703", "ROY", "Paul", "MPOC"]]
    text = texts(run(fx.message(fx.attachment(csv_bytes(";", "utf-8", rows), "liste.csv", "text/csv"))))
    assert text["attachment:liste.csv"].splitlines()[0] == "701; MORIN; Ginette; IRA sur IRC"


def test_a_body_with_semicolons_is_not_a_table_but_a_named_text_file_can_be() -> None:
    body = "Bonjour; voici;\nla liste; demandée;\n"
    assert sniff.sniff(body.encode(), "text/plain", "") == sniff.TEXT
    assert sniff.sniff(body.encode(), "text/plain", "notes.txt") == sniff.CSV
    prose = "Bonjour, comment allez-vous?\nMerci, bonne journée.\n".encode()
    assert sniff.sniff(prose, "text/plain", "a.txt") == sniff.TEXT


def test_csv_calendar_and_vcard_are_read_in_process() -> None:
    raw = fx.message(fx.attachment(csv_bytes(";", "utf-8"), "p.csv", "text/csv"),
                     fx.attachment(ICS.encode(), "r.ics", "text/calendar"),
                     fx.attachment(VCARD.encode(), "c.vcf", "text/vcard"))
    assert in_process_only(parse_message(raw)) is True


def test_a_long_csv_is_cut_and_reported() -> None:
    rows = [ROWS[0]] + [["MORIN", "Ginette", "1950-03-04", f"S{i:07d}", NAM] for i in range(2000)]
    result = run(fx.message(fx.attachment(csv_bytes(";", "utf-8", rows), "p.csv", "text/csv")),
                 Limits(max_segment_chars=10_000))
    assert [(f.location, f.excerpt) for f in result.findings] == [("attachment:p.csv", "size_limit")]


def test_vcard_text_after_an_unescaped_comma_is_kept() -> None:
    """vobject keeps only the first item of "NOTE:Post-partum J3, allaitement difficile": the rest is read raw."""
    card = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ava Example\r\nTEL;TYPE=CELL:450-555-0101\r\n"
            "NOTE:Post-partum J3, allaitement difficile\r\nEND:VCARD\r\n")
    text = texts(run(fx.message(fx.attachment(card.encode(), "c.vcf", "text/vcard"))))["attachment:c.vcf"]
    assert "allaitement difficile" in text and "Tel (cell): 450-555-0101" in text and "Name: Ava Example" in text


# A care worker's card: a name, a home telephone and address, a dialysis unit in the note. Without ORG, TITLE or
# ROLE it is a person's card (a patient's, for home care); with one of them it is a business card.
HOME_CARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Haddock;Michelle;;;\r\nFN:Michelle Haddock\r\n{extra}"
             "TEL;TYPE=HOME,VOICE:(514) 555-0425\r\nADR;TYPE=HOME:;;2200 boul. Industriel\\, Laval QC;;;;\r\n"
             "NOTE:Suivi en hémodialyse - transport adapté\r\nEND:VCARD\r\n")


@pytest.mark.parametrize("extra", ["ORG:MediSource Inc.;Ventes\r\n", "TITLE:Représentante territoriale\r\n",
                                   "ROLE:Infirmière de liaison\r\n"], ids=["org", "title", "role"])
def test_a_business_card_is_read_as_a_signature_block(extra: str) -> None:
    card = HOME_CARD.format(extra=extra)
    message = fx.message(fx.text_part("Notre représentante, carte jointe."),
                         fx.attachment(card.encode(), "rep.vcf", "text/vcard"))
    text = texts(run(message))["attachment:rep.vcf"]
    assert text.startswith("-- \n") and "Name: Michelle Haddock" in text
    assert "['" not in text  # ORG's units joined as text, never a Python list
    assert not confidential(message)
    # The same card without its organisation, title or role is a person's: their home, their dialysis.
    personal = fx.message(fx.text_part("Carte jointe."),
                          fx.attachment(HOME_CARD.format(extra="").encode(), "c.vcf", "text/vcard"))
    assert not texts(run(personal))["attachment:c.vcf"].startswith("-- ")
    assert confidential(personal)


def test_a_business_card_never_swallows_a_persons_card_of_the_same_file() -> None:
    """A .vcf holding the liaison nurse's card first, then the patient's: the signature block the business card
    opens comes after the patient's card, whose home and dialysis stay a patient's."""
    cards = HOME_CARD.format(extra="ORG:CLSC du Littoral\r\n").replace("Michelle Haddock", "Line Brisson").replace(
        "Haddock;Michelle", "Brisson;Line") + HOME_CARD.format(extra="")
    message = fx.message(fx.text_part("Les deux cartes."), fx.attachment(cards.encode(), "cartes.vcf", "text/vcard"))
    text = texts(run(message))["attachment:cartes.vcf"]
    assert text.index("Name: Michelle Haddock") < text.index("-- \n") < text.index("Name: Line Brisson")
    assert confidential(message)
