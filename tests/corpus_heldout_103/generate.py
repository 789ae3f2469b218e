#!/usr/bin/env python3
"""Synthetic urology DLP corpus (held-out 103).

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere

Deterministic from SEED; standard library + python-stdnum, reportlab,
python-docx, openpyxl. Runs the self-check at the end."""
import argparse
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as C  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_check  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_pos_c as PC  # noqa: E402
import gen_pos_d as PD  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_neg_c as NC  # noqa: E402

SEED = 10305
N_POS, N_NEG = 120, 180

# (builder, n_fr, n_en)
POS_PLAN = [
    (PA.referral_psa, 4, 1), (PA.consult_reply, 3, 2), (PA.psa_list_xlsx, 3, 1), (PA.litho_booking, 3, 2),
    (PA.stone_analysis, 2, 1), (PA.cysto_ics, 2, 2), (PB.vasectomy_patient_fwd, 3, 1), (PB.semen_analysis, 2, 1),
    (PB.urodynamics_pdf, 3, 1), (PB.incontinence_physio, 2, 1), (PB.signout, 2, 2), (PB.ward_csv, 2, 1),
    (PB.discharge_docx, 2, 2), (PC.pharmacy_q, 2, 1), (PC.prescription, 2, 1), (PC.transport, 2, 1),
    (PC.subject_only, 3, 1), (PC.filename_only, 2, 2), (PC.quoted_reply, 3, 2), (PC.inline_fwd, 2, 1),
    (PC.attached_eml, 2, 2), (PC.zip_reports, 1, 1), (PC.vcard, 2, 1), (PD.ontario, 2, 2), (PD.french_nir, 3, 0),
    (PD.belgian_niss, 2, 1), (PD.sin_disability, 3, 1), (PD.social_work, 2, 1), (PD.youth_protection, 2, 0),
    (PD.urine_culture, 2, 1), (PD.bladder_bcg, 1, 1), (PD.appt_reminder, 2, 1), (PD.phone_triage, 2, 1),
    (PD.home_care, 3, 0), (PD.waitlist, 1, 1),
]
NEG_PLAN = [
    (NA.oncall_roster, 3, 2), (NA.leave_request, 3, 2), (NA.payroll, 2, 2), (NA.staff_occ_health, 3, 2),
    (NA.newsletter, 3, 2), (NA.conference, 3, 2), (NA.invoice, 3, 3), (NA.supplier_recall, 2, 3),
    (NA.drug_shortage, 3, 2), (NA.committee, 3, 2), (NA.job_posting, 3, 1), (NB.it_notice, 3, 2),
    (NB.facilities, 3, 1), (NB.statistics, 3, 2), (NB.blank_form, 3, 2), (NB.teaching_case, 3, 2),
    (NB.research, 3, 2), (NB.directory, 3, 2), (NB.clinic_hours, 3, 1), (NB.patient_education, 3, 2),
    (NB.or_blocks, 2, 2), (NB.inventory, 3, 2), (NC.meeting_minutes, 3, 2), (NC.training, 3, 2),
    (NC.social_event, 3, 2), (NC.staff_meeting_ics, 3, 2), (NC.vendor_vcard, 2, 2), (NC.policy_zip, 3, 1),
    (NC.schedule_chain, 3, 2), (NC.vendor_fwd_eml, 2, 2), (NC.audit, 3, 2), (NC.survey, 2, 2),
    (NC.template_letter, 2, 2), (NC.formulary, 3, 2), (NC.equipment_booking, 2, 2), (NC.staff_birthday, 3, 2),
    (NC.mm_invite, 3, 2), (NC.rotation, 3, 2),
]
NEEDS_STATS = {PC.attached_eml, NC.vendor_fwd_eml}


def expand(plan, rng):
    jobs = []
    for fn, nfr, nen in plan:
        jobs += [(fn, 'fr')] * nfr + [(fn, 'en')] * nen
    rng.shuffle(jobs)
    return jobs


def make_all(W):
    pos_jobs = expand(POS_PLAN, W.rng)
    neg_jobs = expand(NEG_PLAN, W.rng)
    assert len(pos_jobs) == N_POS and len(neg_jobs) == N_NEG, (len(pos_jobs), len(neg_jobs))
    out, transports = [], Counter()
    for kind, jobs in (('positive', pos_jobs), ('negative', neg_jobs)):
        for i, (fn, lang) in enumerate(jobs, 1):
            stats = {}
            r = fn(W, lang, stats) if fn in NEEDS_STATS else fn(W, lang)
            data = M.build(r['mail'], W.rng, stats)
            for k, vals in stats.items():
                for v in vals:
                    transports['%s=%s' % (k, v)] += 1
            name = '%s/%s%03d_%s.eml' % (kind, kind[0], i, r['cat'])
            out.append((name, data, r))
    return out, transports


def write(root, items):
    for sub in ('positive', 'negative'):
        d = os.path.join(root, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    labels = {}
    for name, data, r in items:
        with open(os.path.join(root, name), 'wb') as fh:
            fh.write(data)
        labels[name] = {'confidential': name.startswith('positive/'), 'types': r['types'], 'lang': r['lang'], 'note': r['note']}
    with open(os.path.join(root, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    return labels


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args(argv)
    root = os.path.abspath(a.out)
    W = C.World(SEED)
    items, transports = make_all(W)
    labels = write(root, items)
    expected = {name: r['expect'] for name, _, r in items if r['expect']}
    names = [(g, s) for g, s in W._used_pat]
    summary = gen_check.run(root, expected, names)
    import gen_readme
    gen_readme.write(root, labels, transports, summary, SEED)
    for e in summary['errors']:
        print('ERROR', e)
    print('files: %d (positive %d, negative %d)' % (summary['files'], summary['positives'], summary['negatives']))
    for (pos, lang), n in sorted(summary['langs'].items()):
        print('  %s %s: %d' % ('positive' if pos else 'negative', lang, n))
    print('types:', ', '.join('%s=%d' % kv for kv in sorted(summary['types'].items())))
    print('sha256:', summary['digest'])
    return 1 if summary['errors'] else 0


if __name__ == '__main__':
    sys.exit(main())
