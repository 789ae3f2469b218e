#!/usr/bin/env python3
"""Generate the held-out pediatrics / obstetrics / neonatal DLP corpus.

Writes positive/pNNN_<category>.eml (120), negative/nNNN_<category>.eml (180) and labels.json
next to this file (or under --out DIR), then self-checks the result and prints counts and a
sha256 digest. Output is byte-for-byte reproducible for a given seed.

Usage:  python generate.py [--seed 6262] [--out DIR]
"""
import sys
sys.dont_write_bytecode = True

import argparse
import collections
import email
import email.policy
import hashlib
import io
import json
import os
import random
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import corpus_common as C  # noqa: E402
from corpus_base import Ctx, TYPE_ORDER  # noqa: E402
from corpus_pos_a import TEMPLATES_A  # noqa: E402
from corpus_pos_b import TEMPLATES_B  # noqa: E402
from corpus_neg_a import TEMPLATES_NA  # noqa: E402
from corpus_neg_b import TEMPLATES_NB  # noqa: E402

DEFAULT_SEED = 6262
N_POS, N_NEG = 120, 180


def schedule(rng, templates, total):
    items = []
    for func, p_fr, n in templates:
        items.extend([(func, p_fr)] * n)
    if len(items) != total:
        raise SystemExit('template counts give %d, expected %d' % (len(items), total))
    rng.shuffle(items)
    return items


def generate(seed, out):
    people = C.load_nam_people()
    master = random.Random(seed)
    pos = schedule(master, TEMPLATES_A + TEMPLATES_B, N_POS)
    neg = schedule(master, TEMPLATES_NA + TEMPLATES_NB, N_NEG)
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in sorted(os.listdir(d)):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    labels = collections.OrderedDict()
    for kind, sched, folder in (('p', pos, 'positive'), ('n', neg, 'negative')):
        for i, (func, p_fr) in enumerate(sched, 1):
            rng = random.Random('%d-%s-%d' % (seed, kind, i))
            lang = 'fr' if rng.random() < p_fr else 'en'
            when = C.rand_msg_datetime(rng)
            ctx = Ctx(rng, lang, when, people, i, kind)
            rec = func(ctx)
            rel = '%s/%s%03d_%s.eml' % (folder, kind, i, rec['category'])
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(rec['data'])
            labels[rel] = collections.OrderedDict([
                ('confidential', kind == 'p'), ('types', rec['types']), ('lang', rec['lang']), ('note', rec['note'])])
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    return labels


# --------------------------------------------------------------------------
# Self-check
# --------------------------------------------------------------------------
def _strip_xml(b):
    return re.sub(r'<[^>]+>', ' ', b.decode('utf-8', 'replace'))


def _attachment_text(ctype, data, depth=0):
    """Best-effort text of an attachment, used only for identifier consistency checks."""
    if data[:4] == b'PK\x03\x04' and depth < 3:
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise ValueError('corrupt zip member')
        out = []
        for name in z.namelist():
            blob = z.read(name)
            out.append(name)
            if name.endswith('.xml'):
                out.append(_strip_xml(blob))
            else:
                out.append(_attachment_text('', blob, depth + 1))
        return '\n'.join(out)
    if data[:5] == b'%PDF-':
        if b'%%EOF' not in data[-64:]:
            raise ValueError('truncated PDF')
        return data.decode('latin-1')
    for cs in ('utf-8', 'cp1252'):
        try:
            return data.decode(cs)
        except UnicodeDecodeError:
            pass
    return data.decode('latin-1')


def check_message(raw):
    """Parse, decode every part; return (all text, stats)."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    texts, stats = [], collections.Counter()
    for h in ('From', 'To', 'Cc', 'Subject', 'Date', 'Message-ID'):
        v = msg[h]
        if v is not None:
            texts.append(str(v))
            if getattr(v, 'defects', None):
                raise ValueError('header defect in %s: %r' % (h, v.defects))
    if msg['From'] is None or msg['Subject'] is None or msg['Date'] is None:
        raise ValueError('missing core header')
    for part in msg.walk():
        if part.defects:
            raise ValueError('part defects: %r' % part.defects)
        ct = part.get_content_type()
        stats['ct:' + ct] += 1
        if part.is_multipart():
            if ct == 'message/rfc822':
                for h in ('From', 'Subject'):
                    texts.append(str(part.get_payload(0)[h]))
            continue
        cte = part.get('Content-Transfer-Encoding', '7bit').lower()
        stats['cte:' + cte] += 1
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        if part.get_content_maintype() == 'text':
            content = part.get_content()
            if not isinstance(content, str):
                raise ValueError('text part did not decode to str')
            stats['charset:' + (part.get_content_charset() or 'none')] += 1
            texts.append(content)
        else:
            data = part.get_content()
            if not isinstance(data, (bytes, bytearray)) or not data:
                raise ValueError('empty or undecodable part %s' % ct)
            texts.append(_attachment_text(ct, bytes(data)))
    stats['eol:crlf' if b'\r\n' in raw else 'eol:lf'] += 1
    return '\n'.join(texts), stats


def self_check(out, labels):
    files = []
    for sub in ('positive', 'negative'):
        for f in sorted(os.listdir(os.path.join(out, sub))):
            if f.endswith('.eml'):
                files.append('%s/%s' % (sub, f))
    if set(files) != set(labels):
        raise SystemExit('labels do not cover exactly the files')
    people = C.load_nam_people()
    nams = [p.nam for p in people]
    totals = collections.Counter()
    type_counts = collections.Counter()
    for rel in files:
        lab = labels[rel]
        pos = rel.startswith('positive/')
        if lab['confidential'] != pos:
            raise SystemExit('%s: confidential flag mismatch' % rel)
        if pos and not lab['types']:
            raise SystemExit('%s: positive without types' % rel)
        if not pos and lab['types']:
            raise SystemExit('%s: negative with types' % rel)
        if lab['lang'] not in ('en', 'fr'):
            raise SystemExit('%s: bad lang' % rel)
        if any(t not in TYPE_ORDER for t in lab['types']):
            raise SystemExit('%s: unknown type' % rel)
        with open(os.path.join(out, rel), 'rb') as fh:
            raw = fh.read()
        try:
            text, stats = check_message(raw)
        except Exception as exc:  # noqa: BLE001
            raise SystemExit('%s: %s' % (rel, exc))
        compact = re.sub(r'[\s\-]', '', text).upper()
        has_nam = any(n in compact for n in nams)
        if pos and ('ramq_nam' in lab['types']) != has_nam:
            raise SystemExit('%s: ramq_nam label and content disagree' % rel)
        if not pos and has_nam:
            raise SystemExit('%s: NAM found in a negative' % rel)
        totals.update(stats)
        totals['pos' if pos else 'neg'] += 1
        totals['lang:%s' % lab['lang']] += 1
        totals['%s_lang:%s' % ('pos' if pos else 'neg', lab['lang'])] += 1
        for t in lab['types']:
            type_counts[t] += 1
    digest = hashlib.sha256()
    for rel in files + ['labels.json']:
        with open(os.path.join(out, rel), 'rb') as fh:
            data = fh.read()
        digest.update(rel.encode('utf-8') + b'\0' + hashlib.sha256(data).digest())
    return totals, type_counts, digest.hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args(argv)
    out = args.out
    os.makedirs(out, exist_ok=True)
    labels = generate(args.seed, out)
    totals, type_counts, digest = self_check(out, labels)
    print('positives: %d  negatives: %d' % (totals['pos'], totals['neg']))
    print('languages: fr %d (pos %d / neg %d), en %d (pos %d / neg %d)' % (
        totals['lang:fr'], totals['pos_lang:fr'], totals['neg_lang:fr'],
        totals['lang:en'], totals['pos_lang:en'], totals['neg_lang:en']))
    print('types: ' + ', '.join('%s %d' % (t, type_counts[t]) for t in TYPE_ORDER))
    print('line endings: CRLF %d, LF %d' % (totals['eol:crlf'], totals['eol:lf']))
    print('charsets: ' + ', '.join('%s %d' % (k[8:], v) for k, v in sorted(totals.items()) if k.startswith('charset:')))
    print('transfer encodings: ' + ', '.join('%s %d' % (k[4:], v) for k, v in sorted(totals.items()) if k.startswith('cte:')))
    print('content types: ' + ', '.join('%s %d' % (k[3:], v) for k, v in sorted(totals.items()) if k.startswith('ct:')))
    print('sha256 digest: %s' % digest)
    return 0


if __name__ == '__main__':
    sys.exit(main())
