#!/usr/bin/env python3
"""Generate the labelled imaging-department e-mail corpus (seed 127341).

Usage: python generate.py [--out DIR]
Reads only its own gen_*.py modules and ../blind_nams.txt (relative to this file).
"""
import argparse
import hashlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gen_common as C  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_neg_en  # noqa: E402
import gen_neg_fr  # noqa: E402
import gen_pos_en  # noqa: E402
import gen_pos_fr  # noqa: E402
import gen_readme  # noqa: E402
import gen_verify as V  # noqa: E402
from gen_ctx import Ctx, choose_transport  # noqa: E402

SEED = 127341
N_POS, N_NEG = 120, 180


def plan(rng):
    pos = [(f, "fr", cat) for f, n, cat in gen_pos_fr.TEMPLATES for _ in range(n)]
    pos += [(f, "en", cat) for f, n, cat in gen_pos_en.TEMPLATES for _ in range(n)]
    neg = [(f, "fr", cat) for f, n, cat in gen_neg_fr.TEMPLATES for _ in range(n)]
    neg += [(f, "en", cat) for f, n, cat in gen_neg_en.TEMPLATES for _ in range(n)]
    assert len(pos) == N_POS, len(pos)
    assert len(neg) == N_NEG, len(neg)
    rng.shuffle(pos)
    rng.shuffle(neg)
    return pos, neg


def render(func, lang, positive, key, pf):
    rng = random.Random("%d|%s" % (SEED, key))
    c = Ctx(rng, lang, pf, key, positive)
    spec = func(c)
    note = spec.pop("note")
    frm = spec.pop("frm")
    full = {
        "from": frm, "to": spec.pop("to"), "cc": spec.pop("cc", None),
        "subject": spec.pop("subject"), "date": c.date, "msgid": c.msgid(frm[1].split("@")[1]),
        "text": spec.pop("text", None), "html": spec.pop("html", None),
        "attachments": spec.pop("attachments", None),
    }
    if spec.get("in_reply_to"):
        full["in_reply_to"] = spec.pop("in_reply_to")
    full.update(spec)
    choose_transport(rng, lang, full)
    raw = M.build(full)
    types = sorted(c.types, key=V.TYPES.index)
    if positive and not types:
        raise AssertionError("%s: positive without types" % key)
    label = {"confidential": positive, "types": types if positive else [], "lang": lang, "note": note}
    meta = {"ids": sorted(set(c.ids)), "nam_used": c.nam_used, "patients": c.patients}
    return raw, label, meta


def digest(out_dir, keys):
    h = hashlib.sha256()
    for k in sorted(list(keys) + ["labels.json"]):
        h.update(k.encode() + b"\0")
        h.update(open(os.path.join(out_dir, k), "rb").read())
        h.update(b"\0")
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    out = args.out
    for d in ("positive", "negative"):
        os.makedirs(os.path.join(out, d), exist_ok=True)
        for f in os.listdir(os.path.join(out, d)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, d, f))
    rng = random.Random(SEED)
    pf = C.PatientFactory(random.Random("%d|patients" % SEED))
    pos, neg = plan(rng)
    labels, metas = {}, {}
    for prefix, folder, items, positive in (("p", "positive", pos, True), ("n", "negative", neg, False)):
        for i, (func, lang, cat) in enumerate(items, 1):
            key = "%s/%s%03d_%s.eml" % (folder, prefix, i, cat)
            raw, label, meta = render(func, lang, positive, key, pf)
            with open(os.path.join(out, key), "wb") as fh:
                fh.write(raw)
            labels[key] = label
            metas[key] = meta
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    errors, features = V.verify(out, labels, metas)
    dg = digest(out, list(labels))
    gen_readme.write(out, labels, features, dg, SEED)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d verification error(s)" % len(errors), file=sys.stderr)
        sys.exit(1)
    n_pos = sum(1 for v in labels.values() if v["confidential"])
    print("positives %d, negatives %d" % (n_pos, len(labels) - n_pos))
    print("digest", dg)


if __name__ == "__main__":
    main()
