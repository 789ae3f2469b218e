"""A small hand-rolled MIME writer so that every byte is under our control.

Supports charsets (utf-8, us-ascii, iso-8859-1, windows-1252), transfer encodings
(7bit, 8bit, quoted-printable, base64), RFC 2047 headers, RFC 2231 / RFC 2047 /
plain file names, nested multiparts, message/rfc822 and LF / CRLF line endings.
"""
import base64
import hashlib
import quopri
import urllib.parse
from email.header import Header

CHARSETS = ['utf-8', 'us-ascii', 'iso-8859-1', 'windows-1252']
ASCII_MAP = {'’': "'", '‘': "'", '“': '"', '”': '"', '«': '"', '»': '"', '–': '-', '—': '-',
             '…': '...', '\u00a0': ' ', 'œ': 'oe', 'Œ': 'OE', '€': 'EUR', '≥': '>=', '≤': '<=',
             '→': '->', '•': '*', 'µ': 'u'}


def _asciify_punct(text):
    return ''.join(ASCII_MAP.get(c, c) for c in text)


def pick_charset(text, wanted):
    """Return (charset, text) such that text encodes in charset."""
    for cs in (wanted, 'windows-1252', 'utf-8'):
        t = text
        if cs in ('us-ascii', 'iso-8859-1'):
            t = _asciify_punct(text)
        try:
            t.encode(cs)
            return cs, t
        except UnicodeEncodeError:
            continue
    return 'utf-8', text


def encode_header(value, r, style=None):
    """RFC 2047 encode when non-ASCII (B or Q, utf-8 or iso-8859-1)."""
    try:
        value.encode('ascii')
        if style != 'force':
            return value
    except UnicodeEncodeError:
        pass
    cs = r.choice(['utf-8', 'utf-8', 'iso-8859-1'])
    try:
        value.encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
    h = Header(value, charset=cs, maxlinelen=76, header_name='Subject')
    return h.encode(linesep='\n')


def fmt_addr(name, addr, r):
    if not name:
        return addr
    try:
        name.encode('ascii')
        if any(c in name for c in ',.;:()'):
            return '"%s" <%s>' % (name, addr)
        return '%s <%s>' % (name, addr)
    except UnicodeEncodeError:
        return '%s <%s>' % (encode_header(name, r), addr)


class Leaf:
    def __init__(self, ctype, data, charset=None, cte=None, filename=None,
                 disposition=None, fn_style='plain', extra_params=None, content_id=None):
        self.ctype = ctype
        self.data = data            # str for text parts, bytes otherwise
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.disposition = disposition
        self.fn_style = fn_style
        self.extra_params = extra_params or {}
        self.content_id = content_id


class Multi:
    def __init__(self, subtype, parts):
        self.subtype = subtype
        self.parts = parts


class Rfc822:
    def __init__(self, raw, filename=None):
        self.raw = raw              # bytes with LF endings
        self.filename = filename


def _fn_params(name, style, key):
    try:
        name.encode('ascii')
        ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if ascii_ok or style == 'plain_utf8':
        return '%s="%s"' % (key, name)
    if style == '2231':
        return "%s*=utf-8''%s" % (key, urllib.parse.quote(name, safe=''))
    if style == '2231latin':
        return "%s*=iso-8859-1''%s" % (key, urllib.parse.quote(name.encode('latin-1', 'replace'), safe=''))
    # RFC 2047 inside quotes, as many clients do
    return '%s="%s"' % (key, Header(name, 'utf-8', maxlinelen=998).encode())


def _body_bytes(leaf):
    """Return (headers list, body bytes LF-terminated)."""
    hdrs = []
    if isinstance(leaf.data, str):
        cs, text = pick_charset(leaf.data, leaf.charset or 'utf-8')
        raw = text.replace('\r\n', '\n').encode(cs)
        ct = '%s; charset="%s"' % (leaf.ctype, cs) if leaf.ctype.startswith('text/') else leaf.ctype
        cte = leaf.cte or '8bit'
        if cte == '7bit' and any(b > 127 for b in raw):
            cte = 'quoted-printable'
        if cte == '7bit' and any(len(l) > 900 for l in raw.split(b'\n')):
            cte = 'quoted-printable'
    else:
        raw = leaf.data
        ct = leaf.ctype
        cte = leaf.cte or 'base64'
    for k, v in leaf.extra_params.items():
        ct += '; %s="%s"' % (k, v)
    if leaf.filename and leaf.fn_style != 'noname':
        ct += ';\n\t' + _fn_params(leaf.filename, leaf.fn_style, 'name')
    hdrs.append('Content-Type: ' + ct)
    hdrs.append('Content-Transfer-Encoding: ' + cte)
    if leaf.disposition or leaf.filename:
        disp = leaf.disposition or 'attachment'
        if leaf.filename:
            disp += ';\n\t' + _fn_params(leaf.filename, leaf.fn_style, 'filename')
        hdrs.append('Content-Disposition: ' + disp)
    if leaf.content_id:
        hdrs.append('Content-ID: <%s>' % leaf.content_id)
    if cte == 'base64':
        body = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
        if not body.endswith(b'\n'):
            body += b'\n'
    else:
        body = raw if raw.endswith(b'\n') else raw + b'\n'
    return hdrs, body


def _boundary(tag, depth):
    h = hashlib.sha1(('%s-%d' % (tag, depth)).encode()).hexdigest()[:24]
    return '----=_Part_%d_%s' % (depth, h)


def render_part(part, tag, depth=0):
    """Return bytes (LF) of a part including its own headers."""
    if isinstance(part, Leaf):
        hdrs, body = _body_bytes(part)
        return ('\n'.join(hdrs) + '\n\n').encode('utf-8') + body
    if isinstance(part, Rfc822):
        hdrs = ['Content-Type: message/rfc822']
        if part.filename:
            hdrs[0] += ';\n\tname="%s"' % part.filename
        eight = any(b > 127 for b in part.raw)
        hdrs.append('Content-Transfer-Encoding: %s' % ('8bit' if eight else '7bit'))
        disp = 'attachment' if part.filename else 'inline'
        if part.filename:
            disp += ';\n\tfilename="%s"' % part.filename
        hdrs.append('Content-Disposition: ' + disp)
        raw = part.raw if part.raw.endswith(b'\n') else part.raw + b'\n'
        return ('\n'.join(hdrs) + '\n\n').encode('ascii') + raw
    b = _boundary(tag, depth)
    out = ('Content-Type: multipart/%s;\n\tboundary="%s"\n\n' % (part.subtype, b)).encode('ascii')
    for i, sub in enumerate(part.parts):
        out += ('--%s\n' % b).encode('ascii')
        out += render_part(sub, '%s.%d' % (tag, i), depth + 1)
    out += ('--%s--\n' % b).encode('ascii')
    return out


def build_message(headers, body, tag, crlf=False, preamble=True):
    """headers: list of (name, value) already encoded/ASCII; body: Leaf/Multi/Rfc822."""
    top = render_part(body, tag)
    head, _, rest = top.partition(b'\n\n')
    lines = ['%s: %s' % (k, v) for k, v in headers]
    lines.append('MIME-Version: 1.0')
    out = ('\n'.join(lines) + '\n').encode('ascii') + head + b'\n\n'
    if isinstance(body, Multi) and preamble:
        out += b'This is a multi-part message in MIME format.\n\n'
    out += rest
    if crlf:
        out = out.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return out
