#!/usr/bin/env python3
"""Step 8: entry point. Builds the held-out corpus (hospital blood bank / transfusion service, FR+EN),
writes positive/*.eml, negative/*.eml, labels.json and README.md, then runs the self-check.

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere
"""
import argparse
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_check  # noqa: E402
import gen_neg1  # noqa: E402
import gen_neg2  # noqa: E402
import gen_neg3  # noqa: E402
import gen_pos1  # noqa: E402
import gen_pos2  # noqa: E402
import gen_pos3  # noqa: E402
from gen_common import World  # noqa: E402
from gen_mime import build_message  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_text import Ctx  # noqa: E402

SEED = 11242
N_POS, N_NEG = 120, 180

MAILERS = [None, None, 'X-Mailer: Microsoft Outlook 16.0', 'X-Mailer: Microsoft Outlook 16.0',
           'User-Agent: Mozilla Thunderbird 115.6', 'X-Mailer: iPhone Mail (21F90)', 'X-Mailer: Zimbra 9.0.0_GA',
           'User-Agent: Roundcube Webmail/1.6.5']
BFMTS = ['----=_NextPart_%03d_%04X_%08X', '=_hsbl_%03d_%04x%08x', '--boundary_%03d_%04X%08X', 'Apple-Mail=_%03d-%04X-%08X']


def weighted(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def choose_transport(rng, sp):
    if sp.get('text') is None:
        kind = 'html'
    elif sp.get('html') is not None:
        kind = 'alt'
    else:
        kind = weighted(rng, [('plain', 45), ('alt', 35), ('html', 20)])
    return dict(
        kind=kind,
        charset=weighted(rng, [('utf-8', 45), ('iso-8859-1', 20), ('windows-1252', 20), ('us-ascii', 15)]),
        cte=weighted(rng, [('7bit', 15), ('8bit', 30), ('quoted-printable', 35), ('base64', 20)]),
        cte_html=weighted(rng, [('quoted-printable', 50), ('base64', 30), ('8bit', 20)]),
        eol=weighted(rng, [('crlf', 50), ('lf', 50)]),
        hdr_charset=weighted(rng, [('utf-8', 65), ('iso-8859-1', 35)]),
        hdr_enc=weighted(rng, [('B', 50), ('Q', 50)]),
        mailer=rng.choice(MAILERS),
        lang_hdr=rng.random() < 0.4,
        html_flavour=rng.randrange(3),
        bfmt=rng.choice(BFMTS),
        fn_style=weighted(rng, [('2231', 70), ('2231cont', 15), ('2047', 15)]),
    )


def jobs(builders, total):
    out = []
    for mod in builders:
        for cat, fn, count, p_fr in mod.BUILDERS:
            out.extend([(cat, fn, p_fr)] * count)
    assert len(out) == total, (len(out), total)
    return out


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--seed', type=int, default=SEED)
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out)
    rng = random.Random(args.seed)
    world = World(rng)
    pos_jobs = jobs([gen_pos1, gen_pos2, gen_pos3], N_POS)
    neg_jobs = jobs([gen_neg1, gen_neg2, gen_neg3], N_NEG)
    rng.shuffle(pos_jobs)
    rng.shuffle(neg_jobs)
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    labels = {}
    idx = 0
    for kind, job_list, prefix in (('pos', pos_jobs, 'p'), ('neg', neg_jobs, 'n')):
        for i, (cat, fn, p_fr) in enumerate(job_list, 1):
            idx += 1
            c = Ctx(world, rng, idx, kind)
            lang = 'fr' if rng.random() < p_fr else 'en'
            sp = fn(c, lang)
            sp['date'] = c.when
            sp['msgid'] = c.msgid()
            if kind == 'pos' and not sp['types']:
                raise SystemExit('positive without types: %s' % cat)
            if kind == 'neg' and sp['types']:
                raise SystemExit('negative with types: %s' % cat)
            tr = choose_transport(rng, sp)
            raw = build_message(sp, tr, idx * 7919 + args.seed)
            rel = '%s/%s%03d_%s.eml' % ('positive' if kind == 'pos' else 'negative', prefix, i, cat)
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(raw)
            labels[rel] = {'confidential': kind == 'pos', 'types': sp['types'], 'lang': sp['lang'], 'note': sp['note']}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    res = gen_check.check(out)
    write_readme(out, res, args.seed)
    return 1 if res['errors'] else 0


if __name__ == '__main__':
    sys.exit(main())
