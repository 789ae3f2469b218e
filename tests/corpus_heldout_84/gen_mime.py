"""Hand-rolled MIME writer so that every transport detail is under control and reproducible:
plain / HTML-only / alternative / mixed / message/rfc822, several charsets and transfer
encodings, RFC 2047 headers, RFC 2231 file names, CRLF or LF line endings."""
import base64
import binascii
import email.utils
import html as htmlmod
import re
import urllib.parse

from gen_common import pick, chance


class Att:
    def __init__(self, filename, ctype, data=None, text=None, charset='utf-8', eml=None,
                 inline=False):
        self.filename = filename
        self.ctype = ctype
        self.data = data
        self.text = text
        self.charset = charset
        self.eml = eml          # bytes of an embedded message (message/rfc822)
        self.inline = inline


class Mail:
    def __init__(self, lang, subject, sender, to, text, html=None, atts=None, cc=None,
                 types=(), note='', reply=False, form=None, date=None, xheaders=None):
        self.lang = lang
        self.subject = subject
        self.sender = sender          # (display, addr)
        self.to = to                  # list of (display, addr)
        self.cc = cc or []
        self.text = text
        self.html = html
        self.atts = atts or []
        self.types = sorted(set(types))
        self.note = note
        self.reply = reply
        self.form = form              # None = let the transport layer pick
        self.date = date
        self.xheaders = xheaders or []
        self.must = []                # strings the self-check must find after decoding


# ---------------------------------------------------------------- headers

def _ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def encode_words(value, rng, charset=None):
    """RFC 2047 encoded words, each <= 75 chars, folded with CRLF-less LF + space."""
    if _ascii(value):
        return value
    if charset is None:
        opts = ['utf-8', 'utf-8']
        try:
            value.encode('iso-8859-1')
            opts += ['iso-8859-1', 'windows-1252']
        except UnicodeEncodeError:
            pass
        charset = pick(rng, opts)
    enc = pick(rng, 'BQ')
    words, cur = [], ''
    def render(chunk):
        raw = chunk.encode(charset)
        if enc == 'B':
            body = base64.b64encode(raw).decode('ascii')
        else:
            body = ''
            for b in raw:
                c = chr(b)
                if c == ' ':
                    body += '_'
                elif c.isalnum() and b < 128:
                    body += c
                elif c in '!*+-/' and b < 128:
                    body += c
                else:
                    body += '=%02X' % b
        return '=?%s?%s?%s?=' % (charset, enc, body)
    for ch in value:
        if len(render(cur + ch)) > 75:
            words.append(render(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(render(cur))
    return '\n '.join(words)


def fmt_addr(pair, rng):
    name, addr = pair
    if not name:
        return addr
    if _ascii(name):
        if re.search(r'[,.;:()<>@"]', name):
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return '%s <%s>' % (name, addr)
    return '%s <%s>' % (encode_words(name, rng), addr)


def fold_list(items):
    return ',\n '.join(items)


# ---------------------------------------------------------------- bodies

def _charset_for(text, rng, prefer=None):
    opts = []
    if _ascii(text):
        opts += ['us-ascii', 'utf-8', 'iso-8859-1']
    else:
        opts += ['utf-8', 'utf-8']
        for cs in ('iso-8859-1', 'windows-1252'):
            try:
                text.encode(cs)
                opts.append(cs)
            except UnicodeEncodeError:
                pass
    if prefer and prefer in opts:
        return prefer
    return pick(rng, opts)


def _qp(data):
    out = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    return out


def _b64(data):
    return base64.encodebytes(data)


def encode_body(raw, rng, textual, cte=None):
    """Return (cte, bytes). raw uses LF line endings."""
    longest = max((len(l) for l in raw.split(b'\n')), default=0)
    if cte is None:
        if not textual:
            cte = 'base64'
        else:
            high = any(b > 127 for b in raw)
            opts = ['quoted-printable', 'base64']
            if longest < 900:
                opts += ['8bit', '8bit'] if high else ['7bit', '7bit', '7bit']
            cte = pick(rng, opts)
    if cte == 'base64':
        body = _b64(raw)
    elif cte == 'quoted-printable':
        body = _qp(raw)
    else:
        body = raw
    if not body.endswith(b'\n'):
        body += b'\n'
    return cte, body


def text_part(text, subtype, rng, charset=None, cte=None):
    text = text.replace('\r\n', '\n')
    cs = charset or _charset_for(text, rng)
    if subtype == 'html':
        text = text.replace('charset=utf-8"', 'charset=%s"' % cs)
    raw = text.encode(cs)
    cte, body = encode_body(raw, rng, True, cte)
    q = pick(rng, ['"%s"', '%s'])
    hdr = ['Content-Type: text/%s; charset=%s' % (subtype, q % cs),
           'Content-Transfer-Encoding: %s' % cte]
    return hdr, body


def to_html(text, rng, lang):
    paras = text.strip('\n').split('\n\n')
    font = pick(rng, ['Calibri, sans-serif', 'Arial, Helvetica, sans-serif', 'Segoe UI, sans-serif',
                      'Verdana, sans-serif', 'Times New Roman, serif'])
    out = ['<html>', '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body style="font-family: %s; font-size: %dpt">' % (font, pick(rng, [10, 11, 12]))]
    for p in paras:
        lines = [htmlmod.escape(l, quote=False) for l in p.split('\n')]
        if all(l.startswith('&gt;') for l in lines if l):
            out.append('<blockquote style="border-left:2px solid #99c;margin:0 0 0 .8ex;padding-left:1ex">')
            out.append('<br>\n'.join(l[4:].lstrip() for l in lines))
            out.append('</blockquote>')
        else:
            out.append('<p>' + '<br>\n'.join(lines) + '</p>')
    out.append('</body>')
    out.append('</html>')
    return '\n'.join(out) + '\n'


# ---------------------------------------------------------------- attachments

def _quote_param(v):
    return '"%s"' % v.replace('\\', '\\\\').replace('"', '\\"')


def filename_params(fn, rng):
    """Return (ctype_param, disposition_param) strings."""
    if _ascii(fn) and not chance(rng, 0.12):
        return 'name=%s' % _quote_param(fn), 'filename=%s' % _quote_param(fn)
    mode = rng.randrange(3)
    enc = urllib.parse.quote(fn.encode('utf-8'), safe='')
    if mode == 0 or _ascii(fn):
        # RFC 2231 only
        return ("name*=utf-8''%s" % enc, "filename*=utf-8''%s" % enc)
    if mode == 1:
        # RFC 2231 with continuations, RFC 2047 'name' for old readers
        parts = [enc[i:i + 40] for i in range(0, len(enc), 40)]
        # do not cut a %XX escape
        fixed, carry = [], ''
        for p in parts:
            p = carry + p
            carry = ''
            m = re.search(r'%[0-9A-F]?$', p)
            if m:
                carry = p[m.start():]
                p = p[:m.start()]
            fixed.append(p)
        if carry:
            fixed[-1] += carry
        cont = ';\n '.join("filename*%d*=%s%s" % (i, "utf-8''" if i == 0 else '', p)
                           for i, p in enumerate(fixed))
        return 'name="%s"' % encode_words(fn, rng, 'utf-8').replace('\n ', ' '), cont
    # RFC 2047 in quoted parameter (Outlook style) + RFC 2231 filename*
    return ('name="%s"' % encode_words(fn, rng, 'utf-8').replace('\n ', ' '),
            "filename*=utf-8''%s" % enc)


def att_part(att, rng):
    cp, dp = filename_params(att.filename, rng)
    disp = 'inline' if att.inline else 'attachment'
    if att.eml is not None:
        high = any(b > 127 for b in att.eml)
        hdr = ['Content-Type: message/rfc822; %s' % cp,
               'Content-Disposition: %s; %s' % (disp, dp)]
        if high or chance(rng, 0.5):
            hdr.append('Content-Transfer-Encoding: %s' % ('8bit' if high else '7bit'))
        body = att.eml if att.eml.endswith(b'\n') else att.eml + b'\n'
        return hdr, body
    if att.text is not None:
        major, minor = att.ctype.split('/')
        cs = att.charset
        raw = att.text.replace('\r\n', '\n').encode(cs)
        if minor in ('calendar',):
            raw = raw.replace(b'\n', b'\r\n')
        cte, body = encode_body(raw, rng, True, 'base64' if b'\r' in raw else None)
        hdr = ['Content-Type: %s; charset=%s; %s' % (att.ctype, cs, cp),
               'Content-Disposition: %s; %s' % (disp, dp),
               'Content-Transfer-Encoding: %s' % cte]
        if minor == 'calendar':
            hdr[0] = 'Content-Type: text/calendar; method=REQUEST; charset=%s; %s' % (cs, cp)
        return hdr, body
    cte, body = encode_body(att.data, rng, False, 'base64')
    hdr = ['Content-Type: %s; %s' % (att.ctype, cp),
           'Content-Disposition: %s; %s' % (disp, dp),
           'Content-Transfer-Encoding: base64']
    return hdr, body


# ---------------------------------------------------------------- assembly

def boundary(rng, n):
    style = rng.randrange(4)
    h = '%016x' % rng.getrandbits(64)
    if style == 0:
        return '----=_Part_%d_%d.%d' % (rng.randrange(10**5), rng.randrange(10**8), n)
    if style == 1:
        return '_00%d_%sYTOPR%02dMB%d_' % (n, h[:12].upper(), rng.randrange(100), rng.randrange(9000))
    if style == 2:
        return '===============%019d==' % rng.getrandbits(60)
    return 'b%d_%s' % (n, h)


def multipart(subtype, parts, rng, n):
    b = boundary(rng, n)
    hdr = ['Content-Type: multipart/%s;\n boundary="%s"' % (subtype, b)]
    body = b''
    if chance(rng, 0.3):
        body += b'This is a multi-part message in MIME format.\n\n'
    for ph, pb in parts:
        body += b'--' + b.encode() + b'\n' + '\n'.join(ph).encode('ascii') + b'\n\n' + pb
    body += b'--' + b.encode() + b'--\n'
    return hdr, body


MAILERS = ['Microsoft Outlook 16.0', 'Mozilla Thunderbird 115.8', 'Apple Mail (2.3774)',
           'Roundcube Webmail/1.6.6', 'Zimbra 9.0.0_GA', None, None, None]


def serialize(mail, rng, top=True):
    """Return LF-terminated bytes of the message."""
    form = mail.form
    text = mail.text
    html = mail.html
    if form is None:
        if mail.atts:
            form = pick(rng, ['mixed-plain', 'mixed-alt', 'mixed-alt', 'mixed-html'])
        else:
            form = pick(rng, ['plain', 'plain', 'plain', 'alt', 'alt', 'html'])
    if html is None and ('alt' in form or 'html' in form):
        html = to_html(text, rng, mail.lang)
    if form in ('plain', 'mixed-plain') and text is None:
        form = 'html' if not mail.atts else 'mixed-html'

    cs_pref = None
    parts_n = [0]

    def body_part(kind):
        parts_n[0] += 1
        if kind == 'plain':
            return text_part(text, 'plain', rng, cs_pref)
        if kind == 'html':
            return text_part(html, 'html', rng, cs_pref)
        tp = text_part(text if text is not None else re.sub(r'<[^>]+>', '', html), 'plain', rng, cs_pref)
        hp = text_part(html, 'html', rng, cs_pref)
        return multipart('alternative', [tp, hp], rng, parts_n[0])

    if form in ('plain', 'html', 'alt'):
        content_hdr, content_body = body_part(form)
    else:
        inner = body_part(form.split('-')[1])
        parts = [inner] + [att_part(a, rng) for a in mail.atts]
        content_hdr, content_body = multipart('mixed', parts, rng, 99)

    h = []
    h.append('From: ' + fmt_addr(mail.sender, rng))
    h.append('To: ' + fold_list([fmt_addr(a, rng) for a in mail.to]))
    if mail.cc:
        h.append('Cc: ' + fold_list([fmt_addr(a, rng) for a in mail.cc]))
    h.append('Subject: ' + encode_words(mail.subject, rng))
    h.append('Date: ' + email.utils.format_datetime(mail.date))
    dom = mail.sender[1].split('@')[1]
    mid = '<%s.%s@%s>' % ('%012x' % rng.getrandbits(48), '%06x' % rng.getrandbits(24), dom)
    h.append('Message-ID: ' + mid)
    if mail.reply:
        ref = '<%012x@%s>' % (rng.getrandbits(48), mail.to[0][1].split('@')[1])
        h.append('In-Reply-To: ' + ref)
        h.append('References: ' + ref)
    mailer = pick(rng, MAILERS)
    if mailer:
        h.append('X-Mailer: ' + mailer)
    for k, v in mail.xheaders:
        h.append('%s: %s' % (k, v))
    if chance(rng, 0.4):
        h.append('Content-Language: ' + ('fr-CA' if mail.lang == 'fr' else pick(rng, ['en-CA', 'en-US'])))
    h.append('MIME-Version: 1.0')
    h.extend(content_hdr)
    return '\n'.join(h).encode('ascii') + b'\n\n' + content_body


def finish(raw, crlf):
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw
