"""Re-parse every written file, decode every part, check labels and identifiers, compute the digest."""
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

from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import MOIS, MONTHS, fdate, norm_alnum, norm_text, ohip_valid

TYPES = ['patient_name', 'date_of_birth', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn',
         'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']


# ---------------------------------------------------------------- decoding
def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5c and i + 1 < len(s):
            n = s[i + 1]
            if n in b'01234567':
                j = i + 1
                while j < len(s) and j < i + 4 and s[j] in b'01234567':
                    j += 1
                out.append(int(s[i + 1:j], 8) & 0xff)
                i = j
                continue
            out += {ord('n'): b'\n', ord('r'): b'\r', ord('t'): b'\t', ord('b'): b'\b', ord('f'): b'\f'}.get(n, bytes([n]))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    texts = []
    for m in re.finditer(rb'<<(.*?)>>\s*stream\r?\n(.*?)endstream', data, re.S):
        dic, raw = m.group(1), m.group(2)
        filters = re.findall(rb'/(ASCII85Decode|FlateDecode|ASCIIHexDecode)', dic)
        try:
            for f in filters:
                if f == b'ASCII85Decode':
                    raw = raw.strip()
                    if raw.endswith(b'~>'):
                        raw = raw[:-2]
                    raw = base64.a85decode(raw.replace(b'\n', b'').replace(b'\r', b''))
                elif f == b'FlateDecode':
                    raw = zlib.decompress(raw)
        except Exception:
            continue
        if b'Tj' not in raw and b'TJ' not in raw:
            continue
        for s in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', raw, re.S):
            texts.append(_pdf_unescape(s.group(1)).decode('cp1252', 'replace'))
    # document info (title / author)
    for s in re.finditer(rb'/(?:Title|Author)\s*\(((?:\\.|[^\\)])*)\)', data):
        texts.append(_pdf_unescape(s.group(1)).decode('cp1252', 'replace'))
    return '\n'.join(texts)


def docx_text(data):
    import docx
    doc = docx.Document(io.BytesIO(data))
    out = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            out.append(' | '.join(c.text for c in row.cells))
    cp = doc.core_properties
    out.append(cp.title or '')
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


def _text_bytes(data, charset=None):
    if data.startswith(b'\xef\xbb\xbf'):
        return data[3:].decode('utf-8')
    for cs in ([charset] if charset else []) + ['utf-8', 'cp1252']:
        try:
            return data.decode(cs)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode('latin-1')


def _unfold(s):
    return s.replace('\r\n ', '').replace('\n ', '')


def _html_to_text(s):
    s = re.sub(r'<(br|/p|/tr|/li|/div|/h\d)[^>]*>', '\n', s, flags=re.I)
    s = re.sub(r'<[^>]+>', ' ', s)
    return html.unescape(s)


def file_text(name, data, segs, feats, depth=0):
    low = (name or '').lower()
    if low.endswith('.pdf'):
        segs.append(('pdf:' + name, pdf_text(data)))
        feats.add('att_pdf')
    elif low.endswith('.docx'):
        segs.append(('docx:' + name, docx_text(data)))
        feats.add('att_docx')
    elif low.endswith('.xlsx'):
        segs.append(('xlsx:' + name, xlsx_text(data)))
        feats.add('att_xlsx')
    elif low.endswith('.zip'):
        feats.add('att_zip')
        z = zipfile.ZipFile(io.BytesIO(data))
        for info in z.infolist():
            segs.append(('zipname:' + info.filename, info.filename))
            if not info.filename.endswith('/'):
                file_text(info.filename, z.read(info.filename), segs, feats, depth + 1)
    elif low.endswith('.eml'):
        msg_segments(email.message_from_bytes(data, policy=email.policy.default), segs, feats, depth + 1)
    elif low.endswith(('.csv', '.ics', '.vcf', '.txt')):
        feats.add({'csv': 'att_csv', 'ics': 'att_ics', 'vcf': 'att_vcard', 'txt': 'att_txt'}[low.rsplit('.', 1)[1]])
        segs.append(('text:' + name, _unfold(_text_bytes(data))))
    else:
        raise ValueError(f'unknown attachment type: {name}')


def msg_segments(msg, segs, feats, depth=0):
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if msg[h] is None:
            raise ValueError(f'missing header {h}')
    segs.append(('headers', f"Subject: {msg['Subject']}\nFrom: {msg['From']}\nTo: {msg['To']}\nCc: {msg['Cc'] or ''}"))
    _walk(msg, segs, feats, depth, top=True)


def _walk(part, segs, feats, depth, top=False):
    ct = part.get_content_type()
    if ct == 'message/rfc822' and not top:
        feats.add('att_eml')
        fn = part.get_filename()
        if fn:
            segs.append(('filename', fn))
        feats.add('cte_' + (part.get('Content-Transfer-Encoding') or '7bit').lower())
        msg_segments(part.get_content(), segs, feats, depth + 1)
        return
    if part.is_multipart():
        if depth == 0:
            feats.add(ct)
        for sub in part.iter_parts():
            _walk(sub, segs, feats, depth)
        return
    cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
    feats.add('cte_' + cte)
    cs = part.get_content_charset()
    if cs and part.get_content_maintype() == 'text':
        feats.add('cs_' + cs)
    fn = part.get_filename()
    if fn:
        segs.append(('filename', fn))
    data = part.get_payload(decode=True)
    if part.get_content_maintype() == 'text' and not (fn and fn.lower().endswith(('.csv', '.ics', '.vcf'))):
        txt = part.get_content()
        if ct == 'text/html':
            feats.add('html_part')
            txt = _html_to_text(txt)
        elif ct == 'text/calendar':
            feats.add('att_ics')
            txt = _unfold(txt)
        elif ct in ('text/vcard', 'text/x-vcard'):
            feats.add('att_vcard')
            txt = _unfold(txt)
        segs.append((ct, txt))
    elif ct in ('text/csv', 'text/calendar', 'text/vcard'):
        feats.add({'text/csv': 'att_csv', 'text/calendar': 'att_ics', 'text/vcard': 'att_vcard'}[ct])
        segs.append((ct + ':' + fn, _unfold(_text_bytes(data, cs))))
    else:
        file_text(fn, data, segs, feats, depth)


def parse_file(path):
    data = open(path, 'rb').read()
    feats = set()
    feats.add('crlf' if b'\r\n' in data else 'lf')
    head = data.split(b'\r\n\r\n' if b'\r\n' in data else b'\n\n', 1)[0]
    if re.search(rb'^Subject:.*=\?[^?]+\?[QqBb]\?', head, re.M):
        feats.add('rfc2047_subject')
    if re.search(rb'^(From|To|Cc):.*=\?[^?]+\?[QqBb]\?', head, re.M):
        feats.add('rfc2047_name')
    if re.search(rb'name\*(0\*)?=', data):
        feats.add('rfc2231')
    msg = email.message_from_bytes(data, policy=email.policy.default)
    segs = []
    msg_segments(msg, segs, feats)
    top = msg.get_content_type()
    if top == 'text/plain':
        feats.add('single_plain')
    elif top == 'text/html':
        feats.add('single_html')
    if any(ord(ch) >= 0xFF10 and ord(ch) <= 0xFF19 for _, t in segs for ch in t):
        feats.add('fullwidth')
    return segs, feats


# ---------------------------------------------------------------- checks
def _w(name):
    return r'(?<![a-z0-9])' + re.escape(norm_text(name)) + r'(?![a-z0-9])'


def _ws(s):
    return re.sub(r'\s+', ' ', s)


def dob_forms(dob):
    out = set()
    for L in ('fr', 'en'):
        for st in ('iso', 'slash', 'long', 'dots', 'short', 'us'):
            out.add(norm_text(fdate(dob, L, st)))
    return out


SEX_RE = re.compile(r'\bsexe?\W{0,4}(f|m|feminin|masculin|female|male)\b')


def sex_ok(seg_norm, line_norm, sex):
    want = {'F': ('f', 'feminin', 'female'), 'M': ('m', 'masculin', 'male')}[sex]
    for m in SEX_RE.finditer(seg_norm):
        if m.group(1) in want:
            return True
    toks = re.findall(r'(?<![\w.])([fm])(?![\w.])', line_norm)
    return want[0] in toks


def verify(out, records, nam_rows):
    errors = []
    feats_by_file = {}
    labels = json.load(open(os.path.join(out, 'labels.json'), encoding='utf-8'))
    keys = list(labels.keys())
    if keys != sorted(keys):
        errors.append('labels.json keys not sorted')
    files = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out, 'positive'))] +
                   [f"negative/{f}" for f in os.listdir(os.path.join(out, 'negative'))])
    if files != keys:
        errors.append('labels.json does not match the files')
    npos = sum(1 for k in keys if k.startswith('positive/'))
    nneg = sum(1 for k in keys if k.startswith('negative/'))
    if (npos, nneg) != (120, 180):
        errors.append(f'counts {npos}/{nneg}')
    nam_map = {r['nam']: r for r in nam_rows}
    holder_surnames = {norm_text(r['surname']) for r in nam_rows}
    for rel in keys:
        lab = labels[rel]
        pos = rel.startswith('positive/')
        if lab['confidential'] != pos:
            errors.append(f'{rel}: confidential flag')
        if lab['lang'] not in ('fr', 'en'):
            errors.append(f'{rel}: lang')
        if pos and not lab['types']:
            errors.append(f'{rel}: positive without types')
        if not pos and lab['types']:
            errors.append(f'{rel}: negative with types')
        if any(t not in TYPES for t in lab['types']):
            errors.append(f'{rel}: unknown type')
        if not lab.get('note'):
            errors.append(f'{rel}: no note')
        try:
            segs, feats = parse_file(os.path.join(out, rel))
        except Exception as e:  # noqa
            errors.append(f'{rel}: parse/decode error {e!r}')
            continue
        feats_by_file[rel] = feats
        all_text = '\n'.join(t for _, t in segs)
        all_norm = _ws(norm_text(all_text))
        all_alnum = norm_alnum(all_text)
        # NAMs: only in positives, always with holder's name, birth date and sex in the same part
        found = set()
        for label, t in segs:
            seg_alnum = norm_alnum(t)
            seg_norm = _ws(norm_text(t))
            for nam, row in nam_map.items():
                if nam in seg_alnum:
                    found.add(nam)
                    if not pos:
                        errors.append(f'{rel}: NAM in negative')
                        continue
                    if not (re.search(_w(row['surname']), seg_norm)
                            and re.search(_w(row['given']), seg_norm)):
                        errors.append(f'{rel}: NAM {nam} without holder name in {label}')
                    if not any(f in seg_norm for f in dob_forms(row['dob'])):
                        errors.append(f'{rel}: NAM {nam} without birth date in {label}')
                    line = ''
                    for ln in norm_text(t).split('\n'):
                        if nam.lower() in norm_alnum(ln).lower():
                            line = ln
                    if not sex_ok(seg_norm, line, row['sex']):
                        errors.append(f'{rel}: NAM {nam} without sex in {label}')
            for m in re.finditer(r'\b[A-Za-z]{4}[ ./-]?\d{4}[ ./-]?\d{4}\b', unicodedata.normalize('NFKC', t)):
                tok = norm_alnum(m.group(0))
                mm, dd = int(tok[6:8]), int(tok[8:10])
                if tok not in nam_map and (1 <= mm <= 12 or 51 <= mm <= 62) and 1 <= dd <= 31:
                    errors.append(f'{rel}: NAM-shaped token not from the list: {m.group(0)}')
        if found and 'ramq_nam' not in lab['types']:
            errors.append(f'{rel}: NAM present but ramq_nam not labelled')
        if not pos:
            for s in holder_surnames:
                if re.search(_w(s), all_norm):
                    errors.append(f'{rel}: NAM holder surname "{s}" in a negative')
            continue
        rec = records[rel]
        if set(rec['types']) != set(lab['types']):
            errors.append(f'{rel}: labels differ from generator record')
        kinds = set()
        for kind, val in rec['checks']:
            kinds.add(kind)
            if kind == 'name':
                if not re.search(_w(val), all_norm):
                    errors.append(f'{rel}: patient name {val!r} not found')
            elif kind == 'nam':
                if val not in found:
                    errors.append(f'{rel}: NAM not found')
            elif kind in ('mrn', 'sin', 'ohip', 'niss', 'nir'):
                if val not in all_alnum:
                    errors.append(f'{rel}: {kind} {val} not found')
                ok = {'mrn': lambda v: True, 'sin': ca_sin.is_valid, 'ohip': ohip_valid,
                      'niss': be_nn.is_valid, 'nir': fr_nir.is_valid}[kind](val)
                if not ok:
                    errors.append(f'{rel}: {kind} {val} invalid')
        need = {'ca_sin': 'sin', 'ca_health_number': 'ohip', 'be_niss': 'niss', 'fr_nir': 'nir', 'mrn': 'mrn',
                'ramq_nam': 'nam', 'patient_name': 'name'}
        for t, k in need.items():
            if (t in lab['types']) != (k in kinds):
                errors.append(f'{rel}: type {t} vs recorded identifiers')
        if not kinds & {'name', 'nam', 'mrn', 'sin', 'ohip', 'niss', 'nir'}:
            errors.append(f'{rel}: positive without identifier')
    return errors, feats_by_file


def digest(out):
    h = hashlib.sha256()
    rels = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out, 'positive')) if f.endswith('.eml')] +
                  [f"negative/{f}" for f in os.listdir(os.path.join(out, 'negative')) if f.endswith('.eml')] + ['labels.json'])
    for rel in rels:
        h.update(rel.encode('utf-8') + b'\0' + open(os.path.join(out, rel), 'rb').read() + b'\0')
    return h.hexdigest()
