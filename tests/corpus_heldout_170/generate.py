#!/usr/bin/env python3
"""Generate the labelled corpus (medical records / release-of-information office flavour).

Usage: python generate.py [--out DIR]   (default: the folder holding this file)
"""
import argparse
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen_plan import build_all  # noqa: E402
from gen_readme import digest, write_readme  # noqa: E402
from gen_verify import verify  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = args.out
    items = build_all()
    for d in ("positive", "negative"):
        os.makedirs(os.path.join(out, d), exist_ok=True)
        for f in os.listdir(os.path.join(out, d)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, d, f))
    labels = {}
    for it in items:
        with open(os.path.join(out, it["rel"]), "wb") as fh:
            fh.write(it["raw"])
        labels[it["rel"]] = it["label"]
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    errors, features = verify(out, items)
    dig = digest(out)
    write_readme(out, labels, features, dig)
    if errors:
        for e in errors:
            print("FAIL", e, file=sys.stderr)
        print("%d failure(s)" % len(errors), file=sys.stderr)
        return 1
    pos = sum(1 for v in labels.values() if v["confidential"])
    print("positives %d, negatives %d" % (pos, len(labels) - pos))
    print("digest %s" % dig)
    return 0


if __name__ == "__main__":
    sys.exit(main())
