"""A small hand-rolled MIME writer so that every transport detail is explicit:
charsets, transfer encodings, RFC 2047 headers, RFC 2231 file names, CRLF/LF."""
import base64
import datetime
import email.utils
import html as htmlmod
import quopri
import re
import urllib.parse

PY_CODEC = {'us-ascii': 'ascii', 'utf-8': 'utf-8', 'iso-8859-1': 'latin-1',
            'windows-1252': 'cp1252'}


def can_encode(text, charset):
    try:
        text.encode(PY_CODEC[charset])
        return True
    except UnicodeEncodeError:
        return False


# ---------------------------------------------------------------- headers

def _ew_chunks(text, charset, mode, maxlen=75):
    """Split text into RFC 2047 encoded words no longer than maxlen."""
    codec = PY_CODEC[charset]
    words, cur = [], ''

    def enc(s):
        b = s.encode(codec)
        if mode == 'B':
            return '=?%s?B?%s?=' % (charset, base64.b64encode(b).decode('ascii'))
        out = []
        for byte in b:
            ch = chr(byte)
            if ch == ' ':
                out.append('_')
            elif ch.isascii() and (ch.isalnum() or ch in '!*+-/'):
                out.append(ch)
            else:
                out.append('=%02X' % byte)
        return '=?%s?Q?%s?=' % (charset, ''.join(out))

    for ch in text:
        if cur and len(enc(cur + ch)) > maxlen:
            words.append(enc(cur))
            cur = ''
        cur += ch
    if cur:
        words.append(enc(cur))
    return words


def encode_text_header(value, hcs, force=False):
    """Return header text (may contain '\n ' folds)."""
    charset, mode = hcs
    if value.isascii() and not force:
        return fold_ascii(value)
    if not can_encode(value, charset):
        charset = 'utf-8'
    return '\n '.join(_ew_chunks(value, charset, mode))


def fold_ascii(value, width=76):
    if len(value) <= width:
        return value
    words = value.split(' ')
    lines, cur = [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\n '.join(lines)


def format_addr(pair, hcs):
    nm, ad = pair
    if not nm:
        return ad
    if not nm.isascii():
        return '%s <%s>' % (' '.join(_ew_chunks(nm, hcs[0] if can_encode(nm, hcs[0]) else 'utf-8', hcs[1])), ad)
    if re.search(r'[,.;:()<>@"\[\]]', nm):
        return '"%s" <%s>' % (nm.replace('\\', '\\\\').replace('"', '\\"'), ad)
    return '%s <%s>' % (nm, ad)


def format_addrs(pairs, hcs):
    return ',\n '.join(format_addr(p, hcs) for p in pairs)


# ---------------------------------------------------------------- parts

class Leaf:
    def __init__(self, ctype, data=None, text=None, charset='utf-8', cte=None,
                 filename=None, disposition=None, fname_style='plain', extra=None,
                 ctype_params=None):
        self.ctype = ctype
        self.data = data
        self.text = text
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.disposition = disposition
        self.fname_style = fname_style
        self.extra = extra or []
        self.ctype_params = ctype_params or []


class Multi:
    def __init__(self, subtype, parts, boundary, preamble=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble


def _param_filename(key, fname, style):
    """Return a list of ';'-joined parameter strings for a file name."""
    if fname.isascii():
        if style == 'bare' and re.fullmatch(r'[A-Za-z0-9_.\-]+', fname):
            return ['%s=%s' % (key, fname)]
        return ['%s="%s"' % (key, fname.replace('"', ''))]
    if style == '2047':
        return ['%s="%s"' % (key, ' '.join(_ew_chunks(fname, 'utf-8', 'B', 200)))]
    q = urllib.parse.quote(fname.encode('utf-8'), safe='')
    if style == '2231c' and len(q) > 40:
        parts, i, n = [], 0, 0
        while i < len(q):
            j = min(i + 36, len(q))
            # never split a %XX escape
            while q[j - 1] == '%' or (j >= 2 and q[j - 2] == '%'):
                j -= 1
            seg = q[i:j]
            parts.append("%s*%d*=%s%s" % (key, n, "utf-8''" if n == 0 else '', seg))
            i, n = j, n + 1
        return parts
    if style == '2231latin' and all(ord(c) < 256 for c in fname):
        q = urllib.parse.quote(fname.encode('latin-1'), safe='')
        return ["%s*=iso-8859-1''%s" % (key, q)]
    return ["%s*=utf-8''%s" % (key, q)]


def _encode_body(leaf):
    """Return (bytes with LF line ends, cte, charset)."""
    if leaf.ctype.startswith('message/'):
        body = leaf.data
        cte = '8bit' if any(b > 127 for b in body) else '7bit'
        return body, cte, None
    if leaf.text is not None:
        text = leaf.text.replace('\r\n', '\n')
        if not text.endswith('\n'):
            text += '\n'
        charset = leaf.charset
        if not can_encode(text, charset):
            charset = 'utf-8'
        raw = text.encode(PY_CODEC[charset])
        cte = leaf.cte or 'quoted-printable'
        if cte == '7bit' and not raw.isascii():
            cte = 'quoted-printable'
        if cte in ('7bit', '8bit') and max((len(l) for l in raw.split(b'\n')), default=0) > 900:
            cte = 'quoted-printable'
        if cte in ('7bit', '8bit'):
            return raw, cte, charset
        if cte == 'quoted-printable':
            return quopri.encodestring(raw), cte, charset
        return base64.encodebytes(raw.replace(b'\n', b'\r\n')), 'base64', charset
    return base64.encodebytes(leaf.data), 'base64', None


def render_part(part):
    """Render a Leaf or Multi to (header lines list, body bytes)."""
    if isinstance(part, Multi):
        hdr = ['Content-Type: multipart/%s;\n boundary="%s"' % (part.subtype, part.boundary)]
        chunks = []
        if part.preamble:
            chunks.append(part.preamble.encode('ascii') + b'\n')
        for sub in part.parts:
            h, b = render_part(sub)
            chunks.append(b'--' + part.boundary.encode('ascii') + b'\n')
            chunks.append(('\n'.join(h) + '\n\n').encode('ascii'))
            chunks.append(b if b.endswith(b'\n') else b + b'\n')
        chunks.append(b'--' + part.boundary.encode('ascii') + b'--\n')
        return hdr, b''.join(chunks)
    body, cte, charset = _encode_body(part)
    ct = part.ctype
    params = list(part.ctype_params)
    if charset:
        params.insert(0, 'charset="%s"' % charset if len(params) % 2 == 0 else 'charset=%s' % charset)
    if part.filename and part.disposition != 'inline-noname':
        params += _param_filename('name', part.filename, part.fname_style)
    hdr = ['Content-Type: ' + ';\n '.join([ct] + params)]
    hdr.append('Content-Transfer-Encoding: %s' % cte)
    for e in part.extra:
        hdr.append(e)
    if part.disposition and part.disposition != 'inline-noname':
        dparams = [part.disposition]
        if part.filename:
            dparams += _param_filename('filename', part.filename, part.fname_style)
        hdr.append('Content-Disposition: ' + ';\n '.join(dparams))
    return hdr, body


def build_message(headers, body_part, eol='\n'):
    """headers: list of already-encoded (name, value) pairs."""
    hl = ['%s: %s' % (k, v) for k, v in headers]
    ph, pb = render_part(body_part)
    out = ('\n'.join(hl + ph) + '\n\n').encode('ascii') + pb
    if eol == '\r\n':
        out = out.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return out


# ---------------------------------------------------------------- html

def text_to_html(text, style='outlook', ctx=None):
    """Turn a plain-text mail body into a plausible HTML body."""
    lines = text.replace('\r\n', '\n').split('\n')
    out = []
    in_quote = False
    para = []

    def flush():
        if para:
            inner = '<br>\n'.join(htmlmod.escape(l, quote=False) for l in para)
            if style == 'outlook':
                out.append('<p class="MsoNormal">%s</p>' % inner)
            elif style == 'gmail':
                out.append('<div>%s</div><div><br></div>' % inner)
            else:
                out.append('<p>%s</p>' % inner)
            para.clear()

    for l in lines:
        q = l.startswith('>')
        if q != in_quote:
            flush()
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       if q else '</blockquote>')
            in_quote = q
        if q:
            l = l[1:].lstrip(' ') if not l.startswith('> ') else l[2:]
        if l.strip() == '':
            flush()
        else:
            para.append(l)
    flush()
    if in_quote:
        out.append('</blockquote>')
    body = '\n'.join(out)
    if style == 'outlook':
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="EN-CA" link="#0563C1">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % body)
    if style == 'gmail':
        return '<div dir="ltr">\n%s\n</div>\n' % body
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">\n%s\n</body></html>\n' % body)


def html_table(rows, header=True):
    out = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = 'th' if (header and i == 0) else 'td'
        out.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, htmlmod.escape(str(c), quote=False), tag)
                                     for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def text_table(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return '\n'.join('  '.join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)


# ---------------------------------------------------------------- compose

def fmt_date_header(dt):
    return email.utils.format_datetime(dt)


def make_dt(ctx, d=None):
    d = d or ctx.date()
    summer = 3 < d.month < 11
    tz = datetime.timezone(datetime.timedelta(hours=-4 if summer else -5))
    return datetime.datetime(d.year, d.month, d.day, ctx.randint(6, 21), ctx.randint(0, 59),
                             ctx.randint(0, 59), tzinfo=tz)


def boundary(ctx):
    style = ctx.choice(['ol', 'tb', 'apple', 'gm', 'jm'])
    h = '%032x' % ctx.rng.getrandbits(128)
    if style == 'ol':
        return '_000_%s%s_' % (h[:20].upper(), 'YQBPR01MB' + h[20:24].upper())
    if style == 'tb':
        return '------------%s' % h[:24]
    if style == 'apple':
        return 'Apple-Mail=_%s-%s-%s-%s-%s' % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(),
                                            h[16:20].upper(), h[20:32].upper())
    if style == 'gm':
        return '000000000000%s' % h[:16]
    return '----=_Part_%d_%d.%d' % (ctx.randint(1000, 99999), ctx.randint(10 ** 8, 10 ** 9),
                                  ctx.randint(10 ** 12, 10 ** 13))


class Transport:
    """Random transport choices for one message; also records a summary."""

    def __init__(self, ctx, spec):
        self.eol = '\r\n' if ctx.chance(0.5) else '\n'
        self.mode = spec.get('body_mode') or ctx.choice(['plain', 'plain', 'plain', 'html', 'alt', 'alt', 'alt'])
        self.hcs = (ctx.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252']), ctx.choice('BQ'))
        self.force_subject_ew = ctx.chance(0.12)
        self.html_style = ctx.choice(['outlook', 'gmail', 'plain'])
        self.fname_style = ctx.choice(['2231', '2231', '2231c', '2047', '2231latin'])
        self.used = set()


def pick_text_encoding(ctx, text):
    if text.isascii():
        charset = ctx.choice(['us-ascii', 'us-ascii', 'utf-8', 'iso-8859-1', 'windows-1252'])
        cte = ctx.choice(['7bit', '7bit', '7bit', 'quoted-printable', 'base64'])
    else:
        options = ['utf-8', 'utf-8']
        if can_encode(text, 'iso-8859-1'):
            options += ['iso-8859-1', 'iso-8859-1']
        if can_encode(text, 'windows-1252'):
            options += ['windows-1252']
        charset = ctx.choice(options)
        cte = ctx.choice(['8bit', 'quoted-printable', 'quoted-printable', 'base64'])
    return charset, cte


def compose(ctx, spec, depth=0):
    """Compose a spec dict into bytes; returns (bytes, transport summary set)."""
    tr = Transport(ctx, spec)
    if depth:
        tr.eol = '\n'
    used = tr.used
    text = spec['text']
    html_body = spec.get('html')
    mode = tr.mode
    if html_body is not None and mode == 'plain':
        mode = 'alt'
    if spec.get('body_mode'):
        mode = spec['body_mode']

    def text_leaf(t, sub):
        cs, cte = pick_text_encoding(ctx, t)
        used.add('charset:' + cs)
        used.add('cte:' + cte)
        return Leaf('text/' + sub, text=t, charset=cs, cte=cte)

    if mode == 'plain':
        body = text_leaf(text, 'plain')
        used.add('text/plain')
    else:
        h = html_body if html_body is not None else text_to_html(text, tr.html_style)
        if mode == 'html':
            body = text_leaf(h, 'html')
            used.add('html-only')
        else:
            body = Multi('alternative', [text_leaf(text, 'plain'), text_leaf(h, 'html')], boundary(ctx))
            used.add('multipart/alternative')
    atts = spec.get('attachments') or []
    if atts:
        parts = [body]
        for a in atts:
            parts.append(attachment_leaf(ctx, a, tr, depth))
        body = Multi(ctx.choice(['mixed', 'mixed', 'mixed', 'related']) if False else 'mixed', parts,
                     boundary(ctx),
                     preamble='This is a multi-part message in MIME format.' if ctx.chance(0.4) else None)
        used.add('multipart/mixed')
    hcs = tr.hcs
    headers = []
    if not depth and ctx.chance(0.6):
        headers.append(('Received', 'from %s (%s [10.%d.%d.%d])\n by mx.%s with ESMTPS id %s;\n %s' % (
            'exch%02d.%s' % (ctx.randint(1, 9), spec['frm'][1].split('@')[1]),
            'exch.internal', ctx.randint(0, 255), ctx.randint(0, 255), ctx.randint(1, 254),
            spec['frm'][1].split('@')[1], '%x' % ctx.rng.getrandbits(40),
            fmt_date_header(spec['date']))))
    headers.append(('From', format_addrs([spec['frm']], hcs)))
    headers.append(('To', format_addrs(spec['to'], hcs)))
    if spec.get('cc'):
        headers.append(('Cc', format_addrs(spec['cc'], hcs)))
    subj = spec['subject']
    enc_subj = encode_text_header(subj, hcs, force=tr.force_subject_ew)
    if '=?' in enc_subj:
        used.add('rfc2047')
    headers.append(('Subject', enc_subj))
    headers.append(('Date', fmt_date_header(spec['date'])))
    dom = spec['frm'][1].split('@')[1]
    headers.append(('Message-ID', '<%s@%s>' % ('%x.%x' % (ctx.rng.getrandbits(48), ctx.rng.getrandbits(32)), dom)))
    if spec.get('in_reply_to'):
        headers.append(('In-Reply-To', spec['in_reply_to']))
        headers.append(('References', spec['in_reply_to']))
    if spec.get('thread_topic') and ctx.chance(0.5):
        headers.append(('Thread-Topic', encode_text_header(spec['thread_topic'], hcs)))
    headers.append(('MIME-Version', '1.0'))
    xm = ctx.choice([None, 'Microsoft Outlook 16.0', 'Apple Mail (2.3731.700.6)',
                     'Mozilla Thunderbird 115.8.1', None, 'Zimbra 9.0.0_GA (ZimbraWebClient)'])
    if xm:
        headers.append(('X-Mailer', xm))
    for k, v in spec.get('extra_headers', []):
        headers.append((k, v))
    if not depth:
        used.add('eol:' + ('crlf' if tr.eol == '\r\n' else 'lf'))
    return build_message(headers, body, tr.eol), used


def attachment_leaf(ctx, a, tr, depth):
    used = tr.used
    fname = a.get('filename')
    style = a.get('fname_style') or tr.fname_style
    if fname and not fname.isascii():
        used.add('rfc2231-filename' if style.startswith('2231') else 'rfc2047-filename')
    if a['ctype'] == 'message/rfc822':
        inner, iused = compose(ctx, a['msg'], depth + 1)
        used.update(iused)
        used.add('message/rfc822')
        return Leaf('message/rfc822', data=inner, filename=fname,
                    disposition=a.get('disposition', ctx.choice(['attachment', 'inline'])), fname_style=style)
    if a.get('text') is not None:
        cs = a.get('charset') or ctx.choice(['utf-8', 'utf-8', 'windows-1252', 'iso-8859-1'])
        cte = a.get('cte') or ctx.choice(['base64', 'quoted-printable', '8bit', 'base64'])
        used.add('attach:' + a['ctype'])
        return Leaf(a['ctype'], text=a['text'], charset=cs, cte=cte, filename=fname,
                    disposition=a.get('disposition', 'attachment'), fname_style=style,
                    ctype_params=a.get('ctype_params'))
    used.add('attach:' + a['ctype'])
    return Leaf(a['ctype'], data=a['data'], filename=fname,
                disposition=a.get('disposition', 'attachment'), fname_style=style)
