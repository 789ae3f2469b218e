"""Self-check: re-parse every file, decode every part, verify labels and identifiers, print counts + digest."""
import base64
import collections
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

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import HOLDERS, fold

TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth',
         'patient_name', 'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']


# ---------------------------------------------------------------- PDF text
def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                oct_ = b''
                while j < len(s) and len(oct_) < 3 and 0x30 <= s[j] <= 0x37:
                    oct_ += bytes([s[j]])
                    j += 1
                out.append(int(oct_, 8) & 0xFF)
                i = j
                continue
            out.append({0x6E: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b'%PDF'):
        raise ValueError('not a PDF')
    texts = []
    for m in re.finditer(rb'<<(.*?)>>\s*stream\r?\n', data, re.S):
        d = m.group(1)
        start = m.end()
        end = data.index(b'endstream', start)
        raw = data[start:end].rstrip(b'\r\n')
        filters = re.findall(rb'/(ASCII85Decode|FlateDecode|A85|Fl)\b', d)
        for f in filters:
            if f in (b'ASCII85Decode', b'A85'):
                raw = raw.strip()
                if raw.endswith(b'~>'):
                    raw = raw[:-2]
                raw = base64.a85decode(raw)
            else:
                import zlib
                raw = zlib.decompress(raw)
        if b'BT' not in raw:
            continue
        line = []
        for tm in re.finditer(rb'\((?:\\.|[^\\)])*\)\s*Tj|\[(.*?)\]\s*TJ|T\*|Td|TD', raw, re.S):
            tok = tm.group(0)
            if tok.endswith(b'Tj'):
                inner = tok[1:tok.rindex(b')')]
                line.append(_pdf_unescape(inner).decode('cp1252', errors='replace'))
            elif tok.endswith(b'TJ'):
                for sm in re.finditer(rb'\(((?:\\.|[^\\)])*)\)', tm.group(1)):
                    line.append(_pdf_unescape(sm.group(1)).decode('cp1252', errors='replace'))
            else:
                line.append('\n')
        texts.append(' '.join(line))
    meta = re.findall(rb'/(?:Title|Author|Subject) \(((?:\\.|[^\\)])*)\)', data)
    for x in meta:
        b = _pdf_unescape(x)
        texts.append(b[2:].decode('utf-16-be', errors='replace') if b.startswith(b'\xfe\xff') else b.decode('cp1252', errors='replace'))
    return '\n'.join(texts)


# ---------------------------------------------------------------- office / zip
def _xml_text(b):
    s = b.decode('utf-8', errors='replace')
    s = re.sub(r'</w:p>|</row>|<w:br/>|</si>', '\n', s)
    s = re.sub(r'</w:t>|</t>|</v>|</c>', ' ', s)
    s = re.sub(r'<[^>]+>', '', s)
    return htmlmod.unescape(s)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(' | '.join(c.text for c in row.cells))
    z = zipfile.ZipFile(io.BytesIO(data))
    for n in z.namelist():
        if re.match(r'word/(header|footer|footnotes|endnotes|comments)\d*\.xml$', n):
            parts.append(_xml_text(z.read(n)))
    parts.append(_xml_text(z.read('docProps/core.xml')))
    return '\n'.join(parts)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=False)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(' | '.join('' if v is None else str(v) for v in row))
    return '\n'.join(parts)


def blob_text(name, ctype, data, depth=0):
    n = (name or '').lower()
    if ctype == 'application/pdf' or n.endswith('.pdf'):
        return pdf_text(data)
    if n.endswith('.docx'):
        return docx_text(data)
    if n.endswith('.xlsx'):
        return xlsx_text(data)
    if n.endswith('.zip') or ctype in ('application/zip', 'application/x-zip-compressed'):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        parts = []
        for info in z.infolist():
            parts.append(info.filename)
            parts.append(blob_text(info.filename, '', z.read(info.filename), depth + 1))
        return '\n'.join(parts)
    if n.endswith('.eml'):
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    for enc in ('utf-8-sig', 'cp1252'):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode('latin-1')


def html_to_text(s):
    s = re.sub(r'(?is)<(script|style).*?</\1>', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>|</p>|</tr>|</div>|</li>|</h\d>', '\n', s)
    s = re.sub(r'(?i)</td>|</th>', ' | ', s)
    s = re.sub(r'<[^>]+>', '', s)
    return htmlmod.unescape(s)


def message_text(msg):
    out = []
    for h in ('From', 'To', 'Cc', 'Subject'):
        for v in msg.get_all(h, []):
            out.append(str(v))
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            out.append(fn)
        ct = part.get_content_type()
        if ct == 'text/plain' and not fn:
            out.append(part.get_content())
        elif ct == 'text/html' and not fn:
            out.append(html_to_text(part.get_content()))
        else:
            data = part.get_payload(decode=True)
            out.append(blob_text(fn, ct, data))
    return '\n'.join(out)


def message_text_deep(msg):
    """Like message_text but also emits headers of nested message/rfc822 parts."""
    out = [message_text(msg)]
    for part in msg.walk():
        if part.get_content_type() == 'message/rfc822':
            inner = part.get_payload()[0]
            for h in ('From', 'To', 'Cc', 'Subject'):
                for v in inner.get_all(h, []):
                    out.append(str(v))
    return '\n'.join(out)


# ---------------------------------------------------------------- identifier scans
def norm(s):
    return unicodedata.normalize('NFKC', s)


def compact_alnum(s):
    return re.sub(r'[^0-9A-Z]', '', norm(s).upper())


DIGITRUN = re.compile(r'\d(?:[ .\-/]{0,2}\d)+')


def digit_runs(s):
    s = norm(s)
    return [re.sub(r'\D', '', m.group(0)) for m in DIGITRUN.finditer(s)]


def _windows(d, n):
    return [d[i:i + n] for i in range(0, len(d) - n + 1)]


def has_valid(kind, text):
    for d in digit_runs(text):
        if kind == 'ca_sin' and any(ca_sin.is_valid(w) for w in _windows(d, 9) if len(d) == 9):
            return True
        if kind == 'ca_health_number' and len(d) == 10 and luhn.is_valid(d):
            return True
        if kind == 'be_niss' and len(d) == 11 and be_nn.is_valid(d):
            return True
        if kind == 'fr_nir' and len(d) == 15 and fr_nir.is_valid(d):
            return True
    return False


def holder_name_hits(text):
    t = fold(norm(text))
    t = re.sub(r'\s+', ' ', t)
    hits = []
    for p in HOLDERS:
        g, s = fold(p.given), fold(p.surname)
        pats = [rf'\b{re.escape(g)} {re.escape(s)}\b', rf'\b{re.escape(s)},? {re.escape(g)}\b']
        if any(re.search(x, t) for x in pats):
            hits.append(p.full())
    return hits


# ---------------------------------------------------------------- digest
def digest(root):
    files = sorted(['labels.json'] +
                   [f'positive/{f}' for f in os.listdir(os.path.join(root, 'positive'))] +
                   [f'negative/{f}' for f in os.listdir(os.path.join(root, 'negative'))])
    h = hashlib.sha256()
    for f in files:
        with open(os.path.join(root, f), 'rb') as fh:
            h.update(f.encode('utf-8') + b'\0' + fh.read() + b'\0')
    return h.hexdigest()


def run(root, quiet=False):
    errors = []
    with open(os.path.join(root, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted([f'positive/{f}' for f in os.listdir(os.path.join(root, 'positive'))] +
                   [f'negative/{f}' for f in os.listdir(os.path.join(root, 'negative'))])
    if sorted(labels) != files:
        errors.append('labels do not cover exactly the files')
    nams = {p.nam: p for p in HOLDERS}
    langs = collections.Counter()
    types = collections.Counter()
    structure = collections.Counter()
    npos = nneg = 0
    for f in files:
        lab = labels.get(f, {})
        with open(os.path.join(root, f), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            structure[part.get_content_type()] += 1
            cte = part.get('Content-Transfer-Encoding')
            if cte:
                structure['cte:' + cte.lower()] += 1
            cs = part.get_content_charset()
            if cs:
                structure['charset:' + cs] += 1
        structure['crlf' if b'\r\n' in raw else 'lf'] += 1
        if b'=?' in raw.split(b'\n\n')[0] or b'=?' in raw.split(b'\r\n\r\n')[0]:
            structure['rfc2047-header'] += 1
        if b"*=utf-8''" in raw or b"*0*=utf-8''" in raw:
            structure['rfc2231-filename'] += 1
        text = message_text_deep(msg)
        comp = compact_alnum(text)
        present = [n for n in nams if n in comp]
        is_pos = f.startswith('positive/')
        if lab.get('confidential') is not is_pos:
            errors.append(f'{f}: confidential flag mismatch')
        t = lab.get('types', [])
        if any(x not in TYPES for x in t):
            errors.append(f'{f}: unknown type')
        if lab.get('lang') not in ('fr', 'en'):
            errors.append(f'{f}: bad lang')
        langs[lab.get('lang')] += 1
        if is_pos:
            npos += 1
            if not t:
                errors.append(f'{f}: positive without type')
            for x in t:
                types[x] += 1
            if ('ramq_nam' in t) != bool(present):
                errors.append(f'{f}: ramq_nam label vs presence mismatch ({present})')
            for n in present:
                p = nams[n]
                if fold(p.surname) not in fold(norm(text)):
                    errors.append(f'{f}: NAM without its holder name')
            for kind in ('ca_sin', 'ca_health_number', 'be_niss', 'fr_nir'):
                if kind in t and not has_valid(kind, text):
                    errors.append(f'{f}: {kind} labelled but no valid number found')
        else:
            nneg += 1
            if t:
                errors.append(f'{f}: negative with types')
            if present:
                errors.append(f'{f}: NAM in negative')
            hits = holder_name_hits(text)
            if hits:
                errors.append(f'{f}: NAM holder name in negative {hits}')
    dg = digest(root)
    if not quiet:
        print(f'files: {len(files)} (positive {npos}, negative {nneg})')
        print('languages:', dict(sorted(langs.items())))
        print('types:', dict(sorted(types.items())))
        print('structure:', dict(sorted(structure.items())))
        print('sha256:', dg)
    for e in errors:
        print('ERROR', e)
    return errors, dict(langs), dict(types), dg, dict(structure)
