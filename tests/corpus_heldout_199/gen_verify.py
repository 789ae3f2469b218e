"""Re-parse the written corpus, decode every part, and check labels, NAMs and identifiers."""
import base64
import email
import email.header
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
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_common as C

TYPES = ['patient_name', 'date_of_birth', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn',
         'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']


# ---------------------------------------------------------------- decoders

def _pdf_string(s):
    out, i = bytearray(), 0
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            esc = {ord('n'): 10, ord('r'): 13, ord('t'): 9, ord('b'): 8, ord('f'): 12}
            if n in esc:
                out.append(esc[n]); i += 2
            elif 0x30 <= n <= 0x37:
                j = i + 1
                while j < len(s) and j < i + 4 and 0x30 <= s[j] <= 0x37:
                    j += 1
                out.append(int(s[i + 1:j], 8) & 0xFF); i = j
            else:
                out.append(n); i += 2
        else:
            out.append(c); i += 1
    return out.decode('cp1252', 'replace')


def pdf_text(data):
    assert data.startswith(b'%PDF'), 'not a PDF'
    texts = []
    for m in re.finditer(rb'<<(.*?)>>\s*stream\r?\n(.*?)endstream', data, re.S):
        d, raw = m.group(1), m.group(2)
        if b'ASCII85Decode' in d:
            raw = raw.strip()
            if not raw.endswith(b'~>'):
                raw = raw[:raw.rfind(b'~>') + 2]
            raw = base64.a85decode(raw, adobe=True)
        if b'FlateDecode' in d:
            raw = zlib.decompress(raw)
        for s in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', raw, re.S):
            texts.append(_pdf_string(s.group(1)))
    for m in re.finditer(rb'/(Title|Author|Subject) \(((?:\\.|[^\\)])*)\)', data):
        texts.append(_pdf_string(m.group(2)))
    return '\n'.join(texts)


def docx_text(data):
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append(' | '.join(c.text for c in row.cells))
    cp = d.core_properties
    out += [cp.author or '', cp.title or '']
    return '\n'.join(out)


def xlsx_text(data):
    wb = openpyxl.load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(' | '.join('' if v is None else str(v) for v in row))
    return '\n'.join(out)


def html_text(h):
    t = re.sub(r'(?is)<(head|style|script).*?</\1>', ' ', h)
    t = re.sub(r'<[^>]+>', ' ', t)
    return htmlmod.unescape(t)


def blob_text(name, ctype, data, info, depth):
    ext = (name or '').lower().rsplit('.', 1)[-1] if name and '.' in name else ''
    if ext == 'pdf' or ctype == 'application/pdf':
        info['kinds'].add('PDF')
        return pdf_text(data)
    if ext == 'docx' or 'wordprocessingml' in ctype:
        info['kinds'].add('DOCX')
        return docx_text(data)
    if ext == 'xlsx' or 'spreadsheetml' in ctype:
        info['kinds'].add('XLSX')
        return xlsx_text(data)
    if ext == 'zip' or 'zip' in ctype:
        info['kinds'].add('ZIP')
        out = []
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for zi in z.infolist():
                out.append(zi.filename)
                out.append(blob_text(zi.filename, '', z.read(zi.filename), info, depth + 1))
        return '\n'.join(out)
    if ext == 'eml':
        m = email.message_from_bytes(data, policy=email.policy.default)
        return walk(m, info, depth + 1)
    if ext in ('csv', 'txt', 'log', 'ics', 'vcf'):
        return data.decode('utf-8')
    raise ValueError('undecodable attachment %r %r' % (name, ctype))


def header_text(m):
    out = []
    for h in ('From', 'To', 'Cc', 'Subject'):
        v = m.get(h)
        if v is not None:
            out.append(str(v))
    return '\n'.join(out)


def walk(part, info, depth=0):
    """Return all decoded text of a message part (recursive)."""
    out = []
    ct = part.get_content_type()
    fn = part.get_filename()
    if fn:
        fn = str(email.header.make_header(email.header.decode_header(fn))) if '=?' in fn else fn
        out.append(fn)
        info['filenames'].append(fn)
    if ct == 'message/rfc822':
        info['kinds'].add('message/rfc822')
        inner = part.get_content()
        out.append(header_text(inner))
        out.append(walk(inner, info, depth + 1))
        return '\n'.join(out)
    if part.is_multipart():
        info['structures'].add(ct)
        for sub in part.iter_parts():
            out.append(walk(sub, info, depth))
        return '\n'.join(out)
    cs = part.get_content_charset()
    if cs:
        info['charsets'].add(cs)
    cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
    info['ctes'].add(cte)
    if ct.startswith('text/'):
        s = part.get_content()
        if ct == 'text/html':
            info['kinds'].add('text/html')
            s = html_text(s)
        elif ct == 'text/plain':
            info['kinds'].add('text/plain')
        elif ct == 'text/csv':
            info['kinds'].add('CSV')
        elif ct == 'text/calendar':
            info['kinds'].add('ICS')
        elif ct in ('text/vcard', 'text/x-vcard'):
            info['kinds'].add('vCard')
        out.append(s)
    else:
        data = part.get_content()
        assert isinstance(data, bytes)
        out.append(blob_text(fn, ct, data, info, depth))
    return '\n'.join(out)


def parse_file(path):
    raw = open(path, 'rb').read()
    m = email.message_from_bytes(raw, policy=email.policy.default)
    info = dict(kinds=set(), structures=set(), charsets=set(), ctes=set(), filenames=[])
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if m.get(h) is None:
            raise ValueError('%s missing %s' % (path, h))
    m['Date'].datetime  # must parse
    body = walk(m, info)
    text = header_text(m) + '\n' + body
    info['raw'] = raw
    info['top'] = m.get_content_type()
    return m, text, info


# ---------------------------------------------------------------- helpers

def compact(s):
    s = unicodedata.normalize('NFKC', s)
    return re.sub(r'[^0-9A-Za-z]', '', s).upper()


def folded(s):
    return C.fold(unicodedata.normalize('NFKC', s))


def sex_ok(text, sex):
    f = folded(text)
    words = {'F': ['feminin', 'female', 'femme'], 'M': ['masculin', 'male', 'homme']}[sex]
    if any(re.search(r'\b%s\b' % w, f) for w in words):
        return True
    return bool(re.search(r'\bsexe?\b', f)) and bool(re.search(r'(?<![\w])%s(?![\w])' % sex, text))


def validate_id(kind, value):
    if kind == 'ca_sin':
        return ca_sin.is_valid(value)
    if kind == 'ca_health_number':
        return C.ohip_valid(value)
    if kind == 'be_niss':
        return be_nn.is_valid(value)
    if kind == 'fr_nir':
        return fr_nir.is_valid(value)
    if kind == 'mrn':
        return value.isdigit() and len(value) == 7
    if kind == 'ramq_nam':
        return True
    return False


def digest(out):
    h = hashlib.sha256()
    files = []
    for sub in ('positive', 'negative'):
        for n in sorted(os.listdir(os.path.join(out, sub))):
            if n.endswith('.eml'):
                files.append(sub + '/' + n)
    files.append('labels.json')
    for rel in sorted(files):
        h.update(rel.encode('utf-8') + b'\0')
        with open(os.path.join(out, rel), 'rb') as fh:
            h.update(fh.read())
        h.update(b'\0')
    return h.hexdigest()


# ---------------------------------------------------------------- main check

def verify(out, meta, holders):
    errors = []
    labels = json.load(open(os.path.join(out, 'labels.json'), encoding='utf-8'))
    pos = sorted(n for n in os.listdir(os.path.join(out, 'positive')) if n.endswith('.eml'))
    neg = sorted(n for n in os.listdir(os.path.join(out, 'negative')) if n.endswith('.eml'))
    if len(pos) != 120:
        errors.append('positives: %d' % len(pos))
    if len(neg) != 180:
        errors.append('negatives: %d' % len(neg))
    files = ['positive/' + n for n in pos] + ['negative/' + n for n in neg]
    if sorted(labels) != sorted(files) or list(labels) != sorted(labels):
        errors.append('labels keys do not match files or are not sorted')
    for i, n in enumerate(pos):
        if not re.match(r'^p%03d_[a-z0-9_]+\.eml$' % (i + 1), n):
            errors.append('bad positive name ' + n)
    for i, n in enumerate(neg):
        if not re.match(r'^n%03d_[a-z0-9_]+\.eml$' % (i + 1), n):
            errors.append('bad negative name ' + n)
    nam_set = {h['nam']: h for h in holders}
    holder_surnames = sorted({folded(h['surname']) for h in holders})
    all_names = sorted({folded(s) for s in C.all_person_surnames()} | set(holder_surnames))
    infos = {}
    for rel in files:
        lab = labels.get(rel, {})
        is_pos = rel.startswith('positive/')
        if lab.get('confidential') is not is_pos:
            errors.append(rel + ': confidential flag')
        if lab.get('lang') not in ('fr', 'en'):
            errors.append(rel + ': lang')
        if not lab.get('note'):
            errors.append(rel + ': note')
        fn_note = folded(lab.get('note', ''))
        for s in all_names:
            if re.search(r'\b%s\b' % re.escape(s), fn_note):
                errors.append(rel + ': note contains a name')
        types = lab.get('types', [])
        if is_pos and not types:
            errors.append(rel + ': positive without types')
        if not is_pos and types:
            errors.append(rel + ': negative with types')
        if any(t not in TYPES for t in types) or types != sorted(set(types)):
            errors.append(rel + ': bad types')
        try:
            msg, text, info = parse_file(os.path.join(out, rel))
        except Exception as e:  # noqa
            errors.append('%s: parse/decode failure: %r' % (rel, e))
            continue
        infos[rel] = info
        m = meta[rel]
        if ' '.join(str(msg['Subject']).split()) != ' '.join(m['subject'].split()):
            errors.append('%s: Subject decodes to %r' % (rel, str(msg['Subject'])))
        fa = msg['From'].addresses[0]
        if fa.addr_spec != m['frm'][1] or ' '.join(fa.display_name.split()) != ' '.join(m['frm'][0].split()):
            errors.append('%s: From decodes to %r' % (rel, str(msg['From'])))
        comp = compact(text)
        ftext = folded(text)
        digits = re.sub(r'\D', '', unicodedata.normalize('NFKC', text))
        found = [n for n in nam_set if n in comp]
        if not is_pos:
            if found:
                errors.append(rel + ': NAM in negative')
            for s in holder_surnames:
                if re.search(r'\b%s\b' % re.escape(s), ftext):
                    errors.append('%s: NAM holder surname %r in negative' % (rel, s))
            if m['ids'] or m['holders']:
                errors.append(rel + ': identifiers recorded in negative')
            continue
        recorded = {h['nam'] for h in m['holders']}
        for n in found:
            if n not in recorded:
                errors.append('%s: unexpected NAM %s' % (rel, n))
        for h in m['holders']:
            if h['nam'] not in comp:
                errors.append('%s: NAM %s missing' % (rel, h['nam']))
            if folded(h['surname']) not in ftext or folded(h['given']) not in ftext:
                errors.append('%s: holder name missing for %s' % (rel, h['nam']))
            d = h['dob']
            if d.strftime('%Y%m%d') not in digits and d.strftime('%d%m%Y') not in digits:
                errors.append('%s: holder DOB missing for %s' % (rel, h['nam']))
            if not sex_ok(text, h['sex']):
                errors.append('%s: holder sex missing for %s' % (rel, h['nam']))
        for kind, value in m['ids']:
            if kind not in types:
                errors.append('%s: id type %s not labelled' % (rel, kind))
            if not validate_id(kind, value):
                errors.append('%s: invalid %s %s' % (rel, kind, value))
            if compact(value) not in comp:
                errors.append('%s: %s %s not found in text' % (rel, kind, value))
        if sorted(m['types']) != types:
            errors.append(rel + ': label types differ from generator record')
    return errors, infos, labels
