"""Hand-assembled MIME messages with controlled charsets, encodings and line ends."""
import base64
import email.utils
import html as htmlmod
import quopri
import re
import urllib.parse

TOKEN_RE = re.compile(r'^[A-Za-z0-9!#$%&\'*+.^_`|~-]+$')
PHRASE_OK = re.compile(r'^[A-Za-z0-9 !#$%&\'*+/=?^_`{|}~-]+$')


# ---------------------------------------------------------------- headers

def encoded_words(text, charset, mode, first_len=60):
    """Split text into RFC 2047 encoded words of at most 75 characters."""
    words, cur = [], ''

    def enc(s):
        b = s.encode(charset)
        if mode == 'B':
            payload = base64.b64encode(b).decode('ascii')
        else:
            payload = ''.join(chr(c) if (chr(c).isalnum() and c < 128) or chr(c) in '!*+-/' else
                              ('_' if c == 32 else '=%02X' % c) for c in b)
        return '=?%s?%s?%s?=' % (charset, mode, payload)

    limit = first_len
    for ch in text:
        if len(enc(cur + ch)) > min(75, limit) and cur:
            cut = cur.rfind(' ')
            if cut > 0:
                # break before a space; the space travels (encoded) with the next word
                words.append(enc(cur[:cut]))
                cur = cur[cut:]
            else:
                words.append(enc(cur))
                cur = ''
            limit = 75
        cur += ch
    if cur:
        words.append(enc(cur))
    return words


def fold_plain(name, value):
    """Fold an ASCII header at spaces to keep lines under 78 characters."""
    line = name + ': '
    out = []
    for w in value.split(' '):
        cand = (line + ' ' + w) if not line.endswith(': ') else line + w
        if len(cand) > 76 and not line.endswith(': '):
            out.append(line)
            line = ' ' + w
        else:
            line = cand
    out.append(line)
    return '\n'.join(out)


def header_text(name, value, rng, force=None):
    """Unstructured header (Subject); returns (line, encoded?)."""
    ascii_ok = all(ord(c) < 128 for c in value)
    if ascii_ok and not force:
        return fold_plain(name, value), False
    charset = 'utf-8'
    try:
        value.encode('iso-8859-1')
        if rng.random() < 0.35:
            charset = 'iso-8859-1'
    except UnicodeEncodeError:
        pass
    mode = force or rng.choice(['B', 'Q'])
    words = encoded_words(value, charset, mode, first_len=75 - len(name) - 2)
    return name + ': ' + '\n '.join(words), True


def fmt_addr(display, addr, rng):
    if not display:
        return '<%s>' % addr if rng.random() < 0.5 else addr, False
    if any(ord(c) > 127 for c in display):
        charset = 'utf-8' if rng.random() < 0.7 else 'iso-8859-1'
        try:
            display.encode(charset)
        except UnicodeEncodeError:
            charset = 'utf-8'
        words = encoded_words(display, charset, rng.choice(['B', 'Q']), first_len=75)
        return '%s <%s>' % (' '.join(words), addr), True
    if PHRASE_OK.match(display) and rng.random() < 0.6 and "'" not in display:
        return '%s <%s>' % (display, addr), False
    return '"%s" <%s>' % (display.replace('\\', '\\\\').replace('"', '\\"'), addr), False


def addr_header(name, people, rng):
    items, enc = [], False
    for d, a in people:
        s, e = fmt_addr(d, a, rng)
        items.append(s)
        enc = enc or e
    return name + ': ' + ',\n '.join(items), enc


def param(key, value, rng, style=None):
    """A MIME parameter; returns (text, style_used)."""
    ascii_ok = all(ord(c) < 128 for c in value)
    if style is None:
        if ascii_ok:
            style = 'rfc2231' if rng.random() < 0.15 else ('token' if TOKEN_RE.match(value) and rng.random() < 0.3 else 'quoted')
        else:
            style = 'rfc2231' if rng.random() < 0.6 else 'rfc2047'
    if style == 'token' and TOKEN_RE.match(value):
        return '%s=%s' % (key, value), 'token'
    if style == 'quoted' or (style == 'token'):
        return '%s="%s"' % (key, value.replace('"', '\\"')), 'quoted'
    if style == 'rfc2047':
        words = encoded_words(value, 'utf-8', rng.choice(['B', 'Q']), first_len=70)
        return '%s="%s"' % (key, ' '.join(words)), 'rfc2047'
    # RFC 2231, with continuations when long
    cs = 'utf-8' if not ascii_ok else rng.choice(['utf-8', 'us-ascii'])
    quoted = urllib.parse.quote(value.encode('utf-8'), safe='')
    if len(quoted) <= 40:
        return "%s*=%s''%s" % (key, cs, quoted), 'rfc2231'
    units = re.findall(r'%[0-9A-F]{2}|.', quoted)
    chunks, cur = [], ''
    for u in units:
        if len(cur) + len(u) > 45:
            chunks.append(cur)
            cur = ''
        cur += u
    if cur:
        chunks.append(cur)
    if len(chunks) == 1:
        return "%s*=%s''%s" % (key, cs, quoted), 'rfc2231'
    parts = []
    for n, ch in enumerate(chunks):
        if n == 0:
            parts.append("%s*0*=%s''%s" % (key, cs, ch))
        else:
            parts.append('%s*%d*=%s' % (key, n, ch))
    return ';\n '.join(parts), 'rfc2231'


# ---------------------------------------------------------------- bodies

def text_to_html(text, charset, rng, entities=False):
    paras = re.split(r'\n\s*\n', text.strip('\n'))
    out = []
    for p in paras:
        lines = p.split('\n')
        if all(l.startswith('>') for l in lines):
            inner = '<br>\n'.join(htmlmod.escape(l.lstrip('>').lstrip(' ')) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        elif len(lines) > 1 and all('|' in l for l in lines):
            rows = []
            for k, l in enumerate(lines):
                cells = [c.strip() for c in l.strip('|').split('|')]
                tag = 'th' if k == 0 else 'td'
                rows.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, htmlmod.escape(c), tag) for c in cells) + '</tr>')
            out.append('<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">\n%s\n</table>' % '\n'.join(rows))
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(htmlmod.escape(l, quote=False) for l in lines))
    body = '\n'.join(out)
    if entities:
        body = ''.join(c if ord(c) < 128 else '&#%d;' % ord(c) for c in body)
    font = rng.choice(['Calibri,sans-serif', 'Arial,Helvetica,sans-serif', 'Segoe UI,sans-serif', 'Georgia,serif'])
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
            '<body>\n<div style="font-family:%s;font-size:11pt">\n%s\n</div>\n</body>\n</html>\n') % (charset, font, body)


def html_to_text(h):
    t = re.sub(r'(?is)<(head|style|script).*?</\1>', '', h)
    t = re.sub(r'(?i)<br\s*/?>', '\n', t)
    t = re.sub(r'(?i)</(p|div|tr|h\d|li|blockquote)>', '\n', t)
    t = re.sub(r'(?i)</t[dh]>', '\t', t)
    t = re.sub(r'<[^>]+>', '', t)
    t = htmlmod.unescape(t)
    t = re.sub(r'\n{3,}', '\n\n', t)
    return t.strip() + '\n'


def choose_charset(lang, rng):
    r = rng.random()
    if lang == 'fr':
        return 'utf-8' if r < 0.5 else ('iso-8859-1' if r < 0.75 else 'windows-1252')
    return 'utf-8' if r < 0.4 else ('us-ascii' if r < 0.7 else ('iso-8859-1' if r < 0.8 else 'windows-1252'))


def encode_text(content, charset, cte, rng):
    """Return (charset, cte, body_bytes) for a text part."""
    content = content.replace('\r\n', '\n').replace('\r', '\n')
    if not content.endswith('\n'):
        content += '\n'
    try:
        raw = content.encode(charset)
    except UnicodeEncodeError:
        charset = 'utf-8'
        raw = content.encode(charset)
    is_ascii = all(b < 128 for b in raw)
    if cte is None:
        r = rng.random()
        if is_ascii:
            cte = '7bit' if r < 0.6 else ('quoted-printable' if r < 0.85 else 'base64')
        else:
            cte = '8bit' if r < 0.35 else ('quoted-printable' if r < 0.75 else 'base64')
    if cte == '7bit' and not is_ascii:
        cte = 'quoted-printable'
    longest = max(len(l) for l in raw.split(b'\n'))
    if cte in ('7bit', '8bit') and longest > 900:
        cte = 'quoted-printable'
    if cte in ('7bit', '8bit'):
        body = raw
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw, quotetabs=False)
        if not body.endswith(b'\n'):
            body += b'\n'
    else:
        body = base64.encodebytes(raw.replace(b'\n', b'\r\n'))
    return charset, cte, body


# ---------------------------------------------------------------- assembly

class Builder:
    def __init__(self, rng, domain):
        self.rng = rng
        self.domain = domain
        self.bstyle = rng.randint(0, 3)
        self.nb = 0

    def boundary(self):
        r = self.rng
        self.nb += 1
        if self.bstyle == 0:
            return '----=_NextPart_%03d_%04X_%08X.%08X' % (self.nb - 1, r.getrandbits(16), r.getrandbits(32), r.getrandbits(32))
        if self.bstyle == 1:
            return '%028x' % r.getrandbits(112)
        if self.bstyle == 2:
            return 'Apple-Mail=_%08X-%04X-%04X-%04X-%012X' % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(48))
        return '=_b%d_%016x' % (self.nb, r.getrandbits(64))

    def ctype_line(self, ctype, params):
        q = self.rng.random() < 0.5
        s = 'Content-Type: ' + ctype
        for k, v in params:
            if k == 'charset' and not q:
                s += '; charset=' + v
            elif k in ('name', 'name*'):
                s += ';\n ' + v
            else:
                s += '; %s="%s"' % (k, v) if k != 'raw' else '; ' + v
        return s

    def text_part(self, content, subtype, charset, cte=None):
        charset, cte, body = encode_text(content, charset, cte, self.rng)
        heads = [self.ctype_line('text/' + subtype, [('charset', charset)]),
                 'Content-Transfer-Encoding: ' + cte]
        return heads, body

    def multipart(self, subtype, children, preamble=False):
        b = self.boundary()
        heads = ['Content-Type: multipart/%s;\n boundary="%s"' % (subtype, b)]
        out = b''
        if preamble:
            out += b'This is a multi-part message in MIME format.\n\n'
        for ch_heads, ch_body in children:
            out += ('--%s\n' % b).encode('ascii')
            out += ('\n'.join(ch_heads) + '\n\n').encode('ascii')
            out += ch_body
            if not out.endswith(b'\n'):
                out += b'\n'
            out += b'\n'
        out += ('--%s--\n' % b).encode('ascii')
        return heads, out

    def attachment(self, a, lang):
        rng = self.rng
        fname = a['filename']
        fstyle = a.get('fname_style')
        disp_name, used = param('filename', fname, rng, fstyle)
        name_param, _ = param('name', fname, rng, used if used != 'token' else 'quoted')
        disp = 'Content-Disposition: %s;\n %s' % (a.get('disposition', 'attachment'), disp_name)
        if a['kind'] == 'eml':
            body = a['bytes']
            cte = '7bit' if all(c < 128 for c in body) else '8bit'
            heads = ['Content-Type: message/rfc822', 'Content-Transfer-Encoding: ' + cte, disp]
            return heads, body
        if a.get('text') is not None:
            charset = a.get('charset') or ('utf-8' if rng.random() < 0.7 else ('windows-1252' if lang == 'fr' else 'us-ascii'))
            charset, cte, body = encode_text(a['text'], charset, a.get('cte'), rng)
            main, _, extra = a['ctype'].partition(';')
            line = 'Content-Type: %s; charset=%s%s;\n %s' % (main, charset, (';' + extra) if extra else '', name_param)
            return [line, 'Content-Transfer-Encoding: ' + cte, disp], body
        body = base64.encodebytes(a['data'])
        line = 'Content-Type: %s;\n %s' % (a['ctype'], name_param)
        return [line, 'Content-Transfer-Encoding: base64', disp], body


MAILERS = ['X-Mailer: Microsoft Outlook 16.0', 'User-Agent: Mozilla Thunderbird 115.6', 'X-Mailer: Apple Mail (2.3774)',
           'X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF121 (Win))', None, None]


def build(spec, nested=False):
    """Serialise a message spec into bytes (LF line ends; caller converts)."""
    rng = spec['rng']
    lang = spec['lang']
    frm_addr = spec['frm'][1]
    domain = frm_addr.split('@')[1]
    bld = Builder(rng, domain)
    feats = {}

    text, html = spec.get('text'), spec.get('html')
    mode = spec.get('body')
    if mode is None:
        r = rng.random()
        mode = 'plain' if r < 0.4 else ('alt' if r < 0.75 else 'html')
    charset = spec.get('charset') or choose_charset(lang, rng)
    entities = rng.random() < 0.2
    if mode in ('html', 'alt') and html is None:
        hcs = charset
        if entities:
            hcs = 'us-ascii' if rng.random() < 0.5 else charset
        html = text_to_html(text, hcs, rng, entities=entities)
        html_cs = hcs
    else:
        html_cs = charset
        if html is not None:
            html = html.replace('%CHARSET%', charset)
    if mode == 'plain' and text is None:
        text = html_to_text(html)
    if mode == 'alt' and text is None:
        text = html_to_text(html)

    if mode == 'plain':
        body = bld.text_part(text, 'plain', charset)
    elif mode == 'html':
        body = bld.text_part(html, 'html', html_cs)
    else:
        cte = None if rng.random() < 0.5 else 'same'
        p1 = bld.text_part(text, 'plain', charset)
        same = p1[0][1].split(': ')[1] if cte == 'same' else None
        p2 = bld.text_part(html, 'html', html_cs, same)
        body = bld.multipart('alternative', [p1, p2])

    atts = spec.get('attachments') or []
    if atts:
        children = [body]
        for a in atts:
            if a['kind'] == 'eml' and 'bytes' not in a:
                a = dict(a)
                a['bytes'] = build(a['spec'], nested=True)
            children.append(bld.attachment(a, lang))
        body = bld.multipart('mixed', children, preamble=rng.random() < 0.5)

    heads = []
    line, _ = addr_header('From', [spec['frm']], rng)
    heads.append(line)
    line, _ = addr_header('To', spec['to'], rng)
    heads.append(line)
    if spec.get('cc'):
        line, _ = addr_header('Cc', spec['cc'], rng)
        heads.append(line)
    force = None
    if all(ord(c) < 128 for c in spec['subject']) and rng.random() < 0.08:
        force = 'Q'
    line, _ = header_text('Subject', spec['subject'], rng, force)
    heads.append(line)
    heads.append('Date: ' + email.utils.format_datetime(spec['date']))
    heads.append('Message-ID: <%s.%08x@%s>' % (spec['date'].strftime('%Y%m%d%H%M%S'), rng.getrandbits(32), domain))
    for k, v in spec.get('headers') or []:
        heads.append('%s: %s' % (k, v))
    mailer = rng.choice(MAILERS)
    if mailer:
        heads.append(mailer)
    if rng.random() < 0.4:
        heads.append('Content-Language: ' + ('fr-CA' if lang == 'fr' else 'en-CA'))
    heads.append('MIME-Version: 1.0')
    heads.extend(body[0])
    raw = ('\n'.join(heads) + '\n\n').encode('ascii') + body[1]
    return raw


def finalize(raw, crlf):
    assert b'\r' not in raw
    return raw.replace(b'\n', b'\r\n') if crlf else raw
