"""Hand-rolled, deterministic MIME composer (boundaries, encodings and line endings under our control)."""
import base64
import html as htmlmod
import quopri
import urllib.parse

CHARSETS = ['utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii']


def _is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def _can(s, cs):
    try:
        s.encode(cs)
        return True
    except (UnicodeEncodeError, LookupError):
        return False


# ---------------------------------------------------------------- headers
def encoded_words(s, charset='utf-8', mode='B'):
    """Split s into RFC 2047 encoded words (each <= 75 chars), joined by folding whitespace."""
    if not _can(s, charset):
        charset = 'utf-8'
    words, cur = [], ''
    limit = 40 if mode == 'B' else 22
    for ch in s:
        if len((cur + ch).encode(charset)) > limit:
            words.append(cur)
            cur = ''
        cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        raw = w.encode(charset)
        if mode == 'B':
            out.append('=?%s?B?%s?=' % (charset, base64.b64encode(raw).decode('ascii')))
        else:
            enc = ''
            for b in raw:
                c = chr(b)
                if c == ' ':
                    enc += '_'
                elif c.isalnum() and b < 128:
                    enc += c
                else:
                    enc += '=%02X' % b
            out.append('=?%s?Q?%s?=' % (charset, enc))
    return '\n '.join(out)


def hdr_text(s, charset='utf-8', mode='B'):
    if _is_ascii(s):
        return fold_ascii(s)
    return encoded_words(s, charset, mode)


def fold_ascii(s, width=76):
    if len(s) <= width:
        return s
    words = s.split(' ')
    lines, cur = [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\n '.join(lines)


def hdr_addr(name, addr, charset='utf-8', mode='B'):
    if not name:
        return addr
    if _is_ascii(name):
        if any(c in name for c in ',.;:()<>@"[]'):
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return '%s <%s>' % (name, addr)
    # Q-encoded words split inside a display name are re-joined with a stray space by some parsers: use B there.
    return '%s <%s>' % (encoded_words(name, charset, 'B'), addr)


def hdr_addrs(lst, charset='utf-8', mode='B'):
    return ',\n '.join(hdr_addr(n, a, charset, mode) for n, a in lst)


# ---------------------------------------------------------------- bodies
def encode_body(text, charset, cte):
    """Return (charset, cte, payload_str) for a text body."""
    if charset == 'us-ascii' and not _is_ascii(text):
        charset = 'windows-1252' if _can(text, 'windows-1252') else 'utf-8'
    if not _can(text, charset):
        charset = 'windows-1252' if _can(text, 'windows-1252') else 'utf-8'
    raw = text.encode(charset)
    if cte == '7bit' and not _is_ascii(text):
        cte = 'quoted-printable'
    if cte in ('7bit', '8bit'):
        if any(len(l) > 900 for l in raw.split(b'\n')):
            cte = 'quoted-printable'
    if cte in ('7bit', '8bit'):
        return charset, cte, raw
    if cte == 'quoted-printable':
        return charset, cte, quopri.encodestring(raw)
    return charset, 'base64', base64.encodebytes(raw)


def b64(data):
    return base64.encodebytes(data)


# ---------------------------------------------------------------- text -> html
def text_to_html(text, rng, title=None):
    lines = text.split('\n')
    out = []
    i = 0
    in_quote = False
    para = []

    def flush():
        if para:
            out.append('<p>' + '<br>\n'.join(htmlmod.escape(x) for x in para) + '</p>')
            para.clear()

    while i < len(lines):
        ln = lines[i]
        if ln.startswith('>'):
            flush()
            if not in_quote:
                out.append('<blockquote style="border-left:2px solid #999;padding-left:6px;margin-left:4px">')
                in_quote = True
            out.append(htmlmod.escape(ln.lstrip('> ').rstrip()) + '<br>')
            i += 1
            continue
        elif in_quote:
            out.append('</blockquote>')
            in_quote = False
        if ' | ' in ln:
            flush()
            rows = []
            while i < len(lines) and ' | ' in lines[i]:
                rows.append([c.strip() for c in lines[i].split(' | ')])
                i += 1
            tab = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
            for k, r in enumerate(rows):
                tag = 'th' if k == 0 else 'td'
                tab.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, htmlmod.escape(c), tag) for c in r) + '</tr>')
            tab.append('</table>')
            out.append('\n'.join(tab))
            continue
        if not ln.strip():
            flush()
        else:
            para.append(ln)
        i += 1
    flush()
    if in_quote:
        out.append('</blockquote>')
    font = rng.choice(['Calibri, sans-serif', 'Arial, Helvetica, sans-serif', 'Segoe UI, sans-serif',
                       'Verdana, sans-serif', 'Times New Roman, serif'])
    style = rng.choice(['outlook', 'plain', 'gmail'])
    body = '\n'.join(out)
    if style == 'outlook':
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style>p.MsoNormal{margin:0cm;font-family:%s;font-size:11pt}</style>\n</head>\n'
                '<body lang="FR-CA">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (font, body))
    if style == 'gmail':
        return '<div dir="ltr" style="font-family:%s">\n%s\n</div>\n' % (font, body)
    return ('<!DOCTYPE html>\n<html><head><title>%s</title></head>\n<body style="font-family:%s">\n%s\n'
            '</body></html>\n' % (htmlmod.escape(title or ''), font, body))


# ---------------------------------------------------------------- attachments
def disp_params(filename, style):
    """Content-Type name / Content-Disposition filename parameters in the requested style."""
    if style == 'plain' and not _is_ascii(filename):
        style = '2231'
    if style == 'plain':
        return 'name="%s"' % filename, 'filename="%s"' % filename
    if style == '2047':
        ew = encoded_words(filename, 'utf-8', 'B').replace('\n ', '')
        return 'name="%s"' % ew, 'filename="%s"' % ew
    q = urllib.parse.quote(filename.encode('utf-8'), safe='')
    if style == '2231cont' and len(q) > 30:
        parts = [q[i:i + 30] for i in range(0, len(q), 30)]
        # keep percent escapes intact
        fixed, carry = [], ''
        for p in parts:
            p = carry + p
            carry = ''
            k = p.rfind('%')
            if k >= len(p) - 2 and k != -1:
                carry = p[k:]
                p = p[:k]
            fixed.append(p)
        if carry:
            fixed[-1] += carry
        segs = []
        for n, p in enumerate(fixed):
            if n == 0:
                segs.append("filename*0*=utf-8''%s" % p)
            else:
                segs.append('filename*%d*=%s' % (n, p))
        return "name*=utf-8''%s" % q, ';\n '.join(segs)
    return "name*=utf-8''%s" % q, "filename*=utf-8''%s" % q


class Part:
    def __init__(self, headers, payload=None, children=None, boundary=None):
        self.headers = headers      # list of (name, value)
        self.payload = payload      # bytes
        self.children = children or []
        self.boundary = boundary

    def to_bytes(self):
        out = []
        for k, v in self.headers:
            out.append(('%s: %s\n' % (k, v)).encode('ascii'))
        out.append(b'\n')
        if self.children:
            out.append(b'This is a multi-part message in MIME format.\n\n')
            for c in self.children:
                out.append(('--%s\n' % self.boundary).encode('ascii'))
                out.append(c.to_bytes())
                if not out[-1].endswith(b'\n'):
                    out.append(b'\n')
            out.append(('--%s--\n' % self.boundary).encode('ascii'))
        else:
            p = self.payload
            out.append(p)
            if p and not p.endswith(b'\n'):
                out.append(b'\n')
        return b''.join(out)


def text_part(text, subtype, charset, cte):
    cs, cte2, payload = encode_body(text, charset, cte)
    return Part([('Content-Type', 'text/%s; charset="%s"' % (subtype, cs)),
                 ('Content-Transfer-Encoding', cte2)], payload)


def att_part(att, rng):
    """att: dict(filename, ctype, data(bytes) | text(str), style, cte, charset, inline)."""
    fn = att['filename']
    style = att.get('style') or rng.choice(['plain', 'plain', '2231', '2231cont', '2047'])
    nparam, fparam = disp_params(fn, style)
    disp = 'inline' if att.get('inline') else 'attachment'
    ctype = att['ctype']
    if ctype == 'message/rfc822':
        hdrs = [('Content-Type', 'message/rfc822; %s' % nparam) if fn else ('Content-Type', 'message/rfc822'),
                ('Content-Disposition', '%s; %s' % (disp, fparam) if fn else disp)]
        data = att['data']
        if not all(b < 128 for b in data):
            hdrs.append(('Content-Transfer-Encoding', '8bit'))
        return Part(hdrs, data)
    if 'text' in att:
        cs, cte, payload = encode_body(att['text'], att.get('charset', 'utf-8'), att.get('cte', 'base64'))
        extra = att.get('ctype_extra', '')
        hdrs = [('Content-Type', '%s; charset="%s"%s; %s' % (ctype, cs, extra, nparam)),
                ('Content-Transfer-Encoding', cte),
                ('Content-Disposition', '%s; %s' % (disp, fparam))]
        return Part(hdrs, payload)
    hdrs = [('Content-Type', '%s; %s' % (ctype, nparam)),
            ('Content-Transfer-Encoding', 'base64'),
            ('Content-Disposition', '%s; %s' % (disp, fparam))]
    return Part(hdrs, b64(att['data']))


def boundary(rng):
    st = rng.randrange(4)
    h = ''.join(rng.choice('0123456789ABCDEF') for _ in range(16))
    if st == 0:
        return '----=_NextPart_000_%s' % h[:4] + '_01DA' + h[4:12]
    if st == 1:
        return '------------%s' % ''.join(rng.choice('0123456789') for _ in range(24))
    if st == 2:
        return 'Apple-Mail=_%s-%s-%s' % (h[:8], h[8:12], h[12:])
    return '_%03d_%s_' % (rng.randrange(1000), h.lower())


MAILERS = ['Microsoft Outlook 16.0', 'Mozilla Thunderbird 115.9', 'Apple Mail (2.3774)', None, None,
           'Microsoft Exchange Server 2019', 'Zimbra 9.0 (ZimbraWebClient)']


def build(msg, rng):
    """msg: dict with frm (name, addr), to [(n,a)], cc, subject, date, text, html(optional), atts, t (transport)."""
    t = msg['t']
    cs = t.get('charset', 'utf-8')
    mode = t.get('hmode', 'B')
    hcs = t.get('hcharset', 'utf-8')
    headers = []
    headers.append(('From', hdr_addr(msg['frm'][0], msg['frm'][1], hcs, mode)))
    headers.append(('To', hdr_addrs(msg['to'], hcs, mode)))
    if msg.get('cc'):
        headers.append(('Cc', hdr_addrs(msg['cc'], hcs, mode)))
    headers.append(('Subject', hdr_text(msg['subject'], hcs, mode)))
    headers.append(('Date', msg['date']))
    headers.append(('Message-ID', msg['msgid']))
    if msg.get('reply_to_id'):
        headers.append(('In-Reply-To', msg['reply_to_id']))
        headers.append(('References', msg['reply_to_id']))
    mailer = msg.get('mailer', rng.choice(MAILERS))
    if mailer:
        headers.append(('X-Mailer', mailer))
    if msg.get('extra_headers'):
        headers.extend(msg['extra_headers'])
    headers.append(('MIME-Version', '1.0'))

    kind = t['kind']
    text = msg.get('text')
    html = msg.get('html')
    if html is None and kind in ('html', 'alt') or (kind == 'mixed' and t.get('body') in ('html', 'alt') and html is None):
        html = text_to_html(text, rng, msg.get('html_title', msg['subject']))
    cte = t.get('cte', '8bit')
    hcte = t.get('html_cte', cte)

    def body_part(which):
        if which == 'text':
            return text_part(text, 'plain', cs, cte)
        if which == 'html':
            return text_part(html, 'html', cs, hcte)
        return Part([('Content-Type', 'multipart/alternative;\n boundary="%s"' % None)], None)

    def alt():
        b = boundary(rng)
        return Part([('Content-Type', 'multipart/alternative;\n boundary="%s"' % b)], None,
                    [text_part(text, 'plain', cs, cte), text_part(html, 'html', cs, hcte)], b)

    if kind == 'text':
        root = text_part(text, 'plain', cs, cte)
    elif kind == 'html':
        root = text_part(html, 'html', cs, hcte)
    elif kind == 'alt':
        root = alt()
    else:
        bk = t.get('body', 'text')
        first = alt() if bk == 'alt' else text_part(text if bk == 'text' else html, 'plain' if bk == 'text' else 'html', cs,
                                                      cte if bk == 'text' else hcte)
        b = boundary(rng)
        kids = [first] + [att_part(a, rng) for a in msg.get('atts', [])]
        root = Part([('Content-Type', 'multipart/mixed;\n boundary="%s"' % b)], None, kids, b)
    root.headers = headers + root.headers
    data = root.to_bytes()
    if t.get('crlf'):
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data
