#!/usr/bin/env python3
"""Generate the CLSC home-care (soutien à domicile) synthetic outbound mail corpus.

Usage: python generate.py [--out DIR]   (default: the folder holding this file)
"""
import argparse
import datetime
import json
import os
import random
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_neg_c as NC  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_pos_c as PC  # noqa: E402
from gen_common import ORG, TYPES, Ctx, load_holders  # noqa: E402
from gen_mime import Renderer  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import analyse, digest  # noqa: E402

SEED = 14043

# (template, french count, english count)
POS_PLAN = [
    (PA.p_referral, 2, 2), (PA.p_round, 2, 2), (PA.p_inr, 2, 2), (PA.p_fall, 2, 2), (PA.p_caregiver, 2, 2),
    (PA.p_pillpack, 2, 2), (PA.p_subject_only, 2, 2), (PA.p_reply, 2, 2), (PA.p_forward, 2, 2),
    (PB.p_equipment, 2, 2), (PB.p_transport, 2, 2), (PB.p_ics, 2, 2), (PB.p_vcard, 2, 2), (PB.p_attname, 2, 2),
    (PB.p_wound, 2, 2), (PB.p_palliative, 2, 2), (PB.p_peds, 2, 2),
    (PC.p_abuse, 2, 2), (PC.p_sin, 2, 2), (PC.p_ontario, 1, 2), (PC.p_belgian, 3, 0), (PC.p_french, 2, 0),
    (PC.p_eml, 2, 2), (PC.p_zip, 2, 2), (PC.p_signout, 2, 2), (PC.p_placement, 2, 2), (PC.p_popote, 2, 2),
    (PC.p_oxygen, 2, 2), (PC.p_iv, 2, 2), (PC.p_missed, 2, 2), (PC.p_insurer, 2, 2),
]

NEG_TEMPLATES = [
    NA.n_schedule, NA.n_leave, NA.n_mileage, NA.n_occ_health, NA.n_posting, NA.n_candidate, NA.n_onboarding,
    NA.n_baby, NA.n_training, NA.n_vaccination, NA.n_students, NA.n_union,
    NB.n_newsletter, NB.n_committee, NB.n_conference, NB.n_oncall_phys, NB.n_caregiver_group, NB.n_teaching,
    NB.n_research, NB.n_policy, NB.n_formulary, NB.n_shortage, NB.n_recall,
    NC.n_invoice, NC.n_po, NC.n_inventory, NC.n_maintenance, NC.n_tablets, NC.n_outage, NC.n_fleet, NC.n_stats,
    NC.n_budget, NC.n_blank_form, NC.n_mailmerge, NC.n_vendor_vcard, NC.n_room_thread,
]


def plans(seed):
    pos = [(f, "fr") for f, a, b in POS_PLAN for _ in range(a)] + [(f, "en") for f, a, b in POS_PLAN for _ in range(b)]
    neg = []
    for i, f in enumerate(NEG_TEMPLATES):
        fr = 3 if i % 2 == 0 else 2
        neg += [(f, "fr")] * fr + [(f, "en")] * (5 - fr)
    r = random.Random(f"plan:{seed}")
    r.shuffle(pos)
    r.shuffle(neg)
    return pos, neg


def when(seed, key):
    r = random.Random(f"date:{seed}:{key}")
    d = datetime.date(2025, 1, 6) + datetime.timedelta(days=r.randrange(0, 295))
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    dst = datetime.date(2025, 3, 9) <= d < datetime.date(2025, 11, 2)
    tz = datetime.timezone(datetime.timedelta(hours=-4 if dst else -5))
    return datetime.datetime(d.year, d.month, d.day, r.randrange(7, 18), r.randrange(60), r.randrange(60), tzinfo=tz)


def build(seed, holders):
    pos_plan, neg_plan = plans(seed)
    state = {"seed": seed}
    out = []
    for prefix, plan in (("p", pos_plan), ("n", neg_plan)):
        for i, (fn, lang) in enumerate(plan, 1):
            key = f"{prefix}{i:03d}"
            ctx = Ctx(seed, key, holders, lang, state)
            ctx.now = when(seed, key)
            m = fn(ctx)
            m.date = ctx.now
            dom = m.sender[1].split("@", 1)[1]
            m.msgid = f"<{ctx.now:%Y%m%d%H%M%S}.{ctx.rng.getrandbits(40):010x}@{dom}>"
            out.append((key, m))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    out_dir = os.path.abspath(args.out)
    holders = load_holders()
    msgs = build(args.seed, holders)

    for sub in ("positive", "negative"):
        p = os.path.join(out_dir, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    labels, meta = {}, {}
    for key, m in msgs:
        sub = "positive" if m.kind == "pos" else "negative"
        rel = f"{sub}/{key}_{m.category}.eml"
        data = Renderer(args.seed, key).render(m)
        with open(os.path.join(out_dir, rel), "wb") as fh:
            fh.write(data)
        types = sorted(m.types, key=TYPES.index) if m.kind == "pos" else []
        labels[rel] = {"confidential": m.kind == "pos", "types": types, "lang": m.lang, "note": m.note}
        meta[rel] = {"ids": m.ids, "nams": m.nams, "names": m.names}
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")

    errors, feats_by, labels_read = analyse(out_dir, meta, holders)
    dig = digest(out_dir)
    write_readme(os.path.join(out_dir, "README.md"), args.seed, labels_read, feats_by, dig)
    if errors:
        for e in errors[:200]:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    npos = sum(1 for v in labels_read.values() if v["confidential"])
    print(f"positives {npos}, negatives {len(labels_read) - npos}")
    print(f"digest {dig}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
