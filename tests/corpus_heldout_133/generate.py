#!/usr/bin/env python3
"""Generate the labelled NICU outbound-mail corpus (seed 13313), verify it and print its digest.

Usage: python generate.py [--out DIR]   (default: the folder holding this file)
"""
import argparse
import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gen_clin as K  # noqa: E402
import gen_common as C  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_neg_c  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_pos_c  # noqa: E402
import gen_pos_d  # noqa: E402
import gen_readme as R  # noqa: E402
import gen_verify as V  # noqa: E402

N_POS, N_NEG = 120, 180
POS_T = gen_pos_a.TEMPLATES + gen_pos_b.TEMPLATES + gen_pos_c.TEMPLATES + gen_pos_d.TEMPLATES
NEG_T = gen_neg_a.TEMPLATES + gen_neg_b.TEMPLATES + gen_neg_c.TEMPLATES


def plan(n, templates, tag):
    """(template, lang) pairs: every template in both languages, half fr / half en, in a fixed shuffled order."""
    pairs = []
    for i in range(n):
        k = i % len(templates)
        lang = "fr" if (i + i // len(templates)) % 2 == 0 else "en"
        pairs.append((templates[k], lang))
    C.rng_for("order", tag).shuffle(pairs)
    return pairs


def build():
    hp = C.HolderPicker(C.rng_for("holders"))
    items = []
    for i, (t, lang) in enumerate(plan(N_POS, POS_T, "pos")):
        ctx = K.Ctx(i, lang, "pos", hp)
        m = t(ctx)
        items.append(("positive", f"p{i + 1:03d}_{m.category}.eml", m, i, ctx))
    for i, (t, lang) in enumerate(plan(N_NEG, NEG_T, "neg")):
        ctx = K.Ctx(i, lang, "neg", hp)
        m = t(ctx)
        items.append(("negative", f"n{i + 1:03d}_{m.category}.eml", m, N_POS + i, ctx))
    return items


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(HERE))
    args = ap.parse_args(argv)
    out = Path(args.out)
    for sub in ("positive", "negative"):
        (out / sub).mkdir(parents=True, exist_ok=True)
        for old in sorted((out / sub).glob("*.eml")):
            old.unlink()
    labels, recs = {}, {}
    for folder, fn, m, gi, ctx in build():
        M.assign_transport(m, gi)
        rng = C.rng_for("mime", gi)
        dom = m.frm[1].split("@")[1]
        msgid = f"<{m.date:%Y%m%d%H%M%S}.{gi:04d}.{rng.getrandbits(40):010x}@{dom}>"
        raw = M.Renderer(gi, rng).render(m, msgid)
        rel = f"{folder}/{fn}"
        (out / rel).write_bytes(raw)
        pos = folder == "positive"
        labels[rel] = {"confidential": pos, "types": m.rec.sorted_types() if pos else [], "lang": m.lang, "note": m.note}
        recs[rel] = m.rec
    labels = dict(sorted(labels.items()))
    (out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    errors, features = V.verify(out, labels, recs)
    dig = R.digest(out)
    R.write_readme(out, labels, features, dig)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} check(s) failed", file=sys.stderr)
        return 1
    print(dig)
    return 0


if __name__ == "__main__":
    sys.exit(main())
