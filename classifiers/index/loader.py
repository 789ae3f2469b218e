"""Load the configured index once per classifier (start-up and each reload)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sentinelle.classifiers.index.recognizer import IndexedPatientRecognizer
    from sentinelle.classifiers.index.settings import IndexSettings


def load_index_recognizer(settings: IndexSettings) -> IndexedPatientRecognizer:
    """The recognizer over the index in ``settings``; raise ``store.IndexFileError`` (a message
    naming the file and the problem) when the index or its key cannot be used."""
    from sentinelle.classifiers.index.recognizer import IndexedPatientRecognizer  # deferred: numpy
    from sentinelle.classifiers.index.store import PatientIndex

    return IndexedPatientRecognizer(PatientIndex.open(settings.path, settings.key_path))
