"""Classifier engine: whole-message verdicts on hand-made segments, NER gating, pass-through, deadline."""

from __future__ import annotations

import functools
import sys
import time
import types
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from email import message_from_string
from pathlib import Path
from typing import Any

import pytest

from sentinelle.classifiers import (
    Classifier,
    ClassifierConfig,
    ModelNotInstalled,
    Scoring,
    Segment,
    StaffNames,
    load_model,
)
from sentinelle.classifiers.identifiers import ramq_nam
from sentinelle.classifiers.nlp import limit_blas_threads
from sentinelle.classifiers.types import Finding

NAM = "GAGL 8512 311" + ramq_nam.calc_check_digit("GAGL8512311")
STAFF = StaffNames.from_addresses(["Marie Lavoie <marie.lavoie@cisss.example>", "paul.roy@clinique.example"])


@functools.cache
def classifier() -> Classifier:
    return Classifier.load(ClassifierConfig())


@functools.cache
def rules_only() -> Classifier:
    """The rules alone, without the learned document model: for the mechanics of scoring (proximity, caps,
    NER bounds) on texts padded with filler words the model would read as administrative mail."""
    return Classifier.load(ClassifierConfig(scoring=Scoring(document_model_veto=0)))


def verdict(*texts: str, clf: Classifier | None = None) -> tuple[bool, tuple[str, ...]]:
    result = (clf or classifier()).inspect_segments([Segment(f"s{i}", t) for i, t in enumerate(texts)], STAFF)
    return result.confidential, result.reasons


@pytest.mark.parametrize(
    ("text", "reasons"),
    [
        (
            "Bonjour Paul,\nJe vous réfère Mme Julie Gagnon pour suivi de son diabète de type 2 (HbA1c 8,2 %).\n"
            "Cordialement,\nMarie Lavoie",
            ("name_near_clinical",),
        ),
        (f"Voici le NAM demandé : {NAM}", ("identifier:ramq_nam",)),
        ("Patient: TREMBLAY, Jean\nDDN: 1962-04-17", ("name_near_dob",)),
        (
            "Re: Mr. John Smith, date of birth January 31, 1980, asthma follow-up",
            ("name_near_clinical", "name_near_dob"),
        ),
        ("la patiente julie mamani souffre d'asthme sévère", ("name_near_clinical",)),  # NER only
        ("NAS du bénéficiaire : 130 692 544", ("identifier:ca_sin",)),
    ],
)
def test_confidential(text: str, reasons: tuple[str, ...]) -> None:
    assert verdict(text) == (True, reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Cas clinique : un patient de 54 ans, diabétique, HbA1c 9 %, sous metformine. Discussion jeudi.",
        "Bilan : 12 patients diabétiques suivis ce mois-ci, HbA1c moyenne 7,4 %.",
        "Infolettre : la campagne de vaccination contre la grippe commence. Le diabète touche 1 Québécois sur 10.",
        "Merci pour la rencontre.\n\nCordialement,\nDre Marie Lavoie, MD\nClinique du diabète\n"
        "1234 rue Principale, Montréal QC H2X 1Y4\nTél. : 514 555-0199 poste 1234 | Téléc. : 514-555-0198",
        "Bonjour Mme Julie Gagnon, votre rendez-vous est confirmé pour le 31/01/2025. Facture 130692544.",
        "Dr Paul Roy a revu le protocole d'insuline avec l'équipe.",
        "Commande no 1234567897 expédiée, suivi 9876543218.",
    ],
)
def test_not_confidential(text: str) -> None:
    assert verdict(text) == (False, ())


def test_evidence_in_different_segments_does_not_combine() -> None:
    assert verdict("Mme Julie Gagnon", "diabète de type 2") == (False, ())


def located(*parts: tuple[str, str]) -> tuple[bool, tuple[str, ...]]:
    result = rules_only().inspect_segments([Segment(location, text) for location, text in parts], STAFF)
    return result.confidential, result.reasons


@pytest.mark.parametrize(
    ("parts", "reasons"),
    [
        # Name and diagnosis only in the Subject.
        ((("subject", "Mme Ginette Morin - IRA sur IRC"), ("body", "Voir note.")), ("name_near_clinical",)),
        # Name in the Subject, clinical content far down the body.
        (
            (("subject", "Suivi de Mme Ginette Morin"), ("body", "Bonjour,\n" + "x " * 400 + "Créatinine 212 µmol/L.")),
            ("name_near_clinical",),
        ),
        # The attachment names the patient, the covering text says what about.
        (
            (
                ("body", "Voici le résumé : NSTEMI, troponine 1 210 ng/L."),
                ("attachment:note.txt", "Patient : MORIN, Ginette"),
            ),
            ("name_near_clinical",),
        ),
        # Same text split into two inline parts: positions are never compared across them.
        ((("body", "Mme Ginette Morin"), ("body#2", "IRA sur IRC")), ()),
        # A diagnosis in the Subject does not make a name in the body a patient.
        ((("subject", "Infolettre : le diabète"), ("body", "Mme Julie Roy a organisé la journée.")), ()),
        # A Subject that says "newsletter" or "committee" says it of the body: a title there needs a patient cue.
        ((("subject", "Committee minutes"), ("body", "Ms. Priya Lang will revise the vancomycin protocol.")), ()),
        (
            (("subject", "Bulletin de la Fondation"), ("body", "M. Jacques Bois a soutenu la recherche: cancer.")),
            (),
        ),
        (
            (("subject", "Comité des plaintes"), ("body", "La patiente Mme Lise Gendron, opérée: infection de plaie.")),
            ("name_near_clinical",),
        ),
        # Never an attachment: a newsletter's covering note does not make its attached referral a newsletter.
        (
            (("subject", "Bulletin"), ("attachment:ref.txt", "Mme Julie Gagnon présente un NSTEMI.")),
            ("name_near_clinical",),
        ),
    ],
)
def test_message_level_proximity(parts: tuple[tuple[str, str], ...], reasons: tuple[str, ...]) -> None:
    assert located(*parts) == (bool(reasons), reasons)


class CountingNlp:
    """Wraps the real model and counts the characters it was given."""

    def __init__(self) -> None:
        self.calls: list[int] = []
        self._nlp = load_model()

    def __call__(self, text: str) -> Any:
        self.calls.append(len(text))
        return self._nlp(text)

    def pipe(self, texts: Iterable[str]) -> Iterator[Any]:
        for text in texts:
            yield self(text)


def test_ner_runs_only_on_windows_and_only_when_it_can_change_the_verdict() -> None:
    nlp = CountingNlp()
    clf = Classifier(ClassifierConfig(), nlp)  # type: ignore[arg-type]
    admin = "Bonjour Mme Julie Gagnon,\n" + "La réunion du comité budgétaire est reportée. " * 100
    verdict(admin, clf=clf)
    assert nlp.calls == []  # no clinical information: a name cannot change the verdict
    verdict(f"Mme Julie Gagnon, diabète, NAM {NAM}", clf=clf)
    assert nlp.calls == []  # already confidential by an identifier
    # (ordinary sentences around the name: in a run of "xxxx" the model takes the name for part of a MISC entity,
    # and the "yyyy" run after it for a person)
    filler = "Le stationnement est fermé lundi. " * 90
    clinical = filler + " la patiente julie mamani souffre d'asthme. " + filler
    assert verdict(clinical, clf=clf)[0]
    assert nlp.calls and max(nlp.calls) <= 160  # a 30 + trigger + 80-char window, not the 6 KB text
    nlp.calls.clear()
    far = "la patiente julie mamani a appelé. " + "Le comité budgétaire se réunit jeudi. " * 20 + "asthme sévère"
    verdict(far, clf=clf)
    assert nlp.calls == []  # clinical information too far from the trigger for any name to count


def _message(body: str) -> Any:
    from sentinelle.classifiers.parse import parse_message

    return parse_message(("Subject: suivi\nContent-Type: text/plain; charset=utf-8\n"
                          "Content-Transfer-Encoding: 8bit\n\n" + body).encode())


def test_a_bounded_inspection_is_pending_exactly_when_it_would_need_more_ner() -> None:
    """``inspect(ner_chars=N)`` (the proxy's event-loop pass) runs NER on at most N characters of
    windows; past that it stops before calling the model, and otherwise it returns the very
    inspection an unbounded run gives."""
    nlp = CountingNlp()
    clf = Classifier(ClassifierConfig(scoring=Scoring(document_model_veto=0)), nlp)  # type: ignore[arg-type]
    one_window = "x " * 200 + " la patiente julie mamani souffre d'asthme " + "y " * 200
    cases = {
        "one window": one_window,
        "two windows": one_window + "\n" + "z " * 300 + " le patient paul mamani souffre d'asthme " + "w " * 200,
        "identifier": f"Mme Julie Gagnon, diabète, NAM {NAM}",
        "no clinical information": "Bonjour Mme Julie Gagnon,\nLa réunion du comité est reportée.",
        "names by pattern": "Patient: TREMBLAY, Jean\nDDN: 1962-04-17",
        "nothing": "Bonjour, la réunion est reportée.",
    }
    for name, body in cases.items():
        parsed = _message(body)
        nlp.calls.clear()
        full = clf.inspect(parsed)
        needed = sum(nlp.calls)  # characters of windows an unbounded run gave the model
        assert (needed > 0) is ("window" in name), name
        for bound in (0, needed - 1, needed, needed + 1000):
            if bound < 0:
                continue
            nlp.calls.clear()
            short = clf.inspect(parsed, ner_chars=bound)
            assert short.ner_pending is (needed > bound), (name, bound)
            if short.ner_pending:
                assert not short.confidential and full.confidential and not full.ner_pending
                assert sum(nlp.calls) <= bound  # stopped before the window that did not fit
            else:
                assert sum(nlp.calls) == needed, (name, bound)
                assert (short.findings, short.confidential, short.reasons) == (full.findings, full.confidential,
                                                                               full.reasons), name


def test_ner_disabled_by_configuration() -> None:
    clf = Classifier(ClassifierConfig(scoring=Scoring(ner=False)), load_model())
    assert verdict("la patiente julie mamani souffre d'asthme", clf=clf) == (False, ())
    assert Classifier.load(ClassifierConfig(scoring=Scoring(ner=False))).inspect_segments([]).segments == 0


def test_missing_model_is_a_clear_error() -> None:
    with pytest.raises(ModelNotInstalled, match="no_such_model_pkg"):
        load_model("no_such_model_pkg")


def test_recognizer_registry_is_explicit_and_unique() -> None:
    names = classifier().recognizer_names
    assert len(names) == len(set(names))
    assert names[0] == "ramq_nam" and names[-1] == "patient_name"


@dataclass
class FakeParsed:
    message: Any
    defects: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()


@dataclass
class FakeExtraction:
    segments: tuple[Segment, ...]
    findings: tuple[Finding, ...] = field(default=())


def test_inspect_uses_extraction_passes_findings_through_and_excludes_staff(monkeypatch: pytest.MonkeyPatch) -> None:
    message = message_from_string("From: Julie Gagnon <julie.gagnon@cisss.example>\nTo: x@y.example\n\nbody")
    uninspectable = Finding("uninspectable", "attachment:a.zip", 1.0, "", "encrypted archive")
    seen: dict[str, Any] = {}

    def extract(parsed: Any, limits: Any, *, deadline: float | None = None, ocr: Any = None) -> FakeExtraction:
        seen["deadline"] = deadline
        return FakeExtraction((Segment("body", "Mme Julie Gagnon : diabète de type 2, metformine"),), (uninspectable,))

    monkeypatch.setitem(sys.modules, "sentinelle.classifiers.extract", types.SimpleNamespace(extract=extract))
    parsed = FakeParsed(message, defects=("MissingHeaderBodySeparatorDefect",))
    deadline = time.monotonic() + 60
    result = classifier().inspect(parsed, deadline=deadline)
    assert seen["deadline"] == deadline
    assert not result.confidential  # the only name is the sender's
    assert result.findings[0] is uninspectable
    assert result.defects == ("MissingHeaderBodySeparatorDefect",)
    assert result.types()["diagnosis"] == 1


def test_deadline_passed_yields_uninspectable(monkeypatch: pytest.MonkeyPatch) -> None:
    message = message_from_string("From: a@b.example\n\nx")

    def extract(parsed: Any, limits: Any, *, deadline: float | None = None, ocr: Any = None) -> FakeExtraction:
        return FakeExtraction((Segment("body", "NAS 130 692 544"),))

    monkeypatch.setitem(sys.modules, "sentinelle.classifiers.extract", types.SimpleNamespace(extract=extract))
    result = classifier().inspect(FakeParsed(message), deadline=time.monotonic() - 1)
    assert [f.type for f in result.findings] == ["uninspectable"]
    assert "deadline" in result.findings[0].explanation


def test_blas_threads_limited_only_when_confirmed(tmp_path: Path) -> None:
    maps = tmp_path / "maps"
    maps.write_text("7f00-7f01 r-xp 00000000 08:01 1 /usr/lib/x86_64-linux-gnu/libc.so.6\n")
    assert limit_blas_threads(maps) is False  # no OpenBLAS loaded: keep BLIS
    assert limit_blas_threads(tmp_path / "missing") is False
    maps.write_text("7f00-7f01 r-xp 00000000 08:01 1 /nonexistent/libopenblas.so.0\n")
    assert limit_blas_threads(maps) is False  # cannot be opened: keep BLIS


def test_model_uses_numpy_blas_only_with_one_thread() -> None:
    ner: Any = load_model().get_pipe("ner")
    ops = ner.model.ops
    assert getattr(ops, "use_blis", True) is not limit_blas_threads()


def test_repeats_fold_into_one_finding_with_a_count() -> None:
    text = "Mme Ginette Morin : " + ", ".join(["metformine 500 mg"] * 30) + "; apixaban."
    result = classifier().inspect_segments([Segment("body", text)], STAFF)
    medications = [f for f in result.findings if f.type == "medication"]
    assert [(text[f.start : f.end], f.count) for f in medications] == [("metformine", 30), ("apixaban", 1)]
    assert result.types()["medication"] == 31
    assert result.reasons == ("name_near_clinical",) and result.confidential


def test_findings_are_capped_and_summarised() -> None:
    from sentinelle.classifiers.engine import MAX_FINDINGS

    # Distinct values: nothing folds, so the cap must apply; scoring still saw everything.
    text = " ".join(f"K {2 + i / 1000:.3f}".replace(".", ",") for i in range(MAX_FINDINGS + 50))
    result = rules_only().inspect_segments([Segment("body", "Mme Ginette Morin. " + text)], STAFF)
    assert len(result.findings) == MAX_FINDINGS
    assert result.findings_omitted == 51  # 250 lab results + 1 name, 200 kept
    assert sum(result.types().values()) == MAX_FINDINGS + 51
    assert dict(result.omitted_types)["lab_result"] == 51
    assert result.confidential and result.reasons == ("name_near_clinical",)


def test_counted_lists_the_findings_at_or_above_min_confidence() -> None:
    text = "Infolettre : Sylvie Morin et le diabète." + " " * 100 + "Mme Ginette Morin, 72 ans, HTA."
    result = classifier().inspect_segments([Segment("body", text)], STAFF)
    low = [f for f in result.findings if f.confidence < 0.6]
    assert low and all(f not in result.counted for f in low)
    assert {f.type for f in result.counted} == {"patient_name", "diagnosis"}
    assert set(result.counted) <= set(result.findings)


def test_one_identifier_type_per_span() -> None:
    from sentinelle.classifiers.recognizers._numeric import one_type_per_run

    sin = Finding("ca_sin", "body", 0.9, "***", "t", 10, 21)
    niss = Finding("be_niss", "body", 0.8, "***", "t", 10, 23)
    elsewhere = Finding("be_niss", "body", 0.8, "***", "t", 40, 53)
    clinical = Finding("medication", "body", 0.8, "x", "t", 12, 20)
    assert one_type_per_run([niss, sin, elsewhere, clinical]) == [sin, elsewhere, clinical]


@pytest.mark.parametrize(
    "text",
    [
        # A title is evidence of a person, not of a patient (issue 10's precision cases).
        "Infolettre\r\nLa ministre, Mme Sonia Bélanger, a annoncé 20 M$ pour le diabète et l'HTA.\r\n",
        "Bulletin pharmaceutique : M. Marc Dubé, pharmacien, rappelle les interactions de l'apixaban.",
        "Offre d'emploi : Mme Julie Roy, gestionnaire, recrute une infirmière en hémodialyse.",
        "Comité de pharmacologie\nPrésents : M. Paul Côté, Mme Line Roy. Sujet : metformine et IRC.",
        "Merci,\r\n\r\nCordialement,\r\nJean Tremblay, M.D., FRCPC\r\nCardiologie - insuffisance cardiaque\r\n",
        "Facture 2026-114\nClient : Pharmacie Lavoie\nArticle : metformine 500 mg, 3 boîtes",
        "Félicitations à Julie ! Son fils Léo est né le 3 mars 2026. Elle revient après son congé.",
        "Bilan annuel : 42 patients diabétiques, 17 avec IRC, HbA1c moyenne 7,4 %.",
    ],
)
def test_titles_staff_forms_and_aggregates_are_not_patients(text: str) -> None:
    assert verdict(text) == (False, ())


@pytest.mark.parametrize(
    ("text", "reasons"),
    [
        # Issue 10's recall cases: how clinicians write.
        (
            "Please book Sofia Lessard (DOB 05/16/1981) for a follow-up of hypothyroidism; levothyroxine 100 mcg",
            ("name_near_clinical", "name_near_dob"),
        ),
        ("FYI — Geneviève Paquette was admitted overnight for NSTEMI, troponin 1 210 ng/L", ("name_near_clinical",)),
        (
            "Liste de départ 6e Nord\r\n701 – MORIN, Ginette – IRA sur IRC – Hb 78\r\n"
            "702 – GAGNON Lucie – HTA, FA – K 5,9\r\n703 – Paquette Réjean – MPOC – PA 220/120\r\n",
            ("name_near_clinical",),
        ),
        ("MME TREMBLAY Ginette, DDN 06/05/75, MPOC exacerbée", ("name_near_clinical", "name_near_dob")),
        ("Transferring the care of Kwame Mensah. HIV diagnosed 2019, on bictegravir.", ("name_near_clinical",)),
    ],
)
def test_names_as_clinicians_write_them(text: str, reasons: tuple[str, ...]) -> None:
    assert verdict(text) == (True, reasons)


def test_a_patient_named_in_an_attachment_file_name() -> None:
    # Extraction gives a file name its own segment, "filename:<path>" beside "attachment:<path>".
    name = "Echo_CARON_Lucille_1937-10-23.pdf"
    assert located(("filename:" + name, name), ("body", "Écho : cardiomyopathie ischémique.")) == (
        True,
        ("name_near_clinical",),
    )
    content = ("attachment:" + name, "Conclusion : cardiomyopathie ischémique.")
    assert located(("filename:" + name, name), ("body", "Voici."), content) == (True, ("name_near_clinical",))
    assert located(("filename:" + name, name), ("body", "Voici le document.")) == (False, ())


def test_a_long_segment_dense_with_names_and_terms_stays_linear() -> None:
    # No timing assert (bench/ measures speed): the work must be bounded, and the report capped.
    text = "Julie Roy metformine HTA K 5,9. Mme Lucie Gagnon, 4120 rue Sherbrooke, transport. " * 3000
    result = classifier().inspect_segments([Segment("body", text)], STAFF)
    assert result.confidential and len(result.findings) <= 200
    assert result.types()["medication"] == 3000


def _corpus_texts() -> list[str]:
    from sentinelle.classifiers.extract import extract
    from sentinelle.classifiers.parse import parse_message

    # The fresh corpus too: it holds forms the own corpus lacks (social information about a patient).
    corpora = [Path(__file__).parent / name for name in ("corpus", "corpus_fresh")]
    texts: list[str] = []
    for path in sorted(p for corpus in corpora for p in corpus.glob("*/*.eml")):
        parsed = parse_message(path.read_bytes())
        texts.extend(s.text for s in extract(parsed, ClassifierConfig().limits).segments)
    return texts


def test_recognizers_find_nothing_without_their_triggers() -> None:
    """The engine calls a recognizer with triggers only in segments where one of them hit
    (``Classifier._run``). That loses nothing only if such a recognizer, given the scan of a text
    without its own triggers' hits, finds nothing: checked on every segment of the corpus."""
    from sentinelle.classifiers.recognizers._base import Scan

    clf = Classifier(ClassifierConfig(scoring=Scoring(ner=False)), None)
    texts = _corpus_texts()
    assert len(texts) > 100
    with_triggers = [r for r in clf._recognizers if r.triggers]
    assert len(with_triggers) >= 10
    for recognizer in with_triggers:
        kinds = {t.kind for t in recognizer.triggers}
        found_with_hits = 0
        for text in texts:
            scan = clf._scanner.scan(text)
            found_with_hits += bool(recognizer.from_scan(Segment("body", text), scan))
            others = Scan(text, {kind: spans for kind, spans in scan.hits.items() if kind not in kinds})
            assert recognizer.from_scan(Segment("body", text), others) == [], recognizer.name
        assert found_with_hits, f"{recognizer.name} found nothing in the corpus: the check above proves nothing"
