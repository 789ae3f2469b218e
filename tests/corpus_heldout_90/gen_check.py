"""Self-check: re-parse every file, decode every part, verify labels, print digest."""
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
from collections import Counter

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import HOLDERS, fold

TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth',
         'patient_name', 'diagnosis', 'medication', 'lab_result', 'patient_contact',
         'social_information']


# ---------------------------------------------------------------- extraction

def _pdf_string(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5C:  # backslash
            i += 1
            n = s[i:i + 1]
            if n.isdigit():
                j = i
                while j < len(s) and j < i + 3 and chr(s[j]) in '01234567':
                    j += 1
                out.append(int(s[i:j], 8))
                i = j
                continue
            out += {b'n': b'\n', b'r': b'\r', b't': b'\t', b'b': b'\b', b'f': b'\f'}.get(n, n)
        else:
            out.append(c)
        i += 1
    return out.decode('cp1252', 'replace')


def pdf_text(data):
    texts = []
    for m in re.finditer(rb'(?<![a-z])stream\r?\n(.*?)endstream', data, re.S):
        raw = m.group(1)
        d = data[data.rfind(b' obj', 0, m.start()):m.start()]
        if b'ASCII85Decode' in d:
            raw = raw.strip()
            if raw.endswith(b'~>'):
                raw = raw[:-2]
            raw = base64.a85decode(raw)
        if b'FlateDecode' in d:
            raw = zlib.decompress(raw)
        for sm in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', raw, re.S):
            texts.append(_pdf_string(sm.group(1)))
    return '\n'.join(texts)


def ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    keep = re.compile(r'^(word/(document|header\d*|footer\d*)\.xml|xl/sharedStrings\.xml|xl/worksheets/sheet\d+\.xml)$')
    for n in sorted(z.namelist()):
        if keep.match(n):
            x = z.read(n).decode('utf-8')
            x = re.sub(r'</w:p>|</row>|</si>', '\n', x)
            x = re.sub(r'</c>|</w:tc>', '\t', x)
            t = html.unescape(re.sub(r'<[^>]+>', '', x))
            out.append('\n'.join(l for l in t.split('\n') if l.strip()))
    return '\n'.join(out)


def unfold(s):
    return re.sub(r'\r?\n[ \t]', '', s)


def bytes_text(name, data):
    low = name.lower()
    if low.endswith('.pdf') or data[:5] == b'%PDF-':
        return pdf_text(data)
    if low.endswith(('.docx', '.xlsx')):
        return ooxml_text(data)
    if low.endswith('.zip'):
        z = zipfile.ZipFile(io.BytesIO(data))
        return '\n'.join(n + '\n' + bytes_text(n, z.read(n)) for n in z.namelist())
    if low.endswith('.eml'):
        return msg_text(email.message_from_bytes(data, policy=email.policy.default))
    for enc in ('utf-8-sig', 'cp1252'):
        try:
            return unfold(data.decode(enc))
        except UnicodeDecodeError:
            continue
    return data.decode('latin-1')


def strip_html(h):
    h = re.sub(r'(?is)<(script|style).*?</\1>', ' ', h)
    h = re.sub(r'(?i)<br\s*/?>|</p>|</tr>|</div>|</li>', '\n', h)
    h = re.sub(r'(?i)</td>|</th>', '\t', h)
    return html.unescape(re.sub(r'<[^>]+>', '', h))


def msg_text(msg):
    parts = []
    for h in ('Subject', 'From', 'To', 'Cc'):
        v = msg.get(h)
        if v is not None:
            parts.append(str(v))
    for part in msg.walk():
        ctype = part.get_content_type()
        fn = part.get_filename()
        if fn:
            parts.append(fn)
        if part.is_multipart():
            continue
        if ctype == 'message/rfc822':
            inner = part.get_content()
            parts.append(msg_text(inner))
            continue
        if ctype == 'text/plain' and not fn:
            parts.append(part.get_content())
        elif ctype == 'text/html':
            parts.append(strip_html(part.get_content()))
        else:
            data = part.get_payload(decode=True) or b''
            parts.append(bytes_text(fn or 'x.txt', data))
    return '\n'.join(parts)


def walk_structure(msg):
    return [p.get_content_type() for p in msg.walk()]


# ---------------------------------------------------------------- finders

def norm(text):
    return unicodedata.normalize('NFKC', text)


def find_nams(text):
    flat = re.sub(r'[^A-Z0-9]', '', norm(text).upper())
    return {h.nam for h in HOLDERS if h.nam in flat}


def _digit_runs(text, n):
    t = norm(text)
    pat = r'(?<![0-9])(?:[0-9][ .\-/]?){%d}(?![0-9])' % n
    out = []
    for m in re.finditer(pat, t):
        d = re.sub(r'[^0-9]', '', m.group(0))
        if len(d) == n:
            out.append(d)
    return out


def find_valid(text, kind):
    t = norm(text)
    if kind == 'ca_sin':
        return [d for d in _digit_runs(t, 9) if ca_sin.is_valid(d)]
    if kind == 'ca_health_number':
        return [d for d in _digit_runs(t, 10) if luhn.is_valid(d)]
    if kind == 'be_niss':
        return [d for d in _digit_runs(t, 11) if be_nn.is_valid(d)]
    if kind == 'fr_nir':
        out = []
        for m in re.finditer(r'(?<![0-9A-Z])[12](?:[ .]?[0-9A-B]){14}(?![0-9])', t):
            c = re.sub(r'[ .]', '', m.group(0))
            if fr_nir.is_valid(c):
                out.append(c)
        return out
    raise ValueError(kind)


def holder_name_hits(text):
    f = fold(norm(text))
    hits = []
    for h in HOLDERS:
        g, s = fold(h.given), fold(h.surname)
        for pat in (rf'\b{g}\s+{s}\b', rf'\b{s}\s*,?\s+{g}\b'):
            if re.search(pat, f):
                hits.append(f'{h.given} {h.surname}')
    return hits


def holder_surname_hits(text):
    hits = []
    for h in HOLDERS:
        if re.search(rf'\b{re.escape(h.surname)}\b', norm(text)):
            hits.append(h.surname)
    return hits


# ---------------------------------------------------------------- main check

def digest(out_dir):
    files = sorted([f'positive/{n}' for n in os.listdir(os.path.join(out_dir, 'positive')) if n.endswith('.eml')] +
                   [f'negative/{n}' for n in os.listdir(os.path.join(out_dir, 'negative')) if n.endswith('.eml')] +
                   ['labels.json'])
    h = hashlib.sha256()
    for p in files:
        h.update(p.encode() + b'\0')
        with open(os.path.join(out_dir, p), 'rb') as fh:
            h.update(fh.read())
        h.update(b'\0')
    return h.hexdigest()


def run(out_dir, verbose=True):
    with open(os.path.join(out_dir, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted([f'positive/{n}' for n in os.listdir(os.path.join(out_dir, 'positive'))] +
                   [f'negative/{n}' for n in os.listdir(os.path.join(out_dir, 'negative'))])
    errors = []
    if sorted(labels) != files:
        errors.append('labels do not cover exactly the files')
    langs, types, structs = Counter(), Counter(), Counter()
    cte_seen, cs_seen, crlf = Counter(), Counter(), Counter()
    for path in files:
        lab = labels.get(path, {})
        raw = open(os.path.join(out_dir, path), 'rb').read()
        crlf['crlf' if b'\r\n' in raw else 'lf'] += 1
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for p in msg.walk():
            if p.get('Content-Transfer-Encoding'):
                cte_seen[str(p.get('Content-Transfer-Encoding')).lower()] += 1
            if p.get_content_charset():
                cs_seen[p.get_content_charset()] += 1
            for d in getattr(p, 'defects', []):
                errors.append(f'{path}: defect {d!r}')
        structs[msg.get_content_type()] += 1
        text = msg_text(msg)
        pos = path.startswith('positive/')
        langs[lab.get('lang')] += 1
        if lab.get('confidential') is not pos:
            errors.append(f'{path}: confidential flag')
        t = lab.get('types', [])
        for x in t:
            types[x] += 1
            if x not in TYPES:
                errors.append(f'{path}: unknown type {x}')
        nams = find_nams(text)
        if pos:
            if not t:
                errors.append(f'{path}: positive without types')
            if ('ramq_nam' in t) != bool(nams):
                errors.append(f'{path}: ramq_nam label {("ramq_nam" in t)} vs found {sorted(nams)}')
            for kind in ('ca_sin', 'ca_health_number', 'be_niss', 'fr_nir'):
                if kind in t and not find_valid(text, kind):
                    errors.append(f'{path}: {kind} labelled but no valid number found')
            for nam in nams:
                h = next(h for h in HOLDERS if h.nam == nam)
                if fold(h.surname) not in fold(norm(text)):
                    errors.append(f'{path}: NAM {nam} without its holder surname')
        else:
            if t:
                errors.append(f'{path}: negative with types')
            if nams:
                errors.append(f'{path}: NAM in negative')
            hn = holder_name_hits(text)
            if hn:
                errors.append(f'{path}: holder name in negative {hn}')
            hs = holder_surname_hits(text)
            if hs:
                errors.append(f'{path}: holder surname in negative {hs}')
    d = digest(out_dir)
    npos = sum(1 for f in files if f.startswith('positive/'))
    if verbose:
        print(f'files: {len(files)} (positive {npos}, negative {len(files) - npos})')
        print('languages:', dict(sorted(langs.items())))
        print('types:', {k: types[k] for k in TYPES})
        print('top-level content types:', dict(structs))
        print('transfer encodings:', dict(cte_seen))
        print('charsets:', dict(cs_seen))
        print('line endings:', dict(crlf))
        print('sha256:', d)
    return errors, d, langs, types
