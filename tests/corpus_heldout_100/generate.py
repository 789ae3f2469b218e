#!/usr/bin/env python3
"""Generate the ENT / audiology DLP evaluation corpus (seed 10002).

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere
"""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen_common import Ctx          # noqa: E402
from gen_mime import render         # noqa: E402
import gen_check                    # noqa: E402
import gen_readme                   # noqa: E402

SEED = 10002
N_POS, N_NEG = 120, 180


def load_templates():
    import gen_pos_a, gen_pos_b, gen_pos_c, gen_neg_a, gen_neg_b, gen_neg_c, gen_neg_d
    pos = gen_pos_a.TEMPLATES + gen_pos_b.TEMPLATES + gen_pos_c.TEMPLATES
    neg = gen_neg_a.TEMPLATES + gen_neg_b.TEMPLATES + gen_neg_c.TEMPLATES + gen_neg_d.TEMPLATES
    return pos, neg


def expand(templates, rng):
    jobs = [(cat, fn) for cat, fn, n in templates for _ in range(n)]
    rng.shuffle(jobs)
    return jobs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    rng = random.Random(SEED)
    ctx = Ctx(rng)
    pos_t, neg_t = load_templates()
    pos, neg = expand(pos_t, rng), expand(neg_t, rng)
    assert len(pos) == N_POS, len(pos)
    assert len(neg) == N_NEG, len(neg)
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in sorted(os.listdir(d)):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    labels = {}
    for kind, jobs, prefix in (('positive', pos, 'p'), ('negative', neg, 'n')):
        for i, (cat, fn) in enumerate(jobs, 1):
            ctx.new_message()
            spec = fn(ctx)
            raw, _desc = render(spec, rng, f'{prefix}{i:03d}')
            name = f'{kind}/{prefix}{i:03d}_{cat}.eml'
            with open(os.path.join(out, name), 'wb') as fh:
                fh.write(raw)
            labels[name] = {'confidential': kind == 'positive', 'types': spec['types'] if kind == 'positive' else [],
                            'lang': spec['lang'], 'note': spec['note']}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    errors, stats = gen_check.check(out)
    gen_readme.write(out, stats, SEED)
    if errors:
        sys.exit(1)


if __name__ == '__main__':
    main()
