"""Hand-rolled MIME writer so that every transport detail is under control:
charsets, transfer encodings, CRLF/LF, RFC 2047 headers, RFC 2231 file names,
multipart/alternative, multipart/mixed and message/rfc822."""
import base64
import datetime
import hashlib
import html
import quopri
import urllib.parse
from dataclasses import dataclass, field
from typing import Optional

TZ = datetime.timezone(datetime.timedelta(hours=-5))


@dataclass
class Attachment:
    filename: str
    data: bytes = b''
    ctype: str = 'application/octet-stream'
    text: Optional[str] = None         # for text/* attachments
    charset: str = 'utf-8'
    cte: Optional[str] = None
    fn_style: Optional[str] = None     # plain | 2231 | 2047 | noname-in-ct
    inline: bool = False
    eml: Optional['Mail'] = None        # message/rfc822


@dataclass
class Mail:
    category: str
    lang: str
    sender: tuple                       # (display, addr)
    to: list                            # [(display, addr)]
    subject: str
    text: str = ''
    html: Optional[str] = None
    cc: list = field(default_factory=list)
    attachments: list = field(default_factory=list)
    types: list = field(default_factory=list)
    note: str = ''
    body_mode: Optional[str] = None     # plain | html | alt
    charset: Optional[str] = None
    cte: Optional[str] = None
    crlf: Optional[bool] = None
    date: Optional[datetime.datetime] = None
    extra_headers: list = field(default_factory=list)
    msgid: str = ''


# ------------------------------------------------------------ encoded words
_Q_SAFE = set(b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/')


def _q(b):
    out = []
    for x in b:
        if x == 0x20:
            out.append('_')
        elif x in _Q_SAFE:
            out.append(chr(x))
        else:
            out.append('=%02X' % x)
    return ''.join(out)


def encoded_words(text, charset='utf-8', enc='Q', limit=75):
    """Split text into RFC 2047 encoded words, never splitting a character."""
    words, cur = [], ''
    pre = f'=?{charset}?{enc}?'

    def size(s):
        b = s.encode(charset)
        body = _q(b) if enc == 'Q' else base64.b64encode(b).decode()
        return len(pre) + len(body) + 2, body

    for ch in text:
        n, _ = size(cur + ch)
        if n > limit and cur:
            words.append(pre + size(cur)[1] + '?=')
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(pre + size(cur)[1] + '?=')
    return words


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def header_text(value, rng, force=False):
    """Plain if ASCII (unless force), else RFC 2047 with a randomly chosen charset/encoding."""
    if is_ascii(value) and not force:
        return value
    cs = 'utf-8'
    try:
        value.encode('iso-8859-1')
        cs = rng.choice(['utf-8', 'iso-8859-1', 'utf-8'])
    except UnicodeEncodeError:
        pass
    enc = rng.choice(['Q', 'B'])
    return '\n '.join(encoded_words(value, cs, enc))


def addr_header(pairs, rng):
    out = []
    for disp, addr in pairs:
        if not disp:
            out.append(addr)
        elif is_ascii(disp):
            if any(c in disp for c in ',.()<>@;:"[]\''):
                out.append(f'"{disp}" <{addr}>')
            else:
                out.append(f'{disp} <{addr}>')
        else:
            out.append(f'{header_text(disp, rng)} <{addr}>')
    return ',\n '.join(out)


def filename_params(fn, style, rng):
    """Returns (ct_param, cd_param) strings for the given file name."""
    if style is None:
        if is_ascii(fn):
            style = '2231' if rng.random() < 0.15 else 'plain'
        else:
            style = '2231' if rng.random() < 0.6 else '2047'
    if style == 'plain' or (is_ascii(fn) and style == '2047'):
        q = fn.replace('\\', '\\\\').replace('"', '\\"')
        return f'name="{q}"', f'filename="{q}"'
    if style == '2047':
        ew = ' '.join(encoded_words(fn, 'utf-8', rng.choice(['B', 'Q'])))
        return f'name="{ew}"', f'filename="{ew}"'
    # RFC 2231, possibly with continuations
    enc = urllib.parse.quote(fn.encode('utf-8'), safe='')
    if len(enc) > 36 and rng.random() < 0.6:
        chunks = [enc[i:i + 30] for i in range(0, len(enc), 30)]
        # do not split inside a %XX escape
        fixed, carry = [], ''
        for c in chunks:
            c = carry + c
            carry = ''
            cut = c.rfind('%')
            if cut != -1 and cut > len(c) - 3:
                carry, c = c[cut:], c[:cut]
            fixed.append(c)
        if carry:
            fixed.append(carry)
        parts = []
        for i, c in enumerate(fixed):
            parts.append(f"filename*{i}*=utf-8''{c}" if i == 0 else f'filename*{i}*={c}')
        cd = ';\n '.join(parts)
        ascii_fb = ''.join(ch if ch.isascii() and ch not in '"\\' else '_' for ch in fn)
        return f'name="{ascii_fb}"', cd
    return f"name*=utf-8''{enc}", f"filename*=utf-8''{enc}"


# ------------------------------------------------------------ bodies
def pick_charset(text, wanted):
    for cs in [wanted, 'windows-1252', 'iso-8859-1', 'utf-8']:
        if cs is None:
            continue
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return 'utf-8'


def encode_body(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data).decode('ascii')
    if cte == 'quoted-printable':
        return quopri.encodestring(data).decode('ascii')
    return data.decode('latin-1')   # 7bit / 8bit: bytes carried through, re-encoded later


def text_leaf(text, subtype, charset, cte, extra=()):
    charset = pick_charset(text, charset)
    data = text.encode(charset)
    ascii_only = all(b < 128 for b in data)
    longest = max((len(x) for x in data.split(b'\n')), default=0)
    if cte in (None, '7bit') and (not ascii_only or longest > 900):
        cte = 'quoted-printable'
    if cte == '8bit' and longest > 900:
        cte = 'quoted-printable'
    if cte is None:
        cte = '7bit'
    if not data.endswith(b'\n'):
        data += b'\n'
    hdr = [f'Content-Type: text/{subtype}; charset="{charset}"', f'Content-Transfer-Encoding: {cte}']
    hdr.extend(extra)
    return hdr, encode_body(data, cte)


def text_to_html(text, lang):
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        lines = [html.escape(x) for x in p.split('\n')]
        if all(x.startswith('&gt;') for x in lines if x):
            out.append('<blockquote style="border-left:2px solid #99c;padding-left:6px">' +
                       '<br>\n'.join(x[4:].lstrip() for x in lines) + '</blockquote>')
        else:
            out.append('<p>' + '<br>\n'.join(lines) + '</p>')
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title></title></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + '\n'.join(out) +
            '\n</body></html>')


class Renderer:
    def __init__(self, seed):
        self.seed = seed
        self.n = 0

    def boundary(self, key):
        self.n += 1
        return '----=_Part_' + hashlib.sha1(f'{self.seed}:{key}:{self.n}'.encode()).hexdigest()[:24]

    def render(self, mail, rng, key):
        """Returns bytes of the full message (LF or CRLF line ends)."""
        crlf = mail.crlf if mail.crlf is not None else rng.random() < 0.45
        txt = self._message(mail, rng, key)
        data = txt.encode('latin-1')
        if crlf:
            data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        return data

    def _message(self, mail, rng, key):
        date = mail.date or datetime.datetime(2024, 3, 1, 9, 0, tzinfo=TZ)
        mid = mail.msgid or ('<' + hashlib.sha1(f'{self.seed}:{key}'.encode()).hexdigest()[:20] + '@' +
                             mail.sender[1].split('@')[1] + '>')
        hdr = [f'From: {addr_header([mail.sender], rng)}', f'To: {addr_header(mail.to, rng)}']
        if mail.cc:
            hdr.append(f'Cc: {addr_header(mail.cc, rng)}')
        hdr.append(f'Subject: {header_text(mail.subject, rng)}')
        hdr.append('Date: ' + date.strftime('%a, %d %b %Y %H:%M:%S -0500'))
        hdr.append(f'Message-ID: {mid}')
        for h in mail.extra_headers:
            hdr.append(h)
        hdr.append('MIME-Version: 1.0')
        body_hdr, body = self._body(mail, rng, key)
        return '\n'.join(hdr + body_hdr) + '\n\n' + body

    def _text_entity(self, mail, rng, key):
        mode = mail.body_mode or rng.choice(['plain', 'plain', 'alt', 'alt', 'html'])
        cs_pref = mail.charset or rng.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii'])
        cte = mail.cte or rng.choice(['8bit', 'quoted-printable', 'base64', '7bit', 'quoted-printable'])
        htm = mail.html if mail.html is not None else text_to_html(mail.text, mail.lang)
        if mode == 'plain':
            return text_leaf(mail.text, 'plain', cs_pref, cte)
        if mode == 'html':
            return text_leaf(htm, 'html', cs_pref, cte)
        b = self.boundary(key)
        h1, b1 = text_leaf(mail.text, 'plain', cs_pref, cte)
        h2, b2 = text_leaf(htm, 'html', cs_pref, rng.choice([cte, 'quoted-printable', 'base64']))
        body = (f'This is a multi-part message in MIME format.\n--{b}\n' + '\n'.join(h1) + '\n\n' + b1 +
                f'\n--{b}\n' + '\n'.join(h2) + '\n\n' + b2 + f'\n--{b}--\n')
        return [f'Content-Type: multipart/alternative;\n boundary="{b}"'], body

    def _body(self, mail, rng, key):
        if not mail.attachments:
            return self._text_entity(mail, rng, key)
        b = self.boundary(key)
        th, tb = self._text_entity(mail, rng, key)
        parts = ['\n'.join(th) + '\n\n' + tb]
        for i, att in enumerate(mail.attachments):
            parts.append(self._attachment(att, rng, f'{key}/{i}'))
        body = 'This is a multi-part message in MIME format.\n'
        for p in parts:
            body += f'\n--{b}\n' + p
        body += f'\n--{b}--\n'
        return [f'Content-Type: multipart/mixed;\n boundary="{b}"'], body

    def _attachment(self, att, rng, key):
        disp = 'inline' if att.inline else 'attachment'
        if att.eml is not None:
            inner = self._message(att.eml, rng, key + '/eml')
            hdr = ['Content-Type: message/rfc822']
            if att.filename:
                ctp, cdp = filename_params(att.filename, att.fn_style, rng)
                hdr[0] += f'; {ctp}'
                hdr.append(f'Content-Disposition: {disp};\n {cdp}')
            else:
                hdr.append(f'Content-Disposition: {disp}')
            inner_bytes = inner.encode('latin-1')
            cte = '7bit' if all(c < 128 for c in inner_bytes) else '8bit'
            hdr.append(f'Content-Transfer-Encoding: {cte}')
            return '\n'.join(hdr) + '\n\n' + inner
        ctp, cdp = filename_params(att.filename, att.fn_style, rng)
        if att.text is not None:
            main = att.ctype
            cs = pick_charset(att.text, att.charset)
            data = att.text.encode(cs)
            cte = att.cte or rng.choice(['base64', 'quoted-printable', '8bit', 'base64'])
            if cte in ('7bit', '8bit') and all(c < 128 for c in data):
                cte = '7bit'
            if not data.endswith(b'\n') and cte != 'base64':
                data += b'\n'
            hdr = [f'Content-Type: {main}; charset="{cs}";\n {ctp}',
                   f'Content-Disposition: {disp};\n {cdp}', f'Content-Transfer-Encoding: {cte}']
            return '\n'.join(hdr) + '\n\n' + encode_body(data, cte)
        hdr = [f'Content-Type: {att.ctype};\n {ctp}', f'Content-Disposition: {disp};\n {cdp}',
               'Content-Transfer-Encoding: base64']
        return '\n'.join(hdr) + '\n\n' + base64.encodebytes(att.data).decode('ascii')
