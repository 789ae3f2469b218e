#!/usr/bin/env python3
"""Generate the labelled ID/HIV-clinic outbound-mail corpus, then verify it.

Usage: python generate.py [--out DIR]
"""
import argparse
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import gen_common as C  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_neg_c as NC  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_pos_c as PC  # noqa: E402
import gen_pos_d as PD  # noqa: E402
import gen_readme  # noqa: E402
import gen_transport as T  # noqa: E402
import gen_verify as V  # noqa: E402
from gen_ctx import Ctx, Pool  # noqa: E402

POS_PLAN = [
    (PA.consult_request, 4), (PA.consult_reply, 4), (PA.culture_call, 4), (PA.cultures_by_mrn, 3),
    (PA.stewardship, 4), (PA.opat_referral, 4), (PA.opat_labs, 3), (PA.opat_census, 3), (PA.signout, 3),
    (PB.discharge, 4), (PB.subject_name, 3), (PB.quick_note, 3), (PB.forwarded_lab, 3), (PB.eml_forward, 3),
    (PB.vanco_note, 3), (PB.booking, 3), (PB.transport, 3),
    (PC.prep_rx, 4), (PC.hiv_followup, 4), (PC.mado, 4), (PC.outbreak_linelist, 3), (PC.insurer_sin, 4),
    (PC.ohip_transfer, 4), (PC.niss_malaria, 3), (PC.nir_student, 3), (PC.ramq_exception, 4), (PC.social_work, 3),
    (PD.youth_protection, 3), (PD.pep, 3), (PD.contact_card, 3), (PD.zip_results, 3), (PD.tb_dot, 3),
    (PD.hcv_start, 3), (PD.name_in_filename, 3), (PD.census_html, 3), (PD.reply_quoted, 3),
]

NEG_PLAN = [(f, 4) for f in [
    NA.oncall, NA.leave, NA.payroll, NA.occ_health, NA.vaccination, NA.job_posting, NA.interviews, NA.baby,
    NA.retirement, NA.team_meeting, NA.rotations, NA.training, NA.benefits,
    NB.asp_newsletter, NB.antibiogram, NB.ipac_rates, NB.outbreak_notice, NB.ph_advisory, NB.teaching_case,
    NB.guideline, NB.committee, NB.conference, NB.grand_rounds, NB.research, NB.prep_stats, NB.opat_stats,
    NB.education_material,
    NC.mailmerge, NC.blank_form, NC.shortage, NC.recall, NC.formulary, NC.invoice, NC.purchase_order, NC.inventory,
    NC.equipment, NC.it_mail, NC.facilities, NC.contact_change, NC.expense, NC.budget, NC.vendor_vcard,
    NC.room_booking, NC.policies_zip, NC.eml_committee]]


def plan(rng, spec_plan):
    slots = []
    for ti, (fn, n) in enumerate(spec_plan):
        off = rng.randrange(2)
        for i in range(n):
            slots.append((fn, "fr" if (i + off) % 2 == 0 else "en"))
    rng.shuffle(slots)
    return slots


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    rng = random.Random(C.SEED)
    nams, others = C.make_patients(rng)
    pool = Pool(rng, nams, others)

    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)

    labels, records = {}, {}
    assert sum(n for _, n in POS_PLAN) == 120 and sum(n for _, n in NEG_PLAN) == 180
    for prefix, sub, spec_plan, conf in (("p", "positive", POS_PLAN, True), ("n", "negative", NEG_PLAN, False)):
        for i, (fn, lang) in enumerate(plan(rng, spec_plan), 1):
            k = i if conf else 1000 + i
            c = Ctx(rng, lang, pool, k, T.rand_date(rng))
            spec = fn(c)
            if not conf and (spec["types"] or spec["patients"]):
                raise SystemExit(f"negative template {fn.__name__} used patient data")
            data = T.build(spec, rng, k)
            rel = f"{sub}/{prefix}{i:03d}_{spec['cat']}.eml"
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            labels[rel] = {"confidential": conf, "types": spec["types"] if conf else [], "lang": lang, "note": spec["note"]}
            records[rel] = spec

    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")

    errs, feats = V.verify(out, {k: v for k, v in records.items() if k.startswith("positive/")})
    dig = V.digest(out)
    gen_readme.write_readme(out, C.SEED, labels, feats, dig)
    if errs:
        for e in errs[:80]:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errs)} error(s)", file=sys.stderr)
        sys.exit(1)
    print(dig)


if __name__ == "__main__":
    main()
