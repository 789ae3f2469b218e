"""Re-parse every written message, decode every part, check labels, identifiers and NAM placement."""
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

from gen_common import dob_formats, load_nams, ohn_valid

ALLOWED = ['patient_name', 'date_of_birth', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn',
           'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']


# --------------------------------------------------------------------------- decoding
def _pdf_unescape(b):
    out, i = bytearray(), 0
    while i < len(b):
        c = b[i]
        if c == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                while j < len(b) and j < i + 4 and 0x30 <= b[j] <= 0x37:
                    j += 1
                out.append(int(b[i + 1:j], 8) & 0xFF)
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
    for m in re.finditer(rb'<<(.*?)>>\s*stream\r?\n(.*?)endstream', data, re.S):
        d, s = m.group(1), m.group(2)
        if b'ASCII85Decode' in d:
            s = s.strip()
            if s.endswith(b'~>'):
                s = s[:-2]
            if s.startswith(b'<~'):
                s = s[2:]
            s = base64.a85decode(s)
        if b'FlateDecode' in d:
            s = zlib.decompress(s)
        for t in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', s, re.S):
            texts.append(_pdf_unescape(t.group(1)).decode('cp1252', 'replace'))
    if not texts:
        raise ValueError('PDF without text')
    return '\n'.join(texts)


def _xml_text(xml):
    return html.unescape(re.sub(r'<[^>]+>', ' ', xml))


def ooxml_text(data, kind):
    zf = zipfile.ZipFile(io.BytesIO(data))
    bad = zf.testzip()
    if bad:
        raise ValueError('bad member ' + bad)
    parts = []
    for name in zf.namelist():
        if kind == 'docx' and name.startswith('word/') and name.endswith('.xml'):
            parts.append(_xml_text(zf.read(name).decode('utf-8')))
        if kind == 'xlsx' and name.startswith('xl/') and (name.startswith('xl/worksheets/') or
                                                          name == 'xl/sharedStrings.xml'):
            parts.append(_xml_text(zf.read(name).decode('utf-8')))
    if not parts:
        raise ValueError('empty ' + kind)
    return '\n'.join(parts)


def blob_text(name, data):
    """Decode an attachment blob by its file name / magic bytes. Returns (text, [member names])."""
    low = (name or '').lower()
    if data.startswith(b'%PDF'):
        return pdf_text(data), []
    if data.startswith(b'PK'):
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = zf.namelist()
        if '[Content_Types].xml' in names:
            return ooxml_text(data, 'docx' if any(n.startswith('word/') for n in names) else 'xlsx'), []
        texts, members = [], list(names)
        for n in names:
            t, sub = blob_text(n, zf.read(n))
            texts.append(t)
            members += sub
        return '\n'.join(texts), members
    if low.endswith(('.txt', '.csv', '.ics', '.vcf')):
        return data.decode('utf-8'), []
    raise ValueError('unknown blob ' + low)


def decode_message(msg, acc):
    """Walk a parsed message, appending decoded text, file names, features to acc."""
    acc['text'].append(str(msg.get('Subject', '')))
    for h in ('From', 'To', 'Cc'):
        if msg.get(h):
            acc['text'].append(str(msg.get(h)))
    for part in msg.walk():
        ct = part.get_content_type()
        acc['ctypes'].append(ct)
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            acc['files'].append(fn)
            acc['text'].append(fn)
        cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
        acc['ctes'].append(cte)
        cs = part.get_content_charset()
        if cs:
            acc['charsets'].append(cs)
        content = part.get_content()
        if ct == 'message/rfc822':
            decode_message(content, acc)
        elif isinstance(content, str):
            if ct == 'text/html':
                content = html.unescape(re.sub(r'<[^>]+>', ' ', content))
            acc['text'].append(content)
        else:
            t, members = blob_text(fn, content)
            acc['text'].append(t)
            acc['files'] += members
            acc['text'] += members


def decode_file(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if not msg.get(h):
            raise ValueError('missing header ' + h)
    acc = {'text': [], 'files': [], 'ctypes': [], 'ctes': [], 'charsets': []}
    decode_message(msg, acc)
    return msg, acc


# --------------------------------------------------------------------------- normalisation
def fold(s):
    s = unicodedata.normalize('NFKC', s)
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    return s.casefold()


def alnum(s):
    return re.sub(r'[^0-9A-Z]', '', unicodedata.normalize('NFKC', s).upper())


def id_valid(kind, v, nams):
    if kind == 'ramq_nam':
        return v in nams
    if kind == 'ca_sin':
        return ca_sin.is_valid(v)
    if kind == 'ca_health_number':
        return ohn_valid(v)
    if kind == 'be_niss':
        return be_nn.is_valid(v)
    if kind == 'fr_nir':
        return fr_nir.is_valid(v)
    if kind == 'mrn':
        return bool(re.fullmatch(r'\d{7}', v))
    return False


# --------------------------------------------------------------------------- features
def features(raw, msg, acc):
    f = []
    top = msg.get_content_type()
    if top == 'text/plain':
        f.append('single text/plain body')
    if top == 'text/html':
        f.append('single text/html body (HTML only)')
    if 'multipart/alternative' in acc['ctypes']:
        f.append('multipart/alternative')
    if top == 'multipart/mixed':
        f.append('multipart/mixed with attachments')
    m = {'application/pdf': 'PDF attachment', 'text/csv': 'CSV attachment', 'text/calendar': 'ICS attachment',
         'application/zip': 'ZIP attachment', 'message/rfc822': 'attached message (message/rfc822)',
         'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX attachment',
         'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX attachment'}
    for ct, name in m.items():
        if ct in acc['ctypes']:
            f.append(name)
    if 'text/vcard' in acc['ctypes'] or 'text/x-vcard' in acc['ctypes']:
        f.append('vCard attachment')
    for cs in ('utf-8', 'us-ascii', 'iso-8859-1', 'windows-1252'):
        if cs in acc['charsets']:
            f.append(f'charset {cs}')
    for cte in ('7bit', '8bit', 'quoted-printable', 'base64'):
        if cte in acc['ctes']:
            f.append(f'Content-Transfer-Encoding {cte}')
    f.append('CRLF line ends' if b'\r\n' in raw else 'LF line ends')
    head = raw.split(b'\r\n\r\n' if b'\r\n\r\n' in raw else b'\n\n', 1)[0]
    if re.search(rb'^Subject:\s*=\?', head, re.M | re.I):
        f.append('RFC 2047 encoded Subject')
    if re.search(rb'^(From|To|Cc):[^\n]*=\?', head, re.M | re.I):
        f.append('RFC 2047 encoded display name')
    if b'filename*' in raw:
        f.append('RFC 2231 file name')
    if any('\uff10' <= c <= '\uff5a' for t in acc['text'] for c in t):
        f.append('full-width characters')
    if msg.get('In-Reply-To'):
        f.append('reply headers (In-Reply-To)')
    return f


# --------------------------------------------------------------------------- main check
def verify(out, specs_by_path):
    errors = []
    nams = {h.nam: h for h in load_nams()}
    holder_names = []
    for h in nams.values():
        g, s = fold(h.given), fold(h.surname)
        holder_names += [f'{g} {s}', f'{s} {g}', f'{s}, {g}']
    holder_surnames = sorted({fold(h.surname) for h in nams.values()})
    labels = json.load(open(os.path.join(out, 'labels.json'), encoding='utf-8'))
    files = sorted([f'positive/{f}' for f in os.listdir(os.path.join(out, 'positive')) if f.endswith('.eml')] +
                   [f'negative/{f}' for f in os.listdir(os.path.join(out, 'negative')) if f.endswith('.eml')])
    if sorted(labels) != files:
        errors.append('labels keys do not match files')
    if list(labels) != sorted(labels):
        errors.append('labels not sorted')
    npos = sum(1 for f in files if f.startswith('positive/'))
    nneg = sum(1 for f in files if f.startswith('negative/'))
    if npos != 120 or nneg != 180:
        errors.append(f'counts {npos}/{nneg}')
    feats = {}
    for rel in files:
        lab = labels.get(rel, {})
        pos = rel.startswith('positive/')
        if lab.get('confidential') is not pos:
            errors.append(f'{rel}: confidential flag')
        if lab.get('lang') not in ('fr', 'en') or not lab.get('note'):
            errors.append(f'{rel}: lang/note')
        t = lab.get('types', None)
        if pos and (not t or any(x not in ALLOWED for x in t)):
            errors.append(f'{rel}: bad types {t}')
        if not pos and t != []:
            errors.append(f'{rel}: negative with types')
        raw = open(os.path.join(out, rel), 'rb').read()
        try:
            msg, acc = decode_file(raw)
        except Exception as e:  # noqa: BLE001
            errors.append(f'{rel}: decode failed: {e!r}')
            continue
        feats[rel] = features(raw, msg, acc)
        text = '\n'.join(acc['text'])
        ftext, atext = fold(text), alnum(text)
        spec = specs_by_path[rel]
        # NAM placement
        for nam, h in nams.items():
            if nam in atext:
                if not pos:
                    errors.append(f'{rel}: NAM in a negative')
                elif nam not in [x.nam for x in spec['holders']]:
                    errors.append(f'{rel}: NAM {nam} of an unrecorded holder')
        if not pos:
            for hn in holder_names:
                if hn in ftext:
                    errors.append(f'{rel}: NAM holder name "{hn}" in a negative')
            for s in holder_surnames:
                if re.search(r'(?<![a-z])' + re.escape(s) + r'(?![a-z])', ftext):
                    errors.append(f'{rel}: NAM holder surname "{s}" in a negative')
            continue
        # positives: identifiers, names, holders
        for kind, v in spec['ids']:
            if kind not in t:
                errors.append(f'{rel}: id type {kind} not labelled')
            if not id_valid(kind, v, nams):
                errors.append(f'{rel}: invalid {kind} {v}')
            if alnum(v) not in atext:
                errors.append(f'{rel}: {kind} {v} not found in decoded text')
        for kind in ('ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn'):
            if kind in t and kind not in [k for k, _ in spec['ids']]:
                errors.append(f'{rel}: {kind} labelled but not recorded')
        for p in spec['patients']:
            if fold(p.surname) not in ftext and fold(p.given) not in ftext:
                errors.append(f'{rel}: patient name {p.surname} not found')
        if ('patient_name' in t) != bool(spec['patients']):
            errors.append(f'{rel}: patient_name label mismatch')
        for h in spec['holders']:
            if h.nam not in atext:
                errors.append(f'{rel}: holder NAM missing')
            if fold(h.given) not in ftext or fold(h.surname) not in ftext:
                errors.append(f'{rel}: holder name missing')
            if not any(fold(x) in ftext for x in dob_formats(h.dob)):
                errors.append(f'{rel}: holder birth date missing')
            if not re.search(r'(?<![a-z])sexe?(?![a-z])', ftext):
                errors.append(f'{rel}: holder sex missing')
            if len(spec['holders']) == 1:
                m = re.findall(r'(?<![a-z])sexe?\s*:?\s*([mf])(?![a-z])', ftext)
                if m and h.sex.lower() not in m:
                    errors.append(f'{rel}: holder sex differs from list')
            if 'date_of_birth' not in t:
                errors.append(f'{rel}: holder DOB not labelled')
    return errors, feats


def digest(out):
    h = hashlib.sha256()
    rels = ['labels.json'] + [f'positive/{f}' for f in os.listdir(os.path.join(out, 'positive')) if f.endswith('.eml')] + \
        [f'negative/{f}' for f in os.listdir(os.path.join(out, 'negative')) if f.endswith('.eml')]
    for rel in sorted(rels):
        h.update(rel.encode('utf-8') + b'\0')
        h.update(open(os.path.join(out, rel), 'rb').read())
        h.update(b'\0')
    return h.hexdigest()
