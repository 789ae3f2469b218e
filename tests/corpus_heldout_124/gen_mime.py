"""Hand-assembled MIME: body blocks -> text/HTML, parts, headers, fixed boundaries."""
import base64
import hashlib
import html
import quopri
from email.header import Header
from email.utils import encode_rfc2231, format_datetime, formataddr

from gen_common import SEED


class Att:
    def __init__(self, filename, ctype, data=None, text=None, charset='utf-8', cte=None, msg=None,
                 force2231=False, inline=False):
        self.filename, self.ctype, self.data, self.text = filename, ctype, data, text
        self.charset, self.cte, self.msg, self.force2231, self.inline = charset, cte, msg, force2231, inline


class Msg:
    """One e-mail.  `blocks` is the body; see render_text / render_html for the block kinds."""

    def __init__(self, lang, frm, to, subject, blocks, cc=None, atts=None):
        self.lang, self.frm, self.to, self.cc = lang, frm, to, cc or []
        self.subject, self.blocks, self.atts = subject, blocks, atts or []
        self.types, self.evidence, self.holders, self.ids = set(), [], [], []
        self.category = self.note = ''
        self.fmt = self.charset = self.cte = None
        self.crlf = False
        self.subj2047 = False
        self.date = None
        self.msgid = None
        self.in_reply_to = None
        self.mailer = None
        self.extra_headers = []
        self.key = ''


# --------------------------------------------------------------------------- body rendering
def _table_text(header, rows, style):
    allr = [header] + rows if header else rows
    if style == 'pipe':
        return '\n'.join(' | '.join(str(c) for c in r) for r in allr)
    if style == 'tab':
        return '\n'.join('\t'.join(str(c) for c in r) for r in allr)
    w = [max(len(str(r[i])) for r in allr) for i in range(len(allr[0]))]
    out = []
    for j, r in enumerate(allr):
        out.append('  '.join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip())
        if j == 0 and header:
            out.append('  '.join('-' * w[i] for i in range(len(w))))
    return '\n'.join(out)


def render_text(blocks, tstyle='aligned'):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif b[0] == 'table':
            out.append(_table_text(b[1], b[2], tstyle))
        elif b[0] == 'pre':
            out.append(b[1])
        elif b[0] == 'sig':
            out.append('-- \n' + b[1])
        elif b[0] == 'quote':
            inner = render_text(b[2], tstyle)
            q = '\n'.join(('> ' + ln) if ln else '>' for ln in inner.split('\n'))
            out.append(b[1] + '\n' + q)
        elif b[0] == 'fwd':
            out.append('\n'.join(b[1]) + '\n\n' + render_text(b[2], tstyle))
        else:
            raise ValueError(b[0])
    return '\n\n'.join(out) + '\n'


def render_html(blocks, charset):
    def inner(bl):
        out = []
        for b in bl:
            if isinstance(b, str):
                out.append('<p>' + html.escape(b, quote=False).replace('\n', '<br>\n') + '</p>')
            elif b[0] == 'table':
                rows = []
                if b[1]:
                    rows.append('<tr>' + ''.join(f'<th align="left">{html.escape(str(c))}</th>' for c in b[1]) + '</tr>')
                for r in b[2]:
                    rows.append('<tr>' + ''.join(f'<td>{html.escape(str(c))}</td>' for c in r) + '</tr>')
                out.append('<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">\n'
                           + '\n'.join(rows) + '\n</table>')
            elif b[0] == 'pre':
                out.append('<pre style="font-family:Consolas,monospace">' + html.escape(b[1], quote=False) + '</pre>')
            elif b[0] == 'sig':
                out.append('<div style="color:#555;font-size:9pt">--<br>\n'
                           + html.escape(b[1], quote=False).replace('\n', '<br>\n') + '</div>')
            elif b[0] == 'quote':
                out.append('<div>' + html.escape(b[1], quote=False) + '</div>\n'
                           '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
                           + inner(b[2]) + '\n</blockquote>')
            elif b[0] == 'fwd':
                out.append('<div style="border-top:1px solid #b5c4df;padding-top:3pt">'
                           + '<br>\n'.join(html.escape(x, quote=False) for x in b[1]) + '</div>\n' + inner(b[2]))
        return '\n'.join(out)

    return (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n</head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + inner(blocks) + '\n</body>\n</html>\n')


# --------------------------------------------------------------------------- encodings
CHAIN = ['us-ascii', 'iso-8859-1', 'windows-1252', 'utf-8']


def pick_charset(text, wanted):
    for cs in CHAIN[CHAIN.index(wanted):]:
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return 'utf-8'


def encode_body(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        return quopri.encodestring(data)
    return data if data.endswith(b'\n') else data + b'\n'


def fix_cte(data, cte, charset):
    high = any(b > 127 for b in data)
    longline = any(len(ln) > 900 for ln in data.split(b'\n'))
    if cte == '7bit' and (high or longline):
        return 'quoted-printable'
    if cte == '8bit' and not high:
        return '7bit' if not longline else 'quoted-printable'
    if cte == '8bit' and longline:
        return 'quoted-printable'
    return cte


def text_part(subtype, text, charset, cte, extra=None):
    charset = pick_charset(text, charset)
    data = text.encode(charset)
    cte = fix_cte(data, cte, charset)
    hdr = [f'Content-Type: text/{subtype}; charset="{charset}"', f'Content-Transfer-Encoding: {cte}']
    if extra:
        hdr += extra
    return '\n'.join(hdr).encode('ascii') + b'\n\n' + encode_body(data, cte)


def hdr_charset(s, charset):
    try:
        s.encode(charset)
        return charset
    except UnicodeEncodeError:
        return 'utf-8'


def enc_header_value(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, hdr_charset(s, charset), maxlinelen=76, header_name='Subject').encode()


def addr(pair, charset='utf-8'):
    name, a = pair
    if not name:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=hdr_charset(name, charset))


def filename_params(fn, force2231):
    try:
        fn.encode('ascii')
        ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if ascii_ok and not force2231:
        return f'name="{fn}"', f'filename="{fn}"'
    v = encode_rfc2231(fn, 'utf-8')
    return f"name*={v}", f"filename*={v}"


def boundary(key, n):
    h = hashlib.sha1(f"{SEED}|{key}|{n}".encode()).hexdigest()[:24]
    return f"----=_NextPart_{n:03d}_{h[:8]}.{h[8:]}"


def att_part(a, render_msg):
    np, fp = filename_params(a.filename, a.force2231)
    disp = 'inline' if a.inline else 'attachment'
    if a.msg is not None:
        inner = render_msg(a.msg, nested=True)
        cte = '8bit' if any(b > 127 for b in inner) else '7bit'
        hdr = [f'Content-Type: message/rfc822; {np}', f'Content-Transfer-Encoding: {cte}',
               f'Content-Disposition: {disp}; {fp}']
        return '\n'.join(hdr).encode('ascii') + b'\n\n' + inner
    if a.text is not None:
        cs = pick_charset(a.text, a.charset)
        data = a.text.encode(cs)
        cte = fix_cte(data, a.cte or 'base64', cs)
        hdr = [f'Content-Type: {a.ctype}; charset="{cs}"; {np}', f'Content-Transfer-Encoding: {cte}',
               f'Content-Disposition: {disp}; {fp}']
        return '\n'.join(hdr).encode('ascii') + b'\n\n' + encode_body(data, cte)
    hdr = [f'Content-Type: {a.ctype}; {np}', 'Content-Transfer-Encoding: base64',
           f'Content-Disposition: {disp}; {fp}']
    return '\n'.join(hdr).encode('ascii') + b'\n\n' + base64.encodebytes(a.data)


def multipart(sub, parts, bnd, preamble=False):
    out = [f'Content-Type: multipart/{sub};\n\tboundary="{bnd}"'.encode('ascii'), b'\n\n']
    if preamble:
        out.append(b'This is a multi-part message in MIME format.\n\n')
    for p in parts:
        out += [f'--{bnd}\n'.encode('ascii'), p, b'' if p.endswith(b'\n') else b'\n']
    out.append(f'--{bnd}--\n'.encode('ascii'))
    return b''.join(out)


def body_entity(m, tstyle):
    """The body without attachments: text/plain, text/html or multipart/alternative."""
    text = render_text(m.blocks, tstyle)
    if m.fmt == 'plain':
        return text_part('plain', text, m.charset, m.cte)
    cs_html = pick_charset(render_text(m.blocks), m.charset)
    h = render_html(m.blocks, cs_html)
    if m.fmt == 'html':
        return text_part('html', h, m.charset, m.cte)
    alt_cte = {'8bit': 'quoted-printable', '7bit': 'quoted-printable'}.get(m.cte, m.cte)
    return multipart('alternative', [text_part('plain', text, m.charset, m.cte),
                                     text_part('html', h, m.charset, alt_cte)], boundary(m.key, 2))


def render_msg(m, nested=False):
    tstyle = ['aligned', 'pipe', 'tab'][int(hashlib.sha1(m.key.encode()).hexdigest(), 16) % 3]
    hcs = 'iso-8859-1' if m.charset in ('iso-8859-1', 'windows-1252') else 'utf-8'
    hdr = []
    hdr.append(f'Message-ID: {m.msgid}')
    hdr.append(f'Date: {format_datetime(m.date)}')
    hdr.append('From: ' + addr(m.frm, hcs))
    hdr.append('To: ' + ',\n\t'.join(addr(t, hcs) for t in m.to))
    if m.cc:
        hdr.append('Cc: ' + ',\n\t'.join(addr(t, hcs) for t in m.cc))
    if m.subj2047:
        subj = Header(m.subject, hdr_charset(m.subject, hcs), maxlinelen=76, header_name='Subject').encode()
    else:
        subj = enc_header_value(m.subject, hcs)
    hdr.append('Subject: ' + subj)
    if m.in_reply_to:
        hdr.append(f'In-Reply-To: {m.in_reply_to}')
        hdr.append(f'References: {m.in_reply_to}')
    for h in m.extra_headers:
        hdr.append(h)
    if m.mailer:
        hdr.append(f'X-Mailer: {m.mailer}')
    hdr.append('MIME-Version: 1.0')
    head = '\n'.join(hdr).encode('ascii') + b'\n'
    body = body_entity(m, tstyle)
    if m.atts:
        parts = [body] + [att_part(a, render_msg) for a in m.atts]
        body = multipart('mixed', parts, boundary(m.key, 1), preamble=True)
    data = head + body
    assert b'\r' not in data
    if m.crlf and not nested:
        data = data.replace(b'\n', b'\r\n')
    return data


def message_id(key, dom):
    h = hashlib.sha1(f"{SEED}#{key}".encode()).hexdigest()
    return f"<{h[:16]}.{h[16:24]}@{dom}>"
