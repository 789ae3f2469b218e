"""Self-check: re-parse every file, decode every part and attachment, verify labels."""
import base64
import collections
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

from gen_common import NAM_HOLDERS, strip_accents

TYPES = {'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
         'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information'}

# ---------------------------------------------------------------- decoders


def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5C:  # backslash
            i += 1
            n = s[i:i + 1]
            m = {b'n': b'\n', b'r': b'\r', b't': b'\t', b'b': b'\b', b'f': b'\f', b'(': b'(', b')': b')', b'\\': b'\\'}
            if n in m:
                out += m[n]
                i += 1
            elif n.isdigit():
                j = i
                while j < len(s) and j < i + 3 and chr(s[j]) in '01234567':
                    j += 1
                out.append(int(s[i:j], 8) & 0xFF)
                i = j
            else:
                i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


def pdf_text(data):
    texts = []
    for m in re.finditer(rb'<<(.*?)>>\s*stream\r?\n(.*?)endstream', data, re.S):
        d, raw = m.group(1), m.group(2)
        if b'ASCII85Decode' in d:
            a = re.sub(rb'\s', b'', raw)
            if a.endswith(b'~>'):
                a = a[:-2]
            try:
                raw = base64.a85decode(a)
            except ValueError:
                continue
        if b'FlateDecode' in d:
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                continue
        lines = []
        for sm in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj|\[((?:\\.|[^\]])*)\]\s*TJ', raw, re.S):
            if sm.group(1) is not None:
                lines.append(_pdf_unescape(sm.group(1)))
            else:
                parts = re.findall(rb'\(((?:\\.|[^\\)])*)\)', sm.group(2))
                lines.append(b''.join(_pdf_unescape(p) for p in parts))
        texts.append('\n'.join(l.decode('cp1252', 'replace') for l in lines))
    info = re.findall(rb'/Title\s*\(((?:\\.|[^\\)])*)\)', data)
    texts += [_pdf_unescape(t).decode('cp1252', 'replace') for t in info]
    return '\n'.join(texts)


def xml_text(x):
    x = re.sub(r'</w:p>|</a:p>|<w:tab/>|</row>|</si>', '\n', x)
    return html.unescape(re.sub(r'<[^>]+>', ' ', x))


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in z.namelist():
        if n.startswith('word/') and n.endswith('.xml') or n == 'docProps/core.xml':
            out.append(xml_text(z.read(n).decode('utf-8')))
    return '\n'.join(out)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(' | '.join('' if v is None else str(v) for v in row))
    return '\n'.join(out)


def plain_bytes(data):
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
    try:
        t = data.decode('utf-8')
    except UnicodeDecodeError:
        t = data.decode('cp1252', 'replace')
    return re.sub(r'\r?\n[ \t]', '', t)   # unfold ICS / vCard lines


def decode_file(name, data, kinds):
    n = (name or '').lower()
    if n.endswith('.pdf') or data[:5] == b'%PDF-':
        kinds['pdf'] += 1
        return pdf_text(data)
    if n.endswith('.docx'):
        kinds['docx'] += 1
        return docx_text(data)
    if n.endswith('.xlsx'):
        kinds['xlsx'] += 1
        return xlsx_text(data)
    if n.endswith('.zip'):
        kinds['zip'] += 1
        z = zipfile.ZipFile(io.BytesIO(data))
        return '\n'.join(m + '\n' + decode_file(m, z.read(m), kinds) for m in z.namelist())
    if n.endswith('.eml'):
        kinds['eml-file'] += 1
        return message_text(email.message_from_bytes(data, policy=email.policy.default), kinds)
    if n.endswith(('.png', '.jpg', '.jpeg', '.gif', '.tif')):
        kinds['image'] += 1
        return ''
    kinds[n.rsplit('.', 1)[-1] if '.' in n else 'bin'] += 1
    return plain_bytes(data)


def message_text(msg, kinds):
    out = []
    for h in ('Subject', 'From', 'To', 'Cc'):
        if msg[h]:
            out.append(str(msg[h]))
    for part in msg.walk():
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if part.is_multipart():
            continue
        if ct == 'message/rfc822':
            continue
        content = part.get_content()
        if isinstance(content, email.message.EmailMessage):
            out.append(message_text(content, kinds))
            continue
        if isinstance(content, str):
            if ct == 'text/html':
                out.append(html.unescape(re.sub(r'<[^>]+>', ' ', content)))
                kinds['html'] += 1
            elif ct in ('text/calendar', 'text/vcard', 'text/x-vcard', 'text/csv'):
                out.append(re.sub(r'\r?\n[ \t]', '', content))
                kinds[ct] += 1
            else:
                out.append(content)
                kinds[ct] += 1
        else:
            out.append(decode_file(fn, content, kinds))
    # message/rfc822 parts are walked into by msg.walk(); their headers need adding
    for part in msg.walk():
        if part.get_content_type() == 'message/rfc822':
            inner = part.get_payload(0)
            for h in ('Subject', 'From', 'To', 'Cc'):
                if inner[h]:
                    out.append(str(inner[h]))
    return '\n'.join(out)

# ---------------------------------------------------------------- finders


def norm_alnum(t):
    return re.sub(r'[^A-Z0-9]', '', unicodedata.normalize('NFKC', t).upper())


def find_nams(text):
    n = norm_alnum(text)
    return {p.nam for p in NAM_HOLDERS if p.nam in n}


def digit_groups(text):
    t = unicodedata.normalize('NFKC', text)
    for m in re.finditer(r'\d+(?:[ .\-/]\d+)*', t):
        yield re.split(r'[ .\-/]', m.group(0))


def valid_numbers(text):
    found = collections.defaultdict(set)
    for groups in digit_groups(text):
        for i in range(len(groups)):
            s = ''
            for j in range(i, len(groups)):
                s += groups[j]
                if len(s) > 15:
                    break
                if len(s) == 9 and ca_sin.is_valid(s):
                    found['ca_sin'].add(s)
                if len(s) == 10 and s[0] != '0' and luhn.is_valid(s):
                    found['ca_health_number'].add(s)
                if len(s) == 11 and be_nn.is_valid(s):
                    found['be_niss'].add(s)
                if len(s) == 15 and fr_nir.is_valid(s):
                    found['fr_nir'].add(s)
    return found


def holder_names_in(text):
    t = ' '.join(strip_accents(text).lower().split())
    hits = set()
    for p in NAM_HOLDERS:
        f, l = strip_accents(p.first).lower(), strip_accents(p.last).lower()
        for pat in (f'{f} {l}', f'{l} {f}', f'{l}, {f}', f'{l},{f}'):
            if re.search(r'(?<![a-z])' + re.escape(pat) + r'(?![a-z])', t):
                hits.add(f'{p.first} {p.last}')
    return hits

# ---------------------------------------------------------------- main check


def digest(root):
    files = sorted(['labels.json'] + [f'positive/{f}' for f in os.listdir(os.path.join(root, 'positive'))] +
                   [f'negative/{f}' for f in os.listdir(os.path.join(root, 'negative'))])
    h = hashlib.sha256()
    for f in files:
        if f.endswith('.eml') or f == 'labels.json':
            with open(os.path.join(root, f), 'rb') as fh:
                h.update(f.encode() + b'\0' + fh.read() + b'\0')
    return h.hexdigest()


def run(root, quiet=False):
    errors = []
    with open(os.path.join(root, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted([f'positive/{f}' for f in os.listdir(os.path.join(root, 'positive')) if f.endswith('.eml')] +
                   [f'negative/{f}' for f in os.listdir(os.path.join(root, 'negative')) if f.endswith('.eml')])
    if sorted(labels) != files:
        errors.append('labels do not cover exactly the files')
    kinds = collections.Counter()
    langs = collections.Counter()
    types = collections.Counter()
    for f in files:
        lab = labels.get(f, {})
        with open(os.path.join(root, f), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            errors.append(f'{f}: defects {msg.defects}')
        try:
            text = message_text(msg, kinds)
        except Exception as e:  # noqa
            errors.append(f'{f}: decode error {e!r}')
            continue
        for part in msg.walk():
            if part.defects:
                errors.append(f'{f}: part defects {part.defects}')
        pos = f.startswith('positive/')
        langs[lab.get('lang')] += 1
        if lab.get('lang') not in ('fr', 'en'):
            errors.append(f'{f}: bad lang')
        if lab.get('confidential') is not pos:
            errors.append(f'{f}: confidential flag mismatch')
        ts = set(lab.get('types', []))
        if ts - TYPES:
            errors.append(f'{f}: unknown types {ts - TYPES}')
        if pos and not ts:
            errors.append(f'{f}: positive without types')
        if not pos and ts:
            errors.append(f'{f}: negative with types')
        for t in ts:
            types[t] += 1
        nams = find_nams(text)
        if 'ramq_nam' in ts and not nams:
            errors.append(f'{f}: ramq_nam label but no NAM found')
        if nams and 'ramq_nam' not in ts:
            errors.append(f'{f}: NAM present but not labelled ramq_nam')
        nums = valid_numbers(text)
        for t in ('ca_sin', 'ca_health_number', 'be_niss', 'fr_nir'):
            if t in ts and not nums.get(t):
                errors.append(f'{f}: {t} label but no valid number found')
        if not pos:
            hn = holder_names_in(text)
            if hn:
                errors.append(f'{f}: NAM holder name in negative: {sorted(hn)}')
    dg = digest(root)
    if not quiet:
        print(f'files: {len(files)}  positive: {sum(1 for f in files if f.startswith("positive/"))}  '
              f'negative: {sum(1 for f in files if f.startswith("negative/"))}')
        print('languages:', dict(sorted(langs.items())))
        print('types:', dict(sorted(types.items())))
        print('decoded parts:', dict(sorted(kinds.items())))
        print('errors:', len(errors))
        for e in errors[:40]:
            print('  ', e)
        print('sha256:', dg)
    return errors, dict(langs), dict(types), dg
