#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic outbound e-mail corpus - outpatient specialty clinics (ophthalmology, ENT, dermatology,
dentistry / oral surgery, allergy), their private-clinic referrals, wait lists, photos and reports,
plus clinic administration, equipment and conference mail.

Usage:  python generate.py [--seed 6767] [--out DIR]
Writes positive/pNNN_<category>.eml (120), negative/nNNN_<category>.eml (180) and labels.json,
then re-parses everything, checks the labels and prints counts and a sha256 digest.
"""
import argparse
import base64
import hashlib
import io
import json
import os
import random
import re
import sys
import zipfile
import zlib
from email import policy
from email.parser import BytesParser
import email

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cg_ids as I            # noqa: E402
import cg_mime as M           # noqa: E402
from cg_common import Ctx, TZ_EU     # noqa: E402
import cg_pos1 as P1          # noqa: E402
import cg_pos2 as P2          # noqa: E402
import cg_pos3 as P3          # noqa: E402
import cg_pos4 as P4          # noqa: E402
import cg_neg1 as N1          # noqa: E402
import cg_neg2 as N2          # noqa: E402
import cg_neg3 as N3          # noqa: E402

DEFAULT_SEED = 6767
N_POS, N_NEG = 120, 180


def _templates(mods, prefix):
    out = []
    for m in mods:
        for name in sorted(vars(m)):
            if name.startswith(prefix) and callable(getattr(m, name)) and getattr(m, name).__module__ == m.__name__:
                out.append(getattr(m, name))
    return out


POS = _templates([P1, P2, P3, P4], 'p_')
NEG = _templates([N1, N2, N3], 'n_')


def schedule(templates, n, rng):
    seq = []
    while len(seq) < n:
        block = list(templates)
        rng.shuffle(block)
        seq.extend(block)
    seq = seq[:n]
    rng.shuffle(seq)
    return seq


def transport(c, r):
    """Choose how the message travels: mode, charset, transfer encoding, line ending."""
    rng = c.rng
    x = rng.random()
    charset = 'utf-8' if x < 0.55 else ('iso-8859-1' if x < 0.77 else 'windows-1252')
    y = rng.random()
    cte = 'quoted-printable' if y < 0.45 else ('base64' if y < 0.75 else '8bit')
    mode = r.get('mode') or rng.choice(['plain', 'plain', 'plain', 'alt', 'alt', 'html'])
    eol = '\r\n' if rng.random() < 0.5 else '\n'
    html_cte = cte if rng.random() < 0.6 else rng.choice(['quoted-printable', 'base64'])
    return dict(charset=charset, cte=cte, mode=mode, eol=eol, html_cte=html_cte,
                html_style=rng.choice(['outlook', 'simple']))


def make_one(tmpl, idx, kind, seed, nam_pool):
    rng = random.Random('%d/%s/%d' % (seed, kind, idx))
    lang = 'fr' if rng.random() < 0.56 else 'en'
    c = Ctx(rng, lang, '%s%03d' % (kind, idx), nam_pool)
    r = tmpl(c)
    lang = c.lang
    t = transport(c, r)
    dom = re.search(r'@([^>\s]+)', r['frm']).group(1)
    if dom.endswith(('stremi-namur.example', 'ophtalmo-terreaux.example')):
        c.date = c.date.replace(tzinfo=TZ_EU)
    spec = dict(lang=lang, blocks=r['blocks'], subject=r['subject'], date=c.date, msgid=c.msgid(dom),
                attachments=r.get('attachments', []), mailer=c.mailer(), inline_images=r.get('inline_images', []),
                html=r.get('html'), text=r.get('text'))
    spec['from'] = r['frm']
    spec['to'] = r['to']
    if r.get('cc'):
        spec['cc'] = r['cc']
    if r.get('reply'):
        spec['in_reply_to'] = M.msgid(c.tag + 'orig', dom, c.earlier_dt())
    spec.update({k: v for k, v in t.items() if k != 'eol'})
    msg = M.build(spec)
    data = M.to_bytes(msg, t['eol'])
    label = dict(confidential=(kind == 'p'), types=(r['types'].list() if kind == 'p' else []), lang=lang,
                 note=r.get('note', ''))
    return r['category'], data, label


# ---------------------------------------------------------------- self-check helpers
def _pdf_text(data):
    out = [data.decode('latin-1')]
    for m in re.finditer(rb'stream\r?\n(.*?)\s*endstream', data, re.S):
        raw = m.group(1).strip()
        if raw.endswith(b'~>'):
            raw = base64.a85decode(raw, adobe=True)
        try:
            out.append(zlib.decompress(raw).decode('latin-1'))
        except zlib.error:
            pass
    return '\n'.join(out)


def _blob_text(name, ctype, data):
    texts = []
    if data[:4] == b'%PDF':
        texts.append(_pdf_text(data))
    elif data[:2] == b'PK':
        z = zipfile.ZipFile(io.BytesIO(data))
        for n in z.namelist():
            texts.append(n)
            texts.append(_blob_text(n, '', z.read(n)))
    elif data[:8] == b'\x89PNG\r\n\x1a\n':
        pass
    else:
        for enc in ('utf-8', 'cp1252'):
            try:
                texts.append(data.decode(enc))
                break
            except UnicodeDecodeError:
                continue
    return '\n'.join(texts)


def extract(msg):
    """Decode every part (recursively) and return all human-readable text."""
    texts = [str(msg.get('Subject', ''))]
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        if part.is_multipart():
            if part.get_content_type() == 'message/rfc822':
                texts.append(str(part.get_payload(0).get('Subject', '')))
            continue
        payload = part.get_payload(decode=True)
        assert payload is not None, 'undecodable part'
        if part.get_content_maintype() == 'text':
            content = part.get_content()
            assert isinstance(content, str)
            texts.append(content)
            if part.get_filename():
                texts.append(_blob_text(fn, part.get_content_type(), payload))
        else:
            texts.append(_blob_text(fn, part.get_content_type(), payload))
    return '\n'.join(texts)


def _compact(s):
    return re.sub(r'[\s.\-/]', '', s).upper()


def self_check(out, labels, blind):
    files = sorted(os.path.relpath(os.path.join(d, f), out).replace(os.sep, '/')
                   for sub in ('positive', 'negative') for d, _, fs in os.walk(os.path.join(out, sub)) for f in fs)
    assert files == sorted(labels), 'labels do not cover exactly the files'
    nam_re = re.compile(r'[A-Z]{4}\d{8}')
    problems = []
    for rel in files:
        lab = labels[rel]
        with open(os.path.join(out, rel), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        BytesParser(policy=policy.default).parsebytes(raw)
        text = extract(msg)
        comp = _compact(text)
        nams = set(nam_re.findall(comp)) & blind
        if rel.startswith('positive/'):
            if not lab['confidential'] or not lab['types']:
                problems.append((rel, 'positive without types'))
            if ('ramq_nam' in lab['types']) != bool(nams):
                problems.append((rel, 'ramq_nam label mismatch %r' % sorted(nams)))
            if 'ca_sin' in lab['types'] and not any(I.ca_sin.is_valid(x) for x in re.findall(r'\d{9}', re.sub(r'[ -]', '', text))):
                problems.append((rel, 'no SIN found'))
            if 'be_niss' in lab['types'] and not any(I.be_nn.is_valid(x) for x in re.findall(r'\d{11}', re.sub(r'[ .-]', '', text))):
                problems.append((rel, 'no NISS found'))
            if 'fr_nir' in lab['types'] and not any(I.fr_nir.is_valid(x) for x in re.findall(r'[12]\d{14}', re.sub(r' ', '', text))):
                problems.append((rel, 'no NIR found'))
            if 'ca_health_number' in lab['types'] and not any(I.luhn.is_valid(x) for x in re.findall(r'\d{10}', re.sub(r'[ -]', '', text))):
                problems.append((rel, 'no health number found'))
        else:
            if lab['confidential'] or lab['types']:
                problems.append((rel, 'negative with types'))
            if nams:
                problems.append((rel, 'blind NAM in negative'))
        if lab['lang'] not in ('en', 'fr'):
            problems.append((rel, 'bad lang'))
    return files, problems


def digest(out, files):
    h = hashlib.sha256()
    for rel in files + ['labels.json']:
        with open(os.path.join(out, rel), 'rb') as fh:
            h.update(rel.encode() + b'\0' + hashlib.sha256(fh.read()).digest())
    return h.hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args(argv)
    out = a.out
    blind_people = I.load_nams()
    blind = set(p.nam for p in blind_people)
    rng = random.Random(a.seed)
    pool = list(blind_people)
    rng.shuffle(pool)
    labels = {}
    for kind, sub, n, tmpls in (('p', 'positive', N_POS, POS), ('n', 'negative', N_NEG, NEG)):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
        for i, tmpl in enumerate(schedule(tmpls, n, random.Random('%d/%s/schedule' % (a.seed, kind))), 1):
            cat, data, label = make_one(tmpl, i, kind, a.seed, pool)
            rel = '%s/%s%03d_%s.eml' % (sub, kind, i, cat)
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            labels[rel] = label
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    files, problems = self_check(out, labels, blind)
    for p in problems:
        print('PROBLEM', *p)
    pos = [k for k in labels if labels[k]['confidential']]
    neg = [k for k in labels if not labels[k]['confidential']]
    langs = {}
    for k in labels:
        key = ('positive' if labels[k]['confidential'] else 'negative', labels[k]['lang'])
        langs[key] = langs.get(key, 0) + 1
    print('positives: %d  negatives: %d  total: %d' % (len(pos), len(neg), len(labels)))
    for key in sorted(langs):
        print('  %s %s: %d' % (key[0], key[1], langs[key]))
    print('sha256 digest:', digest(out, files))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
