"""Re-parse every written file, decode every part, check labels and identifiers, list transport features."""
import base64
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
import zlib

from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import TYPES, fold, alnum, date_variants, ohn_valid, load_nams

ID_TYPES = {'patient_name', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn'}


# ----------------------------------------------------------------- decoders ----
def _pdf_string(s):
    out, i = bytearray(), 0
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            m = {ord('n'): 10, ord('r'): 13, ord('t'): 9, ord('b'): 8, ord('f'): 12}
            if n in m:
                out.append(m[n])
                i += 2
            elif 0x30 <= n <= 0x37:
                j = i + 1
                oct_ = b''
                while j < len(s) and len(oct_) < 3 and 0x30 <= s[j] <= 0x37:
                    oct_ += bytes([s[j]])
                    j += 1
                out.append(int(oct_, 8) & 0xFF)
                i = j
            else:
                out.append(n)
                i += 2
        else:
            out.append(c)
            i += 1
    return bytes(out).decode('cp1252', 'replace')


def pdf_text(data):
    if not data.startswith(b'%PDF'):
        raise ValueError('not a PDF')
    texts = []
    for m in re.finditer(rb'<<((?:(?!<<|>>).)*)>>\s*stream\r?\n(.*?)\r?\n?endstream', data, re.S):
        d, s = m.group(1), m.group(2)
        if b'ASCII85Decode' in d:
            s = s.strip()
            if s.endswith(b'~>'):
                s = s[:-2]
            s = base64.a85decode(re.sub(rb'\s', b'', s))
        if b'FlateDecode' in d:
            s = zlib.decompress(s)
        if b'Tj' not in s and b'TJ' not in s:
            continue
        for t in re.finditer(rb'\((?:\\.|[^\\)])*\)', s, re.S):
            texts.append(_pdf_string(t.group(0)[1:-1]))
    if not texts:
        raise ValueError('no text in PDF')
    return ' '.join(texts)


def ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    out = []
    for n in names:
        if n == 'word/document.xml' or n == 'xl/sharedStrings.xml' or n.startswith('xl/worksheets/sheet'):
            x = z.read(n).decode('utf-8')
            x = re.sub(r'</w:p>|</row>|</si>', '\n', x)
            x = re.sub(r'</c>|</w:tc>', ' | ', x)
            out.append(htmlmod.unescape(re.sub(r'<[^>]+>', '', x)))
    if not out:
        raise ValueError('empty OOXML')
    return '\n'.join(out)


def html_text(s):
    s = re.sub(r'(?is)<(script|style).*?</\1>', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>|</p>|</tr>|</h\d>', '\n', s)
    s = re.sub(r'(?i)</t[dh]>', ' | ', s)
    return htmlmod.unescape(re.sub(r'<[^>]+>', '', s))


def blob_text(name, data):
    ext = name.rsplit('.', 1)[-1].lower()
    if ext == 'pdf':
        return pdf_text(data)
    if ext in ('docx', 'xlsx'):
        return ooxml_text(data)
    if ext == 'zip':
        z = zipfile.ZipFile(io.BytesIO(data))
        parts = []
        for n in z.namelist():
            parts.append(n)
            parts.append(blob_text(n, z.read(n)))
        return '\n'.join(parts)
    if ext in ('txt', 'csv', 'ics', 'vcf'):
        try:
            return data.decode('utf-8')
        except UnicodeDecodeError:
            return data.decode('cp1252')
    if ext == 'eml':
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    raise ValueError('unknown attachment type ' + name)


def message_text(msg, feats=None):
    """All decodable text of a message: headers, bodies, attachments, file names."""
    out = []
    for h in ('From', 'To', 'Cc', 'Subject'):
        if msg[h] is not None:
            out.append(str(msg[h]))
    for part in msg.walk():
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if part.is_multipart():
            if feats is not None:
                feats.add(ct)
            if ct == 'message/rfc822':
                inner = part.get_payload(0)
                if feats is not None:
                    feats.add('att:eml')
                out.extend(str(inner[h]) for h in ('From', 'To', 'Subject') if inner[h] is not None)
            continue
        cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
        if feats is not None:
            feats.add('cte:' + cte)
            cs = part.get_content_charset()
            if cs and ct.startswith('text/'):
                feats.add('charset:' + cs.lower())
        if ct == 'message/rfc822':
            inner = part.get_content()
            if feats is not None:
                feats.add('att:eml')
            out.append(message_text(inner, None))
            continue
        if ct.startswith('text/') and not fn:
            s = part.get_content()
            out.append(html_text(s) if ct == 'text/html' else s)
            continue
        data = part.get_payload(decode=True)
        name = fn or 'x.txt'
        if feats is not None:
            feats.add('att:' + name.rsplit('.', 1)[-1].lower())
        if ct.startswith('text/'):
            part.get_content()
        out.append(blob_text(name, data))
    return '\n'.join(out)


# ------------------------------------------------------------------- checks ----
def sex_shown(text, sex):
    t = fold(text)
    words = {'F': ['feminin', 'female', 'femme'], 'M': ['masculin', 'male', 'homme']}[sex]
    if re.search(r'\bsexe?\b\s*[:=]?\s*' + sex.lower() + r'\b', t) or re.search(r'\(' + sex.lower() + r'\)', t):
        return True
    if any(re.search(r'\b' + w + r'\b', t) for w in words):
        return True
    return bool(re.search(r'\bsexe?\b', t) and re.search(r'\b' + sex.lower() + r'\b', t))


def verify(out, labels, meta):
    errors = []
    nams = load_nams()
    files = sorted(f'{d}/{f}' for d in ('positive', 'negative') for f in os.listdir(os.path.join(out, d)) if f.endswith('.eml'))
    pos = [f for f in files if f.startswith('positive/')]
    neg = [f for f in files if f.startswith('negative/')]
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f'counts {len(pos)}/{len(neg)}')
    if sorted(labels) != files:
        errors.append('labels keys differ from files')
    with open(os.path.join(out, 'labels.json'), encoding='utf-8') as fh:
        on_disk = json.load(fh)
    if on_disk != labels or list(on_disk) != sorted(on_disk):
        errors.append('labels.json differs or is not sorted')
    features = {}
    for f in files:
        lab = labels.get(f, {})
        is_pos = f.startswith('positive/')
        if lab.get('confidential') is not is_pos:
            errors.append(f'{f}: confidential flag')
        if lab.get('lang') not in ('fr', 'en') or not lab.get('note'):
            errors.append(f'{f}: lang/note')
        types = lab.get('types', [])
        if is_pos and not types:
            errors.append(f'{f}: positive without types')
        if not is_pos and types:
            errors.append(f'{f}: negative with types')
        if any(t not in TYPES for t in types):
            errors.append(f'{f}: unknown type')
        if is_pos and not (set(types) & ID_TYPES and set(types) - ID_TYPES):
            errors.append(f'{f}: positive needs an identifier and a personal fact')
        raw = open(os.path.join(out, f), 'rb').read()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            feats = set()
            text = message_text(msg, feats)
        except Exception as e:  # noqa
            errors.append(f'{f}: decode failure {e!r}')
            continue
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            if not msg[h]:
                errors.append(f'{f}: missing {h}')
        if msg.defects:
            errors.append(f'{f}: defects {msg.defects}')
        # features
        feats.add('crlf' if b'\r\n' in raw else 'lf')
        head = raw.split(b'\r\n\r\n' if b'\r\n' in raw else b'\n\n', 1)[0]
        if b'=?' in head:
            feats.add('rfc2047')
        if b'filename*' in raw:
            feats.add('rfc2231')
        top = msg.get_content_type()
        feats.add('top:' + top)
        if re.search(r'(?m)^>', text):
            feats.add('quoted')
        if re.search(r'Message transféré|Forwarded message|message réexpédié|Message d\'origine', text):
            feats.add('forward')
        if msg['In-Reply-To']:
            feats.add('in-reply-to')
        if re.search('[\uff10-\uff19]', text):
            feats.add('fullwidth')
        features[f] = feats
        ftext = fold(text)
        atext = alnum(text)
        ntext = unicodedata.normalize('NFKC', text)
        m = meta.get(f, {})
        # NAM placement
        found = [h for h in nams if h['nam'] in atext]
        if not is_pos and found:
            errors.append(f'{f}: NAM in a negative')
        if is_pos:
            if bool(found) != ('ramq_nam' in types):
                errors.append(f'{f}: ramq_nam label vs NAM presence')
            for h in found:
                if fold(h['surname']) not in ftext or fold(h['given']) not in ftext:
                    errors.append(f'{f}: NAM without holder name')
                if not any(v in ntext for v in date_variants(h['dob'])):
                    errors.append(f'{f}: NAM without birth date')
                if not sex_shown(text, h['sex']):
                    errors.append(f'{f}: NAM without sex')
        # NAM holder names never in negatives
        if not is_pos:
            flat = re.sub(r'\s+', ' ', ftext)
            for h in nams:
                gi, su = fold(h['given']), fold(h['surname'])
                for pat in (f'{gi} {su}', f'{su}, {gi}', f'{su} {gi}', f'{su},{gi}'):
                    if re.search(r'\b' + re.escape(pat) + r'\b', flat):
                        errors.append(f'{f}: NAM holder name in a negative')
        # registered identifiers
        kinds = set()
        for kind, value in m.get('ids', []):
            kinds.add(kind)
            ok = {'sin': ca_sin.is_valid, 'ohn': ohn_valid, 'niss': be_nn.is_valid, 'nir': fr_nir.is_valid,
                  'nam': lambda v: any(h['nam'] == v for h in nams), 'mrn': lambda v: v.isdigit()}[kind](value)
            if not ok:
                errors.append(f'{f}: invalid {kind}')
            if alnum(value) not in atext:
                errors.append(f'{f}: {kind} not found in text')
        need = {'ca_sin': 'sin', 'ca_health_number': 'ohn', 'be_niss': 'niss', 'fr_nir': 'nir', 'mrn': 'mrn', 'ramq_nam': 'nam'}
        for t, k in need.items():
            if (t in types) != (k in kinds):
                errors.append(f'{f}: type {t} vs registered ids')
        for given, surname in m.get('people', []):
            if fold(surname) not in ftext and fold(given) not in ftext:
                errors.append(f'{f}: registered patient not found')
        if is_pos and 'patient_name' in types and not m.get('people'):
            errors.append(f'{f}: patient_name without a registered patient')
    return errors, features


def digest(out):
    h = hashlib.sha256()
    paths = sorted([f'{d}/{f}' for d in ('positive', 'negative') for f in os.listdir(os.path.join(out, d)) if f.endswith('.eml')]
                   + ['labels.json'])
    for p in paths:
        h.update(p.encode('utf-8') + b'\0')
        with open(os.path.join(out, p), 'rb') as fh:
            h.update(fh.read())
        h.update(b'\0')
    return h.hexdigest()


FEATURE_ROWS = [
    ('text/plain only', lambda s: 'top:text/plain' in s),
    ('text/html only', lambda s: 'top:text/html' in s),
    ('multipart/alternative', lambda s: 'multipart/alternative' in s),
    ('multipart/mixed (attachments)', lambda s: 'multipart/mixed' in s),
    ('PDF attachment', lambda s: 'att:pdf' in s),
    ('DOCX attachment', lambda s: 'att:docx' in s),
    ('XLSX attachment', lambda s: 'att:xlsx' in s),
    ('CSV attachment', lambda s: 'att:csv' in s),
    ('ICS attachment', lambda s: 'att:ics' in s),
    ('vCard attachment', lambda s: 'att:vcf' in s),
    ('ZIP attachment', lambda s: 'att:zip' in s),
    ('attached message (message/rfc822)', lambda s: 'att:eml' in s),
    ('charset utf-8', lambda s: 'charset:utf-8' in s),
    ('charset us-ascii', lambda s: 'charset:us-ascii' in s),
    ('charset iso-8859-1', lambda s: 'charset:iso-8859-1' in s),
    ('charset windows-1252', lambda s: 'charset:windows-1252' in s),
    ('7bit', lambda s: 'cte:7bit' in s),
    ('8bit', lambda s: 'cte:8bit' in s),
    ('quoted-printable', lambda s: 'cte:quoted-printable' in s),
    ('base64', lambda s: 'cte:base64' in s),
    ('CRLF line ends', lambda s: 'crlf' in s),
    ('LF line ends', lambda s: 'lf' in s),
    ('RFC 2047 encoded header', lambda s: 'rfc2047' in s),
    ('RFC 2231 file name', lambda s: 'rfc2231' in s),
    ('quoted reply text', lambda s: 'quoted' in s),
    ('inline forward', lambda s: 'forward' in s),
    ('In-Reply-To header', lambda s: 'in-reply-to' in s),
    ('full-width digits', lambda s: 'fullwidth' in s),
]
