#!/usr/bin/env python3
"""Generate the held-out corpus 144 (plastic surgery, burns unit, hand clinic).

Usage: python generate.py [--out DIR]
"""
import argparse
import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_common import SEED, Ctx  # noqa: E402
from gen_mime import serialize  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_pos_c  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_neg_c  # noqa: E402
from gen_verify import verify, digest  # noqa: E402
from gen_readme import write_readme  # noqa: E402


def _call(f, ctx, lang):
    if f.__code__.co_argcount == 2:
        return f(ctx, lang)
    return f(ctx)


def build(ctx, modules):
    out = []
    for mod in modules:
        for f, lang, n in mod.TEMPLATES:
            for _ in range(n):
                m = _call(f, ctx, lang)
                assert m.lang == lang, (f.__name__, m.lang, lang)
                out.append(m)
    ctx.rng.shuffle(out)
    return out


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args(argv)
    out = args.out
    ctx = Ctx(SEED)
    pos = build(ctx, [gen_pos_a, gen_pos_b, gen_pos_c])
    neg = build(ctx, [gen_neg_a, gen_neg_b, gen_neg_c])
    if len(pos) != 120 or len(neg) != 180:
        print('template counts wrong: %d positives, %d negatives' % (len(pos), len(neg)), file=sys.stderr)
        return 1
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for x in os.listdir(d):
            if x.endswith('.eml'):
                os.remove(os.path.join(d, x))
    labels = {}
    mails = {}
    for prefix, sub, lst in (('p', 'positive', pos), ('n', 'negative', neg)):
        for i, m in enumerate(lst, 1):
            rel = '%s/%s%03d_%s.eml' % (sub, prefix, i, m.category)
            data = serialize(m, ctx.rng)
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            labels[rel] = {'confidential': m.conf, 'types': m.types, 'lang': m.lang, 'note': m.note}
            mails[rel] = m
    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=2, sort_keys=True) + '\n')
    errs, feats = verify(out, mails)
    dig = digest(out)
    write_readme(os.path.join(out, 'README.md'), labels, feats, dig)
    if errs:
        for e in errs:
            print('ERROR:', e, file=sys.stderr)
        print('%d error(s)' % len(errs), file=sys.stderr)
        return 1
    print(dig)
    return 0


if __name__ == '__main__':
    sys.exit(main())
