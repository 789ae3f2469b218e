"""Mail model and a hand-rolled MIME writer, so every transport detail is under control:
charsets, transfer encodings, RFC 2047 headers, RFC 2231 file names, CRLF / LF."""
import base64
import datetime
import html as htmlmod
import quopri
import re

from gen_base import strip_accents

STATS = {}


def stat(key):
    STATS[key] = STATS.get(key, 0) + 1


class Att:
    def __init__(self, filename, ctype, data=None, text=None, charset='utf-8', msg=None, inline=False,
                 fn_style=None, cte=None):
        self.filename, self.ctype, self.data, self.text = filename, ctype, data, text
        self.charset, self.msg, self.inline, self.fn_style, self.cte = charset, msg, inline, fn_style, cte


class Mail:
    def __init__(self, lang, sender, to, subject, text=None, html=None, cc=None, atts=None, date=None,
                 mode=None, in_reply_to=None, extra=None):
        self.lang, self.sender, self.to, self.cc = lang, sender, to, cc or []
        self.subject, self.text, self.html, self.atts = subject, text, html, atts or []
        self.date, self.mode, self.in_reply_to, self.extra = date, mode, in_reply_to, extra or []
        self.deaccent = False
        self.charset = None
        self.cte = None
        self.eol = None


# ---------------------------------------------------------------- headers
def _q_encode(b):
    out = []
    for ch in b:
        c = chr(ch)
        if c == ' ':
            out.append('_')
        elif c.isalnum() and ch < 128 or c in '!*+-/':
            out.append(c)
        else:
            out.append('=%02X' % ch)
    return ''.join(out)


def encode_words(s, charset, enc):
    """Split s into RFC 2047 encoded words of at most 75 characters each."""
    words, cur = [], ''
    pre = '=?%s?%s?' % (charset, enc)

    def enc_len(t):
        b = t.encode(charset)
        return len(pre) + 2 + (len(base64.b64encode(b)) if enc == 'B' else len(_q_encode(b)))

    for ch in s:
        if cur and enc_len(cur + ch) > 75:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    res = []
    for w in words:
        b = w.encode(charset)
        body = base64.b64encode(b).decode() if enc == 'B' else _q_encode(b)
        res.append(pre + body + '?=')
    return res


def header_value(s, r, fold_at=76, name_len=9):
    """Return an RFC 5322 header value: ASCII as is (folded), otherwise RFC 2047."""
    if all(ord(c) < 128 for c in s):
        return fold_ascii(s, name_len)
    choices = [('utf-8', 'B'), ('utf-8', 'Q')]
    try:
        s.encode('iso-8859-1')
        choices.append(('iso-8859-1', 'Q'))
    except UnicodeEncodeError:
        pass
    try:
        s.encode('windows-1252')
        choices.append(('windows-1252', 'Q'))
    except UnicodeEncodeError:
        pass
    cs, enc = r.choice(choices)
    stat('header_2047_%s_%s' % (cs, enc))
    return '\n '.join(encode_words(s, cs, enc))


def fold_ascii(s, name_len=9):
    if len(s) + name_len <= 78:
        return s
    words = s.split(' ')
    lines, cur = [], ''
    limit = 78 - name_len
    for w in words:
        if cur and len(cur) + 1 + len(w) > limit:
            lines.append(cur)
            cur = w
            limit = 77
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\n '.join(lines)


def addr(name_addr, r):
    name, a = name_addr
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.;:()<>@"\[\]]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), a)
        return '%s <%s>' % (name, a)
    cs, enc = r.choice([('utf-8', 'B'), ('utf-8', 'Q'), ('iso-8859-1', 'Q')])
    try:
        name.encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
    return '%s <%s>' % (' '.join(encode_words(name, cs, enc)), a)


def addr_list(lst, r):
    return ',\n '.join(addr(x, r) for x in lst)


def fmt_date(dt):
    # Eastern time: daylight time roughly from the 2nd Sunday of March to the 1st Sunday of November
    dst = (dt.month, dt.day) >= (3, 10) and (dt.month, dt.day) < (11, 3)
    off = '-0400' if dst else '-0500'
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    return '%s, %02d %s %d %02d:%02d:%02d %s' % (days[dt.weekday()], dt.day, mons[dt.month - 1], dt.year,
                                                 dt.hour, dt.minute, dt.second, off)


# ---------------------------------------------------------------- bodies
def text_to_html(text, r, lang):
    style = r.choice(['outlook', 'gmail', 'plain', 'thunder'])
    blocks = []
    quote = []
    para = []

    def flush_para():
        if para:
            blocks.append('<p>' + '<br>\n'.join(para) + '</p>')
            para.clear()

    def flush_quote():
        if quote:
            inner = '<br>\n'.join(quote)
            blocks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                          + inner + '</blockquote>')
            quote.clear()

    for line in text.split('\n'):
        if line.startswith('>'):
            flush_para()
            quote.append(htmlmod.escape(line.lstrip('> ').rstrip()))
            continue
        flush_quote()
        if not line.strip():
            flush_para()
        else:
            para.append(htmlmod.escape(line))
    flush_para()
    flush_quote()
    body = '\n'.join(blocks)
    if style == 'outlook':
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=CHARSET">\n'
                '<style>p.MsoNormal{margin:0;font-size:11pt;font-family:Calibri,sans-serif}</style>\n'
                '</head>\n<body lang="%s">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % ('FR-CA' if lang == 'fr' else 'EN-CA', body.replace('<p>', '<p class="MsoNormal">')))
    if style == 'gmail':
        return '<div dir="ltr">\n%s\n</div>\n' % body.replace('<p>', '<div>').replace('</p>', '</div><div><br></div>')
    if style == 'thunder':
        return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="content-type" content="text/html; '
                'charset=CHARSET">\n</head>\n<body>\n%s\n</body>\n</html>\n' % body)
    return '<html><body style="font-family:Arial;font-size:10pt">\n%s\n</body></html>\n' % body


def _encodable(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def pick_charset(texts, r, forced=None):
    if forced and all(_encodable(t, forced) for t in texts):
        return forced
    ascii_ok = all(_encodable(t, 'us-ascii') for t in texts)
    opts = ['utf-8', 'utf-8', 'utf-8']
    if ascii_ok:
        opts += ['us-ascii', 'us-ascii']
    if all(_encodable(t, 'iso-8859-1') for t in texts):
        opts += ['iso-8859-1', 'iso-8859-1']
    if all(_encodable(t, 'windows-1252') for t in texts):
        opts += ['windows-1252', 'windows-1252']
    return r.choice(opts)


def encode_body(text, charset, cte, r):
    text = text.replace('\r\n', '\n')
    raw = text.encode(charset)
    is_ascii = all(b < 128 for b in raw)
    longest = max((len(l) for l in raw.split(b'\n')), default=0)
    if cte is None:
        if is_ascii and longest < 900:
            cte = r.choice(['7bit', '7bit', 'quoted-printable', 'base64'])
        elif longest < 900:
            cte = r.choice(['8bit', 'quoted-printable', 'quoted-printable', 'base64'])
        else:
            cte = r.choice(['quoted-printable', 'base64'])
    if cte == '7bit' and not is_ascii:
        cte = '8bit'
    if cte in ('7bit', '8bit') and longest >= 900:
        cte = 'quoted-printable'
    if cte in ('7bit', '8bit'):
        body = raw
        if not body.endswith(b'\n'):
            body += b'\n'
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
        if not body.endswith(b'\n'):
            body += b'\n'
    else:
        body = base64.encodebytes(raw)
    stat('cte_' + cte)
    stat('charset_' + charset)
    return cte, body


def text_part(text, subtype, charset, cte, r, extra_params=''):
    if subtype == 'html':
        text = text.replace('CHARSET', charset)
    cte, body = encode_body(text, charset, cte, r)
    stat('part_text/' + subtype)
    hdrs = ['Content-Type: text/%s; charset="%s"%s' % (subtype, charset, extra_params),
            'Content-Transfer-Encoding: ' + cte]
    return hdrs, body


def _fn_params(filename, style, r):
    """Return (content-type name param, disposition filename param)."""
    nonascii = any(ord(c) > 127 for c in filename)
    if style is None:
        style = r.choice(['2231', '2231', '2047']) if nonascii else r.choice(['plain', 'plain', 'plain', '2231'])
    if style == 'plain' and nonascii:
        style = '2231'
    stat('filename_' + style)
    if style == 'plain':
        return 'name="%s"' % filename, 'filename="%s"' % filename
    if style == '2047':
        w = ' '.join(encode_words(filename, 'utf-8', 'B'))
        return 'name="%s"' % w, 'filename="%s"' % w
    from urllib.parse import quote
    enc = quote(filename.encode('utf-8'), safe='')
    if len(enc) > 60 and r.random() < 0.6:
        pieces = [enc[i:i + 54] for i in range(0, len(enc), 54)]
        # do not cut a %XX escape in two
        fixed, carry = [], ''
        for p in pieces:
            p = carry + p
            carry = ''
            m = re.search(r'%[0-9A-F]?$', p)
            if m:
                carry = p[m.start():]
                p = p[:m.start()]
            fixed.append(p)
        if carry:
            fixed[-1] += carry
        parts = ["filename*0*=utf-8''" + fixed[0]] + ['filename*%d*=%s' % (i, p) for i, p in enumerate(fixed) if i]
        nparts = ["name*0*=utf-8''" + fixed[0]] + ['name*%d*=%s' % (i, p) for i, p in enumerate(fixed) if i]
        return ';\n '.join(nparts), ';\n '.join(parts)
    return "name*=utf-8''" + enc, "filename*=utf-8''" + enc


def att_part(att, r, eol_inner='\n'):
    ctp, dsp = _fn_params(att.filename, att.fn_style, r) if att.filename else ('', '')
    disp = 'inline' if att.inline else 'attachment'
    if att.msg is not None:
        inner = render(att.msg, r)
        stat('part_message/rfc822')
        cte = '7bit' if all(b < 128 for b in inner) else '8bit'
        hdrs = ['Content-Type: message/rfc822' + (';\n ' + ctp if ctp and r.random() < 0.5 else ''),
                'Content-Disposition: %s' % disp + (';\n ' + dsp if dsp else ''),
                'Content-Transfer-Encoding: ' + cte] if att.filename else \
            ['Content-Type: message/rfc822', 'Content-Disposition: inline']
        if not inner.endswith(b'\n'):
            inner += b'\n'
        return hdrs, inner
    stat('att_' + att.ctype)
    if att.text is not None:
        text = att.text.replace('\r\n', '\n') if att.cte != 'base64' else att.text
        if att.cte == 'base64' or (att.cte is None and r.random() < 0.45):
            body = base64.encodebytes(att.text.encode(att.charset))
            cte = 'base64'
            stat('cte_base64')
        else:
            cte, body = encode_body(text, att.charset, att.cte, r)
        hdrs = ['Content-Type: %s; charset="%s";\n %s' % (att.ctype, att.charset, ctp),
                'Content-Disposition: %s;\n %s' % (disp, dsp), 'Content-Transfer-Encoding: ' + cte]
        return hdrs, body
    body = base64.encodebytes(att.data)
    stat('cte_base64')
    hdrs = ['Content-Type: %s;\n %s' % (att.ctype, ctp), 'Content-Disposition: %s;\n %s' % (disp, dsp),
            'Content-Transfer-Encoding: base64']
    return hdrs, body


def multipart(subtype, parts, r):
    b = r.choice(['----=_Part_%d_%d.%d' % (r.randint(1000, 9999), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 11, 10 ** 12)),
                  '=_%032x' % r.getrandbits(128), '000000000000%016x' % r.getrandbits(64),
                  '_%03d_NextPart_%012x' % (r.randint(0, 999), r.getrandbits(48))])
    stat('multipart/' + subtype)
    out = [b'This is a multi-part message in MIME format.\n'] if r.random() < 0.5 else []
    for hdrs, body in parts:
        out.append(('--%s\n' % b).encode())
        out.append(('\n'.join(hdrs) + '\n\n').encode('ascii'))
        out.append(body)
    out.append(('--%s--\n' % b).encode())
    return ['Content-Type: multipart/%s;\n boundary="%s"' % (subtype, b)], b''.join(out)


def render(mail, r):
    """Serialise a Mail to bytes (LF); the caller converts to CRLF if wanted."""
    text, htm, subject = mail.text, mail.html, mail.subject
    if mail.deaccent:
        text = strip_accents(text) if text else text
        htm = strip_accents(htm) if htm else htm
        subject = strip_accents(subject)
    mode = mail.mode or r.choices(['plain', 'alt', 'html'], [40, 36, 24])[0]
    if mode in ('alt', 'html') and htm is None:
        htm = text_to_html(text, r, mail.lang)
    if mode == 'plain' and text is None:
        mode = 'html'
    if mode == 'html' and htm is not None and r.random() < 0.25 and not mail.deaccent:
        # some clients write accents as character references and declare us-ascii
        htm = htm.encode('us-ascii', 'xmlcharrefreplace').decode('ascii')
    stat('mode_' + mode)
    texts = [t for t in (text if mode != 'html' else None, htm if mode != 'plain' else None) if t]
    cs = pick_charset(texts, r, mail.charset)
    if mode == 'plain':
        body_h, body_b = text_part(text, 'plain', cs, mail.cte, r,
                                   '; format=flowed' if r.random() < 0.15 else '')
    elif mode == 'html':
        body_h, body_b = text_part(htm, 'html', cs, mail.cte, r)
    else:
        p1 = text_part(text, 'plain', cs, mail.cte, r)
        p2 = text_part(htm, 'html', cs, mail.cte, r)
        body_h, body_b = multipart('alternative', [p1, p2], r)
    if mail.atts:
        parts = [(body_h, body_b)] + [att_part(a, r) for a in mail.atts]
        body_h, body_b = multipart('mixed', parts, r)
    dom = mail.sender[1].split('@')[1]
    h = ['From: ' + addr(mail.sender, r), 'To: ' + addr_list(mail.to, r)]
    if mail.cc:
        h.append('Cc: ' + addr_list(mail.cc, r))
    h.append('Subject: ' + header_value(subject, r))
    h.append('Date: ' + fmt_date(mail.date))
    h.append('Message-ID: <%s.%x@%s>' % (mail.date.strftime('%Y%m%d%H%M%S'), r.getrandbits(40), dom))
    if mail.in_reply_to:
        h.append('In-Reply-To: <%s>' % mail.in_reply_to)
        h.append('References: <%s>' % mail.in_reply_to)
    for k, v in mail.extra:
        h.append('%s: %s' % (k, header_value(v, r, name_len=len(k) + 2)))
    if r.random() < 0.3:
        h.append('Content-Language: ' + ('fr-CA' if mail.lang == 'fr' else 'en-CA'))
    if r.random() < 0.35:
        h.append('X-Mailer: ' + r.choice(['Microsoft Outlook 16.0', 'Apple Mail (2.3774)', 'Zimbra 9.0',
                                          'Thunderbird 128.4', 'Roundcube Webmail 1.6']))
    h.append('MIME-Version: 1.0')
    h += body_h
    return ('\n'.join(h) + '\n\n').encode('ascii') + body_b


def to_bytes(mail, r):
    data = render(mail, r)
    eol = mail.eol or r.choice(['LF', 'CRLF'])
    stat('eol_' + eol)
    if eol == 'CRLF':
        data = data.replace(b'\n', b'\r\n')
    return data
