"""Rebuild ``mail.txt``, the warm-up mail (run by hand from the repository root):

    python -m sentinelle.classifiers.warmup.build

About 150 messages taken at a fixed stride from the development corpora (``tests/corpus_dev_*``: synthetic
mail written by writers who never saw the recognizers, half of it confidential), text-only messages only
(``classifiers.extract.in_process_only``: warming up must never start the parser processes before a fork);
and ``words.txt``, the ``TARGET_WORDS`` commonest whitespace-separated words of all their text (ties in
first-seen order). Deterministic: the same corpora give the same files.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from sentinelle.classifiers.config import Limits
from sentinelle.classifiers.extract import extract, in_process_only
from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.warmup import MAIL_FILE, SEPARATOR, WORDS_FILE

TARGET_MESSAGES = 150
TARGET_WORDS = 10_000


def main(repository: Path = Path(".")) -> int:
    files = sorted(repository.glob("tests/corpus_dev_*/*/*.eml"))
    texts = [path.read_bytes() for path in files]
    usable = [raw for raw in texts if in_process_only(parse_message(raw)) and SEPARATOR not in raw]
    words: Counter[str] = Counter()
    for raw in usable:
        for segment in extract(parse_message(raw), Limits()).segments:
            words.update(segment.text.split())
    if len(usable) < TARGET_MESSAGES:
        print(f"only {len(usable)} text-only messages under {repository}/tests/corpus_dev_*", file=sys.stderr)
        return 1
    chosen = usable[:: len(usable) // TARGET_MESSAGES]
    out = Path(__file__).with_name(MAIL_FILE)
    out.write_bytes(b"".join(SEPARATOR + raw.replace(b"\r\n", b"\n").rstrip(b"\n") + b"\n" for raw in chosen))
    print(f"{out}: {len(chosen)} messages, {out.stat().st_size} bytes")
    vocabulary = Path(__file__).with_name(WORDS_FILE)
    vocabulary.write_text("\n".join(word for word, _ in words.most_common(TARGET_WORDS)) + "\n", encoding="utf-8")
    print(f"{vocabulary}: {TARGET_WORDS} words, {vocabulary.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
