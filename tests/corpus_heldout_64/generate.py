#!/usr/bin/env python3
"""Generate a labelled corpus of synthetic outbound hospital e-mail (oncology, palliative care,
hospital pharmacy) for DLP evaluation.

    python generate.py [--out DIR] [--seed N]

Writes positive/pNNN_<category>.eml (120), negative/nNNN_<category>.eml (180) and labels.json,
then self-checks every file and prints counts and a sha256 digest.
"""
import argparse
import base64
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
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as C  # noqa: E402
from gen_neg1 import NEG1  # noqa: E402
from gen_neg2 import NEG2  # noqa: E402
from gen_pos1 import POS1  # noqa: E402
from gen_pos2 import POS2  # noqa: E402
from gen_scen import Ctx  # noqa: E402

DEFAULT_SEED = 6464
N_POS, N_NEG = 120, 180
TYPES = {'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
         'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information'}
FR_BIASED = {'p_belgium': 0.8, 'p_france': 0.8, 'p_ontario': 0.25}


def plan(rng, funcs, n):
    seq = []
    while len(seq) + len(funcs) <= n:
        seq.extend(funcs)
    seq.extend(rng.sample(funcs, n - len(seq)))
    rng.shuffle(seq)
    return seq


def build(out, seed):
    rng = random.Random(seed)
    ctx = Ctx(rng)
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            if fn.endswith('.eml'):
                os.remove(os.path.join(d, fn))
    labels = {}
    for kind, funcs, n, prefix in (('positive', POS1 + POS2, N_POS, 'p'), ('negative', NEG1 + NEG2, N_NEG, 'n')):
        for i, f in enumerate(plan(rng, funcs, n), 1):
            lang = 'fr' if rng.random() < FR_BIASED.get(f.__name__, 0.55) else 'en'
            res = f(ctx, lang)
            rel = '%s/%s%03d_%s.eml' % (kind, prefix, i, res.category)
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(res.mail.to_bytes())
            labels[rel] = {'confidential': kind == 'positive', 'types': sorted(res.types), 'lang': lang, 'note': res.note}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    return labels


# ------------------------------------------------------------------ self-check
def _xml_text(blob):
    return re.sub(r'<[^>]+>', ' ', blob.decode('utf-8', 'replace'))


def _pdf_unescape(b):
    b = re.sub(rb'\\([0-7]{1,3})', lambda m: bytes([int(m.group(1), 8)]), b)
    return re.sub(rb'\\(.)', lambda m: m.group(1), b).decode('cp1252', 'replace')


def _pdf_text(blob):
    """Text shown by Tj operators in every (ASCII85/Flate) content stream."""
    out = []
    for head, data in re.findall(rb'<<(.*?)>>\s*stream\r?\n(.*?)endstream', blob, re.S):
        if b'/ASCII85Decode' in head:
            data = data.strip()
            if data.endswith(b'~>'):
                data = data[:-2]
            data = base64.a85decode(data, adobe=False)
        if b'/FlateDecode' in head:
            data = zlib.decompress(data)
        out += [_pdf_unescape(m) for m in re.findall(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', data)]
    return ' '.join(out)


def attachment_text(name, ctype, blob):
    """Decode an attachment enough to check its content; raises on corrupt containers."""
    name = (name or '').lower()
    if blob[:4] == b'PK\x03\x04':
        z = zipfile.ZipFile(io.BytesIO(blob))
        assert z.testzip() is None, name
        out = [n for n in z.namelist()]
        for n in z.namelist():
            data = z.read(n)
            if n.endswith('.xml'):
                out.append(_xml_text(data))
            elif not name.endswith(('.docx', '.xlsx')):
                out.append(attachment_text(n, '', data))
        return ' '.join(out)
    if blob[:5] == b'%PDF-':
        assert blob.rstrip().endswith(b'%%EOF'), name
        return _pdf_text(blob)
    if blob[:8] == b'\x89PNG\r\n\x1a\n':
        return ''
    if ctype.startswith('text/') or name.endswith(('.csv', '.ics', '.vcf', '.txt')):
        if blob[:3] == b'\xef\xbb\xbf':
            blob = blob[3:]
        try:
            return blob.decode('utf-8')
        except UnicodeDecodeError:
            return blob.decode('cp1252')
    raise AssertionError('unknown attachment type %s %s' % (name, ctype))


def message_text(msg):
    """All decoded text of a message, including headers, file names, nested messages and attachments."""
    out = [str(msg.get('Subject', '')), str(msg.get('From', '')), str(msg.get('To', ''))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            if ct == 'message/rfc822':
                inner = part.get_payload(0)
                out += [str(inner.get('Subject', '')), str(inner.get('From', ''))]
            continue
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ct in ('text/plain', 'text/html') and part.get_content_disposition() != 'attachment':
            txt = part.get_content()
            assert isinstance(txt, str)
            out.append(txt)
        else:
            blob = part.get_payload(decode=True)
            assert blob, 'empty part %s' % ct
            out.append(attachment_text(fn, ct, blob))
    return '\n'.join(out)


def self_check(out, labels):
    files = sorted('%s/%s' % (sub, fn) for sub in ('positive', 'negative')
                   for fn in os.listdir(os.path.join(out, sub)) if fn.endswith('.eml'))
    assert files == sorted(labels), 'labels do not cover exactly the files'
    nams = [p.ids['ramq_nam'] for p in C.load_nam_people()]
    counts = {'positive': 0, 'negative': 0}
    by_lang = {}
    for rel in files:
        lab = labels[rel]
        with open(os.path.join(out, rel), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg['Subject'] is not None and msg['From'] is not None and msg['Date'] is not None, rel
        text = message_text(msg)
        flat = re.sub(r'[\s\-.]', '', text).upper()
        has_nam = any(n in flat for n in nams)
        kind = rel.split('/')[0]
        assert lab['lang'] in ('en', 'fr'), rel
        if kind == 'positive':
            assert lab['confidential'] is True and lab['types'], rel
            assert set(lab['types']) <= TYPES, rel
            assert has_nam == ('ramq_nam' in lab['types']), 'NAM label mismatch in %s' % rel
        else:
            assert lab['confidential'] is False and lab['types'] == [], rel
            assert not has_nam, 'NAM in negative %s' % rel
        counts[kind] += 1
        by_lang[(kind, lab['lang'])] = by_lang.get((kind, lab['lang']), 0) + 1
    assert counts == {'positive': N_POS, 'negative': N_NEG}, counts
    h = hashlib.sha256()
    for rel in files + ['labels.json']:
        with open(os.path.join(out, rel), 'rb') as fh:
            data = fh.read()
        h.update(rel.encode('utf-8') + b'\0' + hashlib.sha256(data).digest())
    return counts, by_lang, h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    a = ap.parse_args()
    labels = build(a.out, a.seed)
    counts, by_lang, digest = self_check(a.out, labels)
    print('positives: %d  negatives: %d' % (counts['positive'], counts['negative']))
    for k in sorted(by_lang):
        print('  %s %s: %d' % (k[0], k[1], by_lang[k]))
    print('sha256: %s' % digest)


if __name__ == '__main__':
    main()
