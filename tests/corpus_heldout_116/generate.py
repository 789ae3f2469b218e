#!/usr/bin/env python3
"""Synthetic labelled corpus of outbound e-mail from a private rehabilitation clinic network
(physiotherapy, occupational therapy, kinesiology, orthotics), for DLP evaluation.

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere
Deterministic from SEED; standard library + python-stdnum, reportlab, python-docx, openpyxl."""
import sys
sys.dont_write_bytecode = True
import argparse
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_mime                      # noqa: E402
import gen_check                     # noqa: E402
from gen_common import Corpus, M, finalize   # noqa: E402
import gen_pos_a as PA               # noqa: E402
import gen_pos_b as PB               # noqa: E402
import gen_pos_c as PC               # noqa: E402
import gen_neg_a as NA               # noqa: E402
import gen_neg_b as NB               # noqa: E402
import gen_neg_c as NC               # noqa: E402

SEED = 116331

# (function, category, count, share of French)
POSITIVES = [
    (PA.p_progress_md, 'progress_report', 5, 0.6), (PA.p_referral_out, 'referral_to_md', 5, 0.6),
    (PA.p_cnesst_report, 'work_injury_report', 5, 0.6), (PA.p_auto_file, 'auto_insurer_plan', 5, 0.6),
    (PA.p_private_auth, 'insurer_preauth', 4, 0.5), (PA.p_roster_xlsx, 'roster_xlsx', 4, 0.5),
    (PA.p_csv_zip, 'emr_export', 3, 1.0), (PA.p_ics, 'calendar_invite', 4, 0.5),
    (PA.p_vcard, 'patient_vcard', 3, 0.67), (PA.p_subject_only, 'subject_leak', 4, 0.5),
    (PB.p_filename_only, 'filename_leak', 5, 0.6), (PB.p_quoted_reply, 'quoted_reply', 4, 0.5),
    (PB.p_inline_forward, 'patient_mail_fwd', 4, 0.5), (PB.p_rfc822, 'patient_mail_eml', 4, 0.5),
    (PB.p_reply_patient, 'reply_to_patient', 3, 0.67), (PB.p_handover, 'caseload_handover', 4, 0.5),
    (PB.p_ortho_order, 'orthotics_order', 4, 0.75), (PB.p_ot_home, 'ot_home_visit', 3, 0.67),
    (PB.p_kinesio_rtw, 'return_to_work', 3, 0.67), (PB.p_ontario, 'ontario_patient', 5, 0.4),
    (PC.p_belgian, 'belgian_patient', 4, 0.75), (PC.p_french, 'french_patient', 4, 0.75),
    (PC.p_sin_disability, 'disability_form', 3, 0.34), (PC.p_lab_followup, 'lab_followup', 4, 0.5),
    (PC.p_pharmacy, 'pharmacy_question', 3, 0.67), (PC.p_booking, 'transport_booking', 4, 0.75),
    (PC.p_social, 'psychosocial_referral', 3, 0.67), (PC.p_id_only, 'identifier_only', 3, 0.67),
    (PC.p_discharge, 'discharge_summary', 3, 0.34), (PC.p_concussion, 'concussion_note', 3, 0.67),
    (PC.p_coverage_check, 'coverage_check', 3, 0.67), (PC.p_contact_update, 'contact_update', 2, 0.5),
]
NEGATIVES = [
    (NA.n_staff_schedule, 'staff_schedule', 8, 0.6), (NA.n_leave, 'leave_request', 6, 0.5),
    (NA.n_staff_injury, 'staff_occupational_health', 5, 0.6), (NA.n_payroll, 'payroll', 5, 0.6),
    (NA.n_job_posting, 'job_posting', 6, 0.5), (NA.n_training, 'training', 5, 0.6),
    (NA.n_committee, 'committee_notice', 6, 0.67), (NA.n_onboarding, 'welcome_staff', 4, 0.5),
    (NA.n_team_social, 'team_social', 4, 0.5),
    (NB.n_teaching_case, 'teaching_case', 7, 0.57), (NB.n_stats, 'statistics', 7, 0.57),
    (NB.n_newsletter, 'newsletter', 6, 0.5), (NB.n_blank_form, 'blank_form', 7, 0.57),
    (NB.n_conference, 'conference_programme', 6, 0.5), (NB.n_physician_directory, 'physician_directory', 5, 0.6),
    (NB.n_research, 'research_protocol', 4, 0.5), (NB.n_anon_cancel, 'anonymous_cancellation', 6, 0.5),
    (NB.n_drug_shortage, 'drug_shortage', 4, 0.5), (NB.n_guideline, 'clinical_protocol', 6, 0.5),
    (NB.n_insurer_general, 'insurer_update', 5, 0.6), (NB.n_quality_incident, 'incident_summary', 4, 0.5),
    (NB.n_billing_codes, 'fee_schedule', 4, 0.5),
    (NC.n_invoice, 'supplier_invoice', 7, 0.57), (NC.n_purchase_order, 'purchase_order', 5, 0.6),
    (NC.n_recall, 'device_recall', 5, 0.6), (NC.n_it_notice, 'it_notice', 8, 0.5),
    (NC.n_facilities, 'facilities', 5, 0.6), (NC.n_asset_inventory, 'asset_inventory', 4, 0.5),
    (NC.n_marketing, 'marketing', 4, 0.5), (NC.n_vendor_ics, 'meeting_invite', 5, 0.6),
    (NC.n_staff_vcard, 'staff_vcard', 4, 0.5), (NC.n_rfc822_fwd, 'forwarded_notice', 4, 0.5),
    (NC.n_zip_reports, 'zip_reports', 4, 0.5), (NC.n_reply_thread, 'reply_thread', 5, 0.6),
]


def jobs(registry, seed, tag):
    out = []
    for func, cat, n, fr in registry:
        k = int(round(n * fr))
        langs = ['fr'] * k + ['en'] * (n - k)
        random.Random('%d-%s-lang-%s' % (seed, tag, cat)).shuffle(langs)
        out += [(func, cat, lang) for lang in langs]
    random.Random('%d-%s-order' % (seed, tag)).shuffle(out)
    return out


def generate(out_dir, seed=SEED):
    corpus = Corpus(seed)
    labels = {}
    recorded = {}
    for sub in ('positive', 'negative'):
        d = os.path.join(out_dir, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    pos = jobs(POSITIVES, seed, 'pos')
    neg = jobs(NEGATIVES, seed, 'neg')
    assert len(pos) == 120 and len(neg) == 180, (len(pos), len(neg))
    for prefix, sub, lst, conf in (('p', 'positive', pos, True), ('n', 'negative', neg, False)):
        for i, (func, cat, lang) in enumerate(lst, 1):
            key = '%s%03d' % (prefix, i)
            m = M(corpus, key, cat, lang)
            func(m)
            spec = finalize(m)
            data = gen_mime.build(spec, random.Random('%d-%s-mime' % (seed, key)))
            rel = '%s/%s_%s.eml' % (sub, key, cat)
            with open(os.path.join(out_dir, rel), 'wb') as fh:
                fh.write(data)
            if conf:
                assert m.types, rel
            else:
                assert not m.types, rel
            labels[rel] = {'confidential': conf, 'types': list(m.types) if conf else [], 'lang': m.lang, 'note': m.note}
            recorded[rel] = {k: list(v) for k, v in m.ids.items()}
    with open(os.path.join(out_dir, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    return recorded


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--seed', type=int, default=SEED)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    recorded = generate(out, args.seed)
    res = gen_check.run(out, recorded)
    import gen_readme
    gen_readme.write(out, res, args.seed)
    if res['errors']:
        sys.exit(1)


if __name__ == '__main__':
    main()
