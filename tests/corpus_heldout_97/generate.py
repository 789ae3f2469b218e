#!/usr/bin/env python3
"""Generate the held-out DLP corpus: stroke unit, neurology clinics and rehabilitation centre (Quebec).

    python generate.py              # writes next to this file
    python generate.py --out DIR    # writes elsewhere

Deterministic from SEED; standard library + python-stdnum, reportlab, python-docx, openpyxl.
"""
import argparse
import glob
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import gen_check  # noqa: E402
import gen_mime  # noqa: E402
from gen_common import Ctx  # noqa: E402
from gen_compose import Composer  # noqa: E402
from gen_data import Gen  # noqa: E402
from gen_neg_a import NEG_A  # noqa: E402
from gen_neg_b import NEG_B  # noqa: E402
from gen_pos_a import POS_A  # noqa: E402
from gen_pos_b import POS_B  # noqa: E402
from gen_pos_c import POS_C  # noqa: E402
from gen_readme import write_readme  # noqa: E402

SEED = 9707
N_POS, N_NEG = 120, 180
FR_SHARE = 0.6


def plan(rng, templates, n):
    n_fr = round(n * FR_SHARE)
    langs = ['fr'] * n_fr + ['en'] * (n - n_fr)
    rng.shuffle(langs)
    order = []
    while len(order) < n:
        t = list(templates)
        rng.shuffle(t)
        order += t
    return list(zip(order[:n], langs))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out)
    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in glob.glob(os.path.join(out, sub, '*.eml')):
            os.remove(f)

    rng = random.Random(SEED)
    gen = Gen(random.Random(SEED + 1))
    comp = Composer(random.Random(SEED + 2))
    labels, recorded = {}, {}

    for kind, templates, n, prefix in (('positive', POS_A + POS_B + POS_C, N_POS, 'p'),
                                       ('negative', NEG_A + NEG_B, N_NEG, 'n')):
        for i, (tpl, lang) in enumerate(plan(rng, templates, n), 1):
            ctx = Ctx(random.Random(rng.getrandbits(64)), gen, lang)
            spec = tpl(ctx)
            spec['date'] = gen_mime.make_dt(ctx.rng)
            raw = comp.compose(spec)
            rel = '%s/%s%03d_%s.eml' % (kind, prefix, i, spec['category'])
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(raw)
            labels[rel] = {'confidential': kind == 'positive',
                           'types': sorted(spec.get('types', [])) if kind == 'positive' else [],
                           'lang': lang, 'note': spec['note']}
            recorded[rel] = spec.get('ids', []) if kind == 'positive' else []

    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
        fh.write('\n')

    counts, digest, errors = gen_check.run(out, recorded)
    write_readme(out, counts, digest, comp.stats, SEED)
    if errors:
        sys.exit(1)


if __name__ == '__main__':
    main()
