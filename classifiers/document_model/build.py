"""Train the document model and write ``weights.txt`` (by hand, from the repository root; needs scikit-learn,
which is not a dependency of the product):

    pip install scikit-learn && python -m sentinelle.classifiers.document_model.build

Trained on every labelled corpus under ``tests/`` except the sealed ones (``SEALED``: never read, kept to
measure), with the shipped classifier's findings. Deterministic for a given set of corpora and findings.
Weights smaller than ``KEEP_ABOVE`` in magnitude are dropped (they change no decision; the file stays small).
"""

from __future__ import annotations

import sys
from pathlib import Path

from sentinelle.classifiers.document_model import HASH_BITS, WEIGHTS_FILE, features
from sentinelle.classifiers.engine import Classifier
from sentinelle.classifiers.evaluate import default_config, load_labels
from sentinelle.classifiers.extract import extract
from sentinelle.classifiers.parse import parse_message

SEALED = frozenset({"corpus_heldout", "corpus_heldout_2", "corpus_heldout_3", "corpus_heldout_4", "corpus_heldout_6",
                    "corpus_heldout_7", "corpus_heldout_8", "corpus_heldout_10", "corpus_heldout_12",
                    "corpus_heldout_15", "corpus_heldout_16", "corpus_heldout_17",
                    "corpus_heldout_18"})
REGULARISATION_C = 4.0
KEEP_ABOVE = 0.1


def training_rows(tests: Path) -> tuple[list[dict[int, float]], list[bool]]:
    classifier = Classifier.load(default_config())
    rows: list[dict[int, float]] = []
    labels: list[bool] = []
    for corpus in sorted(p for p in tests.glob("corpus*") if (p / "labels.json").exists() and p.name not in SEALED):
        for filename, label in sorted(load_labels(corpus).items()):
            path = next(iter(corpus.glob(f"*/{filename}")), corpus / filename)
            parsed = parse_message(path.read_bytes())
            result = classifier.inspect(parsed)
            text = " ".join(s.text for s in extract(parsed, classifier._config.limits).segments)
            rows.append(features(text, (f.type for f in result.findings if f.confidence >= 0.6)))
            labels.append(label.confidential)
    return rows, labels


def main(repository: Path = Path(".")) -> int:
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    rows, labels = training_rows(repository / "tests")
    data, indices, pointers = [], [], [0]
    for row in rows:
        for index, value in sorted(row.items()):
            indices.append(index)
            data.append(value)
        pointers.append(len(indices))
    matrix = csr_matrix((data, indices, pointers), shape=(len(rows), 1 << HASH_BITS))
    model = LogisticRegression(C=REGULARISATION_C, max_iter=5000, class_weight="balanced").fit(matrix, labels)
    weights = model.coef_[0]
    kept = [(i, w) for i, w in enumerate(weights) if abs(w) >= KEEP_ABOVE]
    out = Path(__file__).with_name(WEIGHTS_FILE)
    out.write_text(f"intercept {model.intercept_[0]:.6f}\n" + "".join(f"{i} {w:.4f}\n" for i, w in kept),
                   encoding="ascii")
    print(f"{out}: {len(rows)} messages, {len(kept)} weights kept of {len(weights)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
