#!/usr/bin/env python3
"""Generate the held-out DLP corpus (hospice and palliative home-care flavour).

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere

Deterministic from SEED (gen_base.py). Standard library + python-stdnum, reportlab, python-docx, openpyxl.
"""
import argparse
import json
import os
import shutil
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_base import SEED, rng_for, msg_date  # noqa: E402
from gen_pool import Pool  # noqa: E402
from gen_mime import to_bytes, STATS  # noqa: E402
import gen_pos1 as P1  # noqa: E402
import gen_pos2 as P2  # noqa: E402
import gen_pos3 as P3  # noqa: E402
import gen_neg1  # noqa: E402
import gen_neg2  # noqa: E402
import gen_neg3  # noqa: E402
import gen_check  # noqa: E402
import gen_readme  # noqa: E402

# (template, category, count, how many of them use NAM holders, forced language or None)
POS_PLAN = [
    (P1.p_referral, 'referral', 5, 4, None), (P1.p_admission_pdf, 'admission_pdf', 5, 3, None),
    (P1.p_consult_reply, 'consult_reply', 4, 2, None), (P1.p_signout, 'signout', 4, 2, None),
    (P1.p_roster_xlsx, 'roster_xlsx', 3, 2, None), (P1.p_csv_visits, 'visits_csv', 3, 2, None),
    (P1.p_ics_visit, 'visit_ics', 4, 2, None), (P1.p_vcard, 'patient_vcard', 3, 1, None),
    (P1.p_pharmacy_rx, 'pharmacy_rx', 4, 3, None), (P1.p_pharmacy_question, 'pharmacy_question', 4, 2, None),
    (P1.p_maid, 'maid_coordination', 4, 2, None), (P1.p_bereavement, 'bereavement', 3, 2, None),
    (P2.p_volunteer, 'volunteer_match', 3, 1, None), (P2.p_lab, 'lab_followup', 3, 2, None),
    (P2.p_discharge, 'discharge_docx', 4, 2, None), (P2.p_death_notice, 'death_notice', 3, 2, None),
    (P2.p_transport, 'transport', 3, 2, None), (P2.p_family_forward, 'family_forward', 3, 2, None),
    (P2.p_quoted_history, 'quoted_history', 3, 2, None), (P2.p_subject_only, 'subject_only', 4, 2, None),
    (P2.p_filename_only, 'filename_only', 3, 2, None), (P2.p_attached_eml, 'attached_eml', 3, 2, None),
    (P2.p_zip_bundle, 'zip_bundle', 3, 1, None), (P2.p_social, 'social_work', 3, 2, None),
    (P3.p_sin_compassion, 'sin_compassion', 3, 1, None), (P3.p_ontario, 'ontario_transfer', 3, 0, 'en'),
    (P3.p_belgian, 'belgian_niss', 3, 0, 'fr'), (P3.p_french, 'french_nir', 3, 0, 'fr'),
    (P3.p_casual, 'casual_note', 3, 1, None), (P3.p_disguised_nam, 'disguised_nam', 4, 4, None),
    (P3.p_symptom_update, 'symptom_update', 3, 1, None), (P3.p_family_meeting, 'family_meeting_ics', 2, 1, None),
    (P3.p_equipment, 'equipment_loan', 2, 1, None), (P3.p_waitlist, 'waitlist_html', 2, 1, None),
    (P3.p_mrn_only, 'mrn_only', 3, 0, None), (P3.p_ped_respite, 'ped_respite', 3, 2, None),
    (P3.p_ped_roster, 'ped_roster', 2, 1, None),
]
NEG_TEMPLATES = gen_neg1.TEMPLATES + gen_neg2.TEMPLATES + gen_neg3.TEMPLATES
N_POS, N_NEG = 120, 180


def lang_for(k, forced, r):
    if forced:
        # mostly the forced language, sometimes the other one
        return forced if k % 3 != 2 else ('fr' if forced == 'en' else 'en')
    return 'fr' if (k + r.randint(0, 1)) % 5 in (0, 1, 3) else 'en'


def build_plans():
    r = rng_for('plan')
    pos = []
    for tpl, cat, count, n_nam, forced in POS_PLAN:
        for k in range(count):
            pos.append((tpl, cat, k < n_nam, lang_for(k, forced, r)))
    assert len(pos) == N_POS, len(pos)
    r.shuffle(pos)
    neg_counts = {t: 4 for t in NEG_TEMPLATES}
    extra = list(NEG_TEMPLATES)
    r.shuffle(extra)
    for t in extra[:N_NEG - 4 * len(NEG_TEMPLATES)]:
        neg_counts[t] += 1
    neg = []
    for t in NEG_TEMPLATES:
        for k in range(neg_counts[t]):
            neg.append((t, t.__name__[2:], None, 'fr' if (k + r.randint(0, 2)) % 5 in (0, 2, 4) else 'en'))
    assert len(neg) == N_NEG, len(neg)
    r.shuffle(neg)
    return pos, neg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    for sub in ('positive', 'negative'):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
        os.makedirs(os.path.join(out, sub))
    STATS.clear()
    pool = Pool()
    pos, neg = build_plans()
    labels = {}
    for i, (tpl, cat, use_nam, lang) in enumerate(pos, 1):
        r = rng_for('p%03d' % i)
        when = msg_date(r)
        mail, types, note = tpl(r, lang, pool, when, use_nam)
        if lang == 'fr' and not mail.deaccent and r.random() < 0.08:
            mail.deaccent = True
        rel = 'positive/p%03d_%s.eml' % (i, cat)
        with open(os.path.join(out, rel), 'wb') as f:
            f.write(to_bytes(mail, r))
        labels[rel] = {'confidential': True, 'types': sorted(types), 'lang': lang, 'note': note}
    for i, (tpl, cat, _, lang) in enumerate(neg, 1):
        r = rng_for('n%03d' % i)
        when = msg_date(r)
        mail, note = tpl(r, lang, when)
        if lang == 'fr' and r.random() < 0.08:
            mail.deaccent = True
        rel = 'negative/n%03d_%s.eml' % (i, cat)
        with open(os.path.join(out, rel), 'wb') as f:
            f.write(to_bytes(mail, r))
        labels[rel] = {'confidential': False, 'types': [], 'lang': lang, 'note': note}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')
    errors, counts, dig = gen_check.run(out)
    gen_readme.write(out, counts, dict(STATS), dig, len(pool.used))
    for e in errors:
        print('ERROR', e)
    print('files: %d positive, %d negative' % (counts['positive'], counts['negative']))
    print('languages: ' + ', '.join('%s=%d' % kv for kv in sorted(counts['lang'].items())))
    print('types: ' + ', '.join('%s=%d' % kv for kv in counts['types'].items()))
    print('NAM holders used: %d' % len(pool.used))
    print('sha256: ' + dig)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
