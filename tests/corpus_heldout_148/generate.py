#!/usr/bin/env python3
"""Generate the Deux-Rives orthopaedics DLP corpus (120 confidential + 180 non-confidential e-mails).

Usage: python generate.py [--out DIR]
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_neg_en2  # noqa: E402
import gen_neg_fr2  # noqa: E402
import gen_pos_en2  # noqa: E402
import gen_pos_fr2  # noqa: E402
from gen_build import Builder  # noqa: E402
from gen_common import SEED, Ctx  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import digest, verify  # noqa: E402


def build_specs(ctx, B, templates):
    specs = []
    for fn, n in templates:
        for _ in range(n):
            specs.append(fn(ctx, B))
    return specs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args(argv)
    out = args.out
    ctx = Ctx(SEED)
    B = Builder(ctx)
    pos = build_specs(ctx, B, gen_pos_fr2.TEMPLATES) + build_specs(ctx, B, gen_pos_en2.TEMPLATES)
    neg = build_specs(ctx, B, gen_neg_fr2.TEMPLATES) + build_specs(ctx, B, gen_neg_en2.TEMPLATES)
    ctx.rng.shuffle(pos)
    ctx.rng.shuffle(neg)
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in sorted(os.listdir(d)):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    labels, by_path = {}, {}
    for prefix, sub, specs, conf in (('p', 'positive', pos, True), ('n', 'negative', neg, False)):
        for i, spec in enumerate(specs, 1):
            rel = f'{sub}/{prefix}{i:03d}_{spec["category"]}.eml'
            raw = B.render(spec)
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(raw)
            labels[rel] = {'confidential': conf, 'types': spec['types'] if conf else [], 'lang': spec['lang'],
                           'note': spec['note']}
            by_path[rel] = spec
    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    errors, feats = verify(out, by_path)
    dig = digest(out)
    write_readme(out, labels, feats, dig)
    if errors:
        for e in errors:
            print('ERROR:', e, file=sys.stderr)
        print(f'{len(errors)} check(s) failed', file=sys.stderr)
        return 1
    print(dig)
    return 0


if __name__ == '__main__':
    sys.exit(main())
