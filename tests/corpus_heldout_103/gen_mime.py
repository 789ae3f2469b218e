"""Hand-rolled MIME writer: full control of charsets, transfer encodings,
RFC 2047 headers, RFC 2231 file names and line endings, and no hidden
randomness (boundaries and ids come from the corpus RNG)."""
import base64
import html as htmlmod
import quopri
import urllib.parse
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import format_datetime

MAILERS = ['Microsoft Outlook 16.0', 'Mozilla Thunderbird 115.7', 'Apple Mail (2.3774)',
           'Zimbra 9.0.0_GA', None, None, 'Medesync Notification Service 4.2',
           'Microsoft Outlook for iOS', None]


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def can_encode(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def enc_words(value, rng, header_name='Subject'):
    """RFC 2047 encode a header value if needed (B or Q, utf-8 or latin-1)."""
    if is_ascii(value):
        return value
    choices = [('utf-8', BASE64), ('utf-8', QP)]
    if can_encode(value, 'iso-8859-1'):
        choices.append(('iso-8859-1', QP))
    if can_encode(value, 'windows-1252'):
        choices.append(('windows-1252', QP))
    cs_name, how = rng.choice(choices)
    cs = Charset(cs_name)
    cs.header_encoding = how
    return Header(value, cs, maxlinelen=76, header_name=header_name).encode()


def addr(name, email, rng):
    if not name:
        return email
    if is_ascii(name):
        if any(c in name for c in ',.()<>@;:"') :
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (enc_words(name, rng, 'From'), email)


class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of (name, value) already encoded
        self.body = body            # bytes, LF line endings

    def to_bytes(self):
        out = ''.join('%s: %s\n' % (k, v) for k, v in self.headers).encode('ascii')
        return out + b'\n' + self.body


def encode_body(data, cte):
    if cte in ('7bit', '8bit'):
        body = data
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data)
    elif cte == 'base64':
        body = base64.encodebytes(data)
    else:
        raise ValueError(cte)
    if not body.endswith(b'\n'):
        body += b'\n'
    return body


def pick_charset_cte(text, rng, prefer=None):
    if prefer:
        cs, cte = prefer
        if can_encode(text, cs):
            return cs, cte
    if is_ascii(text):
        cs = rng.choice(['us-ascii', 'us-ascii', 'utf-8', 'iso-8859-1'])
        if cs == 'us-ascii':
            return cs, rng.choice(['7bit', '7bit', 'quoted-printable'])
        return cs, rng.choice(['7bit', 'quoted-printable', 'base64', '8bit'])
    order = rng.choice([['utf-8'], ['iso-8859-1', 'utf-8'], ['windows-1252', 'utf-8'], ['utf-8'],
                        ['windows-1252', 'iso-8859-1', 'utf-8']])
    for cs in order:
        if can_encode(text, cs):
            break
    cte = rng.choice(['8bit', 'quoted-printable', 'quoted-printable', 'base64'])
    return cs, cte


def text_part(text, subtype, rng, prefer=None, stats=None):
    text = text.replace('\r\n', '\n')
    if not text.endswith('\n'):
        text += '\n'
    cs, cte = pick_charset_cte(text, rng, prefer)
    if subtype == 'html':
        text = text.replace('charset=utf-8"', 'charset=%s"' % cs).replace('<meta charset="utf-8">', '<meta charset="%s">' % cs)
    if stats is not None:
        stats.setdefault('charset', set()).add(cs)
        stats.setdefault('cte', set()).add(cte)
    ctype = 'text/%s; charset="%s"' % (subtype, cs)
    if subtype == 'plain' and rng.random() < 0.15 and cte != 'base64':
        ctype = 'text/plain; charset=%s; format=flowed' % cs
    return Part([('Content-Type', ctype), ('Content-Transfer-Encoding', cte)],
                encode_body(text.encode(cs), cte))


def _rfc2231(fname, rng):
    cs = 'utf-8'
    if not is_ascii(fname) and can_encode(fname, 'iso-8859-1') and rng.random() < 0.25:
        cs = 'iso-8859-1'
    q = urllib.parse.quote(fname.encode(cs), safe='')
    if len(q) > 60 and rng.random() < 0.6:
        chunks = [q[i:i + 50] for i in range(0, len(q), 50)]
        # do not split inside a %XX escape
        fixed, carry = [], ''
        for ch in chunks:
            ch = carry + ch
            carry = ''
            if '%' in ch[-2:]:
                cut = ch.rfind('%')
                carry = ch[cut:]
                ch = ch[:cut]
            fixed.append(ch)
        if carry:
            fixed.append(carry)
        parts = ['filename*0*=%s\'\'%s' % (cs, fixed[0])]
        for i, ch in enumerate(fixed[1:], 1):
            parts.append('filename*%d*=%s' % (i, ch))
        return ';\n '.join(parts)
    return "filename*=%s''%s" % (cs, q)


def attachment_part(data, ctype, filename, rng, cte=None, inline=False, stats=None, charset=None):
    ascii_name = is_ascii(filename)
    if ctype.startswith('text/') and cte is None:
        cte = rng.choice(['base64', 'quoted-printable', '8bit'])
        if cte == '8bit' and max(data) < 128:
            cte = '7bit'
    cte = cte or 'base64'
    if stats is not None:
        stats.setdefault('cte', set()).add(cte)
    if ctype.startswith('text/') and 'charset' not in ctype:
        ct_main, _, rest = ctype.partition(';')
        ctype = ct_main + '; charset="%s"' % (charset or 'utf-8') + (';' + rest if rest else '')
    disp = 'inline' if inline else 'attachment'
    if ascii_name and (len(filename) < 60 or rng.random() < 0.5):
        ct = '%s; name="%s"' % (ctype, filename)
        cd = '%s; filename="%s"' % (disp, filename)
    else:
        if stats is not None:
            stats.setdefault('rfc2231', set()).add(True)
        ct = '%s; name="%s"' % (ctype, enc_words(filename, rng, 'Content-Type').replace('\n', ''))
        if ascii_name:
            ct = '%s; name="%s"' % (ctype, filename)
        cd = '%s;\n %s' % (disp, _rfc2231(filename, rng))
    hdrs = [('Content-Type', ct), ('Content-Disposition', cd), ('Content-Transfer-Encoding', cte)]
    if rng.random() < 0.3:
        hdrs.insert(1, ('Content-Description', filename if ascii_name else 'piece jointe'))
    return Part(hdrs, encode_body(data, cte))


def rfc822_part(msg_bytes, filename, rng):
    hdrs = [('Content-Type', 'message/rfc822')]
    if filename:
        if is_ascii(filename):
            hdrs.append(('Content-Disposition', 'attachment; filename="%s"' % filename))
        else:
            hdrs.append(('Content-Disposition', 'attachment;\n ' + _rfc2231(filename, rng)))
    hdrs.append(('Content-Transfer-Encoding', '7bit' if max(msg_bytes) < 128 else '8bit'))
    if not msg_bytes.endswith(b'\n'):
        msg_bytes += b'\n'
    return Part(hdrs, msg_bytes)


def boundary(rng):
    k = rng.randrange(4)
    if k == 0:
        return '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 5), rng.randrange(10 ** 9), rng.randrange(10 ** 12))
    if k == 1:
        return '===============%019d==' % rng.randrange(10 ** 18, 10 ** 19)
    if k == 2:
        return '_000_%s_' % ''.join(rng.choice('0123456789ABCDEF') for _ in range(32))
    return '000000000000%s' % ''.join(rng.choice('0123456789abcdef') for _ in range(16))


def multipart(subtype, parts, rng, preamble=True):
    b = boundary(rng)
    body = b''
    if preamble and rng.random() < 0.5:
        body += b'This is a multi-part message in MIME format.\n'
    for p in parts:
        body += b'\n--' + b.encode() + b'\n' + p.to_bytes()
    body += b'\n--' + b.encode() + b'--\n'
    return Part([('Content-Type', 'multipart/%s;\n boundary="%s"' % (subtype, b))], body)


# ---------------------------------------------------------------- HTML
def text_to_html(text, rng):
    style = rng.randrange(3)
    blocks = text.replace('\r\n', '\n').split('\n\n')
    out = []
    for blk in blocks:
        lines = blk.split('\n')
        if all(l.startswith('>') for l in lines if l.strip()):
            inner = '<br>\n'.join(htmlmod.escape(l.lstrip('> ').rstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % inner)
            continue
        if len(lines) > 2 and all('|' in l for l in lines if l.strip()):
            rows = []
            for l in lines:
                cells = [c.strip() for c in l.strip().strip('|').split('|')]
                if all(set(c) <= set('-: ') for c in cells):
                    continue
                rows.append('<tr>' + ''.join('<td style="border:1px solid #999;padding:2px 6px">%s</td>' % htmlmod.escape(c) for c in cells) + '</tr>')
            out.append('<table style="border-collapse:collapse">%s</table>' % '\n'.join(rows))
            continue
        inner = '<br>\n'.join(htmlmod.escape(l) for l in lines)
        if style == 0:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % inner)
        elif style == 1:
            out.append('<div>%s</div><div><br></div>' % inner)
        else:
            out.append('<p style="margin:0 0 10px 0">%s</p>' % inner)
    body = '\n'.join(out)
    if style == 0:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}</style>'
                '</head><body lang="FR-CA"><div class="WordSection1">\n%s\n</div></body></html>' % body)
    if style == 1:
        return '<div dir="ltr">\n%s\n</div>' % body
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">\n%s\n</body></html>' % body)


# ---------------------------------------------------------------- message
def build(mail, rng, stats):
    """mail: dict with from, to, cc, subject, date, text, html, attachments,
    emls, body_mode, eol, reply. Returns bytes."""
    mode = mail.get('body_mode') or rng.choice(['plain', 'plain', 'alt', 'alt', 'html'])
    text = mail['text']
    html = mail.get('html')
    body_parts = []
    if mode == 'plain':
        body = text_part(text, 'plain', rng, mail.get('prefer'), stats)
    elif mode == 'html':
        body = text_part(html or text_to_html(text, rng), 'html', rng, mail.get('prefer'), stats)
    else:
        body = multipart('alternative', [text_part(text, 'plain', rng, mail.get('prefer'), stats),
                                         text_part(html or text_to_html(text, rng), 'html', rng, None, stats)],
                         rng, preamble=False)
    stats.setdefault('body', set()).add(mode)
    atts = []
    for a in mail.get('attachments', []):
        atts.append(attachment_part(a['data'], a['ctype'], a['filename'], rng,
                                    a.get('cte'), a.get('inline', False), stats, a.get('charset')))
    for e in mail.get('emls', []):
        atts.append(rfc822_part(e['data'], e.get('filename'), rng))
        stats.setdefault('body', set()).add('message/rfc822')
    if atts:
        top = multipart('mixed', [body] + atts, rng)
        stats.setdefault('body', set()).add('mixed')
    else:
        top = body

    h = []
    h.append(('From', addr(mail['from'][0], mail['from'][1], rng)))
    h.append(('To', ',\n '.join(addr(n, e, rng) for n, e in mail['to'])))
    if mail.get('cc'):
        h.append(('Cc', ',\n '.join(addr(n, e, rng) for n, e in mail['cc'])))
    subj = mail['subject']
    h.append(('Subject', enc_words(subj, rng)))
    h.append(('Date', format_datetime(mail['date'])))
    dom = mail['from'][1].split('@')[1]
    mid = '<%s.%s@%s>' % (''.join(rng.choice('0123456789abcdef') for _ in range(16)),
                          rng.randrange(10 ** 6), dom)
    h.append(('Message-ID', mid))
    if mail.get('reply'):
        ref = '<%s@%s>' % (''.join(rng.choice('0123456789ABCDEF') for _ in range(20)), dom)
        h.append(('In-Reply-To', ref))
        h.append(('References', ref))
    h.append(('MIME-Version', '1.0'))
    mailer = rng.choice(MAILERS)
    if mailer:
        h.append(('X-Mailer', mailer))
    for k, v in mail.get('extra_headers', []):
        h.append((k, v))
    if rng.random() < 0.2:
        h.append(('Content-Language', 'fr-CA' if mail.get('lang') == 'fr' else 'en-US'))
    top.headers = h + top.headers
    data = top.to_bytes()
    eol = mail.get('eol') or rng.choice(['lf', 'crlf'])
    stats.setdefault('eol', set()).add(eol)
    if eol == 'crlf':
        data = data.replace(b'\n', b'\r\n')
    if any(not is_ascii(v) for _, v in h):
        raise ValueError('non-ascii header')
    return data
