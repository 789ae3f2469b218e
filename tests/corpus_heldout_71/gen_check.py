"""Self-check: re-parse every message, decode every part (PDF/DOCX/XLSX/ZIP/EML too),
verify labels and identifiers, print counts and the digest."""
import base64
import collections
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

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import NAMS, NAM_SURNAMES, strip_accents

TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth',
         'patient_name', 'diagnosis', 'medication', 'lab_result', 'patient_contact',
         'social_information']


# ---------------------------------------------------------------- decoders

def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):  # backslash
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                oct_digits = b''
                while j < len(s) and len(oct_digits) < 3 and 0x30 <= s[j] <= 0x37:
                    oct_digits += bytes([s[j]])
                    j += 1
                out.append(int(oct_digits, 8) & 0xFF)
                i = j
                continue
            out.append({ord('n'): 10, ord('r'): 13, ord('t'): 9, ord('b'): 8, ord('f'): 12}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


_LIT = re.compile(rb'\((?:\\.|[^\\()])*\)', re.S)


def pdf_text(data):
    texts = []
    for m in re.finditer(rb'<<(.*?)>>\s*stream\r?\n(.*?)endstream', data, re.S):
        d, raw = m.group(1), m.group(2)
        if b'ASCII85Decode' in d:
            raw = raw.strip()
            if raw.endswith(b'~>'):
                raw = raw[:-2]
            raw = base64.a85decode(raw)
        if b'FlateDecode' in d:
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                continue
        for lit in _LIT.findall(raw):
            texts.append(_pdf_unescape(lit[1:-1]).decode('cp1252', 'replace'))
    # document information dictionary
    for lit in _LIT.findall(re.sub(rb'stream\r?\n.*?endstream', b'', data, flags=re.S)):
        texts.append(_pdf_unescape(lit[1:-1]).decode('cp1252', 'replace'))
    return '\n'.join(texts)


def xml_text(x):
    x = re.sub(r'</w:p>|</row>|</si>|<w:br/>|</a:p>', '\n', x)
    x = re.sub(r'<[^>]+>', ' ', x)
    return htmlmod.unescape(x)


def ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in z.namelist():
        if n.endswith('.xml') and (n.startswith('word/') or n.startswith('xl/') or n.startswith('docProps/')):
            out.append(xml_text(z.read(n).decode('utf-8', 'replace')))
    return '\n'.join(out)


def html_text(h):
    h = re.sub(r'(?is)<(style|script)[^>]*>.*?</\1>', ' ', h)
    h = re.sub(r'(?i)<br\s*/?>|</p>|</div>|</tr>|</li>|</h[1-6]>|</blockquote>', '\n', h)
    h = re.sub(r'(?i)</t[dh]>', ' ', h)
    h = re.sub(r'<[^>]+>', '', h)
    return htmlmod.unescape(h)


def blob_text(name, data, ctype=''):
    low = (name or '').lower()
    if low.endswith('.pdf') or ctype == 'application/pdf':
        return pdf_text(data)
    if low.endswith('.docx') or low.endswith('.xlsx') or 'openxmlformats' in ctype:
        return ooxml_text(data)
    if low.endswith('.zip') or ctype in ('application/zip', 'application/x-zip-compressed'):
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for n in z.namelist():
            out.append(n)
            out.append(blob_text(n, z.read(n)))
        return '\n'.join(out)
    if low.endswith('.eml'):
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    if low.endswith(('.png', '.jpg', '.jpeg', '.tif')):
        return ''
    for enc in ('utf-8', 'cp1252'):
        try:
            t = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    if low.endswith(('.htm', '.html')):
        return html_text(t)
    return t


def _decode_param(v):
    if v and '=?' in v:
        return str(email.header.make_header(email.header.decode_header(v)))
    return v


def message_text(msg):
    out = []
    for h in ('From', 'To', 'Cc', 'Subject'):
        v = msg.get(h)
        if v is not None:
            out.append('%s: %s' % (h, v))
    _part_text(msg, out)
    return '\n'.join(out)


def _part_text(part, out):
    ct = part.get_content_type()
    fname = _decode_param(part.get_filename())
    if fname:
        out.append('[file] ' + fname)
    if ct == 'message/rfc822':
        inner = part.get_payload(0) if part.is_multipart() else part.get_content()
        out.append(message_text(inner))
        return
    if part.is_multipart():
        for sub in part.iter_parts():
            _part_text(sub, out)
        return
    if part.get_content_maintype() == 'text' and not (fname and fname.lower().endswith(('.docx', '.xlsx', '.pdf', '.zip'))):
        t = part.get_content()
        out.append(html_text(t) if ct == 'text/html' else t)
        return
    data = part.get_payload(decode=True) or b''
    out.append(blob_text(fname, data, ct))


# ---------------------------------------------------------------- identifier finders

def squash(t):
    t = unicodedata.normalize('NFKC', t).upper()
    return re.sub(r'[\s.\-/_\u00a0\u202f·]+', '', t)


_RUN = re.compile(r'(?<![0-9A-Za-z])[0-9](?:[ .\-/\u00a0\u202f]{0,2}[0-9])*')


def digit_candidates(text, length):
    t = unicodedata.normalize('NFKC', text)
    found = set()
    for m in _RUN.finditer(t):
        groups = re.findall(r'[0-9]+', m.group(0))
        for i in range(len(groups)):
            acc = ''
            for j in range(i, len(groups)):
                acc += groups[j]
                if len(acc) == length:
                    found.add(acc)
                if len(acc) >= length:
                    break
    return found


def has_valid(text, kind):
    if kind == 'ca_sin':
        return any(ca_sin.is_valid(c) for c in digit_candidates(text, 9))
    if kind == 'ca_health_number':
        return any(luhn.is_valid(c) for c in digit_candidates(text, 10))
    if kind == 'be_niss':
        return any(be_nn.is_valid(c) for c in digit_candidates(text, 11))
    if kind == 'fr_nir':
        return any(fr_nir.is_valid(c) for c in digit_candidates(text, 15))
    raise ValueError(kind)


def nams_in(text):
    s = squash(text)
    return {p['nam'] for p in NAMS if p['nam'] in s}


def _norm_words(t):
    t = strip_accents(unicodedata.normalize('NFKC', t)).lower()
    return ' ' + re.sub(r'[^a-z0-9]+', ' ', t) + ' '


def nam_holder_hits(text):
    """Full-name or surname-level hits of NAM holders in a text."""
    w = _norm_words(text)
    hits = set()
    for s in NAM_SURNAMES:
        key = ' ' + re.sub(r'[^a-z0-9]+', ' ', strip_accents(s).lower()).strip() + ' '
        if key in w:
            hits.add(s)
    return hits


# ---------------------------------------------------------------- digest

def digest(outdir):
    paths = sorted([os.path.join('positive', f) for f in os.listdir(os.path.join(outdir, 'positive'))] +
                   [os.path.join('negative', f) for f in os.listdir(os.path.join(outdir, 'negative'))] +
                   ['labels.json'])
    h = hashlib.sha256()
    for p in paths:
        with open(os.path.join(outdir, p), 'rb') as fh:
            data = fh.read()
        h.update(p.replace(os.sep, '/').encode('utf-8') + b'\0' + data + b'\0')
    return h.hexdigest()


# ---------------------------------------------------------------- main check

def run_check(outdir, quiet=False):
    with open(os.path.join(outdir, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted(['positive/' + f for f in os.listdir(os.path.join(outdir, 'positive'))] +
                   ['negative/' + f for f in os.listdir(os.path.join(outdir, 'negative'))])
    errors = []
    if sorted(labels) != files:
        errors.append('labels do not cover exactly the files')
    langs = collections.Counter()
    types = collections.Counter()
    pos = neg = 0
    for f in files:
        lab = labels.get(f, {})
        with open(os.path.join(outdir, f), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        try:
            text = message_text(msg)
        except Exception as e:  # pragma: no cover - reported as failure
            errors.append('%s: decode failure %r' % (f, e))
            continue
        if not text.strip():
            errors.append('%s: empty text' % f)
        langs[(f.split('/')[0], lab.get('lang'))] += 1
        if lab.get('lang') not in ('en', 'fr'):
            errors.append('%s: bad lang' % f)
        ts = lab.get('types', [])
        for t in ts:
            if t not in TYPES:
                errors.append('%s: unknown type %s' % (f, t))
        found_nams = nams_in(text)
        if f.startswith('positive/'):
            pos += 1
            if lab.get('confidential') is not True:
                errors.append('%s: positive not confidential' % f)
            if not ts:
                errors.append('%s: positive without type' % f)
            for t in ts:
                types[t] += 1
            if ('ramq_nam' in ts) != bool(found_nams):
                errors.append('%s: ramq_nam label %s but NAMs found %s' % (f, 'ramq_nam' in ts, found_nams))
            for kind in ('ca_sin', 'ca_health_number', 'be_niss', 'fr_nir'):
                if kind in ts and not has_valid(text, kind):
                    errors.append('%s: %s labelled but no valid number' % (f, kind))
        else:
            neg += 1
            if lab.get('confidential') is not False:
                errors.append('%s: negative marked confidential' % f)
            if ts:
                errors.append('%s: negative with types' % f)
            if found_nams:
                errors.append('%s: NAM in negative' % f)
            hits = nam_holder_hits(text)
            if hits:
                errors.append('%s: NAM holder surname(s) in negative: %s' % (f, sorted(hits)))
        # defects of the parser are acceptable only if harmless; report hard ones
        for part in msg.walk():
            for d in part.defects:
                if type(d).__name__ in ('StartBoundaryNotFoundDefect', 'CloseBoundaryNotFoundDefect',
                                        'MultipartInvariantViolationDefect', 'MissingHeaderBodySeparatorDefect'):
                    errors.append('%s: MIME defect %s' % (f, type(d).__name__))
    dg = digest(outdir)
    print('files: %d (positive %d, negative %d)' % (len(files), pos, neg))
    print('languages: ' + ', '.join('%s/%s=%d' % (k[0], k[1], v) for k, v in sorted(langs.items())))
    print('types (positives): ' + ', '.join('%s=%d' % (t, types[t]) for t in TYPES))
    print('sha256: ' + dg)
    if errors:
        print('SELF-CHECK FAILED (%d problems)' % len(errors))
        for e in errors[:80]:
            print('  ' + e)
        return False, dg, langs, types
    print('SELF-CHECK PASSED')
    return True, dg, langs, types
