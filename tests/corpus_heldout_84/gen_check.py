"""Self-check: re-parse every file, decode every part and attachment, verify the labels."""
import email
import email.policy
import hashlib
import html as htmlmod
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib

import docx
import openpyxl
from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import ssn as be_ssn
from stdnum.fr import nir as fr_nir

from gen_common import load_nam_holders, strip_accents

TYPES = {'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth',
         'patient_name', 'diagnosis', 'medication', 'lab_result', 'patient_contact',
         'social_information'}


# ---------------------------------------------------------------- decoders

def _pdf_unescape(b):
    out = bytearray()
    i = 0
    while i < len(b):
        c = b[i]
        if c == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                digits = b''
                while j < len(b) and len(digits) < 3 and 0x30 <= b[j] <= 0x37:
                    digits += bytes([b[j]])
                    j += 1
                out.append(int(digits, 8) & 0xFF)
                i = j
                continue
            out.append({ord('n'): 10, ord('r'): 13, ord('t'): 9, ord('b'): 8, ord('f'): 12}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    texts = []
    for m in re.finditer(rb'<<(.*?)>>\s*stream\r?\n(.*?)\r?\nendstream', data, re.S):
        d, s = m.group(1), m.group(2)
        if b'FlateDecode' in d:
            try:
                s = zlib.decompress(s)
            except zlib.error:
                continue
        if b'ASCII85Decode' in d:
            continue
        for t in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', s, re.S):
            texts.append(_pdf_unescape(t.group(1)).decode('cp1252', 'replace'))
    return '\n'.join(texts)


def docx_text(data):
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append(' | '.join(c.text for c in row.cells))
    return '\n'.join(out)


def xlsx_text(data):
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(' | '.join('' if v is None else str(v) for v in row))
    return '\n'.join(out)


def blob_text(name, data):
    low = (name or '').lower()
    if low.endswith('.pdf') or data[:5] == b'%PDF-':
        return pdf_text(data)
    if low.endswith('.docx'):
        return docx_text(data)
    if low.endswith('.xlsx'):
        return xlsx_text(data)
    if low.endswith('.zip'):
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for n in z.namelist():
            out.append(n)
            out.append(blob_text(n, z.read(n)))
        return '\n'.join(out)
    if low.endswith('.eml'):
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    for cs in ('utf-8', 'cp1252'):
        try:
            return data.decode(cs)
        except UnicodeDecodeError:
            pass
    return ''


def _headers(msg):
    out = []
    for k in ('Subject', 'From', 'To', 'Cc'):
        v = msg.get(k)
        if v is not None:
            out.append(str(v))
    return out


def message_text(msg):
    out = _headers(msg)
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            fn = part.get_filename()
            if fn:
                out.append(fn)
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) else inner
            out.extend(_headers(inner))
            continue
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if part.get_content_maintype() == 'text':
            t = part.get_content()
            if ct == 'text/html':
                t = htmlmod.unescape(re.sub(r'<[^>]+>', ' ', t))
            out.append(t)
        else:
            out.append(blob_text(fn, part.get_payload(decode=True)))
    return '\n'.join(out)


# ---------------------------------------------------------------- finders

def norm(text):
    return unicodedata.normalize('NFKC', text)


def find_nams(text, nams):
    compact = re.sub(r'[\s.\-/]', '', norm(text)).upper()
    return {n for n in nams if n in compact}


def _digit_runs(text):
    text = norm(text)
    return [re.sub(r'\D', '', m.group(0))
            for m in re.finditer(r'\d(?:[ .\-/]{0,2}\d)+', text)]


def has_valid(kind, text):
    for run in _digit_runs(text):
        if kind == 'ca_sin' and len(run) == 9 and ca_sin.is_valid(run):
            return True
        if kind == 'ca_health_number' and len(run) == 10 and luhn.is_valid(run):
            return True
        if kind == 'be_niss' and len(run) == 11 and be_ssn.is_valid(run):
            return True
        if kind == 'fr_nir' and len(run) == 15 and fr_nir.is_valid(run):
            return True
    return False


def fold(s):
    return strip_accents(norm(s)).casefold()


def holder_name_in(text, holders):
    t = ' '.join(re.split(r'[\s,]+', fold(text)))
    hits = []
    for p in holders:
        g, s = fold(p.given), fold(p.surname)
        for pat in (g + ' ' + s, s + ' ' + g):
            if re.search(r'(?<![a-z])' + re.escape(pat) + r'(?![a-z])', t):
                hits.append(p.full)
    return hits


# ---------------------------------------------------------------- main check

def digest(outdir):
    paths = ['labels.json']
    for sub in ('positive', 'negative'):
        paths += [sub + '/' + f for f in os.listdir(os.path.join(outdir, sub)) if f.endswith('.eml')]
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(p.encode('utf-8') + b'\0')
        with open(os.path.join(outdir, p), 'rb') as fh:
            h.update(fh.read())
        h.update(b'\0')
    return h.hexdigest()


def run(outdir, must=None, quiet=False):
    with open(os.path.join(outdir, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    holders = load_nam_holders()
    nams = {p.nam for p in holders}
    files = sorted('%s/%s' % (sub, f) for sub in ('positive', 'negative')
                   for f in os.listdir(os.path.join(outdir, sub)) if f.endswith('.eml'))
    errors = []
    if sorted(labels) != files:
        errors.append('labels do not cover exactly the files')
    counts = {'files': 0, 'positive': 0, 'negative': 0, 'fr': 0, 'en': 0}
    tcount = {t: 0 for t in sorted(TYPES)}
    for f in files:
        lab = labels.get(f)
        if lab is None:
            continue
        with open(os.path.join(outdir, f), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            errors.append('%s: top-level defects %r' % (f, msg.defects))
        for part in msg.walk():
            if part.defects:
                errors.append('%s: part defects %r' % (f, part.defects))
        text = message_text(msg)
        counts['files'] += 1
        counts[lab['lang']] += 1
        pos = f.startswith('positive/')
        counts['positive' if pos else 'negative'] += 1
        if lab['confidential'] != pos:
            errors.append('%s: confidential flag' % f)
        types = lab['types']
        if set(types) - TYPES:
            errors.append('%s: unknown type %r' % (f, types))
        if pos and not types:
            errors.append('%s: positive without types' % f)
        if not pos and types:
            errors.append('%s: negative with types' % f)
        for t in types:
            tcount[t] += 1
        found = find_nams(text, nams)
        if ('ramq_nam' in types) != bool(found):
            errors.append('%s: NAM presence %r vs label' % (f, sorted(found)))
        for kind in ('ca_sin', 'ca_health_number', 'be_niss', 'fr_nir'):
            if kind in types and not has_valid(kind, text):
                errors.append('%s: no valid %s' % (f, kind))
        if not pos:
            hits = holder_name_in(text, holders)
            if hits:
                errors.append('%s: NAM holder name in negative %r' % (f, hits))
        for m in (must or {}).get(f, []):
            if fold(m) not in fold(text):
                errors.append('%s: expected %r after decoding' % (f, m))
    dg = digest(outdir)
    if not quiet:
        print('files: %(files)d  positive: %(positive)d  negative: %(negative)d  fr: %(fr)d  en: %(en)d' % counts)
        print('types: ' + ', '.join('%s=%d' % kv for kv in tcount.items()))
        print('sha256: ' + dg)
    for e in errors:
        print('ERROR ' + e)
    return errors, counts, tcount, dg
