# -*- coding: utf-8 -*-
"""Generate the held-out DLP corpus (seed 7070): ED / pre-hospital / trauma / poison control /
ED social work / coroner & police requests; mostly French-Canadian with some English.

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen_common import Gen, SEED  # noqa: E402
from gen_compose import compose  # noqa: E402
import gen_pos1 as P1  # noqa: E402
import gen_pos2 as P2  # noqa: E402
import gen_pos3 as P3  # noqa: E402
import gen_neg1 as N1  # noqa: E402
import gen_neg2 as N2  # noqa: E402
from gen_check import check  # noqa: E402
from gen_readme import write_readme  # noqa: E402

POSITIVE_PLAN = [
    (P1.p_signout, 3), (P1.p_ambulance_report, 3), (P1.p_trauma_transfer, 3), (P1.p_poison_consult, 4),
    (P1.p_dpj, 3), (P1.p_coroner, 3), (P1.p_police, 3), (P1.p_lab_callback, 3), (P1.p_discharge_docx, 3),
    (P1.p_pharmacy, 3), (P1.p_patient_mail, 3), (P1.p_quoted, 3),
    (P2.p_subject_only, 4), (P2.p_filename_only, 3), (P2.p_frequent_users, 2), (P2.p_ics, 3), (P2.p_vcard, 3),
    (P2.p_ontario, 3), (P2.p_belgian, 3), (P2.p_french, 3), (P2.p_sin, 3), (P2.p_board_html, 2),
    (P2.p_transport, 3), (P2.p_booking, 3), (P2.p_tox_screen, 3), (P2.p_psych_hold, 2), (P2.p_sa_kit, 2),
    (P2.p_homeless, 2), (P2.p_elder_abuse, 2), (P2.p_tox_consult_en, 2), (P2.p_nam_only, 3), (P2.p_zip_transfer, 2),
    (P3.p_eml_forward, 3), (P3.p_mm_review, 2), (P3.p_incident, 2), (P3.p_interpreter, 2), (P3.p_organ, 2),
    (P3.p_blood_bank, 2), (P3.p_ems_feedback, 2), (P3.p_voicemail, 2), (P3.p_preavis, 2), (P3.p_sw_note, 2),
    (P3.p_methanol, 2), (P3.p_child_ingestion, 2), (P3.p_waiting_docx, 2), (P3.p_co_hyperbaric, 2),
    (P3.p_suicide_referral, 1),
]

NEGATIVE_PLAN = [
    (N1.n_schedule_xlsx, 4), (N1.n_leave, 5), (N1.n_occ_health, 4), (N1.n_payroll, 3), (N1.n_job, 5), (N1.n_it, 6),
    (N1.n_facilities, 4), (N1.n_newsletter_tox, 5), (N1.n_conference, 4), (N1.n_committee, 5), (N1.n_shortage, 4),
    (N1.n_recall, 5), (N1.n_invoice, 4), (N1.n_stats, 6), (N1.n_blank_form, 6), (N1.n_teaching, 8),
    (N2.n_research, 4), (N2.n_police_policy, 3), (N2.n_ems_fleet, 4), (N2.n_simulation, 4), (N2.n_social_event, 4),
    (N2.n_consultants, 5), (N2.n_protocol, 5), (N2.n_audit, 3), (N2.n_formulary, 3), (N2.n_shift_swap, 5),
    (N2.n_asset, 5), (N2.n_en_newsletter, 6), (N2.n_survey, 3), (N2.n_complaints, 2), (N2.n_ics_staff, 5),
    (N2.n_vcard_staff, 3), (N2.n_csv_training, 3), (N2.n_zip_policies, 3), (N2.n_eml_fwd, 3), (N2.n_resources, 3),
    (N2.n_dpj_training, 2), (N2.n_coroner_report, 2), (N2.n_bed_mgmt, 3), (N2.n_phone_list, 2), (N2.n_privileges, 2),
    (N2.n_security, 2), (N2.n_public_health, 3), (N2.n_wellness, 2), (N2.n_pharma_rep, 2), (N2.n_lab_notice, 4),
    (N2.n_ems_protocol, 2),
]


def build(out):
    g = Gen(SEED)
    records = {"positive": [], "negative": []}
    for side, plan in (("positive", POSITIVE_PLAN), ("negative", NEGATIVE_PLAN)):
        for fn, n in plan:
            for v in range(n):
                records[side].append(fn(g, v))
        g.rng.shuffle(records[side])
    assert len(records["positive"]) == 120, len(records["positive"])
    assert len(records["negative"]) == 180, len(records["negative"])
    labels = {}
    for side, prefix in (("positive", "p"), ("negative", "n")):
        d = os.path.join(out, side)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
        for i, rec in enumerate(records[side], 1):
            name = f"{side}/{prefix}{i:03d}_{rec['cat']}.eml"
            data = compose(g, rec["spec"])
            with open(os.path.join(out, name), "wb") as fh:
                fh.write(data)
            labels[name] = {"confidential": side == "positive", "types": rec["types"], "lang": rec["lang"], "note": rec["note"]}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return labels


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    os.makedirs(out, exist_ok=True)
    build(out)
    errors, stats, dg = check(out)
    write_readme(out, stats, dg)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
