"""A small, deterministic MIME writer.

It writes messages by hand (not with email.generator) so that boundaries,
charsets, transfer encodings, header encodings and line endings are chosen
explicitly and reproducibly.
"""
import base64
import html
import html.entities
import quopri
import re
import urllib.parse

LATIN_FIX = {
    '\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-',
    '\u2026': '...', '\u0153': 'oe', '\u0152': 'OE', '\u20ac': 'EUR', '\u2265': '>=', '\u2264': '<=',
    '\u2022': '*', '\u2192': '->', '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ', '\u03b2': 'beta',
    '\u2122': '(TM)', '\u2640': 'F', '\u2642': 'M',
}


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def latinize(s, charset):
    """Replace characters a legacy charset cannot carry, as mail clients do."""
    out = []
    for ch in s:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(LATIN_FIX.get(ch, ch))
    return ''.join(out)


def can_encode(s, charset):
    try:
        s.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


# --------------------------------------------------------------------------
# Headers
# --------------------------------------------------------------------------
def _qchar(b):
    c = chr(b)
    if c == ' ':
        return '_'
    if c.isalnum() and b < 128:
        return c
    if c in '-!*+/' and b < 128:
        return c
    return '=%02X' % b


def encoded_words(s, charset, enc):
    """Split s into RFC 2047 encoded words of at most 75 characters."""
    words, cur = [], ''
    prefix = '=?%s?%s?' % (charset, enc)
    room = 75 - len(prefix) - 2

    def enc_len(t):
        b = t.encode(charset)
        if enc == 'B':
            return len(base64.b64encode(b))
        return sum(len(_qchar(x)) for x in b)

    for ch in s:
        if cur and enc_len(cur + ch) > room:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(charset)
        if enc == 'B':
            payload = base64.b64encode(b).decode('ascii')
        else:
            payload = ''.join(_qchar(x) for x in b)
        out.append(prefix + payload + '?=')
    return out


def fold_ascii(name, value, width=76):
    words = value.split(' ')
    lines, cur = [], name + ':'
    for w in words:
        if len(cur) + 1 + len(w) > width and cur != name + ':' and lines is not None:
            lines.append(cur)
            cur = ' ' + w
        else:
            cur += ' ' + w
    lines.append(cur)
    return '\n'.join(lines)


def header(rng, name, value, force_encode=False):
    """Return one header line (LF-folded), RFC 2047-encoding non-ASCII text."""
    if is_ascii(value) and not force_encode:
        return fold_ascii(name, value)
    prefix = ''
    m = re.match(r'^((?:(?:RE|TR|Fwd|FW|Réf|AW)\s?:\s*)+)', value, re.I)
    if m and is_ascii(m.group(1)):
        prefix, value = m.group(1), value[len(m.group(1)):]
    charset = 'utf-8'
    if can_encode(value, 'iso-8859-1') and rng.random() < 0.35:
        charset = 'iso-8859-1'
    elif can_encode(value, 'windows-1252') and rng.random() < 0.1:
        charset = 'windows-1252'
    enc = 'B' if rng.random() < 0.5 else 'Q'
    words = encoded_words(value, charset, enc)
    return name + ': ' + prefix + '\n '.join(words)


def address(rng, display, email_addr):
    if not display:
        return email_addr if rng.random() < 0.5 else '<%s>' % email_addr
    if is_ascii(display):
        if re.search(r'[,.;:()"@]', display) or rng.random() < 0.3:
            return '"%s" <%s>' % (display.replace('"', ''), email_addr)
        return '%s <%s>' % (display, email_addr)
    charset = 'utf-8' if (rng.random() < 0.6 or not can_encode(display, 'iso-8859-1')) else 'iso-8859-1'
    enc = 'B' if rng.random() < 0.5 else 'Q'
    return '%s <%s>' % (' '.join(encoded_words(display, charset, enc)), email_addr)


def address_list(rng, addrs):
    return ', '.join(address(rng, d, e) for d, e in addrs)


# --------------------------------------------------------------------------
# Bodies
# --------------------------------------------------------------------------
def b64_lines(data):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76)) + '\n'


def qp(data):
    return quopri.encodestring(data, quotetabs=False).decode('ascii')


def choose_text_encoding(rng, text, charset=None, cte=None):
    """Pick a charset and transfer encoding for a text part; returns (charset, cte, text)."""
    if charset is None:
        if is_ascii(text):
            charset = rng.choice(['us-ascii', 'us-ascii', 'utf-8', 'iso-8859-1', 'windows-1252'])
        else:
            charset = rng.choice(['utf-8', 'utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    if charset != 'utf-8':
        fixed = latinize(text, charset)
        if can_encode(fixed, charset):
            text = fixed
        else:
            charset = 'utf-8'
    if cte is None:
        if is_ascii(text):
            cte = rng.choice(['7bit', '7bit', '7bit', 'quoted-printable', 'base64'])
        else:
            cte = rng.choice(['8bit', '8bit', 'quoted-printable', 'quoted-printable', 'base64'])
    if cte == '7bit' and not is_ascii(text):
        cte = '8bit'
    if max((len(x) for x in text.split('\n')), default=0) > 900 and cte in ('7bit', '8bit'):
        cte = 'quoted-printable'
    return charset, cte, text


def encode_body(data, cte):
    if cte == 'base64':
        return b64_lines(data)
    if cte == 'quoted-printable':
        out = qp(data)
        return out if out.endswith('\n') else out + '\n'
    s = data.decode('latin-1')  # raw bytes carried through as-is
    return s if s.endswith('\n') else s + '\n'


class Part:
    def lines(self, rng):
        raise NotImplementedError


class Text(Part):
    def __init__(self, text, subtype='plain', charset=None, cte=None, disposition=None, filename=None,
                 fn_style=None, lang=None):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.disposition, self.filename, self.fn_style, self.lang = disposition, filename, fn_style, lang

    def render(self, rng):
        charset, cte, text = choose_text_encoding(rng, self.text, self.charset, self.cte)
        if self.subtype == 'html' and charset != 'utf-8':
            text = re.sub(r'charset=("?)[\w-]+\1', lambda m: 'charset=%s%s%s' % (m.group(1), charset, m.group(1)), text)
        data = text.encode(charset)
        hdrs = ['Content-Type: text/%s; charset="%s"' % (self.subtype, charset)
                if rng.random() < 0.5 else 'Content-Type: text/%s; charset=%s' % (self.subtype, charset)]
        if self.filename:
            hdrs[0] += ';\n name="%s"' % self.filename if is_ascii(self.filename) else ''
            hdrs.append(disposition_header(rng, self.disposition or 'attachment', self.filename, self.fn_style))
        elif self.disposition:
            hdrs.append('Content-Disposition: ' + self.disposition)
        hdrs.append('Content-Transfer-Encoding: ' + cte)
        if self.lang and rng.random() < 0.3:
            hdrs.append('Content-Language: ' + self.lang)
        return hdrs, encode_body(data, cte)


def disposition_header(rng, disp, filename, style=None):
    if style is None:
        style = 'plain' if is_ascii(filename) else rng.choice(['2231', '2231', '2047', '2231cont'])
        if is_ascii(filename) and len(filename) > 28 and rng.random() < 0.25:
            style = '2231cont'
        elif is_ascii(filename) and rng.random() < 0.15:
            style = '2231'
    if style == 'plain':
        return 'Content-Disposition: %s;\n filename="%s"' % (disp, filename)
    if style == '2047':
        w = encoded_words(filename, 'utf-8', rng.choice('BQ'))
        return 'Content-Disposition: %s;\n filename="%s"' % (disp, ' '.join(w))
    enc = urllib.parse.quote(filename.encode('utf-8'), safe='')
    if style == '2231':
        return "Content-Disposition: %s;\n filename*=utf-8''%s" % (disp, enc)
    # continuation: split the percent-encoded value without breaking %XX
    chunks, cur = [], ''
    i = 0
    while i < len(enc):
        tok = enc[i:i + 3] if enc[i] == '%' else enc[i]
        if len(cur) + len(tok) > 40:
            chunks.append(cur)
            cur = ''
        cur += tok
        i += len(tok)
    if cur:
        chunks.append(cur)
    parts = []
    for n, c in enumerate(chunks):
        if n == 0:
            parts.append("filename*0*=utf-8''%s" % c)
        else:
            parts.append('filename*%d*=%s' % (n, c))
    return 'Content-Disposition: %s;\n ' % disp + ';\n '.join(parts)


class Binary(Part):
    def __init__(self, data, ctype, filename, disposition='attachment', fn_style=None, cte='base64',
                 name_param=True):
        self.data, self.ctype, self.filename, self.disposition = data, ctype, filename, disposition
        self.fn_style, self.cte, self.name_param = fn_style, cte, name_param

    def render(self, rng):
        ct = 'Content-Type: ' + self.ctype
        if self.name_param and self.filename:
            if is_ascii(self.filename):
                ct += ';\n name="%s"' % self.filename
            elif rng.random() < 0.5:
                ct += ';\n name="%s"' % ' '.join(encoded_words(self.filename, 'utf-8', 'B'))
        hdrs = [ct]
        if self.filename:
            hdrs.append(disposition_header(rng, self.disposition, self.filename, self.fn_style))
        hdrs.append('Content-Transfer-Encoding: ' + self.cte)
        return hdrs, encode_body(self.data, self.cte)


class Multi(Part):
    def __init__(self, subtype, parts, boundary):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary

    def render(self, rng):
        hdrs = ['Content-Type: multipart/%s;\n boundary="%s"' % (self.subtype, self.boundary)]
        body = []
        if rng.random() < 0.4:
            body.append('This is a multi-part message in MIME format.\n')
        for p in self.parts:
            h, b = p.render(rng)
            body.append('\n--%s\n' % self.boundary if body else '--%s\n' % self.boundary)
            body.append('\n'.join(h) + '\n\n' + b.rstrip('\n') + '\n')
        body.append('\n--%s--\n' % self.boundary)
        return hdrs, ''.join(body)


class Rfc822(Part):
    def __init__(self, msg_text, filename=None):
        self.msg_text, self.filename = msg_text, filename

    def render(self, rng):
        hdrs = ['Content-Type: message/rfc822']
        if self.filename:
            hdrs[0] += ';\n name="%s"' % self.filename if is_ascii(self.filename) else ''
            hdrs.append(disposition_header(rng, 'attachment', self.filename))
        else:
            hdrs.append('Content-Disposition: inline' if rng.random() < 0.5 else 'Content-Disposition: attachment')
        hdrs.append('Content-Transfer-Encoding: ' + ('7bit' if is_ascii(self.msg_text) else '8bit'))
        return hdrs, self.msg_text


def render_message(rng, headers, root):
    """headers: list of (name, value) already-encoded strings or ('!raw', line)."""
    out = []
    for name, value in headers:
        if name == '!raw':
            out.append(value)
        else:
            out.append(header(rng, name, value))
    out.append('MIME-Version: 1.0')
    h, body = root.render(rng)
    out.extend(h)
    return '\n'.join(out) + '\n\n' + body


def to_bytes(text, crlf):
    data = text.encode('latin-1').replace(b'\r\n', b'\n')
    if crlf:
        data = data.replace(b'\n', b'\r\n')
    return data


# --------------------------------------------------------------------------
# HTML helpers
# --------------------------------------------------------------------------
def esc(s, entities=False):
    s = html.escape(s, quote=False)
    if entities:
        out = []
        for ch in s:
            if ord(ch) > 127:
                name = html.entities.codepoint2name.get(ord(ch))
                out.append('&%s;' % name if name else '&#%d;' % ord(ch))
            else:
                out.append(ch)
        s = ''.join(out)
    return s


def text_to_html(rng, text, tables=None, lang='fr'):
    """Render plain text as the kind of HTML mail clients produce."""
    entities = rng.random() < 0.3
    style = rng.randrange(3)
    blocks = text.split('\n\n')
    body = []
    for b in blocks:
        if b.startswith('@@TABLE') and tables:
            idx = int(b[len('@@TABLE'):].strip() or 0)
            body.append(html_table(tables[idx], entities, rng))
            continue
        lines = [esc(x, entities) for x in b.split('\n')]
        if b.startswith('>'):
            body.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                        + '<br>\n'.join(x.lstrip('&gt;').lstrip() for x in lines) + '</blockquote>')
        elif style == 0:
            body.append('<p>' + '<br>\n'.join(lines) + '</p>')
        elif style == 1:
            body.append('<p class="MsoNormal"><span style="font-size:11.0pt;font-family:Calibri,sans-serif">'
                        + '<br>\n'.join(lines) + '</span></p>')
        else:
            body.append('<div>' + '</div>\n<div>'.join(lines) + '</div><div><br></div>')
    head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
    if style == 1:
        head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<style>p.MsoNormal{margin:0cm;font-size:11pt}</style></head>\n')
    return head + '<body lang="%s">\n' % ('FR-CA' if lang == 'fr' else 'EN-CA') + '\n'.join(body) + '\n</body></html>\n'


def html_table(rows, entities, rng):
    out = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = 'th' if i == 0 else 'td'
        out.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, esc(str(c), entities), tag) for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def table_to_text(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for r in rows:
        lines.append('  '.join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
    return '\n'.join(lines)
