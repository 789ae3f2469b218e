#!/usr/bin/env python3
"""Generate the held-out corpus 108: outbound mail of a rheumatology and
infusion clinic (with its liaison pharmacy and insurer prior-authorisation
mail), French and English, labelled for confidentiality.

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere
"""
import argparse
import json
import os
import random
import shutil
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import gen_check  # noqa: E402
import gen_ids as I  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_neg_c as NC  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_pos_c as PC  # noqa: E402
import gen_pos_d as PD  # noqa: E402
from gen_core import Ctx, HolderPool, render_mail  # noqa: E402
from gen_readme import write_readme  # noqa: E402

SEED = 10822

# (template, {lang: count})
POSITIVE_PLAN = [
    (PA.referral, {'fr': 3, 'en': 2}), (PA.consult_letter, {'fr': 2, 'en': 2}), (PA.infusion_ics, {'fr': 2, 'en': 2}),
    (PA.roster_xlsx, {'fr': 3, 'en': 1}), (PA.roster_csv, {'fr': 2, 'en': 1}), (PA.handover, {'fr': 2, 'en': 1}),
    (PA.discharge_docx, {'fr': 2, 'en': 2}), (PA.waitlist, {'fr': 2}), (PA.clinic_day_html, {'fr': 2, 'en': 1}),
    (PB.pharm_question, {'fr': 3, 'en': 2}), (PB.pa_private, {'fr': 3, 'en': 2}), (PB.ramq_exception, {'fr': 4}),
    (PB.insurer_reply_fwd, {'fr': 2, 'en': 2}), (PB.psp_enrol, {'fr': 1, 'en': 1}), (PB.prescription_pdf, {'fr': 2, 'en': 1}),
    (PB.specialty_delivery, {'fr': 1}), (PB.subject_only, {'fr': 3, 'en': 2}),
    (PC.patient_mail_fwd, {'fr': 3, 'en': 2}), (PC.appt_reminder, {'fr': 2, 'en': 1}), (PC.transport, {'fr': 3}),
    (PC.social, {'fr': 4, 'en': 2}), (PC.dpj, {'fr': 2}), (PC.ontario, {'en': 4, 'fr': 1}), (PC.france, {'fr': 4}),
    (PC.belgium, {'fr': 4}), (PC.sin_disability, {'fr': 2, 'en': 2}),
    (PD.attached_eml, {'fr': 2, 'en': 1}), (PD.filename_only, {'fr': 3, 'en': 1}), (PD.quoted_leak, {'fr': 2, 'en': 1}),
    (PD.lab_followup, {'fr': 2, 'en': 2}), (PD.disguised, {'fr': 3}), (PD.gout_er, {'fr': 2, 'en': 1}),
    (PD.incident, {'fr': 2}), (PD.research_screen, {'en': 1}),
]
NEGATIVE_PLAN = [
    (NA.hr_vacation, {'fr': 3, 'en': 1}), (NA.oncall, {'fr': 3, 'en': 2}), (NA.staff_absence, {'fr': 3}),
    (NA.occ_health, {'fr': 2, 'en': 2}), (NA.payroll, {'fr': 2, 'en': 1}), (NA.it_notice, {'fr': 3, 'en': 3}),
    (NA.facilities, {'fr': 3, 'en': 1}), (NA.job_posting, {'fr': 3, 'en': 2}), (NA.committee, {'fr': 3, 'en': 2}),
    (NA.staff_meeting_ics, {'fr': 2, 'en': 1}), (NA.training, {'fr': 2, 'en': 2}), (NA.social_event, {'fr': 2, 'en': 1}),
    (NA.staff_vcard, {'fr': 2, 'en': 1}), (NA.admin_thread, {'fr': 3, 'en': 2}), (NA.chair_assignment, {'fr': 2}),
    (NB.newsletter, {'fr': 3, 'en': 3}), (NB.conference, {'fr': 3, 'en': 2}), (NB.teaching_case, {'fr': 3, 'en': 3}),
    (NB.statistics, {'fr': 3, 'en': 2}), (NB.blank_form, {'fr': 3, 'en': 2}), (NB.research_protocol, {'fr': 2, 'en': 2}),
    (NB.physician_announce, {'fr': 2, 'en': 1}), (NB.education_handout, {'fr': 3, 'en': 1}), (NB.quality_audit, {'fr': 2, 'en': 1}),
    (NB.minutes, {'fr': 2, 'en': 2}), (NB.data_dictionary, {'fr': 1, 'en': 1}), (NB.merge_template, {'fr': 2, 'en': 1}),
    (NB.test_message, {'fr': 1, 'en': 1}), (NB.case_conference, {'fr': 2}), (NB.interpreter, {'fr': 1}),
    (NB.guideline, {'fr': 2, 'en': 2}), (NB.survey, {'fr': 2, 'en': 1}),
    (NC.invoice, {'fr': 3, 'en': 2}), (NC.purchase_order, {'fr': 3, 'en': 1}), (NC.shortage, {'fr': 3, 'en': 2}),
    (NC.recall, {'fr': 2, 'en': 2}), (NC.insurer_policy, {'fr': 3, 'en': 2}), (NC.formulary, {'fr': 3, 'en': 1}),
    (NC.liaison_procedure, {'fr': 3, 'en': 1}), (NC.psp_notice, {'fr': 2, 'en': 1}), (NC.stock_count, {'fr': 2}),
    (NC.fridge_log, {'fr': 2, 'en': 1}), (NC.contract, {'fr': 1, 'en': 1}), (NC.delivery, {'fr': 2, 'en': 1}),
    (NC.kit_order, {'fr': 1, 'en': 1}), (NC.biosimilar_update, {'fr': 2, 'en': 1}), (NC.pa_stats, {'fr': 2}),
    (NC.insurer_portal, {'en': 2, 'fr': 1}), (NC.med_info, {'en': 1, 'fr': 2}), (NC.asset_inventory, {'fr': 1, 'en': 1}),
]


def expand(plan, rng):
    items = [(fn, lang) for fn, langs in plan for lang, n in sorted(langs.items()) for _ in range(n)]
    rng.shuffle(items)
    return items


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--out', default=HERE, help='output folder (default: next to this script)')
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out)
    for sub in ('positive', 'negative'):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
        os.makedirs(os.path.join(out, sub))
    if out != HERE:
        for f in os.listdir(HERE):
            if f.endswith('.py'):
                shutil.copy2(os.path.join(HERE, f), os.path.join(out, f))

    rng = random.Random(SEED)
    holders = I.load_nam_holders()
    pool = HolderPool(holders, rng)
    pos, neg = expand(POSITIVE_PLAN, rng), expand(NEGATIVE_PLAN, rng)
    assert len(pos) == 120 and len(neg) == 180, (len(pos), len(neg))

    labels, expected = {}, {}
    stats = defaultdict(Counter)
    for prefix, folder, items, conf in (('p', 'positive', pos, True), ('n', 'negative', neg, False)):
        for i, (fn, lang) in enumerate(items, 1):
            mrng = random.Random(f'{SEED}/{prefix}/{i}')
            ctx = Ctx(mrng, pool, i if conf else 1000 + i)
            mail = fn(ctx, lang)
            mail.date = ctx.date
            data = render_mail(mail, mrng, ctx.idx, stats)
            rel = f'{folder}/{prefix}{i:03d}_{mail.cat}.eml'
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            labels[rel] = {'confidential': conf, 'types': sorted(mail.types) if conf else [], 'lang': mail.lang, 'note': mail.note}
            if conf:
                expected[rel] = mail.ids
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')

    errors, langs, types, npos, nneg = gen_check.run(out, labels, expected, holders)
    dig = gen_check.digest(out)
    write_readme(out, SEED, npos, nneg, labels, langs, types, stats, dig)
    for e in errors:
        print('ERROR:', e)
    print(f'files: {npos + nneg} (positive {npos}, negative {nneg})')
    print('languages:', dict(sorted(langs.items())))
    print('types:', dict(sorted(types.items())))
    print('sha256:', dig)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
