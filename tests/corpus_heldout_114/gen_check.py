"""Self-check: re-parse every file, decode every part, verify labels, print counts and digest."""
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

from gen_common import NAM_HOLDERS

TYPES = {'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
         'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information'}


# ---------------------------------------------------------------- attachment decoders
def _pdf_strings(stream):
    out, i, n = [], 0, len(stream)
    line = []
    while i < n:
        ch = stream[i:i + 1]
        if ch == b'(':
            depth, i, buf = 1, i + 1, bytearray()
            while i < n and depth:
                b = stream[i]
                if b == 0x5C:  # backslash
                    nxt = stream[i + 1:i + 2]
                    if nxt in b'01234567' and nxt:
                        m = re.match(rb'[0-7]{1,3}', stream[i + 1:i + 4])
                        buf.append(int(m.group(0), 8) & 0xFF)
                        i += 1 + len(m.group(0))
                        continue
                    buf += {b'n': b'\n', b'r': b'\r', b't': b'\t', b'b': b'\b', b'f': b'\f'}.get(nxt, nxt)
                    i += 2
                    continue
                if b == 0x28:
                    depth += 1
                elif b == 0x29:
                    depth -= 1
                    if depth == 0:
                        i += 1
                        break
                buf.append(b)
                i += 1
            line.append(bytes(buf).decode('cp1252', 'replace'))
            continue
        if stream[i:i + 2] == b'ET':
            if line:
                out.append(''.join(line))
                line = []
        i += 1
    if line:
        out.append(''.join(line))
    return out


def _a85(raw):
    import base64
    raw = raw.strip()
    if raw.endswith(b'~>'):
        raw = raw[:-2]
    return base64.a85decode(raw)


def pdf_text(data):
    if not data.startswith(b'%PDF'):
        raise ValueError('not a PDF')
    texts = []
    for m in re.finditer(rb'<<(.*?)>>\s*stream\r?\n', data, re.S):
        start = m.end()
        end = data.find(b'endstream', start)
        raw = data[start:end]
        filt = m.group(1)
        if b'/ASCII85Decode' in filt:
            raw = _a85(raw)
        if b'/FlateDecode' in filt:
            raw = zlib.decompress(raw.rstrip(b'\r\n'))
        texts += _pdf_strings(raw)
    # document info (title)
    for m in re.finditer(rb'/Title \((.*?)\)', data):
        texts += _pdf_strings(b'(' + m.group(1) + b')')
    return '\n'.join(texts)


def docx_text(data):
    from docx import Document
    d = Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append('\t'.join(cell.text for cell in r.cells))
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs]
    parts.append(d.core_properties.title or '')
    return '\n'.join(parts)


def xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data), read_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append('\t'.join('' if v is None else str(v) for v in row))
    return '\n'.join(parts)


def decode_blob(name, data, depth=0):
    low = (name or '').lower()
    if low.endswith('.pdf'):
        return pdf_text(data)
    if low.endswith('.docx'):
        return docx_text(data)
    if low.endswith('.xlsx'):
        return xlsx_text(data)
    if low.endswith('.zip'):
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(decode_blob(info.filename, z.read(info.filename), depth + 1))
        return '\n'.join(out)
    if low.endswith('.eml'):
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    for cs in ('utf-8', 'cp1252'):
        try:
            return data.decode(cs)
        except UnicodeDecodeError:
            pass
    raise ValueError(f'cannot decode {name}')


def message_text(msg):
    out = []
    for h in ('From', 'To', 'Cc', 'Subject'):
        if msg[h] is not None:
            out.append(str(msg[h]))
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.is_multipart():
            if ctype == 'message/rfc822':
                continue  # walk() descends into it; headers are collected below
            continue
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ctype == 'message/rfc822':
            continue
        if part.get_content_maintype() == 'text' and not fn:
            body = part.get_content()
            out.append(body)
            if ctype == 'text/html':
                out.append(html.unescape(re.sub(r'<[^>]+>', ' ', body)))
        else:
            content = part.get_content()
            if isinstance(content, str):
                out.append(content)
            else:
                out.append(decode_blob(fn or '', content))
    # headers of embedded messages
    for part in msg.walk():
        if part.get_content_type() == 'message/rfc822':
            inner = part.get_payload(0)
            for h in ('From', 'To', 'Subject'):
                if inner[h] is not None:
                    out.append(str(inner[h]))
    return '\n'.join(out)


# ---------------------------------------------------------------- number finders
def _norm(t):
    return unicodedata.normalize('NFKC', t)


def find_sins(t):
    return {a + b + c for a, b, c in re.findall(r'(?<!\d)(\d{3})[ .\-]?(\d{3})[ .\-]?(\d{3})(?!\d)', _norm(t))
            if ca_sin.is_valid(a + b + c)}


def find_ohips(t):
    return {a + b + c for a, b, c in re.findall(r'(?<!\d)(\d{4})[ .\-]?(\d{3})[ .\-]?(\d{3})(?!\d)', _norm(t))
            if luhn.is_valid(a + b + c)}


def find_niss(t):
    return {''.join(g) for g in re.findall(r'(?<!\d)(\d{2})\.?(\d{2})\.?(\d{2})[ .\-]?(\d{3})[ .\-]?(\d{2})(?!\d)', _norm(t))
            if be_nn.is_valid(''.join(g))}


def find_nirs(t):
    return {''.join(g) for g in re.findall(r'(?<![\dA-Z])([12]) ?(\d{2}) ?(\d{2}) ?(\d{2}|2A|2B) ?(\d{3}) ?(\d{3}) ?(\d{2})(?!\d)', _norm(t))
            if fr_nir.is_valid(''.join(g))}


def _fold(t):
    return unicodedata.normalize('NFKD', _norm(t)).encode('ascii', 'ignore').decode().lower()


def nams_in(t):
    flat = re.sub(r'[^A-Z0-9]', '', _norm(t).upper())
    return {p.nam for p in NAM_HOLDERS if p.nam in flat}


def holder_names_in(t):
    f = _fold(t)
    hits = set()
    for p in NAM_HOLDERS:
        g, s = re.escape(_fold(p.given)), re.escape(_fold(p.surname))
        if re.search(rf'\b{g}\W+(\w\.?\W+)?{s}\b', f) or re.search(rf'\b{s}\W+{g}\b', f):
            hits.add((p.given, p.surname, p.nam))
    return hits


# ---------------------------------------------------------------- main check
def digest(root):
    files = sorted([f'positive/{f}' for f in os.listdir(os.path.join(root, 'positive'))] +
                   [f'negative/{f}' for f in os.listdir(os.path.join(root, 'negative'))] + ['labels.json'])
    h = hashlib.sha256()
    for rel in files:
        h.update(rel.encode('utf-8') + b'\0')
        with open(os.path.join(root, rel), 'rb') as fh:
            h.update(fh.read())
        h.update(b'\0')
    return h.hexdigest()


def run(root, verbose=True):
    errors = []
    with open(os.path.join(root, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted([f'positive/{f}' for f in os.listdir(os.path.join(root, 'positive')) if f.endswith('.eml')] +
                   [f'negative/{f}' for f in os.listdir(os.path.join(root, 'negative')) if f.endswith('.eml')])
    if sorted(labels) != files:
        errors.append('labels do not cover exactly the files')
    counts = {'positive': 0, 'negative': 0}
    langs, types = {}, {}
    for rel in files:
        lab = labels.get(rel, {})
        with open(os.path.join(root, rel), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        try:
            text = message_text(msg)
        except Exception as exc:  # noqa: BLE001
            errors.append(f'{rel}: decode failure {exc!r}')
            continue
        for part in msg.walk():
            if part.get_content_disposition() == 'attachment' and not part.get_filename():
                errors.append(f'{rel}: attachment without decodable file name')
        pos = rel.startswith('positive/')
        counts['positive' if pos else 'negative'] += 1
        langs[lab.get('lang')] = langs.get(lab.get('lang'), 0) + 1
        t = set(lab.get('types', []))
        if lab.get('confidential') is not pos:
            errors.append(f'{rel}: confidential flag mismatch')
        if lab.get('lang') not in ('fr', 'en'):
            errors.append(f'{rel}: bad lang')
        if t - TYPES:
            errors.append(f'{rel}: unknown types {t - TYPES}')
        if pos and not t:
            errors.append(f'{rel}: positive without types')
        if not pos and t:
            errors.append(f'{rel}: negative with types')
        for x in t:
            types[x] = types.get(x, 0) + 1
        nams = nams_in(text)
        if ('ramq_nam' in t) != bool(nams):
            errors.append(f'{rel}: NAM presence {sorted(nams)} vs label')
        holders = holder_names_in(text)
        if not pos and holders:
            errors.append(f'{rel}: NAM holder name in negative {holders}')
        for g, s, nam in holders:
            same = {h.nam for h in NAM_HOLDERS if (h.given, h.surname) == (g, s)}
            if not (same & nams):
                errors.append(f'{rel}: holder {g} {s} named without own NAM')
        for nam in nams:
            p = [h for h in NAM_HOLDERS if h.nam == nam][0]
            if _fold(p.surname) not in _fold(text):
                errors.append(f'{rel}: NAM {nam} without its holder name')
        if 'ca_sin' in t and not find_sins(text):
            errors.append(f'{rel}: ca_sin label without valid SIN')
        if 'ca_health_number' in t and not find_ohips(text):
            errors.append(f'{rel}: ca_health_number label without valid number')
        if 'be_niss' in t and not find_niss(text):
            errors.append(f'{rel}: be_niss label without valid NISS')
        if 'fr_nir' in t and not find_nirs(text):
            errors.append(f'{rel}: fr_nir label without valid NIR')
    dg = digest(root)
    if verbose:
        print(f'files: {len(files)} (positive {counts["positive"]}, negative {counts["negative"]})')
        print('languages:', ', '.join(f'{k}={v}' for k, v in sorted(langs.items(), key=lambda kv: str(kv[0]))))
        print('types:', ', '.join(f'{k}={v}' for k, v in sorted(types.items())))
        print('sha256:', dg)
        for e in errors:
            print('ERROR', e)
    return dict(errors=errors, counts=counts, langs=langs, types=types, digest=dg)
