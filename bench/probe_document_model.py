"""Probe, not shipped: would a document-level model over the text and the findings generalise to sealed corpora?

The rules reach 1.000 / 0.000 on every corpus whose misses were read, and about 0.95 recall on corpora nobody
read (README, "What was measured"). This trains a bag-of-words logistic regression (hashed word unigrams and
bigrams of the extracted text, accent-folded, digits as 0, plus one token per finding type that counted) on the
read corpora only, and adds it to the rules (confidential = rules OR p > t). It prints message-level figures only:
grouped cross-validation over the read corpora (four corpora held out at a time), then the sealed corpora,
whose misclassified messages are never listed.

Needs scikit-learn, which is not a dependency of the project: ``pip install scikit-learn``, then
``python bench/probe_document_model.py [C]`` from the repository root (a few minutes; the inspections are cached
in the system's temporary directory).
"""

from __future__ import annotations

import pickle
import re
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

import numpy as np

from sentinelle.classifiers.engine import Classifier
from sentinelle.classifiers.evaluate import default_config, load_labels
from sentinelle.classifiers.extract import extract
from sentinelle.classifiers.parse import parse_message

TESTS = Path(__file__).resolve().parents[1] / "tests"
SEALED = ["corpus_heldout", "corpus_heldout_2", "corpus_heldout_3", "corpus_heldout_4", "corpus_heldout_6",
          "corpus_heldout_7", "corpus_heldout_8", "corpus_heldout_10", "corpus_heldout_12", "corpus_heldout_13",
          "corpus_heldout_14"]
READ = sorted(p.name for p in TESTS.glob("corpus*") if (p / "labels.json").exists() and p.name not in SEALED)
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
LIMITS = default_config().limits
Row = tuple[bool, str, bool]  # the rules' verdict, the model's text, the label


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def _row(classifier: Classifier, raw: bytes, confidential: bool) -> Row:
    parsed = parse_message(raw)
    result = classifier.inspect(parsed)
    text = re.sub(r"\d", "0", _fold(" ".join(s.text for s in extract(parsed, LIMITS).segments)))
    types = " ".join(f"FT_{f.type}" for f in result.findings if f.confidence >= 0.6)
    return result.confidential, text[:20000] + " " + types, confidential


def _corpus(classifier: Classifier, name: str) -> list[Row]:
    rows = []
    for filename, label in sorted(load_labels(TESTS / name).items()):
        path = next(iter((TESTS / name).glob(f"*/{filename}")), TESTS / name / filename)
        if path.exists():
            rows.append(_row(classifier, path.read_bytes(), label.confidential))
    return rows


def main() -> None:
    from sklearn.feature_extraction.text import HashingVectorizer
    from sklearn.linear_model import LogisticRegression

    strength = float(sys.argv[1]) if len(sys.argv) > 1 else 4.0
    cache = Path(tempfile.gettempdir()) / "sentinelle-document-model-probe.pkl"
    if cache.exists():
        data: dict[str, list[Row]] = pickle.loads(cache.read_bytes())
    else:
        classifier = Classifier.load(default_config())
        data = {name: _corpus(classifier, name) for name in READ + SEALED}
        cache.write_bytes(pickle.dumps(data))
    vectorizer = HashingVectorizer(n_features=2**19, ngram_range=(1, 2), alternate_sign=False,
                                   token_pattern=r"(?u)\b\w+\b")

    def arrays(names: list[str]) -> tuple[Any, Any, Any]:
        rows = [row for name in names for row in data[name]]
        return (np.array([r[0] for r in rows]), vectorizer.transform([r[1] for r in rows]),
                np.array([r[2] for r in rows]))

    def model(names: list[str]) -> Any:
        _, features, labels = arrays(names)
        return LogisticRegression(C=strength, max_iter=2000, class_weight="balanced").fit(features, labels)

    def report(what: str, rules: Any, probability: Any, labels: Any) -> None:
        for threshold in THRESHOLDS:
            both = rules | (probability > threshold)
            print(f"{what}, rules OR p > {threshold}: recall {both[labels].mean():.3f}, FPR {both[~labels].mean():.3f} "
                  f"(rules alone {rules[labels].mean():.3f} / {rules[~labels].mean():.3f})")

    folds = [READ[i : i + 4] for i in range(0, len(READ), 4)]
    parts = []
    for held in folds:
        rules, features, labels = arrays(held)
        parts.append((rules, model([n for n in READ if n not in held]).predict_proba(features)[:, 1], labels))
    report(f"{len(READ)} read corpora, grouped cross-validation",
           *(np.concatenate([p[i] for p in parts]) for i in range(3)))
    rules, features, labels = arrays(SEALED)
    report(f"{len(SEALED)} sealed corpora ({len(labels)} messages)", rules, model(READ).predict_proba(features)[:, 1],
           labels)


if __name__ == "__main__":
    main()
