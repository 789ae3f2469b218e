#!/usr/bin/env python3
"""Generate the held-out corpus: anticoagulation clinic and hospital pharmacy mail.

Usage: python generate.py [--out DIR]
Reads only its own modules and ../blind_nams.txt (relative to this file).
"""
import argparse
import datetime
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_neg_c  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_pos_c  # noqa: E402
import gen_pos_d  # noqa: E402
from gen_common import PAT_SURNAMES, STAFF, TYPES, fold, load_holders  # noqa: E402
from gen_ctx import Ctx  # noqa: E402
from gen_msg import Mail  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import verify  # noqa: E402

SEED = 130517
N_POS, N_NEG = 120, 180


def msg_day(i, salt):
    d = datetime.date(2025, 1, 6) + datetime.timedelta(days=(i * 37 + salt * 11) % 310)
    if d.weekday() >= 5 and (i % 4):
        d -= datetime.timedelta(days=d.weekday() - 4)
    return d


def plan(templates, n, rng):
    order = list(templates)
    rng.shuffle(order)
    out = []
    for i in range(n):
        name, fn = order[i % len(order)]
        lang = ["fr", "en"][(i + i // len(order)) % 2]
        out.append((name, fn, lang))
    return out


def build(out):
    holders = load_holders()
    staff_surnames = {fold(s[1]) for s in STAFF}
    holder_surnames = {fold(h.surname) for h in holders}
    if staff_surnames & holder_surnames or {fold(s) for s in PAT_SURNAMES} & holder_surnames:
        raise SystemExit("name pools overlap NAM holders")
    rng = random.Random(SEED)
    ctx = Ctx(random.Random(SEED + 1), holders)
    pos_plan = plan(gen_pos_a.TEMPLATES + gen_pos_b.TEMPLATES + gen_pos_c.TEMPLATES + gen_pos_d.TEMPLATES, N_POS, rng)
    neg_plan = plan(gen_neg_a.TEMPLATES + gen_neg_b.TEMPLATES + gen_neg_c.TEMPLATES, N_NEG, rng)

    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, sub, f))

    labels, facts = {}, {}
    for kind, pl in (("p", pos_plan), ("n", neg_plan)):
        for i, (cat, fn, lang) in enumerate(pl):
            key = "%s%03d" % (kind, i + 1)
            idx = i if kind == "p" else i + 1000
            m = Mail(SEED, key, idx, lang, cat, random.Random("%d-%s" % (SEED, key)), msg_day(i, 0 if kind == "p" else 5))
            fn(m, ctx)
            rel = "%s/%s_%s.eml" % ("positive" if kind == "p" else "negative", key, cat)
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(m.render())
            types = [t for t in TYPES if t in m.types] if kind == "p" else []
            labels[rel] = {"confidential": kind == "p", "types": types, "lang": lang, "note": m.note}
            facts[rel] = {"names": m.names, "nams": m.nams, "ids": m.ids, "dobs": m.dobs}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(labels, sort_keys=True, ensure_ascii=False, indent=1) + "\n")
    return holders, labels, facts


def digest(out):
    h = hashlib.sha256()
    rels = ["labels.json"]
    for sub in ("positive", "negative"):
        rels += ["%s/%s" % (sub, f) for f in os.listdir(os.path.join(out, sub)) if f.endswith(".eml")]
    for rel in sorted(rels):
        with open(os.path.join(out, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    holders, labels, facts = build(out)
    errs, feats, _ = verify(out, holders, facts)
    if errs:
        for e in errs[:200]:
            print("FAIL:", e, file=sys.stderr)
        print("%d problem(s)" % len(errs), file=sys.stderr)
        sys.exit(1)
    dg = digest(out)
    write_readme(out, SEED, labels, feats, dg)
    print("positives %d, negatives %d" % (sum(1 for v in labels.values() if v["confidential"]),
                                          sum(1 for v in labels.values() if not v["confidential"])))
    print("digest", dg)


if __name__ == "__main__":
    main()
