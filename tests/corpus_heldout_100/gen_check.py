"""Self-check: re-parse every file, decode every part, verify labels, print counts + digest."""
import base64
import collections
import email
import email.policy
import hashlib
import html.parser
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

from gen_ids import NAM_HOLDERS, strip_accents

TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth',
         'patient_name', 'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']


class _Strip(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_data(self, d):
        self.out.append(d)

    def handle_starttag(self, tag, attrs):
        if tag in ('br', 'p', 'div', 'tr', 'li', 'td', 'th', 'blockquote'):
            self.out.append(' \n' if tag != 'td' else ' | ')


def html_text(s):
    p = _Strip()
    p.feed(s)
    p.close()
    return ''.join(p.out)


def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                k = j
                while k < len(s) and k < j + 3 and 0x30 <= s[k] <= 0x37:
                    k += 1
                out.append(int(s[j:k], 8) & 0xFF)
                i = k
                continue
            out.append({ord('n'): 10, ord('r'): 13, ord('t'): 9, ord('b'): 8, ord('f'): 12}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    chunks = []
    for m in re.finditer(rb'<<(.*?)>>\s*stream\r?\n(.*?)endstream', data, re.S):
        d, raw = m.group(1), m.group(2)
        try:
            if b'ASCII85Decode' in d:
                raw = raw.strip()
                if raw.endswith(b'~>'):
                    raw = raw[:-2]
                raw = base64.a85decode(raw)
            if b'FlateDecode' in d:
                raw = zlib.decompress(raw)
        except Exception:
            continue
        for t in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', raw, re.S):
            chunks.append(_pdf_unescape(t.group(1)).decode('cp1252', 'replace'))
    # document info (title) too
    for t in re.finditer(rb'/Title\s*\(((?:\\.|[^\\)])*)\)', data):
        chunks.append(_pdf_unescape(t.group(1)).decode('cp1252', 'replace'))
    return '\n'.join(chunks)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append(' | '.join(c.text for c in row.cells))
    return '\n'.join(out)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(' | '.join('' if v is None else str(v) for v in row))
    wb.close()
    return '\n'.join(out)


def blob_text(name, data, ctype=''):
    n = (name or '').lower()
    if n.endswith('.pdf') or ctype == 'application/pdf':
        return pdf_text(data)
    if n.endswith('.docx'):
        return docx_text(data)
    if n.endswith('.xlsx'):
        return xlsx_text(data)
    if n.endswith('.zip') or ctype == 'application/zip':
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
    return ''


def message_text(msg):
    out = []
    for part in msg.walk():
        for h in ('Subject', 'From', 'To', 'Cc'):
            if part.get(h) is not None:
                out.append(str(part[h]))
        fn = part.get_filename()
        if fn:
            out.append(fn)
        ct = part.get_content_type()
        if part.is_multipart() or ct == 'message/rfc822':
            continue
        if part.get_content_maintype() == 'text':
            s = part.get_content()
            out.append(html_text(s) if ct == 'text/html' else s)
        else:
            out.append(blob_text(fn, part.get_content(), ct))
    return '\n'.join(out)


def norm_alnum(s):
    s = unicodedata.normalize('NFKC', s).upper()
    return re.sub(r'[^0-9A-Z]', '', strip_accents(s))


def norm_words(s):
    s = strip_accents(unicodedata.normalize('NFKC', s)).lower()
    return ' ' + re.sub(r'[^a-z]+', ' ', s) + ' '


def digit_runs(s):
    s = unicodedata.normalize('NFKC', s)
    runs = []
    for m in re.finditer(r'\d(?:[ .\-/]?\d)*', s):
        runs.append(re.sub(r'\D', '', m.group(0)))
    return runs


def number_found(kind, text):
    for r in digit_runs(text):
        if kind == 'ca_sin' and len(r) == 9 and ca_sin.is_valid(r):
            return True
        if kind == 'ca_health_number' and len(r) == 10 and luhn.is_valid(r):
            return True
        if kind == 'be_niss' and len(r) == 11 and be_nn.is_valid(r):
            return True
        if kind == 'fr_nir' and len(r) == 15 and fr_nir.is_valid(r):
            return True
    return False


def digest(out):
    h = hashlib.sha256()
    paths = sorted([f'positive/{f}' for f in os.listdir(os.path.join(out, 'positive'))] +
                   [f'negative/{f}' for f in os.listdir(os.path.join(out, 'negative'))] + ['labels.json'])
    for p in paths:
        with open(os.path.join(out, p), 'rb') as fh:
            h.update(p.encode() + b'\0' + fh.read() + b'\0')
    return h.hexdigest()


def check(out, verbose=True):
    with open(os.path.join(out, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted([f'positive/{f}' for f in os.listdir(os.path.join(out, 'positive'))] +
                   [f'negative/{f}' for f in os.listdir(os.path.join(out, 'negative'))])
    errors = []
    if sorted(labels) != files:
        errors.append('labels do not cover exactly the files')
    nams = [p.nam for p in NAM_HOLDERS]
    holder_forms = []
    for p in NAM_HOLDERS:
        g, s = norm_words(p.given).strip(), norm_words(p.surname).strip()
        holder_forms += [f' {g} {s} ', f' {s} {g} ']
    counts = collections.Counter()
    langs = collections.Counter()
    tcount = collections.Counter()
    structs = collections.Counter()
    for f in files:
        lab = labels.get(f, {})
        with open(os.path.join(out, f), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        try:
            text = message_text(msg)
        except Exception as e:  # noqa
            errors.append(f'{f}: decode error {e!r}')
            continue
        structs['crlf' if b'\r\n' in raw else 'lf'] += 1
        for part in msg.walk():
            structs[part.get_content_type()] += 1
            cte = part.get('Content-Transfer-Encoding')
            if cte:
                structs['cte:' + str(cte).lower()] += 1
            cs = part.get_param('charset')
            if cs:
                structs['charset:' + str(cs).lower()] += 1
        if b'=?' in raw.split(b'\n\n')[0] or b'=?' in raw.split(b'\r\n\r\n')[0]:
            structs['rfc2047-header'] += 1
        if b"*=utf-8''" in raw or b"*0*=utf-8''" in raw:
            structs['rfc2231-filename'] += 1
        pos = f.startswith('positive/')
        types = lab.get('types', [])
        if lab.get('confidential') is not pos:
            errors.append(f'{f}: confidential flag mismatch')
        if pos and not types:
            errors.append(f'{f}: positive without types')
        if not pos and types:
            errors.append(f'{f}: negative with types')
        if any(t not in TYPES for t in types):
            errors.append(f'{f}: unknown type')
        if lab.get('lang') not in ('fr', 'en'):
            errors.append(f'{f}: bad lang')
        na = norm_alnum(text)
        has_nam = any(n in na for n in nams)
        if has_nam != ('ramq_nam' in types):
            errors.append(f'{f}: NAM presence {has_nam} vs label')
        for t in ('ca_sin', 'ca_health_number', 'be_niss', 'fr_nir'):
            if t in types and not number_found(t, text):
                errors.append(f'{f}: no valid {t} found')
        if not pos:
            nw = norm_words(text)
            for form in holder_forms:
                if form in nw:
                    errors.append(f'{f}: NAM holder name {form.strip()!r} in negative')
        counts['positive' if pos else 'negative'] += 1
        langs[lab.get('lang')] += 1
        for t in types:
            tcount[t] += 1
    dg = digest(out)
    if verbose:
        print(f'files: {len(files)}  positive: {counts["positive"]}  negative: {counts["negative"]}')
        print('languages:', dict(sorted(langs.items())))
        print('types:', dict(sorted(tcount.items())))
        print('transport:', dict(sorted(structs.items())))
        print('sha256:', dg)
    for e in errors:
        print('ERROR', e)
    return errors, dict(counts=counts, langs=langs, types=tcount, structs=structs, digest=dg)
