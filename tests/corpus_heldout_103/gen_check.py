"""Self-check: re-parse every message, decode every part and attachment,
verify labels against the decoded text, print counts and the digest."""
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
from collections import Counter
from html.parser import HTMLParser

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

from gen_common import NAM_HOLDERS, fold

TYPES = {'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth',
         'patient_name', 'diagnosis', 'medication', 'lab_result', 'patient_contact',
         'social_information'}


class _HT(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ('style', 'script', 'head'):
            self.skip += 1
        if tag in ('br', 'p', 'div', 'tr', 'li', 'td', 'blockquote'):
            self.out.append('\n' if tag != 'td' else ' | ')

    def handle_endtag(self, tag):
        if tag in ('style', 'script', 'head') and self.skip:
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_text(s):
    p = _HT()
    p.feed(s)
    return ''.join(p.out)


def _pdf_strings(raw):
    out, i = [], 0
    while i < len(raw):
        if raw[i:i + 1] == b'(':
            depth, j, buf = 1, i + 1, bytearray()
            while j < len(raw) and depth:
                ch = raw[j:j + 1]
                if ch == b'\\':
                    nx = raw[j + 1:j + 2]
                    if nx in b'01234567' and nx:
                        m = re.match(rb'[0-7]{1,3}', raw[j + 1:j + 4])
                        buf.append(int(m.group(0), 8) & 0xFF)
                        j += 1 + len(m.group(0))
                        continue
                    buf += {b'n': b'\n', b'r': b'\r', b't': b'\t'}.get(nx, nx)
                    j += 2
                    continue
                if ch == b'(':
                    depth += 1
                elif ch == b')':
                    depth -= 1
                    if depth == 0:
                        break
                buf += ch
                j += 1
            out.append(bytes(buf).decode('cp1252', 'replace'))
            i = j + 1
        else:
            i += 1
    return out


def pdf_text(data):
    texts = []
    for m in re.finditer(rb'<<(.*?)>>\s*stream\r?\n(.*?)endstream', data, re.S):
        dic, body = m.group(1), m.group(2)
        if b'ASCII85Decode' in dic:
            body = body.strip()
            if body.startswith(b'<~'):
                body = body[2:]
            if body.endswith(b'~>'):
                body = body[:-2]
            body = base64.a85decode(body)
        if b'FlateDecode' in dic:
            body = zlib.decompress(body)
        texts.append(' '.join(_pdf_strings(body)))
    info = re.search(rb'/Title (\((?:\\.|[^\\)])*\))', data)
    if info:
        texts.extend(_pdf_strings(info.group(1)))
    return '\n'.join(texts)


def docx_text(data):
    from docx import Document
    d = Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append(' | '.join(c.text for c in r.cells))
    out.append(d.core_properties.title or '')
    return '\n'.join(out)


def xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(' | '.join('' if v is None else str(v) for v in row))
    return '\n'.join(out)


def blob_text(name, data):
    n = name.lower()
    if n.endswith('.pdf') or data[:5] == b'%PDF-':
        return pdf_text(data)
    if n.endswith('.docx'):
        return docx_text(data)
    if n.endswith('.xlsx'):
        return xlsx_text(data)
    if n.endswith('.zip'):
        z = zipfile.ZipFile(io.BytesIO(data))
        return '\n'.join(i.filename + '\n' + blob_text(i.filename, z.read(i)) for i in z.infolist())
    if n.endswith('.eml'):
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    for enc in ('utf-8-sig', 'cp1252'):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return data.decode('latin-1')


def message_text(msg):
    out = []
    for h in ('From', 'To', 'Cc', 'Subject'):
        if msg[h]:
            out.append(str(msg[h]))
    out.append(part_text(msg))
    return '\n'.join(out)


def part_text(part):
    ct = part.get_content_type()
    if ct == 'message/rfc822':
        out = [part.get_filename() or '']
        for sub in part.iter_parts():
            out.append(message_text(sub))
        return '\n'.join(out)
    if part.is_multipart():
        return '\n'.join(part_text(p) for p in part.iter_parts())
    fname = part.get_filename()
    out = [fname] if fname else []
    if ct.startswith('text/'):
        txt = part.get_content()
        if ct in ('text/calendar', 'text/vcard', 'text/x-vcard'):
            txt = re.sub(r'\r?\n[ \t]', '', txt)  # RFC 5545 / 6350 unfolding
        out.append(html_text(txt) if ct == 'text/html' else txt)
    else:
        out.append(blob_text(fname or '', part.get_content()))
    return '\n'.join(out)


# ---------------------------------------------------------------- number finders
def _groups(text):
    t = unicodedata.normalize('NFKC', text)
    for m in re.finditer(r'\d[\d \.\-/]*\d|\d', t):
        yield re.split(r'[ \.\-/]+', m.group(0))


def _candidates(text, n):
    for g in _groups(text):
        for i in range(len(g)):
            s = ''
            for j in range(i, len(g)):
                s += g[j]
                if len(s) == n:
                    yield s
                if len(s) >= n:
                    break


def find_numbers(text):
    found = {'ca_sin': set(), 'ca_health_number': set(), 'be_niss': set(), 'fr_nir': set()}
    for c in _candidates(text, 9):
        if ca_sin.is_valid(c):
            found['ca_sin'].add(c)
    for c in _candidates(text, 10):
        if luhn.is_valid(c):
            found['ca_health_number'].add(c)
    for c in _candidates(text, 11):
        if be_nn.is_valid(c):
            found['be_niss'].add(c)
    for c in _candidates(text, 15):
        if fr_nir.is_valid(c):
            found['fr_nir'].add(c)
    return found


def squash(text):
    t = unicodedata.normalize('NFKC', text).upper()
    return re.sub(r'[^0-9A-Z]', '', fold(t).upper())


def name_patterns(given, surname):
    g, s = re.escape(fold(given)), re.escape(fold(surname))
    return [re.compile(r'\b%s[\s,]+%s\b' % (g, s)), re.compile(r'\b%s[\s,]+%s\b' % (s, g))]


def digest(root):
    files = sorted(['labels.json'] + ['positive/' + f for f in os.listdir(os.path.join(root, 'positive'))] +
                   ['negative/' + f for f in os.listdir(os.path.join(root, 'negative'))])
    h = hashlib.sha256()
    for f in files:
        h.update(f.encode('utf-8'))
        h.update(b'\0')
        with open(os.path.join(root, f), 'rb') as fh:
            h.update(fh.read())
        h.update(b'\0')
    return h.hexdigest()


def run(root, expected=None, extra_names=()):
    """expected: {relpath: {type: [numbers]}} from the generator. Returns summary dict."""
    with open(os.path.join(root, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted(['positive/' + f for f in os.listdir(os.path.join(root, 'positive'))] +
                   ['negative/' + f for f in os.listdir(os.path.join(root, 'negative'))])
    errors = []
    if sorted(labels) != files:
        errors.append('labels do not cover exactly the files')
    nam_set = {p['nam']: p for p in NAM_HOLDERS}
    holder_pats = [(p, name_patterns(p['given'], p['surname'])) for p in NAM_HOLDERS]
    other_pats = [(n, name_patterns(*n)) for n in extra_names]
    langs, types = Counter(), Counter()
    for f in files:
        lab = labels.get(f, {})
        with open(os.path.join(root, f), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        text = message_text(msg)
        for p in msg.walk():
            for d in p.defects:
                errors.append('%s: defect %r' % (f, d))
        pos = f.startswith('positive/')
        langs[(pos, lab.get('lang'))] += 1
        if lab.get('confidential') is not pos:
            errors.append('%s: confidential flag' % f)
        t = lab.get('types', [])
        if pos and not t:
            errors.append('%s: positive without types' % f)
        if not pos and t:
            errors.append('%s: negative with types' % f)
        if set(t) - TYPES:
            errors.append('%s: unknown types' % f)
        for x in t:
            types[x] += 1
        sq = squash(text)
        nams = [n for n in nam_set if n in sq]
        if ('ramq_nam' in t) != bool(nams):
            errors.append('%s: ramq_nam label vs NAMs found %r' % (f, nams))
        ftext = fold(unicodedata.normalize('NFKC', text))
        line_sq = [squash(l) for l in text.splitlines()]
        for n in nams:
            if not any(n in l for l in line_sq):
                errors.append('%s: NAM split across lines' % f)
            if fold(nam_set[n]['surname']) not in ftext:
                errors.append('%s: NAM without its holder name' % f)
        nums = find_numbers(text)
        for k in ('ca_sin', 'ca_health_number', 'be_niss', 'fr_nir'):
            if k in t and not nums[k]:
                errors.append('%s: %s labelled but no valid number' % (f, k))
            if expected and k in expected.get(f, {}):
                for num in expected[f][k]:
                    if num not in nums[k]:
                        errors.append('%s: expected %s not decoded' % (f, k))
        if not pos:
            for p, pats in holder_pats:
                if any(pt.search(ftext) for pt in pats):
                    errors.append('%s: NAM holder name in negative' % f)
            for n, pats in other_pats:
                if any(pt.search(ftext) for pt in pats):
                    errors.append('%s: patient name in negative' % f)
    return {'errors': errors, 'files': len(files), 'langs': langs, 'types': types,
            'digest': digest(root), 'positives': sum(1 for f in files if f.startswith('positive/')),
            'negatives': sum(1 for f in files if f.startswith('negative/'))}
