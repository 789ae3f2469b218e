#!/usr/bin/env python3
"""Generate the labelled synthetic e-mail corpus (bariatric surgery and obesity
medicine programme of a health network).  Writes next to itself unless --out
is given, verifies everything it wrote, prints the digest."""
import argparse
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
from gen_common import DOM, load_nams, msg_datetime  # noqa: E402
from gen_ctx import Ctx, NamPool  # noqa: E402
from gen_mime import build, finish_eol  # noqa: E402
from gen_readme import digest, write_readme  # noqa: E402
from gen_verify import verify  # noqa: E402

SEED = 25210

POSITIVE_PLAN = [
    (PA.referral, 7), (PA.consult, 5), (PA.census, 6), (PA.booking, 5), (PA.transport, 4), (PA.labs, 6),
    (PA.imaging, 5), (PA.discharge, 6), (PB.prescription, 6), (PB.insurer, 7), (PB.agency, 5), (PB.quicknote, 5),
    (PB.forward, 5), (PB.reply, 6), (PB.records, 7), (PB.appointment, 4), (PB.waitlist, 4), (PB.contactcard, 3),
    (PB.attached_eml, 4), (PB.allied, 5), (PB.paediatric, 3), (PB.senior, 3), (PB.subject_only, 3), (PB.outofprov, 6),
]
NEGATIVE_PLAN = [(f, 6) for f in (
    NA.newsletter, NA.hr_leave, NA.schedule, NA.payroll, NA.committee, NA.conference, NA.job_posting, NA.invoice,
    NA.purchase_order, NA.inventory, NA.it_notice, NA.facilities, NA.stats, NA.teaching_case, NA.blank_form,
    NB.mailmerge, NB.drug_shortage, NB.recall, NB.research, NB.occ_health, NB.candidate, NB.welcome,
    NB.support_group, NB.celebration, NB.training, NB.minutes, NB.vendor, NB.policy, NB.survey, NB.education)]


def expand(plan, rng):
    items = [f for f, n in plan for _ in range(n)]
    rng.shuffle(items)
    half = len(items) // 2
    langs = ['fr'] * half + ['en'] * (len(items) - half)
    rng.shuffle(langs)
    return list(zip(items, langs))


def make_msgid(tag):
    h = hashlib.sha256(f'{SEED}/{tag}/msgid'.encode()).hexdigest()
    return f'<{h[:12]}.{h[12:20]}.{int(h[20:28], 16)}@mail.{DOM}>'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith('.eml'):
                os.remove(os.path.join(out, sub, f))

    master = random.Random(SEED)
    nam_pool = NamPool(load_nams(), random.Random(f'{SEED}:nams'))
    used_names = set()
    labels, meta = {}, {}
    jobs = [('p', f, l) for f, l in expand(POSITIVE_PLAN, master)] + [('n', f, l) for f, l in expand(NEGATIVE_PLAN, master)]
    counters = {'p': 0, 'n': 0}
    for kind, fn, lang in jobs:
        counters[kind] += 1
        idx = counters[kind]
        tag = f'{kind}{idx:03d}'
        when = msg_datetime(random.Random(f'{SEED}:{tag}:date'))
        c = Ctx(SEED, tag, lang, when, nam_pool, used_names, kind == 'p')
        mail = fn(c)
        types = c.doc.finish() if kind == 'p' else []
        if kind == 'n':
            assert not c.doc.types, (tag, c.doc.types)
        brng = random.Random(f'{SEED}:{tag}:mime')
        raw = build(mail, brng, f'{SEED}/{tag}', when, make_msgid(tag))
        raw = finish_eol(raw, brng.random() < 0.35)
        sub = 'positive' if kind == 'p' else 'negative'
        rel = f'{sub}/{kind}{idx:03d}_{mail.category}.eml'
        with open(os.path.join(out, rel), 'wb') as fh:
            fh.write(raw)
        labels[rel] = {'confidential': kind == 'p', 'types': types, 'lang': mail.lang, 'note': mail.note}
        meta[rel] = {'ids': list(c.doc.ids)}
    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')

    errors, feats = verify(out, meta)
    dig = digest(out)
    langs, types = write_readme(out, SEED, labels, feats, dig)
    if errors:
        for e in errors:
            print('FAIL', e, file=sys.stderr)
        print(f'{len(errors)} verification failure(s)', file=sys.stderr)
        return 1
    pos = sum(1 for k in labels if k.startswith('positive/'))
    print(f'positives {pos}, negatives {len(labels) - pos}, ' + ', '.join(f'{k} {v}' for k, v in sorted(langs.items())))
    print('types: ' + ', '.join(f'{k} {v}' for k, v in types.items()))
    print(f'digest {dig}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
