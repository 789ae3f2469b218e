#!/usr/bin/env python3
"""Generate the held-out DLP corpus (regional public health unit flavour).

Usage: python generate.py [--out DIR]
"""
import argparse
import datetime as dt
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_data as D  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_neg_c  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_pos_c  # noqa: E402
import gen_readme  # noqa: E402
import gen_text as T  # noqa: E402
import gen_verify as V  # noqa: E402

N_POS, N_NEG = 120, 180
START = dt.datetime(2025, 9, 8, 8, 0)


def schedule(builders, total, rng):
    """Spread `total` slots over builders, alternating languages, then shuffle."""
    base, extra = divmod(total, len(builders))
    slots = []
    flip = 0
    for i, b in enumerate(builders):
        n = base + (1 if i < extra else 0)
        for k in range(n):
            slots.append((b, "fr" if (k + flip) % 2 == 0 else "en"))
        flip ^= n % 2
    rng.shuffle(slots)
    return slots


def message_time(rng):
    while True:
        d = START + dt.timedelta(days=rng.randint(0, 140))
        if d.weekday() < 5:
            break
    return d.replace(hour=rng.randint(7, 18), minute=rng.randint(0, 59), second=rng.randint(0, 59))


def build(kind, i, builder, lang, pool):
    tag = f"{D.SEED}-{kind}-{i:03d}"
    rng = D.sub_rng(tag)
    now = message_time(rng)
    ctx = T.Ctx(rng, lang, pool, now, tag)
    msg = builder(ctx)
    msg.date = now
    if lang == "en" and rng.random() < 0.5:
        msg.subject = msg.subject.replace(" – ", " - ")
    msg.nams = list(ctx.nams)
    msg.ids = list(ctx.ids)
    types = set(msg.types)
    if kind == "pos":
        if msg.nams:
            types |= {"ramq_nam", "patient_name", "date_of_birth"}
        types |= {k for k, _ in msg.ids}
    elif msg.nams or msg.ids:
        raise SystemExit(f"identifier placed in negative {tag}")
    msg.types = sorted(types) if kind == "pos" else []
    raw = M.render(msg, rng, tag)
    return msg, raw


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, sub, f))

    assert not set(D.HOLDER_SURNAMES) & set(D.SURNAMES_FR + D.SURNAMES_EN + D.SURNAMES_OTHER)
    pool = D.HolderPool(D.sub_rng("holders"))
    pos_sched = schedule(gen_pos_a.BUILDERS + gen_pos_b.BUILDERS + gen_pos_c.BUILDERS, N_POS, D.sub_rng("pos-schedule"))
    neg_sched = schedule(gen_neg_a.BUILDERS + gen_neg_b.BUILDERS + gen_neg_c.BUILDERS, N_NEG, D.sub_rng("neg-schedule"))

    labels = {}
    ids_by_file = {}
    for kind, sched, prefix, folder in (("pos", pos_sched, "p", "positive"), ("neg", neg_sched, "n", "negative")):
        for i, (builder, lang) in enumerate(sched, start=1):
            msg, raw = build(kind, i, builder, lang, pool)
            rel = f"{folder}/{prefix}{i:03d}_{msg.category}.eml"
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            labels[rel] = {"confidential": kind == "pos", "types": msg.types, "lang": msg.lang, "note": msg.note}
            ids_by_file[rel] = msg.ids

    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=2, sort_keys=True) + "\n")

    errors, features, labels_read = V.verify(out, ids_by_file)
    digest = V.digest(out)
    gen_readme.write_readme(out, labels_read, features, digest, D.SEED)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} verification error(s)", file=sys.stderr)
        return 1
    print(digest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
