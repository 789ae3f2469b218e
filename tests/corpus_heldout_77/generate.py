#!/usr/bin/env python3
"""Generate the held-out DLP corpus 77 (Belgian hospital network <-> Quebec / France).

Usage:  python generate.py            # writes next to this file
        python generate.py --out DIR  # writes elsewhere
Deterministic from SEED; runs the self-check at the end.
"""
import argparse
import datetime as dt
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_check                                  # noqa: E402
import gen_common as G                            # noqa: E402
import gen_neg_a as NA                            # noqa: E402
import gen_neg_b as NB                            # noqa: E402
import gen_neg_c as NC                            # noqa: E402
import gen_pos_a as PA                            # noqa: E402
import gen_pos_b as PB                            # noqa: E402
import gen_pos_c as PC                            # noqa: E402
from gen_ctx import Ctx, gx                       # noqa: E402
from gen_mime import Builder                      # noqa: E402
from gen_readme import write_readme               # noqa: E402

SEED = 7701

POSITIVE_PLAN = [
    (PA.referral_letter, 5), (PA.discharge_letter, 6), (PA.crossborder_transfer, 3), (PA.quebec_repatriation, 4),
    (PA.consult_reply, 4), (PA.handover_list, 3), (PA.ward_census_xlsx, 2), (PA.ed_export_csv, 2),
    (PA.transport_booking, 2), (PA.lab_followup, 5), (PA.pharmacy_question, 2), (PA.prescription_pdf, 2),
    (PA.mutualite_request, 3), (PA.insurer_claim, 3), (PA.ehealthbox_export, 2),
    (PB.patient_mail_forwarded, 3), (PB.quoted_history, 5), (PB.subject_only, 5), (PB.filename_only, 4),
    (PB.ics_appointment, 3), (PB.vcard_patient, 2), (PB.social_work, 4), (PB.mdt_xlsx, 2), (PB.recall_list, 2),
    (PB.pathology_report, 2), (PB.imaging_mrn_only, 2), (PB.ontario_patient, 4), (PB.sin_form, 4),
    (PB.interpreter_booking, 1), (PB.dialysis_holiday, 2),
    (PC.paediatric_vaccination, 2), (PC.psychiatry_transfer, 2), (PC.transplant_coordination, 1),
    (PC.bill_dispute, 2), (PC.home_care, 2), (PC.records_request, 2), (PC.birth_notice, 2),
    (PC.id_without_name, 3), (PC.appointment_confirmation, 3), (PC.transfer_zip, 2), (PC.med_reconciliation, 2),
    ("forward", 4),
]
FORWARD_INNER_POS = [PA.referral_letter, PA.lab_followup, PA.quebec_repatriation, PB.social_work, PA.pharmacy_question]

NEGATIVE_PLAN = [
    (NA.hr_leave, 5), (NA.oncall_roster, 4), (NA.occupational_health, 5), (NA.payroll, 3), (NA.job_posting, 4),
    (NA.physician_directory, 4), (NA.supplier_invoice, 5), (NA.purchase_order, 4), (NA.device_recall, 4),
    (NA.drug_shortage, 5), (NA.it_maintenance, 4), (NA.it_ehealth, 4), (NA.it_phishing, 3), (NA.it_account, 3),
    (NA.facilities, 4), (NA.tender, 4),
    (NB.conference, 4), (NB.committee_notice, 4), (NB.research_protocol, 4), (NB.newsletter, 4), (NB.activity_stats, 4),
    (NB.infection_stats, 4), (NB.teaching_case, 5), (NB.blank_form, 5), (NB.accreditation, 4), (NB.incident_summary, 3),
    (NB.bed_status, 4), (NB.mutualite_info, 3), (NB.crossborder_agreement, 2), (NB.quebec_partnership, 3),
    (NB.insurance_contract, 2), (NB.out_of_office, 3), (NB.environment_lab, 3), (NB.sterilization, 3), (NB.admin_thread, 4),
    (NB.vcard_staff, 2), (NB.case_counts, 3), (NB.ehealth_circular_zip, 2), (NB.leaflet, 3), (NB.lab_reference, 3),
    (NB.formulary, 2), (NB.satisfaction, 2), (NB.press_release, 2), (NB.gdpr_reminder, 2), (NB.mm_review, 3),
    (NC.logistics_handover, 4), (NC.staff_event, 2), (NC.residents_list, 2), (NC.cold_chain, 2), (NC.clinical_protocol, 3),
    (NC.training_invite, 3), (NC.efact_summary, 2), (NC.shuttle, 2), ("forward", 3),
]
FORWARD_INNER_NEG = [NA.drug_shortage, NB.committee_notice, NA.device_recall, NB.accreditation, NA.it_maintenance]

QC_DOMAINS = ("chuestuaire.example", "vmgh.example", "cisss-hl.example")


def dst(d):
    return dt.datetime(2025, 3, 30, 2) <= d < dt.datetime(2025, 10, 26, 3)


def finish(mail):
    """Gender agreement and time zone by sender."""
    for m in (mail, mail.forward):
        if m is None:
            continue
        if m.sex:
            m.subject, m.text, m.html = gx(m.subject, m.sex), gx(m.text, m.sex), gx(m.html, m.sex)
        qc = m.frm[1].split("@")[1] in QC_DOMAINS
        if qc:
            m.tz = "-04:00" if dst(m.date) else "-05:00"
        else:
            m.tz = "+02:00" if dst(m.date) else "+01:00"
    return mail


def expand(plan, rng):
    seq = []
    for fn, n in plan:
        seq += [fn] * n
    rng.shuffle(seq)
    return seq


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    holders = G.load_nams()
    nam_surnames = {h.surname for h in holders}
    for pool in (G.BE_SURNAMES, G.FR_SURNAMES, G.QC_SURNAMES, G.ON_SURNAMES, [s[1] for s in G.STAFF], [s[1] for s in G.PARTNER_STAFF]):
        clash = nam_surnames.intersection(pool)
        assert not clash, clash

    rng = random.Random(SEED)
    ctx = Ctx(rng, holders)
    stats = {}
    builder = Builder(rng, stats)
    pos_plan = expand(POSITIVE_PLAN, rng)
    neg_plan = expand(NEGATIVE_PLAN, rng)
    assert len(pos_plan) == 120 and len(neg_plan) == 180, (len(pos_plan), len(neg_plan))

    for sub in ("positive", "negative"):
        path = os.path.join(out, sub)
        if os.path.isdir(path):
            shutil.rmtree(path)
        os.makedirs(path)

    labels, expected = {}, {}
    for prefix, sub, plan, inner_pool in (("p", "positive", pos_plan, FORWARD_INNER_POS), ("n", "negative", neg_plan, FORWARD_INNER_NEG)):
        for i, fn in enumerate(plan, 1):
            if fn == "forward":
                inner = rng.choice(inner_pool)
                mail = PC.forward_rfc822(ctx, inner) if prefix == "p" else NC.forward_admin(ctx, inner)
            else:
                mail = fn(ctx)
            finish(mail)
            conf = prefix == "p"
            assert bool(mail.types) == conf, (fn, mail.types)
            name = f"{sub}/{prefix}{i:03d}_{mail.category}.eml"
            raw = builder.render(mail, f"{prefix}{i:03d}")
            with open(os.path.join(out, name), "wb") as fh:
                fh.write(raw)
            labels[name] = {"confidential": conf, "types": sorted(mail.types), "lang": mail.lang, "note": mail.note}
            expected[name] = list(mail.ids)

    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
        fh.write("\n")

    errors, counts = gen_check.run(out, holders, expected_ids=expected)
    digest = gen_check.digest(out)
    write_readme(out, counts, stats, digest, SEED, len(ctx.nam_used))
    for e in errors:
        print("ERROR", e)
    print("sha256:", digest)
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
