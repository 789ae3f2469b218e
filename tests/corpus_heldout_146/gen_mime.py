"""Hand-assembled MIME: fixed boundaries, Message-IDs and Dates; charsets, transfer encodings,
RFC 2047 headers, RFC 2231 file names, CRLF or LF line ends."""
import base64
import datetime
import email.charset
import email.header
import email.utils
import html as htmlmod
import quopri
from urllib.parse import quote

from gen_common import DOM


def _charset_obj(name, enc):
    c = email.charset.Charset(name)
    c.header_encoding = email.charset.BASE64 if enc == 'b' else email.charset.QP
    return c


def enc_header_words(s, hmode, header_name='Subject'):
    """hmode: (charset, 'q'|'b').  ASCII strings are returned unchanged."""
    if s.isascii():
        return s
    cs, enc = hmode
    try:
        s.encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
    h = email.header.Header(s, _charset_obj(cs, enc), header_name=header_name, maxlinelen=76)
    return h.encode(linesep='\n')


def fmt_addr(name, address, hmode):
    if not name:
        return address
    if name.isascii():
        return email.utils.formataddr((name, address))
    return f"{enc_header_words(name, hmode, 'From')} <{address}>"


def encode_text(text, charset, cte, eol):
    """Return (charset, cte, body bytes with LF line ends)."""
    try:
        raw = text.encode(charset)
    except UnicodeEncodeError:
        charset = 'utf-8'
        raw = text.encode('utf-8')
    ascii_only = raw.isascii()
    if charset == 'us-ascii' and not ascii_only:
        charset, raw = 'utf-8', text.encode('utf-8')
    longest = max((len(l) for l in raw.split(b'\n')), default=0)
    if cte == '7bit' and (not ascii_only or longest > 900):
        cte = 'quoted-printable'
    if cte == '8bit' and ascii_only:
        cte = '7bit'
    if cte in ('7bit', '8bit') and longest > 900:
        cte = 'quoted-printable'
    if cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    elif cte == 'base64':
        canon = raw.replace(b'\n', b'\r\n') if eol == '\r\n' else raw
        body = base64.encodebytes(canon)
    else:
        body = raw
    if not body.endswith(b'\n'):
        body += b'\n'
    return charset, cte, body


class Part:
    def __init__(self, headers, body=b'', children=None, boundary=None):
        self.headers = headers
        self.body = body
        self.children = children or []
        self.boundary = boundary

    def render(self):
        out = ''.join(f"{k}: {v}\n" for k, v in self.headers).encode('ascii') + b'\n'
        if self.children:
            out += b'This is a multi-part message in MIME format.\n\n'
            for ch in self.children:
                out += b'--' + self.boundary.encode() + b'\n' + ch.render()
                if not out.endswith(b'\n'):
                    out += b'\n'
            out += b'--' + self.boundary.encode() + b'--\n'
        else:
            out += self.body
        return out


def text_part(text, subtype, charset, cte, eol, top_headers=()):
    cs, cte, body = encode_text(text, charset, cte, eol)
    hdrs = list(top_headers) + [('Content-Type', f'text/{subtype}; charset="{cs}"'),
                                ('Content-Transfer-Encoding', cte)]
    return Part(hdrs, body), cs, cte


def html_from_text(text, charset):
    blocks = text.strip('\n').split('\n\n')
    out = []
    for b in blocks:
        lines = b.split('\n')
        if all(l.startswith('>') for l in lines):
            inner = '<br>\n'.join(htmlmod.escape(l.lstrip('> ').rstrip(), quote=False) for l in lines)
            out.append('<blockquote style="border-left:2px solid #99c;padding-left:6px;margin-left:4px">'
                       f'\n{inner}\n</blockquote>')
        else:
            out.append('<p>' + '<br>\n'.join(htmlmod.escape(l, quote=False) for l in lines) + '</p>')
    body = '\n'.join(out)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">\n'
            '</head>\n<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + body +
            '\n</body>\n</html>\n')


def _fname_params(fn, fmode):
    """Return (content-type name param, disposition filename param, used_mode)."""
    if fn.isascii():
        return f'name="{fn}"', f'filename="{fn}"', 'ascii'
    if fmode == 'rfc2231':
        q = quote(fn.encode('utf-8'), safe='')
        return f"name*=utf-8''{q}", f"filename*=utf-8''{q}", 'rfc2231'
    if fmode == 'rfc2231-latin1':
        try:
            q = quote(fn.encode('iso-8859-1'), safe='')
            return f"name*=iso-8859-1''{q}", f"filename*=iso-8859-1''{q}", 'rfc2231'
        except UnicodeEncodeError:
            q = quote(fn.encode('utf-8'), safe='')
            return f"name*=utf-8''{q}", f"filename*=utf-8''{q}", 'rfc2231'
    w = email.header.Header(fn, _charset_obj('utf-8', 'b'), maxlinelen=2000).encode()
    return f'name="{w}"', f'filename="{w}"', 'rfc2047'


def att_part(att, fmode, text_cte, eol):
    nparam, fparam, used = _fname_params(att.filename, fmode)
    if att.kind == 'eml':
        cte = '8bit' if not att.data.isascii() else '7bit'
        hdrs = [('Content-Type', f'message/rfc822; {nparam}'),
                ('Content-Disposition', f'attachment; {fparam}'),
                ('Content-Transfer-Encoding', cte)]
        body = att.data.replace(b'\r\n', b'\n')
        return Part(hdrs, body if body.endswith(b'\n') else body + b'\n'), used, cte
    if att.ctype.startswith('text/'):
        text = att.data.decode('utf-8')
        cs = 'utf-8'
        cs, cte, body = encode_text(text, cs, text_cte, eol)
        hdrs = [('Content-Type', f'{att.ctype}; charset="{cs}"; {nparam}'),
                ('Content-Disposition', f'attachment; {fparam}'),
                ('Content-Transfer-Encoding', cte)]
        return Part(hdrs, body), used, cte
    hdrs = [('Content-Type', f'{att.ctype}; {nparam}'),
            ('Content-Disposition', f'attachment; {fparam}'),
            ('Content-Transfer-Encoding', 'base64')]
    return Part(hdrs, base64.encodebytes(att.data)), used, 'base64'


def msg_date(rng):
    month = rng.randrange(1, 13)
    day = rng.randrange(1, 29)
    hour = rng.choice([7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 19, 22, 23])
    off = -4 if 4 <= month <= 10 else -5
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return datetime.datetime(2024, month, day, hour, rng.randrange(60), rng.randrange(60), tzinfo=tz)


def build(spec, tr, ident):
    """spec: gen_common.Spec; tr: transport dict; ident: unique string for IDs/boundaries.
    Returns (bytes, features set)."""
    feats = set()
    hm = tr['hmode']
    eol = tr['eol']
    top = [
        ('From', fmt_addr(spec.sender[0], spec.sender[1], hm)),
        ('To', ', '.join(fmt_addr(n, a, hm) for n, a in spec.to)),
    ]
    if spec.cc:
        top.append(('Cc', ', '.join(fmt_addr(n, a, hm) for n, a in spec.cc)))
    subj = enc_header_words(spec.subject, hm)
    if subj != spec.subject:
        feats.add('RFC 2047 Subject')
    if any(not n.isascii() for n, _ in [spec.sender] + list(spec.to) + list(spec.cc) if n):
        feats.add('RFC 2047 display name')
    top += [('Subject', subj), ('Date', email.utils.format_datetime(tr['date'])),
            ('Message-ID', f"<{tr['mid']}@{DOM}>")]
    if spec.reply:
        top += [('In-Reply-To', f"<{tr['mid']}.prev@{DOM}>"), ('References', f"<{tr['mid']}.prev@{DOM}>")]
    if tr.get('mailer'):
        top.append(('X-Mailer', tr['mailer']))
    top.append(('MIME-Version', '1.0'))
    bnd = lambda k: f"----=_Part_{ident}_{k}"  # noqa: E731

    html = spec.html if spec.html is not None else None
    layout = tr['layout']
    cs, cte = tr['charset'], tr['cte']

    def body_part(headers=()):
        if layout in ('plain', 'mixed-plain'):
            p, c1, t1 = text_part(spec.text, 'plain', cs, cte, eol, headers)
            return p, [c1], [t1]
        h = html if html is not None else html_from_text(spec.text, cs)
        if layout in ('html', 'mixed-html'):
            p, c1, t1 = text_part(h, 'html', cs, cte, eol, headers)
            return p, [c1], [t1]
        p1, c1, t1 = text_part(spec.text, 'plain', cs, cte, eol)
        p2, c2, t2 = text_part(h, 'html', cs, tr['cte2'], eol)
        alt = Part(list(headers) + [('Content-Type', f'multipart/alternative; boundary="{bnd("alt")}"')],
                   children=[p1, p2], boundary=bnd('alt'))
        return alt, [c1, c2], [t1, t2]

    if spec.atts:
        inner, css, ctes = body_part()
        children = [inner]
        for i, a in enumerate(spec.atts):
            p, used, acte = att_part(a, tr['fmode'], tr['att_cte'], eol)
            children.append(p)
            ctes.append(acte)
            if used == 'rfc2231':
                feats.add('RFC 2231 file name')
            if used == 'rfc2047':
                feats.add('RFC 2047 file name')
            feats.add({'pdf': 'PDF', 'docx': 'DOCX', 'xlsx': 'XLSX', 'csv': 'CSV', 'ics': 'ICS',
                       'vcf': 'vCard', 'zip': 'ZIP', 'eml': 'message/rfc822', 'txt': 'text attachment',
                       'hl7': 'text attachment'}[a.kind])
        root = Part(top + [('Content-Type', f'multipart/mixed; boundary="{bnd("mix")}"')],
                    children=children, boundary=bnd('mix'))
        feats.add('multipart/mixed')
    else:
        root, css, ctes = body_part(top)
    if layout in ('alt', 'mixed-alt'):
        feats.add('multipart/alternative')
    elif layout in ('html', 'mixed-html'):
        feats.add('HTML body' if spec.atts else 'text/html only')
    elif layout == 'plain':
        feats.add('text/plain only')
    for c in css:
        feats.add(f'charset {c}')
    for t in ctes:
        feats.add(f'CTE {t}')
    data = root.render()
    if eol == '\r\n':
        data = data.replace(b'\n', b'\r\n')
        feats.add('CRLF line ends')
    else:
        feats.add('LF line ends')
    return data, feats


def inner_eml(sender, to, subject, date, mid, text, charset='utf-8', cte='quoted-printable'):
    """A simple single-part message to attach as message/rfc822 (LF line ends)."""
    hm = ('utf-8', 'q')
    cs, cte, body = encode_text(text, charset, cte, '\n')
    hdrs = [('From', fmt_addr(sender[0], sender[1], hm)), ('To', fmt_addr(to[0], to[1], hm)),
            ('Subject', enc_header_words(subject, hm)), ('Date', email.utils.format_datetime(date)),
            ('Message-ID', f"<{mid}>"), ('MIME-Version', '1.0'),
            ('Content-Type', f'text/plain; charset="{cs}"'), ('Content-Transfer-Encoding', cte)]
    return Part(hdrs, body).render()
