#!/usr/bin/env python3
"""Write the ICU / organ-donation coordination corpus: 120 confidential and 180 hard-negative e-mails,
labels.json and README.md, then re-check everything and print the digest.

Usage: python generate.py [--out DIR]
"""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen_common import SEED, Ctx, load_nams  # noqa: E402
from gen_mime import render_mail  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_pos_c  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_neg_c  # noqa: E402
from gen_check import run_checks, digest  # noqa: E402
from gen_readme import write_readme  # noqa: E402

# (category, French count, English count)
POS_PLAN = [
    ("donor_referral", 3, 3), ("donor_sheet_pdf", 2, 3), ("ndd_documentation", 2, 3), ("family_meeting", 2, 3),
    ("coroner_notice", 2, 2), ("hla_crossmatch", 2, 2), ("waitlist_csv", 2, 2), ("allocation_offer", 2, 2),
    ("donor_serology", 2, 1), ("or_booking", 2, 2), ("bereavement_followup", 2, 1),
    ("icu_census", 3, 3), ("census_xlsx", 2, 2), ("transfer_request", 1, 3), ("foreign_patient_be", 2, 1),
    ("foreign_patient_fr", 2, 1), ("insurer_form", 2, 2), ("pharmacy_rx", 2, 3), ("transfer_summary_docx", 2, 2),
    ("critical_lab", 2, 2), ("imaging_result", 1, 2),
    ("clinic_invite_ics", 2, 2), ("contact_vcard", 2, 1), ("youth_protection", 3, 0), ("violence_safety", 1, 2),
    ("reply_quoted", 2, 2), ("forwarded_eml", 2, 2), ("name_in_filename", 2, 1), ("name_in_subject", 2, 2),
    ("quick_note", 1, 1), ("mrn_only", 1, 2),
]
NEG_PLAN = [
    ("oncall_schedule", 3, 3), ("shift_swap", 3, 3), ("leave_approval", 3, 3), ("payroll", 3, 2),
    ("occupational_health", 3, 3), ("baby_announcement", 2, 2), ("staff_birthdays", 2, 1), ("job_posting", 3, 3),
    ("job_candidate", 2, 2), ("training_session", 3, 3), ("travel_expenses", 2, 2),
    ("invoice", 4, 4), ("purchase_order", 3, 3), ("equipment_inventory", 2, 2), ("drug_shortage", 3, 3),
    ("device_recall", 2, 3), ("it_notice", 3, 3), ("facilities_notice", 3, 3), ("vendor_contact", 1, 2),
    ("newsletter", 4, 4), ("conference_programme", 3, 4), ("committee_notice", 5, 4), ("aggregate_statistics", 5, 4),
    ("teaching_case", 4, 4), ("blank_form", 4, 3), ("mailmerge_template", 3, 2), ("research_protocol", 2, 4),
    ("physician_directory", 3, 2), ("policy_update", 3, 3), ("quality_minutes", 2, 3), ("ceremony_invite", 2, 3),
]


def scenarios(mods):
    out = {}
    for m in mods:
        for k, f in m.SCENARIOS.items():
            assert k not in out, k
            out[k] = f
    return out


def build(ctx):
    pos_s = scenarios([gen_pos_a, gen_pos_b, gen_pos_c])
    neg_s = scenarios([gen_neg_a, gen_neg_b, gen_neg_c])
    pos, neg = [], []
    for cat, nfr, nen in POS_PLAN:
        for lang, n in (("fr", nfr), ("en", nen)):
            for _ in range(n):
                pos.append(pos_s[cat](ctx, lang))
    for cat, nfr, nen in NEG_PLAN:
        for lang, n in (("fr", nfr), ("en", nen)):
            for _ in range(n):
                neg.append(neg_s[cat](ctx, lang))
    ctx.rng.shuffle(pos)
    ctx.rng.shuffle(neg)
    return pos, neg


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE, help="output folder (default: next to this script)")
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out)
    nams = load_nams(HERE)
    ctx = Ctx(random.Random(SEED), nams)
    pos, neg = build(ctx)
    if len(pos) != 120 or len(neg) != 180:
        print("plan gives %d positives and %d negatives" % (len(pos), len(neg)), file=sys.stderr)
        return 1
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    labels = {}
    for prefix, sub, items in (("p", "positive", pos), ("n", "negative", neg)):
        for i, it in enumerate(items):
            rel = "%s/%s%03d_%s.eml" % (sub, prefix, i + 1, it.cat)
            it.path = rel
            data = render_mail(ctx.rng, it.mail)
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            labels[rel] = {"confidential": it.positive, "types": it.sorted_types() if it.positive else [],
                           "lang": it.lang, "note": it.note}
    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    errors, features = run_checks(out, pos + neg, nams)
    if errors:
        for e in errors:
            print("CHECK FAILED: " + e, file=sys.stderr)
        return 1
    dg = digest(out)
    write_readme(os.path.join(out, "README.md"), SEED, labels, features, dg)
    print("positives %d, negatives %d" % (len(pos), len(neg)))
    print("digest %s" % dg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
