#!/usr/bin/env python3
"""Generate the held-out corpus (bariatric surgery / obesity medicine flavour).

Usage: python generate.py [--out DIR] [--seed N]
"""
import argparse
import json
import os
import random
import shutil
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_neg_c as NC  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_readme  # noqa: E402
import gen_verify  # noqa: E402
from gen_ctx import Ctx  # noqa: E402

SEED = 125903

POS_BI = [PA.referral, PA.preop, PA.nutrition, PA.psych, PA.booking, PA.census, PA.deficiency, PA.rx_pharmacy,
          PA.transport, PA.discharge, PA.quicknote, PA.mrn_only, PB.reply_quoted, PB.patient_forward, PB.insurer_sin,
          PB.support_list, PB.waitlist, PB.eml_attached, PB.zip_dossier, PB.vcard, PB.subject_only, PB.imaging,
          PB.reminder, PB.income_support, PB.filename_only, PB.peds_youth, PB.ontario_funding]
POS_FR_ONLY = [PB.france_nir, PB.belgium_niss]
POS_EN_EXTRA = [PA.referral, PA.deficiency, PA.discharge, PA.quicknote, PA.rx_pharmacy, PB.ontario_funding]

NEG = [NA.schedule, NA.leave, NA.payroll, NA.occ_health, NA.candidate, NA.social_staff, NA.absence, NA.orientation,
       NB.newsletter, NB.committee, NB.conference, NB.job_posting, NB.support_notice, NB.teaching, NB.stats,
       NB.research, NB.shortage, NB.recall, NB.directory, NB.education,
       NC.invoice, NC.purchase_order, NC.inventory, NC.it_mail, NC.facilities, NC.blank_form, NC.merge_template,
       NC.meeting, NC.vendor_card, NC.policies_zip, NC.staff_thread, NC.fwd_notice_eml, NC.billing_codes,
       NC.insurer_generic]


def plans(rng):
    pos = []
    for f in POS_BI:
        pos += [(f, "fr"), (f, "fr"), (f, "en"), (f, "en")]
    for f in POS_FR_ONLY:
        pos += [(f, "fr")] * 3
    for f in POS_EN_EXTRA:
        pos.append((f, "en"))
    neg = []
    for i, f in enumerate(NEG):
        a, b = ("fr", "en") if i % 2 == 0 else ("en", "fr")
        neg += [(f, a), (f, b), (f, a), (f, b), (f, a)]
    extra = 180 - len(neg)
    i = 0
    while extra > 0:
        f = NEG[i % len(NEG)]
        neg.append((f, "en" if i % 2 == 0 else "fr"))
        extra -= 1
        i += 1
    neg = neg[:180]
    rng.shuffle(pos)
    rng.shuffle(neg)
    return pos, neg


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--seed", type=int, default=SEED)
    a = ap.parse_args(argv)
    out = os.path.abspath(a.out)
    rng = random.Random(a.seed)
    ctx = Ctx(rng, a.seed)
    pos_plan, neg_plan = plans(rng)
    assert len(pos_plan) == 120 and len(neg_plan) == 180, (len(pos_plan), len(neg_plan))
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    labels, records = {}, {}
    for prefix, sub, plan in (("p", "positive", pos_plan), ("n", "negative", neg_plan)):
        for i, (fn, lang) in enumerate(plan, 1):
            rec = fn(ctx, lang)
            if rec["positive"] != (sub == "positive"):
                raise SystemExit("template %s produced wrong polarity" % fn.__name__)
            rel = "%s/%s%03d_%s.eml" % (sub, prefix, i, rec["cat"])
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(rec["data"])
            labels[rel] = {"confidential": rec["positive"], "types": rec["types"], "lang": rec["lang"], "note": rec["note"]}
            records[rel] = rec
    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    problems, features = gen_verify.check(out, records, gen_verify.load_labels(out))
    dg = gen_verify.digest(out)
    gen_readme.write(os.path.join(out, "README.md"), a.seed, labels, features, dg)
    if problems:
        for p in problems[:200]:
            print("FAIL:", p, file=sys.stderr)
        print("%d problem(s)" % len(problems), file=sys.stderr)
        return 1
    print(dg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
