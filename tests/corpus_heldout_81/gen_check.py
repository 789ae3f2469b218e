"""Self-check: re-parse every file, decode every part, verify labels and identifiers, compute the digest."""
import base64
import email
import email.policy
import hashlib
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib
from collections import Counter

import docx
import openpyxl
from stdnum import luhn
from stdnum.ca import sin as sin_mod
from stdnum.be import nn as nn_mod
from stdnum.fr import nir as nir_mod

from gen_common import NAM_HOLDERS

TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
         'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']


# ----------------------------------------------------------------- PDF text
def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5C:  # backslash
            i += 1
            n = s[i]
            if 0x30 <= n <= 0x37:
                j = i
                while j < len(s) and j < i + 3 and 0x30 <= s[j] <= 0x37:
                    j += 1
                out.append(int(s[i:j], 8) & 0xFF)
                i = j
                continue
            out.append({ord('n'): 10, ord('r'): 13, ord('t'): 9, ord('b'): 8, ord('f'): 12}.get(n, n))
            i += 1
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    texts = []
    for m in re.finditer(rb'\d+ 0 obj((?:(?!endobj).)*?)stream\r?\n(.*?)endstream', data, re.S):
        d, s = m.group(1), m.group(2).rstrip(b'\r\n')
        if b'ASCII85Decode' in d:
            s = s.strip()
            if s.endswith(b'~>'):
                s = s[:-2]
            s = base64.a85decode(s)
        if b'FlateDecode' in d:
            try:
                s = zlib.decompress(s)
            except zlib.error:
                continue
        for t in re.finditer(rb'\(((?:[^()\\]|\\.)*)\)\s*Tj', s, re.S):
            texts.append(_pdf_unescape(t.group(1)).decode('cp1252', 'replace'))
    return '\n'.join(texts)


def docx_text(data):
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append(' | '.join(c.text for c in row.cells))
    cp = d.core_properties
    out += [cp.title or '', cp.author or '']
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
    n = (name or '').lower()
    if data[:4] == b'%PDF' or n.endswith('.pdf'):
        return pdf_text(data)
    if n.endswith('.docx'):
        return docx_text(data)
    if n.endswith('.xlsx'):
        return xlsx_text(data)
    if n.endswith('.zip') or data[:2] == b'PK':
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for zi in z.infolist():
            out.append(zi.filename)
            out.append(blob_text(zi.filename, z.read(zi.filename)))
        return '\n'.join(out)
    if n.endswith('.eml'):
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    for cs in ('utf-8', 'cp1252'):
        try:
            return data.decode(cs)
        except UnicodeDecodeError:
            pass
    return data.decode('latin-1')


def message_text(msg):
    out = []
    for part in msg.walk():
        for h in ('Subject', 'From', 'To', 'Cc'):
            if part.get(h):
                out.append(str(part.get(h)))
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith('text/') and not fn:
            out.append(part.get_content())
        elif ct.startswith('text/'):
            out.append(part.get_content())
        else:
            out.append(blob_text(fn, part.get_payload(decode=True)))
    return '\n'.join(out)


# ------------------------------------------------------------ id scanning
def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return s


def compact_alnum(s):
    return re.sub(r'[^0-9A-Za-z]', '', norm(s)).upper()


def digit_runs(s):
    s = norm(s)
    for m in re.finditer(r'\d(?:[ .\-/]{0,2}\d)+', s):
        yield re.sub(r'\D', '', m.group(0))


def windows(run, n):
    for i in range(len(run) - n + 1):
        yield run[i:i + n]


def find_valid(text, kind):
    for run in digit_runs(text):
        if kind == 'ca_sin':
            if any(sin_mod.is_valid(w) for w in windows(run, 9)):
                return True
        elif kind == 'ca_health_number':
            if any(luhn.is_valid(w) for w in windows(run, 10)):
                return True
        elif kind == 'be_niss':
            if any(nn_mod.is_valid(w) for w in windows(run, 11)):
                return True
        elif kind == 'fr_nir':
            if any(nir_mod.is_valid(w) for w in windows(run, 15)):
                return True
    return False


def holder_name_patterns():
    pats = []
    for p in NAM_HOLDERS:
        g, s = re.escape(p.given), re.escape(p.surname)
        pats.append(re.compile(rf'\b{g}\s+{s}\b|\b{s}\s*,?\s+{g}\b', re.I))
    return pats


def run(out_dir, verbose=True):
    with open(os.path.join(out_dir, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted(['positive/' + f for f in os.listdir(os.path.join(out_dir, 'positive'))] +
                   ['negative/' + f for f in os.listdir(os.path.join(out_dir, 'negative'))])
    errors = []
    if sorted(labels) != files:
        errors.append('labels do not cover exactly the files')
    nams = [p.nam for p in NAM_HOLDERS]
    pats = holder_name_patterns()
    lang_c, type_c = Counter(), Counter()
    for f in files:
        lab = labels.get(f, {})
        with open(os.path.join(out_dir, f), 'rb') as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        text = message_text(msg)
        comp = compact_alnum(text)
        has_nam = any(n in comp for n in nams)
        pos = f.startswith('positive/')
        lang_c[(pos, lab.get('lang'))] += 1
        if lab.get('confidential') != pos:
            errors.append(f'{f}: confidential flag')
        types = lab.get('types', [])
        for t in types:
            if t not in TYPES:
                errors.append(f'{f}: unknown type {t}')
            type_c[t] += 1
        if pos and not types:
            errors.append(f'{f}: positive without types')
        if not pos and types:
            errors.append(f'{f}: negative with types')
        if ('ramq_nam' in types) != has_nam:
            errors.append(f'{f}: NAM presence {has_nam} vs label')
        for t in ('ca_sin', 'ca_health_number', 'be_niss', 'fr_nir'):
            if t in types and not find_valid(text, t):
                errors.append(f'{f}: no valid {t} found')
        if not pos:
            for pat in pats:
                if pat.search(norm(text)):
                    errors.append(f'{f}: NAM holder name {pat.pattern[:30]}')
                    break
    digest = hashlib.sha256()
    for f in sorted(files + ['labels.json']):
        with open(os.path.join(out_dir, f), 'rb') as fh:
            digest.update(f.encode() + b'\0' + fh.read() + b'\0')
    if verbose:
        npos = sum(1 for f in files if f.startswith('positive/'))
        print(f'files: {len(files)} (positive {npos}, negative {len(files) - npos})')
        print('languages:', {('pos' if k[0] else 'neg') + '/' + str(k[1]): v for k, v in sorted(lang_c.items(), key=str)})
        print('types:', dict(sorted(type_c.items())))
        print('errors:', len(errors))
        for e in errors[:40]:
            print('  ', e)
        print('sha256:', digest.hexdigest())
    return errors, digest.hexdigest(), lang_c, type_c
