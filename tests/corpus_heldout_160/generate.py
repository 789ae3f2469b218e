#!/usr/bin/env python3
"""Generate the held-out nephrology / kidney transplant DLP corpus (seed 25160).

Usage: python generate.py [--out DIR]
Writes positive/*.eml, negative/*.eml, labels.json and README.md (default: next to this file),
then re-parses and verifies everything and prints the digest. Exits non-zero on any failure.
"""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen_common import SEED, Ctx, rng_for  # noqa: E402
import gen_mime  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_pos_c  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_neg_c  # noqa: E402
import gen_verify  # noqa: E402
import gen_readme  # noqa: E402


def plan(templates, total, tag):
    entries = []
    flip = 0
    for fn, n in templates:
        for i in range(n):
            entries.append([fn, 'fr' if (i + flip) % 2 == 0 else 'en'])
        flip += 1
    assert len(entries) == total, (tag, len(entries))
    half = total // 2
    r = random.Random('%d/%s/lang' % (SEED, tag))
    while sum(1 for e in entries if e[1] == 'fr') != half:
        fr = sum(1 for e in entries if e[1] == 'fr')
        want_from = 'fr' if fr > half else 'en'
        cands = [e for e in entries if e[1] == want_from]
        r.choice(cands)[1] = 'en' if want_from == 'fr' else 'fr'
    random.Random('%d/%s/order' % (SEED, tag)).shuffle(entries)
    return entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))

    ctx = Ctx()
    labels, manifest = {}, {}
    pos_plan = plan(gen_pos_a.TEMPLATES + gen_pos_b.TEMPLATES + gen_pos_c.TEMPLATES, 120, 'pos')
    neg_plan = plan(gen_neg_a.TEMPLATES + gen_neg_b.TEMPLATES + gen_neg_c.TEMPLATES, 180, 'neg')

    for i, (fn, lang) in enumerate(pos_plan):
        key = 'p%03d' % (i + 1)
        spec = fn(ctx, rng_for(key), lang, key)
        tr = spec['track']
        data = gen_mime.build(spec, rng_for(key + '/mime'))
        rel = 'positive/%s_%s.eml' % (key, spec['cat'])
        with open(os.path.join(out, rel), 'wb') as fh:
            fh.write(data)
        labels[rel] = {'confidential': True, 'types': tr.sorted_types(), 'lang': lang, 'note': spec['note']}
        manifest[rel] = {'types': tr.sorted_types(), 'must': tr.must, 'ids': tr.ids}

    for i, (fn, lang) in enumerate(neg_plan):
        key = 'n%03d' % (i + 1)
        spec = fn(rng_for(key), lang, key)
        data = gen_mime.build(spec, rng_for(key + '/mime'))
        rel = 'negative/%s_%s.eml' % (key, spec['cat'])
        with open(os.path.join(out, rel), 'wb') as fh:
            fh.write(data)
        labels[rel] = {'confidential': False, 'types': [], 'lang': lang, 'note': spec['note']}

    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=False)
        fh.write('\n')

    errors, features, type_count, lang_count = gen_verify.verify(out, manifest)
    dig = gen_verify.digest(out)
    gen_readme.write(out, lang_count, type_count, features, dig)
    if errors:
        for e in errors[:200]:
            print('ERROR', e, file=sys.stderr)
        print('%d error(s)' % len(errors), file=sys.stderr)
        sys.exit(1)
    pos = sum(1 for k in labels if k.startswith('positive/'))
    neg = len(labels) - pos
    print('positives %d, negatives %d' % (pos, neg))
    for lg in ('fr', 'en'):
        print('lang %s: %d (pos %d, neg %d)' % (lg, lang_count.get(lg, 0),
                                                 sum(1 for k, v in labels.items() if v['lang'] == lg and v['confidential']),
                                                 sum(1 for k, v in labels.items() if v['lang'] == lg and not v['confidential'])))
    for t, n in type_count.items():
        print('type %s: %d' % (t, n))
    print('digest', dig)


if __name__ == '__main__':
    main()
