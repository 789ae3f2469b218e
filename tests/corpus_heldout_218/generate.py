#!/usr/bin/env python3
"""Generate the held-out corpus 218 (homeless outreach + community mental health crisis team, Quebec).

Usage: python generate.py [--out DIR]
"""
import argparse
import glob
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_pos_en as PE  # noqa: E402
import gen_pos_en2 as PE2  # noqa: E402
import gen_pos_fr as PF  # noqa: E402
import gen_pos_fr2 as PF2  # noqa: E402
from gen_common import SEED, TYPES, World  # noqa: E402
from gen_mime import build, make_msgid, plan  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import Fail, verify  # noqa: E402

POS_FR = [PF.referral, PF.crisis_note, PF.census, PF.pharmacy, PF.lab, PF.quick, PF.booking, PF.dpj, PF.income_form,
          PF2.discharge, PF2.forward_eml, PF2.housing, PF2.imaging_tb, PF2.overdose, PF2.nir_insurance,
          PF2.niss_repat, PF2.vcard, PF2.curatelle_zip, PF2.consult_reply, PF2.lab_filename]
POS_EN = [PE.referral, PE.crisis_call, PE.signout, PE.pharmacy, PE.lab, PE.quick, PE.ohip_transfer, PE.sin_letter,
          PE.discharge, PE2.ics_appt, PE2.caseload_xlsx, PE2.hcv_csv, PE2.dv_safety, PE2.subject_only,
          PE2.treatment_order, PE2.niss_traveller, PE2.fwd_inline, PE2.wound, PE2.nir_student]
POS_EN_EXTRA = [PE.crisis_call, PE.quick, PE.lab]
NEG = [NA.schedule, NA.leave, NA.payroll, NA.occ_health, NA.newsletter, NA.committee, NA.conference, NA.job_posting,
       NA.invoice, NA.purchase_order, NA.inventory, NA.it_notice, NA.facilities, NB.stats, NB.teaching_case,
       NB.blank_form, NB.mail_merge, NB.shortage, NB.recall, NB.research, NB.baby, NB.party, NB.physician_service,
       NB.training, NB.team_agenda, NB.donations, NB.policy, NB.budget]
NEG_EXTRA_FR = [NA.schedule, NA.occ_health, NA.newsletter, NA.invoice, NB.stats, NB.teaching_case]
NEG_EXTRA_EN = [NA.inventory, NA.committee, NA.it_notice, NB.blank_form, NB.physician_service, NA.conference]


def slots(seed):
    pos = [(f, "fr") for f in POS_FR for _ in range(3)] + [(f, "en") for f in POS_EN for _ in range(3)] + \
        [(f, "en") for f in POS_EN_EXTRA]
    neg = [(f, l) for f in NEG for l in ("fr", "en") for _ in range(3)] + [(f, "fr") for f in NEG_EXTRA_FR] + \
        [(f, "en") for f in NEG_EXTRA_EN]
    r = random.Random("%d:order" % seed)
    r.shuffle(pos)
    r.shuffle(neg)
    assert len(pos) == 120 and len(neg) == 180
    return pos, neg


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE, help="output folder (default: next to generate.py)")
    args = ap.parse_args(argv)
    out = args.out
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for old in glob.glob(os.path.join(out, sub, "*.eml")):
            os.remove(old)
    w = World(SEED)
    pos, neg = slots(SEED)
    labels, specs = {}, {}
    for kind, plan_list, prefix in (("positive", pos, "p"), ("negative", neg, "n")):
        for i, item in enumerate(plan_list, 1):
            r = random.Random("%d:%s:%d" % (SEED, kind, i))
            if kind == "positive":
                fn, lang = item
                spec = fn(r, w)
                assert spec.lang == lang and spec.positive
            else:
                fn, lang = item
                spec = fn(r, w, lang)
                assert spec.lang == lang and not spec.positive
            tp = plan(r, spec)
            data = build(spec, tp, r, make_msgid(r, spec))
            rel = "%s/%s%03d_%s.eml" % (kind, prefix, i, spec.category)
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            labels[rel] = {"confidential": kind == "positive",
                           "types": sorted(spec.types, key=TYPES.index),
                           "lang": spec.lang, "note": spec.note}
            specs[rel] = spec
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    try:
        feats, digest = verify(out, specs)
    except Fail as exc:
        print("VERIFY FAILED: %s" % exc, file=sys.stderr)
        return 1
    write_readme(out, SEED, labels, feats, digest)
    print(digest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
