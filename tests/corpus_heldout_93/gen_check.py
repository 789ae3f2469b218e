"""Self-check: re-parse every message, decode every part, verify the labels."""
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

from gen_common import fold, load_nams
from gen_tpl import TYPE_ORDER


# ---------------------------------------------------------------------------
# Decoders
# ---------------------------------------------------------------------------
def _pdf_literal(s):
    out, i = bytearray(), 0
    while i < len(s):
        c = s[i]
        if c == 0x5C:  # backslash
            i += 1
            n = s[i:i + 1]
            if n and n in b'01234567':
                j = i
                while j < len(s) and j < i + 3 and s[j:j + 1] in [bytes([x]) for x in b'01234567']:
                    j += 1
                out.append(int(s[i:j], 8) & 0xFF)
                i = j
                continue
            out.extend({b'n': b'\n', b'r': b'\r', b't': b'\t', b'b': b'\b', b'f': b'\f'}.get(n, n))
            i += 1
            continue
        out.append(c)
        i += 1
    return out.decode('cp1252', 'replace')


def pdf_text(data):
    if not data.startswith(b'%PDF'):
        raise ValueError('not a PDF')
    chunks = []
    for m in re.finditer(rb'stream\r?\n(.*?)\r?\n?endstream', data, re.S):
        s = m.group(1)
        head = data[max(0, m.start() - 300):m.start()]
        if b'ASCII85Decode' in head[head.rfind(b'<<'):]:
            s = base64.a85decode(s.strip(), adobe=True)
        if b'FlateDecode' in head[head.rfind(b'<<'):]:
            s = zlib.decompress(s)
        lines = []
        for t in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', s, re.S):
            lines.append(_pdf_literal(t.group(1)))
        if lines:
            chunks.append('\n'.join(lines))
    for m in re.finditer(rb'/Title\s*\(((?:\\.|[^\\)])*)\)', data):
        chunks.append(_pdf_literal(m.group(1)))
    return '\n'.join(chunks)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in z.namelist():
        if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
            x = z.read(n).decode('utf-8')
            x = re.sub(r'</w:p>', '\n', x)
            x = re.sub(r'</w:tc>', '\t', x)
            out.append(html.unescape(re.sub(r'<[^>]+>', '', x)))
    return '\n'.join(out)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append('\t'.join('' if v is None else str(v) for v in row))
    wb.close()
    return '\n'.join(out)


def text_bytes(data, charset=None):
    if data.startswith(b'\xef\xbb\xbf'):
        return data[3:].decode('utf-8')
    for cs in ([charset] if charset else []) + ['utf-8', 'cp1252']:
        try:
            return data.decode(cs)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode('latin-1')


def unfold_ical(s):
    s = s.replace('\r\n', '\n')
    s = re.sub(r'\n[ \t]', '', s)
    return s.replace('\\n', '\n').replace('\\N', '\n').replace('\\,', ',').replace('\\;', ';').replace('\\\\', '\\')


def strip_html(s):
    s = re.sub(r'(?is)<(style|script)[^>]*>.*?</\1>', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>|</p>|</div>|</tr>|</li>', '\n', s)
    s = re.sub(r'(?i)</t[dh]>', '\t', s)
    return html.unescape(re.sub(r'<[^>]+>', '', s))


def by_kind(name, ctype, data, charset=None):
    n = (name or '').lower()
    if ctype == 'application/pdf' or n.endswith('.pdf'):
        return pdf_text(data)
    if n.endswith('.docx') or 'wordprocessingml' in ctype:
        return docx_text(data)
    if n.endswith('.xlsx') or 'spreadsheetml' in ctype:
        return xlsx_text(data)
    if n.endswith('.zip') or ctype in ('application/zip', 'application/x-zip-compressed'):
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(by_kind(info.filename, '', z.read(info.filename)))
        return '\n'.join(out)
    if n.endswith(('.ics', '.vcf')) or ctype in ('text/calendar', 'text/vcard', 'text/x-vcard'):
        return unfold_ical(text_bytes(data, charset))
    if n.endswith('.html') or ctype == 'text/html':
        return strip_html(text_bytes(data, charset))
    if n.endswith(('.csv', '.txt')) or ctype.startswith('text/') or ctype == 'application/vnd.ms-excel':
        return text_bytes(data, charset)
    raise ValueError('undecodable part %s %s' % (ctype, name))


def message_text(msg, out=None):
    """Decoded text of every header, body, attachment and file name."""
    out = out if out is not None else []
    for h in ('Subject', 'From', 'To', 'Cc'):
        if msg[h] is not None:
            out.append(str(msg[h]))
    _walk(msg, out)
    return out


def _walk(part, out):
    ct = part.get_content_type()
    if ct == 'message/rfc822':
        fn = part.get_filename()
        if fn:
            out.append(fn)
        inner = part.get_payload()[0]
        message_text(inner, out)
        return
    if part.is_multipart():
        for p in part.get_payload():
            _walk(p, out)
        return
    fn = part.get_filename()
    if fn:
        out.append(fn)
    data = part.get_payload(decode=True) or b''
    cs = part.get_content_charset()
    if ct in ('text/plain',) and not fn:
        out.append(part.get_content())
    elif ct == 'text/html' and not fn:
        out.append(strip_html(part.get_content()))
    elif ct == 'text/calendar' and not fn:
        out.append(unfold_ical(part.get_content()))
    else:
        out.append(by_kind(fn, ct, data, cs))


# ---------------------------------------------------------------------------
# Identifier finders
# ---------------------------------------------------------------------------
def digit_runs(text):
    t = unicodedata.normalize('NFKC', text)
    for m in re.finditer(r'\d(?:[ .\-/]{0,2}\d)*', t):
        yield re.sub(r'\D', '', m.group(0))


def find_valid(text, kind):
    n, ok = {'ca_sin': (9, ca_sin.is_valid), 'ca_health_number': (10, lambda x: x[0] != '0' and luhn.is_valid(x)),
             'be_niss': (11, be_nn.is_valid), 'fr_nir': (15, fr_nir.is_valid)}[kind]
    found = []
    for run in digit_runs(text):
        for i in range(0, len(run) - n + 1):
            w = run[i:i + n]
            if ok(w):
                found.append(w)
    return found


def alnum_upper(text):
    t = unicodedata.normalize('NFKC', text).upper()
    return re.sub(r'[^0-9A-Z]', '', t)


# ---------------------------------------------------------------------------
def digest(out_dir):
    h = hashlib.sha256()
    paths = []
    for sub in ('positive', 'negative'):
        for f in os.listdir(os.path.join(out_dir, sub)):
            if f.endswith('.eml'):
                paths.append('%s/%s' % (sub, f))
    paths.append('labels.json')
    for p in sorted(paths):
        h.update(p.encode('utf-8'))
        h.update(b'\0')
        with open(os.path.join(out_dir, p), 'rb') as fh:
            h.update(fh.read())
        h.update(b'\0')
    return h.hexdigest()


def check(out_dir):
    with open(os.path.join(out_dir, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    nams = load_nams()
    files = sorted('%s/%s' % (sub, f) for sub in ('positive', 'negative')
                   for f in os.listdir(os.path.join(out_dir, sub)) if f.endswith('.eml'))
    errors = []
    if sorted(labels) != files:
        errors.append('labels do not cover exactly the files')
    holder_pats = []
    for p in nams:
        gn, sn = fold(p['given']), fold(p['surname'])
        holder_pats.append(re.compile(r'\b(%s %s|%s %s)\b' % (re.escape(gn), re.escape(sn), re.escape(sn), re.escape(gn))))
    counts = {'files': 0, 'positive': 0, 'negative': 0, 'lang': {}, 'types': {t: 0 for t in TYPE_ORDER}}
    for path in files:
        lab = labels.get(path)
        if lab is None:
            continue
        with open(os.path.join(out_dir, path), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append('%s: defects %r' % (path, part.defects))
        try:
            text = '\n'.join(message_text(msg))
        except Exception as e:  # noqa
            errors.append('%s: decode error %r' % (path, e))
            continue
        pos = path.startswith('positive/')
        counts['files'] += 1
        counts['positive' if pos else 'negative'] += 1
        counts['lang'][lab['lang']] = counts['lang'].get(lab['lang'], 0) + 1
        if lab['confidential'] != pos:
            errors.append('%s: confidential flag' % path)
        if lab['lang'] not in ('fr', 'en'):
            errors.append('%s: lang' % path)
        if any(t not in TYPE_ORDER for t in lab['types']):
            errors.append('%s: unknown type' % path)
        if pos and not lab['types']:
            errors.append('%s: positive without type' % path)
        if not pos and lab['types']:
            errors.append('%s: negative with types' % path)
        for t in lab['types']:
            counts['types'][t] += 1
        flat = alnum_upper(text)
        present = [p for p in nams if p['nam'] in flat]
        if present and 'ramq_nam' not in lab['types']:
            errors.append('%s: NAM present but not labelled' % path)
        if 'ramq_nam' in lab['types'] and not present:
            errors.append('%s: ramq_nam label without NAM' % path)
        ft = fold(text)
        for p in present:
            if 'without name' not in lab['note'] and fold(p['surname']) not in ft:
                errors.append('%s: NAM %s without its holder' % (path, p['nam']))
        for kind in ('ca_sin', 'ca_health_number', 'be_niss', 'fr_nir'):
            if kind in lab['types'] and not find_valid(text, kind):
                errors.append('%s: %s label without a valid number' % (path, kind))
        if not pos:
            for pat in holder_pats:
                if pat.search(ft):
                    errors.append('%s: NAM holder name in a negative (%s)' % (path, pat.pattern))
    return counts, errors
