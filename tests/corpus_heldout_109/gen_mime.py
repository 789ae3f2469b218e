"""Hand-rolled MIME writer giving full control over transports.

Every part is rendered with LF line endings; the whole message may then be
converted to CRLF.  Supports charsets utf-8 / us-ascii / iso-8859-1 /
windows-1252, CTEs 7bit / 8bit / quoted-printable / base64, RFC 2047 encoded
headers and RFC 2231 (or RFC 2047-in-quotes, Outlook style) file names.
"""
import base64
import binascii
import email.utils
import re
import urllib.parse

from gen_common import strip_accents

FALLBACK_LATIN1 = {'œ': 'oe', 'Œ': 'OE', '’': "'", '‘': "'", '“': '"', '”': '"', '—': '-', '–': '-',
                   '…': '...', '€': 'EUR', '•': '*', '\u202f': ' ', '≥': '>=', '≤': '<=', '→': '->'}


def to_charset(text, charset):
    """Encode text into charset, degrading characters the charset lacks."""
    cs = charset.lower()
    if cs in ('utf-8',):
        return text.encode('utf-8')
    if cs == 'windows-1252':
        out = []
        for ch in text:
            try:
                out.append(ch.encode('cp1252'))
            except UnicodeEncodeError:
                out.append(FALLBACK_LATIN1.get(ch, strip_accents(ch) or '?').encode('cp1252', 'replace'))
        return b''.join(out)
    if cs == 'iso-8859-1':
        out = []
        for ch in text:
            try:
                out.append(ch.encode('latin-1'))
            except UnicodeEncodeError:
                out.append(FALLBACK_LATIN1.get(ch, strip_accents(ch) or '?').encode('latin-1', 'replace'))
        return b''.join(out)
    if cs == 'us-ascii':
        t = ''.join(FALLBACK_LATIN1.get(ch, ch) for ch in text)
        t = strip_accents(t).replace('«', '"').replace('»', '"').replace('°', ' deg').replace('µ', 'u')
        t = t.replace('\u00a0', ' ').replace('×', 'x').replace('½', '1/2')
        return t.encode('ascii', 'replace')
    raise ValueError(charset)


# ---------------------------------------------------------------- headers
def _q_encode_char(b):
    c = chr(b)
    if c.isalnum() and b < 128:
        return c
    if c == ' ':
        return '_'
    if c in '!*+-/':
        return c
    return f'={b:02X}'


def encode_words(text, charset='utf-8', mode='B', maxlen=75):
    """RFC 2047 encode text into a list of encoded words (not splitting characters)."""
    words, cur = [], ''
    prefix = f'=?{charset}?{mode}?'

    def enc(s):
        raw = to_charset(s, charset)
        if mode == 'B':
            return base64.b64encode(raw).decode('ascii')
        return ''.join(_q_encode_char(b) for b in raw)

    for ch in text:
        trial = cur + ch
        if len(prefix) + len(enc(trial)) + 2 > maxlen and cur:
            words.append(prefix + enc(cur) + '?=')
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(prefix + enc(cur) + '?=')
    return words


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def hval(text, charset='utf-8', mode='B'):
    """Header value: ASCII passes through, otherwise encoded words folded with LF+space."""
    if is_ascii(text):
        return text
    if charset == 'us-ascii':
        charset = 'utf-8'
    return '\n '.join(encode_words(text, charset, mode))


def haddr(name, addr, charset='utf-8', mode='B', style='quoted'):
    if not name:
        return addr
    if is_ascii(name):
        if style == 'quoted' or ',' in name or '.' in name or "'" in name:
            return f'"{name}" <{addr}>'
        return f'{name} <{addr}>'
    if charset == 'us-ascii':
        charset = 'utf-8'
    return ' '.join(encode_words(name, charset, mode)) + f' <{addr}>'


def fold_params(head, params):
    """Build e.g. 'attachment;\n filename="x"' folded reasonably."""
    s = head
    for p in params:
        s += ';\n\t' + p if len(s.split('\n')[-1]) + len(p) > 60 else '; ' + p
    return s


def filename_params(fname, style='auto', key='filename'):
    """Return list of parameter strings for a file name."""
    if is_ascii(fname) and not (style == '2231cont' and len(fname) > 40) and style != '2231force':
        return [f'{key}="{fname}"']
    if style == '2047':
        return [f'{key}="' + ' '.join(encode_words(fname, 'utf-8', 'B', 70)) + '"']
    if style == '2047q':
        return [f'{key}="' + ' '.join(encode_words(fname, 'iso-8859-1', 'Q', 70)) + '"']
    if style == 'latin1':
        q = urllib.parse.quote(fname.encode('latin-1', 'replace'), safe='')
        return [f"{key}*=iso-8859-1''{q}"]
    q = urllib.parse.quote(fname.encode('utf-8'), safe='')
    if style == '2231cont' or len(q) > 70:
        chunks, out = [q[i:i + 45] for i in range(0, len(q), 45)], []
        # do not split a %XX escape
        fixed, carry = [], ''
        for c in chunks:
            c = carry + c
            m = re.search(r'%[0-9A-F]?$', c)
            if m:
                carry = c[m.start():]
                c = c[:m.start()]
            else:
                carry = ''
            fixed.append(c)
        if carry:
            fixed.append(carry)
        for i, c in enumerate(fixed):
            out.append(f"{key}*{i}*=utf-8''{c}" if i == 0 else f'{key}*{i}*={c}')
        return out
    return [f"{key}*=utf-8''{q}"]


# ---------------------------------------------------------------- bodies
def cte_encode(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        enc = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
        return enc if enc.endswith(b'\n') else enc + b'\n'
    # 7bit / 8bit: normalise line endings to LF
    data = data.replace(b'\r\n', b'\n')
    return data if data.endswith(b'\n') else data + b'\n'


def max_line(data):
    return max((len(l) for l in data.split(b'\n')), default=0)


class Part:
    def __init__(self, headers, body=b'', children=None, boundary=None, preamble=None, subtype=None):
        self.headers = headers          # list of (name, value)
        self.body = body                # bytes, already transfer-encoded
        self.children = children
        self.boundary = boundary
        self.preamble = preamble
        self.subtype = subtype


def text_part(text, subtype='plain', charset='utf-8', cte='quoted-printable', filename=None,
              disposition=None, fn_style='auto', extra_ct='', format_flowed=False):
    data = to_charset(text, charset)
    if cte == '7bit' and (not is_ascii(data.decode('latin-1')) or max_line(data) > 900):
        cte = 'quoted-printable'
    if cte == '8bit' and max_line(data) > 900:
        cte = 'quoted-printable'
    ct = f'text/{subtype}; charset="{charset}"' if charset != 'us-ascii' or subtype != 'plain' else \
        f'text/{subtype}; charset=us-ascii'
    if format_flowed and subtype == 'plain':
        ct += '; format=flowed'
    if extra_ct:
        ct += extra_ct
    params = []
    if filename:
        ct = fold_params(ct, filename_params(filename, fn_style, 'name'))
        params = filename_params(filename, fn_style, 'filename')
    headers = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)]
    if disposition or filename:
        headers.append(('Content-Disposition', fold_params(disposition or 'attachment', params)))
    return Part(headers, cte_encode(data, cte))


def binary_part(data, ctype, filename, fn_style='auto', disposition='attachment', cte='base64',
                extra_headers=None):
    ct = fold_params(ctype, filename_params(filename, fn_style, 'name')) if filename else ctype
    headers = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)]
    if filename:
        headers.append(('Content-Disposition', fold_params(disposition, filename_params(filename, fn_style))))
    else:
        headers.append(('Content-Disposition', disposition))
    for h in extra_headers or []:
        headers.append(h)
    return Part(headers, cte_encode(data, cte))


def rfc822_part(raw, filename=None, fn_style='auto', disposition='attachment'):
    raw = raw.replace(b'\r\n', b'\n')
    cte = '7bit' if all(b < 128 for b in raw) else '8bit'
    headers = [('Content-Type', 'message/rfc822' + (f'; name="{filename}"' if filename and is_ascii(filename) else ''))]
    headers.append(('Content-Transfer-Encoding', cte))
    if filename:
        headers.append(('Content-Disposition', fold_params(disposition, filename_params(filename, fn_style))))
    else:
        headers.append(('Content-Disposition', 'inline'))
    return Part(headers, raw if raw.endswith(b'\n') else raw + b'\n')


def multipart(subtype, children, boundary, preamble=None, extra=''):
    return Part([('Content-Type', f'multipart/{subtype};{extra}\n\tboundary="{boundary}"')],
                children=children, boundary=boundary, preamble=preamble, subtype=subtype)


def render(part):
    out = []
    for name, value in part.headers:
        out.append(f'{name}: {value}'.encode('ascii'))
    head = b'\n'.join(out) + b'\n\n'
    if part.children is None:
        return head + part.body
    b = part.boundary.encode('ascii')
    body = b''
    if part.preamble:
        body += part.preamble.encode('ascii') + b'\n'
    for c in part.children:
        body += b'--' + b + b'\n' + render(c)
        if not body.endswith(b'\n'):
            body += b'\n'
    body += b'--' + b + b'--\n'
    return head + body


def message(top_headers, body_part, crlf=False):
    """top_headers: list of (name, value) already encoded; body_part: Part."""
    lines = [f'{n}: {v}'.encode('ascii') for n, v in top_headers]
    lines.append(b'MIME-Version: 1.0')
    raw = b'\n'.join(lines) + b'\n' + render(body_part)
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw


def fmt_date(dt, tz):
    return email.utils.format_datetime(dt.replace(tzinfo=tz))
