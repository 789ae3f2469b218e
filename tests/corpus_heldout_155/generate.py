#!/usr/bin/env python3
"""Generate the labelled geriatrics e-mail corpus (CISSS des Trois-Rivages, fictional).

Usage: python generate.py [--out DIR]   (default: the folder holding this script)
Reads only its own gen_*.py modules and ../blind_nams.txt (relative to this file).
"""
import argparse
import datetime
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_neg_comm as NC  # noqa: E402
import gen_neg_hr as NH  # noqa: E402
import gen_neg_ops as NO  # noqa: E402
import gen_pos_chsld as PC  # noqa: E402
import gen_pos_dayhosp as PD  # noqa: E402
import gen_pos_memory as PM  # noqa: E402
from gen_body import Draft, PatientPool  # noqa: E402
from gen_build import build_eml  # noqa: E402
from gen_common import Rand, load_nams  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import TYPES, digest, verify  # noqa: E402

SEED = 25155

POSITIVE_PLAN = [
    (PM.mem_referral, 5), (PM.moca_result, 4), (PM.neuropsy_report, 3), (PM.caregiver_meeting, 3),
    (PM.caregiver_invite, 3), (PM.memory_rx, 4), (PM.dementia_labs, 3), (PM.imaging_followup, 3),
    (PM.driving_report, 3), (PM.quick_note_med, 3), (PM.family_forward, 3), (PM.referral_census, 2),
    (PD.hjg_admission, 3), (PD.hjg_census, 3), (PD.transport_request, 3), (PD.hjg_discharge, 4),
    (PD.falls_referral, 4), (PD.falls_followup, 3), (PD.deprescribing, 3), (PD.bmd_result, 2),
    (PD.falls_booking, 3), (PD.ucdg_signout, 3), (PD.home_care_referral, 3), (PD.attendance_csv, 2),
    (PC.chsld_request, 4), (PC.chsld_waitlist, 3), (PC.chsld_offer, 3), (PC.contribution_form, 3),
    (PC.admission_zip, 2), (PC.level_of_care, 3), (PC.elder_abuse, 3), (PC.protection_mandate, 3),
    (PC.ontario_transfer, 3), (PC.belgian_records, 3), (PC.french_records, 3), (PC.gis_letter, 2),
    (PC.subject_only, 3), (PC.quoted_only, 4), (PC.attached_eml, 3),
]

NEGATIVE_PLAN = [
    (NH.schedule, 4), (NH.leave_request, 4), (NH.payroll, 4), (NH.occ_health, 6), (NH.job_posting, 4),
    (NH.candidate, 4), (NH.baby_news, 6), (NH.birthdays, 4), (NH.retirement, 4), (NH.training, 4),
    (NH.on_call, 4), (NH.staff_meeting, 4), (NH.benefits, 6),
    (NC.newsletter, 6), (NC.committee_notice, 4), (NC.conference, 6), (NC.support_group, 4),
    (NC.stats_report, 6), (NC.teaching_case, 6), (NC.research_protocol, 4), (NC.blank_form, 6),
    (NC.mail_merge, 6), (NC.referral_guide, 6), (NC.satisfaction, 4), (NC.accreditation, 4), (NC.volunteers, 4),
    (NO.invoice, 6), (NO.purchase_order, 4), (NO.inventory, 6), (NO.it_outage, 4), (NO.phishing, 4),
    (NO.it_ticket, 4), (NO.facilities, 4), (NO.recall, 4), (NO.shortage, 4), (NO.phone_list, 4),
    (NO.budget, 4), (NO.room_booking, 4), (NO.quote_zip, 4),
]


def expand(plan, rng):
    items, k = [], 0
    for fn, n in plan:
        for _ in range(n):
            items.append((fn, 'fr' if k % 2 == 0 else 'en'))
            k += 1
    rng.shuffle(items)
    return items


def msg_time(rng):
    start = datetime.date(2024, 9, 3)
    day = start + datetime.timedelta(days=rng.randrange(0, 300))
    while day.weekday() >= 5 and rng.random() < 0.9:
        day += datetime.timedelta(days=1)
    dst = datetime.date(2024, 11, 3) > day or day >= datetime.date(2025, 3, 9)
    tz = datetime.timezone(datetime.timedelta(hours=-4 if dst else -5))
    return datetime.datetime(day.year, day.month, day.day, rng.randrange(7, 19), rng.randrange(60), rng.randrange(60), tzinfo=tz)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    out = args.out
    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith('.eml'):
                os.remove(os.path.join(out, sub, f))

    master = Rand(SEED)
    nam_rows = load_nams()
    pool = PatientPool(Rand(SEED + 1), nam_rows, datetime.date(2025, 1, 1))
    pos_items = expand(POSITIVE_PLAN, master)
    neg_items = expand(NEGATIVE_PLAN, master)
    assert len(pos_items) == 120 and len(neg_items) == 180

    labels, records = {}, {}
    for positive, items in ((True, pos_items), (False, neg_items)):
        for i, (fn, lang) in enumerate(items, 1):
            rng = Rand(master.randrange(2 ** 32))
            d = Draft(rng, lang, msg_time(rng), positive)
            fn(d, pool)
            data = build_eml(rng, d, (0 if positive else 500) + i)
            rel = f"{'positive' if positive else 'negative'}/{'p' if positive else 'n'}{i:03d}_{d.category}.eml"
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            types = [t for t in TYPES if t in d.types]
            labels[rel] = {'confidential': positive, 'types': types, 'lang': lang, 'note': d.note}
            records[rel] = {'types': types, 'checks': d.checks, 'fn': fn.__name__}

    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=1, sort_keys=True) + '\n')

    errors, feats = verify(out, records, nam_rows)
    dig = digest(out)
    write_readme(out, SEED, labels, feats, dig)
    if errors:
        for e in errors[:80]:
            print('ERROR', e, file=sys.stderr)
        print(f'{len(errors)} error(s)', file=sys.stderr)
        sys.exit(1)
    npos = sum(1 for v in labels.values() if v['confidential'])
    print(f"positives {npos}, negatives {len(labels) - npos}")
    print(f"digest {dig}")


if __name__ == '__main__':
    main()
