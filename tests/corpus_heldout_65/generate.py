#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate a labelled corpus of synthetic outbound e-mail (geriatrics / CHSLD / social work flavour).

Usage:  python generate.py [--seed 6565] [--out DIR]
Writes positive/pNNN_<category>.eml (120), negative/nNNN_<category>.eml (180) and labels.json,
then re-parses everything as a self-check and prints counts and a sha256 digest.
"""
import argparse
import email
import email.policy
import hashlib
import io
import json
import os
import random
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import common as C  # noqa: E402
import mime  # noqa: E402
from ctx import Ctx  # noqa: E402

DEFAULT_SEED = 6565
N_POS = 120
N_NEG = 180

ID_TYPES = {'patient_name', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn'}
INFO_TYPES = {'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information', 'date_of_birth'}
MAILERS = [None, None, 'Microsoft Outlook 16.0', 'Microsoft Outlook 16.0', 'Mozilla Thunderbird 115.6',
           'Zimbra 9.0.0_GA (ZimbraWebClient)', 'Apple Mail (2.3731)', 'Roundcube Webmail/1.6.5']


def load_templates():
    import pos_a
    import pos_b
    import neg_a
    import neg_b
    return pos_a.POS_A + pos_b.POS_B, neg_a.NEG_A + neg_b.NEG_B


def schedule(rng, templates, n):
    """Cycle through templates in shuffled rounds so every template is used about n/len times."""
    out = []
    while len(out) < n:
        rnd = list(templates)
        rng.shuffle(rnd)
        out.extend(rnd)
    return out[:n]


def choose_transport(rng, lang, forced_mode=None):
    mode = forced_mode or rng.choices(['plain', 'alt', 'html'], [45, 35, 20])[0]
    if lang == 'fr':
        cs = rng.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [50, 25, 25])[0]
    else:
        cs = rng.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [60, 15, 25])[0]
    cte = rng.choices(['7bit', '8bit', 'quoted-printable', 'base64'], [12, 25, 40, 23])[0]
    return mode, cs, cte, rng.random() < 0.5


def make_one(seed, kind, idx, cat, func, lang_p_fr=0.56):
    rng = random.Random(f"{seed}:{kind}:{idx}")
    lang = 'fr' if rng.random() < lang_p_fr else 'en'
    c = Ctx(rng, lang, kind == 'p')
    t = func(c)
    mode, cs, cte, crlf = choose_transport(rng, lang, t.get('mode'))
    spec = dict(from_=t['from_'], to=t['to'], cc=t.get('cc'), subject=t['subject'], date=t.get('date', c.date),
                msgid=c.msgid(), text=t.get('text', ''), html=t.get('html'), mode=mode, charset=t.get('charset', cs),
                cte=t.get('cte', cte), crlf=crlf, attachments=t.get('attachments'),
                xmailer=rng.choice(MAILERS), importance=t.get('importance'),
                lang_header=rng.choice([None, None, 'fr-CA' if lang == 'fr' else 'en-CA']))
    if t.get('in_reply_to'):
        spec['in_reply_to'] = c.msgid(dom='mail.' + rng.choice([c.dom, 'courriel.example']))
    raw = mime.build_email(spec, rng)
    types = sorted(c.types)
    return raw, lang, types, t.get('note', cat)


# ------------------------------------------------------------------ self-check
def decode_all(msg, sink):
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        content = part.get_content()
        if ctype == 'message/rfc822':
            decode_all(content, sink)
            continue
        fn = part.get_filename()
        if isinstance(content, str):
            sink.append(content)
        else:
            data = content
            if fn and fn.lower().endswith(('.docx', '.xlsx', '.zip')):
                z = zipfile.ZipFile(io.BytesIO(data))
                assert z.testzip() is None, fn
                for n in z.namelist():
                    blob = z.read(n)
                    if n.endswith('.xml') or n.endswith('.csv') or n.endswith('.txt'):
                        sink.append(blob.decode('utf-8', 'replace'))
            elif fn and fn.lower().endswith('.pdf'):
                assert data.startswith(b'%PDF-'), fn
                sink.append(data.decode('latin-1'))
            elif fn and fn.lower().endswith('.eml'):
                decode_all(email.message_from_bytes(data, policy=email.policy.default), sink)
        for h in ('Subject', 'From', 'To'):
            pass
    sink.append(str(msg.get('Subject', '')))


def self_check(out, labels):
    files = sorted(os.path.relpath(os.path.join(dp, f), out).replace(os.sep, '/')
                   for dp, _, fs in os.walk(out) for f in fs if f.endswith('.eml'))
    assert files == sorted(labels), 'labels do not cover exactly the files'
    blind_nams = {p.nam for p in C.BLIND}
    blind_full = {f"{p.given} {p.surname}".lower() for p in C.BLIND}
    nam_re = re.compile(r'\b([A-Z]{4})[ -]?(\d{4})[ -]?(\d{4})\b', re.I)
    for f in files:
        lab = labels[f]
        with open(os.path.join(out, f), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg['Subject'] is not None and msg['From'] is not None and msg['Date'] is not None, f
        sink = []
        decode_all(msg, sink)
        text = '\n'.join(sink)
        if lab['confidential']:
            assert f.startswith('positive/') and lab['types'], f
            assert set(lab['types']) & ID_TYPES, ('positive without identifier', f)
            assert set(lab['types']) & INFO_TYPES, ('positive without personal information', f)
        else:
            assert f.startswith('negative/') and not lab['types'], f
        for m in nam_re.finditer(text):
            cand = (m.group(1) + m.group(2) + m.group(3)).upper()
            if cand[:4].isalpha() and re.fullmatch(r'[A-Z]{4}\d{8}', cand):
                assert cand in blind_nams, ('NAM-like string not from blind list', f, cand)
        if 'ramq_nam' in lab['types']:
            assert any((m.group(1) + m.group(2) + m.group(3)).upper() in blind_nams for m in nam_re.finditer(text)), f
        if not lab['confidential']:
            low = text.lower()
            for full in blind_full:
                assert full not in low, ('blind patient name in negative', f, full)
    return files


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    out = args.out
    pos_t, neg_t = load_templates()
    master = random.Random(args.seed)
    pos_sched = schedule(master, pos_t, N_POS)
    neg_sched = schedule(master, neg_t, N_NEG)
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            if fn.endswith('.eml'):
                os.remove(os.path.join(d, fn))
    labels = {}
    for kind, sched in (('p', pos_sched), ('n', neg_sched)):
        for i, (cat, func) in enumerate(sched, 1):
            raw, lang, types, note = make_one(args.seed, kind, i, cat, func)
            rel = f"{'positive' if kind == 'p' else 'negative'}/{kind}{i:03d}_{cat}.eml"
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(raw)
            labels[rel] = {'confidential': kind == 'p', 'types': types if kind == 'p' else [], 'lang': lang,
                           'note': note}
            if kind == 'n' and types:
                # negatives must never have emitted patient material
                raise AssertionError(f"negative template {cat} emitted types {types}")
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    files = self_check(out, labels)
    h = hashlib.sha256()
    for rel in files + ['labels.json']:
        with open(os.path.join(out, rel), 'rb') as fh:
            data = fh.read()
        h.update(rel.encode() + b'\0' + hashlib.sha256(data).digest())
    npos = sum(1 for v in labels.values() if v['confidential'])
    nneg = len(labels) - npos
    by_lang = {}
    for v in labels.values():
        k = ('pos' if v['confidential'] else 'neg', v['lang'])
        by_lang[k] = by_lang.get(k, 0) + 1
    print(f"positives: {npos}  negatives: {nneg}  total: {len(labels)}")
    print('per language: ' + ', '.join(f"{k[0]}/{k[1]}={v}" for k, v in sorted(by_lang.items())))
    tcount = {}
    for v in labels.values():
        for t in v['types']:
            tcount[t] = tcount.get(t, 0) + 1
    print('types: ' + ', '.join(f"{k}={v}" for k, v in sorted(tcount.items())))
    print(f"sha256 digest: {h.hexdigest()}")


if __name__ == '__main__':
    main()
