"""The learned document model (``classifiers.document_model``): what it reads, when it is asked, what it overrules.

Texts here are written for these tests (the model was trained on the corpora under tests/, not on them).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
from pathlib import Path
from typing import Any

import pytest
from conftest import shipped_classifier

from sentinelle.classifiers.config import ClassifierConfig, Scoring
from sentinelle.classifiers.document_model import DocumentModel, features, tokens
from sentinelle.classifiers.engine import DOCUMENT_MODEL_MIN_WORDS, Classifier
from sentinelle.classifiers.evaluate import default_config
from sentinelle.classifiers.types import Inspection, Segment
from sentinelle.proxy.cli import main
from sentinelle.proxy.policy.loader import parse_policy, shipped_policy_text
from sentinelle.proxy.policy.schema import PolicyError

PROGRAMME = ("Programme – Journée régionale des soins à domicile",
             "Bonjour à toutes et à tous,\nVoici le programme de la journée du 3 février à l'auditorium du pavillon "
             "B :\n8 h 30 – Nathalie Bérubé : prévention des chutes chez l'aîné\n9 h 30 – Karim Haddad : insuffisance "
             "cardiaque, le suivi à domicile\n10 h 45 – Chantal Lévesque : plaies de pression\nDîner sur place. "
             "Inscription gratuite auprès du secrétariat avant le 20 janvier.\nAu plaisir de vous y voir.")
WOUND_CARE = ("Clinique de plaies – devancer le rendez-vous",
              "Bonjour,\nSuite à la visite de ce matin, Gérard Lapointe présente une plaie au talon gauche qui "
              "s'aggrave, avec écoulement. Son diabète est mal contrôlé (glycémie 14,2). Pouvez-vous devancer son "
              "rendez-vous en clinique de plaies? Sa fille peut l'accompagner mardi.\nMerci,\nInfirmière de liaison")
HEART_FAILURE = ("Follow-up",
                 "Hello,\nI saw Gordon Fraser in clinic today. His heart failure is worse: weight up 3 kg in a week, "
                 "more short of breath at night. I increased furosemide to 80 mg daily and asked him to weigh himself "
                 "every morning. Could you see him in the heart failure clinic next week?\nThanks")


def test_tokens_fold_case_accents_and_digits() -> None:
    assert tokens("Créatinine 212, Hémodialyse", ["lab_result", "diagnosis", "lab_result"]) == [
        "creatinine", "000", "hemodialyse", "creatinine 000", "000 hemodialyse", "ft_diagnosis", "ft_lab_result"]


def test_features_are_hashed_and_normalised() -> None:
    vector = features("plaie au talon, plaie au talon", ["diagnosis"])
    assert vector == features("Plaie au talon, plaie au talon", ["diagnosis"])
    assert math.isclose(math.sqrt(sum(v * v for v in vector.values())), 1.0)
    assert all(0 <= index < 2**18 for index in vector)


def test_shipped_weights() -> None:
    model = DocumentModel.shipped()
    assert model.weight_count > 5000
    assert 0.0 < model.probability("", []) < 1.0


VETO = 0.3  # the value measured (docs/policy.md); the shipped policy leaves the veto off


@functools.cache
def vetoing() -> Classifier:
    """The shipped classifier with ``document_model_veto = 0.3``."""
    base = default_config()
    return Classifier.load(dataclasses.replace(base, scoring=dataclasses.replace(base.scoring,
                                                                                  document_model_veto=VETO)))


def inspect(subject: str, body: str, classifier: Classifier | None = None) -> Inspection:
    segments = [Segment("subject", subject), Segment("body", body)]
    return (classifier or vetoing()).inspect_segments(segments)


def test_a_programme_of_speakers_and_topics_is_overruled() -> None:
    result = inspect(*PROGRAMME)
    assert (result.confidential, result.reasons, result.overruled) == (False, (), ("name_near_clinical",))
    # The findings stay: the names and the diseases are still reported, only the verdict changed.
    assert {"patient_name", "diagnosis"} <= {f.type for f in result.findings}


@pytest.mark.parametrize(("subject", "body"), [WOUND_CARE, HEART_FAILURE], ids=["wound-care-fr", "heart-failure-en"])
def test_a_patient_near_a_disease_stays_confidential(subject: str, body: str) -> None:
    result = inspect(subject, body)
    assert (result.confidential, result.reasons, result.overruled) == (True, ("name_near_clinical",), ())


class Says:
    """Stands in for the model: gives one probability, and remembers every question."""

    def __init__(self, probability: float) -> None:
        self.value = probability
        self.questions: list[tuple[str, frozenset[str]]] = []

    def probability(self, text: str, finding_types: Any) -> float:
        self.questions.append((text, frozenset(finding_types)))
        return self.value


@pytest.fixture
def harmless(monkeypatch: pytest.MonkeyPatch) -> Says:
    """A model that reads every message as mail about nobody's care."""
    stand_in = Says(0.0)
    monkeypatch.setattr(vetoing(), "_document_model", stand_in)
    return stand_in


def test_asked_with_every_segment_and_the_counted_types(harmless: Says) -> None:
    result = inspect(*WOUND_CARE)
    assert result.overruled == ("name_near_clinical",) and not result.confidential
    ((text, types),) = harmless.questions
    assert text == f"{WOUND_CARE[0]} {WOUND_CARE[1]}" and {"patient_name", "diagnosis"} <= types


def test_a_short_text_is_never_asked(harmless: Says) -> None:
    body = "Gérard Lapointe : plaie au talon qui coule, diabète mal contrôlé."
    assert len(body.split()) < DOCUMENT_MODEL_MIN_WORDS
    result = inspect("Suivi", body)
    assert (result.confidential, result.reasons) == (True, ("name_near_clinical",))
    assert harmless.questions == []


@pytest.mark.parametrize(
    "evidence",
    ["Même suivi pour Jean Tremblay, NAM TREJ 4503 1512.",  # an identifier
     "Gérard Lapointe, né le 12 mars 1941, est suivi chez nous.",  # a birth date near the name
     "Transport adapté de Gérard Lapointe vers la dialyse : 412, rue des Érables, app. 3, Lévis; téléphone à la maison "
     "418-555-0199."],  # a home contact in a care context
    ids=["identifier", "birth-date", "home-contact"],
)
def test_other_rules_are_never_overruled(harmless: Says, evidence: str) -> None:
    note, sign_off = WOUND_CARE[1].split("\nMerci,")
    result = inspect(WOUND_CARE[0], f"{note}\n{evidence}\nMerci,{sign_off}")
    assert result.confidential and set(result.reasons) - {"name_near_clinical"}
    assert not result.overruled and harmless.questions == []


def test_off_by_default_and_never_loaded() -> None:
    assert shipped_classifier()._document_model is None
    base = default_config()
    off = ClassifierConfig(limits=base.limits, mrn_patterns=base.mrn_patterns,
                           scoring=dataclasses.replace(base.scoring, ner=False, document_model_veto=0.0))
    classifier = Classifier.load(off)
    assert classifier._document_model is None
    result = inspect(WOUND_CARE[0], WOUND_CARE[1], classifier=classifier)
    assert (result.confidential, result.reasons, result.overruled) == (True, ("name_near_clinical",), ())


def test_policy_key() -> None:
    assert parse_policy(shipped_policy_text().encode()).classifiers.scoring.document_model_veto == 0
    assert Scoring().document_model_veto == 0
    on = parse_policy(b"[classifiers]\ndocument_model_veto = 0.3\n")
    assert on.classifiers.scoring.document_model_veto == 0.3
    with pytest.raises(PolicyError) as caught:
        parse_policy(b"[classifiers]\ndocument_model_veto = 1.5\n", "bad.toml")
    assert any(line.startswith("classifiers.document_model_veto:") for line in caught.value.errors)


def test_check_says_what_was_overruled(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "policy.toml").write_text(f"[classifiers]\ndocument_model_veto = {VETO}\n")
    message = tmp_path / "programme.eml"
    message.write_bytes(
        f"From: formation@ssss.gouv.qc.ca\nTo: partenaires@organisme.example\nSubject: {PROGRAMME[0]}\n"
        f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{PROGRAMME[1]}\n".encode())
    assert main(["check", "--json", str(message)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["confidential"] is False and report["scoring_reasons"] == []
    assert report["overruled_reasons"] == ["name_near_clinical"]
    [recipient] = report["recipients"]
    assert recipient["action"] == "deliver" and recipient["overruled"] == ["name_near_clinical"]
    assert main(["check", str(message)]) == 0
    assert "confidential: no (name_near_clinical overruled by the document model)" in capsys.readouterr().out
