#!/usr/bin/env python3
"""Generate the held-out corpus (occupational medicine clinic serving employers).

Usage: python generate.py [--out DIR]
"""
import argparse
import collections
import glob
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from gen_common import msg_date, rng_for  # noqa: E402
from gen_mime import Mail, build_bytes  # noqa: E402
from gen_phelp import Ctx  # noqa: E402
from gen_plan import build_plan  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import digest, verify  # noqa: E402


def render(ctx, key, fn, cat, lang, confidential):
    rng = rng_for(key)
    m = Mail(key, lang, cat, '')
    m.confidential = confidential
    m.date = msg_date(rng)
    fn(ctx, m, rng)
    if not confidential:
        m.types = set()
    raw = build_bytes(m, rng)
    return m, raw


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default=HERE, help='output folder (default: beside this script)')
    args = ap.parse_args(argv)
    out = args.out
    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for old in glob.glob(os.path.join(out, sub, '*.eml')):
            os.remove(old)
    ctx = Ctx()
    pos, neg = build_plan()
    mails = []
    labels = {}
    for items, sub, conf in ((pos, 'positive', True), (neg, 'negative', False)):
        for key, fn, cat, lang in items:
            m, raw = render(ctx, key, fn, cat, lang, conf)
            rel = '%s/%s_%s.eml' % (sub, key, cat)
            m.rel = rel
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(raw)
            labels[rel] = {'confidential': conf, 'types': sorted(m.types), 'lang': m.lang,
                           'note': m.note}
            mails.append(m)
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    errors, feats = verify(out, mails)
    dig = digest(out)
    write_readme(os.path.join(out, 'README.md'), labels, feats, dig)
    if errors:
        for e in errors:
            print('ERROR', e, file=sys.stderr)
        print('%d error(s)' % len(errors), file=sys.stderr)
        return 1
    langs = collections.Counter((v['confidential'], v['lang']) for v in labels.values())
    types = collections.Counter(t for v in labels.values() for t in v['types'])
    print('positives %d (fr %d, en %d); negatives %d (fr %d, en %d)' % (
        sum(1 for v in labels.values() if v['confidential']), langs[(True, 'fr')],
        langs[(True, 'en')], sum(1 for v in labels.values() if not v['confidential']),
        langs[(False, 'fr')], langs[(False, 'en')]))
    for t, n in sorted(types.items()):
        print('  %-20s %d' % (t, n))
    print('digest %s' % dig)
    return 0


if __name__ == '__main__':
    sys.exit(main())
