#!/usr/bin/env python3
"""Generate the labelled DLP corpus (fertility / genetics / prenatal / sexual-health flavour).

    python generate.py              # writes next to this file
    python generate.py --out DIR    # writes elsewhere

Deterministic from the seed; ends with a self-check that prints counts and the digest.
"""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_check  # noqa: E402
import gen_neg_admin  # noqa: E402
import gen_neg_clin  # noqa: E402
import gen_pos_fert  # noqa: E402
import gen_pos_gen  # noqa: E402
import gen_pos_misc  # noqa: E402
import gen_pos_sex  # noqa: E402
from gen_build import build_email  # noqa: E402
from gen_common import Ctx, World  # noqa: E402
from gen_readme import write_readme  # noqa: E402

SEED = 8001
N_POS, N_NEG = 120, 180
EN_POS, EN_NEG = 40, 60

POS_PLAN = [
    # fertility clinic
    ('ivf_calendar', 4), ('ivf_monitoring', 3), ('embryology_report', 4), ('beta_hcg', 3), ('donor_programme', 4),
    ('semen_analysis', 2), ('ohss_discharge', 3), ('fertility_rx', 4), ('tax_credit_sin', 3), ('patient_mail_fwd', 3),
    ('ivf_schedule_patients', 2), ('reply_quoted_ivf', 3),
    # genetics and prenatal
    ('genetic_result', 3), ('family_letter', 4), ('microarray_child', 3), ('carrier_couple', 3), ('nipt_result', 4),
    ('ultrasound_followup', 3), ('amnio_invite', 3), ('rounds_identified', 2), ('subject_only_nipt', 3),
    ('consult_reply', 3), ('prenatal_screen_letter', 3),
    # sexual health
    ('sti_result', 4), ('partner_notification', 3), ('prep_followup', 4), ('syphilis_mrn_only', 2), ('hiv_new_dx', 2),
    ('youth_protection', 1), ('vcard_patient', 2), ('patient_prep_request', 2), ('sh_roster', 3), ('reply_quoted_sti', 2),
    # other identifiers and transports
    ('ohip_patient', 2), ('niss_embryo_transfer', 2), ('nir_student', 2), ('sin_income_support', 2), ('fwd_eml_result', 2),
    ('filename_only', 3), ('zip_export', 2), ('transport_booking', 2), ('billing_claim', 2), ('handover', 1),
    ('lab_nonconformity', 1), ('research_participants', 1), ('visit_summary_html', 1),
]

NEG_PLAN = [
    ('lab_accreditation', 7), ('genetics_rounds', 7), ('journal_club', 6), ('research_protocol', 7),
    ('patient_education', 8), ('statistics', 9), ('teaching_case', 7), ('blank_form', 7), ('letter_template', 4),
    ('clinical_protocol', 7), ('donor_recruitment', 6), ('test_catalogue', 4), ('qc_results', 3),
    ('physician_directory', 4), ('anonymous_question', 3),
    ('clinic_schedule', 7), ('hr_leave', 7), ('payroll', 3), ('job_posting', 6), ('invoice_po', 7),
    ('supplier_recall', 6), ('drug_shortage', 6), ('it_notice', 6), ('facilities', 5), ('committee_notice', 6),
    ('newsletter', 6), ('conference_programme', 6), ('meeting_invite', 5), ('staff_vcard', 2),
    ('staff_reply_chain', 6), ('occupational_health', 4), ('training', 3),
]

POS_T = {}
for mod in (gen_pos_fert, gen_pos_gen, gen_pos_sex, gen_pos_misc):
    POS_T.update(mod.TEMPLATES)
NEG_T = {}
for mod in (gen_neg_clin, gen_neg_admin):
    NEG_T.update(mod.TEMPLATES)

TAGGED_NEG = {'hr_leave', 'committee_notice', 'statistics', 'research_protocol', 'occupational_health', 'payroll'}


def plan(rng, items, n, n_en):
    names = [name for name, k in items for _ in range(k)]
    assert len(names) == n, (len(names), n)
    rng.shuffle(names)
    langs = ['en'] * n_en + ['fr'] * (n - n_en)
    rng.shuffle(langs)
    return list(zip(names, langs))


def generate(out, seed):
    rng = random.Random(seed)
    world = World(seed)
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    labels, records = {}, {}
    for side, tmpl, items, n, n_en in (('positive', POS_T, POS_PLAN, N_POS, EN_POS),
                                       ('negative', NEG_T, NEG_PLAN, N_NEG, EN_NEG)):
        for i, (name, lang) in enumerate(plan(rng, items, n, n_en), 1):
            mrng = random.Random('%d/%s/%d' % (seed, side, i))
            c = Ctx(mrng, lang, world)
            r = tmpl[name](c)
            spec = r['spec']
            if side == 'negative':
                if name in TAGGED_NEG and mrng.random() < 0.3:
                    spec['subject'] = c.t('[Confidentiel] ', '[Confidential] ') + spec['subject']
                if mrng.random() < 0.12:
                    spec['sensitivity'] = mrng.choice(['Confidential', 'Private', 'Personal'])
            data = build_email(mrng, spec)
            rel = '%s/%s%03d_%s.eml' % (side, side[0], i, r['cat'])
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            labels[rel] = {'confidential': side == 'positive', 'types': r['types'], 'lang': lang, 'note': r['note']}
            records[rel] = r
    with open(os.path.join(out, 'labels.json'), 'wb') as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=1, sort_keys=True).encode('utf-8') + b'\n')
    return labels, records


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default=HERE, help='output folder (default: next to this script)')
    ap.add_argument('--seed', type=int, default=SEED)
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out)
    labels, records = generate(out, args.seed)
    ok, errors, summary = gen_check.run(out, records, N_POS, N_NEG)
    write_readme(out, args.seed, labels, summary)
    for e in errors:
        print('CHECK FAILED:', e)
    print(json.dumps({k: summary[k] for k in ('files', 'positive', 'negative', 'languages', 'types')}, indent=1,
                     sort_keys=True))
    print('sha256', summary['digest'])
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
