"""Self-check: re-parse every file, decode every part and verify the labels."""
import base64
import email
import email.policy
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

from gen_common import load_nam_holders, strip_accents
from gen_mime import html_to_text_simple

TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
         'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']


# ---------------------------------------------------------------- decoding
def _pdf_unescape(s):
    out, i = bytearray(), 0
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                while j < len(s) and j < i + 4 and 0x30 <= s[j] <= 0x37:
                    j += 1
                out.append(int(s[i + 1:j], 8) & 0xFF)
                i = j
                continue
            out.append({ord('n'): 10, ord('r'): 13, ord('t'): 9}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    texts = []
    for m in re.finditer(rb'<<((?:(?!>>).)*)>>\s*stream\r?\n(.*?)endstream', data, re.S):
        dic, stream = m.group(1), m.group(2).strip()
        if b'ASCII85Decode' in dic:
            if stream.endswith(b'~>'):
                stream = stream[:-2]
            try:
                stream = base64.a85decode(re.sub(rb'\s+', b'', stream))
            except ValueError:
                continue
        if b'FlateDecode' in dic:
            try:
                stream = zlib.decompress(stream)
            except zlib.error:
                continue
        for s in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', stream, re.S):
            texts.append(_pdf_unescape(s.group(1)).decode('cp1252', 'replace'))
    for m in re.finditer(rb'/(Title|Author|Subject)\s*\(((?:\\.|[^\\)])*)\)', data):
        texts.append(_pdf_unescape(m.group(2)).decode('cp1252', 'replace'))
    return '\n'.join(texts)


def xml_text(b):
    t = b.decode('utf-8', 'replace')
    t = re.sub(r'</w:p>|</row>|</si>', '\n', t)
    t = re.sub(r'<[^>]+>', ' ', t)
    import html
    return html.unescape(t)


def file_text(name, data, depth=0):
    low = (name or '').lower()
    if data[:5] == b'%PDF-' or low.endswith('.pdf'):
        return pdf_text(data)
    if data[:2] == b'PK':
        parts = []
        z = zipfile.ZipFile(io.BytesIO(data))
        for n in z.namelist():
            parts.append(n)
            parts.append(file_text(n, z.read(n), depth + 1))
        return '\n'.join(parts)
    if low.endswith(('.jpeg', '.jpg', '.png', '.gif', '.emf', '.wmf', '.bin')):
        return ''
    if low.endswith('.xml') or low.endswith('.rels'):
        return xml_text(data)
    if low.endswith('.eml'):
        return message_text(email.message_from_bytes(data, policy=email.policy.default), depth + 1)
    for enc in ('utf-8', 'cp1252'):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return data.decode('latin-1')


def message_text(msg, depth=0):
    parts = []
    for h in ('From', 'To', 'Cc', 'Subject'):
        v = msg.get(h)
        if v:
            parts.append(str(v))
    for part in msg.walk():
        ct = part.get_content_type()
        if part is not msg and ct == 'message/rfc822':
            fn = part.get_filename()
            if fn:
                parts.append(fn)
            inner = part.get_payload()[0]
            for h in ('From', 'To', 'Cc', 'Subject'):
                if inner.get(h):
                    parts.append(str(inner.get(h)))
            continue
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            parts.append(fn)
        if part.get_content_maintype() == 'text':
            t = part.get_content()
            if ct == 'text/html':
                t = html_to_text_simple(t)
            parts.append(t)
        else:
            parts.append(file_text(fn, part.get_content(), depth))
    return '\n'.join(parts)


# ---------------------------------------------------------------- identifier finders
def norm(text):
    return unicodedata.normalize('NFKC', text)


def find_sins(t):
    return [a + b + c for a, b, c in re.findall(r'(?<![\d])(\d{3})[ \-.]?(\d{3})[ \-.]?(\d{3})(?![\d])', t)
            if ca_sin.is_valid(a + b + c)]


def find_ohips(t):
    return [a + b + c for a, b, c in re.findall(r'(?<![\d])(\d{4})[ \-.]?(\d{3})[ \-.]?(\d{3})(?![\d])', t)
            if luhn.is_valid(a + b + c)]


def find_niss(t):
    out = []
    for g in re.findall(r'(?<![\d])(\d{2})[ .\-]?(\d{2})[ .\-]?(\d{2})[ .\-]?(\d{3})[ .\-]?(\d{2})(?![\d])', t):
        n = ''.join(g)
        if be_nn.is_valid(n):
            out.append(n)
    return out


def find_nirs(t):
    out = []
    for g in re.findall(r'(?<![\dA-Z])([12])[ .]?(\d{2})[ .]?(\d{2})[ .]?(\d{2}|2A|2B)[ .]?(\d{3})[ .]?(\d{3})[ .]?(\d{2})(?!\d)', t):
        n = ''.join(g)
        if fr_nir.is_valid(n):
            out.append(n)
    return out


def squash(t):
    return re.sub(r'[^A-Z0-9]', '', strip_accents(norm(t)).upper())


def name_variants(p):
    g, s = strip_accents(p.given).lower(), strip_accents(p.surname).lower()
    return [g + ' ' + s, s + ' ' + g, s + ', ' + g, s + ',' + g]


# ---------------------------------------------------------------- run
def digest(root):
    paths = sorted([os.path.join(d, f) for d in ('positive', 'negative')
                    for f in os.listdir(os.path.join(root, d)) if f.endswith('.eml')] + ['labels.json'])
    h = hashlib.sha256()
    for p in paths:
        with open(os.path.join(root, p), 'rb') as fh:
            data = fh.read()
        h.update(p.encode('utf-8') + b'\0' + data + b'\0')
    return h.hexdigest()


def run(root, verbose=True):
    errors = []
    with open(os.path.join(root, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted([d + '/' + f for d in ('positive', 'negative') for f in os.listdir(os.path.join(root, d))
                    if f.endswith('.eml')])
    if sorted(labels) != files:
        errors.append('labels do not cover exactly the files')
    holders = load_nam_holders()
    nams = [p.nam for p in holders]
    counts = {'positive': 0, 'negative': 0}
    langs = {}
    types = {t: 0 for t in TYPES}
    for f in files:
        lab = labels.get(f, {})
        with open(os.path.join(root, f), 'rb') as fh:
            data = fh.read()
        msg = email.message_from_bytes(data, policy=email.policy.default)
        try:
            text = message_text(msg)
        except Exception as e:  # pragma: no cover
            errors.append('%s: decode failure %r' % (f, e))
            continue
        nt = norm(text)
        sq = squash(text)
        pos = f.startswith('positive/')
        counts['positive' if pos else 'negative'] += 1
        langs[lab.get('lang')] = langs.get(lab.get('lang'), 0) + 1
        ty = lab.get('types', [])
        for t in ty:
            if t not in TYPES:
                errors.append('%s: unknown type %s' % (f, t))
            else:
                types[t] += 1
        if lab.get('lang') not in ('fr', 'en'):
            errors.append('%s: bad lang' % f)
        if pos and (lab.get('confidential') is not True or not ty):
            errors.append('%s: positive without types' % f)
        if not pos and (lab.get('confidential') is not False or ty):
            errors.append('%s: negative with types' % f)
        has_nam = any(n in sq for n in nams)
        if has_nam != ('ramq_nam' in ty):
            errors.append('%s: NAM presence %s vs label' % (f, has_nam))
        checks = [('ca_sin', find_sins), ('ca_health_number', find_ohips), ('be_niss', find_niss),
                  ('fr_nir', find_nirs)]
        for t, fn in checks:
            if t in ty and not fn(nt):
                errors.append('%s: %s labelled but no valid number found' % (f, t))
        if not pos:
            low = re.sub(r'\s+', ' ', strip_accents(nt).lower())
            for p in holders:
                for v in name_variants(p):
                    if re.search(r'(?<![a-z])' + re.escape(v) + r'(?![a-z])', low):
                        errors.append('%s: NAM holder name %r in negative' % (f, v))
        if 'ramq_nam' in ty and pos:
            # the NAM's holder must be the person written about: check the surname is present somewhere
            for p in holders:
                if p.nam in sq and strip_accents(p.surname).upper() not in sq:
                    errors.append('%s: NAM %s without its holder name' % (f, p.nam))
    dg = digest(root)
    if verbose:
        print('files: %d (positive %d, negative %d)' % (len(files), counts['positive'], counts['negative']))
        print('languages: %s' % ', '.join('%s=%d' % (k, v) for k, v in sorted(langs.items(), key=str)))
        print('types: %s' % ', '.join('%s=%d' % (k, v) for k, v in types.items()))
        print('sha256: %s' % dg)
        print('errors: %d' % len(errors))
        for e in errors[:50]:
            print('  ' + e)
    return errors, counts, langs, types, dg
