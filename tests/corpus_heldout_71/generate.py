#!/usr/bin/env python3
"""Generate the held-out DLP e-mail corpus (cardiology / respirology flavour).

Usage:  python generate.py            # writes next to this file
        python generate.py --out DIR  # writes elsewhere
Deterministic from SEED; the self-check runs at the end.
"""
import argparse
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import gen_check  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
from gen_common import Ctx  # noqa: E402
from gen_mime import compose  # noqa: E402

SEED = 7171
N_POS, N_NEG = 120, 180


def plan(ctx, templates, total):
    reps = total // len(templates)
    assert reps * len(templates) == total, (len(templates), total)
    jobs = [(t, k) for k in range(reps) for t in templates]
    ctx.rng.shuffle(jobs)
    return jobs


def write_readme(out, labels, transports, dg, langs, types):
    pos = {k: v for k, v in labels.items() if v['confidential']}
    neg = {k: v for k, v in labels.items() if not v['confidential']}
    lc = collections.Counter((('positive' if v['confidential'] else 'negative'), v['lang']) for v in labels.values())
    cats_p = collections.Counter(k.split('_', 1)[1][:-4] for k in pos)
    cats_n = collections.Counter(k.split('_', 1)[1][:-4] for k in neg)
    lines = [
        '# Held-out DLP corpus 71 - cardiology & respirology (St. Brendan\'s Heart & Lung Network, fictional)',
        '',
        'Synthetic outbound e-mail of an English-speaking Montreal / Eastern-Ontario hospital network: cardiac '
        'rehab, heart-failure clinic, anticoagulation clinic, sleep lab, pulmonary function lab, home-oxygen '
        'suppliers, cardiac-surgery wait lists and research coordinators. Mostly English, some French. '
        'All people, numbers, institutions and domains (`*.example`) are invented; telephone numbers are 555-01xx; '
        'RAMQ NAMs come only from `../blind_nams.txt` and always with their holder.',
        '',
        '## Layout',
        '- `positive/pNNN_<category>.eml` - %d confidential messages' % len(pos),
        '- `negative/nNNN_<category>.eml` - %d non-confidential messages (hard negatives)' % len(neg),
        '- `labels.json` - per file: `confidential`, `types`, `lang`, `note`',
        '- `generate.py` + `gen_common.py`, `gen_mime.py`, `gen_attach.py`, `gen_spec.py`, `gen_clin.py`, '
        '`gen_pos_a.py`, `gen_pos_b.py`, `gen_neg_a.py`, `gen_neg_b.py`, `gen_check.py`',
        '',
        '## Counts',
        '| set | en | fr | total |', '|---|---|---|---|',
        '| positive | %d | %d | %d |' % (lc[('positive', 'en')], lc[('positive', 'fr')], len(pos)),
        '| negative | %d | %d | %d |' % (lc[('negative', 'en')], lc[('negative', 'fr')], len(neg)),
        '',
        'Finding types (number of positive files carrying each label):', '',
        '| type | files |', '|---|---|']
    for t in gen_check.TYPES:
        lines.append('| `%s` | %d |' % (t, types[t]))
    lines += ['', 'Positive categories: ' + ', '.join('%s (%d)' % kv for kv in sorted(cats_p.items())), '',
              'Negative categories: ' + ', '.join('%s (%d)' % kv for kv in sorted(cats_n.items())), '',
              '## Definition used',
              'A message is confidential when a reader could identify a patient (name in any form - with or without '
              'title, surname first, lower case, initial + surname -, RAMQ NAM, Canadian SIN, Ontario health number, '
              'Belgian NISS, French NIR, hospital chart number/MRN, including disguised spacing, dots, slashes, '
              'full-width digits or HTML entities) and learn something personal, medical or social about them '
              '(diagnosis, symptoms, medication, lab result, procedure, appointment for care, birth date, home '
              'address or personal phone in a care context, housing, youth protection, income support, violence), '
              'anywhere: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, '
              'ZIP, attached .eml) or attachment file name. Not confidential: staff information (schedules, leave, '
              'occupational health, HR, payroll), physicians named with the diseases they treat, conference speakers '
              'and topics, aggregate statistics, newsletters, blank forms and templates, anonymised teaching cases, '
              'invoices and purchase orders, serial / lot / asset numbers (some pass Luhn), clinic contact details in '
              'signatures, IT and facilities notices, job postings, committee notices, drug-shortage notices and '
              'research protocols without participant identities.',
              '', '## Transports used (number of files using each feature)', '']
    for k in sorted(transports):
        lines.append('- `%s`: %d' % (k, transports[k]))
    lines += ['', '## Regenerate', '',
              '```', 'python generate.py            # writes next to generate.py',
              'python generate.py --out DIR  # writes elsewhere', '```', '',
              'Seed %d; standard library + python-stdnum, reportlab, python-docx, openpyxl. ZIP/DOCX/XLSX/PDF '
              'timestamps are fixed, so two runs give identical bytes. The generator ends with a self-check '
              '(re-parse, decode every part and attachment, label/identifier checks) and prints the digest.' % SEED,
              '', '## Digest', '',
              'sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):',
              '', '`%s`' % dg, '']
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith('.eml'):
                os.remove(os.path.join(out, sub, f))
    ctx = Ctx(SEED)
    labels = {}
    transports = collections.Counter()
    for kind, templates, total, prefix in (
            ('positive', gen_pos_a.TEMPLATES + gen_pos_b.TEMPLATES, N_POS, 'p'),
            ('negative', gen_neg_a.TEMPLATES + gen_neg_b.TEMPLATES, N_NEG, 'n')):
        for i, (tmpl, k) in enumerate(plan(ctx, templates, total), 1):
            sp = tmpl(ctx, k)
            data, used = compose(ctx, sp)
            transports.update(used)
            rel = '%s/%s%03d_%s.eml' % (kind, prefix, i, sp['cat'])
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            labels[rel] = {'confidential': kind == 'positive', 'types': sp['types'] if kind == 'positive' else [],
                           'lang': sp['lang'], 'note': sp['note']}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    ok, dg, langs, types = gen_check.run_check(out)
    write_readme(out, labels, transports, dg, langs, types)
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
