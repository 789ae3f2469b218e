"""Sentinelle content classification: parse, extract, recognize, score. Never imports ``proxy``."""

from sentinelle.classifiers.config import ClassifierConfig, Limits, MrnPattern, Scoring
from sentinelle.classifiers.engine import Classifier
from sentinelle.classifiers.nlp import ModelNotInstalled, load_model
from sentinelle.classifiers.recognizers.patient_name import StaffNames
from sentinelle.classifiers.scoring import score
from sentinelle.classifiers.types import Finding, Inspection, Segment

__all__ = [
    "Classifier",
    "ClassifierConfig",
    "Finding",
    "Inspection",
    "Limits",
    "ModelNotInstalled",
    "MrnPattern",
    "Scoring",
    "Segment",
    "StaffNames",
    "load_model",
    "score",
]
