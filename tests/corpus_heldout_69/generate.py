#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the labelled synthetic e-mail corpus (endocrinology, diabetes
education and kidney transplant clinics).

    python generate.py [--out DIR] [--seed N]

Writes positive/pNNN_<cat>.eml (120), negative/nNNN_<cat>.eml (180),
labels.json and README.md, then re-reads and checks everything and prints
counts and a sha256 digest.  Output is byte-for-byte reproducible.
"""
import argparse
import base64
import collections
import hashlib
import io
import json
import os
import random
import re
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import email  # noqa: E402
import email.policy  # noqa: E402

import gen_common as G  # noqa: E402
import gen_mime as M  # noqa: E402
from gen_ctx import Ctx  # noqa: E402
from gen_pos1 import POS1  # noqa: E402
from gen_pos2 import POS2  # noqa: E402
from gen_pos3 import POS3  # noqa: E402
from gen_neg1 import NEG1  # noqa: E402
from gen_neg2 import NEG2  # noqa: E402

DEFAULT_SEED = 6969
N_POS, N_NEG = 120, 180
TYPES = {'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name', 'diagnosis',
         'medication', 'lab_result', 'patient_contact', 'social_information'}


def load_people(seed):
    people = G.load_nam_people()
    for p in people:
        rr = random.Random('%s-person-%s' % (seed, p.nam))
        G.add_contact(p, rr)
        p.mrn = G.gen_mrn(rr)
        p.sin = G.gen_sin(rr)
    return people


def schedule(table, n, seed, tag):
    slots = []
    for fn, k in table:
        slots += [fn] * k
    assert len(slots) == n, (tag, len(slots))
    rr = random.Random('%s-%s-order' % (seed, tag))
    rr.shuffle(slots)
    langs = []
    for i in range(n):
        langs.append('fr' if rr.random() < 0.55 else 'en')
    return list(zip(slots, langs))


def build(out, seed):
    people = load_people(seed)
    used = {}
    files, labels = {}, {}
    for tag, table, n, folder, prefix in (('pos', POS1 + POS2 + POS3, N_POS, 'positive', 'p'),
                                          ('neg', NEG1 + NEG2, N_NEG, 'negative', 'n')):
        for i, (fn, lang) in enumerate(schedule(table, n, seed, tag)):
            key = '%s%03d' % (prefix, i + 1)
            c = Ctx(seed, key, lang, people, used)
            res = fn(c)
            raw = M.render(res['msg'], c.rng)
            rel = '%s/%s_%s.eml' % (folder, key, res['cat'])
            files[rel] = raw
            labels[rel] = {'confidential': tag == 'pos', 'types': res['types'] if tag == 'pos' else [],
                           'lang': res['msg']['lang'], 'note': res['note']}
    for folder in ('positive', 'negative'):
        d = os.path.join(out, folder)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    for rel, raw in files.items():
        with open(os.path.join(out, rel), 'wb') as fh:
            fh.write(raw)
    lab = json.dumps(labels, ensure_ascii=False, indent=1, sort_keys=True) + '\n'
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(lab)
    return labels


# ---------------------------------------------------------------- self-check
def _luhn10(n):
    from stdnum import luhn
    return len(n) == 10 and luhn.is_valid(n)


def _valid(mod):
    def ok(n):
        return mod.is_valid(n)
    return ok


from stdnum.be import nn as _nn  # noqa: E402
from stdnum.ca import sin as _sin  # noqa: E402
from stdnum.fr import nir as _nir  # noqa: E402

ID_CHECKS = {
    'ca_sin': (r'(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{3}(?!\d)', _valid(_sin)),
    'be_niss': (r'(?<!\d)\d{2}\.?\d{2}\.?\d{2}[- ]?\d{3}[. ]?\d{2}(?!\d)', _valid(_nn)),
    'fr_nir': (r'(?<!\d)[12] ?\d{2} ?\d{2} ?\d{2} ?\d{3} ?\d{3} ?\d{2}(?!\d)', _valid(_nir)),
    'ca_health_number': (r'(?<!\d)\d{4}[- ]?\d{3}[- ]?\d{3}(?!\d)', _luhn10),
}


def _pdf_text(data):
    out = []
    for m in re.finditer(rb'stream\r?\n(.*?)endstream', data, re.S):
        s = m.group(1).strip()
        if s.endswith(b'~>'):
            try:
                s = base64.a85decode(s, adobe=True)
            except ValueError:
                pass
        try:
            s = zlib.decompress(s)
        except zlib.error:
            pass
        out += [x.decode('latin-1') for x in re.findall(rb'\(((?:\\.|[^\\)])*)\)', s)]
    return ' '.join(out)


def _ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    txt = []
    for n in z.namelist():
        if n.endswith('.xml'):
            txt.append(re.sub(r'<[^>]+>', ' ', z.read(n).decode('utf-8')))
    return ' '.join(txt)


def _check_binary(fname, ctype, data, stats):
    fl = fname.lower()
    if fl.endswith('.pdf'):
        assert data.startswith(b'%PDF-'), fname
        stats['att_pdf'] += 1
        return _pdf_text(data)
    if fl.endswith('.docx'):
        import docx
        d = docx.Document(io.BytesIO(data))
        stats['att_docx'] += 1
        return ' '.join(p.text for p in d.paragraphs) + ' ' + _ooxml_text(data)
    if fl.endswith('.xlsx'):
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        stats['att_xlsx'] += 1
        return ' '.join(str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v is not None)
    if fl.endswith('.zip'):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        stats['att_zip'] += 1
        parts = []
        for n in z.namelist():
            parts.append(n)
            parts.append(_check_binary(n, '', z.read(n), stats) if not n.endswith('.csv') else z.read(n).decode('utf-8'))
        return ' '.join(parts)
    raise AssertionError('unexpected binary attachment %s (%s)' % (fname, ctype))


def _walk(msg, stats, texts):
    for k, v in msg.items():
        texts.append(str(v))
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            stats['att_eml'] += 1
            for k, v in part.get_content().items():
                texts.append(str(v))
            continue
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        content = part.get_content()
        if part.get_content_maintype() == 'text':
            assert isinstance(content, str)
            texts.append(content)
            if fn:
                stats['att_' + part.get_content_subtype()] += 1
            else:
                stats['body_' + ct] += 1
        else:
            assert isinstance(content, bytes) and content, ct
            texts.append(_check_binary(fn or '', ct, content, stats))
        stats['cte_' + str(part.get('Content-Transfer-Encoding', '7bit')).lower()] += 1
        cs = part.get_content_charset()
        if cs and part.get_content_maintype() == 'text' and not fn:
            stats['charset_' + cs] += 1


def self_check(out, labels):
    stats = collections.Counter()
    on_disk = sorted('%s/%s' % (d, f) for d in ('positive', 'negative') for f in os.listdir(os.path.join(out, d)) if f.endswith('.eml'))
    assert on_disk == sorted(labels), 'labels do not cover exactly the files'
    with open(os.path.join(out, 'labels.json'), encoding='utf-8') as fh:
        assert json.load(fh) == labels
    nams = [p.nam for p in G.load_nam_people()]
    names = [('%s %s' % (p.given, p.surname)).lower() for p in G.load_nam_people()]
    for rel in on_disk:
        lab = labels[rel]
        with open(os.path.join(out, rel), 'rb') as fh:
            raw = fh.read()
        stats['crlf' if b'\r\n' in raw else 'lf'] += 1
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            assert not part.defects, (rel, part.defects)
        texts = []
        _walk(msg, stats, texts)
        top = msg.get_content_type()
        stats['top_' + top] += 1
        blob = ' '.join(texts)
        compact = re.sub(r'[\s\-]', '', blob).upper()
        has_nam = any(n in compact for n in nams)
        assert lab['lang'] in ('fr', 'en')
        if rel.startswith('positive/'):
            assert lab['confidential'] is True and lab['types'], rel
            assert set(lab['types']) <= TYPES, rel
            assert ('ramq_nam' in lab['types']) == has_nam, (rel, has_nam)
            for t, (rx, ok) in ID_CHECKS.items():
                if t in lab['types']:
                    found = any(ok(re.sub(r'[\s.\-]', '', x)) for x in re.findall(rx, blob))
                    assert found, (rel, t)
        else:
            assert lab['confidential'] is False and lab['types'] == [], rel
            assert not has_nam, rel
            low = blob.lower()
            assert not any(n in low for n in names), rel
    return stats


def digest(out):
    h = hashlib.sha256()
    rels = sorted('%s/%s' % (d, f) for d in ('positive', 'negative') for f in os.listdir(os.path.join(out, d)) if f.endswith('.eml')) + ['labels.json']
    for rel in rels:
        with open(os.path.join(out, rel), 'rb') as fh:
            h.update(rel.encode('utf-8') + b'\0' + fh.read() + b'\0')
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    os.makedirs(out, exist_ok=True)
    labels = build(out, a.seed)
    stats = self_check(out, labels)
    dg = digest(out)
    pos = [k for k in labels if labels[k]['confidential']]
    neg = [k for k in labels if not labels[k]['confidential']]
    lang = collections.Counter((('pos' if labels[k]['confidential'] else 'neg'), labels[k]['lang']) for k in labels)
    tcount = collections.Counter(t for k in pos for t in labels[k]['types'])
    print('positives: %d  negatives: %d  total: %d' % (len(pos), len(neg), len(labels)))
    print('languages: ' + ', '.join('%s/%s=%d' % (a_, b_, n) for (a_, b_), n in sorted(lang.items())))
    print('types: ' + ', '.join('%s=%d' % kv for kv in sorted(tcount.items())))
    print('transport: ' + ', '.join('%s=%d' % kv for kv in sorted(stats.items())))
    print('sha256: %s' % dg)
    from gen_readme import write_readme
    write_readme(out, a.seed, len(pos), len(neg), lang, tcount, stats, dg)


if __name__ == '__main__':
    main()
