"""A small, fully deterministic MIME writer: lets each message pick its own
structure, charset, transfer encoding, header encoding, file-name encoding and
line ending."""
import base64
import email.charset
import email.header
import email.utils
import quopri
import re
import unicodedata
import urllib.parse

LATIN1_MAP = {
    '\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-', '\u2026': '...',
    '\u0153': 'oe', '\u0152': 'OE', '\u20ac': 'EUR', '\u2011': '-', '\u2265': '>=', '\u2264': '<=',
    '\u2192': '->', '\u2022': '*', '\u202f': ' ', '\u2009': ' ', '\u2122': '(MD)',
}
CP1252_MAP = {'\u2011': '-', '\u2265': '>=', '\u2264': '<=', '\u2192': '->', '\u202f': ' ', '\u2009': ' '}
ASCII_MAP = dict(LATIN1_MAP, **{'\u00b5': 'u', '\u00b0': ' deg', '\u00ab': '"', '\u00bb': '"', '\u00d7': 'x',
                                '\u00a0': ' ', '\u00b2': '2', '\u00e6': 'ae', '\u00df': 'ss', '\u00a9': '(c)',
                                '\u00ae': '(R)', '\u00b7': '.', '\u00bd': '1/2'})


def fit_text(text, charset):
    """Make text encodable in charset the way a mail client would."""
    cs = charset.lower()
    if cs == 'utf-8':
        return text
    table = {'iso-8859-1': LATIN1_MAP, 'windows-1252': CP1252_MAP, 'us-ascii': ASCII_MAP}[cs]
    out = []
    for ch in text:
        ch = table.get(ch, ch)
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            dec = ''.join(c for c in unicodedata.normalize('NFKD', ch) if not unicodedata.combining(c))
            try:
                dec.encode(cs)
                out.append(dec)
            except UnicodeEncodeError:
                out.append('?')
    return ''.join(out)


def encodable(text, charset):
    try:
        text.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


# ------------------------------------------------------------------ headers
def enc_word(value, charset='utf-8', q=False, header_name='Subject'):
    if all(ord(c) < 128 for c in value):
        return email.header.Header(value, 'us-ascii', header_name=header_name).encode(linesep='\n')
    if not encodable(value, charset):
        charset = 'utf-8'
    cs = email.charset.Charset(charset)
    cs.header_encoding = email.charset.QP if q else email.charset.BASE64
    return email.header.Header(value, cs, header_name=header_name).encode(linesep='\n')


def fmt_addr(name, addr, charset='utf-8', q=False):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.;:()<>@"\[\]\\]', name):
            return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), addr)
        return f'{name} <{addr}>'
    return f'{enc_word(name, charset, q, header_name="From")} <{addr}>'


def fmt_addr_list(items, charset='utf-8', q=False):
    return ', '.join(fmt_addr(n, a, charset, q) for n, a in items)


def fold(name, value):
    """Fold an already-encoded header value at spaces (max ~78 columns)."""
    line = f'{name}: '
    out = []
    for tok in re.split(r'(?<=,) ', value):
        if len(line) + len(tok) > 76 and line.strip() != f'{name}:':
            out.append(line.rstrip())
            line = ' ' + tok + ' '
        else:
            line += tok + ' '
    out.append(line.rstrip())
    return '\n'.join(out)


def filename_params(fname, style, param='filename', charset='utf-8'):
    ascii_ok = all(ord(c) < 128 for c in fname)
    if style == 'plain' and ascii_ok:
        return [f'{param}="{fname}"']
    if style == '2047' or (style == 'plain' and not ascii_ok):
        cs = email.charset.Charset(charset)
        cs.header_encoding = email.charset.BASE64
        w = email.header.Header(fname, cs, maxlinelen=10000).encode(linesep='\n', maxlinelen=10000)
        w = w.replace('\n', '')
        return [f'{param}="{w}"']
    quoted = urllib.parse.quote(fname.encode(charset), safe="!#$&+-.^_`|~")
    if style == '2231cont' and len(quoted) > 40:
        toks = re.findall(r'%[0-9A-F]{2}|.', quoted)
        chunks, cur = [], ''
        for t in toks:
            if len(cur) + len(t) > 38:
                chunks.append(cur)
                cur = ''
            cur += t
        chunks.append(cur)
        out = [f"{param}*0*={charset}''{chunks[0]}"]
        for n, ch in enumerate(chunks[1:], 1):
            out.append(f'{param}*{n}*={ch}')
        return out
    return [f"{param}*={charset}''{quoted}"]


def params_header(name, main, params):
    s = f'{name}: {main}'
    for p in params:
        s += ';\n\t' + p
    return s


# ------------------------------------------------------------------ parts
class Text:
    def __init__(self, text, subtype='plain', charset='utf-8', cte='8bit', filename=None, fname_style='plain',
                 extra_ct=None, inline_disp=False, ctype=None):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.filename, self.fname_style, self.extra_ct = filename, fname_style, extra_ct or []
        self.inline_disp = inline_disp
        self.ctype = ctype


class Binary:
    def __init__(self, data, ctype, filename=None, fname_style='plain', name_param=True, disposition='attachment'):
        self.data, self.ctype, self.filename, self.fname_style = data, ctype, filename, fname_style
        self.name_param, self.disposition = name_param, disposition


class Multi:
    def __init__(self, subtype, parts, boundary, preamble=None):
        self.subtype, self.parts, self.boundary, self.preamble = subtype, parts, boundary, preamble


class Rfc822:
    def __init__(self, msg_bytes, filename=None, fname_style='plain'):
        self.msg_bytes, self.filename, self.fname_style = msg_bytes, filename, fname_style


def _b64(data):
    return base64.encodebytes(data).decode('ascii')


def _qp(data):
    out = quopri.encodestring(data, quotetabs=False).decode('ascii')
    return out


def _wrap_8bit(text, width=76):
    """Wrap long plain lines (format=fixed) so 7bit/8bit bodies stay under 998 octets."""
    lines = []
    for line in text.split('\n'):
        while len(line.encode('utf-8')) > 900:
            cut = line.rfind(' ', 0, 600)
            cut = cut if cut > 0 else 600
            lines.append(line[:cut])
            line = line[cut + 1:]
        lines.append(line)
    return '\n'.join(lines)


def render(part):
    """Return list of header lines and body str (LF line endings)."""
    if isinstance(part, Text):
        text = fit_text(part.text, part.charset)
        raw = text.encode(part.charset)
        cte = part.cte
        if cte == '7bit' and any(b > 127 for b in raw):
            cte = 'quoted-printable'
        ct_main = part.ctype or f'text/{part.subtype}'
        ct_params = [f'charset="{part.charset}"'] + part.extra_ct
        if part.filename:
            ct_params += filename_params(part.filename, part.fname_style if part.fname_style != '2231cont' else '2231', 'name', 'utf-8')
        heads = [params_header('Content-Type', ct_main, ct_params)]
        heads.append(f'Content-Transfer-Encoding: {cte}')
        if part.filename:
            heads.append(params_header('Content-Disposition', 'attachment',
                                       filename_params(part.filename, part.fname_style)))
        elif part.inline_disp:
            heads.append('Content-Disposition: inline')
        if cte in ('7bit', '8bit'):
            body = _wrap_8bit(text)
            if not body.endswith('\n'):
                body += '\n'
            body = body  # already text
            return heads, body, part.charset
        if cte == 'quoted-printable':
            return heads, _qp(raw.replace(b'\r\n', b'\n')), None
        return heads, _b64(raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')), None
    if isinstance(part, Binary):
        ct_params = []
        if part.filename and part.name_param:
            ct_params += filename_params(part.filename, part.fname_style if part.fname_style != '2231cont' else '2231', 'name')
        heads = [params_header('Content-Type', part.ctype, ct_params), 'Content-Transfer-Encoding: base64']
        if part.filename:
            heads.append(params_header('Content-Disposition', part.disposition,
                                       filename_params(part.filename, part.fname_style)))
        return heads, _b64(part.data), None
    if isinstance(part, Rfc822):
        heads = ['Content-Type: message/rfc822']
        if part.filename:
            heads[0] = params_header('Content-Type', 'message/rfc822', filename_params(part.filename, 'plain' if part.fname_style == 'plain' else '2047', 'name'))
            heads.append(params_header('Content-Disposition', 'attachment', filename_params(part.filename, part.fname_style)))
        else:
            heads.append('Content-Disposition: inline')
        inner = part.msg_bytes.decode('utf-8', 'surrogateescape').replace('\r\n', '\n')
        eightbit = any(ord(c) > 127 for c in inner)
        heads.append('Content-Transfer-Encoding: ' + ('8bit' if eightbit else '7bit'))
        return heads, inner, 'surrogate'
    if isinstance(part, Multi):
        heads = [params_header('Content-Type', f'multipart/{part.subtype}', [f'boundary="{part.boundary}"'])]
        chunks = []
        if part.preamble:
            chunks.append(part.preamble + '\n')
        for sub in part.parts:
            h, b, cs = render(sub)
            chunks.append(('\n' if chunks or True else '') + f'--{part.boundary}\n' + '\n'.join(h) + '\n\n' + _as_text(b, cs))
        body = ''.join(chunks)
        if body.startswith('\n'):
            body = body[1:]
        if not body.endswith('\n'):
            body += '\n'
        body += f'--{part.boundary}--\n'
        return heads, body, 'surrogate'
    raise TypeError(part)


def _as_text(body, cs):
    """Bodies are kept as str; 8bit ones in a non-utf-8 charset are carried as
    surrogate-escaped bytes so the final encode gives the right octets."""
    if cs and cs not in ('surrogate', 'utf-8', 'us-ascii'):
        return body.encode(cs).decode('utf-8', 'surrogateescape')
    return body


def build(headers, root, eol='\n'):
    """headers: list of (name, already-encoded value). Returns bytes."""
    h, body, cs = render(root)
    lines = []
    for name, value in headers:
        lines.append(fold(name, value) if '\n' not in value and len(name) + len(value) > 76 else f'{name}: {value}')
    lines.append('MIME-Version: 1.0')
    lines.extend(h)
    text = '\n'.join(lines) + '\n\n' + _as_text(body, cs)
    data = text.encode('utf-8', 'surrogateescape')
    if eol == '\r\n':
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data
