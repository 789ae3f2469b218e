"""Self-check: re-parse every .eml, decode every part and attachment, verify labels."""
import base64
import collections
import email
import email.policy
import hashlib
import html
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_common as C

TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
         'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']


# --------------------------------------------------------------------------
# Decoders
# --------------------------------------------------------------------------
def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5c and i + 1 < len(s):
            n = s[i + 1]
            m = re.match(rb'[0-7]{1,3}', s[i + 1:i + 4])
            if m:
                out.append(int(m.group(0), 8) & 0xff)
                i += 1 + len(m.group(0))
                continue
            out.append({0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    chunks = []
    for m in re.finditer(rb'<<(.*?)>>\s*stream\r?\n(.*?)endstream', data, re.S):
        d, s = m.group(1), m.group(2)
        try:
            if b'ASCII85Decode' in d:
                s = s.strip()
                if s.endswith(b'~>'):
                    s = s[:-2]
                s = base64.a85decode(s)
            if b'FlateDecode' in d:
                s = zlib.decompress(s)
        except Exception:
            continue
        for sm in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', s, re.S):
            chunks.append(_pdf_unescape(sm.group(1)).decode('cp1252', 'replace'))
    for m in re.finditer(rb'/(Title|Author|Subject)\s*\(((?:\\.|[^\\)])*)\)', data):
        chunks.append(_pdf_unescape(m.group(2)).decode('cp1252', 'replace'))
    return '\n'.join(chunks)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append(' | '.join(c.text for c in row.cells))
    out.append(d.core_properties.title or '')
    return '\n'.join(out)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(' | '.join('' if v is None else str(v) for v in row))
    return '\n'.join(out)


def unfold_ical(t):
    t = t.replace('\r\n ', '').replace('\n ', '')
    return t.replace('\\n', '\n').replace('\\,', ',').replace('\\;', ';').replace('\\\\', '\\')


def html_text(t):
    t = re.sub(r'(?is)<(script|style)[^>]*>.*?</\1>', ' ', t)
    t = re.sub(r'(?i)<br\s*/?>|</p>|</tr>|</div>|</li>', '\n', t)
    t = re.sub(r'(?i)</td>', ' | ', t)
    t = re.sub(r'<[^>]+>', '', t)
    return html.unescape(t)


def decode_blob(name, data, ctype=''):
    n = (name or '').lower()
    if n.endswith('.pdf') or ctype == 'application/pdf':
        return pdf_text(data)
    if n.endswith('.docx'):
        return docx_text(data)
    if n.endswith('.xlsx'):
        return xlsx_text(data)
    if n.endswith('.zip') or ctype == 'application/zip':
        out = []
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for info in z.infolist():
                out.append(info.filename)
                out.append(decode_blob(info.filename, z.read(info.filename)))
        return '\n'.join(out)
    if n.endswith('.eml'):
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    if n.endswith(('.png', '.jpg', '.jpeg')) or ctype.startswith('image/'):
        return ''
    for enc in ('utf-8-sig', 'cp1252'):
        try:
            t = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    if n.endswith(('.ics', '.vcf')) or 'calendar' in ctype or 'vcard' in ctype:
        t = unfold_ical(t)
    if n.endswith(('.htm', '.html')):
        t = html_text(t)
    return t


def message_text(msg):
    out = []
    for k in ('From', 'To', 'Cc', 'Subject'):
        for v in msg.get_all(k, []):
            out.append(str(v))
    for part in msg.iter_parts() if msg.is_multipart() else [msg]:
        out.append(part_text(part))
    return '\n'.join(out)


def part_text(part):
    ctype = part.get_content_type()
    if ctype == 'message/rfc822':
        inner = part.get_content()
        fn = part.get_filename() or ''
        return fn + '\n' + message_text(inner)
    if part.is_multipart():
        return '\n'.join(part_text(p) for p in part.iter_parts())
    fn = part.get_filename() or ''
    if part.get_content_maintype() == 'text' and not fn.lower().endswith(('.csv', '.ics', '.vcf')):
        t = part.get_content()
        if ctype == 'text/html':
            t = html_text(t)
        elif ctype == 'text/calendar':
            t = unfold_ical(t)
        return fn + '\n' + t
    data = part.get_payload(decode=True)
    return fn + '\n' + decode_blob(fn, data, ctype)


# --------------------------------------------------------------------------
# Finders
# --------------------------------------------------------------------------
def norm(t):
    return unicodedata.normalize('NFKC', t)


def compact_alnum(t):
    return re.sub(r'[^0-9A-Z]', '', norm(t).upper())


def name_norm(t):
    t = C.strip_accents(norm(t)).lower()
    t = re.sub(r'[\s\u00a0]+', ' ', t)
    return t


def digit_runs(t):
    t = norm(t)
    joined = re.sub(r'(?<=[0-9A-Za-z])[ .\-/\u00a0]{1,2}(?=[0-9])', '', t)
    runs = set(re.findall(r'(?<![0-9])[0-9]+(?![0-9])', t)) | set(re.findall(r'(?<![0-9])[0-9]+(?![0-9])', joined))
    nir_like = set(re.findall(r'(?<![0-9A-Z])[12][0-9]{4}(?:[0-9]{2}|2A|2B)[0-9]{8}(?![0-9])', joined.upper()))
    return runs, nir_like


def find_ids(t):
    runs, nir_like = digit_runs(t)
    found = collections.defaultdict(set)
    for r in runs:
        if len(r) == 9 and ca_sin.is_valid(r):
            found['ca_sin'].add(r)
        if len(r) == 10 and luhn.is_valid(r):
            found['ca_health_number'].add(r)
        if len(r) == 11 and be_nn.is_valid(r):
            found['be_niss'].add(r)
        if len(r) == 15 and fr_nir.is_valid(r):
            found['fr_nir'].add(r)
    for r in nir_like:
        if fr_nir.is_valid(r):
            found['fr_nir'].add(r)
    return found


def name_forms(p):
    g, s = name_norm(p.given), name_norm(p.surname)
    return ['%s %s' % (g, s), '%s %s' % (s, g), '%s, %s' % (s, g)]


# --------------------------------------------------------------------------
def run(out_dir, holders, verbose=True):
    labels = json.load(open(os.path.join(out_dir, 'labels.json'), encoding='utf-8'))
    files = sorted(['positive/' + f for f in os.listdir(os.path.join(out_dir, 'positive')) if f.endswith('.eml')] +
                   ['negative/' + f for f in os.listdir(os.path.join(out_dir, 'negative')) if f.endswith('.eml')])
    errors = []
    if sorted(labels) != files:
        errors.append('labels do not cover exactly the files')
    nams = {h.nam: h for h in holders}
    type_counts = collections.Counter()
    lang_counts = collections.Counter()
    transports = collections.Counter()
    for f in files:
        raw = open(os.path.join(out_dir, f), 'rb').read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        lab = labels.get(f, {})
        try:
            text = message_text(msg)
        except Exception as e:  # pragma: no cover
            errors.append('%s: decode error %r' % (f, e))
            continue
        for part in msg.walk():
            transports['ct:' + part.get_content_type()] += 1
            cte = part.get('Content-Transfer-Encoding')
            if cte:
                transports['cte:' + str(cte).lower()] += 1
            cs = part.get_content_charset()
            if cs and part.get_content_maintype() == 'text':
                transports['cs:' + cs] += 1
        transports['eol:' + ('crlf' if b'\r\n' in raw else 'lf')] += 1
        if b'=?' in raw.split(b'\n\n')[0] or b'=?' in raw.split(b'\r\n\r\n')[0]:
            transports['rfc2047'] += 1
        if b"*=utf-8''" in raw or b"*0*=utf-8''" in raw:
            transports['rfc2231'] += 1
        comp = compact_alnum(text)
        present = [n for n in nams if n in comp]
        types = lab.get('types', [])
        lang_counts[(f.split('/')[0], lab.get('lang'))] += 1
        if f.startswith('positive/'):
            if not lab.get('confidential') or not types:
                errors.append('%s: positive without types' % f)
            if any(t not in TYPES for t in types):
                errors.append('%s: unknown type' % f)
            if bool(present) != ('ramq_nam' in types):
                errors.append('%s: NAM presence %s vs label' % (f, present))
            ids = find_ids(text)
            for t in ('ca_sin', 'ca_health_number', 'be_niss', 'fr_nir'):
                if t in types and not ids.get(t):
                    errors.append('%s: label %s without a valid number' % (f, t))
            nt = name_norm(text)
            for n in present:
                h = nams[n]
                if not any(x in nt for x in name_forms(h)) and 'patient_name' in types and \
                        name_norm(h.surname) not in nt:
                    errors.append('%s: NAM %s without its holder' % (f, n))
            for t in types:
                type_counts[t] += 1
        else:
            if lab.get('confidential') or types:
                errors.append('%s: negative with types' % f)
            if present:
                errors.append('%s: NAM in negative' % f)
            nt = name_norm(text)
            for h in holders:
                for form in name_forms(h):
                    if re.search(r'(?<![a-z])%s(?![a-z])' % re.escape(form), nt):
                        errors.append('%s: NAM holder name %s in negative' % (f, form))
    digest = corpus_digest(out_dir, files)
    if verbose:
        npos = sum(1 for f in files if f.startswith('positive/'))
        print('files: %d (positive %d, negative %d)' % (len(files), npos, len(files) - npos))
        print('languages:', dict(sorted(('%s/%s' % k, v) for k, v in lang_counts.items())))
        print('types:', dict(sorted(type_counts.items())))
        print('transports:', dict(sorted(transports.items())))
        print('errors: %d' % len(errors))
        for e in errors[:40]:
            print('  ', e)
        print('sha256:', digest)
    return errors, digest, lang_counts, type_counts, transports


def corpus_digest(out_dir, files=None):
    if files is None:
        files = sorted(['positive/' + f for f in os.listdir(os.path.join(out_dir, 'positive')) if f.endswith('.eml')] +
                       ['negative/' + f for f in os.listdir(os.path.join(out_dir, 'negative')) if f.endswith('.eml')])
    paths = sorted(files + ['labels.json'])
    h = hashlib.sha256()
    for p in paths:
        h.update(p.encode('utf-8') + b'\0' + open(os.path.join(out_dir, p), 'rb').read() + b'\0')
    return h.hexdigest()
