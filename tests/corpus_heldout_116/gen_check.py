"""Self-check: re-parse every file, decode every part (PDF, DOCX, XLSX, ZIP, ICS, vCard, attached
messages), verify labels and identifiers, then print counts and the digest."""
import base64
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
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

import gen_ids

TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
         'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']


# ------------------------------------------------------------------ decoders
def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                oct_digits = b''
                while j < len(s) and len(oct_digits) < 3 and 0x30 <= s[j] <= 0x37:
                    oct_digits += bytes([s[j]])
                    j += 1
                out.append(int(oct_digits, 8) & 0xFF)
                i = j
                continue
            out.append({ord('n'): 10, ord('r'): 13, ord('t'): 9, ord('b'): 8, ord('f'): 12}.get(n, n))
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out)


def pdf_text(data):
    chunks = []
    for m in re.finditer(rb'stream\r?\n(.*?)\r?\n?endstream', data, re.S):
        raw = m.group(1)
        head = data[max(0, m.start() - 200):m.start()]
        if b'ASCII85Decode' in head.split(b'obj')[-1]:
            a = raw.strip()
            if a.endswith(b'~>'):
                a = a[:-2]
            try:
                raw = base64.a85decode(re.sub(rb'\s', b'', a))
            except ValueError:
                pass
        try:
            raw = zlib.decompress(raw)
        except zlib.error:
            pass
        chunks.append(raw)
    out = []
    for c in chunks:
        for s in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', c, re.S):
            out.append(_pdf_unescape(s.group(1)).decode('cp1252', 'replace'))
    info = re.findall(rb'/(?:Title|Author|Subject)\s*\(((?:\\.|[^\\)])*)\)', data)
    out += [_pdf_unescape(x).decode('cp1252', 'replace') for x in info]
    return '\n'.join(out)


def docx_text(data):
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append(' | '.join(c.text for c in row.cells))
    for s in d.sections:
        out += [p.text for p in s.header.paragraphs]
    cp = d.core_properties
    out += [cp.title or '', cp.author or '']
    return '\n'.join(out)


def xlsx_text(data):
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(' | '.join('' if v is None else str(v) for v in row))
    return '\n'.join(out)


def _bytes_text(data):
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
    try:
        return data.decode('utf-8')
    except UnicodeDecodeError:
        return data.decode('cp1252', 'replace')


def unfold_card(text):
    text = re.sub(r'\r?\n[ \t]', '', text)
    return text.replace('\\n', '\n').replace('\\,', ',').replace('\\;', ';').replace('\\\\', '\\')


def file_text(name, data):
    low = name.lower()
    if low.endswith('.pdf') or data.startswith(b'%PDF'):
        return pdf_text(data)
    if low.endswith('.docx'):
        return docx_text(data)
    if low.endswith('.xlsx'):
        return xlsx_text(data)
    if low.endswith('.zip') or data.startswith(b'PK\x03\x04'):
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(file_text(info.filename, z.read(info.filename)))
        return '\n'.join(out)
    if low.endswith('.eml'):
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    if low.endswith(('.ics', '.vcf')):
        return unfold_card(_bytes_text(data))
    return _bytes_text(data)


def html_to_text(h):
    h = re.sub(r'(?is)<(style|script)[^>]*>.*?</\1>', ' ', h)
    h = re.sub(r'(?i)<br\s*/?>|</p>|</div>|</tr>|</td>|</th>', '\n', h)
    h = re.sub(r'<[^>]+>', ' ', h)
    return htmlmod.unescape(h)


def message_text(msg):
    out = []
    for k in ('From', 'To', 'Cc', 'Subject', 'Reply-To'):
        if msg[k]:
            out.append(str(msg[k]))
    out.append(part_text(msg, top=True))
    return '\n'.join(out)


def part_text(part, top=False):
    ctype = part.get_content_type()
    if ctype == 'message/rfc822':
        out = []
        if part.get_filename():
            out.append(part.get_filename())
        inner = part.get_content()
        out.append(message_text(inner))
        return '\n'.join(out)
    if part.is_multipart():
        return '\n'.join(part_text(p) for p in part.iter_parts())
    out = []
    fn = part.get_filename()
    if fn:
        out.append(fn)
    if ctype.startswith('text/'):
        content = part.get_content()
        if ctype == 'text/html':
            content = html_to_text(content)
        elif ctype in ('text/calendar', 'text/vcard', 'text/x-vcard'):
            content = unfold_card(content)
        out.append(content)
    else:
        data = part.get_content()
        out.append(file_text(fn or '', data))
    return '\n'.join(out)


# ------------------------------------------------------------------ identifier finders
SEP = r'[ \u00a0.\-/]?'


def norm(text):
    return unicodedata.normalize('NFKC', text)


def find_nams(text, nams):
    flat = re.sub(r'[\s.\-/_]', '', norm(text)).upper()
    return sorted(n for n in nams if n in flat)


def find_sins(text):
    t = norm(text)
    found = set()
    for m in re.finditer(r'(?<![\d])(\d{3})%s(\d{3})%s(\d{3})(?![\d])' % (SEP, SEP), t):
        n = ''.join(m.groups())
        if ca_sin.is_valid(n):
            found.add(n)
    return found


def find_ohns(text):
    t = norm(text)
    found = set()
    for m in re.finditer(r'(?<![\d])(\d{4})%s(\d{3})%s(\d{3})(?![\d])' % (SEP, SEP), t):
        n = ''.join(m.groups())
        if luhn.is_valid(n):
            found.add(n)
    return found


def find_niss(text):
    t = norm(text)
    found = set()
    for m in re.finditer(r'(?<![\d])(\d{2})%s(\d{2})%s(\d{2})%s(\d{3})%s(\d{2})(?![\d])' % (SEP, SEP, SEP, SEP), t):
        n = ''.join(m.groups())
        if be_nn.is_valid(n):
            found.add(n)
    return found


def find_nirs(text):
    t = norm(text)
    found = set()
    for m in re.finditer(r'(?<![\dA-Z])([12]) ?(\d{2}) ?(\d{2}) ?(\d{2}|2A|2B) ?(\d{3}) ?(\d{3}) ?(\d{2})(?![\d])', t):
        n = ''.join(m.groups())
        if fr_nir.is_valid(n):
            found.add(n)
    return found


FINDERS = {'ca_sin': find_sins, 'ca_health_number': find_ohns, 'be_niss': find_niss, 'fr_nir': find_nirs}


def fold(s):
    s = unicodedata.normalize('NFKD', norm(s))
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()


def holder_name_hits(text, holders):
    t = fold(text)
    t = re.sub(r'\s+', ' ', t)
    hits = []
    for h in holders:
        g, s = fold(h.given), fold(h.surname)
        pats = [r'\b%s %s\b' % (re.escape(g), re.escape(s)), r'\b%s,? %s\b' % (re.escape(s), re.escape(g))]
        if any(re.search(p, t) for p in pats):
            hits.append('%s %s' % (h.given, h.surname))
        elif re.search(r'\b%s\b' % re.escape(s), t):
            hits.append('surname:%s' % h.surname)
    return hits


# ------------------------------------------------------------------ main check
def digest(out_dir):
    paths = []
    for sub in ('positive', 'negative'):
        for f in os.listdir(os.path.join(out_dir, sub)):
            if f.endswith('.eml'):
                paths.append('%s/%s' % (sub, f))
    paths.append('labels.json')
    h = hashlib.sha256()
    for p in sorted(paths):
        with open(os.path.join(out_dir, p), 'rb') as fh:
            data = fh.read()
        h.update(p.encode('utf-8') + b'\0' + data + b'\0')
    return h.hexdigest()


def run(out_dir, recorded=None, verbose=True):
    errors = []
    warnings = []
    with open(os.path.join(out_dir, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = []
    for sub in ('positive', 'negative'):
        files += ['%s/%s' % (sub, f) for f in sorted(os.listdir(os.path.join(out_dir, sub))) if f.endswith('.eml')]
    if sorted(files) != sorted(labels):
        errors.append('labels do not cover exactly the files')
    holders = gen_ids.load_holders()
    nams = [h.nam for h in holders]
    counts = {'positive': 0, 'negative': 0}
    langs = {}
    types = {t: 0 for t in TYPES}
    for f in files:
        lab = labels.get(f, {})
        with open(os.path.join(out_dir, f), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        try:
            text = message_text(msg)
        except Exception as e:  # noqa
            errors.append('%s: decode failed: %r' % (f, e))
            continue
        pos = f.startswith('positive/')
        counts['positive' if pos else 'negative'] += 1
        langs[(pos, lab.get('lang'))] = langs.get((pos, lab.get('lang')), 0) + 1
        if lab.get('confidential') is not pos:
            errors.append('%s: confidential flag wrong' % f)
        ts = lab.get('types', [])
        if any(t not in TYPES for t in ts):
            errors.append('%s: unknown type' % f)
        if pos and not ts:
            errors.append('%s: positive without types' % f)
        if not pos and ts:
            errors.append('%s: negative with types' % f)
        for t in ts:
            types[t] += 1
        found_nams = find_nams(text, nams)
        if 'ramq_nam' in ts and not found_nams:
            errors.append('%s: labelled ramq_nam but no NAM found' % f)
        if 'ramq_nam' not in ts and found_nams:
            errors.append('%s: NAM found but not labelled' % f)
        if recorded and f in recorded and 'ramq_nam' in recorded[f]:
            if sorted(set(recorded[f]['ramq_nam'])) != found_nams:
                errors.append('%s: recorded NAMs differ from decoded' % f)
        for typ, finder in FINDERS.items():
            found = finder(text)
            if typ in ts:
                if not found:
                    errors.append('%s: labelled %s but no valid number decoded' % (f, typ))
                if recorded and f in recorded:
                    for n in recorded[f].get(typ, []):
                        if n not in found:
                            errors.append('%s: recorded %s %s not found' % (f, typ, n))
            elif found and pos:
                warnings.append('%s: unlabelled valid-looking %s' % (f, typ))
        if not pos:
            hits = holder_name_hits(text, holders)
            if hits:
                errors.append('%s: NAM holder name in negative: %s' % (f, hits))
    dg = digest(out_dir)
    if verbose:
        print('files: %d (positive %d, negative %d)' % (len(files), counts['positive'], counts['negative']))
        for (pos, lang), n in sorted(langs.items(), key=lambda x: (not x[0][0], x[0][1])):
            print('  %s %s: %d' % ('positive' if pos else 'negative', lang, n))
        print('types (positives containing each):')
        for t in TYPES:
            print('  %-20s %d' % (t, types[t]))
        for w in warnings:
            print('WARNING', w)
        for e in errors:
            print('ERROR', e)
        print('sha256 digest:', dg)
    return dict(errors=errors, warnings=warnings, counts=counts, langs=langs, types=types, digest=dg)
