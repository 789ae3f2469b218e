#!/usr/bin/env python3
"""Generate the labelled wound care / vascular surgery clinic mail corpus (seed in gen_common.SEED).

Usage: python generate.py [--out DIR]
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gen_common as C  # noqa: E402
import gen_ctx  # noqa: E402
import gen_pos_fr as PF  # noqa: E402
import gen_pos_fr2 as PF2  # noqa: E402
import gen_pos_en as PE  # noqa: E402
import gen_pos_en2 as PE2  # noqa: E402
import gen_neg_fr as NF  # noqa: E402
import gen_neg_fr2 as NF2  # noqa: E402
import gen_neg_fr3 as NF3  # noqa: E402
import gen_neg_en as NE  # noqa: E402
import gen_neg_en2 as NE2  # noqa: E402
from gen_build import build_message  # noqa: E402
from gen_readme import digest, write_readme  # noqa: E402
from gen_verify import verify, CheckError, TYPES  # noqa: E402

POS_FR = [(PF.referral, 3), (PF.doppler_result, 3), (PF.dressing_order, 3), (PF.home_care_report, 3), (PF.census, 3),
          (PF.transport, 2), (PF.pharmacy_rx, 3), (PF.discharge, 3), (PF.culture_followup, 2), (PF.insurer_form, 3),
          (PF.social_work, 3), (PF.quick_note, 2),
          (PF2.forward_gmf, 2), (PF2.ics_booking, 2), (PF2.vcard_contact, 2), (PF2.zip_measures, 2), (PF2.belgian, 3),
          (PF2.french_patient, 3), (PF2.mrn_only, 2), (PF2.eml_attached, 2), (PF2.youth, 2), (PF2.preop_labs, 2),
          (PF2.prosthesis, 2), (PF2.csv_abi, 2), (PF2.subject_only, 1)]
POS_EN = [(PE.referral_on, 4), (PE.lab_report, 3), (PE.home_orders, 3), (PE.visit_report, 3), (PE.signout, 3),
          (PE.insurer_en, 3), (PE.pharmacy_en, 3), (PE.discharge_en, 3), (PE.culture_en, 2), (PE.social_en, 3),
          (PE.quick_en, 2),
          (PE2.forward_nam, 3), (PE2.ics_followup, 2), (PE2.amputation_review_xlsx, 2), (PE2.mrn_only_en, 2),
          (PE2.eml_attached_en, 2), (PE2.filename_only, 3), (PE2.rehab_en, 2), (PE2.vcard_en, 2), (PE2.transport_en, 2),
          (PE2.preop_en, 2), (PE2.mdt_docx, 2), (PE2.patient_reply, 4)]
NEG_FR = [(NF.schedule, 3), (NF.leave_request, 3), (NF.payroll, 3), (NF.occ_health, 3), (NF.candidates, 2),
          (NF.oncall_md, 2), (NF.conference, 2), (NF.newsletter, 2), (NF.committee, 3), (NF.aggregate_stats, 3),
          (NF.teaching_case, 1), (NF.blank_form, 3), (NF.mail_merge, 1), (NF.baby, 2), (NF.retirement, 1),
          (NF2.invoice, 3), (NF2.purchase_order, 3), (NF2.inventory, 3), (NF2.it_doppler, 3), (NF2.it_outage, 2),
          (NF2.it_password, 2), (NF2.facilities, 3), (NF2.job_posting, 2), (NF2.shortage, 3), (NF2.recall, 3),
          (NF2.research, 1), (NF2.training, 2), (NF2.equipment_loan, 2), (NF2.formulary_thread, 1), (NF2.leaflet, 1),
          (NF2.survey, 2),
          (NF3.staff_meeting_ics, 2), (NF3.rep_vcard, 2), (NF3.policy_zip, 1), (NF3.fwd_committee, 1),
          (NF3.out_of_office, 3), (NF3.teaching_variants, 2), (NF3.physician_directory, 1), (NF3.accreditation, 1),
          (NF3.calibration_log, 1), (NF3.students, 1), (NF3.mail_merge_variants, 2), (NF3.expense, 1),
          (NF3.research_variants, 2)]
NEG_EN = [(NE.rota, 4), (NE.leave_en, 4), (NE.payroll_en, 3), (NE.occ_health_en, 3), (NE.candidates_en, 2),
          (NE.oncall_en, 2), (NE.conference_en, 3), (NE.newsletter_en, 2), (NE.committee_en, 2), (NE.stats_en, 3),
          (NE.teaching_en, 1), (NE.blank_form_en, 3), (NE.invoice_en, 4), (NE.it_en, 3), (NE.facilities_en, 3),
          (NE.posting_en, 2), (NE.shortage_en, 3), (NE.recall_en, 3), (NE.research_en, 1), (NE.thread_en, 2),
          (NE.birthday_en, 2), (NE.training_en, 2),
          (NE2.meeting_ics_en, 3), (NE2.vendor_en, 3), (NE2.policy_zip_en, 2), (NE2.fwd_notice_en, 2), (NE2.ooo_en, 3),
          (NE2.teaching_en2, 3), (NE2.directory_en, 1), (NE2.calibration_en, 3), (NE2.students_en, 2),
          (NE2.merge_en, 3), (NE2.holiday_party, 1), (NE2.extensions, 1), (NE2.survey_en, 2), (NE2.po_en, 3),
          (NE2.retirement_en, 1)]


def plan(fr, en, total):
    jobs = [(f, "fr") for f, n in fr for _ in range(n)] + [(f, "en") for f, n in en for _ in range(n)]
    if len(jobs) != total:
        raise SystemExit("plan has %d jobs, expected %d" % (len(jobs), total))
    C.rng_for("order", total).shuffle(jobs)
    return jobs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args(argv)
    out = args.out
    gen_ctx.reset()
    metas, labels = {}, {}
    for sub, prefix, jobs, offset in (("positive", "p", plan(POS_FR, POS_EN, 120), 0),
                                      ("negative", "n", plan(NEG_FR, NEG_EN, 180), 120)):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for old in os.listdir(d):
            if old.endswith(".eml"):
                os.remove(os.path.join(d, old))
        for i, (fn, lang) in enumerate(jobs):
            index = offset + i
            rng = C.rng_for("msg", index)
            dt = C.msg_datetime(index, rng)
            ctx = gen_ctx.Ctx(index, lang, rng, dt)
            spec = fn(ctx)
            data = build_message(spec, index, C.rng_for("mime", index))
            rel = "%s/%s%03d_%s.eml" % (sub, prefix, i + 1, spec["cat"])
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            metas[rel] = spec
            labels[rel] = {"confidential": sub == "positive", "types": [t for t in TYPES if t in spec["types"]],
                           "lang": spec["lang"], "note": spec["note"]}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    try:
        feats, types, langs = verify(out, metas)
    except CheckError as e:
        print("CHECK FAILED: %s" % e, file=sys.stderr)
        return 1
    dig = digest(out)
    write_readme(out, C.SEED, feats, types, langs, dig)
    pos_lang = {}
    for rel, lab in labels.items():
        if lab["confidential"]:
            pos_lang[lab["lang"]] = pos_lang.get(lab["lang"], 0) + 1
    print("positives: 120  negatives: 180  languages: %s  (positives by language: %s)"
          % (", ".join("%s=%d" % kv for kv in sorted(langs.items())), ", ".join("%s=%d" % kv for kv in sorted(pos_lang.items()))))
    print("types: " + ", ".join("%s=%d" % (t, n) for t, n in types.items()))
    print("digest: " + dig)
    return 0


if __name__ == "__main__":
    sys.exit(main())
