"""Hand assembly of MIME messages, so that charsets, transfer encodings,
boundaries, header encodings and line ends are chosen explicitly and the
output is byte-for-byte reproducible."""
import base64
import datetime
import html
import quopri
import urllib.parse
from email.header import Header
from email.utils import format_datetime, formataddr

from gen_util import tz_offset

CODECS = {'us-ascii': 'ascii', 'utf-8': 'utf-8', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252'}


def can_encode(text, charset):
    try:
        text.encode(CODECS[charset])
        return True
    except UnicodeEncodeError:
        return False


# ---------------------------------------------------------------- parts
class TextPart:
    def __init__(self, text, subtype='plain', charset='utf-8', cte='8bit', filename=None,
                 fname_style='plain', disposition=None, params=None):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.filename, self.fname_style = filename, fname_style
        self.disposition, self.params = disposition, params or []


class BinPart:
    def __init__(self, data, ctype, filename=None, fname_style='plain', disposition='attachment'):
        self.data, self.ctype, self.filename = data, ctype, filename
        self.fname_style, self.disposition = fname_style, disposition


class MsgPart:
    def __init__(self, raw, filename=None, fname_style='plain'):
        self.raw, self.filename, self.fname_style = raw, filename, fname_style


class Multi:
    def __init__(self, subtype, parts, boundary, preamble=None):
        self.subtype, self.parts, self.boundary, self.preamble = subtype, parts, boundary, preamble


# ---------------------------------------------------------------- headers
def enc_header(value, charset='utf-8'):
    if all(ord(c) < 128 for c in value):
        return value
    if not can_encode(value, charset):
        charset = 'utf-8'
    return Header(value, charset, maxlinelen=76).encode(linesep='\n')


def enc_addr(name, addr, charset='utf-8'):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        return formataddr((name, addr))
    if not can_encode(name, charset):
        charset = 'utf-8'
    return formataddr((name, addr), charset=charset)


def fname_params(key, filename, style):
    """Return a parameter string for a file name ('filename' or 'name')."""
    if all(ord(c) < 128 for c in filename) and style == 'plain':
        return '%s="%s"' % (key, filename)
    q = urllib.parse.quote(filename.encode('utf-8'), safe='')
    if style == 'rfc2231_cont' and len(q) > 40:
        chunks, out = [], q
        while out:
            cut = 38
            # never cut inside a %XX escape
            while cut < len(out) and '%' in out[cut - 2:cut]:
                cut += 1
            chunks.append(out[:cut])
            out = out[cut:]
        segs = []
        for i, c in enumerate(chunks):
            segs.append('%s*%d*=%s%s' % (key, i, "utf-8''" if i == 0 else '', c))
        return ';\n\t'.join(segs)
    lang = 'fr' if style == 'rfc2231_lang' else ''
    return "%s*=utf-8'%s'%s" % (key, lang, q)


def _wrap_b64(data):
    return base64.encodebytes(data)


def _text_body(text, charset, cte):
    if not text.endswith('\n'):
        text += '\n'
    raw = text.encode(CODECS[charset])
    if cte in ('7bit', '8bit'):
        return raw
    if cte == 'quoted-printable':
        out = quopri.encodestring(raw)
        return out if out.endswith(b'\n') else out + b'\n'
    if cte == 'base64':
        return _wrap_b64(raw)
    raise ValueError(cte)


def render(part):
    """Render a part (headers + body) as bytes with LF line ends."""
    h = []
    if isinstance(part, Multi):
        h.append('Content-Type: multipart/%s;\n\tboundary="%s"' % (part.subtype, part.boundary))
        body = b''
        if part.preamble:
            body += part.preamble.encode('ascii') + b'\n'
        for sub in part.parts:
            body += b'\n--' + part.boundary.encode('ascii') + b'\n' + render(sub)
        body += b'\n--' + part.boundary.encode('ascii') + b'--\n'
        body = body[1:] if not part.preamble else body
        return ('\n'.join(h) + '\n\n').encode('ascii') + body
    if isinstance(part, TextPart):
        ct = 'Content-Type: text/%s; charset="%s"' % (part.subtype, part.charset)
        for k, v in part.params:
            ct += '; %s=%s' % (k, v)
        if part.filename:
            ct += ';\n\t' + fname_params('name', part.filename, part.fname_style)
        h.append(ct)
        h.append('Content-Transfer-Encoding: %s' % part.cte)
        if part.disposition or part.filename:
            cd = 'Content-Disposition: %s' % (part.disposition or 'attachment')
            if part.filename:
                cd += ';\n\t' + fname_params('filename', part.filename, part.fname_style)
            h.append(cd)
        body = _text_body(part.text, part.charset, part.cte)
        return ('\n'.join(h) + '\n\n').encode('ascii') + body
    if isinstance(part, BinPart):
        ct = 'Content-Type: %s' % part.ctype
        if part.filename:
            ct += ';\n\t' + fname_params('name', part.filename, part.fname_style)
        h.append(ct)
        h.append('Content-Transfer-Encoding: base64')
        cd = 'Content-Disposition: %s' % part.disposition
        if part.filename:
            cd += ';\n\t' + fname_params('filename', part.filename, part.fname_style)
        h.append(cd)
        return ('\n'.join(h) + '\n\n').encode('ascii') + _wrap_b64(part.data)
    if isinstance(part, MsgPart):
        h.append('Content-Type: message/rfc822')
        eight = any(b > 127 for b in part.raw)
        h.append('Content-Transfer-Encoding: %s' % ('8bit' if eight else '7bit'))
        cd = 'Content-Disposition: attachment'
        if part.filename:
            cd += ';\n\t' + fname_params('filename', part.filename, part.fname_style)
        h.append(cd)
        raw = part.raw if part.raw.endswith(b'\n') else part.raw + b'\n'
        return ('\n'.join(h) + '\n\n').encode('ascii') + raw
    raise TypeError(part)


def message_bytes(headers, root, crlf=False):
    """headers: list of (name, already-encoded value)."""
    out = ''.join('%s: %s\n' % (k, v) for k, v in headers)
    out += 'MIME-Version: 1.0\n'
    data = out.encode('ascii') + render(root)
    if crlf:
        data = data.replace(b'\n', b'\r\n')
    return data


def fmt_date_header(dt):
    off = tz_offset(dt)
    aware = dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))
    return format_datetime(aware)


# ---------------------------------------------------------------- text -> html
def text_to_html(text, lang='fr', style=0):
    """Turn a plain body into the kind of HTML a mail client produces."""
    blocks, cur = [], []
    for line in text.split('\n'):
        if line.strip() == '':
            if cur:
                blocks.append(cur)
                cur = []
        else:
            cur.append(line)
    if cur:
        blocks.append(cur)
    out = ['<html>', '<head>', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '</head>']
    fonts = ['font-family:Calibri,Arial,sans-serif;font-size:11pt',
             'font-family:Verdana,Geneva,sans-serif;font-size:10pt',
             "font-family:'Segoe UI',Tahoma,sans-serif;font-size:10.5pt"]
    out.append('<body lang="%s" style="%s">' % ('FR-CA' if lang == 'fr' else 'EN-CA', fonts[style % 3]))
    for b in blocks:
        if all(l.startswith('>') for l in b):
            inner = '<br>\n'.join(html.escape(l.lstrip('>').lstrip(), quote=False) for l in b)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + inner + '</blockquote>')
        elif len(b) > 1 and all('\t' in l for l in b):
            out.append('<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">')
            for l in b:
                cells = ''.join('<td>%s</td>' % html.escape(c, quote=False) for c in l.split('\t'))
                out.append('<tr>' + cells + '</tr>')
            out.append('</table>')
        else:
            out.append('<p>' + '<br>\n'.join(html.escape(l, quote=False) for l in b) + '</p>')
    out.append('</body>')
    out.append('</html>')
    return '\n'.join(out) + '\n'


def plain_tables(text):
    """Tabs in plain text become aligned columns with ' | '."""
    return '\n'.join(' | '.join(c for c in l.split('\t')) if '\t' in l else l for l in text.split('\n'))


# ---------------------------------------------------------------- transport choice
def choose_charset(rng, text):
    if can_encode(text, 'us-ascii'):
        return rng.choice(['us-ascii', 'us-ascii', 'utf-8', 'iso-8859-1'])
    if can_encode(text, 'iso-8859-1'):
        return rng.choice(['iso-8859-1', 'windows-1252', 'utf-8', 'utf-8'])
    if can_encode(text, 'windows-1252'):
        return rng.choice(['windows-1252', 'utf-8'])
    return 'utf-8'


def choose_cte(rng, text, charset):
    longest = max(len(l.encode('utf-8')) for l in text.split('\n'))
    if charset == 'us-ascii' and can_encode(text, 'us-ascii'):
        opts = ['7bit', '7bit', '7bit', 'quoted-printable', 'base64']
    else:
        opts = ['8bit', '8bit', 'quoted-printable', 'quoted-printable', 'base64']
    cte = rng.choice(opts)
    if cte in ('7bit', '8bit') and longest > 900:
        cte = 'quoted-printable'
    if cte == '7bit' and not can_encode(text, 'us-ascii'):
        cte = '8bit'
    return cte
