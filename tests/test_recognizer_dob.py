"""Date of birth recognizer: a real date right after a birth-date context."""

from __future__ import annotations

import datetime

import pytest

from sentinelle.classifiers.recognizers.date_of_birth import DateOfBirthRecognizer
from sentinelle.classifiers.types import Segment

REC = DateOfBirthRecognizer()


def spans(text: str) -> list[str]:
    return [text[f.start : f.end] for f in REC.recognize(Segment("body", text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("né le 1980-01-31", ["1980-01-31"]),
        ("Née le 31/01/1980.", ["31/01/1980"]),
        ("né(e) le 31-01-1980", ["31-01-1980"]),
        ("DDN : 31.01.1980", ["31.01.1980"]),
        ("Date de naissance: 31 janvier 1980", ["31 janvier 1980"]),
        ("date de naissance : 1er février 1975", ["1er février 1975"]),
        ("DOB: January 31, 1980", ["January 31, 1980"]),
        ("Date of birth 31 Jan 1980", ["31 Jan 1980"]),
        ("born on 01/31/1980", ["01/31/1980"]),  # US order
        ("née le 29/02/2000", ["29/02/2000"]),  # leap year
        ("née le 29/02/2001", []),  # impossible date
        ("né le 31/02/1980", []),
        ("né le 13/13/1980", []),  # neither order is real
        ("né le 12/13/1980", ["12/13/1980"]),  # US order: 13 December
        ("Réunion le 31/01/2024", []),  # no birth context
        ("né le 31/01/2999", []),  # future
        ("DDN", []),
        ("DDN: voir dossier. Rendez-vous le 31/01/1980", []),  # date too far from the context
    ],
)
def test_table(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_excerpt_masks_digits() -> None:
    (finding,) = REC.recognize(Segment("body", "DDN 1980-01-31"))
    assert finding.excerpt == "****-**-**"
    assert "date:iso" in finding.explanation and "ddn" in finding.explanation


def found(text: str) -> list[tuple[str, float]]:
    return [(text[f.start : f.end], f.confidence) for f in REC.recognize(Segment("body", text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two-digit years right after the context.
        ("DDN 06/05/75", [("06/05/75", 0.9)]),
        ("DOB: 03-04-15", [("03-04-15", 0.9)]),  # a child born in 2015
        ("née le 31.12.99", [("31.12.99", 0.9)]),
        ("DDN 31/02/75", []),  # impossible date
        ("DDN 06/05/1975/2", [("06/05/1975", 0.9)]),
        ("DDN 06/05/751", []),  # not a two-digit year
        # Year first, when the first pair cannot be a day.
        ("DDN : 83-04-01", [("83-04-01", 0.9)]),
        ("dob 47/11/30", [("47/11/30", 0.9)]),
        ("DDN 83-13-01", []),  # no thirteenth month
        ("DDN 31-04-83", []),  # the first pair a day: day first, and April has no 31st
        # Announcements: reported below min_confidence.
        ("Félicitations à Julie : son fils Léo est né le 3 mars 2026 !", [("3 mars 2026", 0.5)]),
        ("Le projet Cardio+ est né le 12/05/2019 d'une idée de l'équipe.", [("12/05/2019", 0.5)]),
        ("Congratulations to Paul, whose baby girl was born on January 3, 2026", [("January 3, 2026", 0.5)]),
        # A newborn is a patient: "bébé" alone is no announcement.
        ("Congé de bébé Émile Vachon, né le 28 octobre 2026, ictère", [("28 octobre 2026", 0.9)]),
        # EHR exports: day, month name and year separated by hyphens.
        ("DOB: 11-Feb-1972", [("11-Feb-1972", 0.9)]),
        ("DDN : 05/févr/48", [("05/févr/48", 0.9)]),
        ("DOB: 31-Feb-1972", []),
        # A label is never an announcement.
        ("Félicitations pour le suivi. DDN : 1980-01-31", [("1980-01-31", 0.9)]),
        ("Mme Julie Roy, née le 31/01/1980, diabétique", [("31/01/1980", 0.9)]),
    ],
)
def test_two_digit_years_and_announcements(text: str, expected: list[tuple[str, float]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Tables pasted from a spreadsheet (tabs) or read from HTML (spaces): the DDN column's dates.
        (
            "Nom\tPrénom\tDDN\tNAM\nWILSON\tSofia\t1958-03-04\tWILS58530495\nMARTEL\tDavid\t2005-08-27\tX\n\nMerci",
            ["1958-03-04", "2005-08-27"],
        ),
        ("Nom Prénom DDN NAM Problème\nBélanger Josée 05/02/1976 BELJ 7652 0558 Néo sein\n", ["05/02/1976"]),
        # Near misses: no header row, an appointment date (this year or later), a DDN label alone.
        ("DDN\nRéunion le 05/02/1976", []),
        (f"Nom\tDDN\tRendez-vous\nRoy\t—\t{datetime.date.today():%d/%m/%Y}\n", []),
    ],
)
def test_table_column_under_a_birth_date_header(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A clinic or a service only announces in the sentence that says "né le": named in an earlier
        # sentence of a booking, it does not make the patient's birth date an announcement.
        ("Votre rendez-vous à la clinique d'urologie est confirmé.\nDossier au nom de : Rémi Gosselin, "
         "né le 14 août 1941.", [("14 août 1941", 0.9)]),
        ("Our falls clinic called today. Ms. Ada Whitcombe, born on March 2, 1939, is home.",
         [("March 2, 1939", 0.9)]),
        ("Le service de gériatrie est né le 4 mai 1998 à l'initiative de l'équipe.", [("4 mai 1998", 0.5)]),
        ("Dossier de candidature de M. Luc Paré :\n- né le 9 juin 1997 à Gaspé", [("9 juin 1997", 0.5)]),
        # A date in apposition right after a titled name is that person's birth date.
        ("Mme Audet, 1968-11-23, douleur abdominale", [("1968-11-23", 0.8)]),
        ("> M. Rioux, 04/09/1952, chute à domicile", [("04/09/1952", 0.8)]),
        ("Mr. Hallett (12 March 1947) was seen today", [("12 March 1947", 0.8)]),
        ("Madame Line Boucher, 2 février 1960, MPOC", [("2 février 1960", 0.8)]),
        # Near misses: an appointment or meeting date, a hiring date, no title.
        ("M. Rioux, 2026-11-30, réunion du comité", []),
        ("Mme Julie Audet, 2012-09-04, date d'embauche", []),
        ("Audet, 1968-11-23, douleur abdominale", []),
        ("M. Rioux, 2019-05-12 : adoption du procès-verbal", []),  # a dated item of minutes
    ],
)
def test_announcements_read_in_their_sentence_and_dates_in_apposition(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a format hint in parentheses between the label and the date
        ("Date de naissance (format AAAA-MM-JJ) : 1962-04-12", ["1962-04-12"]),
        ("DOB (YYYY-MM-DD): 1962-04-12", ["1962-04-12"]),
        ("DDN (jj/mm/aaaa) 12/04/1962", ["12/04/1962"]),
        # a hint and no date: nothing
        ("Date de naissance (AAAA-MM-JJ) : ________", []),
    ],
)
def test_a_format_hint_between_label_and_date(text: str, expected: list[str]) -> None:
    assert spans(text) == expected
