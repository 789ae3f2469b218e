"""Hand assembly of RFC 5322 / MIME messages with full control of charsets,
transfer encodings, header encodings and line ends.  Output is deterministic."""
import base64
import binascii
import html
import urllib.parse
from email.header import Header

LATIN1_SUBST = {'\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-',
                '\u2026': '...', '\u0153': 'oe', '\u0152': 'OE', '\u20ac': 'EUR', '\u2022': '*',
                '\u00a0': ' ', '\u2265': '>=', '\u2264': '<=', '\u2192': '->', '\u202f': ' '}
ASCII_SUBST = dict(LATIN1_SUBST)
ASCII_SUBST.update({'\u00b0': ' deg', '\u00b5': 'u', '\u00bd': '1/2', '\u00e9': 'e'})


def can_encode(text, charset):
    try:
        text.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def adapt(text, charset):
    """Return text adapted to charset (typographic substitutions) or None if impossible."""
    if can_encode(text, charset):
        return text
    if charset in ('iso-8859-1', 'windows-1252'):
        t = text
        for k, v in LATIN1_SUBST.items():
            if charset == 'windows-1252' and k in '\u2019\u2018\u201c\u201d\u2013\u2014\u2026\u0153\u0152\u20ac\u2022':
                continue
            t = t.replace(k, v)
        return t if can_encode(t, charset) else None
    return None


class Part:
    """A leaf MIME part."""

    def __init__(self, ctype, data, charset=None, cte='base64', filename=None, fn_style='plain',
                 disposition=None, params=None, inline_headers=None):
        self.ctype, self.data, self.charset, self.cte = ctype, data, charset, cte
        self.filename, self.fn_style, self.disposition = filename, fn_style, disposition
        self.params = params or []
        self.extra = inline_headers or []


class Multi:
    def __init__(self, subtype, parts, boundary, preamble=None):
        self.subtype, self.parts, self.boundary, self.preamble = subtype, parts, boundary, preamble


def _rfc2231(key, value, split=False):
    enc = urllib.parse.quote(value.encode('utf-8'), safe='')
    if not split or len(enc) <= 50:
        return ["%s*=utf-8''%s" % (key, enc)]
    chunks, cur = [], ''
    i = 0
    while i < len(enc):
        step = 3 if enc[i] == '%' else 1
        if len(cur) + step > 45:
            chunks.append(cur)
            cur = ''
        cur += enc[i:i + step]
        i += step
    if cur:
        chunks.append(cur)
    out = []
    for n, ch in enumerate(chunks):
        out.append("%s*%d*=%s%s" % (key, n, "utf-8''" if n == 0 else '', ch))
    return out


def _param_lines(params):
    """params: list of already-formatted 'k=v' strings -> folded header continuation."""
    return ''.join(';\n\t' + p for p in params)


def encode_body(data, cte):
    if cte in ('7bit', '8bit', 'binary'):
        b = data
        if not b.endswith(b'\n'):
            b += b'\n'
        return b
    if cte == 'quoted-printable':
        b = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
        if not b.endswith(b'\n'):
            b += b'\n'
        return b
    if cte == 'base64':
        return base64.encodebytes(data)
    raise ValueError(cte)


def render_part(p):
    """Return bytes (LF line ends) for a leaf part including its headers."""
    h = []
    ctype = p.ctype
    params = []
    if p.charset:
        params.append('charset="%s"' % p.charset)
    params.extend(p.params)
    if p.filename:
        ascii_ok = all(ord(c) < 128 for c in p.filename)
        if ascii_ok and p.fn_style == 'plain':
            params.append('name="%s"' % p.filename)
        elif p.fn_style == 'rfc2047':
            params.append('name="%s"' % Header(p.filename, 'utf-8').encode(maxlinelen=998))
        else:
            params.extend(_rfc2231('name', p.filename))
    h.append('Content-Type: %s%s' % (ctype, _param_lines(params)))
    h.append('Content-Transfer-Encoding: %s' % p.cte)
    for line in p.extra:
        h.append(line)
    if p.filename or p.disposition:
        disp = p.disposition or 'attachment'
        dparams = []
        if p.filename:
            ascii_ok = all(ord(c) < 128 for c in p.filename)
            if ascii_ok and p.fn_style in ('plain', 'rfc2047'):
                dparams.append('filename="%s"' % p.filename)
            elif p.fn_style == 'rfc2047':
                dparams.append('filename="%s"' % Header(p.filename, 'utf-8').encode(maxlinelen=998))
            else:
                dparams.extend(_rfc2231('filename', p.filename, split=(p.fn_style == 'rfc2231split')))
        h.append('Content-Disposition: %s%s' % (disp, _param_lines(dparams)))
    head = ('\n'.join(h) + '\n\n').encode('ascii')
    return head + encode_body(p.data, p.cte)


def render_node(node):
    if isinstance(node, Part):
        return render_part(node)
    out = [('Content-Type: multipart/%s;\n\tboundary="%s"\n\n' % (node.subtype, node.boundary)).encode('ascii')]
    if node.preamble:
        out.append((node.preamble + '\n').encode('ascii'))
    for sub in node.parts:
        out.append(('--%s\n' % node.boundary).encode('ascii'))
        out.append(render_node(sub))
    out.append(('--%s--\n' % node.boundary).encode('ascii'))
    return b''.join(out)


# --------------------------------------------------------------------------- headers
def enc_words(text, charset, mode='q'):
    """RFC 2047 encode a header value."""
    if mode == 'b':
        hd = Header(text, charset, maxlinelen=76, header_name='Subject')
        from email import charset as _cs
        c = _cs.Charset(charset)
        c.header_encoding = _cs.BASE64
        hd = Header(text, c, maxlinelen=76, header_name='Subject')
        return hd.encode(linesep='\n')
    from email import charset as _cs
    c = _cs.Charset(charset)
    c.header_encoding = _cs.QP
    return Header(text, c, maxlinelen=76, header_name='Subject').encode(linesep='\n')


def fold_plain(name, value):
    """Fold an ASCII header at spaces to keep lines under 78 characters."""
    line = '%s: ' % name
    out = []
    for w in value.split(' '):
        if len(line) + len(w) + 1 > 76 and line.strip() and not line.endswith(': '):
            out.append(line.rstrip())
            line = ' ' + w + ' '
        else:
            line += w + ' '
    out.append(line.rstrip())
    return '\n'.join(out)


def subject_header(subject, charset, mode):
    ascii_ok = all(ord(c) < 128 for c in subject)
    if ascii_ok and mode == 'none':
        return fold_plain('Subject', subject)
    cs = charset if (charset not in ('us-ascii',) and can_encode(subject, charset)) else 'utf-8'
    return 'Subject: ' + enc_words(subject, cs, 'b' if mode == 'b' else 'q')


def addr(name, email, charset='utf-8', mode='q'):
    if not name:
        return '<%s>' % email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()<>@[]"\''):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return '%s <%s>' % (name, email)
    cs = charset if can_encode(name, charset) and charset != 'us-ascii' else 'utf-8'
    from email import charset as _cs
    c = _cs.Charset(cs)
    c.header_encoding = _cs.BASE64 if mode == 'b' else _cs.QP
    return '%s <%s>' % (Header(name, c, maxlinelen=998).encode(), email)


def addr_list(field, items):
    val = ', '.join(items)
    if len(field) + len(val) < 76:
        return '%s: %s' % (field, val)
    return '%s: %s' % (field, ',\n\t'.join(items))


def text_html(text, lang, table_html=None, style=None):
    """Turn plain text into a simple HTML document (paragraphs; optional table inserted at [[TABLE]])."""
    paras = text.split('\n\n')
    chunks = []
    for para in paras:
        if para.strip() == '[[TABLE]]' and table_html:
            chunks.append(table_html)
            continue
        lines = para.split('\n')
        if all(l.startswith('>') for l in lines if l.strip()):
            inner = '<br>\n'.join(html.escape(l.lstrip('> ').rstrip(), quote=False) for l in lines)
            chunks.append('<blockquote style="border-left:2px solid #99a;margin:0 0 0 6px;padding-left:8px">'
                          + inner + '</blockquote>')
        else:
            chunks.append('<p>' + '<br>\n'.join(html.escape(l, quote=False) for l in lines) + '</p>')
    font = style or 'font-family:Calibri,Arial,sans-serif;font-size:11pt'
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=CHARSET"></head>\n<body style="%s">\n%s\n</body></html>\n') % (lang, font, '\n'.join(chunks))


def html_table(rows, header=True):
    out = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
    for i, r in enumerate(rows):
        tag = 'th' if (header and i == 0) else 'td'
        out.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, html.escape(str(c)), tag) for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def text_table(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, r in enumerate(rows):
        lines.append('  '.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if n == 0:
            lines.append('  '.join('-' * w for w in widths))
    return '\n'.join(lines)


def render_message(headers, body_node, crlf=False):
    """headers: list of already formatted header strings (may contain LF folds)."""
    head = '\n'.join(headers) + '\n'
    data = head.encode('ascii') + b'MIME-Version: 1.0\n' + body_node_bytes(body_node)
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


def body_node_bytes(node):
    if isinstance(node, Part):
        return render_part(node)
    # top-level multipart: headers then body
    return render_node(node)
