#!/usr/bin/env python3
"""Synthetic DLP corpus: dermatology / plastic-surgery private clinic with teledermatology
(Quebec and New Brunswick, French and English).

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere

Deterministic from SEED; standard library + python-stdnum, reportlab, python-docx, openpyxl.
"""
import argparse
import datetime as dt
import json
import os
import random
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_check  # noqa: E402
import gen_common as C  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_neg_c as NC  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_pos_c as PC  # noqa: E402
from gen_ctx import Ctx  # noqa: E402

SEED = 9808

POSITIVE_PLAN = [
    (PA.referral_lesion, 5), (PA.consult_letter, 4), (PA.path_report, 4), (PA.mrn_only_result, 3), (PA.nam_only, 4),
    (PA.melanoma_sheet, 3), (PA.oncology_referral, 3), (PA.telederm_request, 4), (PA.telederm_filename_only, 3),
    (PB.biologic_auth, 5), (PB.pharmacy_question, 3), (PB.mtx_labs, 4), (PB.isotretinoin, 3), (PB.patch_test, 3),
    (PB.wound_handover, 5), (PB.or_booking, 4), (PB.discharge_summary, 3), (PB.cosmetic_quote, 3),
    (PB.cosmetic_invoice, 3), (PB.appointment_confirmation, 4),
    (PC.signout_list, 3), (PC.youth_protection, 3), (PC.social_support, 3), (PC.subject_only, 3), (PC.quoted_reply, 4),
    (PC.ics_invite, 3), (PC.vcard_patient, 3), (PC.csv_queue, 3), (PC.zip_bundle, 2), (PC.forwarded_patient_eml, 3),
    (PC.patient_inline_forward, 2), (PC.sin_claim, 3), (PC.ohip_patient, 3), (PC.be_patient, 2), (PC.fr_patient, 2),
    (PC.phone_message, 3), (PC.waitlist_xlsx, 2),
]

NEGATIVE_PLAN = [
    (NA.staff_schedule, 6), (NA.oncall_roster, 5), (NA.hr_leave, 6), (NA.occupational_health, 6), (NA.payroll, 4),
    (NA.it_notice, 6), (NA.facilities, 5), (NA.staff_meeting_ics, 4), (NA.job_posting, 4), (NA.resident_rotation, 3),
    (NA.storm_closure, 3), (NA.staff_birthday, 3),
    (NB.newsletter, 6), (NB.teaching_case, 6), (NB.statistics, 6), (NB.blank_form, 6), (NB.conference, 5),
    (NB.committee_notice, 5), (NB.drug_shortage, 4), (NB.research_protocol, 4), (NB.physician_directory, 4),
    (NB.satisfaction_survey, 3), (NB.photo_policy, 4), (NB.appointment_template, 3), (NB.insurer_bulletin, 4),
    (NB.cme_webinar, 4), (NB.meeting_minutes, 4), (NB.lab_notice, 3), (NB.wound_guideline, 3), (NB.public_health, 3),
    (NB.privacy_training, 4), (NB.fundraiser, 2),
    (NC.supplier_invoice, 6), (NC.purchase_order, 5), (NC.supplier_recall, 5), (NC.price_list, 3), (NC.promo, 4),
    (NC.vendor_vcard, 3), (NC.inventory, 4), (NC.zip_templates, 3), (NC.vendor_newsletter_fwd, 3),
    (NC.equipment_loan, 2), (NC.sterilization_log, 2), (NC.courier_manifest, 2),
]

MAILERS = [None, 'Microsoft Outlook 16.0', 'Apple Mail (2.3774)', 'Mozilla Thunderbird 115.8', 'Zimbra 9.0 (ZimbraWebClient)',
           'Roundcube Webmail/1.6.5', 'DermCapture Notifier 2.1', None]


def pick_transport(rng):
    r = rng.random()
    charset = 'utf-8' if r < 0.5 else 'iso-8859-1' if r < 0.7 else 'windows-1252' if r < 0.85 else 'us-ascii'
    r = rng.random()
    cte = 'quoted-printable' if r < 0.35 else 'base64' if r < 0.6 else '8bit' if r < 0.85 else '7bit'
    return {
        'charset': charset, 'cte': cte, 'eol': 'crlf' if rng.random() < 0.5 else 'lf',
        'hdr': (rng.choice(['utf-8', 'utf-8', 'iso-8859-1']), rng.choice(['B', 'Q'])),
        'hdr_partial': rng.random() < 0.3, 'fname': rng.choice(['2231', '2047']),
        'alt': rng.random() < 0.35, 'entities': rng.random() < 0.3, 'mailer': rng.choice(MAILERS),
        'flowed': rng.random() < 0.1,
    }


def rand_date(rng, region):
    start = dt.date(2024, 1, 8)
    d = start + dt.timedelta(days=rng.randrange(0, 535))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    t = dt.datetime(d.year, d.month, d.day, rng.randrange(7, 19), rng.randrange(60), rng.randrange(60))
    return M.aware(t, region)


def make_jobs(plan, rng):
    jobs = []
    for fn, n in plan:
        first = rng.choice(['fr', 'en'])
        other = 'en' if first == 'fr' else 'fr'
        for i in range(n):
            jobs.append((fn, first if i % 2 == 0 else other))
    rng.shuffle(jobs)
    return jobs


def render(spec, ctx, rng):
    tr = pick_transport(rng)
    over = spec.get('tr') or {}
    tr.update({k: v for k, v in over.items() if k != 'html_only'})
    if over.get('html_only'):
        spec['html_only'] = True
    spec.setdefault('date', ctx.date)
    atts = list(spec.get('attachments', []))
    if spec.get('inner'):
        fname, inner = spec['inner']
        itr = pick_transport(rng)
        itr['eol'] = 'lf'
        inner.setdefault('date', ctx.date - dt.timedelta(hours=3))
        data = M.build(inner, itr, rng)
        atts.append({'filename': fname, 'ctype': 'message/rfc822', 'data': data})
    spec['attachments'] = atts
    return M.build(spec, tr, rng), tr


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--seed', type=int, default=SEED)
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out)
    master = random.Random(args.seed)
    holders = C.load_nam_holders()

    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in sorted(os.listdir(d)):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))

    labels = {}
    for kind, plan, prefix in (('positive', POSITIVE_PLAN, 'p'), ('negative', NEGATIVE_PLAN, 'n')):
        jobs = make_jobs(plan, master)
        for i, (fn, lang) in enumerate(jobs, 1):
            seed = master.randrange(1 << 32)
            rng = random.Random(seed)
            if lang == 'fr':
                region = 'qc' if rng.random() < 0.8 else 'nb'
            else:
                region = 'nb' if rng.random() < 0.7 else 'qc'
            ctx = Ctx(rng, lang, region, rand_date(rng, region), holders)
            spec = fn(ctx)
            data, tr = render(spec, ctx, rng)
            name = '%s/%s%03d_%s.eml' % (kind, prefix, i, spec['cat'])
            with open(os.path.join(out, name), 'wb') as fh:
                fh.write(data)
            types = [t for t in gen_check.TYPES if t in spec['types']]
            labels[name] = {'confidential': kind == 'positive', 'types': types, 'lang': lang, 'note': spec['note']}

    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')

    errors, digest, langs, types, transports = gen_check.run(out, C.load_nam_holders())
    import gen_readme
    gen_readme.write(out, labels, langs, types, transports, digest, args.seed)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
