"""Generate the general-surgery held-out corpus (seed 25165).

Usage: python generate.py [--out DIR]
Writes positive/*.eml, negative/*.eml, labels.json and README.md, then
re-checks everything and prints the digest.  Exits non-zero on any failure.
"""
import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen_plan import build  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import verify  # noqa: E402


def digest(outdir):
    h = hashlib.sha256()
    rels = sorted([str(p.relative_to(outdir)).replace("\\", "/")
                   for p in list((outdir / "positive").glob("*.eml")) +
                   list((outdir / "negative").glob("*.eml"))] + ["labels.json"])
    for rel in rels:
        h.update(rel.encode("utf-8") + b"\0")
        h.update((outdir / rel).read_bytes() + b"\0")
    return h.hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(HERE), help="output folder (default: beside this file)")
    args = ap.parse_args(argv)
    outdir = Path(args.out)
    records = build()
    for sub in ("positive", "negative"):
        d = outdir / sub
        d.mkdir(parents=True, exist_ok=True)
        for old in d.glob("*.eml"):
            old.unlink()
    labels = {}
    for rel, raw, label, _ in records:
        (outdir / rel).write_bytes(raw)
        labels[rel] = label
    labels = {k: labels[k] for k in sorted(labels)}
    (outdir / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    errs, texts, feats = verify(outdir, records)
    dg = digest(outdir)
    write_readme(outdir, records, labels, feats, texts, dg)
    if errs:
        for e in errs[:200]:
            print("FAIL:", e, file=sys.stderr)
        print(f"{len(errs)} problem(s)", file=sys.stderr)
        return 1
    pos = [l for l in labels.values() if l["confidential"]]
    print(f"positives {len(pos)}, negatives {len(labels) - len(pos)}")
    print(dg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
