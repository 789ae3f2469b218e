"""A small, fully deterministic MIME writer.

The standard library's generator draws random boundaries and picks transfer
encodings on its own; here every choice (charset, transfer encoding, header
encoding, boundary, line ending) is made by the caller's RNG so that the same
seed always yields the same bytes.
"""
import base64
import email.utils
import html
import quopri
import re
import urllib.parse

from gen_common import strip_accents

SAFE_Q = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/')


# ---------------------------------------------------------------- headers
def _q_word(chunk, charset):
    out = []
    for b in chunk.encode(charset):
        if b in SAFE_Q:
            out.append(chr(b))
        elif b == 0x20:
            out.append('_')
        else:
            out.append('=%02X' % b)
    return '=?%s?Q?%s?=' % (charset, ''.join(out))


def _b_word(chunk, charset):
    return '=?%s?B?%s?=' % (charset, base64.b64encode(chunk.encode(charset)).decode('ascii'))


def encode_words(text, charset='utf-8', enc='Q', maxlen=74):
    """RFC 2047: split text into encoded words of at most ~75 characters."""
    words, cur = [], ''
    maker = _q_word if enc.upper() == 'Q' else _b_word
    for ch in text:
        if len(maker(cur + ch, charset)) > maxlen:
            words.append(maker(cur, charset))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(maker(cur, charset))
    return '\n '.join(words)


def fold(name, value):
    """Fold a plain ASCII header value at spaces to keep lines under 78 chars."""
    line = name + ': '
    out = []
    for word in value.split(' '):
        if len(line) + len(word) + 1 > 76 and line.strip() and not line.endswith(': '):
            out.append(line.rstrip())
            line = ' ' + word + ' '
        else:
            line += word + ' '
    out.append(line.rstrip())
    return '\n'.join(out)


def header(name, value, charset='utf-8', enc='Q', force=False):
    if force or any(ord(c) > 127 for c in value):
        if charset == 'us-ascii':
            charset = 'utf-8'
        try:
            value.encode(charset)
        except UnicodeEncodeError:
            charset = 'utf-8'
        return name + ': ' + encode_words(value, charset, enc)
    return fold(name, value)


SPECIALS = set('()<>[]:;@\\,."')


def addr(display, address, charset='utf-8', enc='Q'):
    if not display:
        return address
    if any(ord(c) > 127 for c in display):
        try:
            display.encode(charset)
        except UnicodeEncodeError:
            charset = 'utf-8'
        # one encoded word: Python's address parser keeps the blank between adjacent encoded words
        return '%s <%s>' % (encode_words(display, charset, enc, maxlen=10 ** 6), address)
    if any(c in SPECIALS for c in display):
        return '"%s" <%s>' % (display.replace('\\', '\\\\').replace('"', '\\"'), address)
    return '%s <%s>' % (display, address)


def addr_header(name, people, charset='utf-8', enc='Q'):
    vals = [addr(d, a, charset, enc) for d, a in people]
    return name + ': ' + ',\n '.join(vals)


def filename_params(fname, style):
    """Content-Disposition / Content-Type name parameters.

    style: 'plain' (quoted ASCII), '2231' (filename*=utf-8''...), '2231c' (continuations),
    '2047' (encoded word inside quotes, Outlook style), 'latin1' (RFC 2231 in iso-8859-1)."""
    ascii_ok = all(ord(c) < 128 for c in fname)
    if style == 'plain' or (ascii_ok and style in ('2047',)):
        if not ascii_ok:
            fname = strip_accents(fname)
        return 'filename="%s"' % fname, 'name="%s"' % fname
    if style == '2047':
        w = encode_words(fname, 'utf-8', 'B', maxlen=10 ** 6)
        return 'filename="%s"' % w, 'name="%s"' % w
    if style == 'latin1':
        try:
            enc = urllib.parse.quote(fname.encode('iso-8859-1'), safe='')
            return "filename*=iso-8859-1''%s" % enc, "name*=iso-8859-1''%s" % enc
        except UnicodeEncodeError:
            style = '2231'
    enc = urllib.parse.quote(fname.encode('utf-8'), safe='')
    if style == '2231c' and len(enc) > 40:
        chunks, i = [], 0
        while i < len(enc):
            j = min(len(enc), i + 40)
            while '%' in enc[j - 2:j] and j < len(enc):  # never split a %XX escape
                j += 1
            chunks.append(enc[i:j])
            i = j
        disp = ';\n '.join("filename*%d*=%s%s" % (k, "utf-8''" if k == 0 else '', c) for k, c in enumerate(chunks))
        ctn = ';\n '.join("name*%d*=%s%s" % (k, "utf-8''" if k == 0 else '', c) for k, c in enumerate(chunks))
        return disp, ctn
    return "filename*=utf-8''%s" % enc, "name*=utf-8''%s" % enc


# ---------------------------------------------------------------- bodies
def encode_body(raw, cte):
    """raw: bytes with \n line ends.  Returns encoded bytes with \n line ends."""
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    if not raw.endswith(b'\n'):
        raw += b'\n'
    return raw


class Node:
    def __init__(self, headers, body=b'', children=None, boundary=None, preamble=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary
        self.preamble = preamble


def text_node(text, subtype, charset, cte, extra=None, fmt_flowed=False):
    text = text.replace('\r\n', '\n')
    raw = text.encode(charset)
    ct = 'Content-Type: text/%s; charset="%s"' % (subtype, charset)
    if fmt_flowed:
        ct += '; format=flowed'
    hs = [ct, 'Content-Transfer-Encoding: %s' % cte] + (extra or [])
    return Node(hs, encode_body(raw, cte))


def binary_node(data, ctype, fname, fstyle, inline=False, extra=None):
    disp, nparam = filename_params(fname, fstyle)
    hs = ['Content-Type: %s;\n %s' % (ctype, nparam),
          'Content-Disposition: %s;\n %s' % ('inline' if inline else 'attachment', disp),
          'Content-Transfer-Encoding: base64'] + (extra or [])
    return Node(hs, base64.encodebytes(data))


def text_attachment_node(text, ctype, charset, cte, fname, fstyle):
    raw = text.replace('\r\n', '\n').encode(charset)
    disp, nparam = filename_params(fname, fstyle)
    hs = ['Content-Type: %s; charset="%s";\n %s' % (ctype, charset, nparam),
          'Content-Disposition: attachment;\n %s' % disp,
          'Content-Transfer-Encoding: %s' % cte]
    return Node(hs, encode_body(raw, cte))


def rfc822_node(inner_bytes, fname=None, fstyle='plain', eightbit=False):
    hs = ['Content-Type: message/rfc822']
    if fname:
        disp, _ = filename_params(fname, fstyle)
        hs.append('Content-Disposition: attachment;\n %s' % disp)
    hs.append('Content-Transfer-Encoding: %s' % ('8bit' if eightbit else '7bit'))
    if not inner_bytes.endswith(b'\n'):
        inner_bytes += b'\n'
    return Node(hs, inner_bytes)


def multipart_node(subtype, children, boundary, preamble=None):
    return Node(['Content-Type: multipart/%s;\n boundary="%s"' % (subtype, boundary)], children=children,
                boundary=boundary, preamble=preamble)


def serialize(node, top_headers=None):
    lines = (top_headers or []) + node.headers
    out = '\n'.join(lines).encode('ascii') + b'\n\n'
    if node.children is None:
        return out + node.body
    if node.preamble:
        out += node.preamble.encode('ascii') + b'\n'
    for ch in node.children:
        out += b'--' + node.boundary.encode('ascii') + b'\n' + serialize(ch)
        if not out.endswith(b'\n'):
            out += b'\n'
    out += b'--' + node.boundary.encode('ascii') + b'--\n'
    return out


# ---------------------------------------------------------------- html helpers
def text_to_html(text, rng, entities=False):
    paras = text.replace('\r\n', '\n').split('\n\n')
    font = rng.choice(['Calibri, sans-serif', 'Arial, Helvetica, sans-serif', 'Segoe UI, sans-serif',
                       'Times New Roman, serif'])
    out = ['<html>', '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body style="font-family: %s; font-size: 11pt">' % font]
    for p in paras:
        if p.startswith('<'):  # already html (tables etc.)
            out.append(p)
            continue
        esc = html.escape(p, quote=False)
        if entities:
            esc = esc.encode('ascii', 'xmlcharrefreplace').decode('ascii')
            esc = re.sub(r'&#(\d+);', lambda m: _named(int(m.group(1))), esc)
        out.append('<p>' + esc.replace('\n', '<br>\n') + '</p>')
    out.append('</body>')
    out.append('</html>')
    return '\n'.join(out) + '\n'


_NAMED = {233: '&eacute;', 232: '&egrave;', 224: '&agrave;', 234: '&ecirc;', 231: '&ccedil;', 201: '&Eacute;',
          244: '&ocirc;', 238: '&icirc;', 251: '&ucirc;', 171: '&laquo;', 187: '&raquo;', 160: '&nbsp;',
          8217: '&rsquo;', 239: '&iuml;', 235: '&euml;', 249: '&ugrave;', 226: '&acirc;', 176: '&deg;'}


def _named(cp):
    return _NAMED.get(cp, '&#%d;' % cp)


def html_table(headers, rows, border=True):
    out = ['<table %s cellpadding="4" style="border-collapse: collapse">' %
           ('border="1"' if border else 'border="0"'), '<tr>' + ''.join(
               '<th style="background:#dde">%s</th>' % html.escape(h) for h in headers) + '</tr>']
    for r in rows:
        out.append('<tr>' + ''.join('<td>%s</td>' % html.escape(str(c)) for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def html_to_text_simple(h):
    t = re.sub(r'(?is)<(script|style|head).*?</\1>', ' ', h)
    t = re.sub(r'(?i)<br\s*/?>|</p>|</tr>|</div>|</li>|</h\d>', '\n', t)
    t = re.sub(r'(?i)</t[dh]>', '\t', t)
    t = re.sub(r'<[^>]+>', '', t)
    return html.unescape(t)


def msgid(rng, dom):
    return '<%s.%s@%s>' % (''.join(rng.choice('0123456789abcdef') for _ in range(16)),
                           ''.join(rng.choice('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(8)), dom)


def boundary(rng):
    st = rng.randrange(4)
    h = ''.join(rng.choice('0123456789abcdef') for _ in range(24))
    return ['----=_NextPart_000_%s' % h[:16].upper(), '_000_%s_' % h.upper(), '=_%s' % h,
            '------------%s' % h[:22]][st]


def fmt_date(dt):
    return email.utils.format_datetime(dt)
