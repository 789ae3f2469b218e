"""Hand-rolled, deterministic MIME serialiser (explicit charsets, transfer encodings, line endings)."""
import base64
import html as _html
import quopri
import re
import urllib.parse
from email.header import Header
from email.utils import format_datetime, formataddr

PYCS = {'utf-8': 'utf-8', 'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252',
        'iso-8859-15': 'iso8859_15'}


def can_encode(text, charset):
    try:
        text.encode(PYCS[charset])
        return True
    except UnicodeEncodeError:
        return False


def fix_charset(text, charset):
    if can_encode(text, charset):
        return charset
    for c in ('windows-1252', 'utf-8'):
        if can_encode(text, c):
            return c
    return 'utf-8'


def fold(name, value, limit=76):
    """Fold an ASCII header value at spaces."""
    line = '%s: %s' % (name, value)
    if len(line) <= limit:
        return line
    words = value.split(' ')
    out, cur = [], name + ':'
    for w in words:
        if len(cur) + 1 + len(w) > limit and cur.strip() and cur != name + ':':
            out.append(cur)
            cur = ' ' + w
        else:
            cur = cur + ' ' + w
    out.append(cur)
    return '\n'.join(out)


def enc_header(name, value, charset='utf-8'):
    if all(ord(c) < 128 for c in value):
        return fold(name, value)
    cs = charset if can_encode(value, charset) and charset != 'us-ascii' else 'utf-8'
    h = Header(value, cs, header_name=name)
    return '%s: %s' % (name, h.encode(linesep='\n', maxlinelen=76))


def enc_addr(name, addr, charset='utf-8'):
    if not name:
        return addr
    cs = charset if charset != 'us-ascii' and can_encode(name, charset) else 'utf-8'
    return formataddr((name, addr), charset=cs)


def addr_header(hname, pairs, charset='utf-8'):
    items = [enc_addr(n, a, charset) for n, a in pairs]
    line = '%s: %s' % (hname, ', '.join(items))
    if len(line) <= 76 or len(items) == 1:
        return line
    return '%s: %s' % (hname, ',\n '.join(items))


class Part:
    def __init__(self, headers, body=b'', parts=None, boundary=None, preamble=None):
        self.headers = headers  # list of already-encoded header lines (str, may contain '\n ')
        self.body = body  # bytes, '\n' line endings
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble

    def render(self):
        out = [('\n'.join(self.headers)).encode('ascii'), b'\n\n']
        if self.parts is not None:
            if self.preamble:
                out.append(self.preamble.encode('ascii') + b'\n')
            for p in self.parts:
                out.append(b'--' + self.boundary.encode('ascii') + b'\n')
                out.append(p.render())
                out.append(b'\n')
            out.append(b'--' + self.boundary.encode('ascii') + b'--\n')
        else:
            b = self.body
            if not b.endswith(b'\n'):
                b += b'\n'
            out.append(b)
        return b''.join(out)


def encode_body(data, cte):
    if cte in ('7bit', '8bit'):
        return data
    if cte == 'quoted-printable':
        return quopri.encodestring(data)
    if cte == 'base64':
        return base64.encodebytes(data)
    raise ValueError(cte)


def text_part(text, subtype='plain', charset='utf-8', cte='quoted-printable', filename=None,
              fn_style='plain', disposition=None, extra_ct='', extra_headers=()):
    charset = fix_charset(text, charset)
    text = text.replace('\r\n', '\n')
    if subtype == 'html':
        text = text.replace('charset=utf-8"', 'charset=%s"' % charset).replace('<meta charset="utf-8">',
                                                                             '<meta charset="%s">' % charset)
    data = text.encode(PYCS[charset])
    if cte == '7bit' and any(b > 127 for b in data):
        cte = 'quoted-printable'
    if cte in ('7bit', '8bit') and any(len(l) > 900 for l in data.split(b'\n')):
        cte = 'quoted-printable'
    ct = 'Content-Type: text/%s; charset="%s"%s' % (subtype, charset, extra_ct)
    hdrs = []
    if filename:
        ct += '; ' + fn_param('name', filename, fn_style)
    hdrs.append(fold_param_line(ct))
    hdrs.append('Content-Transfer-Encoding: %s' % cte)
    if filename or disposition:
        d = disposition or 'attachment'
        hdrs.append(fold_param_line('Content-Disposition: %s' % d +
                                    ('; ' + fn_param('filename', filename, fn_style) if filename else '')))
    hdrs.extend(extra_headers)
    return Part(hdrs, encode_body(data, cte))


def fold_param_line(line):
    if len(line) <= 78:
        return line
    parts = line.split('; ')
    return ';\n\t'.join(parts)


def fn_param(pname, filename, style):
    ascii_ok = all(32 <= ord(c) < 127 for c in filename) and '"' not in filename
    if style == 'plain' and ascii_ok:
        return '%s="%s"' % (pname, filename)
    if style == 'rfc2047' or (style == 'plain' and not ascii_ok):
        if ascii_ok:
            return '%s="%s"' % (pname, filename)
        enc = base64.b64encode(filename.encode('utf-8')).decode('ascii')
        return '%s="=?utf-8?B?%s?="' % (pname, enc)
    # RFC 2231
    q = urllib.parse.quote(filename, safe='')
    if len(q) <= 60:
        return "%s*=utf-8''%s" % (pname, q)
    toks = re.findall(r'%[0-9A-F]{2}|.', q)
    chunks, cur = [], ''
    for t in toks:
        if len(cur) + len(t) > 45:
            chunks.append(cur)
            cur = ''
        cur += t
    if cur:
        chunks.append(cur)
    out = []
    for k, c in enumerate(chunks):
        out.append("%s*%d*=%s%s" % (pname, k, "utf-8''" if k == 0 else '', c))
    return '; '.join(out)


CTYPES = {
    'pdf': 'application/pdf',
    'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'zip': 'application/zip',
    'png': 'image/png',
    'jpg': 'image/jpeg',
    'csv': 'text/csv',
    'ics': 'text/calendar',
    'vcf': 'text/vcard',
    'txt': 'text/plain',
    'eml': 'message/rfc822',
}


def binary_part(data, filename, ctype=None, fn_style='plain', inline=False, cid=None, alt_ctype=False):
    ext = filename.rsplit('.', 1)[-1].lower()
    ctype = ctype or CTYPES.get(ext, 'application/octet-stream')
    if alt_ctype:
        ctype = 'application/octet-stream'
    hdrs = [fold_param_line('Content-Type: %s; %s' % (ctype, fn_param('name', filename, fn_style))),
            'Content-Transfer-Encoding: base64',
            fold_param_line('Content-Disposition: %s; %s' % ('inline' if inline else 'attachment',
                                                             fn_param('filename', filename, fn_style)))]
    if cid:
        hdrs.append('Content-ID: <%s>' % cid)
    return Part(hdrs, base64.encodebytes(data))


def rfc822_part(msg_bytes, filename=None, fn_style='plain'):
    msg_bytes = msg_bytes.replace(b'\r\n', b'\n')
    eight = any(b > 127 for b in msg_bytes)
    hdrs = ['Content-Type: message/rfc822' + ('; ' + fn_param('name', filename, fn_style) if filename else ''),
            'Content-Transfer-Encoding: %s' % ('8bit' if eight else '7bit')]
    if filename:
        hdrs.append(fold_param_line('Content-Disposition: attachment; ' + fn_param('filename', filename, fn_style)))
    else:
        hdrs.append('Content-Disposition: inline')
    return Part(hdrs, msg_bytes)


def multipart(subtype, parts, boundary, preamble=None, extra=''):
    hdrs = [fold_param_line('Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, extra))]
    return Part(hdrs, parts=parts, boundary=boundary, preamble=preamble)


def make_message(top_headers, root, linesep='\n'):
    """top_headers: list of encoded header lines (without MIME content headers)."""
    lines = list(top_headers) + ['MIME-Version: 1.0']
    root_bytes = root.render()
    data = ('\n'.join(lines) + '\n').encode('ascii') + root_bytes
    data = data.replace(b'\r\n', b'\n')
    if linesep == '\r\n':
        data = data.replace(b'\n', b'\r\n')
    return data


# --------------------------------------------------------------------------- text -> HTML
def text_to_html(text, style=0, lang='fr'):
    """Turn a plain-text body into the kind of HTML an e-mail client would send."""
    esc = _html.escape
    blocks = re.split(r'\n\s*\n', text.strip('\n'))
    out = []
    for b in blocks:
        lines = b.split('\n')
        if all(l.startswith('>') for l in lines):
            inner = '<br>\n'.join(esc(l.lstrip('> ').rstrip()) for l in lines)
            out.append('<blockquote style="border-left:2px solid #ccc;margin:0 0 0 6px;padding-left:6px">'
                       '%s</blockquote>' % inner)
        elif all(l.lstrip().startswith(('- ', '* ', '• ')) for l in lines):
            out.append('<ul>\n%s\n</ul>' % '\n'.join('<li>%s</li>' % esc(l.lstrip()[2:]) for l in lines))
        elif len(lines) > 1 and all(l.count(' | ') >= 1 for l in lines):
            rows = []
            for i, l in enumerate(lines):
                cells = [c.strip() for c in l.split(' | ')]
                tag = 'th' if i == 0 else 'td'
                rows.append('<tr>%s</tr>' % ''.join('<%s style="border:1px solid #999;padding:2px 6px">%s</%s>'
                                                    % (tag, esc(c), tag) for c in cells))
            out.append('<table cellspacing="0" style="border-collapse:collapse;font-size:10pt">\n%s\n</table>'
                       % '\n'.join(rows))
        else:
            if style == 1:
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % '<br>\n'.join(esc(l) for l in lines))
            elif style == 2:
                out.append('\n'.join('<div>%s</div>' % (esc(l) if l.strip() else '<br>') for l in lines) +
                           '\n<div><br></div>')
            else:
                out.append('<p>%s</p>' % '<br>\n'.join(esc(l) for l in lines))
    body = '\n'.join(out)
    if style == 1:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n'
                '</head>\n<body lang="%s-CA" link="#0563C1">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % (lang.upper(), body))
    if style == 2:
        return '<div dir="ltr">\n%s\n</div>\n' % body
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n%s\n</body></html>\n' % body)


def date_header(d):
    return 'Date: ' + format_datetime(d)
