"""Hand-assembled MIME: deterministic boundaries, explicit charsets and transfer encodings."""
import base64
import email.utils
import html as htmlmod
import quopri
import re
import urllib.parse

from gen_common import DOM, hexid

Q_SAFE = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/')


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def can_encode(s, charset):
    try:
        s.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def encoded_words(s, charset='utf-8', mode='b'):
    """RFC 2047 encoded words, folded with LF + space; chunks never split a character."""
    words = []
    cur = ''
    prefix = '=?%s?%s?' % (charset, mode.upper())

    def enc(chunk):
        raw = chunk.encode(charset)
        if mode == 'b':
            return base64.b64encode(raw).decode('ascii')
        out = []
        for byte in raw:
            if byte == 0x20:
                out.append('_')
            elif byte in Q_SAFE:
                out.append(chr(byte))
            else:
                out.append('=%02X' % byte)
        return ''.join(out)

    for ch in s:
        trial = cur + ch
        if len(prefix) + len(enc(trial)) + 2 > 75:
            words.append(prefix + enc(cur) + '?=')
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(prefix + enc(cur) + '?=')
    return '\n '.join(words)


def header_text(s, charset='utf-8', mode='b', force=False):
    if is_ascii(s) and not force:
        return s
    if not can_encode(s, charset):
        charset = 'utf-8'
    return encoded_words(s, charset, mode)


SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def fmt_addr(name, addr, charset='utf-8', mode='b'):
    if not name:
        return addr
    if is_ascii(name):
        if SPECIALS.search(name):
            return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), addr)
        return '%s <%s>' % (name, addr)
    return '%s <%s>' % (header_text(name, charset, mode), addr)


def fold_list(items):
    return ',\n '.join(items)


class Leaf:
    def __init__(self, ctype, payload, charset=None, cte=None, filename=None,
                 fname_style='plain', disposition=None, extra=None):
        self.ctype = ctype
        self.payload = payload
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.fname_style = fname_style
        self.disposition = disposition or ('attachment' if filename else None)
        self.extra = extra or []


class Multi:
    def __init__(self, subtype, parts, boundary):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary


def _filename_params(fn, style):
    if style == 'plain' and is_ascii(fn):
        return '; filename="%s"' % fn, '; name="%s"' % fn
    if style == '2047':
        ew = encoded_words(fn, 'utf-8', 'b').replace('\n ', '')
        return '; filename="%s"' % ew, '; name="%s"' % ew
    if style == '2231cont':
        q = urllib.parse.quote(fn.encode('utf-8'), safe='')
        chunks = [q[i:i + 40] for i in range(0, len(q), 40)]
        # do not cut inside a %XX escape
        fixed = []
        carry = ''
        for c in chunks:
            c = carry + c
            carry = ''
            m = re.search(r'%[0-9A-F]?$', c)
            if m:
                carry = c[m.start():]
                c = c[:m.start()]
            fixed.append(c)
        if carry:
            fixed.append(carry)
        parts = []
        for i, c in enumerate(fixed):
            if i == 0:
                parts.append(";\n filename*0*=utf-8''%s" % c)
            else:
                parts.append(';\n filename*%d*=%s' % (i, c))
        return ''.join(parts), ''
    # RFC 2231 single value
    q = urllib.parse.quote(fn.encode('utf-8'), safe='')
    return ";\n filename*=utf-8''%s" % q, ";\n name*=utf-8''%s" % q


def _encode_body(data, cte):
    if cte in ('7bit', '8bit', 'binary'):
        if not data.endswith(b'\n'):
            data += b'\n'
        return data
    if cte == 'quoted-printable':
        out = quopri.encodestring(data)
        if not out.endswith(b'\n'):
            out += b'\n'
        return out
    if cte == 'base64':
        return base64.encodebytes(data)
    raise ValueError(cte)


def render_part(part):
    """Return LF-terminated bytes of a part (headers + body)."""
    if isinstance(part, Multi):
        head = 'Content-Type: multipart/%s;\n boundary="%s"\n' % (part.subtype, part.boundary)
        body = [b'This is a multi-part message in MIME format.\n']
        for p in part.parts:
            body.append(('\n--%s\n' % part.boundary).encode('ascii'))
            body.append(render_part(p))
        body.append(('\n--%s--\n' % part.boundary).encode('ascii'))
        return head.encode('ascii') + b'\n' + b''.join(body)
    lines = []
    ct = part.ctype
    fparams, nparams = ('', '')
    if part.filename:
        fparams, nparams = _filename_params(part.filename, part.fname_style)
    cte = part.cte or 'base64'
    if isinstance(part.payload, str):
        cs = part.charset or 'utf-8'
        payload = part.payload
        if cte == 'base64':
            payload = payload.replace('\r\n', '\n').replace('\n', '\r\n')
        data = payload.encode(cs)
        ct_line = 'Content-Type: %s; charset="%s"' % (ct, cs)
    else:
        data = part.payload
        ct_line = 'Content-Type: %s' % ct
    if nparams:
        ct_line += nparams
    lines.append(ct_line)
    if cte == '7bit' and not all(b < 128 for b in data):
        cte = 'quoted-printable'
    lines.append('Content-Transfer-Encoding: %s' % cte)
    if part.disposition:
        lines.append('Content-Disposition: %s%s' % (part.disposition, fparams))
    for k, v in part.extra:
        lines.append('%s: %s' % (k, v))
    head = '\n'.join(lines) + '\n\n'
    return head.encode('ascii') + _encode_body(data, cte)


def text_to_html(text, lang='fr'):
    out = []
    quote_depth = 0
    para = []

    def flush():
        if para:
            out.append('<p>' + '<br>\n'.join(para) + '</p>')
            para.clear()

    for line in text.split('\n'):
        depth = 0
        while line.startswith('>'):
            depth += 1
            line = line[1:].lstrip(' ') if line[1:2] == ' ' else line[1:]
        if depth != quote_depth:
            flush()
            while quote_depth < depth:
                out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                           'padding-left:1ex">')
                quote_depth += 1
            while quote_depth > depth:
                out.append('</blockquote>')
                quote_depth -= 1
        if not line.strip():
            flush()
        else:
            para.append(htmlmod.escape(line, quote=False))
    flush()
    while quote_depth:
        out.append('</blockquote>')
        quote_depth -= 1
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="{CHARSET}">\n</head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body>\n'
            '</html>\n') % (lang, '\n'.join(out))


def html_table(rows, header=True):
    out = ['<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = 'th' if header and i == 0 else 'td'
        out.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, htmlmod.escape(str(c), quote=False),
                                                      tag) for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def wrap_html(inner, lang='fr'):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="{CHARSET}">\n</head>\n'
            '<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">\n%s\n'
            '</body>\n</html>\n') % (lang, inner)


MAILERS = ['Microsoft Outlook 16.0', 'Mozilla Thunderbird 115.8', 'Apple Mail (2.3774)',
           'Roundcube Webmail/1.6.5', None, None, 'Zimbra 9.0 (ZimbraWebClient)']


def pick_charset(rng, text, lang):
    if lang == 'en' and is_ascii(text):
        cs = rng.choice(['us-ascii', 'us-ascii', 'utf-8', 'iso-8859-1', 'windows-1252'])
    else:
        cs = rng.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    if not can_encode(text, cs):
        cs = 'windows-1252' if can_encode(text, 'windows-1252') and rng.random() < 0.4 else 'utf-8'
    return cs


def pick_cte(rng, data_ascii, charset):
    if charset == 'us-ascii' or data_ascii:
        return rng.choice(['7bit', '7bit', 'quoted-printable', 'base64', '8bit'])
    return rng.choice(['8bit', 'quoted-printable', 'quoted-printable', 'base64'])


class Mail:
    """Everything about one message: headers, content, and label metadata."""

    def __init__(self, key, lang, category, note):
        self.key = key
        self.lang = lang
        self.category = category
        self.note = note
        self.types = set()
        self.ids = []        # (type, compact value, rendered string)
        self.names = []      # rendered patient name strings that must appear
        self.nam_people = []  # Person objects with NAM
        self.dob_strings = []
        self.frm = None
        self.to = []
        self.cc = []
        self.subject = ''
        self.date = None
        self.text = None
        self.html = None
        self.attachments = []
        self.form = None
        self.charset = None
        self.cte = None
        self.eol = None
        self.subj_mode = None
        self.in_reply_to = None
        self.extra_headers = []
        self.confidential = None

    def add_id(self, typ, value, rendered):
        self.types.add(typ)
        self.ids.append((typ, value, rendered))

    def attach(self, filename, ctype, data, fname_style=None, charset=None, cte=None):
        self.attachments.append({'filename': filename, 'ctype': ctype, 'data': data,
                                 'fname_style': fname_style, 'charset': charset, 'cte': cte})


def boundary(key, n):
    return '----=_Part_%s_%d' % (hexid(key + ':b%d' % n, 20), n)


def build_bytes(m, rng, eol=None):
    """Render a Mail to bytes. Choices left as None are drawn from rng."""
    lang = m.lang
    nb = [0]

    def nextb():
        nb[0] += 1
        return boundary(m.key, nb[0])

    text = m.text
    html = m.html
    form = m.form
    if form is None:
        if html is not None and text is None:
            form = 'html'
        elif html is not None:
            form = 'alt'
        else:
            form = rng.choice(['plain', 'plain', 'plain', 'alt', 'html'])
    if form in ('alt', 'html') and html is None:
        html = text_to_html(text, lang)
    if form == 'alt' and text is None:
        text = re.sub(r'<[^>]+>', '', html)
        text = htmlmod.unescape(re.sub(r'\n{3,}', '\n\n', text)).strip() + '\n'
    sample = (text or '') + (html or '')
    cs = m.charset or pick_charset(rng, sample, lang)
    if not can_encode(sample, cs):
        cs = 'utf-8'
    cte = m.cte or pick_cte(rng, is_ascii(sample), cs)

    def text_leaf(sub, payload):
        if sub == 'html':
            payload = payload.replace('{CHARSET}', cs)
        c = cte
        if sub == 'html' and c == '7bit' and any(len(x) > 900 for x in payload.split('\n')):
            c = 'quoted-printable'
        return Leaf('text/' + sub, payload, cs, c)

    if form == 'plain':
        body = text_leaf('plain', text)
    elif form == 'html':
        body = text_leaf('html', html)
    else:
        body = Multi('alternative', [text_leaf('plain', text), text_leaf('html', html)], nextb())

    if m.attachments:
        parts = [body]
        for a in m.attachments:
            fn = a['filename']
            style = a['fname_style']
            if style is None:
                if is_ascii(fn):
                    style = rng.choice(['plain', 'plain', 'plain', '2231'])
                else:
                    style = rng.choice(['2231', '2231', '2047', '2231cont'])
            data = a['data']
            if a['ctype'] == 'message/rfc822':
                c = '7bit' if all(b < 128 for b in data) else '8bit'
                parts.append(Leaf('message/rfc822', data, None, c, fn, style,
                                  disposition='attachment' if fn else 'inline'))
                continue
            if isinstance(data, str):
                acs = a['charset'] or ('us-ascii' if is_ascii(data) else 'utf-8')
                acte = a['cte'] or rng.choice(['base64', 'quoted-printable', '7bit'
                                               if is_ascii(data) else '8bit'])
                parts.append(Leaf(a['ctype'], data, acs, acte, fn, style))
            else:
                parts.append(Leaf(a['ctype'], data, None, 'base64', fn, style))
        root = Multi('mixed', parts, nextb())
    else:
        root = body

    smode = m.subj_mode or rng.choice(['b', 'q'])
    hcs = 'utf-8' if rng.random() < 0.6 or not can_encode(m.subject, 'iso-8859-1') else 'iso-8859-1'
    force = m.subj_mode == 'force'
    if force:
        smode = rng.choice(['b', 'q'])
    hdr = []
    hdr.append(('From', fmt_addr(m.frm[0], m.frm[1], hcs, rng.choice('bq'))))
    hdr.append(('To', fold_list([fmt_addr(n, a, hcs, rng.choice('bq')) for n, a in m.to])))
    if m.cc:
        hdr.append(('Cc', fold_list([fmt_addr(n, a, hcs, rng.choice('bq')) for n, a in m.cc])))
    hdr.append(('Subject', header_text(m.subject, hcs, smode, force=force)))
    hdr.append(('Date', email.utils.format_datetime(m.date)))
    hdr.append(('Message-ID', '<%s.%s@%s>' % (hexid(m.key + ':mid', 12),
                                              hexid(m.key + ':mid2', 8),
                                              m.frm[1].split('@')[1])))
    if m.in_reply_to:
        hdr.append(('In-Reply-To', m.in_reply_to))
        hdr.append(('References', m.in_reply_to))
    mailer = rng.choice(MAILERS)
    if mailer:
        hdr.append(('X-Mailer' if 'Outlook' in mailer or 'Zimbra' in mailer else 'User-Agent',
                    mailer))
    if rng.random() < 0.4:
        hdr.append(('Content-Language', 'fr-CA' if lang == 'fr' else 'en-CA'))
    for k, v in m.extra_headers:
        hdr.append((k, v))
    hdr.append(('MIME-Version', '1.0'))
    head = ''.join('%s: %s\n' % (k, v) for k, v in hdr).encode('ascii')
    raw = head + render_part(root)
    eol = m.eol or eol or rng.choice(['\r\n', '\n'])
    if eol == '\r\n':
        raw = raw.replace(b'\n', b'\r\n')
    return raw


def reply_id(key):
    return '<%s@%s>' % (hexid(key + ':orig', 20), DOM)
