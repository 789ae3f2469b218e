#!/usr/bin/env python3
"""Generate the labelled public-health DLP corpus (seed 7373).

    python generate.py            # writes positive/, negative/, labels.json, README.md next to this file
    python generate.py --out DIR  # writes elsewhere
"""
import argparse
import importlib
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen_common import SEED, Ctx  # noqa: E402
from gen_mime import to_bytes  # noqa: E402
import gen_check  # noqa: E402

N_POS, N_NEG = 120, 180
POS_MODULES = [('gen_pos_a', 'POS_A'), ('gen_pos_b', 'POS_B'), ('gen_pos_c', 'POS_C')]
NEG_MODULES = [('gen_neg_a', 'NEG_A'), ('gen_neg_b', 'NEG_B'), ('gen_neg_c', 'NEG_C')]
MAILERS = [None, None, 'Microsoft Outlook 16.0', 'Microsoft Outlook 16.0', 'Zimbra 9.0.0_GA',
           'Mozilla Thunderbird 115.6', 'Apple Mail (2.3774)', 'Roundcube Webmail/1.6.5']


def registry(mods):
    out = []
    for mod, attr in mods:
        try:
            m = importlib.import_module(mod)
        except ModuleNotFoundError as e:
            if e.name == mod:
                continue
            raise
        out.extend(getattr(m, attr))
    return out


def choose_tp(ctx, spec):
    r = ctx.rng
    tp = {
        'crlf': r.random() < 0.4,
        'charset': r.choices(['utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii'], [50, 20, 20, 10])[0],
        'cte': r.choices(['quoted-printable', 'base64', '8bit', '7bit'], [35, 20, 35, 10])[0],
        'hdr_enc': r.choice(['q', 'q', 'b']),
        'hdr_charset': r.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [70, 20, 10])[0],
        'fname': r.choices(['2231', '2231c', '2047', 'both'], [40, 15, 25, 20])[0],
        'att_text_cte': r.choices(['base64', 'quoted-printable', '8bit'], [60, 25, 15])[0],
        'ct_quote': r.random() < 0.6,
        'quote_names': r.random() < 0.3,
        'mailer': r.choice(MAILERS),
        'font': r.choice(['Calibri', 'Arial', 'Aptos', 'Segoe UI']),
    }
    tp.update(spec.pop('tp_force', {}))
    if 'body' not in spec:
        spec['body'] = r.choices(['plain', 'alt', 'html'], [45, 40, 15])[0]
    # nested messages get their own transport choices
    for a in spec.get('atts') or []:
        if a.ctype == 'message/rfc822':
            inner = a.data
            itp = {k: v for k, v in tp.items()}
            itp.update(charset=r.choice(['utf-8', 'iso-8859-1', 'windows-1252']),
                       cte=r.choice(['quoted-printable', 'base64', '8bit']), crlf=False)
            itp.update(inner.pop('tp_force', {}))
            inner.setdefault('body', r.choice(['plain', 'alt']))
            inner['tp'] = itp
    return tp


def build(out):
    ctx = Ctx(SEED)
    jobs = []
    for kind, mods in (('positive', POS_MODULES), ('negative', NEG_MODULES)):
        for cat, fn, langs in registry(mods):
            for i, l in enumerate(langs):
                jobs.append((kind, cat, fn, i, 'fr' if l == 'f' else 'en'))
    pos = [j for j in jobs if j[0] == 'positive']
    neg = [j for j in jobs if j[0] == 'negative']
    ctx.rng.shuffle(pos)
    ctx.rng.shuffle(neg)
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    labels = {}
    for kind, lst in (('positive', pos), ('negative', neg)):
        for n, (_, cat, fn, i, lang) in enumerate(lst, 1):
            spec = fn(ctx, i, lang)
            tp = choose_tp(ctx, spec)
            raw = to_bytes(spec, tp, ctx.rng)
            name = f'{kind}/{kind[0]}{n:03d}_{cat}.eml'
            with open(os.path.join(out, name), 'wb') as fh:
                fh.write(raw)
            labels[name] = {'confidential': kind == 'positive',
                            'types': spec['types'] if kind == 'positive' else [],
                            'lang': lang, 'note': spec['note']}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    return len(pos), len(neg)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--no-readme', action='store_true')
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    npos, nneg = build(a.out)
    errors, langs, types, dg, structure = gen_check.run(a.out)
    if npos != N_POS or nneg != N_NEG:
        errors.append(f'counts {npos}/{nneg} != {N_POS}/{N_NEG}')
        print('ERROR', errors[-1])
    if not a.no_readme:
        import gen_readme
        gen_readme.write(a.out, npos, nneg, langs, types, dg, structure)
    if errors:
        print(f'SELF-CHECK FAILED ({len(errors)} errors)')
        sys.exit(1)
    print('SELF-CHECK PASSED')


if __name__ == '__main__':
    main()
