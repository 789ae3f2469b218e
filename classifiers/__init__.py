"""Sentinelle content classification: parse, extract, recognize, score. Never imports ``proxy``."""

from classifiers.config import ClassifierConfig, Limits, MrnPattern, Scoring
from classifiers.engine import Classifier
from classifiers.nlp import ModelNotInstalled, load_model
from classifiers.recognizers.patient_name import StaffNames
from classifiers.scoring import score
from classifiers.types import Finding, Inspection, Segment

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
