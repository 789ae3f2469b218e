"""Decode every part of a message into text (used by the self-check)."""
import email
import email.policy
import html
import io
import re
import unicodedata
import zipfile
import zlib


def pdf_text(data):
    out = []
    for m in re.finditer(rb'/Filter([^>]*?)>>\s*stream\r?\n(.*?)\s*endstream', data, re.S):
        dic, s = m.group(1), m.group(2)
        if b'ASCII85Decode' in dic:
            import base64
            try:
                s = base64.a85decode(s.strip().rstrip(b'~>').strip(), adobe=False)
            except ValueError:
                continue
        if b'FlateDecode' in dic:
            try:
                s = zlib.decompress(s)
            except zlib.error:
                continue
        if b'Tj' not in s and b'TJ' not in s:
            continue
        for line in re.findall(rb'\((?:\\.|[^\\)])*\)', s, re.S):
            raw = line[1:-1]
            buf = bytearray()
            i = 0
            while i < len(raw):
                ch = raw[i]
                if ch == 0x5c and i + 1 < len(raw):
                    nx = raw[i + 1]
                    if 0x30 <= nx <= 0x37:
                        j = i + 1
                        oc = b''
                        while j < len(raw) and len(oc) < 3 and 0x30 <= raw[j] <= 0x37:
                            oc += bytes([raw[j]])
                            j += 1
                        buf.append(int(oc, 8) & 0xff)
                        i = j
                        continue
                    buf.append({ord('n'): 10, ord('r'): 13, ord('t'): 9, ord('b'): 8, ord('f'): 12}.get(nx, nx))
                    i += 2
                    continue
                buf.append(ch)
                i += 1
            out.append(bytes(buf).decode('cp1252', 'replace'))
    return '\n'.join(out)


def xml_text(blob):
    t = blob.decode('utf-8', 'replace')
    t = re.sub(r'</w:p>|</row>|</si>', '\n', t)
    t = re.sub(r'<[^>]+>', ' ', t)
    return html.unescape(t)


def office_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in z.namelist():
        if re.match(r'(word/(document|header\d*|footer\d*|footnotes|comments)|xl/sharedStrings|'
                    r'xl/worksheets/sheet\d+|xl/workbook|docProps/core)\.xml$', n):
            out.append(re.sub(r'[ \t]+', ' ', xml_text(z.read(n))))
    return '\n'.join(out)


def html_text(s):
    s = re.sub(r'(?is)<(style|script)[^>]*>.*?</\1>', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>|</p>|</div>|</tr>|</li>', '\n', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    return html.unescape(s)


def unfold(s):
    return re.sub(r'\r?\n[ \t]', '', s)


def blob_text(name, data, depth=0):
    """Text of an attachment identified by file name / magic."""
    n = (name or '').lower()
    out = []
    if data[:5] == b'%PDF-':
        out.append(pdf_text(data))
    elif data[:2] == b'PK':
        z = zipfile.ZipFile(io.BytesIO(data))
        names = z.namelist()
        if any(x.startswith('word/') or x.startswith('xl/') for x in names):
            out.append(office_text(data))
        else:
            for m in names:
                out.append(m)
                out.append(blob_text(m, z.read(m), depth + 1))
    elif n.endswith('.eml'):
        out.append(message_text(email.message_from_bytes(data, policy=email.policy.default), depth + 1))
    elif data[:4] == b'\x89PNG' or data[:3] == b'\xff\xd8\xff':
        pass
    else:
        for enc in ('utf-8-sig', 'cp1252'):
            try:
                t = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        if n.endswith(('.htm', '.html')):
            t = html_text(t)
        out.append(unfold(t))
    return '\n'.join(out)


def message_text(msg, depth=0):
    out = []
    for k, v in msg.items():
        out.append('%s: %s' % (k, str(v)))
    _walk(msg, out, depth, top=True)
    return '\n'.join(out)


def _walk(part, out, depth, top=False):
    ct = part.get_content_type()
    fn = part.get_filename()
    if fn:
        out.append(fn)
    if ct == 'message/rfc822':
        inner = part.get_payload()
        if isinstance(inner, list):
            inner = inner[0]
        out.append(message_text(inner, depth + 1))
        return
    if part.is_multipart():
        for sub in part.get_payload():
            _walk(sub, out, depth)
        return
    if part.get_content_maintype() == 'text' and not (fn and fn.lower().endswith('.eml')):
        t = part.get_content()
        if ct == 'text/html':
            t = html_text(t)
        elif ct in ('text/calendar', 'text/vcard', 'text/x-vcard'):
            t = unfold(t)
        out.append(t)
    else:
        data = part.get_payload(decode=True) or b''
        out.append(blob_text(fn, data, depth))


def file_text(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return message_text(msg)


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return s


def strip_accents(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))
