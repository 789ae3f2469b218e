"""Hand-rolled MIME writer so that every transport detail is under our control.

Builds bytes with LF line endings; the caller may convert to CRLF at the end.
Supports text/plain, text/html, multipart/alternative, multipart/mixed,
message/rfc822, charsets utf-8/us-ascii/iso-8859-1/windows-1252, the four
transfer encodings, RFC 2047 headers and RFC 2231 file names.
"""
import base64
import email.charset
import email.header
import email.utils
import html
import html.entities
import quopri
import urllib.parse
from dataclasses import dataclass, field


@dataclass
class Att:
    filename: str
    ctype: str
    data: bytes = b''
    text: str = None          # text attachments (csv, ics, vcf, txt)
    charset: str = 'utf-8'
    mail: object = None       # a Mail, for message/rfc822
    inline: bool = False


@dataclass
class Mail:
    subject: str
    sender: tuple
    to: list
    text: str
    cc: list = field(default_factory=list)
    html: str = None
    atts: list = field(default_factory=list)
    date: object = None
    lang: str = 'fr'
    mode: str = None          # force 'plain' | 'html' | 'alt'
    extra_headers: list = field(default_factory=list)
    # labelling
    types: set = field(default_factory=set)
    note: str = ''
    cat: str = ''


@dataclass
class Transport:
    mode: str = 'plain'       # plain | html | alt
    charset: str = 'utf-8'
    cte: str = 'quoted-printable'
    crlf: bool = False
    hdr_enc: str = 'auto'     # auto | b | q
    fname_style: str = 'plain'  # plain | 2231 | 2231cont | 2047
    html_entities: bool = False
    att_text_cte: str = 'base64'
    boundary_style: int = 0


# ---------------------------------------------------------------- headers

def _charset_obj(name, enc):
    cs = email.charset.Charset(name)
    cs.header_encoding = email.charset.BASE64 if enc == 'b' else email.charset.QP
    return cs


def enc_header_value(value, tr, name='Subject'):
    ascii_ok = all(ord(c) < 128 for c in value)
    if ascii_ok and tr.hdr_enc != 'force':
        return value
    cs_name = 'utf-8'
    if tr.charset in ('iso-8859-1', 'windows-1252'):
        try:
            value.encode(tr.charset)
            cs_name = tr.charset
        except UnicodeEncodeError:
            pass
    enc = 'q' if tr.hdr_enc in ('q',) else ('b' if tr.hdr_enc == 'b' else ('q' if cs_name != 'utf-8' else 'b'))
    h = email.header.Header(value, _charset_obj(cs_name, enc), header_name=name, maxlinelen=76)
    return h.encode(linesep='\n')


def fmt_addr(pair, tr):
    name, addr = pair
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        return email.utils.formataddr((name, addr))
    return f'{enc_header_value(name, tr, "From")} <{addr}>'


def fmt_addrs(pairs, tr):
    return ', '.join(fmt_addr(p, tr) for p in pairs)


# ---------------------------------------------------------------- bodies

def encode_body(raw, cte):
    """raw: bytes with LF newlines -> encoded bytes (LF)."""
    if cte in ('7bit', '8bit'):
        return raw if raw.endswith(b'\n') else raw + b'\n'
    if cte == 'quoted-printable':
        out = quopri.encodestring(raw, quotetabs=False)
        return out if out.endswith(b'\n') else out + b'\n'
    if cte == 'base64':
        return base64.encodebytes(raw)
    raise ValueError(cte)


def pick_charset(text, want):
    for cs in (want, 'windows-1252', 'utf-8'):
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return 'utf-8'


def text_part(text, subtype, tr):
    cs = pick_charset(text, tr.charset)
    text = text.replace('%CHARSET%', cs)
    raw = text.replace('\r\n', '\n').encode(cs)
    cte = tr.cte
    is_ascii = all(b < 128 for b in raw)
    if cte == '7bit' and not is_ascii:
        cte = 'quoted-printable'
    if cte == '8bit' and is_ascii and cs == 'us-ascii':
        cte = '7bit'
    if cte in ('7bit', '8bit') and any(len(l) > 900 for l in raw.split(b'\n')):
        cte = 'quoted-printable'
    cs_label = cs if tr.boundary_style % 2 else cs.upper() if cs != 'windows-1252' else 'Windows-1252'
    hdr = [f'Content-Type: text/{subtype}; charset="{cs_label}"',
           f'Content-Transfer-Encoding: {cte}']
    return hdr, encode_body(raw, cte)


def text_to_html(text, tr, lang='fr'):
    paras = text.replace('\r\n', '\n').split('\n\n')
    out = []
    for p in paras:
        lines = p.split('\n')
        if lines and all(l.startswith('>') for l in lines if l.strip()):
            inner = '<br>\n'.join(_esc(l.lstrip('> '), tr) for l in lines)
            out.append(f'<blockquote style="border-left:2px solid #888;padding-left:6px">{inner}</blockquote>')
        else:
            out.append('<p>' + '<br>\n'.join(_esc(l, tr) for l in lines) + '</p>')
    font = ['Calibri, sans-serif', 'Arial, Helvetica', 'Segoe UI', 'Verdana'][tr.boundary_style % 4]
    return (f'<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"><title></title></head>\n'
            f'<body style="font-family:{font};font-size:11pt">\n' + '\n'.join(out) + '\n</body></html>\n')


def _esc(s, tr):
    return html.escape(s, quote=False)


def html_entities(h):
    return ''.join(c if ord(c) < 128 else
                   (f'&{html.entities.codepoint2name[ord(c)]};' if ord(c) in html.entities.codepoint2name
                    else f'&#{ord(c)};') for c in h)


# ---------------------------------------------------------------- attachments

def _pct(s):
    return urllib.parse.quote(s, safe='')


def filename_params(fn, tr):
    ascii_ok = all(ord(c) < 128 for c in fn) and '"' not in fn
    style = tr.fname_style
    if ascii_ok and style in ('plain', '2047'):
        return f'name="{fn}"', f'filename="{fn}"'
    if style == '2047':
        enc = email.header.Header(fn, 'utf-8').encode(maxlinelen=998)
        return f'name="{enc}"', f'filename="{enc}"'
    if style == '2231cont' and len(fn) > 12:
        pct = _pct(fn)
        cut = len(pct) // 2
        while '%' in pct[cut - 2:cut]:
            cut += 1
        return (f'name="{fn.encode("ascii", "replace").decode()}"' if ascii_ok else None,
                f"filename*0*=utf-8''{pct[:cut]};\n filename*1*={pct[cut:]}")
    return (f'name="{fn}"' if ascii_ok else None, f"filename*=utf-8''{_pct(fn)}")


def att_part(att, tr, builder):
    name_p, file_p = filename_params(att.filename, tr)
    disp = 'inline' if att.inline else 'attachment'
    if att.mail is not None:
        inner = builder(att.mail)
        cte = '8bit' if any(b > 127 for b in inner) else '7bit'
        hdr = ['Content-Type: message/rfc822' + (f'; {name_p}' if name_p and tr.boundary_style % 3 == 0 else ''),
               f'Content-Disposition: {disp}; {file_p}']
        if tr.boundary_style % 2 == 0:
            hdr.append(f'Content-Transfer-Encoding: {cte}')
        return hdr, inner if inner.endswith(b'\n') else inner + b'\n'
    if att.text is not None:
        raw = att.text.encode(att.charset)
        cte = tr.att_text_cte
        if cte in ('7bit', '8bit'):
            raw = raw.replace(b'\r\n', b'\n')
            if any(b > 127 for b in raw):
                cte = '8bit'
            else:
                cte = '7bit'
        elif cte == 'quoted-printable':
            raw = raw.replace(b'\r\n', b'\n')
        ct = f'Content-Type: {att.ctype}; charset="{att.charset}"' + (f'; {name_p}' if name_p else '')
        if att.ctype == 'text/calendar':
            ct = f'Content-Type: text/calendar; charset="{att.charset}"; method=REQUEST' + (f'; {name_p}' if name_p else '')
        return [ct, f'Content-Disposition: {disp}; {file_p}',
                f'Content-Transfer-Encoding: {cte}'], encode_body(raw, cte)
    ct = f'Content-Type: {att.ctype}' + (f'; {name_p}' if name_p else '')
    return [ct, f'Content-Disposition: {disp}; {file_p}',
            'Content-Transfer-Encoding: base64'], base64.encodebytes(att.data)


# ---------------------------------------------------------------- assembly

def _boundary(rng, style):
    h = ''.join(rng.choice('0123456789abcdef') for _ in range(24))
    return [f'----=_Part_{rng.randint(1000, 99999)}_{h[:10]}',
            f'=_{h}', f'===============0{rng.randint(10**17, 10**18)}==',
            f'b1_{h[:20]}', f'_000_{h.upper()[:20]}_'][style % 5]


def multipart(subtype, parts, rng, tr):
    b = _boundary(rng, tr.boundary_style + len(parts) + len(subtype))
    hdr = [f'Content-Type: multipart/{subtype};\n boundary="{b}"']
    body = b''
    if tr.boundary_style % 3 == 1:
        body += b'This is a multi-part message in MIME format.\n\n'
    for ph, pb in parts:
        body += f'--{b}\n'.encode() + '\n'.join(ph).encode('ascii') + b'\n\n' + pb
    body += f'--{b}--\n'.encode()
    return hdr, body


class Builder:
    def __init__(self, rng, choose_transport):
        self.rng = rng
        self.choose = choose_transport

    def build(self, mail, tr=None, top=True):
        tr = tr or self.choose(mail)
        body_parts = []
        text = mail.text
        html_body = mail.html
        mode = mail.mode or tr.mode
        if mode in ('html', 'alt') and html_body is None:
            html_body = text_to_html(text, tr, mail.lang)
        if html_body is not None and tr.html_entities:
            html_body = html_entities(html_body)
        if mode == 'plain':
            body = text_part(text, 'plain', tr)
        elif mode == 'html':
            body = text_part(html_body, 'html', tr)
        else:
            body = multipart('alternative', [text_part(text, 'plain', tr), text_part(html_body, 'html', tr)],
                             self.rng, tr)
        if mail.atts:
            parts = [body] + [att_part(a, tr, lambda m: self.build(m, None, False)) for a in mail.atts]
            body = multipart('mixed', parts, self.rng, tr)
        hdr = []
        hdr.append(f'From: {fmt_addr(mail.sender, tr)}')
        hdr.append(f'To: {fmt_addrs(mail.to, tr)}')
        if mail.cc:
            hdr.append(f'Cc: {fmt_addrs(mail.cc, tr)}')
        hdr.append(f'Subject: {enc_header_value(mail.subject, tr)}')
        hdr.append(f'Date: {email.utils.format_datetime(mail.date)}')
        dom = mail.sender[1].split('@')[-1]
        mid = ''.join(self.rng.choice('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(16))
        hdr.append(f'Message-ID: <{mid}.{self.rng.randint(1000, 9999)}@{dom}>')
        for k, v in mail.extra_headers:
            hdr.append(f'{k}: {enc_header_value(v, tr, k)}')
        hdr.append('MIME-Version: 1.0')
        hdr.extend(body[0])
        out = '\n'.join(hdr).encode('ascii') + b'\n\n' + body[1]
        if top and tr.crlf:
            out = out.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        return out
