"""Hand-assembled MIME with controlled charsets, transfer encodings, line ends and boundaries."""
import base64
import datetime
import email.header
import email.utils
import hashlib
import html
import quopri
import urllib.parse

from gen_common import SEED

MAILERS = ['Microsoft Outlook 16.0', 'Mozilla Thunderbird 115.9', 'Zimbra 9.0 (ZimbraWebClient)',
           'Apple Mail (2.3774)', None, None, None]


def _h(key, n=16):
    return hashlib.sha256(('%d|%s' % (SEED, key)).encode()).hexdigest()[:n]


def tz_for(d):
    edt = datetime.date(d.year, 3, 9) <= d.date() < datetime.date(d.year, 11, 2)
    return datetime.timezone(datetime.timedelta(hours=-4 if edt else -5))


def fmt_msg_date(dt):
    return email.utils.format_datetime(dt.replace(tzinfo=tz_for(dt)))


def msgid(key, domain):
    return '<%s.%s@%s>' % (_h(key + '/id', 12).upper(), _h(key + '/id2', 8), domain)


# ------------------------------------------------------------------ headers
def can(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def enc_header(value, rng, name='Subject'):
    if value.isascii():
        if len(value) + len(name) + 2 <= 78:
            return value
        return email.header.Header(value, 'us-ascii', header_name=name).encode(linesep='\n')
    cands = ['utf-8', 'utf-8']
    if can(value, 'iso-8859-1'):
        cands.append('iso-8859-1')
    if can(value, 'windows-1252'):
        cands.append('windows-1252')
    cs = rng.choice(cands)
    return email.header.Header(value, cs, header_name=name).encode(linesep='\n')


def enc_addr(pair, rng):
    name, addr = pair
    if not name:
        return addr
    if name.isascii():
        return email.utils.formataddr((name, addr))
    cs = 'iso-8859-1' if (can(name, 'iso-8859-1') and rng.random() < 0.3) else 'utf-8'
    return email.utils.formataddr((name, addr), charset=cs)


def addr_list(pairs, rng):
    parts = [enc_addr(p, rng) for p in pairs]
    out, line = [], ''
    for i, p in enumerate(parts):
        piece = p + (',' if i < len(parts) - 1 else '')
        if line and len(line) + len(piece) > 70:
            out.append(line)
            line = ' ' + piece
        else:
            line = (line + ' ' + piece) if line else piece
    out.append(line)
    return '\n'.join(out)


# ------------------------------------------------------------------ bodies
def to_html(text, charset='utf-8'):
    blocks = text.split('\n\n')
    out = []
    for b in blocks:
        lines = b.split('\n')
        if all(l.startswith('>') for l in lines if l.strip()) and any(l.strip() for l in lines):
            inner = '<br>\n'.join(html.escape(l.lstrip('>').lstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       '%s</blockquote>' % inner)
        elif sum(1 for l in lines if ' | ' in l) >= 2:
            rows = []
            for l in lines:
                if ' | ' in l:
                    cells = [c.strip() for c in l.split(' | ')]
                    rows.append('<tr>%s</tr>' % ''.join('<td style="border:1px solid #999;padding:2px 6px">%s</td>'
                                                        % html.escape(c) for c in cells))
                elif l.strip():
                    rows.append('<tr><td colspan="9"><b>%s</b></td></tr>' % html.escape(l))
            out.append('<table style="border-collapse:collapse">\n%s\n</table>' % '\n'.join(rows))
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(html.escape(l) for l in lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n'
            % (charset, '\n'.join(out)))


def pick_charset(rng, text, forced=None):
    if forced and can(text, forced):
        return forced
    c = []
    if text.isascii():
        c += ['us-ascii'] * 4
    if can(text, 'iso-8859-1'):
        c += ['iso-8859-1'] * 2
    if can(text, 'windows-1252'):
        c += ['windows-1252'] * 2
    c += ['utf-8'] * 4
    return rng.choice(c)


def pick_cte(rng, data, forced=None):
    ascii_ok = all(b < 128 for b in data)
    longest = max((len(l) for l in data.split(b'\n')), default=0)
    if forced:
        if forced == '7bit' and not ascii_ok:
            forced = None
        elif forced in ('7bit', '8bit') and longest > 900:
            forced = None
    if forced:
        return forced
    if ascii_ok:
        c = ['7bit'] * 5 + ['quoted-printable', 'base64']
    else:
        c = ['8bit'] * 4 + ['quoted-printable'] * 4 + ['base64'] * 3
    if longest > 900:
        c = [x for x in c if x not in ('7bit', '8bit')]
    return rng.choice(c)


def encode_body(data, cte, text=True):
    if cte == 'base64':
        if text:
            data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        out = quopri.encodestring(data)
    else:
        out = data
    if not out.endswith(b'\n'):
        out += b'\n'
    return out


class Leaf:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body


class Multi:
    def __init__(self, subtype, boundary, children, extra=None):
        self.subtype, self.boundary, self.children = subtype, boundary, children
        self.extra = extra or []


def text_leaf(text, subtype, rng, charset=None, cte=None):
    cs = pick_charset(rng, text, charset)
    if subtype == 'html' and '%CHARSET%' in text:
        text = text.replace('%CHARSET%', cs)
    data = text.encode(cs)
    c = pick_cte(rng, data, cte)
    hdr = ['Content-Type: text/%s; charset="%s"' % (subtype, cs), 'Content-Transfer-Encoding: %s' % c]
    return Leaf(hdr, encode_body(data, c)), cs


def _fn_params(fn, rng, force2231):
    if fn.isascii() and not force2231 and rng.random() < 0.85:
        return 'name="%s"' % fn, 'filename="%s"' % fn
    enc = email.utils.encode_rfc2231(fn, 'utf-8')
    style = rng.random()
    if style < 0.5:
        name = 'name*=%s' % enc
    else:
        name = 'name="%s"' % email.header.Header(fn, 'utf-8').encode(maxlinelen=998)
    return name, 'filename*=%s' % enc


def att_leaf(att, rng):
    fn = att['filename']
    namep, fnp = _fn_params(fn, rng, att.get('rfc2231', False))
    disp = att.get('disposition', 'attachment')
    kind = att.get('kind', 'bin')
    if kind == 'eml':
        data = att['data']
        cte = '7bit' if data.isascii() else '8bit'
        hdr = ['Content-Type: message/rfc822', 'Content-Transfer-Encoding: %s' % cte,
               'Content-Disposition: %s;\n %s' % (disp, fnp)]
        body = data if data.endswith(b'\n') else data + b'\n'
        return Leaf(hdr, body)
    if kind == 'text':
        text = att['text']
        cs = att.get('charset') or pick_charset(rng, text)
        if not can(text, cs):
            cs = 'utf-8'
        data = text.encode(cs)
        cte = pick_cte(rng, data, att.get('cte'))
        extra = att.get('ctype_params', '')
        hdr = ['Content-Type: %s; charset="%s"%s;\n %s' % (att['ctype'], cs, extra, namep),
               'Content-Transfer-Encoding: %s' % cte,
               'Content-Disposition: %s;\n %s' % (disp, fnp)]
        return Leaf(hdr, encode_body(data, cte, text=True))
    hdr = ['Content-Type: %s;\n %s' % (att['ctype'], namep), 'Content-Transfer-Encoding: base64',
           'Content-Disposition: %s;\n %s' % (disp, fnp)]
    return Leaf(hdr, encode_body(att['data'], 'base64', text=False))


def serialize(part):
    if isinstance(part, Leaf):
        return ('\n'.join(part.headers)).encode('ascii') + b'\n\n' + part.body
    b = part.boundary.encode('ascii')
    head = 'Content-Type: multipart/%s;\n boundary="%s"' % (part.subtype, part.boundary)
    out = [head.encode('ascii')]
    for e in part.extra:
        out.append(e.encode('ascii'))
    chunks = [b'\n'.join(out) + b'\n\n']
    if part.subtype == 'mixed':
        chunks.append(b'This is a multi-part message in MIME format.\n\n')
    for c in part.children:
        chunks.append(b'--' + b + b'\n')
        s = serialize(c)
        if not s.endswith(b'\n'):
            s += b'\n'
        chunks.append(s)
    chunks.append(b'--' + b + b'--\n')
    return b''.join(chunks)


def build(spec, rng):
    """Return the message bytes for a spec (see README / generate.py for the fields)."""
    key = spec['key']
    form = spec.get('form') or rng.choice(['plain'] * 9 + ['html'] * 4 + ['alt'] * 7)
    if spec.get('html') and form == 'plain' and not spec.get('form'):
        form = 'alt'
    body = spec['body']
    charset = spec.get('charset')
    cte = spec.get('cte')
    nb = [0]

    def bnd():
        nb[0] += 1
        return '----=_Part_%d_%s.%s' % (nb[0], _h(key + '/b%d' % nb[0], 10), _h(key + '/c', 6))

    html_src = spec.get('html')
    if form == 'plain':
        core, cs = text_leaf(body, 'plain', rng, charset, cte)
    elif form == 'html':
        core, cs = text_leaf(html_src or to_html(body, '%CHARSET%'), 'html', rng, charset, cte)
    else:
        p1, cs = text_leaf(body, 'plain', rng, charset, cte)
        p2, _ = text_leaf(html_src or to_html(body, '%CHARSET%'), 'html', rng, cs if not charset else charset, None)
        core = Multi('alternative', bnd(), [p1, p2])
    atts = spec.get('atts') or []
    if atts:
        root = Multi('mixed', bnd(), [core] + [att_leaf(a, rng) for a in atts])
    else:
        root = core
    frm = spec['from']
    hdr = ['From: ' + enc_addr(frm, rng),
           'To: ' + addr_list(spec['to'], rng)]
    if spec.get('cc'):
        hdr.append('Cc: ' + addr_list(spec['cc'], rng))
    hdr.append('Subject: ' + enc_header(spec['subject'], rng))
    hdr.append('Date: ' + fmt_msg_date(spec['date']))
    dom = frm[1].split('@')[1]
    hdr.append('Message-ID: ' + spec.get('message_id', msgid(key, dom)))
    if spec.get('in_reply_to'):
        hdr.append('In-Reply-To: ' + spec['in_reply_to'])
        hdr.append('References: ' + spec['in_reply_to'])
    for h in spec.get('headers', []):
        hdr.append(h)
    mailer = spec.get('mailer', rng.choice(MAILERS))
    if mailer:
        hdr.append('X-Mailer: ' + mailer)
    hdr.append('MIME-Version: 1.0')
    top = ('\n'.join(hdr)).encode('ascii')
    data = top + b'\n' + serialize(root)
    eol = spec.get('eol') or ('CRLF' if rng.random() < 0.4 else 'LF')
    if eol == 'CRLF':
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


def nested(spec, rng):
    """An .eml to attach: always LF (the outer message converts line ends)."""
    s = dict(spec)
    s['eol'] = 'LF'
    return build(s, rng)
