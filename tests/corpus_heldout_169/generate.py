#!/usr/bin/env python3
"""Generate the cardiology DLP evaluation corpus (seed 25169).

Usage: python generate.py [--out DIR]
Writes positive/*.eml, negative/*.eml, labels.json and README.md, re-parses and checks
everything, prints the digest, and exits non-zero on any failure.
"""
import argparse
import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))

from gen_build import build, make_date  # noqa: E402
from gen_common import World  # noqa: E402
import gen_neg_en_a  # noqa: E402
import gen_neg_en_b  # noqa: E402
import gen_neg_extra  # noqa: E402
import gen_neg_fr_a  # noqa: E402
import gen_neg_fr_b  # noqa: E402
import gen_pos_en_a  # noqa: E402
import gen_pos_en_b  # noqa: E402
import gen_pos_fr_a  # noqa: E402
import gen_pos_fr_b  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import TYPES, verify  # noqa: E402

SEED = 25169
N_POS, N_NEG = 120, 180


def fill(templates, n, rng):
    """Cycle a template list to exactly n entries, then shuffle."""
    out = [templates[i % len(templates)] for i in range(n)]
    rng.shuffle(out)
    return out


def interleave(a, b, rng):
    out = [(t, "a") for t in a] + [(t, "b") for t in b]
    rng.shuffle(out)
    return [t for t, _ in out]


def digest(out):
    h = hashlib.sha256()
    files = sorted(list(out.glob("positive/*.eml")) + list(out.glob("negative/*.eml")) + [out / "labels.json"])
    for f in sorted(files, key=lambda p: str(p.relative_to(out))):
        rel = str(f.relative_to(out)).replace("\\", "/")
        h.update(rel.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(HERE), help="output folder (default: beside this script)")
    args = ap.parse_args()
    out = Path(args.out)
    for sub in ("positive", "negative"):
        (out / sub).mkdir(parents=True, exist_ok=True)
        for old in (out / sub).glob("*.eml"):
            old.unlink()

    world = World(SEED)
    order_rng = random.Random(SEED * 7 + 1)
    date_rng = random.Random(SEED * 7 + 2)
    mime_rng = random.Random(SEED * 7 + 3)

    pos_fr = fill(gen_pos_fr_a.TEMPLATES + gen_pos_fr_b.TEMPLATES, N_POS // 2, order_rng)
    pos_en = fill(gen_pos_en_a.TEMPLATES + gen_pos_en_b.TEMPLATES, N_POS // 2, order_rng)
    neg_fr = fill(gen_neg_fr_a.TEMPLATES + gen_neg_fr_b.TEMPLATES + gen_neg_extra.TEMPLATES_FR, N_NEG // 2, order_rng)
    neg_en = fill(gen_neg_en_a.TEMPLATES + gen_neg_en_b.TEMPLATES + gen_neg_extra.TEMPLATES_EN, N_NEG // 2, order_rng)
    jobs = [("positive", "p", interleave(pos_fr, pos_en, order_rng)),
            ("negative", "n", interleave(neg_fr, neg_en, order_rng))]

    labels, manifest = {}, {}
    for folder, letter, templates in jobs:
        for i, tmpl in enumerate(templates, 1):
            now = make_date(date_rng)
            spec = tmpl(world, now)
            spec.date = now
            expected = "pos" if folder == "positive" else "neg"
            if spec.kind != expected:
                raise SystemExit(f"template {tmpl.__name__} returned {spec.kind} for {folder}")
            rel = f"{folder}/{letter}{i:03d}_{spec.category}.eml"
            data, _ = build(spec, f"{letter}{i}", SEED, mime_rng)
            (out / rel).write_bytes(data)
            labels[rel] = {"confidential": folder == "positive", "types": spec.types, "lang": spec.lang,
                           "note": spec.note}
            manifest[rel] = {"types": spec.types, "nams": spec.nams, "ids": spec.ids, "names": spec.names}

    labels = {k: labels[k] for k in sorted(labels)}
    (out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    errors, feats, labels_back = verify(out, manifest, world.holders)
    dig = digest(out)
    langs = Counter(v["lang"] for v in labels_back.values())
    per_lang = Counter((k.split("/")[0], v["lang"]) for k, v in labels_back.items())
    types = Counter(t for v in labels_back.values() for t in v["types"])
    write_readme(out, SEED, dig, langs, per_lang, types, feats, TYPES)
    if errors:
        for e in errors[:200]:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        sys.exit(1)
    print(f"positives {sum(1 for k in labels_back if k.startswith('positive/'))}, "
          f"negatives {sum(1 for k in labels_back if k.startswith('negative/'))}")
    for (folder, lang), n in sorted(per_lang.items()):
        print(f"  {folder:9s} {lang}: {n}")
    print("types:", ", ".join(f"{t}={types[t]}" for t in TYPES if types[t]))
    print("digest:", dig)


if __name__ == "__main__":
    main()
