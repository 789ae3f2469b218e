"""Hand-assembled MIME: body blocks -> text/HTML, parts, transfer encodings, line ends."""
import base64
import email.utils
import html
import quopri
from email.header import Header

from gen_common import DOM

LATIN1_FIX = {'\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u0153': 'oe', '\u0152': 'OE',
              '\u2013': '-', '\u2014': '-', '\u2026': '...', '\u20ac': 'EUR', '\u2022': '*', '\u2192': '->',
              '\u2265': '>=', '\u2264': '<=', '\u00a0': ' ', '\u3000': ' '}


# --------------------------------------------------------------------------- body blocks
def P(text):
    return ('p', text)


def T(headers, rows):
    return ('table', headers, rows)


def L(items):
    return ('list', items)


def Q(intro, blocks):
    return ('quote', intro, blocks)


def FWD(banner, hdrs, blocks):
    return ('fwd', banner, hdrs, blocks)


def SIG(lines):
    return ('sig', lines)


def PRE(text):
    return ('pre', text)


def _table_text(headers, rows):
    allr = [headers] + rows if headers else rows
    widths = [max(len(str(r[i])) for r in allr) for i in range(len(allr[0]))]
    out = []
    for k, r in enumerate(allr):
        out.append('  '.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0 and headers:
            out.append('  '.join('-' * w for w in widths))
    return '\n'.join(out)


def to_text(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == 'p':
            out.append(b[1])
        elif k == 'pre':
            out.append(b[1])
        elif k == 'table':
            out.append(_table_text(b[1], b[2]))
        elif k == 'list':
            out.append('\n'.join('- ' + i for i in b[1]))
        elif k == 'quote':
            inner = to_text(b[2])
            out.append(b[1] + '\n' + '\n'.join(('> ' + ln) if ln else '>' for ln in inner.split('\n')))
        elif k == 'fwd':
            hdr = '\n'.join(f'{a}: {v}' for a, v in b[2])
            out.append(b[1] + '\n' + hdr + '\n\n' + to_text(b[3]))
        elif k == 'sig':
            out.append('-- \n' + '\n'.join(b[1]))
    return '\n\n'.join(out) + '\n'


def _h(s):
    return html.escape(s, quote=False).replace('\n', '<br>\n')


def to_html(blocks, inner=False):
    out = []
    for b in blocks:
        k = b[0]
        if k == 'p':
            out.append(f'<p>{_h(b[1])}</p>')
        elif k == 'pre':
            out.append(f'<pre style="font-family:Consolas,monospace">{html.escape(b[1], quote=False)}</pre>')
        elif k == 'table':
            rows = []
            if b[1]:
                rows.append('<tr>' + ''.join(f'<th style="border:1px solid #999;padding:2px 6px">{_h(str(c))}</th>'
                                             for c in b[1]) + '</tr>')
            for r in b[2]:
                rows.append('<tr>' + ''.join(f'<td style="border:1px solid #999;padding:2px 6px">{_h(str(c))}</td>'
                                             for c in r) + '</tr>')
            out.append('<table style="border-collapse:collapse;font-size:10pt">\n' + '\n'.join(rows) + '\n</table>')
        elif k == 'list':
            out.append('<ul>\n' + '\n'.join(f'<li>{_h(i)}</li>' for i in b[1]) + '\n</ul>')
        elif k == 'quote':
            out.append(f'<div>{_h(b[1])}</div>\n<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">\n{to_html(b[2], True)}\n</blockquote>')
        elif k == 'fwd':
            hdr = '<br>\n'.join(f'<b>{_h(a)}:</b> {_h(v)}' for a, v in b[2])
            out.append(f'<div>{_h(b[1])}<br>\n{hdr}</div>\n{to_html(b[3], True)}')
        elif k == 'sig':
            out.append('<div style="color:#555;font-size:9pt">--<br>\n' + '<br>\n'.join(_h(x) for x in b[1]) + '</div>')
    body = '\n'.join(out)
    if inner:
        return body
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=__CHARSET__">\n</head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + body + '\n</body>\n</html>\n')


# --------------------------------------------------------------------------- parts
class Part:
    """A MIME leaf or container.  text: str payload for text/*, data: bytes for binaries."""

    def __init__(self, ctype, text=None, data=None, charset=None, cte=None, filename=None, inline=False,
                 subparts=None, message=None, params=None, fname_style=None):
        self.ctype, self.text, self.data, self.charset, self.cte = ctype, text, data, charset, cte
        self.filename, self.inline, self.subparts, self.message = filename, inline, subparts, message
        self.params = params or []
        self.fname_style = fname_style


def fix_charset(text, charset):
    """Return (text, charset) such that text encodes in charset."""
    if charset in ('iso-8859-1', 'windows-1252'):
        t = text
        if charset == 'iso-8859-1':
            for a, b in LATIN1_FIX.items():
                t = t.replace(a, b)
        else:
            t = t.replace('\u3000', ' ')
        try:
            t.encode(charset)
            return t, charset
        except UnicodeEncodeError:
            return text, 'utf-8'
    if charset == 'us-ascii':
        try:
            text.encode('ascii')
            return text, charset
        except UnicodeEncodeError:
            return text, 'utf-8'
    return text, charset


def _b64(data):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76)) + '\n'


def _qp(data):
    return quopri.encodestring(data).decode('ascii').replace('\r\n', '\n')


def _encode_text(text, charset, cte):
    """Return (body bytes, cte)."""
    text = text.replace('\r\n', '\n')
    raw = text.encode(charset)
    if cte in ('7bit', '8bit'):
        if cte == '7bit' and any(b > 127 for b in raw):
            cte = '8bit'
        if cte == '8bit' and all(b < 128 for b in raw):
            cte = '7bit'
        if any(len(ln) > 900 for ln in raw.split(b'\n')):
            cte = 'quoted-printable'
        else:
            return raw, cte
    if cte == 'quoted-printable':
        return _qp(raw).encode('ascii'), cte
    return _b64(raw).encode('ascii'), 'base64'


def hdr_value(s, charset='utf-8', force=False, q=False):
    """RFC 2047-encode a header value when it is not ASCII (or when forced)."""
    try:
        s.encode('ascii')
        if not force:
            return s
    except UnicodeEncodeError:
        pass
    cs = charset if charset in ('utf-8', 'iso-8859-1', 'windows-1252') else 'utf-8'
    try:
        s.encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
    if q:
        from email import charset as _cs
        c = _cs.Charset(cs)
        c.header_encoding = _cs.QP
        return Header(s, c).encode(maxlinelen=76)
    return Header(s, cs).encode(maxlinelen=76)


def addr(name, address, charset='utf-8', q=False):
    if not name:
        return address
    try:
        name.encode('ascii')
        return email.utils.formataddr((name, address))
    except UnicodeEncodeError:
        return f'{hdr_value(name, charset, q=q)} <{address}>'


def _fname_params(fn, style):
    """Content-Disposition / Content-Type file-name parameters."""
    try:
        fn.encode('ascii')
        ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if ascii_ok and style != 'rfc2231':
        return f'filename="{fn}"', f'name="{fn}"'
    from urllib.parse import quote
    enc = quote(fn.encode('utf-8'), safe='')
    if style == 'rfc2231_cont' and len(enc) > 40:
        chunks = [enc[i:i + 40] for i in range(0, len(enc), 40)]
        disp = ';\n '.join(f"filename*{i}*={'utf-8' + chr(39) * 2 if i == 0 else ''}{c}" for i, c in enumerate(chunks))
    else:
        disp = f"filename*=utf-8''{enc}"
    name = f'name="{hdr_value(fn, "utf-8")}"' if not ascii_ok else f'name="{fn}"'
    return disp, name


class Renderer:
    def __init__(self, rng, domain=DOM):
        self.rng = rng
        self.bcount = 0

    def boundary(self):
        self.bcount += 1
        tok = ''.join(self.rng.choice('0123456789abcdef') for _ in range(16))
        style = self.bcount % 3
        if style == 0:
            return f'----=_Part_{self.bcount}_{tok}'
        if style == 1:
            return f'_000_{tok.upper()}DRHOSP_'
        return f'=_{tok}_{self.bcount:04d}'

    def part_lines(self, p):
        """Return (headers list of str, body bytes) for a part."""
        hdrs = []
        if p.subparts is not None:
            b = self.boundary()
            hdrs.append(f'Content-Type: {p.ctype};\n boundary="{b}"')
            body = b''
            if p.ctype == 'multipart/mixed' and self.rng.random() < 0.3:
                body = b'This is a multi-part message in MIME format.\n\n'
            for sp in p.subparts:
                h, sb = self.part_lines(sp)
                body += f'--{b}\n'.encode('ascii') + '\n'.join(h).encode('ascii') + b'\n\n' + sb + b'\n'
            body += f'--{b}--\n'.encode('ascii')
            return hdrs, body
        if p.message is not None:
            hdrs.append('Content-Type: message/rfc822')
            if p.filename:
                d, _ = _fname_params(p.filename, p.fname_style)
                hdrs.append(f'Content-Disposition: attachment;\n {d}')
            inner = p.message
            cte = '8bit' if any(c > 127 for c in inner) else '7bit'
            hdrs.append(f'Content-Transfer-Encoding: {cte}')
            return hdrs, inner if inner.endswith(b'\n') else inner + b'\n'
        extra = ''.join(f'; {k}={v}' for k, v in p.params)
        if p.text is not None:
            text = p.text
            if p.ctype == 'text/html':
                text = text.replace('__CHARSET__', p.charset)
            body, cte = _encode_text(text, p.charset, p.cte or '8bit')
            ct = f'Content-Type: {p.ctype}; charset="{p.charset}"{extra}'
        else:
            body, cte = _b64(p.data).encode('ascii'), 'base64'
            ct = f'Content-Type: {p.ctype}{extra}'
        if p.filename:
            d, n = _fname_params(p.filename, p.fname_style)
            ct += f';\n {n}'
            hdrs.append(ct)
            hdrs.append(f'Content-Disposition: {"inline" if p.inline else "attachment"};\n {d}')
        else:
            hdrs.append(ct)
        hdrs.append(f'Content-Transfer-Encoding: {cte}')
        if not body.endswith(b'\n'):
            body += b'\n'
        return hdrs, body

    def message(self, top, root, eol='\n'):
        """top: list of (name, value) already ASCII-encoded; root: Part.  Returns bytes."""
        h, body = self.part_lines(root)
        lines = [f'{k}: {v}' for k, v in top]
        lines.append('MIME-Version: 1.0')
        lines.extend(h)
        s = '\n'.join(lines).encode('ascii') + b'\n\n' + body
        if eol == '\r\n':
            s = s.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        return s


def fmt_date_hdr(dt):
    import datetime as _d
    off = -4 if 3 <= dt.month <= 10 else -5
    if dt.month == 3 and dt.day < 9:
        off = -5
    if dt.month == 11 and dt.day < 3:
        off = -4
    tz = _d.timezone(_d.timedelta(hours=off))
    return email.utils.format_datetime(dt.replace(tzinfo=tz))


def msgid(rng, dt, domain):
    tok = ''.join(rng.choice('0123456789ABCDEF') for _ in range(10))
    return f'<{dt.strftime("%Y%m%d%H%M%S")}.{tok}@{domain}>'
