"""A synthetic patient-registry export (never real people) for the patient-index tests and bench.

Surnames are made of random syllables (plus a few compound and particle forms), given names come
from a short list, birth dates, NAMs (RAMQ shape: 3 surname letters, 1 given-name letter, YYMMDD
with +50 on the month for women, 2 digits) and 7-digit chart numbers are random. Deterministic
for a seed.
"""

from __future__ import annotations

import csv
import datetime
import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path

GIVEN = ("Marie-Ève", "Jean-François", "Éloïse", "Zoé", "Benoît", "Gaëlle", "Léa", "Noémie", "Mathis", "Raphaël",
         "Anaïs", "Hélène", "Jérôme", "Maël", "Océane", "Thérèse", "André", "Josée", "François", "Cédric",
         "Inès", "Loïc", "Amélie", "Étienne", "Rosalie", "Félix", "Maude", "Olivier", "Sophie", "Xavier")
_ONSETS = ("b", "br", "ch", "d", "f", "g", "gr", "j", "l", "m", "n", "p", "qu", "r", "s", "t", "tr", "v")
_VOWELS = ("a", "e", "i", "o", "ou", "é", "è", "au", "ai")
_CODAS = ("", "", "n", "r", "l", "t", "s", "x", "nd", "rt")


@dataclass(frozen=True, slots=True)
class Patient:
    surname: str
    given: str
    birth: datetime.date
    nam: str
    mrn: str


def _surname(rng: random.Random) -> str:
    def word() -> str:
        syllables = rng.randint(2, 3)
        return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(syllables)) + rng.choice(_CODAS)

    roll = rng.random()
    if roll < 0.1:
        return f"{word().capitalize()}-{word().capitalize()}"
    if roll < 0.15:
        return f"de {word().capitalize()}"
    return word().capitalize()


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isalpha() and c.isascii()).upper()


def make_patients(count: int, seed: int = 15) -> list[Patient]:
    rng = random.Random(seed)
    patients = []
    for index in range(count):
        surname, given = _surname(rng), rng.choice(GIVEN)
        birth = datetime.date(1930, 1, 1) + datetime.timedelta(days=rng.randrange(90 * 365))
        month = birth.month + (50 if rng.random() < 0.5 else 0)
        letters = (_ascii(surname.replace("de ", "")) + "XXX")[:3] + _ascii(given)[0]
        nam = f"{letters}{birth.year % 100:02d}{month:02d}{birth.day:02d}{rng.randrange(100):02d}"
        patients.append(Patient(surname, given, birth, nam, f"{1_000_000 + index * 7 + rng.randrange(7)}"))
    return patients


HEADERS_FR = ("Nom", "Prénom", "Date de naissance", "NAM", "No dossier")
HEADERS_EN = ("Last name", "First name", "Date of birth", "Health card number", "MRN")


def write_export(path: Path, patients: list[Patient], *, encoding: str = "utf-8", delimiter: str = ";",
                 headers: tuple[str, ...] = HEADERS_FR, date_format: str = "%Y-%m-%d") -> Path:
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(headers)
        for p in patients:
            writer.writerow((p.surname, p.given, p.birth.strftime(date_format), p.nam, p.mrn)[: len(headers)])
    return path
