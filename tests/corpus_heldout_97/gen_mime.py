"""A small, fully deterministic MIME composer.

Python's email generator picks random boundaries and folds headers its own way; this
module writes the bytes itself so that every transport detail (charset, transfer encoding,
line ending, RFC 2047 / RFC 2231 parameters) is chosen explicitly and reproducibly.
"""
import base64
import datetime
import html
import quopri
import re
import unicodedata
import urllib.parse

PUNCT = {'\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-',
         '\u2026': '...', '\u0153': 'oe', '\u0152': 'OE', '\u20ac': 'EUR', '\u2022': '*',
         '\u00a0': ' ', '\u202f': ' ', '\u2192': '->', '\u2265': '>=', '\u2264': '<=',
         '\u00b5': 'u', '\u2191': '^', '\u2193': 'v', '\u00b1': '+/-'}


def to_charset(text, charset):
    """Encode text in charset, degrading typography (and accents for us-ascii) as an old
    mail client would."""
    try:
        return text.encode(charset)
    except UnicodeEncodeError:
        pass
    t = ''.join(PUNCT.get(c, c) for c in text) if charset != 'windows-1252' else text
    try:
        return t.encode(charset)
    except UnicodeEncodeError:
        pass
    t = ''.join(PUNCT.get(c, c) for c in t)
    out = []
    for c in t:
        try:
            c.encode(charset)
            out.append(c)
        except UnicodeEncodeError:
            d = unicodedata.normalize('NFKD', c)
            d = ''.join(x for x in d if not unicodedata.combining(x))
            try:
                d.encode(charset)
                out.append(d)
            except UnicodeEncodeError:
                out.append('?')
    return ''.join(out).encode(charset)


def can_encode(text, charset):
    try:
        text.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


# --------------------------------------------------------------------------- headers
def _encoded_words(text, charset, enc):
    """Split text into RFC 2047 encoded words of at most ~75 chars."""
    words = []
    chunk = ''
    cs = charset if can_encode(text, charset) else 'utf-8'

    def enc_chunk(s):
        raw = s.encode(cs)
        if enc == 'B':
            return '=?%s?B?%s?=' % (cs, base64.b64encode(raw).decode('ascii'))
        q = ''.join(chr(b) if (chr(b).isalnum() and b < 128) else ('_' if b == 32 else '=%02X' % b)
                    for b in raw)
        return '=?%s?Q?%s?=' % (cs, q)

    for c in text:
        if len(enc_chunk(chunk + c)) > 72 and chunk:
            words.append(enc_chunk(chunk))
            chunk = c
        else:
            chunk += c
    if chunk:
        words.append(enc_chunk(chunk))
    return words


def fold_plain(name, value):
    """Fold an ASCII header at spaces, keeping lines under 78 chars."""
    line = name + ': '
    lines = []
    for w in value.split(' '):
        if len(line) + len(w) > 76 and line.strip() not in (name + ':',):
            lines.append(line.rstrip())
            line = ' ' + w + ' '
        else:
            line += w + ' '
    lines.append(line.rstrip())
    return '\n'.join(lines)


def header(name, value, hs):
    """hs: header style dict(charset=..., enc='B'|'Q', raw8=bool)."""
    if all(ord(c) < 128 for c in value):
        return fold_plain(name, value)
    if hs.get('raw8'):
        return '%s: %s' % (name, value)
    if hs.get('partial'):
        # Outlook-like: only the words that need it are encoded
        out, run = [], []
        for t in value.split(' '):
            if any(ord(c) > 127 for c in t):
                run.append(t)
            else:
                if run:
                    out.append(' '.join(_encoded_words(' '.join(run), hs['charset'], hs['enc'])))
                    run = []
                out.append(t)
        if run:
            out.append(' '.join(_encoded_words(' '.join(run), hs['charset'], hs['enc'])))
        return fold_plain(name, ' '.join(out))
    words = _encoded_words(value, hs['charset'], hs['enc'])
    return '%s: %s' % (name, '\n '.join(words))


def addr(name, email, hs):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return '%s <%s>' % (name, email)
    if hs.get('raw8'):
        return '"%s" <%s>' % (name, email)
    return '%s <%s>' % (' '.join(_encoded_words(name, hs['charset'], hs['enc'])), email)


def addr_header(hname, people, hs):
    parts = [addr(n, e, hs) for n, e in people]
    line = hname + ': '
    out = []
    for i, p in enumerate(parts):
        sep = ',' if i < len(parts) - 1 else ''
        if len(line) + len(p) > 76 and line.strip() != hname + ':':
            out.append(line.rstrip())
            line = ' '
        if '\n' in p:
            pass
        line += p + sep + ' '
    out.append(line.rstrip())
    return '\n'.join(out)


# --------------------------------------------------------------------------- bodies
def encode_body(data, cte):
    """data: bytes.  Returns (cte, encoded text with \n line ends)."""
    if cte == '7bit' and any(b > 127 for b in data):
        cte = 'quoted-printable'
    if cte in ('7bit', '8bit'):
        txt = data.decode('latin-1')
        if any(len(l) > 900 for l in txt.split('\n')):
            cte = 'quoted-printable'
        else:
            return cte, txt
    if cte == 'quoted-printable':
        return cte, quopri.encodestring(data).decode('ascii')
    if cte == 'base64':
        return cte, base64.encodebytes(data).decode('ascii')
    raise ValueError(cte)


class Text:
    def __init__(self, text, subtype='plain', charset='utf-8', cte='quoted-printable',
                 disposition=None, filename=None, fname_style='plain', extra=None, format_flowed=False,
                 params=''):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.params = params
        self.disposition, self.filename, self.fname_style = disposition, filename, fname_style
        self.extra = extra or []
        self.flowed = format_flowed


class Binary:
    def __init__(self, data, ctype, filename, disposition='attachment', fname_style='plain',
                 name_param=True, extra=None):
        self.data, self.ctype, self.filename = data, ctype, filename
        self.disposition, self.fname_style, self.name_param = disposition, fname_style, name_param
        self.extra = extra or []


class Multi:
    def __init__(self, subtype, parts, boundary, preamble=None):
        self.subtype, self.parts, self.boundary, self.preamble = subtype, parts, boundary, preamble


class Rfc822:
    def __init__(self, raw, filename=None, fname_style='plain'):
        self.raw, self.filename, self.fname_style = raw, filename, fname_style


def fname_params(pname, fname, style):
    """Render a filename parameter (RFC 2231 / RFC 2047 / plain)."""
    ascii_ok = all(ord(c) < 128 for c in fname)
    if style == 'plain' and ascii_ok:
        return '%s="%s"' % (pname, fname)
    if style == 'rfc2047':
        w = ' '.join(_encoded_words(fname, 'utf-8', 'B'))
        return '%s="%s"' % (pname, w)
    if style == 'latin1_2231' and can_encode(fname, 'iso-8859-1'):
        q = urllib.parse.quote(fname.encode('iso-8859-1'), safe='')
        return "%s*=iso-8859-1''%s" % (pname, q)
    q = urllib.parse.quote(fname.encode('utf-8'), safe='')
    if style == 'rfc2231_cont' or len(q) > 60:
        chunks = [q[i:i + 45] for i in range(0, len(q), 45)]
        # never split a %XX escape
        fixed = []
        carry = ''
        for c in chunks:
            c = carry + c
            carry = ''
            m = re.search(r'%[0-9A-F]?$', c)
            if m:
                carry = c[m.start():]
                c = c[:m.start()]
            fixed.append(c)
        if carry:
            fixed[-1] += carry
        segs = []
        for i, c in enumerate(fixed):
            segs.append("%s*%d*=%s%s" % (pname, i, "utf-8''" if i == 0 else '', c))
        return ';\n\t'.join(segs)
    return "%s*=utf-8''%s" % (pname, q)


def render(part, hs, out):
    """Append header+body lines (str, \n separated, latin-1 mapped bytes) to out list."""
    if isinstance(part, Multi):
        out.append('Content-Type: multipart/%s;\n\tboundary="%s"' % (part.subtype, part.boundary))
        out.append('')
        if part.preamble:
            out.append(part.preamble)
        for p in part.parts:
            out.append('--' + part.boundary)
            render(p, hs, out)
        out.append('--' + part.boundary + '--')
        out.append('')
        return
    if isinstance(part, Rfc822):
        raw = part.raw.replace(b'\r\n', b'\n').decode('latin-1')
        cte = '8bit' if any(ord(c) > 127 for c in raw) else '7bit'
        out.append('Content-Type: message/rfc822')
        if part.filename:
            out.append('Content-Disposition: attachment;\n\t' +
                       fname_params('filename', part.filename, part.fname_style))
        out.append('Content-Transfer-Encoding: ' + cte)
        out.append('')
        out.append(raw.rstrip('\n'))
        return
    if isinstance(part, Text):
        data = to_charset(part.text.replace('\r\n', '\n'), part.charset)
        cte, body = encode_body(data, part.cte)
        ct = 'Content-Type: text/%s; charset="%s"' % (part.subtype, part.charset)
        if part.flowed and cte in ('7bit', '8bit'):
            ct += '; format=flowed'
        if part.params:
            ct += '; ' + part.params
        if part.filename:
            ct += ';\n\t' + fname_params('name', part.filename, part.fname_style)
        out.append(ct)
        out.append('Content-Transfer-Encoding: ' + cte)
        if part.disposition:
            d = 'Content-Disposition: ' + part.disposition
            if part.filename:
                d += ';\n\t' + fname_params('filename', part.filename, part.fname_style)
            out.append(d)
        out.extend(part.extra)
        out.append('')
        out.append(body.rstrip('\n'))
        return
    if isinstance(part, Binary):
        ct = 'Content-Type: ' + part.ctype
        if part.name_param:
            ct += ';\n\t' + fname_params('name', part.filename, part.fname_style)
        out.append(ct)
        out.append('Content-Transfer-Encoding: base64')
        out.append('Content-Disposition: %s;\n\t%s' % (
            part.disposition, fname_params('filename', part.filename, part.fname_style)))
        out.extend(part.extra)
        out.append('')
        out.append(base64.encodebytes(part.data).decode('ascii').rstrip('\n'))
        return
    raise TypeError(part)


def build(headers, body, hs, eol='\n', raw8_ok=True):
    """headers: list of preformatted header strings (already folded, \n continuation).
    body: a part.  Returns bytes."""
    out = list(headers)
    out.append('MIME-Version: 1.0')
    render(body, hs, out)
    txt = '\n'.join(out)
    if not txt.endswith('\n'):
        txt += '\n'
    # raw 8-bit headers (rare) are utf-8, bodies were mapped through latin-1
    head, sep, rest = txt.partition('\n\n')
    hb = head.encode('utf-8')
    bb = rest.encode('latin-1')
    data = hb + b'\n\n' + bb
    data = data.replace(b'\r\n', b'\n')
    if eol == '\r\n':
        data = data.replace(b'\n', b'\r\n')
    return data


# --------------------------------------------------------------------------- html helpers
def text_to_html(text, entities=False, style='outlook'):
    """Turn a plain-text mail into the kind of HTML a mail client would send."""
    blocks = text.split('\n\n')
    parts = []
    for b in blocks:
        lines = b.split('\n')
        if len(lines) >= 2 and all(' | ' in l for l in lines):
            rows = [l.split(' | ') for l in lines]
            t = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">']
            for i, r in enumerate(rows):
                tag = 'th' if i == 0 else 'td'
                t.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, html.escape(c.strip()), tag)
                                          for c in r) + '</tr>')
            t.append('</table>')
            parts.append('\n'.join(t))
        elif lines and lines[0].startswith('>'):
            parts.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">' +
                         '<br>\n'.join(html.escape(l.lstrip('> ')) for l in lines) + '</blockquote>')
        else:
            inner = '<br>\n'.join(html.escape(l) for l in lines)
            if style == 'outlook':
                parts.append('<p class="MsoNormal">%s</p>' % inner)
            else:
                parts.append('<div>%s</div>' % inner)
    font = 'Calibri, sans-serif' if style == 'outlook' else 'Arial, Helvetica'
    doc = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
           '</head>\n<body style="font-family:%s;font-size:11pt">\n%s\n</body>\n</html>\n'
           % (font, '\n'.join(parts)))
    if entities:
        doc = ''.join(c if ord(c) < 128 else '&#%d;' % ord(c) for c in doc)
        doc = doc.replace('charset=utf-8', 'charset=us-ascii')
    return doc


def fmt_date_header(dt):
    import email.utils
    return email.utils.format_datetime(dt)


def make_dt(rng, year=None):
    y = year or rng.choice([2024, 2024, 2025])
    m = rng.randint(1, 12) if y == 2024 else rng.randint(1, 6)
    d = rng.randint(1, 28)
    hh = rng.choice([7, 8, 8, 9, 10, 11, 13, 14, 15, 16, 17, 19, 22, 2])
    mm = rng.randint(0, 59)
    dst = 3 <= m <= 10
    tz = datetime.timezone(datetime.timedelta(hours=-4 if dst else -5))
    return datetime.datetime(y, m, d, hh, mm, rng.randint(0, 59), tzinfo=tz)
