#!/usr/bin/env python3
"""Generate the held-out DLP corpus (telehealth and virtual care flavour).

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere

Deterministic from SEED; standard library + python-stdnum, reportlab, python-docx, openpyxl.
"""
import argparse
import json
import locale
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

try:
    locale.setlocale(locale.LC_TIME, "C")
except locale.Error:
    pass

import gen_compose  # noqa: E402
import gen_neg_a as na  # noqa: E402
import gen_neg_b as nb  # noqa: E402
import gen_neg_c as nc  # noqa: E402
import gen_pos_a as pa  # noqa: E402
import gen_pos_b as pb  # noqa: E402
import gen_pos_c as pc  # noqa: E402
from gen_check import run as self_check  # noqa: E402
from gen_common import Ctx  # noqa: E402
from gen_readme import write_readme  # noqa: E402

SEED = 10608

POSITIVE_PLAN = [
    (pa.video_invite, 4), (pa.video_ics, 4), (pa.rpm_alert, 5), (pa.rpm_csv, 4), (pa.ward_xlsx, 4),
    (pa.portal_forward, 5), (pa.portal_reply, 4), (pa.econsult_request, 5), (pa.econsult_reply, 4),
    (pa.telederm_photos, 5), (pa.filename_leak, 4), (pa.subject_leak, 4),
    (pb.it_ticket, 5), (pb.handover, 4), (pb.discharge_docx, 4), (pb.eprescription, 4), (pb.pharmacy_question, 3),
    (pb.lab_followup, 4), (pb.booking, 3), (pb.vcard_kit, 3), (pb.attached_eml, 4), (pb.zip_derm, 2),
    (pc.ontario, 5), (pc.sin_income, 4), (pc.belgian, 3), (pc.french, 3), (pc.social, 4), (pc.interpreter, 3),
    (pc.nam_alone, 3), (pc.patient_self, 3), (pc.sms_log, 2), (pc.quick_note, 2),
]

NEGATIVE_PLAN = [
    (na.it_maintenance, 7), (na.it_mfa, 5), (na.it_assets, 5), (na.it_guide, 5), (na.it_eml_fwd, 3),
    (na.it_postmortem, 4), (na.rma_serials, 4), (na.vendor_demo, 4), (na.sms_stats, 3),
    (nb.staff_schedule, 6), (nb.hr_leave, 5), (nb.hr_occ_health, 4), (nb.payroll, 3), (nb.job_posting, 5),
    (nb.committee, 5), (nb.staff_meeting, 4), (nb.staff_thread, 6), (nb.staff_vcard, 3), (nb.oncall, 4),
    (nb.physician_dir, 5), (nb.facilities, 4), (nb.budget, 3), (nb.privacy_training, 3), (nb.policy, 4),
    (nc.newsletter, 8), (nc.conference, 6), (nc.stats, 7), (nc.blank_form, 6), (nc.teaching_case, 6),
    (nc.recall, 4), (nc.shortage, 4), (nc.protocol, 4), (nc.patient_info, 4), (nc.survey, 4), (nc.qi, 4),
    (nc.drug_bulletin, 3), (nc.invoice, 5), (nc.purchase_order, 4), (nc.zip_templates, 3), (nc.training, 4),
]


def build(ctx, plan):
    items = []
    for fn, n in plan:
        for i in range(n):
            items.append(fn(ctx, i))
    ctx.rng.shuffle(items)
    return items


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    assert sum(n for _, n in POSITIVE_PLAN) == 120, sum(n for _, n in POSITIVE_PLAN)
    assert sum(n for _, n in NEGATIVE_PLAN) == 180, sum(n for _, n in NEGATIVE_PLAN)
    ctx = Ctx(SEED)
    pos = build(ctx, POSITIVE_PLAN)
    neg = build(ctx, NEGATIVE_PLAN)
    labels = {}
    for sub, items, prefix in (("positive", pos, "p"), ("negative", neg, "n")):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
        for k, it in enumerate(items, 1):
            rel = "%s/%s%03d_%s.eml" % (sub, prefix, k, it["cat"])
            data = gen_compose.compose(ctx, it["spec"])
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            labels[rel] = {"confidential": sub == "positive", "types": it["types"], "lang": it["lang"], "note": it["note"]}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    res = self_check(out)
    write_readme(out, res, SEED)
    return 1 if res["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
