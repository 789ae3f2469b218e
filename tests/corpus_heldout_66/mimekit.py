"""Minimal, deterministic MIME writer.

Everything is produced by hand (boundaries, encoded words, transfer encodings)
so that two runs with the same seed give byte-identical files.
"""
import base64
import quopri
import re

LATIN1_FIX = {
    '\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2014': '-',
    '\u2013': '-', '\u2026': '...', '\u0153': 'oe', '\u0152': 'OE', '\u20ac': 'EUR',
    '\u2022': '*', '\u2192': '->', '\u00a0': ' ', '\u2264': '<=', '\u2265': '>=',
}


def fit_charset(text, charset):
    """Return text that is encodable in charset (typographic chars degraded)."""
    if charset.lower() in ('utf-8', 'us-ascii'):
        if charset.lower() == 'us-ascii':
            text.encode('ascii')
        return text
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(LATIN1_FIX.get(ch, '?'))
    return ''.join(out)


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def encoded_word(text, charset='utf-8', mode='b'):
    """RFC 2047 encoded words, split so that each stays short."""
    text = fit_charset(text, charset)
    words = []
    chunk = ''
    for ch in text:
        if len((chunk + ch).encode(charset)) > 36:
            words.append(chunk)
            chunk = ''
        chunk += ch
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(charset)
        if mode == 'b':
            enc = base64.b64encode(raw).decode('ascii')
            out.append('=?%s?B?%s?=' % (charset, enc))
        else:
            enc = ''
            for b in raw:
                c = chr(b)
                if c == ' ':
                    enc += '_'
                elif c.isalnum() and b < 128:
                    enc += c
                else:
                    enc += '=%02X' % b
            out.append('=?%s?Q?%s?=' % (charset, enc))
    return ' '.join(out)


def header_text(text, charset='utf-8', mode='b'):
    if is_ascii(text):
        return text
    return encoded_word(text, charset, mode)


SPECIALS = re.compile(r'[,;:()<>@"\[\]\\]')


def _one_word(text, charset, mode):
    """A single encoded word (no splitting) for display-name phrases."""
    raw = fit_charset(text, charset).encode(charset)
    if mode == 'b':
        return '=?%s?B?%s?=' % (charset, base64.b64encode(raw).decode('ascii'))
    enc = ''
    for b in raw:
        c = chr(b)
        if c == ' ':
            enc += '_'
        elif c.isalnum() and b < 128:
            enc += c
        else:
            enc += '=%02X' % b
    return '=?%s?Q?%s?=' % (charset, enc)


def address(display, addr, charset='utf-8', mode='b'):
    """Display name + address. Non-ASCII display names are encoded word by word;
    consecutive words needing encoding are merged so that no two encoded words
    are ever adjacent (parsers disagree on the whitespace between them)."""
    if not display:
        return addr
    if is_ascii(display):
        if SPECIALS.search(display) or '.' in display:
            return '"%s" <%s>' % (display.replace('"', ''), addr)
        return '%s <%s>' % (display, addr)
    toks = display.split(' ')
    out, run = [], []
    for t in toks:
        if not is_ascii(t) or SPECIALS.search(t) or '.' in t or '=?' in t:
            run.append(t)
        else:
            if run:
                out.append(_one_word(' '.join(run), charset, mode))
                run = []
            out.append(t)
    if run:
        out.append(_one_word(' '.join(run), charset, mode))
    return '%s <%s>' % (' '.join(out), addr)


def fold(name, value):
    """Fold a header at whitespace so lines stay under ~78 characters."""
    line = name + ': '
    lines = []
    for tok in value.split(' '):
        if len(line) + len(tok) + 1 > 76 and line.strip() and not line.endswith(': '):
            lines.append(line.rstrip(' '))
            line = ' ' + tok + ' '
        else:
            line += tok + ' '
    lines.append(line.rstrip(' '))
    return '\n'.join(lines)


class Leaf:
    def __init__(self, ctype, payload, params=None, cte='base64', filename=None,
                 disposition=None, extra_headers=None, filename_style='plain'):
        self.ctype = ctype
        self.payload = payload  # bytes
        self.params = params or []
        self.cte = cte
        self.filename = filename
        self.disposition = disposition
        self.extra_headers = extra_headers or []
        self.filename_style = filename_style


class Multi:
    def __init__(self, subtype, children, boundary):
        self.subtype = subtype
        self.children = children
        self.boundary = boundary


class Embedded:
    """message/rfc822 part carrying already serialised message bytes (LF)."""
    def __init__(self, raw, filename=None, inline=False):
        self.raw = raw
        self.filename = filename
        self.inline = inline


def _filename_params(fname, style):
    if is_ascii(fname):
        return '; filename="%s"' % fname, '; name="%s"' % fname
    if style == 'rfc2231':
        from urllib.parse import quote
        q = quote(fname.encode('utf-8'), safe='')
        return "; filename*=utf-8''%s" % q, "; name*=utf-8''%s" % q
    ew = encoded_word(fname, 'utf-8', 'b')
    return '; filename="%s"' % ew, '; name="%s"' % ew


def _encode_payload(data, cte):
    if cte == 'base64':
        enc = base64.encodebytes(data)  # 76 char lines, trailing \n
        return enc
    if cte == 'quoted-printable':
        data = data.replace(b'\r\n', b'\n')
        enc = quopri.encodestring(data, quotetabs=False)
        if not enc.endswith(b'\n'):
            enc += b'\n'
        return enc
    # 7bit / 8bit
    data = data.replace(b'\r\n', b'\n')
    if not data.endswith(b'\n'):
        data += b'\n'
    return data


def render_part(part):
    """Return LF-terminated bytes for headers+body of a part."""
    if isinstance(part, Multi):
        head = 'Content-Type: multipart/%s;\n boundary="%s"\n' % (part.subtype, part.boundary)
        body = b'\n'
        for ch in part.children:
            body += b'--' + part.boundary.encode() + b'\n'
            body += render_part(ch)
        body += b'--' + part.boundary.encode() + b'--\n'
        return head.encode('ascii') + body
    if isinstance(part, Embedded):
        head = 'Content-Type: message/rfc822\n'
        if part.filename:
            fp, _ = _filename_params(part.filename, 'plain')
            head += 'Content-Disposition: %s%s\n' % ('inline' if part.inline else 'attachment', fp)
        raw = part.raw.replace(b'\r\n', b'\n')
        if not raw.endswith(b'\n'):
            raw += b'\n'
        cte = '8bit' if any(b > 127 for b in raw) else '7bit'
        head += 'Content-Transfer-Encoding: %s\n' % cte
        return head.encode('ascii') + b'\n' + raw
    ct = part.ctype + ''.join('; %s="%s"' % kv if kv[0] != 'charset' else '; charset=%s' % kv[1]
                              for kv in part.params)
    lines = []
    if part.filename:
        fp, np_ = _filename_params(part.filename, part.filename_style)
        ct += np_
        disp = part.disposition or 'attachment'
        lines.append(fold('Content-Type', ct))
        lines.append(fold('Content-Disposition', disp + fp))
    else:
        lines.append(fold('Content-Type', ct))
        if part.disposition:
            lines.append('Content-Disposition: ' + part.disposition)
    lines.append('Content-Transfer-Encoding: ' + part.cte)
    for k, v in part.extra_headers:
        lines.append(fold(k, v))
    return ('\n'.join(lines) + '\n\n').encode('ascii') + _encode_payload(part.payload, part.cte)


def serialise(headers, root, eol='\n'):
    """headers: list of (name, value) already RFC2047-safe. Returns bytes."""
    out = []
    for k, v in headers:
        out.append(fold(k, v))
    out.append('MIME-Version: 1.0')
    raw = ('\n'.join(out) + '\n').encode('ascii') + render_part(root)
    if eol == '\r\n':
        raw = raw.replace(b'\n', b'\r\n')
    return raw
