"""Re2Pattern (classifiers/re2_patterns.py) finds what re2.compile finds, spans, groups and all."""

from __future__ import annotations

import itertools

import pytest
import re2

from sentinelle.classifiers import re2_patterns

PATTERNS = [
    r"(?P<given>[A-Z][a-z]+)[ \t]+(?P<family>[A-Z][a-z]+)",
    r"\b(?:dossier|chart|MRN)\b[ \t:#]*(?P<number>[0-9]{6,8})",
    r"(?i)\b(?:hôpital|clinique|CLSC)\b",
    r"(?P<a>x)?(?P<b>[é😀]+)",
    r"[0-9]*",  # empty matches: every position
    r"(?:é|e)$",
]
TEXTS = [
    "",
    "Marie Tremblay, dossier 1234567, chart: 7654321.",
    "Hélène Côté au CLSC de l'Hôpital Notre-Dame, dossier 1234567 — MRN 2345678 é",
    "😀😀 Zoë Ålund 😀 x😀é dossier 99887766 e",
    "ééé 12 3 45 Élise Gagné\n\tclinique 555 é",
]


def _spans(matches: object) -> list[tuple[object, ...]]:
    out = []
    for match in matches:  # type: ignore[attr-defined]
        groups = tuple(match.span(g) for g in range(match.re.groups + 1))
        out.append((groups, match.group(), match.groupdict(), match.pos, match.endpos))
    return out


@pytest.mark.parametrize("pattern", PATTERNS)
def test_finditer_search_match_and_fullmatch_as_re2_compile_gives_them(pattern: str) -> None:
    ours, theirs = re2_patterns.compile(pattern), re2.compile(pattern)
    for text in TEXTS:
        bounds = sorted({0, 1, 3, len(text) // 2, len(text) - 1, len(text), len(text) + 4})
        for pos, endpos in itertools.product(bounds, bounds):
            for method in ("finditer", "search", "match", "fullmatch"):
                got = getattr(ours, method)(text, pos, endpos)
                want = getattr(theirs, method)(text, pos, endpos)
                if method != "finditer":
                    got, want = [m for m in (got,) if m], [m for m in (want,) if m]
                assert _spans(got) == _spans(want), (pattern, text, pos, endpos, method)
        assert _spans(ours.finditer(text)) == _spans(theirs.finditer(text))


def test_two_texts_in_turn_each_get_their_own_encoding() -> None:
    """The cache is by identity: an equal-length text in between is encoded anew."""
    pattern = re2_patterns.compile(r"[A-Z][a-z]+")
    first, second = "Marie et Paul", "julie et Lise"
    assert [m.group() for m in pattern.finditer(first)] == ["Marie", "Paul"]
    assert [m.group() for m in pattern.finditer(second)] == ["Lise"]
    assert [m.group() for m in pattern.finditer(first)] == ["Marie", "Paul"]


def test_bytes_texts_go_through_re2_unchanged() -> None:
    pattern = re2_patterns.compile(rb"[0-9]+")
    assert [m.group() for m in pattern.finditer(b"a 12 b 345")] == [b"12", b"345"]


def _prefiltered_patterns() -> list[tuple[str, re2_patterns.Prefiltered]]:
    import importlib
    import pkgutil

    import sentinelle.classifiers as package

    found = []
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        found += [(f"{info.name}.{name}", value) for name, value in vars(module).items()
                  if isinstance(value, re2_patterns.Prefiltered)]
    return found


# Texts where Python's re and RE2 part ways: Unicode word characters beside a match (RE2's \b is ASCII), the
# letters Python's IGNORECASE folds and RE2 does not ("ı", "İ" for "i"), or both do ("ſ", the Kelvin sign).
ADVERSARIAL = [
    "Horaire : Mon Tue Wed Thu Fri\nlun mar mer jeu ven sam dim\nFRİ DİM frı dım ſat ſun éMon monë",
    "Exemple : NAM ABCD 1234 5678; p. ex. 1962-04-12; par\t\tex 5; e.g. 1234567; éexample; Roy-Fictive fictif fictive",
    "EXAMPLES placeholder PLACEHOLDER; p.ex. 1; p.\tex. 2; fictitious FICTIF",
    "Richard Thibault (matricule 147778, commis), MATRİCULE: 12, matrıcule 3, employee # 4, Emp. no 5, "
    "no d'employé 6, No employée: 7, employee id 8, EMPLOYEE İD 9, emp#10",
    "Incident report - employee: Laura Stewart (DOB 1980-01-02); Déclaration – employée : Émilie Léger; "
    "staff member: Paul Roy; membre du personnel : Ève Côté; STAFF MEMBER: Ann Lee; ſtaff member: Zoé Roy",
    "Dr. Lucie Mianscum (Infectious Diseases); Dre Émilie Langlois; Pr\u00a0Jean Tremblay; Prof. Ann Lee; "
    "Docteure Marie-Ève Roy; éDr. Paul Roy; Docteur Jean D'Amour",
    "Merci\n-- \nLinda Smith, RPh\n--\r\nÉlise Côté-Roy, inf.\n--\n  Paul Roy , MD",
    "> De : Andrew Kerr <andrew.kerr@chdr.example>\nEXPÉDİTEUR: Zoé Roy <z@x.example>\r\n"
    "from:\"Ann Lee\" <a@b.example>",
]


def test_every_prefiltered_pattern_finds_what_its_python_pattern_finds() -> None:
    """The superset starts a match wherever the Python pattern does (the corpus texts and the adversarial ones), so
    ``finditer`` and ``search`` give the Python pattern's own matches."""
    from pathlib import Path

    corpus = Path(__file__).parent / "corpus"
    texts = [*ADVERSARIAL, *(p.read_text(encoding="utf-8", errors="replace") for p in sorted(corpus.rglob("*.eml")))]
    patterns = _prefiltered_patterns()
    assert len(patterns) >= 5
    for name, prefiltered in patterns:
        matched = 0
        for text in texts:
            expected = [(m.span(), m.groups()) for m in prefiltered.pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in prefiltered.finditer(text)] == expected, (name, text[:80])
            for (start, _), _groups in expected:
                assert prefiltered.superset.match(text, start) is not None, (name, text[start : start + 30])
            for pos in range(0, len(text), 61):
                want = prefiltered.pattern.search(text, pos, pos + 200)
                got = prefiltered.search(text, pos, pos + 200)
                assert (got and got.span()) == (want and want.span()), (name, pos)
            matched += len(expected)
        assert matched, f"{name}: no text exercised it"


def test_a_lone_surrogate_is_never_matched_and_offsets_hold_around_it() -> None:
    """Texts decoded with surrogateescape carry lone surrogates (as the scanner, encoded with surrogatepass)."""
    pattern = re2_patterns.compile("b|é")
    text = "a\ud800b é\udcffé"
    assert [(m.span(), m.group()) for m in pattern.finditer(text)] == [((2, 3), "b"), ((4, 5), "é"), ((6, 7), "é")]


def test_compiling_the_same_pattern_twice_gives_the_same_object() -> None:
    """As re2.compile: a policy's compiled patterns compare equal when their texts do."""
    assert re2_patterns.compile(r"[0-9]{7}") is re2_patterns.compile(r"[0-9]{7}")


def test_threads_searching_their_own_texts_at_once_get_their_own_offsets() -> None:
    """Each thread keeps its own text's encoding and conversion mark (the proxy inspects in several threads)."""
    import threading

    pattern = re2_patterns.compile(r"[A-Z][a-zé]+")
    texts = [("é" * i) + " Zoé Roy " + ("à" * (50 - i)) + " Léa" for i in range(8)]
    expected = {text: [m.span() for m in re2.compile(r"[A-Z][a-zé]+").finditer(text)] for text in texts}
    failures: list[str] = []

    def search(text: str) -> None:
        for _ in range(300):
            if [m.span() for m in pattern.finditer(text)] != expected[text]:
                failures.append(text)
                return

    workers = [threading.Thread(target=search, args=(text,)) for text in texts]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert not failures
