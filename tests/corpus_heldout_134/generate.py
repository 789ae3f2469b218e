#!/usr/bin/env python3
"""Generate the oncology pharmacy / chemotherapy day unit DLP corpus (120 positives, 180 negatives).

Usage: python generate.py [--out DIR]
"""
import argparse
import datetime
import hashlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as C  # noqa: E402
import gen_ctx  # noqa: E402
import gen_mime  # noqa: E402
import gen_neg_en_a  # noqa: E402
import gen_neg_en_b  # noqa: E402
import gen_neg_fr_a  # noqa: E402
import gen_neg_fr_b  # noqa: E402
import gen_pos_en_a  # noqa: E402
import gen_pos_en_b  # noqa: E402
import gen_pos_fr_a  # noqa: E402
import gen_pos_fr_b  # noqa: E402
import gen_readme  # noqa: E402
import gen_verify  # noqa: E402


def plan_jobs(seed):
    rng = random.Random('%s-order' % seed)
    pos = []
    for lang, tpls in (('fr', gen_pos_fr_a.TEMPLATES + gen_pos_fr_b.TEMPLATES),
                       ('en', gen_pos_en_a.TEMPLATES + gen_pos_en_b.TEMPLATES)):
        assert len(tpls) == 20
        pos += [(lang, t, v) for t in tpls for v in range(3)]
    neg = []
    for lang, tpls in (('fr', gen_neg_fr_a.TEMPLATES + gen_neg_fr_b.TEMPLATES),
                       ('en', gen_neg_en_a.TEMPLATES + gen_neg_en_b.TEMPLATES)):
        assert len(tpls) == 24
        neg += [(lang, t, v) for i, t in enumerate(tpls) for v in range(4 if i < 18 else 3)]
    rng.shuffle(pos)
    rng.shuffle(neg)
    assert len(pos) == 120 and len(neg) == 180
    return pos, neg


def msg_date(rng):
    start = datetime.date(2024, 10, 1)
    while True:
        d = start + datetime.timedelta(days=rng.randrange(0, 240))
        if d.weekday() < 5:
            break
    off = -4 if (4 <= d.month <= 10 or (d.month == 3 and d.day >= 10)) else -5
    tz = datetime.timezone(datetime.timedelta(hours=off))
    minute = rng.randrange(7 * 60 + 5, 18 * 60 + 30)
    return datetime.datetime(d.year, d.month, d.day, minute // 60, minute % 60, rng.randrange(0, 60), tzinfo=tz)


def digest_of(out):
    h = hashlib.sha256()
    rels = []
    for d in ('positive', 'negative'):
        rels += ['%s/%s' % (d, f) for f in os.listdir(os.path.join(out, d)) if f.endswith('.eml')]
    rels.append('labels.json')
    for rel in sorted(rels):
        with open(os.path.join(out, rel), 'rb') as fh:
            data = fh.read()
        h.update(rel.encode('utf-8') + b'\0' + data + b'\0')
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    out = args.out
    seed = C.SEED
    pools = C.Pools(seed)
    pos, neg = plan_jobs(seed)
    for d in ('positive', 'negative'):
        os.makedirs(os.path.join(out, d), exist_ok=True)
        for f in os.listdir(os.path.join(out, d)):
            if f.endswith('.eml'):
                os.remove(os.path.join(out, d, f))
    labels, meta = {}, {}
    for kind, jobs, prefix in (('pos', pos, 'p'), ('neg', neg, 'n')):
        for i, (lang, tpl, v) in enumerate(jobs, 1):
            rng = random.Random('%s-%s-%d' % (seed, kind, i))
            date = msg_date(rng)
            ctx = gen_ctx.Ctx(rng, pools, lang, date, i, kind, seed)
            spec = tpl(ctx, v)
            assert spec['lang'] == lang
            if kind == 'pos':
                assert ctx.types, '%s produced no findings' % tpl.__name__
            else:
                assert not ctx.types and not ctx.ids, '%s (negative) recorded findings' % tpl.__name__
            plan = gen_mime.choose_plan(random.Random('%s-%s-%d-plan' % (seed, kind, i)), spec)
            data = gen_mime.build(spec, plan)
            rel = '%s/%s%03d_%s.eml' % ('positive' if kind == 'pos' else 'negative', prefix, i, spec['cat'])
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            labels[rel] = {'confidential': kind == 'pos', 'types': [t for t in C.TYPES if t in ctx.types],
                           'lang': lang, 'note': spec['note']}
            meta[rel] = {'ids': list(ctx.ids), 'people': [(p.given, p.surname, s) for p, s in ctx.people],
                         'template': tpl.__name__}
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + '\n')
    errors, feats = gen_verify.check_all(out, labels, meta)
    digest = digest_of(out)
    gen_readme.write_readme(os.path.join(out, 'README.md'), labels, feats, digest, seed)
    if errors:
        for e in errors:
            print('ERROR:', e, file=sys.stderr)
        print('%d verification errors' % len(errors), file=sys.stderr)
        sys.exit(1)
    npos = sum(1 for v in labels.values() if v['confidential'])
    print('positives %d, negatives %d' % (npos, len(labels) - npos))
    for lg in ('fr', 'en'):
        print('  %s: %d (pos %d, neg %d)' % (lg, sum(1 for v in labels.values() if v['lang'] == lg),
                                            sum(1 for v in labels.values() if v['lang'] == lg and v['confidential']),
                                            sum(1 for v in labels.values() if v['lang'] == lg and not v['confidential'])))
    for t in C.TYPES:
        print('  %-18s %d' % (t, sum(1 for v in labels.values() if t in v['types'])))
    print('digest', digest)


if __name__ == '__main__':
    main()
