"""Identifiers however they are spelled: separators of every kind, full-width characters, disguises.

Table-driven over the five checksummed identifiers (all numbers synthetic): each valid number in
every spelling is found with the confidence of its plain spelling or more; the same spellings with
a wrong check digit, and look-alikes, are not decisive.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sentinelle.classifiers.engine import Classifier
from sentinelle.classifiers.evaluate import default_config
from sentinelle.classifiers.extractors._common import normalise_text, spelled_digits
from sentinelle.classifiers.types import IDENTIFIER_TYPES, Segment

MIN_CONFIDENCE = default_config().scoring.min_confidence

# type, context word, valid number (compact), the same with a wrong check digit
IDENTIFIERS = [
    ("ramq_nam", "NAM", "GAGL85123112", "GAGL85123113"),
    ("ca_sin", "NAS", "130692544", "130692545"),
    ("ca_health_number", "OHIP", "1234567897", "1234567898"),
    ("be_niss", "NISS", "85073003328", "85073003329"),
    ("fr_nir", "NIR", "185057800608491", "185057800608492"),
]

_FULL_WIDTH = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"})


def between_every_character(separator: str) -> Callable[[str], str]:
    return lambda value: separator.join(value)


def grouped(separator: str, sizes: tuple[int, ...] = (4, 4, 4, 4, 4)) -> Callable[[str], str]:
    def spell(value: str) -> str:
        pieces, start = [], 0
        for size in sizes:
            if start < len(value):
                pieces.append(value[start : start + size])
                start += size
        if start < len(value):
            pieces.append(value[start:])
        return separator.join(pieces)
    return spell


SPELLINGS: dict[str, Callable[[str], str]] = {
    "plain": lambda value: value,
    "dots between every character": between_every_character("."),
    "spaces between every character": between_every_character(" "),
    "slashes in groups": grouped("/"),
    "doubled spaces": grouped("  "),
    "hyphens and underscores": lambda value: grouped("_")(value).replace("_", "-", 1),
    "no-break spaces": grouped("\u00a0"),
    "narrow no-break spaces": grouped("\u202f"),
    "tabs": grouped("\t"),
    "a hard wrap (CRLF)": grouped("\r\n"),
    "a format=flowed soft break": grouped(" \r\n"),
    "a hard wrap in a quoted reply": grouped("\r\n> "),
    "a quoted-printable soft break left in": grouped("=\r\n"),
    "zero-width spaces between every character": between_every_character("\u200b"),
    "soft hyphens": grouped("\u00ad"),
    "full-width characters": lambda value: value.translate(_FULL_WIDTH),
    "full-width characters with ideographic spaces": lambda value: grouped("\u3000")(value.translate(_FULL_WIDTH)),
}


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier(default_config(), None)


def findings(classifier: Classifier, text: str) -> list[tuple[str, float, str]]:
    inspection = classifier.inspect_segments([Segment("body", text)])
    return [(f.type, f.confidence, text[f.start : f.end]) for f in inspection.findings if f.type in IDENTIFIER_TYPES]


@pytest.mark.parametrize("spelling", SPELLINGS)
@pytest.mark.parametrize(("kind", "word", "valid", "wrong"), IDENTIFIERS, ids=[i[0] for i in IDENTIFIERS])
def test_a_valid_identifier_is_found_however_it_is_spelled(
        classifier: Classifier, spelling: str, kind: str, word: str, valid: str, wrong: str) -> None:
    written = SPELLINGS[spelling](valid)
    text = f"Bonjour,\r\nvoici le {word} du patient : {written}\r\nMerci"
    assert (kind, max(0.9, MIN_CONFIDENCE), written) in [(t, min(c, 0.9), v) for t, c, v in findings(classifier, text)]


@pytest.mark.parametrize("spelling", SPELLINGS)
@pytest.mark.parametrize(("kind", "word", "valid", "wrong"), IDENTIFIERS, ids=[i[0] for i in IDENTIFIERS])
def test_the_check_digit_keeps_every_spelling_precise(
        classifier: Classifier, spelling: str, kind: str, word: str, valid: str, wrong: str) -> None:
    text = f"Bonjour,\r\nvoici le {word} du patient : {SPELLINGS[spelling](wrong)}\r\nMerci"
    assert [f for f in findings(classifier, text) if f[1] >= MIN_CONFIDENCE] == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # Disguised without any context word: at least as confidential as the plain number.
        ("M.E.R.J.8.8.0.9.0.3.1.8", "ramq_nam", "M.E.R.J.8.8.0.9.0.3.1.8"),
        ("le voici : 1.3.0.6.9.2.5.4.4", "ca_sin", "1.3.0.6.9.2.5.4.4"),
        ("je l'écris 130 / 692 / 544 pour que le filtre ne le bloque pas", "ca_sin", "130 / 692 / 544"),
        ("here it is 8_5_0_7_3_0_0_3_3_2_8, so the filter doesn't block it", "be_niss", "8_5_0_7_3_0_0_3_3_2_8"),
        ("le numéro 1-8-5-0-5-7-8-0-0-6-0-8-4-9-1", "fr_nir", "1-8-5-0-5-7-8-0-0-6-0-8-4-9-1"),
        ("JEAR/8210/1814", "ramq_nam", "JEAR/8210/1814"),
        ("G\u200bA\u200bG\u200bL 8512\u202f3112", "ramq_nam", "G\u200bA\u200bG\u200bL 8512\u202f3112"),
        # attachment file names glue identifiers with underscores
        ("scan_GAGL85123112.pdf", "ramq_nam", "GAGL85123112"),
        ("NAM_GAGL_8512_3112_resultats.pdf", "ramq_nam", "GAGL_8512_3112"),
        ("NIR_185057800608491_carte.pdf", "fr_nir", "185057800608491"),
        ("NAS_130692544.pdf", "ca_sin", "130692544"),
        # plainly spelled, but announced as smuggled past the filter
        ("Je te l'envoie ici pour que le filtre ne le bloque pas : 130 692 544", "ca_sin", "130 692 544"),
        ("Sending it like this so the filter doesn't block it: 85073003328", "be_niss", "85073003328"),
        ("Je l'écris comme ça pour pas que le filtre bloque : 130 692 544", "ca_sin", "130 692 544"),
    ],
)
def test_a_disguised_identifier_decides_without_a_context_word(
        classifier: Classifier, text: str, kind: str, value: str) -> None:
    found = [f for f in findings(classifier, text) if f[1] >= MIN_CONFIDENCE]
    assert [(t, v) for t, _, v in found] == [(kind, value)]


@pytest.mark.parametrize(
    "text",
    [
        "de la 8512 3112",  # two words are not the four NAM letters
        "GAGL85123112X",  # glued to a letter
        "XGAGL 8512 3112",
        "Résultats: 1 2 3 4 5 6 7 8 9",  # a counting sequence, not a disguise
        "Notes 1 3 0 6 9 2 5 4 4 9 et 1",  # single digits, but part of a longer run
        "130/692/544",  # slashes alone, no word saying what it is: a checksum alone is weak
        "filtre à café 130 692 544",  # a filter word next to a plainly spelled number
        "Le filtre à particules est bloqué, pièce 130692544 commandée",  # a real filter, and a part number
        "Appelez le 514/555/0199 pour que le filtre ne bloque pas",  # phone-shaped, Luhn-invalid anyway
    ],
)
def test_near_misses_are_not_decisive(classifier: Classifier, text: str) -> None:
    assert [f for f in findings(classifier, text) if f[1] >= MIN_CONFIDENCE] == []


def test_disguise_is_explained_and_the_excerpt_masked(classifier: Classifier) -> None:
    (finding,) = classifier.inspect_segments([Segment("body", "voici 1.3.0.6.9.2.5.4.4")]).findings
    assert finding.explanation.endswith("disguised: separators between every character")
    assert finding.excerpt == "*.*.*.*.*.*.*.4.4"


_HEADERS = b"From: a@ssss.gouv.qc.ca\r\nTo: b@example.com\r\nSubject: suivi\r\nMIME-Version: 1.0\r\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a quoted-printable soft line break inside the NAM
        (b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
         b"Voici le num=C3=A9ro GAGL 85=\r\n12 3112 merci\r\n", {"ramq_nam"}),
        # HTML tags and line breaks between the groups, a disguise announced
        (b"Content-Type: text/html; charset=utf-8\r\n\r\n<p>Voici <b>GAGL</b> 8512<br>3112 et <span>130</span>/"
         b"<span>692</span>/<span>544</span> pour que le filtre ne bloque pas</p>\r\n", {"ramq_nam", "ca_sin"}),
        # a format=flowed soft break
        (b"Content-Type: text/plain; charset=utf-8; format=flowed\r\n\r\n"
         b"Voici le NAM de la patiente GAGL 8512 \r\n3112 merci\r\n", {"ramq_nam"}),
        # no-break, zero-width, narrow no-break spaces and tabs
        ("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
         "NAS\u00a0: 1\u200b3\u200b0\u202f6\u202f9\u202f2\t5\t4\t4\r\n".encode(), {"ca_sin"}),
    ],
)
def test_a_disguised_identifier_makes_the_message_confidential(
        classifier: Classifier, body: bytes, expected: set[str]) -> None:
    from sentinelle.classifiers.parse import parse_message

    inspection = classifier.inspect(parse_message(_HEADERS + body))
    assert inspection.confidential
    assert {f.type for f in inspection.findings
            if f.type in IDENTIFIER_TYPES and f.confidence >= MIN_CONFIDENCE} == expected


DIGIT_NAMES = {
    "fr": ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
}


def in_words(value: str, language: str, separator: str = " ") -> str:
    """The value's letters as written, its digits as words ("GAGL85..." -> "GAGL huit cinq ...")."""
    letters = "".join(c for c in value if c.isalpha())
    words = separator.join(DIGIT_NAMES[language][int(c)] for c in value if c.isdigit())
    return f"{letters} {words}" if letters else words


@pytest.mark.parametrize(("language", "separator"), [("fr", " "), ("en", " "), ("fr", ", "), ("en", "-")],
                         ids=["fr-spaces", "en-spaces", "fr-commas", "en-hyphens"])
@pytest.mark.parametrize(("kind", "word", "valid", "wrong"), IDENTIFIERS, ids=[i[0] for i in IDENTIFIERS])
def test_digits_written_as_words_are_read_as_digits(
        classifier: Classifier, language: str, separator: str, kind: str, word: str, valid: str, wrong: str) -> None:
    """"MORP neuf cinq six zéro zéro un neuf un": extraction writes the words as digits, the check digit decides."""
    def decisive(value: str) -> list[str]:
        text = normalise_text(f"Je t'écris le {word} en lettres pour que le filtre ne le bloque pas : "
                              f"{in_words(value, language, separator)}. Merci")
        found = classifier.inspect_segments([Segment("body", text)]).findings
        return [f.type for f in found if f.type in IDENTIFIER_TYPES and f.confidence >= MIN_CONFIDENCE]

    assert kind in decisive(valid)
    assert decisive(wrong) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MORP neuf cinq six zéro zéro un neuf un", "MORP 9 5 6 0 0 1 9 1"),
        ("NAS : UN TROIS ZÉRO six neuf deux cinq quatre quatre", "NAS : 1 3 0 6 9 2 5 4 4"),
        ("one-three-zero-six-nine-two, thanks", "1 3 0 6 9 2, thanks"),
        # Fewer than six words in a row: prose ("un, deux, trois... partez !"), left as written.
        ("un, deux, trois, quatre, cinq... partez !", "un, deux, trois, quatre, cinq... partez !"),
        ("Il a vu un neuf et une deux-portes.", "Il a vu un neuf et une deux-portes."),
        ("seven days, one week, two visits", "seven days, one week, two visits"),
        # Inside other words, digit names are not words.
        ("neuvaine cinquante unité deuxième troisième quatrième", "neuvaine cinquante unité deuxième troisième "
         "quatrième"),
    ],
)
def test_spelled_digits(text: str, expected: str) -> None:
    assert spelled_digits(text) == expected
