#!/usr/bin/env python3
"""Generate the labelled occupational-health mail corpus (seed 25186).

Usage: python generate.py [--out DIR]
Writes positive/, negative/, labels.json and README.md (next to this file by default),
then re-parses and verifies everything and prints the digest.
"""
import argparse
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as C  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_neg1  # noqa: E402
import gen_neg2  # noqa: E402
import gen_neg3  # noqa: E402
import gen_pos1  # noqa: E402
import gen_pos2  # noqa: E402
import gen_pos3  # noqa: E402
from gen_readme import digest, write_readme  # noqa: E402
from gen_scen import Ctx, NamPool  # noqa: E402
from gen_verify import verify  # noqa: E402

POS_EXTRA = {"exposure_source": 2, "source_serology": 2, "tb_contact": 1, "outbreak_linelist": 1, "violence_incident": 1,
             "patient_handling": 1, "cnesst_attestation": 2, "misdirected_referral": 1, "fwd_lab_eml": 1, "subject_only": 1,
             "filename_only": 1, "census_outbreak": 1, "income_support": 1, "ontario_transfer": 1, "belgian_measles": 1,
             "french_patient_tb": 1, "pregnant_worker_exposure": 1}
NEG_EXTRA = {"staff_vaccination_record": 1, "injury_report_employee": 1, "cnesst_claim_employee": 1,
             "return_to_work_plan": 1, "pep_employee": 1}


def make_plan(rng, scenarios, base, extra, total):
    plan = []
    for fn in scenarios:
        k = base + extra.get(fn.__name__, 0)
        first = rng.choice(["fr", "en"])
        other = "en" if first == "fr" else "fr"
        for j in range(k):
            plan.append((fn, first if j % 2 == 0 else other))
    assert len(plan) == total, (len(plan), total)
    rng.shuffle(plan)
    return plan


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))

    rng = random.Random(C.SEED)
    people = C.People(random.Random(C.SEED + 1))
    nampool = NamPool(random.Random(C.SEED + 2))
    pos_plan = make_plan(rng, gen_pos1.SCENARIOS + gen_pos2.SCENARIOS + gen_pos3.SCENARIOS, 4, POS_EXTRA, 120)
    neg_plan = make_plan(rng, gen_neg1.SCENARIOS + gen_neg2.SCENARIOS + gen_neg3.SCENARIOS, 5, NEG_EXTRA, 180)

    labels, meta = {}, {}
    for kind, plan, letter in (("positive", pos_plan, "p"), ("negative", neg_plan, "n")):
        for i, (fn, lang) in enumerate(plan, 1):
            ctx = Ctx(C.sub_rng(letter, i), lang, i, people, nampool, kind == "positive")
            s = fn(ctx)
            tr = M.choose_transport(C.sub_rng("t" + letter, i), s, s["forced"])
            data = M.build(s, tr, "%s%03d" % (letter, i))
            rel = "%s/%s%03d_%s.eml" % (kind, letter, i, s["category"])
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            labels[rel] = {"confidential": kind == "positive", "types": s["types"] if kind == "positive" else [],
                           "lang": s["lang"], "note": s["note"]}
            meta[rel] = {"ids": s["ids"], "nams": s["nams"]}
            if kind == "negative" and (s["ids"] or s["nams"]):
                print("negative %s recorded identifiers" % rel, file=sys.stderr)
                sys.exit(1)

    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=False)
        fh.write("\n")

    errors, feats = verify(out, meta)
    if errors:
        for e in errors:
            print("FAIL", e, file=sys.stderr)
        sys.exit(1)
    dig = digest(out, list(labels))
    write_readme(out, labels, feats, dig)
    print(dig)


if __name__ == "__main__":
    main()
