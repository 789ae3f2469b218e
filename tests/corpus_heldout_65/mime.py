# -*- coding: utf-8 -*-
"""Hand-rolled MIME serialiser so charset, transfer encoding and line endings are fully controlled."""
import base64
import datetime
import html
import quopri
import re
import urllib.parse
from email.header import Header
from email.utils import format_datetime, formataddr

FIXED_TZ_W = datetime.timezone(datetime.timedelta(hours=-5))
FIXED_TZ_S = datetime.timezone(datetime.timedelta(hours=-4))

ISO_FALLBACK = {'\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-',
                '\u2026': '...', '\u0153': 'oe', '\u0152': 'OE', '\u00a0': ' ', '\u202f': ' ', '\u2022': '*',
                '\u2192': '->', '\u2265': '>=', '\u2264': '<='}


def can_encode(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def fit_charset(text, cs):
    """Return (text, charset) such that text encodes in charset, softening typography if needed."""
    if can_encode(text, cs):
        return text, cs
    soft = ''.join(ISO_FALLBACK.get(c, c) for c in text)
    if can_encode(soft, cs):
        return soft, cs
    return text, 'utf-8'


def enc_header(value, cs):
    if all(ord(c) < 128 for c in value):
        return value
    cs2 = cs if can_encode(value, cs) else 'utf-8'
    return Header(value, cs2, maxlinelen=76).encode()


def enc_addr(pair, cs):
    name, addr = pair
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        return formataddr((name, addr))
    cs2 = cs if can_encode(name, cs) else 'utf-8'
    return formataddr((name, addr), charset=cs2)


def enc_addrs(pairs, cs):
    return ', '.join(enc_addr(p, cs) for p in pairs)


def fold(header_line):
    """Very light folding for long ascii header lines containing ', ' separated items."""
    if len(header_line) <= 76 or '\n' in header_line:
        return header_line
    out, cur = [], ''
    for tok in header_line.split(', '):
        if cur and len(cur) + len(tok) + 2 > 76:
            out.append(cur + ',')
            cur = ' ' + tok
        else:
            cur = (cur + ', ' + tok) if cur else tok
    out.append(cur)
    return '\n'.join(out)


def encode_payload(data, cte):
    """data: bytes -> (bytes payload, cte actually used)."""
    is_ascii = all(b < 128 for b in data)
    if cte in ('7bit', '8bit'):
        if is_ascii:
            return data, '7bit'
        if cte == '7bit':
            cte = 'quoted-printable'
        else:
            longest = max((len(l) for l in data.split(b'\n')), default=0)
            if longest > 900:
                cte = 'quoted-printable'
            else:
                return data, '8bit'
    if cte == 'quoted-printable':
        return quopri.encodestring(data), cte
    if cte == 'base64':
        return base64.encodebytes(data), cte
    raise ValueError(cte)


class Part:
    def __init__(self, headers, body=b'', children=None, boundary=None, preamble=None):
        self.headers = headers  # list of (name, value) ascii
        self.body = body  # bytes
        self.children = children or []
        self.boundary = boundary
        self.preamble = preamble

    def render(self):
        out = []
        for k, v in self.headers:
            out.append(fold(f"{k}: {v}").encode('ascii'))
        out.append(b'')
        head = b'\n'.join(out) + b'\n'
        if self.children:
            body = b''
            if self.preamble:
                body += self.preamble.encode('ascii') + b'\n'
            for ch in self.children:
                body += b'\n--' + self.boundary.encode() + b'\n' + ch.render()
            body += b'\n--' + self.boundary.encode() + b'--\n'
            if body.startswith(b'\n'):
                body = body[1:]
            return head + body
        b = self.body
        if not b.endswith(b'\n'):
            b += b'\n'
        return head + b


def text_part(text, subtype, cs, cte, extra_headers=None):
    text, cs = fit_charset(text, cs)
    if subtype == 'html':
        text = re.sub(r'charset=[\w-]+', f'charset={cs}', text, count=1)
    data = text.encode(cs)
    payload, used = encode_payload(data, cte)
    hdrs = [('Content-Type', f'text/{subtype}; charset="{cs}"' if cs != 'utf-8' or subtype == 'html'
             else f'text/{subtype}; charset=utf-8'),
            ('Content-Transfer-Encoding', used)]
    if extra_headers:
        hdrs += extra_headers
    return Part(hdrs, payload)


def filename_params(fn, style):
    if all(ord(c) < 128 for c in fn):
        return f'name="{fn}"', f'filename="{fn}"'
    if style == 0:
        q = urllib.parse.quote(fn.encode('utf-8'), safe='')
        return f"name*=utf-8''{q}", f"filename*=utf-8''{q}"
    enc = Header(fn, 'utf-8', maxlinelen=2000).encode()
    return f'name="{enc}"', f'filename="{enc}"'


def attachment_part(att, fn_style, inline=False):
    """att: dict(filename, ctype, data(bytes) | text(str), charset, cte)"""
    fn = att['filename']
    nparam, fparam = filename_params(fn, fn_style)
    disp = 'inline' if inline else 'attachment'
    ctype = att['ctype']
    if ctype == 'message/rfc822':
        data = att['data']
        cte = '7bit' if all(b < 128 for b in data) else '8bit'
        return Part([('Content-Type', 'message/rfc822'), ('Content-Transfer-Encoding', cte),
                     ('Content-Disposition', f'{disp}; {fparam}')], data)
    if 'text' in att:
        cs = att.get('charset', 'utf-8')
        text, cs = fit_charset(att['text'], cs)
        acte = att.get('cte', 'base64')
        if acte != 'base64':
            text = text.replace('\r\n', '\n')
        data = text.encode(cs)
        payload, used = encode_payload(data, acte)
        extra = ''
        if ctype == 'text/calendar':
            extra = '; method=' + att.get('method', 'REQUEST')
        return Part([('Content-Type', f'{ctype}; charset="{cs}"{extra}; {nparam}'),
                     ('Content-Transfer-Encoding', used),
                     ('Content-Disposition', f'{disp}; {fparam}')], payload)
    payload = base64.encodebytes(att['data'])
    return Part([('Content-Type', f'{ctype}; {nparam}'), ('Content-Transfer-Encoding', 'base64'),
                 ('Content-Disposition', f'{disp}; {fparam}')], payload)


def text_to_html(text, rng, title_text=None):
    """Render a plain-text mail body as plausible HTML (paragraphs, quotes, simple lists)."""
    blocks = text.split('\n\n')
    out = []
    font = rng.choice(['Calibri, sans-serif', 'Arial, Helvetica, sans-serif', 'Segoe UI, sans-serif',
                       'Times New Roman, serif'])
    out.append('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
    if title_text:
        out.append(f'<title>{html.escape(title_text)}</title>')
    out.append(f'</head><body style="font-family:{font};font-size:11pt">')
    expanded = []
    for b in blocks:
        lines = b.split('\n')
        if any(l.startswith('>') for l in lines) and not all(l.startswith('>') for l in lines if l):
            cur, curq = [], None
            for l in lines:
                q = l.startswith('>')
                if curq is not None and q != curq:
                    expanded.append('\n'.join(cur))
                    cur = []
                cur.append(l)
                curq = q
            expanded.append('\n'.join(cur))
        else:
            expanded.append(b)
    for b in expanded:
        lines = b.split('\n')
        if all(l.startswith('>') for l in lines if l):
            inner = '\n'.join(l[1:].lstrip(' ') if l.startswith('>') else l for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            out.append('<p>' + '<br>\n'.join(html.escape(l) for l in inner.split('\n')) + '</p>')
            out.append('</blockquote>')
        elif all(re.match(r'^\s*([-*\u2022]|\d+[.)])\s', l) for l in lines if l) and len(lines) > 1:
            ordered = re.match(r'^\s*\d', lines[0]) is not None
            tag = 'ol' if ordered else 'ul'
            out.append(f'<{tag}>')
            for l in lines:
                if l:
                    out.append('<li>' + html.escape(re.sub(r'^\s*([-*\u2022]|\d+[.)])\s+', '', l)) + '</li>')
            out.append(f'</{tag}>')
        elif '|' in lines[0] and len(lines) > 1 and all('|' in l for l in lines if l):
            out.append('<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">')
            for i, l in enumerate(lines):
                if not l or set(l.strip()) <= set('-|+ '):
                    continue
                cells = [c.strip() for c in l.strip().strip('|').split('|')]
                tag = 'th' if i == 0 else 'td'
                out.append('<tr>' + ''.join(f'<{tag}>{html.escape(c)}</{tag}>' for c in cells) + '</tr>')
            out.append('</table>')
        else:
            out.append('<p>' + '<br>\n'.join(html.escape(l) for l in lines) + '</p>')
    out.append('</body></html>')
    return '\n'.join(out)


def build_email(spec, rng):
    """spec keys: from_, to, cc, subject, date, msgid, in_reply_to, text, html, mode ('plain'|'html'|'alt'),
    charset, cte, crlf, attachments, xmailer, inline_first"""
    cs = spec['charset']
    cte = spec['cte']
    mode = spec['mode']
    text = spec.get('text') or ''
    htm = spec.get('html')
    if mode in ('html', 'alt') and not htm:
        htm = text_to_html(text, rng)
    boundary_style = rng.randrange(3)
    bcount = [0]

    def boundary():
        bcount[0] += 1
        h = '%030x' % rng.getrandbits(120)
        if boundary_style == 0:
            return f"----=_Part_{bcount[0]}_{h[:10]}.{h[10:23]}"
        if boundary_style == 1:
            return f"_00{bcount[0]}_{h[:20].upper()}_"
        return f"==============={int(h[:18], 16)}{bcount[0]}=="

    if mode == 'plain':
        body = text_part(text, 'plain', cs, cte)
    elif mode == 'html':
        body = text_part(htm, 'html', cs, cte)
    else:
        body = Part([('Content-Type', f'multipart/alternative; boundary="{boundary()}"')], children=[
            text_part(text, 'plain', cs, cte), text_part(htm, 'html', cs, cte if rng.random() < 0.6 else
                                                          ('quoted-printable' if cte != 'quoted-printable' else 'base64'))])
        body.boundary = body.headers[0][1].split('boundary="')[1][:-1]
    atts = spec.get('attachments') or []
    if atts:
        fn_style = rng.randrange(2)
        kids = [body] + [attachment_part(a, fn_style, inline=a.get('inline', False)) for a in atts]
        b = boundary()
        top = Part([('Content-Type', f'multipart/mixed; boundary="{b}"')], children=kids, boundary=b,
                   preamble='This is a multi-part message in MIME format.' if rng.random() < 0.5 else None)
    else:
        top = body
    hdrs = []
    hdrs.append(('From', enc_addr(spec['from_'], cs)))
    hdrs.append(('To', enc_addrs(spec['to'], cs)))
    if spec.get('cc'):
        hdrs.append(('Cc', enc_addrs(spec['cc'], cs)))
    hdrs.append(('Subject', enc_header(spec['subject'], cs)))
    dt = spec['date']
    tz = FIXED_TZ_S if 3 <= dt.month <= 10 else FIXED_TZ_W
    hdrs.append(('Date', format_datetime(dt.replace(tzinfo=tz))))
    hdrs.append(('Message-ID', spec['msgid']))
    if spec.get('in_reply_to'):
        hdrs.append(('In-Reply-To', spec['in_reply_to']))
        hdrs.append(('References', spec['in_reply_to']))
    hdrs.append(('MIME-Version', '1.0'))
    if spec.get('xmailer'):
        hdrs.append(('X-Mailer', spec['xmailer']))
    if spec.get('importance'):
        hdrs.append(('Importance', spec['importance']))
    if spec.get('lang_header'):
        hdrs.append(('Content-Language', spec['lang_header']))
    top.headers = hdrs + top.headers
    raw = top.render()
    assert b'\r' not in raw
    if spec.get('crlf'):
        raw = raw.replace(b'\n', b'\r\n')
    return raw
