#!/usr/bin/env python3
"""Generate the held-out corpus: medical records department / release of information of an invented Quebec CIUSSS.

Usage: python generate.py [--out DIR]      (default: the folder holding this script)
"""
import argparse
import hashlib
import json
import os
import random
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gen_common as C  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_neg_c  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_pos_c  # noqa: E402
import gen_readme  # noqa: E402
import gen_verify as V  # noqa: E402
from gen_thread import Ctx, wrap  # noqa: E402

N_POS, N_NEG = 120, 180

REPLY_TEXT = {
    'fr': ['Bonjour,\n\nNous accusons réception de votre demande. Elle sera traitée dans le délai prévu par la loi (20 jours).',
           'Bonjour,\n\nMerci, c\'est bien reçu. Je vous reviens d\'ici la fin de la semaine.',
           'Bonjour,\n\nBien reçu. Il manque toutefois la signature sur le formulaire; pouvez-vous nous la faire parvenir?'],
    'en': ['Hello,\n\nWe acknowledge receipt of your request. It will be processed within the legal deadline (20 days).',
           'Hello,\n\nThank you, received. I will get back to you by the end of the week.',
           'Hello,\n\nReceived. The signature is missing on the form, however; could you send it to us?'],
}

WRAP_TEXT = {
    'fr': ['Bien reçu, je m\'en occupe.', 'Peux-tu regarder celle-ci? Merci.', 'Pour suivi.', 'Je te transfère pour traitement.',
           'Voir ci-dessous. On en parle à la réunion de jeudi?', 'Pour ton information.', 'Est-ce que c\'est complet selon toi?'],
    'en': ['Received, I will take care of it.', 'Can you look at this one? Thanks.', 'FYI - for follow-up.', 'Forwarding for processing.',
           'See below. Can we discuss at Thursday\'s huddle?', 'For your information.', 'Is this complete, in your view?'],
}


def allocate(scen, n, rng):
    """Every scenario once, then weighted picks up to its weight, until n."""
    plan = [fn for fn, _, _ in scen]
    left = {fn.__name__: w - 1 for fn, _, w in scen}
    fns = {fn.__name__: fn for fn, _, _ in scen}
    while len(plan) < n:
        names = sorted(k for k, v in left.items() if v > 0) or sorted(left)
        k = rng.choice(names)
        left[k] -= 1
        plan.append(fns[k])
    if len(plan) > n:
        rng.shuffle(plan)
        plan = plan[:n]
    return plan


def make_plan(scen, n, rng):
    half = n // 2
    items = [('fr', fn) for fn in allocate(scen, half, rng)] + [('en', fn) for fn in allocate(scen, n - half, rng)]
    rng.shuffle(items)
    return items


def maybe_wrap(spec, ctx, p):
    r = ctx.rng
    if r.random() >= p:
        return spec
    modes = ['fwd', 'eml'] if spec.get('attachments') else ['reply', 'reply', 'outlook', 'fwd', 'eml']
    mode = r.choice(modes)
    a = ctx.staff()
    b = ctx.staff(exclude=(a,))
    text = r.choice(WRAP_TEXT[ctx.lang]) + '\n\n' + a['given']
    if mode in ('reply', 'outlook'):
        if not spec['frm'][1].endswith('@' + C.DOM):
            text = r.choice(REPLY_TEXT[ctx.lang]) + '\n\n' + C.person_name(a)
        return wrap(spec, ctx, mode, C.addr_of(a), [spec['frm']], text)
    return wrap(spec, ctx, mode, C.addr_of(a), [C.addr_of(b)], text)


def digest(outdir):
    h = hashlib.sha256()
    rels = []
    for sub in ('positive', 'negative'):
        for f in os.listdir(os.path.join(outdir, sub)):
            if f.endswith('.eml'):
                rels.append(sub + '/' + f)
    rels.append('labels.json')
    for rel in sorted(rels):
        h.update(rel.encode() + b'\0')
        with open(os.path.join(outdir, rel), 'rb') as fh:
            h.update(fh.read())
        h.update(b'\0')
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    out = args.out
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)

    holders = C.load_nam_holders()
    master = random.Random(C.SEED)
    pool = list(holders)
    master.shuffle(pool)
    used = set()
    labels, meta = {}, {}

    pos_scen = gen_pos_a.SCENARIOS + gen_pos_b.SCENARIOS + gen_pos_c.SCENARIOS
    neg_scen = gen_neg_a.SCENARIOS + gen_neg_b.SCENARIOS + gen_neg_c.SCENARIOS
    jobs = [('positive', i, lang, fn) for i, (lang, fn) in enumerate(make_plan(pos_scen, N_POS, master), 1)] + \
           [('negative', i, lang, fn) for i, (lang, fn) in enumerate(make_plan(neg_scen, N_NEG, master), 1)]

    for kind, i, lang, fn in jobs:
        rng = random.Random('%d-%s-%d' % (C.SEED, kind, i))
        ctx = Ctx(rng, lang, pool, used, confidential=(kind == 'positive'))
        spec = fn(ctx)
        spec.setdefault('date', ctx.date)
        spec = maybe_wrap(spec, ctx, 0.3 if kind == 'positive' else 0.2)
        raw = M.build(spec, rng)
        subj = V.BytesParser(policy=V.policy.default).parsebytes(raw)['subject']
        if str(subj) != spec['subject']:
            raise SystemExit('subject round-trip failed: %r != %r' % (str(subj), spec['subject']))
        rel = '%s/%s%03d_%s.eml' % (kind, kind[0], i, spec['category'])
        with open(os.path.join(out, rel), 'wb') as fh:
            fh.write(raw)
        types = sorted(ctx.f.types)
        if kind == 'negative' and (types or ctx.f.ids):
            raise SystemExit('negative scenario %s produced findings' % fn.__name__)
        labels[rel] = dict(confidential=(kind == 'positive'), types=types, lang=lang, note=spec['note'])
        meta[rel] = list(ctx.f.ids)

    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + '\n')

    errors, feats = V.check(out, labels, meta, holders)
    dg = digest(out)
    gen_readme.write(out, labels, feats, dg)
    if errors:
        for e in errors:
            print('ERROR', e, file=sys.stderr)
        print('%d error(s)' % len(errors), file=sys.stderr)
        sys.exit(1)
    print('positives %d, negatives %d' % (sum(1 for k in labels if k.startswith('positive/')), sum(1 for k in labels if k.startswith('negative/'))))
    print('digest', dg)


if __name__ == '__main__':
    main()
