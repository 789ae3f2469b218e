#!/usr/bin/env python3
"""Generate the labelled hospice / palliative home care e-mail corpus (seed 13211).

Usage: python generate.py [--out DIR]
Reads only its own gen_*.py modules and ../blind_nams.txt (relative to this file).
"""
import argparse
import datetime as _dt
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_check  # noqa: E402
import gen_common as C  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_neg_en  # noqa: E402
import gen_neg_fr  # noqa: E402
import gen_pos_en  # noqa: E402
import gen_pos_fr  # noqa: E402
import gen_tpl as T  # noqa: E402
from gen_readme import write_readme  # noqa: E402

SEED = 13211
START = _dt.datetime(2025, 1, 6, 0, 0)
DAYS = 96


def eastern(dt):
    off = -4 if dt >= _dt.datetime(2025, 3, 9, 2, 0) else -5
    return dt.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=off)))


def pick_now(rng):
    while True:
        d = START + _dt.timedelta(days=rng.randrange(DAYS))
        if d.weekday() < 5 or rng.random() < 0.25:
            break
    if rng.random() < 0.1:
        h = rng.choice([0, 1, 2, 3, 5, 6, 21, 22, 23])
    else:
        h = rng.randint(7, 18)
    return eastern(d.replace(hour=h, minute=rng.randint(0, 59), second=rng.randint(0, 59)))


def expand(templates, lang):
    return [(fn, lang) for fn, n in templates for _ in range(n)]


def domain_of(addr):
    return addr.split("@", 1)[1] if "@" in addr else C.ORG_DOMAIN


def finish(msg, ctx, rng, builder):
    msg.date = ctx.now
    msg.msgid = (f"<{ctx.now.strftime('%Y%m%d%H%M%S')}.{rng.getrandbits(40):010x}"
                 f"@{domain_of(msg.frm[1])}>")
    for a in msg.atts:
        if a.inner is not None:
            a.inner_tr = M.choose_transport(a.inner, rng)
    tr = M.choose_transport(msg, rng)
    return builder.build(msg, tr)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE, help="output folder (default: next to this script)")
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out)

    rng = random.Random(SEED)
    holders = C.load_holders()
    pf = C.PatientFactory(rng, holders)
    ctx = T.Ctx(rng, pf)
    builder = M.Builder(rng)

    pos_plan = expand(gen_pos_fr.TEMPLATES, "fr") + expand(gen_pos_en.TEMPLATES, "en")
    neg_plan = expand(gen_neg_fr.TEMPLATES, "fr") + expand(gen_neg_en.TEMPLATES, "en")
    rng.shuffle(pos_plan)
    rng.shuffle(neg_plan)
    assert len(pos_plan) == 120 and len(neg_plan) == 180, (len(pos_plan), len(neg_plan))

    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for old in os.listdir(os.path.join(out, sub)):
            if old.endswith(".eml"):
                os.remove(os.path.join(out, sub, old))

    labels, meta = {}, {}
    for kind, plan, prefix in (("positive", pos_plan, "p"), ("negative", neg_plan, "n")):
        for i, (fn, lang) in enumerate(plan, 1):
            ctx.now = pick_now(rng)
            msg = fn(ctx)
            assert msg.lang == lang and msg.conf == (kind == "positive"), fn.__name__
            raw = finish(msg, ctx, rng, builder)
            rel = f"{kind}/{prefix}{i:03d}_{msg.cat}.eml"
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            labels[rel] = {"confidential": msg.conf, "types": sorted(msg.types) if msg.conf else [],
                           "lang": msg.lang, "note": msg.note}
            meta[rel] = {"ids": list(msg.ids), "names": list(msg.names), "holders": list(msg.holders)}

    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")

    errors, features, labels = gen_check.check(out, meta, holders)
    dig = digest(out)
    write_readme(out, SEED, labels, features, dig)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} check failure(s)", file=sys.stderr)
        return 1
    print(f"positives={sum(1 for k in labels if k.startswith('positive/'))} "
          f"negatives={sum(1 for k in labels if k.startswith('negative/'))}")
    print(f"digest sha256 {dig}")
    return 0


def digest(out):
    h = hashlib.sha256()
    rels = sorted([f"positive/{x}" for x in os.listdir(os.path.join(out, "positive")) if x.endswith(".eml")] +
                  [f"negative/{x}" for x in os.listdir(os.path.join(out, "negative")) if x.endswith(".eml")] +
                  ["labels.json"])
    for rel in rels:
        with open(os.path.join(out, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()


if __name__ == "__main__":
    sys.exit(main())
