"""Hand-assembled MIME: deterministic boundaries, charsets, transfer encodings,
RFC 2047 headers, RFC 2231 file names, LF or CRLF line ends."""
import base64
import hashlib
import html
import quopri
import re
from email.header import Header
from email.utils import format_datetime, formataddr, encode_rfc2231

from gen_common import pick


class Att:
    """An attachment: data is bytes (binary) or str (text types)."""

    def __init__(self, filename, ctype, data, charset=None, cte=None, rfc2231=False, inline=False):
        self.filename, self.ctype, self.data = filename, ctype, data
        self.charset, self.cte, self.rfc2231, self.inline = charset, cte, rfc2231, inline


class Mail:
    def __init__(self, lang, category, note, subject, sender, to, text, html_body=None, cc=None,
                 attachments=None, in_reply_to=None, references=None, prefer=None, force_utf8=False,
                 extra_headers=None):
        self.lang, self.category, self.note = lang, category, note
        self.subject, self.sender, self.to, self.cc = subject, sender, to, cc or []
        self.text, self.html = text, html_body
        self.attachments = attachments or []
        self.in_reply_to, self.references = in_reply_to, references
        self.prefer = prefer            # 'plain' | 'html' | 'alt' | None (random)
        self.force_utf8 = force_utf8
        self.extra_headers = extra_headers or []
        self.types = []
        self.doc = None


def text_to_html(text, rng):
    paras = re.split(r'\n\s*\n', text.strip('\n'))
    font = pick(rng, ['Calibri, sans-serif', 'Arial, Helvetica, sans-serif', 'Segoe UI, sans-serif',
                      'Georgia, serif'])
    out = [f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=__CS__"></head>',
           f'<body><div style="font-family: {font}; font-size: 11pt">']
    for p in paras:
        if p.startswith('> ') or p.startswith('>'):
            q = '<br>\n'.join(html.escape(l.lstrip('> ').rstrip()) for l in p.split('\n'))
            out.append(f'<blockquote style="border-left: 2px solid #99a; padding-left: 8px">{q}</blockquote>')
        else:
            out.append('<p>' + '<br>\n'.join(html.escape(l) for l in p.split('\n')) + '</p>')
    out.append('</div></body></html>')
    return '\n'.join(out) + '\n'


def wrap_long_lines(s, width=900):
    out = []
    for line in s.split('\n'):
        while len(line) > width:
            cut = line.rfind(' ', 0, width)
            cut = cut if cut > 0 else width
            out.append(line[:cut])
            line = line[cut:].lstrip(' ')
        out.append(line)
    return '\n'.join(out)


def encode_body(text, charset, cte):
    data = text.encode(charset)
    if cte == '7bit':
        assert all(b < 128 for b in data)
        return wrap_long_lines(text).encode('ascii')
    if cte == '8bit':
        return wrap_long_lines(text).encode(charset)
    if cte == 'quoted-printable':
        return quopri.encodestring(data)
    if cte == 'base64':
        return base64.encodebytes(data)
    raise ValueError(cte)


def qparam(k, v):
    if re.fullmatch(r'[A-Za-z0-9!#$&+.^_`|~-]+', v):
        return f'{k}={v}'
    return f'{k}="{v}"'


def fold_params(ctype, params):
    s = ctype
    for k, v in params:
        piece = k + '=' + v if '*' in k else qparam(k, v)
        if len(s.split('\n')[-1]) + len(piece) > 70:
            s += ';\n\t' + piece
        else:
            s += '; ' + piece
    return s


def filename_params(att, key='filename'):
    fn = att.filename
    if att.rfc2231 or any(ord(c) > 127 for c in fn):
        return [(key + '*', encode_rfc2231(fn, 'utf-8'))]
    return [(key, fn)]


class Builder:
    def __init__(self, rng, tag):
        self.rng, self.tag, self.nb = rng, tag, 0
        self.style = rng.randrange(4)

    def boundary(self):
        self.nb += 1
        h = hashlib.sha256(f'{self.tag}/{self.nb}'.encode()).hexdigest()
        if self.style == 0:
            return f'----=_Part_{int(h[:6], 16) % 90000 + 10000}_{int(h[6:15], 16)}.{int(h[15:25], 16)}'
        if self.style == 1:
            return f'Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:28].upper()}'
        if self.style == 2:
            return f'_00{self.nb}_{h[:32].upper()}_'
        return f'=_rsbe_{h[:20]}'

    def text_part(self, text, subtype, charset, cte, extra_params=()):
        if subtype == 'html':
            text = text.replace('__CS__', charset)
        params = [('charset', charset)] + list(extra_params)
        hdrs = [('Content-Type', fold_params(f'text/{subtype}', params)), ('Content-Transfer-Encoding', cte)]
        return hdrs, encode_body(text, charset, cte)

    def multipart(self, subtype, parts, preamble=True):
        b = self.boundary()
        hdrs = [('Content-Type', fold_params(f'multipart/{subtype}', [('boundary', b)]))]
        body = b''
        if preamble and subtype == 'mixed' and self.rng.random() < 0.5:
            body += b'This is a multi-part message in MIME format.\n'
        for ph, pb in parts:
            body += b'\n--' + b.encode() + b'\n' + render_headers(ph) + b'\n' + pb
            if not pb.endswith(b'\n'):
                body += b'\n'
        body += b'\n--' + b.encode() + b'--\n'
        return hdrs, body

    def attachment(self, att, cs_default):
        rng = self.rng
        disp = 'inline' if att.inline else 'attachment'
        ctype_params = []
        if att.ctype.startswith('text/'):
            cs = att.charset or cs_default
            ctype_params.append(('charset', cs))
        if att.ctype == 'text/calendar':
            ctype_params.append(('method', 'REQUEST'))
        if rng.random() < 0.6 and att.ctype != 'message/rfc822':
            ctype_params += filename_params(att, 'name')
        hdrs = [('Content-Type', fold_params(att.ctype, ctype_params))]
        if att.ctype == 'message/rfc822':
            data = att.data if isinstance(att.data, bytes) else att.data.encode('utf-8')
            cte = '8bit' if any(b > 127 for b in data) else '7bit'
            hdrs.append(('Content-Disposition', fold_params(disp, filename_params(att))))
            if rng.random() < 0.5:
                hdrs.append(('Content-Transfer-Encoding', cte))
            return hdrs, data
        hdrs.append(('Content-Disposition', fold_params(disp, filename_params(att))))
        if isinstance(att.data, str):
            cs = att.charset or cs_default
            cte = att.cte or pick(rng, ['quoted-printable', 'base64', '8bit'])
            if cte in ('8bit', '7bit') and all(ord(c) < 128 for c in att.data):
                cte = '7bit'
            elif cte == '7bit':
                cte = 'quoted-printable'
            hdrs.append(('Content-Transfer-Encoding', cte))
            return hdrs, encode_body(att.data, cs, cte)
        hdrs.append(('Content-Transfer-Encoding', 'base64'))
        return hdrs, base64.encodebytes(att.data)


def render_headers(hdrs):
    out = []
    for k, v in hdrs:
        out.append(f'{k}: {v}\n')
    return ''.join(out).encode('ascii')


def enc_header_text(s, charset, rng):
    if all(ord(c) < 128 for c in s):
        return s
    cs = charset if charset in ('iso-8859-1', 'windows-1252') else 'utf-8'
    try:
        s.encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
    return Header(s, cs, header_name='Subject').encode(linesep='\n')


def enc_addr(name, addr, charset):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        return formataddr((name, addr))
    cs = charset if charset in ('iso-8859-1', 'windows-1252') else 'utf-8'
    try:
        name.encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
    return formataddr((name, addr), charset=cs)


def choose_charset(rng, texts, lang, force_utf8):
    alltext = ''.join(texts)
    ascii_ok = all(ord(c) < 128 for c in alltext)
    if force_utf8:
        return 'utf-8'
    opts = ['utf-8', 'utf-8', 'utf-8', 'iso-8859-1', 'windows-1252']
    if ascii_ok:
        opts += ['us-ascii', 'us-ascii', 'us-ascii']
    for _ in range(6):
        cs = pick(rng, opts)
        try:
            alltext.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return 'utf-8'


def choose_cte(rng, text, charset):
    if charset == 'us-ascii':
        return pick(rng, ['7bit', '7bit', '7bit', 'quoted-printable'])
    ascii_ok = all(ord(c) < 128 for c in text)
    if ascii_ok:
        return pick(rng, ['7bit', 'quoted-printable', 'base64'])
    return pick(rng, ['8bit', 'quoted-printable', 'quoted-printable', 'base64'])


def build(mail, rng, tag, when, msgid):
    """Return the message bytes for a Mail."""
    b = Builder(rng, tag)
    texts = [mail.text or '', mail.html or '', mail.subject]
    cs = choose_charset(rng, texts, mail.lang, mail.force_utf8)
    mode = mail.prefer or pick(rng, ['plain', 'plain', 'plain', 'alt', 'alt', 'html'])
    if mode == 'plain' and mail.text is None:
        mode = 'html'
    html_body = mail.html
    if mode in ('alt', 'html') and html_body is None:
        html_body = text_to_html(mail.text, rng)
    if mode == 'alt' and mail.text is None:
        mode = 'html'
    parts_body = None
    if mode == 'plain':
        flowed = [('format', 'flowed')] if rng.random() < 0.15 else []
        parts_body = b.text_part(mail.text, 'plain', cs, choose_cte(rng, mail.text, cs), flowed)
    elif mode == 'html':
        parts_body = b.text_part(html_body, 'html', cs, choose_cte(rng, html_body, cs))
    else:
        cte = choose_cte(rng, mail.text + html_body, cs)
        p1 = b.text_part(mail.text, 'plain', cs, cte)
        p2 = b.text_part(html_body, 'html', cs, cte if rng.random() < 0.7 else choose_cte(rng, html_body, cs))
        parts_body = b.multipart('alternative', [p1, p2])
    if mail.attachments:
        parts = [parts_body] + [b.attachment(a, cs) for a in mail.attachments]
        top_h, top_b = b.multipart('mixed', parts)
    else:
        top_h, top_b = parts_body
    sname, saddr = mail.sender
    hdrs = [('From', enc_addr(sname, saddr, cs)),
            ('To', ', '.join(enc_addr(n, a, cs) for n, a in mail.to))]
    if mail.cc:
        hdrs.append(('Cc', ', '.join(enc_addr(n, a, cs) for n, a in mail.cc)))
    hdrs.append(('Subject', enc_header_text(mail.subject, cs, rng)))
    hdrs.append(('Date', format_datetime(when)))
    hdrs.append(('Message-ID', msgid))
    if mail.in_reply_to:
        hdrs.append(('In-Reply-To', mail.in_reply_to))
        hdrs.append(('References', mail.references or mail.in_reply_to))
    hdrs += mail.extra_headers
    hdrs.append(('MIME-Version', '1.0'))
    if rng.random() < 0.4:
        hdrs.append(('X-Mailer', pick(rng, ['Microsoft Outlook 16.0', 'Apple Mail (2.3776)', 'Zimbra 9.0.0_GA',
                                            'Mozilla Thunderbird 128.6', 'Roundcube Webmail/1.6.9'])))
    if rng.random() < 0.3:
        hdrs.append(('Content-Language', 'fr-CA' if mail.lang == 'fr' else 'en-CA'))
    raw = render_headers(hdrs + top_h) + b'\n' + top_b
    return raw


def finish_eol(raw, crlf):
    raw = raw.replace(b'\r\n', b'\n')
    return raw.replace(b'\n', b'\r\n') if crlf else raw


def simple_eml(sender, to, subject, date, msgid, text, charset='utf-8', cte='8bit', lang='fr'):
    """A small self-contained message (for attached .eml / message/rfc822 parts)."""
    cte = '7bit' if all(ord(c) < 128 for c in text) and cte == '8bit' else cte
    hdrs = [('From', enc_addr(sender[0], sender[1], charset)), ('To', enc_addr(to[0], to[1], charset)),
            ('Subject', enc_header_text(subject, charset, None)), ('Date', format_datetime(date)),
            ('Message-ID', msgid), ('MIME-Version', '1.0'),
            ('Content-Type', f'text/plain; charset={charset}'), ('Content-Transfer-Encoding', cte)]
    return render_headers(hdrs) + b'\n' + encode_body(text, charset, cte)
