"""Tables whose column headers say what the cells are (issue 10, item 6): patient lists in CSV attachments,
HTML tables, spreadsheets and text tables, and the staff lists, catalogues and schedules that look like them.

All names, numbers and institutions are invented; health numbers are made Luhn-valid here.
"""

from __future__ import annotations

import pytest
from conftest import shipped_classifier
from stdnum import luhn

from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.recognizers._base import Scanner
from sentinelle.classifiers.recognizers._tables import (
    CHART,
    CLINICAL,
    DOB,
    GIVEN,
    HEADER,
    HEALTH_ID,
    NAME,
    OTHER,
    PRODUCT,
    ROOM,
    STAFF,
    SURNAME,
    column_role,
    header_context,
    read_tables,
)
from sentinelle.classifiers.recognizers.patient_name._tables import table_names


def _hcn(base: str) -> str:
    """A 10-digit Ontario-style number whose last digit is the Luhn digit of the first nine."""
    return base + luhn.calc_check_digit(base)


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Surname", SURNAME), ("Nom de famille", SURNAME), ("LAST NAME", SURNAME),
        ("Given names", GIVEN), ("Prénom", GIVEN), ("first_name", GIVEN),
        ("Nom complet", NAME), ("Usagère", NAME), ("Bénéficiaire", NAME), ("Client name", NAME),
        ("D.O.B.", DOB), ("Date of birth", DOB), ("DDN", DOB), ("Née le", DOB),
        ("HCN", HEALTH_ID), ("OHIP #", HEALTH_ID), ("No RAMQ", HEALTH_ID), ("Health #", HEALTH_ID),
        ("Chart #", CHART), ("N° de dossier", CHART), ("MRN", CHART),
        ("Rm", ROOM), ("Chambre", ROOM), ("Bed", ROOM),
        ("Allergies", CLINICAL), ("Vaccin reçu", CLINICAL), ("Dx", CLINICAL), ("Cholestérol total", CLINICAL),
        ("Poste", STAFF), ("Ext.", STAFF), ("Job title", STAFF), ("PGY", STAFF), ("Quart", STAFF),
        ("SKU", PRODUCT), ("Prix unitaire", PRODUCT), ("Serial", PRODUCT), ("Montant total", PRODUCT),
        ("Couleur", OTHER), ("Remarks", OTHER), ("A very long header that is really a sentence in a cell", OTHER),
    ],
)  # fmt: skip
def test_column_roles(header: str, role: str) -> None:
    assert column_role(header) == role


@pytest.mark.parametrize(
    ("header", "words"),
    [("Health #", "health number"), ("HN", "health number"), ("Health no.", "health number"), ("NAS", "nas")],
)
def test_abbreviated_headers_carry_their_full_words(header: str, words: str) -> None:
    assert words in header_context(header)


def _names(text: str) -> list[str]:
    hits = Scanner([HEADER]).scan(text).get(HEADER.kind)
    return [name for _, _, name, _ in table_names(text, hits)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the CSV extractor's labelled rows (an empty cell left out: the label places the value)
        ("Surname; Given; D.O.B.; Bed\nSurname: Okafor; Given: Chidi; D.O.B.: 1944-02-11; Bed: 3\n"
         "Surname: Lindqvist; D.O.B.: 1950-07-30; Bed: 4\n", ["Chidi Okafor", "Lindqvist"]),
        # HTML cells (tabs), a full-name column, the row ending with a cell gap
        ("Résident\tChambre\tAllergies\t\nBéliveau, Thérèse\t118\tlatex\t\nGrondin, Armand\t120\tarachides\t\n",
         ["Béliveau, Thérèse", "Grondin, Armand"]),
        # a text table with outer pipes
        ("| Client | OHIP | Visit |\n|---|---|---|\n| Farah Haddad | 1234567897 | Jan 9 |\n", ["Farah Haddad"]),
        # comma-separated, pasted into a body
        ("last,first,hcn\nMbeki,Thandiwe,2345678904\n", ["Thandiwe Mbeki"]),
        # a table typed as plain text, columns apart by runs of spaces (a row with a gap is left out)
        ("Nom          Prénom     DDN          Chambre\nAuclair      Roland     1937-08-14   104\n"
         "Côté                    1950-01-01   108\nBrisebois    Lucienne   1941-01-30   106\n",
         ["Roland Auclair", "Lucienne Brisebois"]),
        # placeholders and numbers in a name cell are no names
        ("Nom;Prénom;DDN\nN/A;;1950-01-01\nTotal;;3\n", []),
    ],
)  # fmt: skip
def test_names_in_the_rows_of_patient_lists(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # staff: an extension, a title, a shift, an employee number, residents by PGY year
        "Name;Ext.;Unit\nGwen Tallis;4412;5 Nord\nOmar Fadel;4418;5 Sud\n",
        "Nom\tPrénom\tTitre\tAllergies\nRiopel\tAnnie\tInfirmière\tlatex\n",
        "Employee | Shift | Flu shot\nKeiko Sato | Night | Y\n",
        "Matricule;Nom;Prénom;Vaccin\n40211;Dufresne;Carl;influenza\n",
        "Resident\tPGY\tRotation\tRoom\nTariq Bashir\t2\tICU\t4B\n",
        # a catalogue and an asset list (no birth date, identifier or chart column)
        "Client;Article;Quantité;Prix\nPharmacie Nadeau;Gants nitrile;40;12,50\n",
        "Name,Serial,Model,Room\nInfusion pump,5829113,Alaris,12\n",
        # a name column alone, or beside columns of nothing about a patient
        "Nom;Courriel;Ville\nLouise Gagné;lg@exemple.test;Laval\n",
        # no header line: rows only
        "Okafor; Chidi; 1944-02-11\nLindqvist; Britt; 1950-07-30\n",
        # a licence renewal list typed as plain text: staff columns
        "Name              Profession   Licence no.\nHuguette Proulx   Nurse        R-44120\n",
        # prose with commas is no table
        "Le nom, le prénom et la date de naissance du patient sont demandés, merci.\n",
    ],
)
def test_staff_lists_catalogues_and_schedules_are_no_patient_lists(text: str) -> None:
    assert _names(text) == []


def test_a_product_column_does_not_hide_a_patient_list_with_identifiers() -> None:
    text = "Nom;Prénom;NAM;Montant\nTrudel;Yvan;TRUY 4503 1219;45,00\n"
    tables = read_tables(text, Scanner([HEADER]).scan(text).get(HEADER.kind))
    assert [t.patient_list for t in tables] == [True]
    assert _names(text) == ["Yvan Trudel"]


# -- whole messages: the attachment or table, the engine, the verdict -----------------------------


_classifier = shipped_classifier


def _message(body: str, attachment: tuple[str, str] | None = None, html: bool = False) -> bytes:
    headers = (
        "From: Colette Brassard <c.brassard@foyer-des-pins.example>\nTo: sante.publique@region.example\n"
        "Subject: Envoi demandé\nMIME-Version: 1.0\n"
    )
    part_type = "text/html" if html else "text/plain"
    part = f"Content-Type: {part_type}; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n"
    if attachment is None:
        return (headers + part).encode()
    name, content = attachment
    return (
        f"{headers}Content-Type: multipart/mixed; boundary=zz\n\n--zz\n{part}--zz\n"
        f"Content-Type: text/csv; charset=utf-8\nContent-Disposition: attachment; filename={name}\n"
        f"Content-Transfer-Encoding: 8bit\n\n{content}\n--zz--\n"
    ).encode()


def _verdict(raw: bytes) -> tuple[bool, set[str]]:
    """The verdict, and the types counted (a name read from a table row as ``patient_name@table``)."""
    result = _classifier().inspect(parse_message(raw))
    return result.confidential, {
        f.type + ("@table" if f.explanation.startswith("table row") else "") for f in result.counted
    }


CSV_ROSTER = (
    "Surname,Given,Health #,Wing,Pneumo vaccine\r\n"
    f"Abernathy,Gideon,{_hcn('417305528')},East,yes\r\n"
    f"Castellanos,Marisol,{_hcn('529014736')},West,no\r\n"
)
HTML_RESULTS = (
    "<p>Voici la liste.</p><table><tr><th>Usager</th><th>HN</th><th>Résultat</th></tr>"
    f"<tr><td>Perreault, Ghislaine</td><td>{_hcn('613480271')}</td><td>à revoir</td></tr>"
    f"<tr><td>Nakamura, Ren</td><td>{_hcn('702915584')}</td><td>normal</td></tr></table>"
)


@pytest.mark.parametrize(
    ("raw", "types"),
    [
        (_message("Ci-joint la liste.", ("vaccins_pavillon.csv", CSV_ROSTER)),
         {"ca_health_number", "patient_name@table"}),
        (_message(HTML_RESULTS, html=True), {"ca_health_number", "patient_name@table"}),
        (_message("Liste pour la tournée :\n\nNom | Prénom | DDN | Ch.\nLapierre | Réal | 1939-03-14 | 212\n"
                  "Vézina | Odette | 1942-11-02 | 214\n"), {"patient_name@table", "date_of_birth"}),
    ],
)  # fmt: skip
def test_patient_lists_make_the_message_confidential(raw: bytes, types: set[str]) -> None:
    confidential, found = _verdict(raw)
    assert confidential
    assert types <= found


@pytest.mark.parametrize(
    "raw",
    [
        _message("Bottin mis à jour.", ("bottin.csv", "Nom,Prénom,Poste,Unité\r\nLavallée,Josée,4410,5 Nord\r\n"
                                                      "Bertrand,Paul,4412,5 Sud\r\n")),
        _message("Commande de la semaine.", ("commande.csv", "Client;SKU;Qty;Price\r\n"
                                             f"Pharmacie Roy;{_hcn('310442871')};12;44.10\r\n"
                                             "Clinique Sud;5512;3;9.99\r\n")),
        _message("<table><tr><th>Name</th><th>Shift</th><th>Unit</th></tr><tr><td>Tamsin Reid</td><td>Night</td>"
                 "<td>4 East</td></tr></table>", html=True),
    ],
)  # fmt: skip
def test_staff_directories_orders_and_schedules_stay_harmless(raw: bytes) -> None:
    confidential, found = _verdict(raw)
    assert not confidential
    assert "patient_name@table" not in found


# -- contact columns of a patient list ------------------------------------------------------------


def _contacts(text: str) -> list[str]:
    from sentinelle.classifiers.recognizers.patient_contact import PatientContactRecognizer
    from sentinelle.classifiers.types import Segment

    return [text[f.start : f.end] for f in PatientContactRecognizer().recognize(Segment("attachment:x.csv", text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nom;Prénom;DDN;Téléphone\nNom: Giroux; Prénom: Léo; DDN: 1948-03-02; Téléphone: 819-555-0144\n",
         ["819-555-0144"]),
        ("Client\tRoom\tHome phone\tAddress\nAmara Diallo\t12\t(613) 555-0190\t40 Elm Street\n",
         ["(613) 555-0190", "40 Elm Street"]),
        # a staff directory, a supplier list: no patient list, no patient contact
        ("Name;Ext.;Cell\nRosalind Price;2231;613-555-0170\n", []),
        ("Fournisseur;Article;Téléphone\nMédi-Plus;gants;514-555-0101\n", []),
        ("Nom;Prénom;DDN;Téléphone\nNom: Giroux; Prénom: Léo; DDN: 1948-03-02; Téléphone: inconnu\n", []),
    ],
)  # fmt: skip
def test_contact_columns_of_patient_lists(text: str, expected: list[str]) -> None:
    assert sorted(_contacts(text)) == sorted(expected)


# -- the same abbreviations as labels in running text ---------------------------------------------


def _health_numbers(text: str) -> list[tuple[str, float]]:
    from sentinelle.classifiers.recognizers.ca_health_number import CaHealthNumberRecognizer
    from sentinelle.classifiers.types import Segment

    return [(text[f.start : f.end], f.confidence) for f in CaHealthNumberRecognizer().recognize(Segment("body", text))]


@pytest.mark.parametrize(
    ("text", "confidence"),
    [
        (f"Patient: ADEYEMI, Tolu   DOB Mar 3, 1961   HN {_hcn('417305528')} KL", 0.9),
        (f"Claim rejected.\nHN: {_hcn('529014736')}\nService date: 2026-11-02", 0.9),
        (f"Health # {_hcn('613480271')} on the requisition", 0.9),
        # lower-case "hn" is no label, nor an upper-case word that only ends in HN; no label: alone (0.4)
        (f"voir hn {_hcn('702915584')}", 0.4),
        (f"JOHN {_hcn('702915584')}", 0.4),
        (f"Dossier papier {_hcn('702915584')} archivé", 0.4),
    ],
)
def test_abbreviated_health_number_labels_in_running_text(text: str, confidence: float) -> None:
    assert [c for _, c in _health_numbers(text)] == [confidence]
