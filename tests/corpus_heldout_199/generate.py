"""Generate the imaging-department DLP corpus (120 positives, 180 negatives), verify it and print its digest.

Usage: python generate.py [--out DIR]
"""
import sys
sys.dont_write_bytecode = True

import argparse
import datetime as dt
import json
import os
import random
import shutil


HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as C  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_pos_c as PC  # noqa: E402
import gen_readme  # noqa: E402
import gen_verify  # noqa: E402
from gen_ctx import Ctx, NamPool  # noqa: E402

POS_PLAN = [
    (PA.p_booking, 6), (PA.p_mri_screening, 5), (PA.p_mammo_recall, 7), (PA.p_report, 7), (PA.p_critical, 4),
    (PB.p_ir_consult, 5), (PB.p_ir_prep_call, 4), (PB.p_premed_rx, 4), (PB.p_transport, 4), (PB.p_worklist, 4),
    (PB.p_protocol_q, 6), (PB.p_pacs_fix, 3), (PB.p_ir_discharge, 4), (PB.p_signout, 3),
    (PC.p_image_transfer, 4), (PC.p_insurer_form, 5), (PC.p_foreign, 5), (PC.p_ontario, 3), (PC.p_peds_sedation, 3),
    (PC.p_forward_eml, 4), (PC.p_ics, 5), (PC.p_vcard, 3), (PC.p_nodule_registry, 3), (PC.p_subject_only, 5),
    (PC.p_attachment_name_only, 4), (PC.p_shelter_recall, 3), (PC.p_incident, 3), (PC.p_thread, 4),
]

NEG_PLAN = [
    (NA.n_schedule, 5), (NA.n_leave, 5), (NA.n_payroll, 5), (NA.n_dosimetry, 5), (NA.n_baby, 5), (NA.n_birthday, 5),
    (NA.n_candidates, 5), (NA.n_job_posting, 5), (NA.n_training, 5), (NA.n_oncall, 6), (NA.n_staff_occ_health, 5),
    (NA.n_staff_thread, 5),
    (NB.n_newsletter, 6), (NB.n_committee, 5), (NB.n_conference, 5), (NB.n_invoice, 5), (NB.n_purchase_order, 5),
    (NB.n_inventory, 5), (NB.n_it_outage, 5), (NB.n_qa_phantom, 5), (NB.n_facilities, 5), (NB.n_stats, 6),
    (NB.n_teaching, 6), (NB.n_blank_form, 6), (NB.n_mailmerge, 5), (NB.n_shortage, 5), (NB.n_recall, 5),
    (NB.n_research, 5), (NB.n_protocol_update, 5), (NB.n_service_report, 5), (NB.n_vendor_vcard, 5),
    (NB.n_logs_zip, 5), (NB.n_forward_eml, 5), (NB.n_meeting_ics, 5), (NB.n_party, 5),
]


def plan(master, entries, total):
    out = []
    start = 0
    for fn, n in entries:
        for k in range(n):
            out.append((fn, 'fr' if (start + k) % 2 == 0 else 'en'))
        start += 1
    assert len(out) == total, (len(out), total)
    master.shuffle(out)
    return out


def msg_date(rng):
    base = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randint(0, 300))
    while base.weekday() >= 5 and rng.random() < 0.85:
        base += dt.timedelta(days=1)
    edt = dt.date(2025, 3, 9) <= base < dt.date(2025, 11, 2)
    tz = dt.timezone(dt.timedelta(hours=-4 if edt else -5))
    return dt.datetime(base.year, base.month, base.day, rng.randint(6, 19), rng.randint(0, 59), rng.randint(0, 59), tzinfo=tz)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    holders = C.load_nams()
    pool = NamPool(list(holders))
    master = random.Random(C.SEED)
    pos_plan = plan(master, POS_PLAN, 120)
    neg_plan = plan(master, NEG_PLAN, 180)
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    labels, meta = {}, {}
    for prefix, sub, items, positive in (('p', 'positive', pos_plan, True), ('n', 'negative', neg_plan, False)):
        for i, (fn, lang) in enumerate(items, 1):
            date = msg_date(master)
            ctx = Ctx('%d:%s:%d' % (C.SEED, prefix, i), lang, positive, pool, date)
            spec = fn(ctx)
            raw = M.build(spec)
            crlf = spec['rng'].random() < 0.5
            raw = M.finalize(raw, crlf)
            rel = '%s/%s%03d_%s.eml' % (sub, prefix, i, spec['category'])
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(raw)
            labels[rel] = dict(confidential=positive, types=spec['types'] if positive else [], lang=lang, note=spec['note'])
            meta[rel] = dict(ids=spec['ids'], holders=spec['holders'], types=spec['types'], subject=spec['subject'],
                             frm=spec['frm'])
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=2, sort_keys=True) + '\n')
    errors, infos, labels = gen_verify.verify(out, meta, holders)
    if errors:
        for e in errors:
            print('ERROR:', e, file=sys.stderr)
        print('%d error(s)' % len(errors), file=sys.stderr)
        sys.exit(1)
    dig = gen_verify.digest(out)
    gen_readme.write_readme(os.path.join(out, 'README.md'), C.SEED, labels, infos, dig)
    print(dig)


if __name__ == '__main__':
    main()
