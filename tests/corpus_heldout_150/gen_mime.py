"""Hand-assembled MIME with deterministic boundaries, charsets, transfer encodings and line ends."""
import base64
import datetime
import html as _html
import quopri
import re
import urllib.parse
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.utils import format_datetime
from html.entities import codepoint2name

ASCII_SPECIALS = set('()<>[]:;@\\,."')


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def can_encode(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def enc_words(s, cs, enc):
    c = Charset(cs)
    c.header_encoding = QP if enc == 'q' else BASE64
    return Header(s, c, maxlinelen=74).encode(linesep='\n')


def header_text(s, rng, force_cs=None):
    if is_ascii(s):
        return s
    opts = [('utf-8', 'b'), ('utf-8', 'q'), ('iso-8859-1', 'q'), ('windows-1252', 'q'), ('iso-8859-1', 'b')]
    opts = [o for o in opts if can_encode(s, o[0])]
    if force_cs:
        opts = [o for o in opts if o[0] == force_cs] or opts
    cs, enc = opts[rng.randrange(len(opts))]
    return enc_words(s, cs, enc)


def address(pair, rng):
    name, addr = pair
    if not name:
        return addr
    if not is_ascii(name):
        opts = [o for o in [('utf-8', 'b'), ('utf-8', 'q'), ('iso-8859-1', 'q'), ('windows-1252', 'b')] if can_encode(name, o[0])]
        cs, enc = opts[rng.randrange(len(opts))]
        c = Charset(cs)
        c.header_encoding = QP if enc == 'q' else BASE64
        if enc == 'q' and any(ch in name for ch in ',"'):
            c.header_encoding = BASE64
        return Header(name, c, maxlinelen=998).encode() + ' <' + addr + '>'
    if any(c in ASCII_SPECIALS for c in name):
        return '"' + name.replace('\\', '\\\\').replace('"', '\\"') + '" <' + addr + '>'
    return name + ' <' + addr + '>'


def addr_list(pairs, rng):
    items = [address(p, rng) for p in pairs]
    return ',\n '.join(items) if len(items) > 1 and sum(len(i) for i in items) > 60 else ', '.join(items)


def tz_for(dt):
    off = -4 if 4 <= dt.month <= 10 else -5
    return datetime.timezone(datetime.timedelta(hours=off))


def to_html(text, rng, entities=False, font=None):
    font = font or rng.choice(['Calibri, sans-serif', 'Arial, Helvetica, sans-serif', 'Segoe UI, sans-serif',
                               'Times New Roman, serif'])
    out = ['<html>', '<head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"></head>',
           '<body style="font-family:%s;font-size:11pt">' % font]
    para, inq = [], False

    def flush():
        if para:
            out.append('<p>' + '<br>\n'.join(para) + '</p>')
            para.clear()

    for ln in text.split('\n'):
        q = ln.startswith('>')
        if q and not inq:
            flush()
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            inq = True
        if not q and inq:
            flush()
            out.append('</blockquote>')
            inq = False
        body = ln[1:].lstrip() if q else ln
        if body.strip() == '':
            flush()
        else:
            para.append(_html.escape(body, quote=False))
    flush()
    if inq:
        out.append('</blockquote>')
    out += ['</body>', '</html>']
    h = '\n'.join(out)
    if entities:
        h = entityize(h)
    return h


def entityize(h):
    out = []
    for c in h:
        o = ord(c)
        if o < 128:
            out.append(c)
        elif o in codepoint2name:
            out.append('&' + codepoint2name[o] + ';')
        else:
            out.append('&#%d;' % o)
    return ''.join(out)


def pick_charset(text, rng, force=None):
    if force and can_encode(text, force):
        return force
    if is_ascii(text):
        return rng.choice(['us-ascii', 'us-ascii', 'utf-8', 'iso-8859-1', 'windows-1252'])
    opts = [c for c in ['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252', 'windows-1252'] if can_encode(text, c)]
    return rng.choice(opts)


def pick_cte(raw, rng, force=None):
    if force:
        if force == '7bit' and any(b > 127 for b in raw):
            return 'quoted-printable'
        return force
    if all(b < 128 for b in raw):
        return rng.choice(['7bit', '7bit', 'quoted-printable', 'base64'])
    return rng.choice(['8bit', '8bit', 'quoted-printable', 'quoted-printable', 'base64'])


def encode_lines(raw, cte, eol):
    """raw: bytes with \n line ends.  Returns list of byte lines (no terminators)."""
    if cte in ('7bit', '8bit'):
        return raw.split(b'\n')
    if cte == 'quoted-printable':
        return quopri.encodestring(raw).split(b'\n')
    canon = raw.replace(b'\n', eol.encode())
    return base64.encodebytes(canon).rstrip(b'\n').split(b'\n')


def b64_lines(data):
    return base64.encodebytes(data).rstrip(b'\n').split(b'\n')


def param(name, value, rng, force2231=False):
    """Return Content-Type / Disposition parameter text for a (file) name."""
    if is_ascii(value) and not force2231:
        return '%s="%s"' % (name, value)
    q = urllib.parse.quote(value.encode('utf-8'), safe='')
    if len(q) > 45 and rng.random() < 0.6:
        units = re.findall(r'%[0-9A-F]{2}|.', q)
        chunks, cur = [], ''
        for u in units:
            if len(cur) + len(u) > 50:
                chunks.append(cur)
                cur = ''
            cur += u
        chunks.append(cur)
        parts = ['%s*%d*=%s%s' % (name, k, "utf-8''" if k == 0 else '', ch) for k, ch in enumerate(chunks)]
        return ';\n '.join(parts)
    return "%s*=utf-8''%s" % (name, q)


class Leaf:
    def __init__(self, headers, lines):
        self.headers, self.lines = headers, lines


class Multi:
    def __init__(self, subtype, boundary, parts, headers=None, preamble=None):
        self.subtype, self.boundary, self.parts = subtype, boundary, parts
        self.headers = headers or []
        self.preamble = preamble


def text_leaf(text, subtype, rng, eol, charset=None, cte=None):
    cs = pick_charset(text, rng, charset)
    if subtype == 'html':
        text = text.replace('%CHARSET%', cs)
    raw = text.encode(cs)
    c = pick_cte(raw, rng, cte)
    hdr = ['Content-Type: text/%s; charset="%s"' % (subtype, cs) if rng.random() < 0.7
           else 'Content-Type: text/%s; charset=%s' % (subtype, cs),
           'Content-Transfer-Encoding: ' + c]
    return Leaf(hdr, encode_lines(raw, c, eol))


def boundary(rng):
    h = ''.join(rng.choice('0123456789abcdef') for _ in range(24))
    st = rng.randrange(4)
    if st == 0:
        return '----=_NextPart_000_%s' % h[:16].upper()
    if st == 1:
        return '_%03d_%s_' % (rng.randrange(1000), h.upper())
    if st == 2:
        return '=_b%s' % h
    return '------------%s' % ''.join(rng.choice('0123456789') for _ in range(24))


def serialize(node, out):
    for h in node.headers:
        out.extend(h.encode('utf-8').split(b'\n'))
    out.append(b'')
    if isinstance(node, Leaf):
        out.extend(node.lines)
        return
    if node.preamble:
        out.append(node.preamble.encode())
        out.append(b'')
    for p in node.parts:
        out.append(b'--' + node.boundary.encode())
        serialize(p, out)
    out.append(b'--' + node.boundary.encode() + b'--')
    out.append(b'')


def attachment_leaf(att, rng, eol, build_fn):
    fn = att['filename']
    ctype = att['ctype']
    kind = att['kind']
    f2231 = att.get('rfc2231', False) or rng.random() < 0.1
    disp = 'attachment' if not att.get('inline') else 'inline'
    if kind == 'eml':
        inner = build_fn(att['eml'], rng, eol, nested=True)
        lines = inner.split(eol.encode())
        has8 = any(b > 127 for b in inner)
        hdr = ['Content-Type: message/rfc822' + ('; name="%s"' % fn if is_ascii(fn) and rng.random() < 0.5 else ''),
               'Content-Disposition: %s;\n %s' % (disp, param('filename', fn, rng, f2231))]
        if has8 or rng.random() < 0.4:
            hdr.append('Content-Transfer-Encoding: ' + ('8bit' if has8 else '7bit'))
        return Leaf(hdr, lines)
    if 'text' in att:
        text = att['text'].replace('\r\n', '\n')
        cs = att.get('charset') or ('utf-8' if not is_ascii(text) else rng.choice(['us-ascii', 'utf-8']))
        raw = text.encode(cs)
        c = att.get('cte') or pick_cte(raw, rng)
        if kind in ('ics', 'vcf') and c in ('7bit', '8bit'):
            raw_l = raw.split(b'\n')
        else:
            raw_l = encode_lines(raw, c, '\r\n' if kind in ('ics', 'vcf', 'csv') else eol)
        extra = '; method=REQUEST' if kind == 'ics' and att.get('method') else ''
        hdr = ['Content-Type: %s; charset="%s"%s;\n %s' % (ctype, cs, extra, param('name', fn, rng, f2231)),
               'Content-Disposition: %s;\n %s' % (disp, param('filename', fn, rng, f2231)),
               'Content-Transfer-Encoding: ' + c]
        return Leaf(hdr, raw_l)
    hdr = ['Content-Type: %s;\n %s' % (ctype, param('name', fn, rng, f2231)),
           'Content-Disposition: %s;\n %s' % (disp, param('filename', fn, rng, f2231)),
           'Content-Transfer-Encoding: base64']
    return Leaf(hdr, b64_lines(att['data']))


def body_node(spec, rng, eol):
    text = spec.get('text', '')
    kind = spec.get('body_kind')
    if not kind:
        r = rng.random()
        kind = 'plain' if r < 0.45 else ('alt' if r < 0.8 else 'html')
    html = spec.get('html')
    ent = spec.get('entities', rng.random() < 0.25)
    if kind in ('html', 'alt') and html is None:
        html = to_html(text, rng, entities=ent)
    elif html is not None and ent and kind != 'plain':
        html = entityize(html)
    cs = spec.get('charset')
    if kind == 'plain':
        return text_leaf(text, 'plain', rng, eol, cs, spec.get('cte'))
    if kind == 'html':
        return text_leaf(html, 'html', rng, eol, cs, spec.get('cte'))
    p = text_leaf(text, 'plain', rng, eol, cs, spec.get('cte'))
    h = text_leaf(html, 'html', rng, eol, cs, None)
    return Multi('alternative', boundary(rng), [p, h])


def build(spec, rng, eol=None, nested=False):
    if eol is None:
        eol = '\r\n' if rng.random() < 0.4 else '\n'
    dt = spec['date']
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=tz_for(dt))
    hdr = []
    if not nested and rng.random() < 0.5:
        hdr.append('Return-Path: <%s>' % spec['frm'][1])
    hdr.append('From: ' + address(spec['frm'], rng))
    hdr.append('To: ' + addr_list(spec['to'], rng))
    if spec.get('cc'):
        hdr.append('Cc: ' + addr_list(spec['cc'], rng))
    hdr.append('Subject: ' + header_text(spec['subject'], rng, spec.get('subject_cs')))
    hdr.append('Date: ' + format_datetime(dt))
    mid_dom = spec['frm'][1].split('@')[1]
    hdr.append('Message-ID: <%s.%s@%s>' % (''.join(rng.choice('0123456789ABCDEF') for _ in range(16)),
                                          dt.strftime('%Y%m%d%H%M%S'), mid_dom))
    if spec.get('in_reply_to'):
        hdr.append('In-Reply-To: ' + spec['in_reply_to'])
        hdr.append('References: ' + spec['in_reply_to'])
    for k, v in spec.get('extra_headers', []):
        hdr.append('%s: %s' % (k, v))
    ua = rng.random()
    if ua < 0.3:
        hdr.append('X-Mailer: Microsoft Outlook 16.0')
    elif ua < 0.45:
        hdr.append('User-Agent: Mozilla Thunderbird 115.%d' % rng.randrange(1, 15))
    hdr.append('MIME-Version: 1.0')
    body = body_node(spec, rng, eol)
    atts = spec.get('attachments') or []
    if atts:
        parts = [body] + [attachment_leaf(a, rng, eol, build) for a in atts]
        pre = 'This is a multi-part message in MIME format.' if rng.random() < 0.5 else None
        root = Multi('mixed', boundary(rng), parts, preamble=pre)
    else:
        root = body
    _ct(root)
    root.headers = hdr + root.headers
    out = []
    serialize(root, out)
    while out and out[-1] == b'':
        out.pop()
    return eol.encode().join(out) + eol.encode()


def _ct(node):
    if isinstance(node, Multi):
        node.headers = ['Content-Type: multipart/%s;\n boundary="%s"' % (node.subtype, node.boundary)] + node.headers
        for p in node.parts:
            _ct(p)
