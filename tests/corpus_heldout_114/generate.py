#!/usr/bin/env python3
"""Generate the synthetic coroner / forensic-medicine DLP corpus (seed 11464).

    python generate.py            # writes positive/, negative/, labels.json, README.md next to this file
    python generate.py --out DIR  # writes elsewhere

Standard library + python-stdnum, reportlab, python-docx, openpyxl. Deterministic: two runs give identical bytes.
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_check  # noqa: E402
import gen_mime  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_pos_c  # noqa: E402
from gen_common import Ctx  # noqa: E402
from gen_readme import write_readme  # noqa: E402

SEED = 11464
N_POS, N_NEG = 120, 180
FR_SHARE = 0.58


def _plan(c, modules, total):
    jobs = [fn for m in modules for fn, n in m.TEMPLATES for _ in range(n)]
    assert len(jobs) == total, (len(jobs), total)
    n_fr = round(total * FR_SHARE)
    langs = ['fr'] * n_fr + ['en'] * (total - n_fr)
    c.rng.shuffle(langs)
    order = list(range(total))
    c.rng.shuffle(order)
    return [(jobs[i], langs[k]) for k, i in enumerate(order)]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out)
    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith('.eml'):
                os.remove(os.path.join(out, sub, f))
    gen_mime.STATS.clear()
    c = Ctx(SEED)
    labels = {}
    plan = [('positive', 'p', job) for job in _plan(c, [gen_pos_a, gen_pos_b, gen_pos_c], N_POS)] + \
           [('negative', 'n', job) for job in _plan(c, [gen_neg_a, gen_neg_b], N_NEG)]
    counters = {'p': 0, 'n': 0}
    for folder, prefix, (fn, lang) in plan:
        spec = fn(c, lang)
        if spec.get('date') is None:
            spec['date'] = c.sent()
        data = gen_mime.build(c, spec)
        counters[prefix] += 1
        rel = f'{folder}/{prefix}{counters[prefix]:03d}_{spec["cat"]}.eml'
        with open(os.path.join(out, rel), 'wb') as fh:
            fh.write(data)
        labels[rel] = {'confidential': folder == 'positive', 'types': sorted(spec['types']) if folder == 'positive' else [],
                       'lang': spec['lang'], 'note': spec['note']}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    result = gen_check.run(out)
    write_readme(out, result, gen_mime.STATS, SEED)
    if result['errors']:
        print(f'{len(result["errors"])} self-check error(s)')
        return 1
    print('self-check OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
