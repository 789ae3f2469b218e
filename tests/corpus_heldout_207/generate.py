#!/usr/bin/env python3
"""Generate the synthetic audiology / ENT / cochlear implant mail corpus.

Writes positive/*.eml, negative/*.eml, labels.json and README.md next to this file
(or into --out DIR), verifies everything, and prints the digest.
"""
import argparse
import datetime as dt
import hashlib
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from gen_common import People, DOMAIN  # noqa: E402
from gen_ctx import Ctx  # noqa: E402
from gen_mime import build_message  # noqa: E402
from gen_verify import verify, VerifyError  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_thread import maybe_wrap  # noqa: E402
import gen_pos_a as A  # noqa: E402
import gen_pos_b as B  # noqa: E402
import gen_pos_c as C  # noqa: E402
import gen_pos_d as D  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_neg_c as NC  # noqa: E402

SEED = 25207
N_POS, N_NEG = 120, 180

# (template, count in French, count in English)
POSITIVE_PLAN = [
    (A.t_referral, 4, 3), (A.t_audiogram, 4, 3), (A.t_vestibular, 3, 3), (A.t_ci_mapping, 3, 4),
    (A.t_ci_candidacy, 2, 2), (B.t_clinic_list, 2, 2), (B.t_or_booking, 3, 2), (B.t_newborn, 2, 2),
    (B.t_rx, 2, 3), (B.t_transport, 2, 2), (B.t_interpreter, 2, 1), (B.t_social, 3, 2),
    (C.t_work_claim, 2, 3), (C.t_imaging, 2, 2), (C.t_discharge, 2, 2), (C.t_thread, 3, 3),
    (C.t_rma, 1, 2), (C.t_foreign, 4, 4), (C.t_ototox, 1, 2), (D.t_appt_ics, 2, 2),
    (D.t_vcard, 2, 1), (D.t_zip_dossier, 1, 2), (D.t_ha_program, 2, 1), (D.t_fwd_eml, 2, 2),
    (D.t_genetics, 1, 2), (D.t_subject_only, 3, 3),
]

_NEG = [NA.n_schedule, NA.n_leave, NA.n_payroll, NA.n_occ_health, NA.n_staff_news, NA.n_candidate,
        NA.n_job_posting, NA.n_students, NA.n_oncall,
        NB.n_newsletter, NB.n_conference, NB.n_committee, NB.n_teaching, NB.n_blank_form, NB.n_education,
        NB.n_research, NB.n_stats, NB.n_minutes, NB.n_policy_zip, NB.n_fwd_notice,
        NC.n_invoice, NC.n_po, NC.n_inventory, NC.n_it, NC.n_facilities, NC.n_calibration, NC.n_shortage,
        NC.n_recall, NC.n_vendor, NC.n_ooo, NC.n_training, NC.n_billing, NC.n_audit]
_FEW_FR = {'n_ooo', 'n_billing', 'n_vendor', 'n_students', 'n_policy_zip', 'n_oncall', 'n_it', 'n_facilities', 'n_payroll'}
_FEW_EN = {'n_ooo', 'n_billing', 'n_vendor', 'n_job_posting', 'n_candidate', 'n_minutes', 'n_it', 'n_facilities', 'n_staff_news'}
NEGATIVE_PLAN = [(f, 2 if f.__name__ in _FEW_FR else 3, 2 if f.__name__ in _FEW_EN else 3) for f in _NEG]


def expand(plan):
    out = []
    for f, nfr, nen in plan:
        out += [(f, 'fr')] * nfr + [(f, 'en')] * nen
    return out


def message_time(rng):
    start = dt.date(2024, 1, 8)
    while True:
        d = start + dt.timedelta(days=rng.randint(0, 325))
        if d.weekday() < 5:
            break
    return dt.datetime(d.year, d.month, d.day, rng.choice([7, 8, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19]),
                       rng.randint(0, 59), rng.randint(0, 59))


def boundary(rng, k):
    style = rng.randrange(3)
    if style == 0:
        return '_%03d_YT%sQB%05d' % (k % 1000, ''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(8)), k)
    if style == 1:
        return '%012x%04d' % (rng.getrandbits(48), k)
    return '----=_Part_%d_%d.%d' % (k, rng.randint(100000, 999999), 1704067200000 + k)


def build_all(out_dir, seed=SEED):
    rng = random.Random(seed)
    people = People(random.Random(seed * 7 + 1))
    ctx = Ctx(random.Random(seed * 11 + 3), people, seed)
    pos = expand(POSITIVE_PLAN)
    neg = expand(NEGATIVE_PLAN)
    assert len(pos) == N_POS and len(neg) == N_NEG, (len(pos), len(neg))
    rng.shuffle(pos)
    rng.shuffle(neg)
    for sub in ('positive', 'negative'):
        d = os.path.join(out_dir, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    labels, meta = {}, {}
    k = 0
    for kind, items in (('p', pos), ('n', neg)):
        for i, (tmpl, lang) in enumerate(items):
            k += 1
            ctx.when = message_time(rng)
            spec = tmpl(ctx, lang)
            if kind == 'n':
                spec.types = []
            mrng = random.Random('%d-%s-%d' % (seed, kind, i))
            maybe_wrap(spec, ctx, mrng, ctx.when)
            host = spec.sender['email'].split('@')[1]
            msgid = '<%s.%s.%d@%s>' % (ctx.when.strftime('%Y%m%d%H%M%S'), '%010x' % mrng.getrandbits(40), k,
                                       'mail.' + host if host == DOMAIN else host)
            irt = None
            if 'reply' in spec.flags:
                irt = '<%s.%x@%s>' % ((ctx.when - dt.timedelta(hours=3)).strftime('%Y%m%d%H%M%S'),
                                      mrng.getrandbits(32), 'mail.' + DOMAIN)
            data, _ = build_message(spec, mrng, ctx.when, msgid, boundary(mrng, k), in_reply_to=irt)
            rel = '%s/%s%03d_%s.eml' % ('positive' if kind == 'p' else 'negative', kind, i + 1, spec.cat)
            with open(os.path.join(out_dir, rel), 'wb') as fh:
                fh.write(data)
            labels[rel] = {'confidential': kind == 'p', 'types': list(spec.types), 'lang': spec.lang, 'note': spec.note}
            meta[rel] = spec
    labels = {k2: labels[k2] for k2 in sorted(labels)}
    with open(os.path.join(out_dir, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write('\n')
    return labels, meta


def digest(out_dir):
    h = hashlib.sha256()
    rels = sorted(['positive/' + f for f in os.listdir(os.path.join(out_dir, 'positive')) if f.endswith('.eml')] +
                  ['negative/' + f for f in os.listdir(os.path.join(out_dir, 'negative')) if f.endswith('.eml')] +
                  ['labels.json'])
    for rel in rels:
        with open(os.path.join(out_dir, rel), 'rb') as fh:
            data = fh.read()
        h.update(rel.encode('utf-8') + b'\0' + data + b'\0')
    return h.hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default=HERE, help='output directory (default: next to this script)')
    args = ap.parse_args(argv)
    out_dir = args.out
    os.makedirs(out_dir, exist_ok=True)
    labels, meta = build_all(out_dir)
    try:
        features, _ = verify(out_dir, meta, N_POS, N_NEG)
    except VerifyError as e:
        print('VERIFY FAILED:\n%s' % e, file=sys.stderr)
        return 1
    dg = digest(out_dir)
    write_readme(os.path.join(out_dir, 'README.md'), SEED, labels, features, dg)
    langs, types = {}, {}
    for v in labels.values():
        langs[(v['confidential'], v['lang'])] = langs.get((v['confidential'], v['lang']), 0) + 1
        for t in v['types']:
            types[t] = types.get(t, 0) + 1
    print('positives %d, negatives %d' % (sum(1 for v in labels.values() if v['confidential']),
                                           sum(1 for v in labels.values() if not v['confidential'])))
    for (c, lg), n in sorted(langs.items()):
        print('  %s %s: %d' % ('positive' if c else 'negative', lg, n))
    for t in sorted(types):
        print('  %s: %d' % (t, types[t]))
    print('digest %s' % dg)
    return 0


if __name__ == '__main__':
    sys.exit(main())
