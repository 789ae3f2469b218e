#!/usr/bin/env python3
"""Generate the school-health / youth-clinic DLP corpus (seed 10923).

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere

Standard library + python-stdnum, reportlab, python-docx, openpyxl.
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_check  # noqa: E402
import gen_compose  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_neg_c as NC  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_pos_c as PC  # noqa: E402
from gen_common import Ctx  # noqa: E402

SEED = 10923

# (builder, total, of which English)
POSITIVE_PLAN = [
    (PA.p_referral, 4, 1), (PA.p_consult_reply, 4, 1), (PA.p_vacc_roster, 4, 1), (PA.p_vacc_catchup, 3, 1),
    (PA.p_anaphylaxis_plan, 3, 1), (PA.p_diabetes_plan, 3, 1), (PA.p_sti_result, 4, 1), (PA.p_contraception, 4, 1),
    (PA.p_pregnancy, 3, 1), (PA.p_mental_health, 4, 1), (PA.p_dpj, 3, 1), (PA.p_parent_forward, 3, 1),
    (PA.p_teacher_meds, 3, 1),
    (PB.p_handover, 3, 1), (PB.p_subject_only, 4, 1), (PB.p_filename_only, 4, 1), (PB.p_ics, 4, 1), (PB.p_vcard, 3, 1),
    (PB.p_zip_bundle, 3, 1), (PB.p_attached_eml, 3, 1), (PB.p_quoted, 3, 1), (PB.p_trip_list, 3, 1),
    (PB.p_transport, 3, 1), (PB.p_booking, 3, 1), (PB.p_pharmacy, 3, 1), (PB.p_discharge, 3, 1),
    (PC.p_lab, 3, 1), (PC.p_prescription, 3, 1), (PC.p_sin_social, 3, 1), (PC.p_ontario, 2, 1), (PC.p_belgium, 2, 0),
    (PC.p_france, 2, 0), (PC.p_mrn_only, 2, 1), (PC.p_nam_only, 3, 1), (PC.p_pi_minutes, 2, 1),
    (PC.p_parent_letter, 3, 1), (PC.p_eating, 2, 1), (PC.p_concussion, 2, 1), (PC.p_youth_own, 2, 1),
    (PC.p_clinic_day, 2, 1),
]

NEGATIVE_PLAN = [
    (NA.n_schedule, 5, 1), (NA.n_staff_leave, 7, 2), (NA.n_staff_flu, 4, 1), (NA.n_hr, 5, 1), (NA.n_job, 4, 1),
    (NA.n_it, 7, 2), (NA.n_facilities, 5, 1), (NA.n_invoice, 5, 2), (NA.n_stock, 4, 1), (NA.n_ics_meeting, 5, 1),
    (NA.n_vcard_staff, 3, 1), (NA.n_logistics, 6, 2), (NA.n_interns, 3, 1), (NA.n_social, 4, 1),
    (NB.n_newsletter, 7, 2), (NB.n_template_letter, 6, 2), (NB.n_outbreak, 5, 1), (NB.n_blank_form, 5, 1),
    (NB.n_blank_template, 4, 1), (NB.n_teaching_case, 7, 2), (NB.n_coverage_stats, 5, 1), (NB.n_clinic_stats, 4, 1),
    (NB.n_conference, 4, 1), (NB.n_committee, 4, 1), (NB.n_shortage, 5, 1), (NB.n_recall, 5, 2),
    (NC.n_protocol, 5, 1), (NC.n_research, 4, 1), (NC.n_directory, 4, 1), (NC.n_parent_general, 7, 2),
    (NC.n_ministry, 5, 1), (NC.n_zip_forms, 4, 1), (NC.n_campaign, 5, 1), (NC.n_dosing, 3, 1), (NC.n_press, 3, 1),
    (NC.n_minutes, 4, 1), (NC.n_teacher_general, 5, 2), (NC.n_survey, 3, 1),
]


def expand(plan, ctx):
    jobs = []
    for fn, n, n_en in plan:
        for i in range(n):
            jobs.append((fn, 'en' if i < n_en else 'fr'))
    ctx.rng.shuffle(jobs)
    return jobs


def build(outdir):
    ctx = Ctx(SEED)
    assert sum(n for _, n, _ in POSITIVE_PLAN) == 120
    assert sum(n for _, n, _ in NEGATIVE_PLAN) == 180
    pos_jobs = expand(POSITIVE_PLAN, ctx)
    neg_jobs = expand(NEGATIVE_PLAN, ctx)
    # interleave positives and negatives so the random stream mixes both kinds
    results = {'positive': [], 'negative': []}
    pi = ni = 0
    while pi < len(pos_jobs) or ni < len(neg_jobs):
        if pi < len(pos_jobs):
            fn, lang = pos_jobs[pi]
            results['positive'].append(fn(ctx, lang))
            pi += 1
        for _ in range(2 if pi % 2 else 1):
            if ni < len(neg_jobs):
                fn, lang = neg_jobs[ni]
                results['negative'].append(fn(ctx, lang))
                ni += 1
    for sub in ('positive', 'negative'):
        d = os.path.join(outdir, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    labels, meta = {}, {}
    for sub, prefix in (('positive', 'p'), ('negative', 'n')):
        for i, res in enumerate(results[sub], 1):
            rel = f'{sub}/{prefix}{i:03d}_{res["cat"]}.eml'
            with open(os.path.join(outdir, rel), 'wb') as fh:
                fh.write(res['raw'])
            labels[rel] = {'confidential': sub == 'positive', 'types': res['types'], 'lang': res['lang'], 'note': res['note']}
            meta[rel] = {'ids': res['ids'], 'names': res['names'], 'must': res['must']}
    with open(os.path.join(outdir, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    return meta


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    outdir = os.path.abspath(args.out)
    os.makedirs(outdir, exist_ok=True)
    meta = build(outdir)
    rep = gen_check.run(outdir, meta)
    import gen_readme
    gen_readme.write(outdir, rep, SEED)
    for e in rep['errors']:
        print('ERROR', e)
    print(f'files: {rep["n_pos"] + rep["n_neg"]} (positive {rep["n_pos"]}, negative {rep["n_neg"]})')
    print('languages:', json.dumps(rep['langs'], sort_keys=True), 'positive:', json.dumps(rep['lang_pos'], sort_keys=True),
          'negative:', json.dumps(rep['lang_neg'], sort_keys=True))
    print('types:', json.dumps(rep['types']))
    print('sha256:', rep['digest'])
    return 1 if rep['errors'] else 0


if __name__ == '__main__':
    sys.exit(main())
