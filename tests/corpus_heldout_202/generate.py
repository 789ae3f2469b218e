#!/usr/bin/env python3
"""Generate the held-out corpus 202 (sexual health / STBBI clinic + travel medicine clinic).

Usage: python generate.py [--out DIR]
"""
import argparse
import datetime
import json
import os
import random
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen_common import SEED, TYPES, PatientFactory, G, wrap_text, DOMAIN  # noqa: E402
from gen_mime import build_message, can_encode, is_ascii  # noqa: E402
from gen_check import verify, digest  # noqa: E402
from gen_readme import write_readme  # noqa: E402
import gen_pos_fr  # noqa: E402
import gen_pos_en  # noqa: E402
import gen_neg_fr  # noqa: E402
import gen_neg_en  # noqa: E402

START = datetime.date(2025, 2, 3)
MAILERS = [None, None, 'Microsoft Outlook 16.0', 'Mozilla Thunderbird 128.4.0', 'Apple Mail (2.3774.600.62)',
           'Zimbra 10.0.8_GA', 'Microsoft Outlook 16.0.18025']


def tz_for(d):
    return datetime.timezone(datetime.timedelta(hours=-5 if d < datetime.date(2025, 3, 9) else -4))


def schedule(rng, plans):
    out = []
    for lang, plan in plans:
        for fn, n in plan:
            out.extend([(lang, fn)] * n)
    rng.shuffle(out)
    return out


def pick_date(rng):
    while True:
        d = START + datetime.timedelta(days=rng.randint(0, 115))
        if d.weekday() < 5 or rng.random() < 0.1:
            return d


def transport(rng, idx, tag, spec, texts):
    tp = {'crlf': rng.random() < 0.4}
    has_att = bool(spec.get('attachments'))
    r = rng.random()
    if spec.get('html'):
        tp['structure'] = 'alt' if r < 0.6 else 'html'
    elif has_att:
        tp['structure'] = 'plain' if r < 0.55 else ('alt' if r < 0.9 else 'html')
    else:
        tp['structure'] = 'plain' if r < 0.5 else ('alt' if r < 0.8 else 'html')
    allt = '\n'.join(texts)
    cands = [('utf-8', 45), ('iso-8859-1', 20), ('windows-1252', 20), ('us-ascii', 15)]
    cands = [(c, w) for c, w in cands if can_encode(allt, c)]
    tp['charset'] = rng.choices([c for c, _ in cands], [w for _, w in cands])[0]
    if tp['charset'] == 'us-ascii':
        tp['cte'] = '7bit' if rng.random() < 0.8 else 'quoted-printable'
    elif is_ascii(allt) and rng.random() < 0.5:
        tp['cte'] = '7bit'
    else:
        tp['cte'] = rng.choices(['8bit', 'quoted-printable', 'base64'], [35, 40, 25])[0]
    tp['html_charset'] = tp['charset'] if rng.random() < 0.7 else 'utf-8'
    tp['html_cte'] = tp['cte'] if rng.random() < 0.6 else rng.choice(['quoted-printable', 'base64'])
    if tp['html_charset'] == 'us-ascii' and tp['html_cte'] == '8bit':
        tp['html_cte'] = 'quoted-printable'
    tp['cs_case'] = rng.randint(0, 1)
    tp['hdr_charset'] = rng.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    tp['hdr_mode'] = rng.choice(['q', 'q', 'b'])
    style = rng.randint(0, 2)
    hexs = ''.join(rng.choice('0123456789abcdef') for _ in range(12))
    tp['bprefix'] = ['----=_NextPart_000_{:04X}_{}.'.format(idx, hexs.upper()), f'000000000000{hexs}', f'Apple-Mail={hexs}-'][style]
    tp['mailer'] = rng.choice(MAILERS)
    tp['content_language'] = rng.random() < 0.4
    tp['text_att_cte'] = rng.choice(['base64', 'quoted-printable', '7bit'])
    tp['preamble'] = rng.random() < 0.5
    tp['flowed'] = rng.random() < 0.15
    tp['inline_disp'] = rng.random() < 0.2
    tp['fn_mode'] = 'force2231' if rng.random() < 0.1 else 'auto'
    return tp


def finish_spec(g, spec, rng, tag):
    d = g.date
    t = datetime.time(rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59))
    spec['date'] = datetime.datetime.combine(d, t, tzinfo=tz_for(d))
    dom = spec['frm'][1].split('@', 1)[1]
    spec['msgid'] = f'<{spec["date"]:%Y%m%d%H%M%S}.{rng.randint(10**7, 10**8 - 1):x}.{rng.randint(100, 999)}@{dom}>'
    if spec.get('in_reply_to') is True:
        spec['in_reply_to'] = f'<{rng.randint(10**9, 10**10)}.{rng.randint(1000, 9999)}@{DOMAIN}>'
    spec['lang'] = g.lang
    spec['body'] = wrap_text(spec['body'])
    for a in spec.get('attachments') or []:
        if a.kind == 'eml':
            a.nested['body'] = wrap_text(a.nested['body'])
    return spec


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    for sub in ('positive', 'negative'):
        p = os.path.join(out, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)

    rng = random.Random(SEED)
    factory = PatientFactory(random.Random(f'{SEED}-patients'))
    pos = schedule(rng, [('fr', gen_pos_fr.PLAN_FR), ('en', gen_pos_en.PLAN_EN)])
    neg = schedule(rng, [('fr', gen_neg_fr.PLAN_NFR), ('en', gen_neg_en.PLAN_NEN)])
    labels, meta = {}, {}
    for positive, items in ((True, pos), (False, neg)):
        for i, (lang, fn) in enumerate(items, 1):
            mrng = random.Random(f'{SEED}-{"p" if positive else "n"}{i}-mime')
            g = G(i, positive, lang, factory, pick_date(mrng))
            spec = fn(g)
            tag = f'{"p" if positive else "n"}{i:03d}'
            spec = finish_spec(g, spec, mrng, tag)
            texts = [spec['body'], spec['subject']] + ([spec['html']] if spec.get('html') else [])
            tp = transport(mrng, i, tag, spec, texts)
            raw = build_message(spec, tp)
            rel = f'{"positive" if positive else "negative"}/{tag}_{spec["cat"]}.eml'
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(raw)
            types = sorted(g.types, key=TYPES.index)
            if positive and not types:
                raise SystemExit(f'{rel}: positive without types')
            labels[rel] = {'confidential': positive, 'types': types, 'lang': lang, 'note': spec['note']}
            meta[rel] = {'ids': [(k, v) for k, v, _ in g.ids], 'people': [(p.given, p.surname) for p, _ in g.people]}
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write('\n')
    errors, features = verify(out, labels, meta)
    if errors:
        for e in errors[:80]:
            print('ERROR', e, file=sys.stderr)
        print(f'{len(errors)} error(s)', file=sys.stderr)
        sys.exit(1)
    dig = digest(out)
    write_readme(out, labels, features, dig)
    print(dig)


if __name__ == '__main__':
    main()
