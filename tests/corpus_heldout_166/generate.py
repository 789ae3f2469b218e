"""Generate the GMF held-out corpus (seed 25166): 120 positives, 180 hard
negatives, labels.json and README.md, then re-parse and check everything.

Usage: python generate.py [--out DIR]
"""
import argparse
import datetime
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_data as D  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_readme  # noqa: E402
import gen_text as T  # noqa: E402
import gen_verify  # noqa: E402

SEED = 25166
N_POS, N_NEG = 120, 180
IDENT_QUOTA = {"nam": 32, "mrn": 24, "sin": 10, "ohn": 10, "niss": 6, "nir": 6}


def msg_datetime(rng):
    start = datetime.date(2024, 3, 4)
    while True:
        d = start + datetime.timedelta(days=rng.randint(0, 270))
        if d.weekday() < 5 or rng.random() < 0.1:
            break
    edt = datetime.date(2024, 3, 10) <= d < datetime.date(2024, 11, 3)
    tz = datetime.timezone(datetime.timedelta(hours=-4 if edt else -5))
    return datetime.datetime(d.year, d.month, d.day, rng.randint(7, 19), rng.randint(0, 59), rng.randint(0, 59), tzinfo=tz)


def plan_positives(rng):
    scen = gen_pos_a.SCENARIOS + gen_pos_b.SCENARIOS
    slots = []
    for lang in ("fr", "en"):
        lst = [(name, fn, sup, lang) for name, fn, sup in scen] * 3
        rng.shuffle(lst)
        slots += lst[:N_POS // 2]
    quota = dict(IDENT_QUOTA)
    order = sorted(range(len(slots)), key=lambda i: (len(set(slots[i][2])), i))
    idents = [None] * len(slots)
    for i in order:
        sup = list(dict.fromkeys(slots[i][2]))
        avail = [k for k in sup if k is not None and quota.get(k, 0) > 0]
        if avail:
            best = max(quota[k] / IDENT_QUOTA[k] for k in avail)
            choice = rng.choice([k for k in avail if quota[k] / IDENT_QUOTA[k] == best])
            if None in sup and rng.random() < 0.2:
                choice = None
        elif None in sup:
            choice = None
        else:
            choice = rng.choice(sup)
        if choice:
            quota[choice] = quota.get(choice, 0) - 1
        idents[i] = choice
    plan = [(s[0], s[1], s[3], idents[i]) for i, s in enumerate(slots)]
    rng.shuffle(plan)
    return plan


def plan_negatives(rng):
    scen = gen_neg_a.SCENARIOS + gen_neg_b.SCENARIOS
    slots = []
    for lang in ("fr", "en"):
        lst = []
        while len(lst) < N_NEG // 2:
            block = list(scen)
            rng.shuffle(block)
            lst += block
        slots += [(n, f, lang) for n, f in lst[:N_NEG // 2]]
    rng.shuffle(slots)
    return slots


def finish(spec, mrng, tag, when):
    spec = dict(spec)
    spec["from"] = spec.pop("frm")
    spec["date"] = when
    dom = spec["from"][1].split("@")[1]
    spec["msgid"] = f"<{spec['date'].strftime('%Y%m%d%H%M%S')}.{mrng.randrange(16 ** 10):010x}@{dom}>"
    return M.build(spec, mrng, tag), spec


def build(out):
    """Write every message and labels.json into out; return (labels, metas, holders)."""
    for sub in ("positive", "negative"):
        p = os.path.join(out, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)

    holders = D.load_nam_holders()
    rng = random.Random(SEED)
    pf = T.PatientFactory(random.Random(f"{SEED}-patients"), holders)
    labels, metas = {}, {}

    for i, (name, fn, lang, ident) in enumerate(plan_positives(rng)):
        mrng = random.Random(f"{SEED}-pos-{i}")
        when = msg_datetime(random.Random(f"{SEED}-pos-when-{i}"))
        ctx = {"rng": mrng, "pf": pf, "when": when}
        spec = fn(ctx, lang, ident)
        data, full = finish(spec, mrng, f"p{i + 1:03d}", when)
        rel = f"positive/p{i + 1:03d}_{spec['category']}.eml"
        with open(os.path.join(out, rel), "wb") as fh:
            fh.write(data)
        labels[rel] = {"confidential": True, "types": spec["types"], "lang": lang, "note": spec["note"]}
        metas[rel] = {"ids": [(k, v, p) for k, v, p in spec["ids"]], "patients": spec["patients"]}

    for i, (name, fn, lang) in enumerate(plan_negatives(rng)):
        mrng = random.Random(f"{SEED}-neg-{i}")
        when = msg_datetime(random.Random(f"{SEED}-neg-when-{i}"))
        ctx = {"rng": mrng, "when": when}
        spec = fn(ctx, lang)
        data, full = finish(spec, mrng, f"n{i + 1:03d}", when)
        rel = f"negative/n{i + 1:03d}_{spec['category']}.eml"
        with open(os.path.join(out, rel), "wb") as fh:
            fh.write(data)
        labels[rel] = {"confidential": False, "types": [], "lang": lang, "note": spec["note"]}
        metas[rel] = {"ids": [], "patients": []}

    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=False)
        fh.write("\n")
    return labels, metas, holders


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    labels, metas, holders = build(out)
    errors, features = gen_verify.verify(out, metas, holders)
    dig = gen_readme.digest(out)
    gen_readme.write_readme(out, SEED, labels, features, dig)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} check(s) failed", file=sys.stderr)
        sys.exit(1)
    npos = sum(1 for v in labels.values() if v["confidential"])
    print(f"positives {npos}, negatives {len(labels) - npos}")
    print(f"digest {dig}")


if __name__ == "__main__":
    main()
