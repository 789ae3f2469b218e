"""Self-check: re-parse every file, decode every part, verify labels and identifiers."""
import base64
import email
import email.policy
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

from gen_build import digest
from gen_common import NAM_HOLDERS, strip_accents

TYPES = {'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
         'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information'}


# --------------------------------------------------------------------------
# Attachment text extraction
# --------------------------------------------------------------------------
def _pdf_strings(buf):
    """Literal and hex strings of a PDF content stream or object."""
    out, i, n = [], 0, len(buf)
    while i < n:
        ch = buf[i:i + 1]
        if ch == b'(':
            depth, j, s = 1, i + 1, bytearray()
            while j < n and depth:
                c = buf[j:j + 1]
                if c == b'\\':
                    nx = buf[j + 1:j + 2]
                    if nx in b'01234567' and nx:
                        m = re.match(rb'[0-7]{1,3}', buf[j + 1:j + 4])
                        s.append(int(m.group(0), 8) & 0xFF)
                        j += 1 + len(m.group(0))
                        continue
                    s += {b'n': b'\n', b'r': b'\r', b't': b'\t', b'b': b'\b', b'f': b'\f'}.get(nx, nx)
                    j += 2
                    continue
                if c == b'(':
                    depth += 1
                elif c == b')':
                    depth -= 1
                    if depth == 0:
                        break
                s += c
                j += 1
            out.append(bytes(s).decode('cp1252', 'replace'))
            i = j + 1
        elif ch == b'<' and buf[i + 1:i + 2] != b'<':
            m = re.match(rb'<([0-9A-Fa-f\s]*)>', buf[i:])
            if m:
                hx = re.sub(rb'\s', b'', m.group(1))
                try:
                    raw = bytes.fromhex(hx.decode('ascii'))
                    out.append(raw[2:].decode('utf-16-be', 'replace') if raw[:2] == b'\xfe\xff' else raw.decode('cp1252', 'replace'))
                except ValueError:
                    pass
                i += len(m.group(0))
            else:
                i += 1
        else:
            i += 1
    return out


def pdf_text(data):
    texts = []
    for m in re.finditer(rb'stream\r?\n(.*?)endstream', data, re.S):
        raw = m.group(1).rstrip(b'\r\n')
        head = data[max(0, m.start() - 300):m.start()]
        if b'ASCII85Decode' in head:
            raw = base64.a85decode(raw.strip(), adobe=True)
        if b'FlateDecode' in head:
            raw = zlib.decompress(raw)
        texts.extend(_pdf_strings(raw))
    # document information dictionary and other objects outside streams
    outside = re.sub(rb'stream\r?\n.*?endstream', b'', data, flags=re.S)
    texts.extend(_pdf_strings(outside))
    return '\n'.join(texts)


def xml_text(blob):
    s = blob.decode('utf-8', 'replace')
    s = re.sub(r'</w:p>|</row>|</si>', '\n', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    return html.unescape(s)


def office_or_zip_text(data, depth=0):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    out = []
    if 'word/document.xml' in names:
        for n in names:
            if n.startswith('word/') and n.endswith('.xml') or n == 'docProps/core.xml':
                out.append(xml_text(z.read(n)))
        return '\n'.join(out)
    if 'xl/workbook.xml' in names:
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                out.append('\t'.join('' if v is None else str(v) for v in row))
        wb.close()
        out.append(xml_text(z.read('docProps/core.xml')) if 'docProps/core.xml' in names else '')
        return '\n'.join(out)
    for n in names:
        out.append(n)
        out.append(blob_text(z.read(n), n, depth + 1))
    return '\n'.join(out)


def decode_text_bytes(b):
    if b.startswith(b'\xef\xbb\xbf'):
        return b[3:].decode('utf-8')
    try:
        return b.decode('utf-8')
    except UnicodeDecodeError:
        return b.decode('cp1252', 'replace')


def blob_text(b, name='', depth=0):
    if depth > 3:
        return ''
    if b[:4] == b'%PDF':
        return pdf_text(b)
    if b[:2] == b'PK':
        return office_or_zip_text(b, depth)
    return decode_text_bytes(b)


def strip_html(s):
    s = re.sub(r'(?is)<(script|style).*?</\1>', ' ', s)
    s = re.sub(r'<br\s*/?>|</p>|</div>|</tr>|</li>', '\n', s, flags=re.I)
    s = re.sub(r'<[^>]+>', ' ', s)
    return html.unescape(s)


def message_text(msg, depth=0):
    """All decoded text of a message: headers, bodies, file names and attachments."""
    out = []
    for h in ('Subject', 'From', 'To', 'Cc'):
        v = msg.get(h)
        if v is not None:
            out.append(str(v))
    for part in msg.walk():
        ctype = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if part.is_multipart():
            continue
        if ctype == 'message/rfc822':
            inner = part.get_content()
            out.append(message_text(inner, depth + 1))
            continue
        content = part.get_content()
        if isinstance(content, str):
            if ctype == 'text/html':
                out.append(strip_html(content))
            else:
                out.append(content)
        else:
            out.append(blob_text(content, fn or ''))
    return '\n'.join(out)


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------
def norm_nam(s):
    s = unicodedata.normalize('NFKC', s).upper()
    return re.sub(r'[^A-Z0-9]', '', s)


def norm_words(s):
    s = strip_accents(unicodedata.normalize('NFKC', s)).lower()
    return re.sub(r'[^a-z0-9]+', ' ', s)


def find_valid(text, kind):
    t = unicodedata.normalize('NFKC', text)
    if kind == 'ca_sin':
        cands = re.findall(r'(?<!\d)(\d{3}[ \-.]?\d{3}[ \-.]?\d{3})(?!\d)', t)
        return any(ca_sin.is_valid(re.sub(r'\D', '', x)) for x in cands)
    if kind == 'ca_health_number':
        cands = re.findall(r'(?<!\d)(\d{4}[ \-]?\d{3}[ \-]?\d{3})(?!\d)', t)
        return any(luhn.is_valid(re.sub(r'\D', '', x)) and len(re.sub(r'\D', '', x)) == 10 for x in cands)
    if kind == 'be_niss':
        cands = re.findall(r'(?<!\d)(\d{2}[ .\-]?\d{2}[ .\-]?\d{2}[ .\-]?\d{3}[ .\-]?\d{2})(?!\d)', t)
        return any(be_nn.is_valid(re.sub(r'\D', '', x)) for x in cands)
    if kind == 'fr_nir':
        cands = re.findall(r'(?<![0-9A-Z])([12] ?\d{2} ?\d{2} ?(?:\d{2}|2A|2B) ?\d{3} ?\d{3} ?\d{2})(?!\d)', t)
        return any(fr_nir.is_valid(x.replace(' ', '')) for x in cands)
    raise ValueError(kind)


def run(outdir, records, n_pos, n_neg):
    """records: {relpath: result dict with 'people'}.  Returns (ok, errors, summary)."""
    errors = []
    with open(os.path.join(outdir, 'labels.json'), 'rb') as fh:
        labels_bytes = fh.read()
    labels = json.loads(labels_bytes)
    files = sorted(['positive/' + f for f in os.listdir(os.path.join(outdir, 'positive')) if f.endswith('.eml')] +
                   ['negative/' + f for f in os.listdir(os.path.join(outdir, 'negative')) if f.endswith('.eml')])
    if set(files) != set(labels):
        errors.append('labels do not cover exactly the files')
    npos = sum(1 for f in files if f.startswith('positive/'))
    nneg = sum(1 for f in files if f.startswith('negative/'))
    if npos != n_pos or nneg != n_neg:
        errors.append('counts %d/%d' % (npos, nneg))
    nam_map = {p.nam: p for p in NAM_HOLDERS}
    holder_names = []
    for p in NAM_HOLDERS:
        g, s = norm_words(p.given).strip(), norm_words(p.surname).strip()
        holder_names.append((p, [' %s %s ' % (g, s), ' %s %s ' % (s, g)],
                             re.compile(r'(?<![A-Za-z])%s(?![a-z])' % re.escape(strip_accents(p.surname)))))
    blobs = []
    for rel in files:
        with open(os.path.join(outdir, rel), 'rb') as fh:
            data = fh.read()
        blobs.append((rel, data))
        lab = labels.get(rel, {})
        try:
            msg = email.message_from_bytes(data, policy=email.policy.default)
            text = message_text(msg)
        except Exception as exc:  # noqa: BLE001
            errors.append('%s: cannot decode (%r)' % (rel, exc))
            continue
        for part in msg.walk():
            if part.defects:
                errors.append('%s: defects %r' % (rel, part.defects))
        types = set(lab.get('types', []))
        if not types <= TYPES:
            errors.append('%s: unknown types %r' % (rel, types - TYPES))
        if lab.get('lang') not in ('fr', 'en'):
            errors.append('%s: bad lang' % rel)
        pos = rel.startswith('positive/')
        if pos != bool(lab.get('confidential')):
            errors.append('%s: confidential flag mismatch' % rel)
        if pos and not types:
            errors.append('%s: positive without types' % rel)
        if not pos and types:
            errors.append('%s: negative with types' % rel)
        flat = norm_nam(text)
        found = [nam for nam in nam_map if nam in flat]
        if pos and 'ramq_nam' in types and not found:
            errors.append('%s: ramq_nam label but no NAM in text' % rel)
        if found and not (pos and 'ramq_nam' in types):
            errors.append('%s: NAM present but not labelled ramq_nam' % rel)
        words = ' ' + norm_words(text) + ' '
        plain = strip_accents(unicodedata.normalize('NFKC', text))
        squashed = re.sub(r'[^a-z0-9]', '', words)
        for nam in found:
            sur = re.sub(r'[^a-z0-9]', '', norm_words(nam_map[nam].surname))
            if sur not in squashed:
                errors.append('%s: NAM %s shown without its holder' % (rel, nam[:4]))
        for kind in ('ca_sin', 'ca_health_number', 'be_niss', 'fr_nir'):
            if kind in types and not find_valid(text, kind):
                errors.append('%s: %s label without a valid number' % (rel, kind))
        if not pos:
            for p, fulls, sur in holder_names:
                if any(f in words for f in fulls) or sur.search(plain):
                    errors.append('%s: NAM holder name %s appears in a negative' % (rel, p.surname))
        rec = records.get(rel)
        if pos and rec and 'patient_name' in types:
            if not any(re.sub(r'[^a-z0-9]', '', norm_words(p.surname)) in squashed for p in rec['people']):
                errors.append('%s: patient_name label but no patient surname found' % rel)
    blobs.append(('labels.json', labels_bytes))
    dg = digest(blobs)
    langs = {}
    tcount = {}
    for rel in files:
        lab = labels.get(rel, {})
        side = 'positive' if rel.startswith('positive/') else 'negative'
        langs.setdefault(side, {}).setdefault(lab.get('lang'), 0)
        langs[side][lab.get('lang')] += 1
        for t in lab.get('types', []):
            tcount[t] = tcount.get(t, 0) + 1
    summary = {'files': len(files), 'positive': npos, 'negative': nneg, 'languages': langs,
               'types': dict(sorted(tcount.items())), 'digest': dg}
    return not errors, errors, summary
