#!/usr/bin/env python3
"""Generate the held-out DLP corpus: sports medicine and concussion clinic, Quebec health network (FR/EN).

Usage: python generate.py [--out DIR]
Writes positive/*.eml, negative/*.eml, labels.json and README.md (next to this file by default),
re-parses and checks everything, and prints the digest.
"""
import argparse
import datetime
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
from gen_ctx import Ctx  # noqa: E402
from gen_mime import render_message  # noqa: E402
from gen_readme import TYPE_ORDER, digest, features_of, write_readme  # noqa: E402
from gen_verify import verify  # noqa: E402

SEED = 25222
N_POS, N_NEG = 120, 180


def expand(builders, n):
    plan = [fn for fn, k in builders for _ in range(k)]
    if len(plan) != n:
        raise SystemExit("builder plan has %d entries, expected %d" % (len(plan), n))
    return plan


def tz_for(d):
    edt = datetime.date(2025, 3, 9) <= d < datetime.date(2025, 11, 2)
    return datetime.timezone(datetime.timedelta(hours=-4 if edt else -5))


def pick_datetime(rng):
    start = datetime.date(2025, 1, 6)
    while True:
        d = start + datetime.timedelta(days=rng.randrange(0, 298))
        if d.weekday() < 5 or rng.random() < 0.08:
            break
    hour = rng.choice([7, 8, 8, 9, 9, 10, 10, 11, 12, 13, 13, 14, 14, 15, 15, 16, 17, 19, 21])
    return datetime.datetime(d.year, d.month, d.day, hour, rng.randrange(60), rng.randrange(60))


def message_id(rng, key, sender_domain):
    h = hashlib.sha1(key.encode()).hexdigest()
    style = rng.randrange(4)
    if style == 0:
        return "<%s.%s@%s>" % (h[:12].upper(), h[12:20].upper(), sender_domain)
    if style == 1:
        return "<YQBPR01MB%s%s@prod.outlook.example>" % (h[:4].upper(), h[4:8].upper() + h[8:20])
    if style == 2:
        return "<CA+%s=%s@mail.example>" % (h[:20], h[20:30])
    return "<%d.%s@%s>" % (int(h[:10], 16), h[10:18], sender_domain)


def build(out_dir):
    rng = random.Random(SEED)
    ctx = Ctx(rng, SEED)
    pos_plan = expand(gen_pos_a.BUILDERS + gen_pos_b.BUILDERS, N_POS)
    neg_plan = expand(gen_neg_a.BUILDERS + gen_neg_b.BUILDERS, N_NEG)
    rng.shuffle(pos_plan)
    rng.shuffle(neg_plan)
    pos_lang = ["fr"] * (N_POS // 2) + ["en"] * (N_POS - N_POS // 2)
    neg_lang = ["fr"] * (N_NEG // 2) + ["en"] * (N_NEG - N_NEG // 2)
    rng.shuffle(pos_lang)
    rng.shuffle(neg_lang)

    for sub in ("positive", "negative"):
        d = os.path.join(out_dir, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))

    labels, meta = {}, {}
    jobs = [("positive", "p", i + 1, fn, pos_lang[i]) for i, fn in enumerate(pos_plan)] + \
           [("negative", "n", i + 1, fn, neg_lang[i]) for i, fn in enumerate(neg_plan)]
    for sub, prefix, idx, fn, lang in jobs:
        dt = pick_datetime(rng)
        ctx.set_date(dt)
        m = fn(ctx, lang)
        if sub == "negative" and (m.types or m.ids or m.named):
            raise SystemExit("negative builder %s registered patient data" % fn.__name__)
        if sub == "positive" and not m.types:
            raise SystemExit("positive builder %s registered no types" % fn.__name__)
        key = "%d-%s%03d" % (SEED, prefix, idx)
        mr = random.Random(key + "|transport")
        eol = "\r\n" if mr.random() < 0.35 else "\n"
        msgid = message_id(mr, key, m.sender[1].split("@")[1])
        data = render_message(m, key, dt.replace(tzinfo=tz_for(dt.date())), msgid, eol=eol)
        rel = "%s/%s%03d_%s.eml" % (sub, prefix, idx, m.category)
        with open(os.path.join(out_dir, rel), "wb") as fh:
            fh.write(data)
        labels[rel] = {"confidential": sub == "positive",
                       "types": [t for t in TYPE_ORDER if t in m.types],
                       "lang": lang, "note": m.note}
        meta[rel] = {"ids": list(m.ids), "named": list(m.named),
                     "holders": [{"given": p.given, "surname": p.surname, "dob": p.dob.isoformat(), "sex": p.sex, "nam": p.nam}
                                 for p in m.holders]}
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    return labels, meta


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=HERE, help="output folder (default: next to this script)")
    args = ap.parse_args(argv)
    out_dir = os.path.abspath(args.out)
    os.makedirs(out_dir, exist_ok=True)
    labels, meta = build(out_dir)
    errors, decoded = verify(out_dir, meta, N_POS, N_NEG)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s)" % len(errors), file=sys.stderr)
        return 1
    feats = {}
    for rel in labels:
        with open(os.path.join(out_dir, rel), "rb") as fh:
            feats[rel] = features_of(fh.read(), decoded[rel])
    rels = list(labels) + ["labels.json"]
    dig = digest(out_dir, rels)
    write_readme(out_dir, SEED, labels, feats, dig)
    npos = sum(1 for v in labels.values() if v["confidential"])
    print("positives %d, negatives %d" % (npos, len(labels) - npos))
    print("digest %s" % dig)
    return 0


if __name__ == "__main__":
    sys.exit(main())
