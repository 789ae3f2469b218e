"""Self-check: re-parse every message, decode every part and attachment, verify labels; digest."""
import base64
import email
import email.header
import email.policy
import glob
import hashlib
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

from gen_ids import load_nams, strip_accents

TYPES = {'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth',
         'patient_name', 'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information'}


# ---------------------------------------------------------------- extraction
def _pdf_strings(content):
    out, i, n = [], 0, len(content)
    while i < n:
        if content[i:i + 1] == b'(':
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                ch = content[j:j + 1]
                if ch == b'\\':
                    nx = content[j + 1:j + 2]
                    if nx in b'01234567' and nx:
                        k = j + 1
                        oc = b''
                        while k < n and len(oc) < 3 and content[k:k + 1] in b'01234567':
                            oc += content[k:k + 1]
                            k += 1
                        buf.append(int(oc, 8) & 0xFF)
                        j = k
                        continue
                    buf += {b'n': b'\n', b'r': b'\r', b't': b'\t', b'b': b'\b', b'f': b'\f'}.get(nx, nx)
                    j += 2
                    continue
                if ch == b'(':
                    depth += 1
                elif ch == b')':
                    depth -= 1
                    if not depth:
                        break
                buf += ch
                j += 1
            out.append(bytes(buf).decode('cp1252', 'replace'))
            i = j + 1
        else:
            i += 1
    return out


def pdf_text(data):
    texts = []
    for m in re.finditer(rb'<<(.*?)>>\s*stream\r?\n(.*?)endstream', data, re.S):
        d, s = m.group(1), m.group(2)
        if b'ASCII85Decode' in d:
            s = re.sub(rb'\s', b'', s)
            if s.startswith(b'<~'):
                s = s[2:]
            if s.endswith(b'~>'):
                s = s[:-2]
            try:
                s = base64.a85decode(s)
            except ValueError:
                continue
        if b'FlateDecode' in d:
            try:
                s = zlib.decompress(s)
            except zlib.error:
                continue
        if b'Tj' in s or b'TJ' in s:
            texts.extend(_pdf_strings(s))
    meta = re.findall(rb'/(?:Title|Author|Subject) \((.*?)\)', data)
    texts.extend(x.decode('latin-1') for x in meta)
    return '\n'.join(texts)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append(' | '.join(c.text for c in r.cells))
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


def _dec(b):
    for cs in ('utf-8', 'cp1252'):
        try:
            return b.decode(cs)
        except UnicodeDecodeError:
            pass
    return b.decode('latin-1')


def blob_text(name, data, ctype=''):
    low = (name or '').lower()
    if low.endswith('.pdf') or ctype == 'application/pdf':
        return pdf_text(data)
    if low.endswith('.docx'):
        return docx_text(data)
    if low.endswith('.xlsx'):
        return xlsx_text(data)
    if low.endswith('.zip') or ctype == 'application/zip':
        out = []
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for info in z.infolist():
                out.append(info.filename)
                out.append(blob_text(info.filename, z.read(info.filename)))
        return '\n'.join(out)
    if low.endswith('.eml') or ctype == 'message/rfc822':
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    return _dec(data)


def _filename(part):
    fn = part.get_filename()
    if fn and '=?' in fn:
        fn = str(email.header.make_header(email.header.decode_header(fn)))
    return fn


def message_text(msg):
    out = []
    for part in msg.walk():
        for h in ('Subject', 'From', 'To', 'Cc'):
            if part.get(h) is not None:
                out.append(str(part.get(h)))
        if part.is_multipart():
            continue
        fn = _filename(part)
        if fn:
            out.append(fn)
        ct = part.get_content_type()
        if part.get_content_maintype() == 'text' and not (fn or '').lower().endswith(('.eml',)):
            out.append(part.get_content())
        else:
            data = part.get_payload(decode=True)
            out.append(blob_text(fn, data, ct))
    return '\n'.join(out)


# ---------------------------------------------------------------- checks
def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return re.sub(r'[^0-9A-Z]', '', strip_accents(s).upper())


def _digit_runs(text):
    text = unicodedata.normalize('NFKC', text)
    for m in re.finditer(r'[0-9](?:[ .\-/]?[0-9])*', text):
        yield re.sub(r'[^0-9]', '', m.group(0))


def _windows(run, n):
    for i in range(0, len(run) - n + 1):
        yield run[i:i + n]


def find_numbers(text):
    found = set()
    for run in _digit_runs(text):
        if any(ca_sin.is_valid(w) for w in _windows(run, 9)):
            found.add('ca_sin')
        if any(luhn.is_valid(w) and w[0] != '0' for w in _windows(run, 10)):
            found.add('ca_health_number')
        if any(be_nn.is_valid(w) for w in _windows(run, 11)):
            found.add('be_niss')
        if any(fr_nir.is_valid(w) for w in _windows(run, 15)):
            found.add('fr_nir')
    return found


def run_checks(out_dir, extra_neg_names=()):
    nams = load_nams(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'blind_nams.txt'))
    labels = json.load(open(os.path.join(out_dir, 'labels.json'), encoding='utf-8'))
    files = sorted(os.path.relpath(p, out_dir) for p in glob.glob(os.path.join(out_dir, 'positive', '*.eml')) +
                   glob.glob(os.path.join(out_dir, 'negative', '*.eml')))
    assert sorted(labels) == files, 'labels do not cover exactly the files'
    errors = []
    lang_c, type_c = {}, {}
    npos = nneg = 0
    holder_full = []
    for h in nams:
        g, s = strip_accents(h['given']).lower(), strip_accents(h['surname']).lower()
        holder_full.append((h, [g + ' ' + s, s + ' ' + g, s + ', ' + g]))
    for rel in files:
        lab = labels[rel]
        raw = open(os.path.join(out_dir, rel), 'rb').read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        text = message_text(msg)
        low = re.sub(r'\s+', ' ', strip_accents(unicodedata.normalize('NFKC', text)).lower())
        n = norm(text)
        types = set(lab['types'])
        lang_c[lab['lang']] = lang_c.get(lab['lang'], 0) + 1
        if not types <= TYPES:
            errors.append('%s: unknown types %s' % (rel, types - TYPES))
        present_nams = [h for h in nams if h['nam'] in n]
        if rel.startswith('positive/'):
            npos += 1
            if not lab['confidential'] or not types:
                errors.append('%s: positive without types' % rel)
            for t in types:
                type_c[t] = type_c.get(t, 0) + 1
            if ('ramq_nam' in types) != bool(present_nams):
                errors.append('%s: NAM label/content mismatch' % rel)
            for h in present_nams:
                if strip_accents(h['surname']).lower() not in low and 'nam only' not in lab['note'].lower():
                    errors.append('%s: NAM %s without its holder' % (rel, h['nam']))
            nums = find_numbers(text)
            for t in ('ca_sin', 'ca_health_number', 'be_niss', 'fr_nir'):
                if t in types and t not in nums:
                    errors.append('%s: %s labelled but no valid number found' % (rel, t))
        else:
            nneg += 1
            if lab['confidential'] or types:
                errors.append('%s: negative with types' % rel)
            if present_nams:
                errors.append('%s: NAM in a negative' % rel)
            for h, forms in holder_full:
                if any(f in low for f in forms):
                    errors.append('%s: NAM holder %s %s named' % (rel, h['given'], h['surname']))
                if re.search(r'\b%s\b' % re.escape(strip_accents(h['surname'])), strip_accents(text)):
                    errors.append('%s: NAM holder surname %s present' % (rel, h['surname']))
            for nm in extra_neg_names:
                if nm in low:
                    errors.append('%s: patient name %s in a negative' % (rel, nm))
    return errors, npos, nneg, lang_c, type_c


def digest(out_dir):
    paths = sorted([os.path.relpath(p, out_dir) for p in glob.glob(os.path.join(out_dir, 'positive', '*.eml')) +
                    glob.glob(os.path.join(out_dir, 'negative', '*.eml'))] + ['labels.json'])
    h = hashlib.sha256()
    for p in paths:
        h.update(p.encode('utf-8'))
        h.update(b'\0')
        h.update(open(os.path.join(out_dir, p), 'rb').read())
        h.update(b'\0')
    return h.hexdigest()
