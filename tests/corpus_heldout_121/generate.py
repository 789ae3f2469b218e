#!/usr/bin/env python3
"""Synthetic labelled corpus of outbound e-mail — veterans' and military health flavour.

python generate.py            -> writes next to this file
python generate.py --out DIR  -> writes into DIR
Deterministic from SEED; standard library + python-stdnum, reportlab, python-docx, openpyxl.
"""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_check  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_pos_c as PC  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_neg_c as NC  # noqa: E402
from gen_build import assemble  # noqa: E402
from gen_ctx import Ctx, Pools  # noqa: E402
from gen_readme import write_readme  # noqa: E402

SEED = 121887

POSITIVE = [
    (PA.p_referral_osi, "fefe"), (PA.p_audiology_consult, "efef"), (PA.p_vac_report, "efef"),
    (PA.p_ltc_roster, "fe"), (PA.p_ltc_roster_nam, "f"), (PA.p_signout, "ef"), (PA.p_subject_only, "fef"),
    (PA.p_filename_only, "fefef"), (PA.p_lab_followup, "fefe"), (PA.p_discharge_docx, "fefe"),
    (PA.p_pharmacy_question, "fe"), (PA.p_patient_fwd, "fef"), (PA.p_reply_quoted, "fef"),
    (PA.p_ics_appointment, "fefe"), (PA.p_vcard, "fe"), (PA.p_csv_export, "fe"),
    (PB.p_zip_docs, "fe"), (PB.p_fwd_eml_base, "efe"), (PB.p_transport, "fef"), (PB.p_booking_on, "ee"),
    (PB.p_social_housing, "fefe"), (PB.p_youth_protection, "ff"), (PB.p_belgian_niss, "fef"),
    (PB.p_french_nir, "ffe"), (PB.p_hearing_aid_auth, "ef"), (PB.p_initials, "fe"), (PB.p_lowercase, "ef"),
    (PB.p_mrn_only, "fef"), (PB.p_html_schedule, "fe"), (PB.p_case_conference, "fe"), (PB.p_prescription, "fef"),
    (PC.p_ltc_family, "ef"), (PC.p_base_physio, "ef"), (PC.p_crisis, "efe"), (PC.p_cannabis, "fe"),
    (PC.p_lab_table, "fe"), (PC.p_waitlist, "fef"), (PC.p_death_notice, "fe"), (PC.p_sin_disguised, "fef"),
    (PC.p_memory_clinic, "fe"), (PC.p_sleep_report, "ef"), (PC.p_peer_support, "fe"), (PC.p_caregiver, "ef"),
    (PC.p_on_transfer, "efe"), (PC.p_child_referral, "fef"),
]

NEGATIVE = [
    (NA.n_oncall, "fefe"), (NA.n_leave, "fefe"), (NA.n_payroll, "fef"), (NA.n_staff_health, "fefe"),
    (NA.n_newsletter, "fefe"), (NA.n_statistics, "fefe"), (NA.n_invoice, "fefe"), (NA.n_purchase_order, "fefe"),
    (NA.n_conference, "fefe"), (NA.n_committee, "fefe"), (NA.n_job, "fefe"), (NA.n_it, "fefe"),
    (NA.n_facilities, "fef"), (NA.n_blank_form, "fefe"), (NA.n_template_letter, "fefe"),
    (NB.n_teaching_case, "fefe"), (NB.n_recall, "fefe"), (NB.n_shortage, "fefe"), (NB.n_research, "fefe"),
    (NB.n_new_physician, "fefe"), (NB.n_directory, "fef"), (NB.n_quality, "fefe"), (NB.n_training_ics, "fefe"),
    (NB.n_vcard_staff, "fefe"), (NB.n_remembrance, "fef"), (NB.n_volunteers, "fefe"), (NB.n_asset_inventory, "fefe"),
    (NB.n_outbreak, "fefe"), (NB.n_reply_meeting, "fefe"), (NB.n_retirement, "fefe"), (NB.n_sick_day, "fefe"),
    (NB.n_training_csv, "fefe"),
    (NC.n_supply_lots, "fefe"), (NC.n_vac_fees, "fefe"), (NC.n_translation, "fefe"), (NC.n_chart_audit, "fefe"),
    (NC.n_policy_zip, "fefe"), (NC.n_fwd_eml_it, "fefe"), (NC.n_interview, "fefe"), (NC.n_reb, "fefe"),
    (NC.n_formulary, "fefe"), (NC.n_grand_rounds, "fefe"), (NC.n_budget, "fefe"), (NC.n_base_flu, "fefe"),
    (NC.n_handout, "fefe"), (NC.n_processing_times, "fefe"),
]

LANG = {"f": "fr", "e": "en"}


def build(out_dir):
    npos = sum(len(l) for _, l in POSITIVE)
    nneg = sum(len(l) for _, l in NEGATIVE)
    assert npos == 120 and nneg == 180, (npos, nneg)
    master = random.Random(SEED)
    pools = Pools(master.getrandbits(64))
    jobs = []
    for kind, reg in (("p", POSITIVE), ("n", NEGATIVE)):
        for fn, langs in reg:
            for ch in langs:
                jobs.append((kind, fn, LANG[ch]))
    master.shuffle(jobs)
    seeds = [master.getrandbits(64) for _ in jobs]
    for d in ("positive", "negative"):
        path = os.path.join(out_dir, d)
        os.makedirs(path, exist_ok=True)
        for f in os.listdir(path):
            if f.endswith(".eml"):
                os.remove(os.path.join(path, f))
    labels = {}
    counters = {"p": 0, "n": 0}
    infos = []
    for (kind, fn, lang), seed in zip(jobs, seeds):
        c = Ctx(pools, seed, lang)
        m = fn(c, lang)
        data, info = assemble(m, c.rng)
        counters[kind] += 1
        sub = "positive" if kind == "p" else "negative"
        name = f"{sub}/{kind}{counters[kind]:03d}_{m.cat}.eml"
        with open(os.path.join(out_dir, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"confidential": kind == "p", "types": m.types if kind == "p" else [], "lang": m.lang,
                        "note": m.note}
        infos.append(info)
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    return labels


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    build(out)
    errors, stats, files = gen_check.run(out)
    digest = gen_check.digest(out, files)
    for e in errors:
        print("ERROR:", e)
    print(f"files: {len(files)} (positive {stats['pos']}, negative {stats['neg']})")
    print("languages:", json.dumps(dict(sorted(stats["langs"].items()))))
    print("types:", json.dumps(dict(sorted(stats["types"].items()))))
    print("sha256:", digest)
    write_readme(out, stats, digest, SEED)
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
