"""Self-check: re-parse every file, decode every part, verify labels; digest."""
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

from openpyxl import load_workbook
from stdnum.ca import sin as std_sin
from stdnum.be import nn as std_nn
from stdnum.fr import nir as std_nir

from gen_common import NAM_HOLDERS, strip_accents, valid_ohip

TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth',
         'patient_name', 'diagnosis', 'medication', 'lab_result', 'patient_contact',
         'social_information']


# ------------------------------------------------------------- extraction
def _pdf_text(data):
    out = []
    for m in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', data, re.S):
        s = m.group(1)
        s = re.sub(rb'\\([0-7]{1,3})', lambda x: bytes([int(x.group(1), 8)]), s)
        s = re.sub(rb'\\(.)', lambda x: x.group(1), s)
        out.append(s.decode('cp1252', 'replace'))
    return '\n'.join(out)


def _xml_text(blob):
    txt = blob.decode('utf-8', 'replace')
    txt = re.sub(r'</w:p>|</si>|</row>', '\n', txt)
    txt = re.sub(r'<[^>]+>', ' ', txt)
    return html.unescape(txt)


def _docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    parts = [_xml_text(z.read(n)) for n in z.namelist()
             if n.startswith('word/') and n.endswith('.xml')]
    parts.append(_xml_text(z.read('docProps/core.xml')))
    return '\n'.join(parts)


def _xlsx_text(data):
    wb = load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(' | '.join('' if v is None else str(v) for v in row))
    return '\n'.join(out)


def _decode_blob(name, ctype, data):
    low = (name or '').lower()
    if low.endswith('.pdf') or ctype == 'application/pdf':
        return _pdf_text(data)
    if low.endswith('.docx'):
        return _docx_text(data)
    if low.endswith('.xlsx'):
        return _xlsx_text(data)
    if low.endswith('.zip') or ctype == 'application/zip':
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(_decode_blob(info.filename, '', z.read(info.filename)))
        return '\n'.join(out)
    if low.endswith('.eml'):
        return extract_text(data)
    for enc in ('utf-8', 'cp1252'):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode('latin-1')


def _html_to_text(s):
    s = re.sub(r'(?is)<(script|style).*?</\1>', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>|</p>|</tr>|</div>|</li>', '\n', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    return html.unescape(s)


def _walk(msg, out):
    for h in ('Subject', 'From', 'To', 'Cc', 'Reply-To'):
        for v in msg.get_all(h, []):
            out.append(str(v))
    if msg.is_multipart():
        for sub in msg.iter_parts():
            _walk(sub, out)
        return
    ctype = msg.get_content_type()
    fn = msg.get_filename()
    if fn:
        out.append(fn)
    if ctype == 'message/rfc822':
        inner = msg.get_content()
        _walk(inner, out)
        return
    if msg.get_content_maintype() == 'text' and not fn:
        txt = msg.get_content()
        out.append(_html_to_text(txt) if ctype == 'text/html' else txt)
        return
    data = msg.get_payload(decode=True)
    if ctype == 'text/html':
        out.append(_html_to_text(_decode_blob(fn, ctype, data)))
    else:
        out.append(_decode_blob(fn, ctype, data))


def extract_text(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = []
    _walk(msg, out)
    return '\n'.join(out)


# ---------------------------------------------------------------- checks
def _norm(text):
    return unicodedata.normalize('NFKC', text)


def _compact(text):
    return re.sub(r'[\s.\-/]', '', _norm(text)).upper()


def _digit_runs(text):
    t = _norm(text)
    return [re.sub(r'\D', '', m.group(0)) for m in re.finditer(r'\d(?:[ .\-/]?\d)+', t)]


def _any_valid(text, length, fn):
    for run in _digit_runs(text):
        for i in range(0, len(run) - length + 1):
            if fn(run[i:i + length]):
                return True
    return False


def _name_forms(p):
    g, s = strip_accents(p.given).lower(), strip_accents(p.surname).lower()
    return ['%s %s' % (g, s), '%s %s' % (s, g), '%s, %s' % (s, g)]


def self_check(outdir):
    with open(os.path.join(outdir, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted('%s/%s' % (d, f) for d in ('positive', 'negative')
                   for f in os.listdir(os.path.join(outdir, d)) if f.endswith('.eml'))
    errors = []
    if sorted(labels) != files:
        errors.append('labels do not cover exactly the files')
    counts = {'positive': 0, 'negative': 0, 'lang': {}, 'types': {t: 0 for t in TYPES},
              'lang_pos': {}, 'lang_neg': {}}
    for rel in files:
        lab = labels.get(rel, {})
        raw = open(os.path.join(outdir, rel), 'rb').read()
        text = extract_text(raw)
        comp = _compact(text)
        flat = re.sub(r'\s+', ' ', strip_accents(_norm(text)).lower())
        pos = rel.startswith('positive/')
        types = lab.get('types', [])
        if lab.get('confidential') is not pos:
            errors.append('%s: confidential flag mismatch' % rel)
        if pos and not types:
            errors.append('%s: positive without types' % rel)
        if not pos and types:
            errors.append('%s: negative with types' % rel)
        for t in types:
            if t not in TYPES:
                errors.append('%s: unknown type %s' % (rel, t))
        has_nam = any(p.nam in comp for p in NAM_HOLDERS)
        if has_nam != ('ramq_nam' in types):
            errors.append('%s: NAM presence %s vs label' % (rel, has_nam))
        if 'ca_sin' in types and not _any_valid(text, 9, std_sin.is_valid):
            errors.append('%s: no valid SIN' % rel)
        if 'ca_health_number' in types and not _any_valid(text, 10, valid_ohip):
            errors.append('%s: no valid health number' % rel)
        if 'be_niss' in types and not _any_valid(text, 11, std_nn.is_valid):
            errors.append('%s: no valid NISS' % rel)
        if 'fr_nir' in types and not _any_valid(text, 15, std_nir.is_valid):
            errors.append('%s: no valid NIR' % rel)
        if not pos:
            for p in NAM_HOLDERS:
                for form in _name_forms(p):
                    if form in flat:
                        errors.append('%s: NAM holder name %s in negative' % (rel, form))
        if pos and 'ramq_nam' in types:
            # the holder's name, when shown, must be the right one (no foreign pairing)
            pass
        side = 'positive' if pos else 'negative'
        counts[side] += 1
        lg = lab.get('lang')
        counts['lang'][lg] = counts['lang'].get(lg, 0) + 1
        key = 'lang_pos' if pos else 'lang_neg'
        counts[key][lg] = counts[key].get(lg, 0) + 1
        for t in types:
            counts['types'][t] += 1
    return errors, counts


def digest(outdir):
    paths = sorted(['labels.json'] +
                   ['%s/%s' % (d, f) for d in ('positive', 'negative')
                    for f in os.listdir(os.path.join(outdir, d)) if f.endswith('.eml')])
    h = hashlib.sha256()
    for p in paths:
        h.update(p.encode('utf-8'))
        h.update(b'\0')
        with open(os.path.join(outdir, p), 'rb') as fh:
            h.update(fh.read())
        h.update(b'\0')
    return h.hexdigest()
