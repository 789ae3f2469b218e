#!/usr/bin/env python3
"""Generate the labelled DLP test corpus (neurology clinic, Quebec hospital, French/English).

    python generate.py              # writes next to this file
    python generate.py --out DIR    # writes elsewhere

Deterministic from SEED; standard library + python-stdnum, reportlab, python-docx, openpyxl."""
import argparse
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_check  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_neg_c as NC  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_pos_c as PC  # noqa: E402
from gen_common import NamDeck  # noqa: E402
from gen_compose import Ctx  # noqa: E402
from gen_mime import build  # noqa: E402

SEED = 10721

POSITIVE_PLAN = [
    ("referral", PA.referral, 5), ("consult_reply", PA.consult_reply, 5), ("signout", PA.signout, 4),
    ("roster_xlsx", PA.roster_xlsx, 4), ("csv_export", PA.csv_export, 4), ("booking", PA.booking, 5),
    ("transport", PA.transport, 4), ("lab_followup", PA.lab_followup, 5), ("discharge_pdf", PA.discharge_pdf, 4),
    ("pharmacy", PA.pharmacy, 5), ("patient_fwd", PA.patient_fwd, 5),
    ("reply_quoted", PB.reply_quoted, 5), ("subject_only", PB.subject_only, 5), ("filename_only", PB.filename_only, 4),
    ("ics_invite", PB.ics_invite, 4), ("vcard", PB.vcard, 3), ("attached_eml", PB.attached_eml, 4),
    ("zip_reports", PB.zip_reports, 3), ("docx_letter", PB.docx_letter, 4), ("social_work", PB.social_work, 5),
    ("sin_form", PB.sin_disability, 4), ("ontario_hcn", PB.ontario_patient, 4),
    ("belgian_niss", PC.belgian_patient, 3), ("french_nir", PC.french_patient, 3), ("nam_only", PC.nam_only, 4),
    ("html_clinic_list", PC.html_table_clinic, 3), ("dbs_note", PC.dbs_programming, 2), ("rehab_waitlist", PC.waitlist_rehab, 2),
    ("driving_report", PC.saaq_driving, 2), ("research_screening", PC.research_screening, 2), ("interpreter", PC.interpreter, 2),
    ("er_consult", PC.urgent_er, 2),
]

NEGATIVE_PLAN = [
    ("hr_vacation", NA.hr_vacation, 6), ("oncall", NA.oncall, 6), ("payroll", NA.payroll, 4), ("occ_health", NA.occ_health, 5),
    ("newsletter", NA.newsletter, 6), ("invoice", NA.invoice, 6), ("purchase_order", NA.purchase_order, 5),
    ("conference", NA.conference, 6), ("committee", NA.committee, 6), ("job_posting", NA.job_posting, 6),
    ("it_notice", NA.it_notice, 6), ("statistics", NA.statistics, 5),
    ("blank_form", NB.blank_form, 6), ("teaching_case", NB.teaching_case, 6), ("recall", NB.supplier_recall, 6),
    ("drug_shortage", NB.drug_shortage, 5), ("facilities", NB.facilities, 6), ("research_protocol", NB.research_protocol, 5),
    ("physician_directory", NB.physician_directory, 5), ("minutes", NB.minutes, 5), ("training", NB.training, 5),
    ("staff_social", NB.staff_social, 4), ("asset_inventory", NB.asset_inventory, 4), ("patient_education", NB.patient_education, 5),
    ("clinic_closure", NC.clinic_closure, 4), ("protocol_update", NC.protocol_update, 5), ("quality", NC.quality_aggregate, 4),
    ("formulary", NC.formulary_update, 4), ("clinic_template", NC.clinic_template, 4), ("staff_meeting_ics", NC.staff_meeting_ics, 5),
    ("vcard_colleague", NC.vcard_colleague, 3), ("rotation", NC.resident_rotation, 4), ("phishing", NC.phishing, 3),
    ("budget", NC.budget, 3), ("no_identifier", NC.no_identifier, 5), ("admin_thread", NC.admin_thread, 4),
    ("zip_templates", NC.zip_templates, 3),
]


def schedule(plan, rng):
    items = []
    for cat, fn, n in plan:
        n_fr = sum(1 for _ in range(n) if rng.random() < 0.6)
        n_fr = min(max(n_fr, 1), n - 1) if n >= 2 else n_fr
        langs = ["fr"] * n_fr + ["en"] * (n - n_fr)
        rng.shuffle(langs)
        items += [(cat, fn, lg) for lg in langs]
    rng.shuffle(items)
    return items


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    assert sum(n for _, _, n in POSITIVE_PLAN) == 120, sum(n for _, _, n in POSITIVE_PLAN)
    assert sum(n for _, _, n in NEGATIVE_PLAN) == 180, sum(n for _, _, n in NEGATIVE_PLAN)
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, sub, f))

    master = random.Random(SEED)
    deck = NamDeck(random.Random(f"{SEED}:nams"))
    labels, extra = {}, {}
    for kind, plan, prefix in (("positive", POSITIVE_PLAN, "p"), ("negative", NEGATIVE_PLAN, "n")):
        for i, (cat, fn, lang) in enumerate(schedule(plan, master), start=1):
            ctx = Ctx(random.Random(f"{SEED}:{prefix}:{i}"), deck)
            mail = fn(ctx, lang)
            raw = build(mail, ctx.rng)
            rel = f"{kind}/{prefix}{i:03d}_{cat}.eml"
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            labels[rel] = {"confidential": kind == "positive", "types": sorted(mail["types"]), "lang": mail["lang"],
                           "note": mail["note"]}
            extra[rel] = {k: mail[k] for k in ("sin", "hcn", "niss", "nir") if k in mail}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
        fh.write("\n")

    res = gen_check.run(out, extra)
    write_readme(out, res)
    if res["errors"]:
        sys.exit(1)


def write_readme(out, res):
    from gen_readme import readme_text
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme_text(res, POSITIVE_PLAN, NEGATIVE_PLAN, SEED))


if __name__ == "__main__":
    main()
