#!/usr/bin/env python3
"""Generate the held-out DLP corpus (clinical research centre / clinical-trials unit flavour).

    python generate.py             # writes next to this file
    python generate.py --out DIR   # writes elsewhere

Deterministic from SEED (gen_common.SEED).  Reads the RAMQ NAMs from
../blind_nams.txt relative to this file.
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen_body import build_mail  # noqa: E402
from gen_check import check, digest  # noqa: E402
from gen_common import SEED, Gen  # noqa: E402
from gen_neg_a import NEG_A  # noqa: E402
from gen_neg_b import NEG_B  # noqa: E402
from gen_neg_c import NEG_C  # noqa: E402
from gen_pos_a import POS_A  # noqa: E402
from gen_pos_b import POS_B  # noqa: E402
from gen_pos_c import POS_C  # noqa: E402
from gen_readme import write_readme  # noqa: E402

N_POS, N_NEG = 120, 180


def slots(g, table):
    out = []
    for fn, n_fr, n_en in table:
        out += [(fn, 'fr')] * n_fr + [(fn, 'en')] * n_en
    g.shuffle(out)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    g = Gen(SEED)
    pos = slots(g, POS_A + POS_B + POS_C)
    neg = slots(g, NEG_A + NEG_B + NEG_C)
    assert len(pos) == N_POS and len(neg) == N_NEG, (len(pos), len(neg))
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    labels = {}
    feats_count = {}
    for kind, lst in (('positive', pos), ('negative', neg)):
        for i, (fn, lang) in enumerate(lst, 1):
            spec = fn(g, lang)
            assert spec['lang'] == lang
            feats = set()
            raw = build_mail(g, spec, feats=feats)
            for f in sorted(feats):
                feats_count[f] = feats_count.get(f, 0) + 1
            name = '%s/%s%03d_%s.eml' % (kind, kind[0], i, spec['cat'])
            with open(os.path.join(out, name), 'wb') as fh:
                fh.write(raw)
            labels[name] = {'confidential': kind == 'positive', 'types': list(spec['types']), 'lang': lang, 'note': spec['note']}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    counts, errors = check(out)
    dg = digest(out)
    write_readme(out, counts, feats_count, dg)
    print('files: %d (positive %d, negative %d)' % (counts['files'], counts['positive'], counts['negative']))
    print('languages: ' + ', '.join('%s %d' % kv for kv in sorted(counts['lang'].items())))
    print('types: ' + ', '.join('%s %d' % (t, n) for t, n in counts['types'].items()))
    print('sha256: ' + dg)
    if errors:
        print('SELF-CHECK FAILED (%d problems)' % len(errors))
        for e in errors[:50]:
            print('  ' + e)
        sys.exit(1)
    print('self-check: OK')


if __name__ == '__main__':
    main()
