"""Self-check: re-parse every message, decode every part, verify labels; digest."""
import base64
import email
import email.policy
import hashlib
import html as _html
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

from gen_common import NAM_HOLDERS

TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth',
         'patient_name', 'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']


# ---------------------------------------------------------------- extraction
def _pdf_strings(blob):
    out = []
    i, n = 0, len(blob)
    while i < n:
        c = blob[i:i + 1]
        if c == b'(':
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                ch = blob[j:j + 1]
                if ch == b'\\':
                    nxt = blob[j + 1:j + 2]
                    if nxt in b'01234567' and nxt:
                        k = j + 1
                        octal = b''
                        while k < n and len(octal) < 3 and blob[k:k + 1] in b'01234567':
                            octal += blob[k:k + 1]
                            k += 1
                        buf.append(int(octal, 8) & 0xFF)
                        j = k
                        continue
                    buf += {b'n': b'\n', b'r': b'\r', b't': b'\t', b'b': b'\b', b'f': b'\f'}.get(nxt, nxt)
                    j += 2
                    continue
                if ch == b'(':
                    depth += 1
                elif ch == b')':
                    depth -= 1
                    if not depth:
                        break
                buf += ch
                j += 1
            out.append(bytes(buf).decode('cp1252', 'replace'))
            i = j + 1
        else:
            i += 1
    return out


def pdf_text(data):
    pieces = []
    for m in re.finditer(rb'<<((?:(?!<<|stream).)*?)>>\s*stream\r?\n(.*?)\s*endstream', data, re.S):
        d, s = m.group(1), m.group(2)
        try:
            if b'ASCII85Decode' in d:
                s = s.strip()
                if s.endswith(b'~>'):
                    s = s[:-2]
                s = base64.a85decode(s)
            if b'FlateDecode' in d:
                s = zlib.decompress(s)
        except Exception:
            continue
        pieces.extend(_pdf_strings(s))
    rest = re.sub(rb'stream\r?\n.*?endstream', b'', data, flags=re.S)
    pieces.extend(_pdf_strings(rest))
    return '\n'.join(pieces)


def _xml_text(blob):
    s = blob.decode('utf-8', 'replace')
    s = re.sub(r'</w:p>|</row>|<w:br/>', '\n', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    return _html.unescape(s)


def ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for name in z.namelist():
        if name.endswith('.xml') and (name.startswith('word/') or name.startswith('xl/')
                                      or name.startswith('docProps/')):
            out.append(_xml_text(z.read(name)))
    return '\n'.join(out)


def _decode_bytes(b):
    for cs in ('utf-8', 'cp1252'):
        try:
            return b.decode(cs)
        except UnicodeDecodeError:
            pass
    return b.decode('latin-1')


def blob_text(name, data, names):
    low = (name or '').lower()
    if data[:5] == b'%PDF-' or low.endswith('.pdf'):
        return pdf_text(data)
    if data[:2] == b'PK':
        z = zipfile.ZipFile(io.BytesIO(data))
        nl = z.namelist()
        if '[Content_Types].xml' in nl:
            return ooxml_text(data)
        out = []
        for member in nl:
            names.append(member)
            out.append(blob_text(member, z.read(member), names))
        return '\n'.join(out)
    if low.endswith('.eml'):
        return message_text(email.message_from_bytes(data, policy=email.policy.default), names)
    return _decode_bytes(data)


def html_to_text(s):
    s = re.sub(r'(?is)<(script|style).*?</\1>', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>|</p>|</div>|</tr>|</li>', '\n', s)
    s = re.sub(r'(?i)</td>|</th>', ' | ', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    return _html.unescape(s)


def message_text(msg, names):
    out = []
    for part in msg.walk():
        for h in ('Subject', 'From', 'To', 'Cc', 'Reply-To'):
            v = part.get(h)
            if v is not None:
                out.append('%s: %s' % (h, v))
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            names.append(fn)
            out.append(fn)
        ctype = part.get_content_type()
        if ctype == 'message/rfc822':
            continue
        if part.get_content_maintype() == 'text' and not (fn and fn.lower().endswith('.eml')):
            txt = part.get_content()
            out.append(html_to_text(txt) if ctype == 'text/html' else txt)
        else:
            data = part.get_content() if part.get_content_maintype() != 'text' else part.get_payload(decode=True)
            if isinstance(data, str):
                data = data.encode('utf-8')
            if isinstance(data, email.message.Message):
                out.append(message_text(data, names))
            else:
                out.append(blob_text(fn, data, names))
    return '\n'.join(out)


def file_text(raw):
    names = []
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return message_text(msg, names), names


# ---------------------------------------------------------------- matching
def fold(s):
    s = unicodedata.normalize('NFKC', s)
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s).lower()


def nams_in(text):
    compact = re.sub(r'[^A-Z0-9]', '', unicodedata.normalize('NFKC', text).upper())
    return sorted({h['nam'] for h in NAM_HOLDERS if h['nam'] in compact})


def number_candidates(text):
    text = unicodedata.normalize('NFKC', text)
    cands = set()
    for m in re.finditer(r'\d(?:[ .\-/]?\d)*', text):
        groups = re.split(r'[ .\-/]', m.group(0))
        for i in range(len(groups)):
            acc = ''
            for j in range(i, len(groups)):
                acc += groups[j]
                if len(acc) > 15:
                    break
                cands.add(acc)
    return cands


VALIDATORS = {
    'ca_sin': lambda c: len(c) == 9 and ca_sin.is_valid(c),
    'ca_health_number': lambda c: len(c) == 10 and c[0] != '0' and luhn.is_valid(c),
    'be_niss': lambda c: len(c) == 11 and be_nn.is_valid(c),
    'fr_nir': lambda c: len(c) == 15 and fr_nir.is_valid(c),
}


def holder_name_hits(text):
    t = fold(text)
    hits = []
    for h in NAM_HOLDERS:
        g, s = fold(h['given']), fold(h['surname'])
        for pat in (r'\b%s\b' % re.escape(s),):
            if re.search(pat, t):
                hits.append('%s %s' % (h['given'], h['surname']))
                break
    return sorted(set(hits))


# ---------------------------------------------------------------- run
def digest(out_dir, rels):
    h = hashlib.sha256()
    for rel in sorted(rels):
        with open(os.path.join(out_dir, rel), 'rb') as fh:
            data = fh.read()
        h.update(rel.encode('utf-8') + b'\0' + data + b'\0')
    return h.hexdigest()


def run(out_dir, expect_pos=120, expect_neg=180):
    errors = []
    with open(os.path.join(out_dir, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted(['positive/' + f for f in os.listdir(os.path.join(out_dir, 'positive'))] +
                   ['negative/' + f for f in os.listdir(os.path.join(out_dir, 'negative'))])
    if sorted(labels) != files:
        errors.append('labels do not cover exactly the files')
    npos = sum(1 for f in files if f.startswith('positive/'))
    nneg = len(files) - npos
    if npos != expect_pos or nneg != expect_neg:
        errors.append('counts %d/%d' % (npos, nneg))
    langs, types = {}, {}
    for rel in files:
        lab = labels.get(rel, {})
        pos = rel.startswith('positive/')
        if lab.get('confidential') is not pos:
            errors.append('%s: confidential flag' % rel)
        t = lab.get('types', [])
        if pos and not t:
            errors.append('%s: no types' % rel)
        if not pos and t:
            errors.append('%s: negative with types' % rel)
        if any(x not in TYPES for x in t) or len(set(t)) != len(t):
            errors.append('%s: bad types %r' % (rel, t))
        if lab.get('lang') not in ('fr', 'en'):
            errors.append('%s: bad lang' % rel)
        langs[(pos, lab.get('lang'))] = langs.get((pos, lab.get('lang')), 0) + 1
        for x in t:
            types[x] = types.get(x, 0) + 1
        with open(os.path.join(out_dir, rel), 'rb') as fh:
            raw = fh.read()
        try:
            text, _names = file_text(raw)
        except Exception as exc:  # noqa
            errors.append('%s: parse error %r' % (rel, exc))
            continue
        found = nams_in(text)
        if 'ramq_nam' in t and not found:
            errors.append('%s: labelled ramq_nam but no NAM found' % rel)
        if 'ramq_nam' not in t and found:
            errors.append('%s: NAM present but not labelled' % rel)
        cands = number_candidates(text)
        for typ, ok in VALIDATORS.items():
            if typ in t and not any(ok(c) for c in cands):
                errors.append('%s: %s labelled but no valid number' % (rel, typ))
        if not pos:
            hits = holder_name_hits(text)
            if hits:
                errors.append('%s: NAM holder name in negative: %s' % (rel, hits))
    return errors, langs, types, npos, nneg
