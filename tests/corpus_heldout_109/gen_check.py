"""Self-check: re-parse every file, decode every part, verify labels, print counts and digest."""
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

from gen_common import load_holders, strip_accents

TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
         'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']


# ------------------------------------------------------------------ decoders
def _pdf_strings(content):
    out, i, n = [], 0, len(content)
    while i < n:
        if content[i:i + 1] == b'(':
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                c = content[j:j + 1]
                if c == b'\\':
                    nx = content[j + 1:j + 2]
                    if nx in b'nrtbf':
                        buf += {b'n': b'\n', b'r': b'\r', b't': b'\t', b'b': b'\b', b'f': b'\f'}[nx]
                        j += 2
                    elif nx.isdigit():
                        m = re.match(rb'[0-7]{1,3}', content[j + 1:j + 4])
                        buf.append(int(m.group(0), 8) & 0xFF)
                        j += 1 + len(m.group(0))
                    else:
                        buf += nx
                        j += 2
                    continue
                if c == b'(':
                    depth += 1
                elif c == b')':
                    depth -= 1
                    if depth == 0:
                        break
                buf += c
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
            s = s.strip()
            if s.endswith(b'~>'):
                s = s[:-2]
            s = base64.a85decode(s)
        if b'FlateDecode' in d:
            s = zlib.decompress(s)
        texts.append('\n'.join(_pdf_strings(s)))
    return '\n'.join(texts)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(' | '.join(c.text for c in row.cells))
    return '\n'.join(parts)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(' | '.join('' if v is None else str(v) for v in row))
    return '\n'.join(parts)


def file_text(name, data):
    low = (name or '').lower()
    if low.endswith('.pdf') or data[:5] == b'%PDF-':
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
            out.append(file_text(info.filename, z.read(info.filename)))
        return '\n'.join(out)
    if low.endswith('.eml'):
        return msg_text(email.message_from_bytes(data, policy=email.policy.default))
    for enc in ('utf-8-sig', 'cp1252'):
        try:
            t = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    return t


def _unfold(t):
    return t.replace('\r\n ', '').replace('\n ', '')


def _ical_unescape(t):
    return t.replace('\\n', '\n').replace('\\,', ',').replace('\\;', ';').replace('\\\\', '\\')


def msg_text(msg, stats=None):
    out = []
    for h in ('Subject', 'From', 'To', 'Cc'):
        if msg[h] is not None:
            out.append(f'{h}: {msg[h]}')
    for part in msg.walk():
        ct = part.get_content_type()
        if stats is not None and not ct.startswith('multipart/'):
            stats.setdefault(ct, 0)
            stats[ct] += 1
        fn = part.get_filename()
        if fn and ct == 'message/rfc822':
            out.append(f'[file] {fn}')
        if part.is_multipart():
            continue
        if fn:
            out.append(f'[file] {fn}')
        if part.get_content_maintype() == 'text':
            t = part.get_content()
            if ct == 'text/html':
                t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
            if ct in ('text/calendar', 'text/vcard', 'text/x-vcard', 'text/directory'):
                t = _ical_unescape(_unfold(t))
            out.append(t)
        else:
            data = part.get_payload(decode=True) or b''
            out.append(file_text(fn or '', data))
    # message/rfc822 parts: walk() descends, but add their headers
    for part in msg.walk():
        if part.get_content_type() == 'message/rfc822':
            inner = part.get_payload(0)
            for h in ('Subject', 'From', 'To'):
                if inner[h] is not None:
                    out.append(f'{h}: {inner[h]}')
    return '\n'.join(out)


# ------------------------------------------------------------------ normalisers
def norm_alnum(t):
    return re.sub(r'[^A-Z0-9]', '', unicodedata.normalize('NFKC', t).upper())


def norm_words(t):
    t = strip_accents(unicodedata.normalize('NFKC', t)).lower()
    return ' ' + re.sub(r'[^a-z0-9]+', ' ', t) + ' '


def name_present(name, text_words):
    return norm_words(name) in text_words


# ------------------------------------------------------------------ digest
def digest(outdir, files):
    h = hashlib.sha256()
    for rel in sorted(files):
        h.update(rel.encode('utf-8'))
        h.update(b'\0')
        with open(os.path.join(outdir, rel), 'rb') as fh:
            h.update(fh.read())
        h.update(b'\0')
    return h.hexdigest()


def run(outdir, meta):
    """meta: {relpath: {'ids': {...}, 'names': [...]}} from the generator (for deeper checks)."""
    errors = []
    with open(os.path.join(outdir, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted(['positive/' + f for f in os.listdir(os.path.join(outdir, 'positive'))] +
                   ['negative/' + f for f in os.listdir(os.path.join(outdir, 'negative'))])
    if sorted(labels) != files:
        errors.append('labels do not cover exactly the files')
    holders = load_holders()
    ctype_stats = {}
    lang_counts, type_counts = {}, {t: 0 for t in TYPES}
    raw_stats = {'crlf': 0, 'lf': 0, 'cte': {}, 'charset': {}, 'rfc2047': 0, 'rfc2231': 0}
    for rel in files:
        lab = labels.get(rel, {})
        with open(os.path.join(outdir, rel), 'rb') as fh:
            raw = fh.read()
        raw_stats['crlf' if b'\r\n' in raw[:400] else 'lf'] += 1
        for m in re.finditer(rb'Content-Transfer-Encoding: ([\w-]+)', raw):
            k = m.group(1).decode().lower()
            raw_stats['cte'][k] = raw_stats['cte'].get(k, 0) + 1
        for m in re.finditer(rb'Content-Type: [^\n]*charset="?([\w-]+)', raw):
            k = m.group(1).decode().lower()
            raw_stats['charset'][k] = raw_stats['charset'].get(k, 0) + 1
        if re.search(rb'=\?[\w-]+\?[BbQq]\?', raw):
            raw_stats['rfc2047'] += 1
        if re.search(rb"\*(0\*)?=[\w-]+''", raw):
            raw_stats['rfc2231'] += 1
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        try:
            text = msg_text(msg, ctype_stats)
        except Exception as e:  # noqa
            errors.append(f'{rel}: decode failure {e!r}')
            continue
        pos = rel.startswith('positive/')
        if lab.get('confidential') is not pos:
            errors.append(f'{rel}: confidential flag mismatch')
        types = lab.get('types', [])
        if pos and not types:
            errors.append(f'{rel}: positive without types')
        if not pos and types:
            errors.append(f'{rel}: negative with types')
        for t in types:
            if t not in TYPES:
                errors.append(f'{rel}: unknown type {t}')
            type_counts[t] = type_counts.get(t, 0) + 1
        lang_counts[lab.get('lang')] = lang_counts.get(lab.get('lang'), 0) + 1
        alnum = norm_alnum(text)
        words = norm_words(text)
        found_nams = [h.nam for h in holders if h.nam in alnum]
        if ('ramq_nam' in types) != bool(found_nams):
            errors.append(f'{rel}: NAM presence {found_nams} vs label')
        m = meta.get(rel, {})
        ids = m.get('ids', {})
        if sorted(set(found_nams)) != sorted(set(ids.get('nam', []))):
            errors.append(f'{rel}: NAMs found {found_nams} != declared {ids.get("nam")}')
        for nam in found_nams:
            h = [x for x in holders if x.nam == nam]
            if not any(name_present(f'{x.given} {x.surname}', words) or name_present(f'{x.surname} {x.given}', words)
                       or name_present(x.surname, words) for x in h):
                pass  # NAM without the name is allowed (identifier alone)
        digits = re.sub(r'[^0-9A-Z]', '', unicodedata.normalize('NFKC', text).upper())
        checks = [('ca_sin', 'sin', ca_sin.is_valid), ('ca_health_number', 'ohip', luhn.is_valid),
                  ('be_niss', 'niss', be_nn.is_valid), ('fr_nir', 'nir', fr_nir.is_valid)]
        for label, key, valid in checks:
            vals = ids.get(key, [])
            if (label in types) != bool(vals):
                errors.append(f'{rel}: {label} label vs declared ids {vals}')
            for v in vals:
                if not valid(v):
                    errors.append(f'{rel}: invalid {label} {v}')
                if v not in digits:
                    errors.append(f'{rel}: {label} {v} not found in decoded text')
        for nm in m.get('names', []):
            if not name_present(nm, words):
                errors.append(f'{rel}: declared name {nm!r} not found in decoded text')
        if 'mrn' in types and not ids.get('mrn'):
            errors.append(f'{rel}: mrn label without declared MRN')
        for v in ids.get('mrn', []):
            if norm_alnum(v) not in alnum:
                errors.append(f'{rel}: MRN {v} not found')
        for s in m.get('must', []):
            if norm_words(s) not in words:
                errors.append(f'{rel}: expected text {s!r} not found')
        if not pos:
            for h in holders:
                for form in (f'{h.given} {h.surname}', f'{h.surname} {h.given}'):
                    if name_present(form, words):
                        errors.append(f'{rel}: NAM holder name {form!r} in a negative')
    files_all = files + ['labels.json']
    dg = digest(outdir, files_all)
    n_pos = sum(1 for f in files if f.startswith('positive/'))
    n_neg = len(files) - n_pos
    return {'errors': errors, 'n_pos': n_pos, 'n_neg': n_neg, 'langs': lang_counts, 'types': type_counts,
            'ctypes': ctype_stats, 'raw': raw_stats, 'digest': dg,
            'lang_pos': _lang_split(labels, 'positive/'), 'lang_neg': _lang_split(labels, 'negative/')}


def _lang_split(labels, prefix):
    out = {}
    for k, v in labels.items():
        if k.startswith(prefix):
            out[v['lang']] = out.get(v['lang'], 0) + 1
    return out
