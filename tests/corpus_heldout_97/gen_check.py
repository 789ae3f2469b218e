"""Self-check: re-parse every file, decode every part and attachment, verify labels."""
import base64
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

from gen_data import NAM_HOLDERS, strip_accents

TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth',
         'patient_name', 'diagnosis', 'medication', 'lab_result', 'patient_contact',
         'social_information']


# --------------------------------------------------------------------------- decoders
def pdf_text(data):
    out = []
    for m in re.finditer(rb'<<((?:(?!<<).)*?)>>\s*stream\r?\n(.*?)\s*endstream', data, re.S):
        dic, stream = m.group(1), m.group(2)
        if b'ASCII85Decode' in dic:
            s = stream.strip()
            if s.endswith(b'~>'):
                s = s[:-2]
            if s.startswith(b'<~'):
                s = s[2:]
            stream = base64.a85decode(s)
        if b'FlateDecode' in dic:
            try:
                stream = zlib.decompress(stream)
            except zlib.error:
                continue
        out.extend(_pdf_strings(stream))
    # document info strings (title, author)
    for m in re.finditer(rb'/(Title|Author|Subject) \((.*?)\) ', data):
        out.extend(_pdf_strings(b'(' + m.group(2) + b') Tj'))
    return '\n'.join(out)


def _pdf_strings(stream):
    res = []
    i = 0
    n = len(stream)
    while i < n:
        if stream[i:i + 1] == b'(':
            depth = 1
            i += 1
            buf = bytearray()
            while i < n and depth:
                c = stream[i:i + 1]
                if c == b'\\':
                    nx = stream[i + 1:i + 2]
                    if nx in b'01234567' and nx:
                        j = i + 1
                        k = j
                        while k < n and k < j + 3 and stream[k:k + 1] in b'01234567':
                            k += 1
                        buf.append(int(stream[j:k], 8) & 0xFF)
                        i = k
                        continue
                    buf += {b'n': b'\n', b'r': b'\r', b't': b'\t', b'(': b'(', b')': b')',
                            b'\\': b'\\'}.get(nx, nx)
                    i += 2
                    continue
                if c == b'(':
                    depth += 1
                elif c == b')':
                    depth -= 1
                    if depth == 0:
                        i += 1
                        break
                buf += c
                i += 1
            res.append(bytes(buf).decode('cp1252', errors='replace'))
        else:
            i += 1
    return res


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
    return '\n'.join(out)


def html_text(s):
    s = re.sub(r'(?is)<(script|style).*?</\1>', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>|</p>|</div>|</tr>|</h\d>|</li>', '\n', s)
    s = re.sub(r'(?i)</t[dh]>', ' | ', s)
    s = re.sub(r'<[^>]+>', '', s)
    return html.unescape(s)


def blob_text(name, data, ctype=''):
    name_l = (name or '').lower()
    if name_l.endswith('.pdf') or ctype == 'application/pdf' or data[:5] == b'%PDF-':
        return pdf_text(data)
    if name_l.endswith('.docx'):
        return docx_text(data)
    if name_l.endswith('.xlsx'):
        return xlsx_text(data)
    if name_l.endswith('.zip') or 'zip' in ctype:
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(blob_text(info.filename, z.read(info.filename)))
        return '\n'.join(out)
    if name_l.endswith('.eml'):
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    for cs in ('utf-8', 'cp1252'):
        try:
            t = data.decode(cs)
            break
        except UnicodeDecodeError:
            continue
    if name_l.endswith(('.htm', '.html')):
        t = html_text(t)
    return t


def message_text(msg):
    out = []
    for h in ('Subject', 'From', 'To', 'Cc'):
        if msg[h]:
            out.append(str(msg[h]))
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            fn = part.get_filename()
            if fn:
                out.append(fn)
            inner = part.get_payload()[0]
            for h in ('Subject', 'From', 'To', 'Cc', 'Date'):
                if inner[h]:
                    out.append(str(inner[h]))
            continue
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            out.append(fn)
        content = part.get_content()
        if isinstance(content, str):
            if ct == 'text/html':
                content = html_text(content)
            out.append(content)
        else:
            out.append(blob_text(fn, content, ct))
    return '\n'.join(out)


# --------------------------------------------------------------------------- identifier search
def norm(s):
    return unicodedata.normalize('NFKC', s)


def alnum_upper(s):
    return re.sub(r'[^A-Z0-9]', '', norm(s).upper())


def digit_candidates(text):
    t = norm(text)
    cands = set()
    for m in re.finditer(r'\d+(?:[ .\-/\u00a0]{1,2}\d+)*', t):
        groups = re.findall(r'\d+', m.group())
        for i in range(len(groups)):
            s = ''
            for j in range(i, len(groups)):
                s += groups[j]
                if len(s) > 16:
                    break
                cands.add(s)
    return cands


VALIDATORS = {
    'ca_sin': lambda c: len(c) == 9 and ca_sin.is_valid(c),
    'ca_health_number': lambda c: len(c) == 10 and luhn.is_valid(c),
    'be_niss': lambda c: len(c) == 11 and be_nn.is_valid(c),
    'fr_nir': lambda c: len(c) == 15 and fr_nir.is_valid(c),
}


def name_hits(text):
    t = strip_accents(norm(text)).lower()
    hits = set()
    for p in NAM_HOLDERS:
        s = strip_accents(p['surname']).lower()
        if re.search(r'(?<![a-z])%s(?![a-z])' % re.escape(s), t):
            hits.add(p['surname'])
    return hits


# --------------------------------------------------------------------------- main check
def digest(out_dir):
    h = hashlib.sha256()
    paths = sorted(['labels.json'] +
                   ['positive/' + f for f in os.listdir(os.path.join(out_dir, 'positive'))] +
                   ['negative/' + f for f in os.listdir(os.path.join(out_dir, 'negative'))])
    for p in paths:
        h.update(p.encode('utf-8') + b'\0')
        with open(os.path.join(out_dir, p), 'rb') as fh:
            h.update(fh.read())
        h.update(b'\0')
    return h.hexdigest()


def run(out_dir, recorded_ids=None, verbose=True):
    recorded_ids = recorded_ids or {}
    with open(os.path.join(out_dir, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted(['positive/' + f for f in os.listdir(os.path.join(out_dir, 'positive'))] +
                   ['negative/' + f for f in os.listdir(os.path.join(out_dir, 'negative'))])
    errors = []
    if sorted(labels) != files:
        errors.append('labels do not cover exactly the files')
    nams = {p['nam'] for p in NAM_HOLDERS}
    counts = {'files': len(files), 'positive': 0, 'negative': 0, 'lang': {}, 'lang_by_class': {}, 'types': {}}
    for f in files:
        lab = labels.get(f, {})
        with open(os.path.join(out_dir, f), 'rb') as fh:
            raw = fh.read()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            text = message_text(msg)
        except Exception as e:  # noqa
            errors.append('%s: cannot decode (%r)' % (f, e))
            continue
        if msg.defects:
            errors.append('%s: defects %r' % (f, msg.defects))
        for part in msg.walk():
            if part.defects:
                errors.append('%s: part defects %r' % (f, part.defects))
        pos = f.startswith('positive/')
        if lab.get('confidential') is not pos:
            errors.append('%s: confidential flag' % f)
        types = lab.get('types', [])
        if any(t not in TYPES for t in types):
            errors.append('%s: unknown type' % f)
        if pos and not types:
            errors.append('%s: positive without types' % f)
        if not pos and types:
            errors.append('%s: negative with types' % f)
        counts['positive' if pos else 'negative'] += 1
        counts['lang'][lab.get('lang')] = counts['lang'].get(lab.get('lang'), 0) + 1
        key = ('positive' if pos else 'negative') + '/' + str(lab.get('lang'))
        counts['lang_by_class'][key] = counts['lang_by_class'].get(key, 0) + 1
        for t in types:
            counts['types'][t] = counts['types'].get(t, 0) + 1
        flat = alnum_upper(text)
        found_nams = sorted(n for n in nams if n in flat)
        if 'ramq_nam' in types and not found_nams:
            errors.append('%s: ramq_nam label but no NAM found' % f)
        if 'ramq_nam' not in types and found_nams:
            errors.append('%s: NAM present but not labelled' % f)
        cands = digit_candidates(text)
        for t, ok in VALIDATORS.items():
            if t in types and not any(ok(c) for c in cands):
                errors.append('%s: %s label without a valid number' % (f, t))
        for t, val in recorded_ids.get(f, []):
            if val not in cands or not VALIDATORS[t](val):
                errors.append('%s: recorded %s not found/valid' % (f, t))
            if t not in types:
                errors.append('%s: recorded %s not labelled' % (f, t))
        if not pos:
            hits = name_hits(text)
            if hits:
                errors.append('%s: NAM holder surname(s) in a negative: %s' % (f, sorted(hits)))
    dg = digest(out_dir)
    if verbose:
        print('files: %d (positive %d, negative %d)' % (counts['files'], counts['positive'],
                                                        counts['negative']))
        print('languages: ' + ', '.join('%s=%d' % kv for kv in sorted(counts['lang'].items())) + ' (' +
              ', '.join('%s=%d' % kv for kv in sorted(counts['lang_by_class'].items())) + ')')
        print('types: ' + ', '.join('%s=%d' % (t, counts['types'].get(t, 0)) for t in TYPES))
        print('sha256: ' + dg)
        if errors:
            print('ERRORS (%d):' % len(errors))
            for e in errors[:60]:
                print('  ' + e)
        else:
            print('self-check: OK')
    return counts, dg, errors
