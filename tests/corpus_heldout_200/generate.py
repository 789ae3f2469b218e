"""Generate the held-out corpus: 120 positives, 180 hard negatives, labels, README, digest.

Usage: python generate.py [--out DIR]
"""
import argparse
import datetime
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as C  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_neg_c as NC  # noqa: E402
import gen_people as P  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_pos_c as PC  # noqa: E402
import gen_pos_d as PD  # noqa: E402
import gen_readme as R  # noqa: E402
import gen_verify as V  # noqa: E402

POSITIVE = [PA.referral_rt, PA.clearance_reply, PA.census, PA.booking, PA.transport, PA.pathology,
            PB.discharge, PB.prescription, PB.insurer, PB.lab_order, PB.quick_note, PB.forward_referral,
            PB.calendar_invite, PB.vcard_contact,
            PC.ontario_transfer, PC.attached_eml, PC.youth_protection, PC.foreign_patient, PC.sin_form,
            PC.recall_csv, PC.inr_check, PC.subject_only, PC.ortho_planning, PC.ranked_waitlist,
            PD.patient_reply, PD.imaging_request, PD.mronj_consult, PD.dictation]
NEGATIVE = [NA.leave_schedule, NA.oncall_schedule, NA.payroll, NA.newsletter, NA.committee, NA.conference,
            NA.job_posting, NA.candidate, NA.staff_health, NA.celebration, NA.minutes, NA.staff_contact,
            NA.training,
            NB.lab_invoice, NB.purchase_order, NB.inventory, NB.it_notice, NB.facilities, NB.stats,
            NB.recall_notice, NB.shortage, NB.teaching_case, NB.blank_form, NB.template, NB.research,
            NB.education_handout, NB.equipment_service, NB.quality_audit, NB.insurer_notice,
            NB.referral_criteria,
            NC.lab_pricelist, NC.or_utilisation, NC.clinic_directory, NC.expense_claim, NC.student_rotation,
            NC.slot_availability]

N_POS, N_NEG = 120, 180


def schedule(funcs, n, rng):
    """Every scenario in both languages, repeated; languages balanced."""
    combos = [(f, lang) for f in funcs for lang in ('fr', 'en')]
    out = []
    while len(out) + len(combos) <= n:
        out += combos
    rest = n - len(out)
    extra_fr = [(f, 'fr') for f in funcs]
    extra_en = [(f, 'en') for f in funcs]
    rng.shuffle(extra_fr)
    rng.shuffle(extra_en)
    out += extra_fr[:rest // 2] + extra_en[:rest - rest // 2]
    rng.shuffle(out)
    return out


def msg_time(rng):
    day = datetime.date(2025, 1, 13) + datetime.timedelta(days=rng.randint(0, 150))
    while day.weekday() >= 5 and rng.random() < 0.85:
        day += datetime.timedelta(days=1)
    offset = -4 if datetime.date(2025, 3, 9) <= day < datetime.date(2025, 11, 2) else -5
    tz = datetime.timezone(datetime.timedelta(hours=offset))
    return datetime.datetime(day.year, day.month, day.day, rng.choice([7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 21]),
                             rng.randrange(60), rng.randrange(60), tzinfo=tz)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args(argv)
    out = args.out
    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith('.eml'):
                os.remove(os.path.join(out, sub, f))

    master = random.Random(C.SEED)
    people = P.People(random.Random('%d-people' % C.SEED))
    labels, meta, blobs = {}, {}, {}

    for kind, funcs, n in (('p', POSITIVE, N_POS), ('n', NEGATIVE, N_NEG)):
        plan = schedule(funcs, n, master)
        for i, (func, lang) in enumerate(plan):
            rng = random.Random('%d-%s-%03d' % (C.SEED, kind, i + 1))
            ctx = P.Ctx(rng, lang, kind == 'p', msg_time(rng), people)
            category, note, data = func(ctx)
            rel = '%s/%s%03d_%s.eml' % ('positive' if kind == 'p' else 'negative', kind, i + 1, category)
            types = [t for t in C.FINDING_TYPES if t in ctx.types]
            if kind == 'p' and not types:
                raise SystemExit('positive without types: ' + rel)
            if kind == 'n' and types:
                raise SystemExit('negative with types: ' + rel)
            labels[rel] = {'confidential': kind == 'p', 'types': types, 'lang': lang, 'note': note}
            meta[rel] = {'ids': ctx.ids, 'must': ctx.must, 'nams': [(n_, p.full) for n_, p in ctx.nam_used]}
            blobs[rel] = data

    for rel, data in blobs.items():
        with open(os.path.join(out, rel), 'wb') as fh:
            fh.write(data)
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=1, sort_keys=True) + '\n')

    errors, feature_files, _ = V.verify(out, labels, meta, C.load_nams())
    if errors:
        for e in errors:
            print('FAIL', e)
        return 1
    dig = V.digest(out)
    R.write_readme(out, labels, feature_files, dig)
    langs = {'fr': 0, 'en': 0}
    types = {t: 0 for t in C.FINDING_TYPES}
    for lab in labels.values():
        langs[lab['lang']] += 1
        for t in lab['types']:
            types[t] += 1
    print('positives %d, negatives %d' % (sum(1 for r in labels if r.startswith('positive/')),
                                          sum(1 for r in labels if r.startswith('negative/'))))
    print('languages ' + ', '.join('%s %d' % kv for kv in langs.items()))
    print('types ' + ', '.join('%s %d' % kv for kv in types.items()))
    print('digest ' + dig)
    return 0


if __name__ == '__main__':
    sys.exit(main())
