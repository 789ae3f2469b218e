"""Decode a written message completely: every part, attachment and nested message to text."""
import base64
import email
import email.policy
import io
import re
import zipfile
import zlib

STREAM_RE = re.compile(rb'<<((?:(?!<<).)*?)>>\s*stream\r?\n(.*?)\s*endstream', re.S)
TJ_RE = re.compile(rb'\(((?:\\.|[^\\)])*)\)\s*Tj')


def _pdf_unescape(b):
    out = bytearray()
    i = 0
    while i < len(b):
        c = b[i]
        if c == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                k = j
                while k < len(b) and k < j + 3 and 0x30 <= b[k] <= 0x37:
                    k += 1
                out.append(int(b[j:k], 8) & 0xFF)
                i = k
                continue
            out.append({ord('n'): 10, ord('r'): 13, ord('t'): 9, ord('b'): 8,
                        ord('f'): 12}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b'%PDF'):
        raise ValueError('not a PDF')
    texts = []
    for dic, raw in STREAM_RE.findall(data):
        content = raw
        if b'ASCII85Decode' in dic:
            s = content.strip()
            if s.startswith(b'<~'):
                s = s[2:]
            content = _a85(s)
        if b'FlateDecode' in dic:
            content = zlib.decompress(content)
        for m in TJ_RE.findall(content):
            texts.append(_pdf_unescape(m).decode('cp1252', errors='replace'))
    # document info strings (title, author)
    for m in re.findall(rb'/Title \(((?:\\.|[^\\)])*)\)', data):
        texts.append(_pdf_unescape(m).decode('cp1252', errors='replace'))
    if not texts:
        raise ValueError('no text in PDF')
    return '\n'.join(texts)


def _a85(s):
    s = s.strip()
    if s.endswith(b'~>'):
        s = s[:-2]
    s = re.sub(rb'\s+', b'', s)
    return base64.a85decode(s)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append('\t'.join(c.text for c in row.cells))
    cp = d.core_properties
    parts.append(cp.author or '')
    return '\n'.join(parts)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append('\t'.join('' if v is None else str(v) for v in row))
    wb.close()
    return '\n'.join(parts)


def zip_text(data, feats):
    z = zipfile.ZipFile(io.BytesIO(data))
    parts = []
    for name in z.namelist():
        parts.append(name)
        blob = z.read(name)
        parts.append(blob_text(name, None, blob, feats))
    return '\n'.join(parts)


def blob_text(name, ctype, blob, feats):
    low = (name or '').lower()
    ctype = (ctype or '').lower()
    if low.endswith('.pdf') or ctype == 'application/pdf':
        feats.add('PDF attachment')
        return pdf_text(blob)
    if low.endswith('.docx') or 'wordprocessingml' in ctype:
        feats.add('DOCX attachment')
        return docx_text(blob)
    if low.endswith('.xlsx') or 'spreadsheetml' in ctype:
        feats.add('XLSX attachment')
        return xlsx_text(blob)
    if low.endswith('.zip') or ctype == 'application/zip':
        feats.add('ZIP attachment')
        return zip_text(blob, feats)
    if low.endswith('.csv'):
        feats.add('CSV attachment')
    return blob.decode('utf-8')


def unfold_ical(txt):
    """Unfold RFC 5545 / 6350 content lines and undo their text escapes."""
    txt = re.sub(r'\r?\n[ \t]', '', txt)
    return (txt.replace('\\n', '\n').replace('\\N', '\n').replace('\\,', ',')
            .replace('\\;', ';').replace('\\\\', '\\'))


def raw_headers(raw):
    end = raw.find(b'\r\n\r\n')
    end2 = raw.find(b'\n\n')
    cut = min(x for x in (end, end2) if x >= 0)
    return raw[:cut].decode('ascii')


def message_text(msg, feats, depth=0):
    """Return all human-readable text of an EmailMessage (headers, parts, attachments)."""
    out = []
    for h in ('From', 'To', 'Cc', 'Subject'):
        v = msg.get(h)
        if v is not None:
            out.append(str(v))
    for k in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if msg.get(k) is None:
            raise ValueError('missing header %s' % k)
    def visit(part):
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            feats.add('attached message/rfc822')
            fn = part.get_filename()
            if fn:
                out.append(fn)
            inner = part.get_content()
            out.append(message_text(inner, feats, depth + 1))
            return
        if part.is_multipart():
            feats.add('multipart/%s' % part.get_content_subtype())
            for sub in part.iter_parts():
                visit(sub)
            return
        cs = part.get_content_charset()
        if cs:
            feats.add('charset %s' % cs)
        cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
        feats.add('CTE %s' % cte)
        fn = part.get_filename()
        if fn:
            out.append(fn)
            if not all(ord(c) < 128 for c in fn):
                feats.add('non-ASCII file name')
        if ct.startswith('text/'):
            txt = part.get_content()
            if ct == 'text/html':
                feats.add('HTML part')
            elif ct == 'text/calendar':
                feats.add('ICS attachment')
                txt = unfold_ical(txt)
            elif ct in ('text/vcard', 'text/x-vcard'):
                feats.add('vCard attachment')
                txt = unfold_ical(txt)
            elif ct == 'text/csv':
                feats.add('CSV attachment')
            out.append(txt)
            return
        blob = part.get_content()
        out.append(blob_text(fn, ct, blob, feats))

    visit(msg)
    return '\n'.join(out)


def decode_file(raw):
    feats = set()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    text = message_text(msg, feats)
    hdr = raw_headers(raw)
    feats.add('CRLF line ends' if b'\r\n' in raw else 'LF line ends')
    unfolded = re.sub(r'\r?\n[ \t]+', ' ', hdr)
    for line in unfolded.splitlines():
        low = line.lower()
        if low.startswith('subject:') and '=?' in line:
            feats.add('RFC 2047 encoded Subject')
        if (low.startswith('from:') or low.startswith('to:') or low.startswith('cc:')) \
                and '=?' in line:
            feats.add('RFC 2047 encoded display name')
    if re.search(rb'filename\*(0\*)?=', raw):
        feats.add('RFC 2231 file name')
    if re.search(rb'filename\*1\*=', raw):
        feats.add('RFC 2231 continuation')
    if re.search(rb'filename="=\?', raw):
        feats.add('RFC 2047 encoded file name')
    ctype = msg.get_content_type()
    if ctype == 'text/plain':
        feats.add('single text/plain')
    elif ctype == 'text/html':
        feats.add('single text/html')
    if re.search('[\uff10-\uff19]', text):
        feats.add('full-width digits')
    return msg, text, feats
