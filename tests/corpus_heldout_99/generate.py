#!/usr/bin/env python3
"""Generate the held-out DLP corpus (dental clinic / oral & maxillofacial surgery flavour).

    python generate.py            # writes positive/, negative/, labels.json, README.md next to this file
    python generate.py --out DIR  # writes elsewhere

Deterministic from SEED; standard library + python-stdnum, reportlab, python-docx, openpyxl.
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

from gen_common import Ctx, TYPES, load_holders, NAM_FILE  # noqa: E402
from gen_world import World  # noqa: E402
from gen_mime import render  # noqa: E402
from gen_tpl import tz_for  # noqa: E402
import gen_pos_a as A  # noqa: E402
import gen_pos_b as B  # noqa: E402
import gen_pos_c as C  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_neg_c as NC  # noqa: E402
from gen_check import run_check  # noqa: E402
from gen_readme import write_readme  # noqa: E402

SEED = 9901
N_POS, N_NEG = 120, 180

BI = ('fr', 'en')
FR = ('fr',)
EN = ('en',)

# (template, languages, count, share of French when bilingual)
POSITIVE_PLAN = [
    (A.p_referral, BI, 5), (A.p_consult_reply, BI, 4), (A.p_clearance_request, BI, 3), (A.p_clearance_reply, BI, 3),
    (A.p_predetermination, BI, 4), (A.p_insurer_reply, BI, 3), (A.p_lab_rx, BI, 4), (A.p_lab_reply, BI, 2),
    (A.p_pharmacy_q, BI, 3), (A.p_rx_fax, BI, 3), (A.p_postop_call, BI, 3),
    (B.p_handover, BI, 2), (B.p_or_list, BI, 3), (B.p_hygiene_csv, BI, 3), (B.p_surgery_ics, BI, 4), (B.p_vcard, BI, 2),
    (B.p_patient_mail, BI, 4), (B.p_subject_leak, BI, 4), (B.p_filename_leak, BI, 4), (B.p_biopsy, BI, 3),
    (B.p_preop_labs, BI, 3), (B.p_dpj, FR, 2), (B.p_violence, BI, 2), (B.p_welfare, FR, 2), (B.p_discharge, BI, 3),
    (C.p_mronj, BI, 2), (C.p_ontario, ('en', 'en', 'fr'), 5), (C.p_belgian, ('fr', 'fr', 'en'), 4),
    (C.p_french, ('fr', 'fr', 'en'), 4), (C.p_quoted_reply, BI, 3), (C.p_eml_forward, BI, 3), (C.p_zip, BI, 2),
    (C.p_mrn_only, BI, 2), (C.p_recall_list, BI, 2), (C.p_ortho, BI, 1), (C.p_chsld, FR, 2), (C.p_school, FR, 1),
    (C.p_sedation_form, BI, 2), (C.p_lowercase, BI, 2), (C.p_tumour_board, BI, 1), (C.p_work_accident, BI, 2),
    (C.p_implant_fail, BI, 1), (C.p_cleft, FR, 1), (C.p_transport, FR, 1), (C.p_interpreter, EN, 1),
]

NEGATIVE_PLAN = [
    (NA.n_hyg_schedule, BI, 4), (NA.n_staff_leave, BI, 4), (NA.n_occ_health, BI, 3), (NA.n_payroll, BI, 3),
    (NA.n_oncall, BI, 4), (NA.n_it_notice, BI, 4), (NA.n_phishing, BI, 3), (NA.n_waterlines, BI, 3),
    (NA.n_spore, BI, 4), (NA.n_equipment, BI, 4), (NA.n_staff_meeting, BI, 4), (NA.n_vcard, BI, 3),
    (NA.n_staff_thread, BI, 4), (NA.n_dosimetry, BI, 3), (NA.n_vaccination, BI, 3), (NA.n_closure, BI, 3),
    (NA.n_students, BI, 3), (NA.n_eml_it, BI, 3),
    (NB.n_newsletter, BI, 6), (NB.n_conference, BI, 5), (NB.n_committee, BI, 4), (NB.n_job, BI, 4),
    (NB.n_stats, BI, 5), (NB.n_shortage, BI, 4), (NB.n_recall, BI, 4), (NB.n_lab_invoice, BI, 4),
    (NB.n_purchase_order, BI, 4), (NB.n_insurer_notice, BI, 4), (NB.n_ce_course, BI, 3), (NB.n_price_list, BI, 3),
    (NC.n_blank_form, BI, 4), (NC.n_teaching_case, BI, 5), (NC.n_directory, BI, 4), (NC.n_protocol, BI, 4),
    (NC.n_privacy, BI, 4), (NC.n_template, BI, 3), (NC.n_research, BI, 3), (NC.n_anon_audit, BI, 4),
    (NC.n_survey, BI, 3), (NC.n_journal_club, BI, 3), (NC.n_zip_forms, BI, 3), (NC.n_waitlist, BI, 3),
    (NC.n_leaflet, BI, 3), (NC.n_social_event, BI, 3), (NC.n_curbside, BI, 6), (NC.n_productivity, BI, 3),
    (NC.n_drill, BI, 3), (NC.n_courier, BI, 3), (NC.n_consent_thread, BI, 4),
]

MAILERS = [None, 'X-Mailer: Microsoft Outlook 16.0', 'User-Agent: Mozilla Thunderbird 115.9.0',
           'X-Mailer: Apple Mail (2.3774.500.171.1.1)', 'X-Mailer: Boreal DMS Notifier 4.2', None]


def jobs_from(plan, rng):
    jobs = []
    for fn, langs, count in plan:
        for i in range(count):
            if langs == BI:
                lang = 'fr' if rng.random() < 0.66 else 'en'
            else:
                lang = langs[i % len(langs)]
            jobs.append((fn, lang))
    rng.shuffle(jobs)
    return jobs


def message_date(rng):
    start = datetime.date(2025, 1, 6)
    while True:
        d = start + datetime.timedelta(days=rng.randrange(0, 326))
        if d.weekday() < 5 or rng.random() < 0.1:
            break
    dt = datetime.datetime(d.year, d.month, d.day, rng.randrange(7, 20), rng.randrange(60), rng.randrange(60))
    return dt.replace(tzinfo=tz_for(dt))


def profile(rng, lang):
    charset = rng.choices(['utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii'], [45, 20, 20, 15])[0]
    cte = rng.choices(['8bit', 'quoted-printable', 'base64', '7bit'], [30, 35, 20, 15])[0]
    wrap = rng.choice([72, 76, None]) if cte not in ('7bit', '8bit') else rng.choice([72, 76])
    return dict(eol=rng.choice(['\r\n', '\n']), charset=charset, cte=cte, hdr_mode=rng.choice('BQ'),
                fn_style=rng.choices(['plain', '2231', '2231cont', '2231force'], [40, 30, 15, 15])[0],
                body_form=rng.choices(['plain', 'alt', 'html'], [40, 40, 20])[0], force_subj=rng.random() < 0.15,
                mailer=rng.choice(MAILERS), wrap=wrap, tstyle=rng.randrange(3), bstyle=rng.randrange(5),
                flowed=(wrap is not None and rng.random() < 0.2),
                font=rng.choice(['Calibri', 'Arial', 'Segoe UI', 'Helvetica']))


def build(out_dir, seed=SEED):
    rng = random.Random(seed)
    holders = load_holders(NAM_FILE)
    world = World(rng, holders)
    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out_dir, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out_dir, sub)):
            if f.endswith('.eml'):
                os.remove(os.path.join(out_dir, sub, f))
    labels, meta = {}, {}
    for positive, plan, total in ((True, POSITIVE_PLAN, N_POS), (False, NEGATIVE_PLAN, N_NEG)):
        jobs = jobs_from(plan, rng)
        assert len(jobs) == total, (positive, len(jobs))
        for i, (fn, lang) in enumerate(jobs, 1):
            ctx = Ctx(rng, lang, message_date(rng))
            spec = fn(world, ctx)
            spec['lang'] = ctx.lang
            spec['date'] = ctx.date
            dom = spec['frm'][1].split('@')[1]
            spec['msgid'] = '<%s.%s@%s>' % (''.join(rng.choice('0123456789ABCDEF') for _ in range(16)),
                                            ''.join(rng.choice('0123456789abcdef') for _ in range(8)), dom)
            if positive:
                assert ctx.types, fn.__name__
            else:
                assert not ctx.types, fn.__name__
            prof = profile(rng, ctx.lang)
            data = render(spec, prof, rng)
            name = '%s/%s%03d_%s.eml' % ('positive' if positive else 'negative', 'p' if positive else 'n', i, spec['category'])
            with open(os.path.join(out_dir, name), 'wb') as fh:
                fh.write(data)
            labels[name] = {'confidential': positive, 'types': sorted(ctx.types, key=TYPES.index), 'lang': ctx.lang,
                            'note': spec['note']}
            meta[name] = {'nums': list(ctx.nums), 'surnames': sorted({p.surname for p in ctx.people}),
                          'rendered': list(ctx.rendered)}
    with open(os.path.join(out_dir, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    return holders, labels, meta


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    holders, labels, meta = build(out)
    res = run_check(out, holders, meta)
    write_readme(out, res, SEED)
    c = res['counts']
    print('files: %d (positive %d, negative %d)' % (c['pos'] + c['neg'], c['pos'], c['neg']))
    print('languages:', json.dumps(c['lang'], sort_keys=True))
    print('types:', json.dumps(c['types']))
    print('transport:', json.dumps(res['transport']), 'cte:', res['ctes'], 'charsets:', res['charsets'])
    print('sha256:', res['digest'])


if __name__ == '__main__':
    main()
