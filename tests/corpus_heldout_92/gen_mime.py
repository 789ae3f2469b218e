"""Hand-rolled MIME writer so every transport detail (charset, CTE, line ending,
RFC 2047 / RFC 2231 encodings) is chosen explicitly and deterministically."""
import base64
import email.utils
import html as _html
import quopri
import urllib.parse

LATIN1_MAP = {'\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-',
              '\u2014': '-', '\u2026': '...', '\u0153': 'oe', '\u0152': 'OE', '\u20ac': 'EUR',
              '\u2022': '*', '\u202f': ' ', '\u2192': '->', '\u2265': '>=', '\u2264': '<=',
              '\u2191': '^', '\u2193': 'v', '\u00a0': ' '}


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def sanitize_for(text, charset):
    if charset in ('iso-8859-1', 'us-ascii'):
        for k, v in LATIN1_MAP.items():
            text = text.replace(k, v)
    if charset == 'windows-1252':
        text = text.replace('\u202f', ' ').replace('\u2192', '->').replace('\u2265', '>=').replace('\u2264', '<=')
    return text


def can_encode(text, charset):
    try:
        sanitize_for(text, charset).encode(charset)
        return True
    except UnicodeEncodeError:
        return False


# ---------------------------------------------------------------- headers
_Q_SAFE = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/')


def _q_bytes(b):
    out = []
    for c in b:
        if c == 0x20:
            out.append('_')
        elif c in _Q_SAFE:
            out.append(chr(c))
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def encoded_words(value, charset='utf-8', enc='q'):
    """RFC 2047 encode value into one or more encoded words joined by folding."""
    value = sanitize_for(value, charset) if charset != 'utf-8' else value
    words, cur = [], ''
    prefix = '=?%s?%s?' % (charset, enc.upper())
    limit = 75 - len(prefix) - 2

    def enc_len(s):
        b = s.encode(charset)
        return len(_q_bytes(b)) if enc == 'q' else 4 * ((len(b) + 2) // 3)

    for ch in value:
        if cur and enc_len(cur + ch) > limit:
            words.append(cur)
            cur = ''
        cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(charset)
        payload = _q_bytes(b) if enc == 'q' else base64.b64encode(b).decode('ascii')
        out.append(prefix + payload + '?=')
    return '\n '.join(out)


def header_text(value, rng, charset=None):
    if is_ascii(value):
        return fold_ascii(value)
    cs = charset or rng.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    if not can_encode(value, cs):
        cs = 'utf-8'
    return encoded_words(value, cs, rng.choice(['q', 'b']))


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


def address(name, addr, rng):
    if not name:
        return addr
    if is_ascii(name):
        return email.utils.formataddr((name, addr))
    return '%s <%s>' % (header_text(name, rng), addr)


def address_list(items, rng):
    return ',\n '.join(address(n, a, rng) for n, a in items)


# ---------------------------------------------------------------- bodies
def encode_body(text, charset, cte):
    data = sanitize_for(text, charset).replace('\r\n', '\n').encode(charset)
    if cte in ('7bit', '8bit'):
        if not data.endswith(b'\n'):
            data += b'\n'
        return data
    if cte == 'quoted-printable':
        return quopri.encodestring(data, quotetabs=False)
    if cte == 'base64':
        return base64.encodebytes(data)
    raise ValueError(cte)


def choose_charset_cte(text, lang, rng, charset=None, cte=None):
    if charset is None:
        if is_ascii(text):
            charset = rng.choice(['us-ascii', 'us-ascii', 'utf-8', 'utf-8', 'windows-1252', 'iso-8859-1'])
        else:
            charset = rng.choice(['utf-8', 'utf-8', 'utf-8', 'iso-8859-1', 'windows-1252', 'windows-1252'])
    if not can_encode(text, charset):
        charset = 'utf-8'
    if charset == 'us-ascii' and not is_ascii(text):
        charset = 'utf-8'
    if cte is None:
        if charset == 'us-ascii':
            cte = rng.choice(['7bit', '7bit', '7bit', 'quoted-printable'])
        else:
            cte = rng.choice(['8bit', 'quoted-printable', 'quoted-printable', 'base64'])
    if cte == '7bit' and not is_ascii(sanitize_for(text, charset)):
        cte = '8bit'
    return charset, cte


def leaf(ctype, body, headers=()):
    return {'headers': [('Content-Type', ctype)] + list(headers), 'body': body}


def text_leaf(text, subtype, lang, rng, charset=None, cte=None, extra=()):
    charset, cte = choose_charset_cte(text, lang, rng, charset, cte)
    ct = 'text/%s; charset="%s"' % (subtype, charset) if rng.random() < 0.5 else 'text/%s; charset=%s' % (subtype, charset)
    if subtype == 'plain' and rng.random() < 0.2:
        ct += '; format=flowed'
        if cte not in ('7bit', '8bit'):
            ct = ct.replace('; format=flowed', '')
    return leaf(ct, encode_body(text, charset, cte),
                [('Content-Transfer-Encoding', cte)] + list(extra))


def filename_params(filename, rng, kind='attachment'):
    """Return (content-type name param, disposition string) with RFC 2231 / 2047 as needed."""
    if is_ascii(filename) and len(filename) < 60:
        q = filename.replace('\\', '\\\\').replace('"', '\\"')
        return '; name="%s"' % q, '%s; filename="%s"' % (kind, q)
    style = rng.randrange(4)
    cs = 'utf-8'
    if style == 1 and can_encode(filename, 'iso-8859-1') and sanitize_for(filename, 'iso-8859-1') == filename:
        cs = 'iso-8859-1'
    quoted = urllib.parse.quote(filename.encode(cs), safe='')
    if style == 2 and len(quoted) > 40:
        chunks = [quoted[i:i + 36] for i in range(0, len(quoted), 36)]
        # do not split a %XX escape across continuation boundaries
        fixed, carry = [], ''
        for c in chunks:
            c = carry + c
            carry = ''
            cut = c.rfind('%', max(0, len(c) - 2))
            if cut != -1 and cut > len(c) - 3:
                carry = c[cut:]
                c = c[:cut]
            fixed.append(c)
        if carry:
            fixed.append(carry)
        parts = []
        for i, c in enumerate(fixed):
            parts.append("filename*%d*=%s%s" % (i, ("%s''" % cs) if i == 0 else '', c))
        disp = kind + ';\n ' + ';\n '.join(parts)
        return '; name="%s"' % encoded_words(filename, 'utf-8', 'b').replace('\n ', ' '), disp
    if style == 3:
        ew = encoded_words(filename, 'utf-8', rng.choice(['q', 'b'])).replace('\n ', ' ')
        return ('; name="%s"' % ew,
                "%s;\n filename*=%s''%s" % (kind, cs, quoted))
    return ("; name*=%s''%s" % (cs, quoted), "%s;\n filename*=%s''%s" % (kind, cs, quoted))


def binary_leaf(data, ctype, filename, rng, inline=False):
    nparam, disp = filename_params(filename, rng, 'inline' if inline else 'attachment')
    return leaf(ctype + nparam, base64.encodebytes(data),
                [('Content-Transfer-Encoding', 'base64'), ('Content-Disposition', disp)])


def text_attachment_leaf(text, ctype, filename, lang, rng, charset=None, cte=None):
    charset, cte = choose_charset_cte(text, lang, rng, charset,
                                      cte or rng.choice(['base64', 'quoted-printable', None]))
    nparam, disp = filename_params(filename, rng)
    return leaf('%s; charset=%s%s' % (ctype, charset, nparam), encode_body(text, charset, cte),
                [('Content-Transfer-Encoding', cte), ('Content-Disposition', disp)])


def rfc822_leaf(msg_bytes, rng, filename=None):
    cte = '7bit'
    try:
        msg_bytes.decode('ascii')
    except UnicodeDecodeError:
        cte = '8bit'
    hdrs = [('Content-Transfer-Encoding', cte)]
    if filename:
        _, disp = filename_params(filename, rng)
        hdrs.append(('Content-Disposition', disp))
    elif rng.random() < 0.5:
        hdrs.append(('Content-Disposition', 'inline'))
    return leaf('message/rfc822', msg_bytes.replace(b'\r\n', b'\n'), hdrs)


def multipart(subtype, parts, rng, boundary_seed):
    b = '----=_Part_%s_%06d.%d' % (boundary_seed, rng.randrange(10 ** 6), 1700000000 + rng.randrange(10 ** 8))
    if rng.random() < 0.3:
        b = '=_%032x' % rng.getrandbits(128)
    return {'headers': [('Content-Type', 'multipart/%s;\n boundary="%s"' % (subtype, b))],
            'parts': parts, 'boundary': b}


def serialize(node, preamble=False):
    out = []
    for k, v in node['headers']:
        out.append('%s: %s\n' % (k, v))
    head = ''.join(out).encode('ascii')
    if 'parts' in node:
        b = node['boundary'].encode('ascii')
        body = b'\n'
        if preamble:
            body = b'\nThis is a multi-part message in MIME format.\n\n'
        for p in node['parts']:
            body += b'--' + b + b'\n' + serialize(p)
            if not body.endswith(b'\n'):
                body += b'\n'
        body += b'--' + b + b'--\n'
        return head + body
    return head + b'\n' + node['body']


def text_to_html(text, lang, rng):
    style = rng.randrange(3)
    paras = text.split('\n\n')
    html_paras = []
    for p in paras:
        esc = _html.escape(p).replace('\n', '<br>\n')
        if style == 0:
            html_paras.append('<p class="MsoNormal">%s</p>' % esc)
        elif style == 1:
            html_paras.append('<div>%s</div><div><br></div>' % esc)
        else:
            html_paras.append('<p style="margin:0 0 10px 0">%s</p>' % esc)
    font = rng.choice(['Calibri,sans-serif', 'Arial,Helvetica,sans-serif', 'Segoe UI,sans-serif',
                       'Verdana,sans-serif'])
    lang_attr = 'fr-CA' if lang == 'fr' else 'en-CA'
    return ('<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="font-family:%s;font-size:11pt">\n%s\n</body></html>\n'
            % (lang_attr, font, '\n'.join(html_paras)))


def build_message(spec, rng, boundary_seed='0'):
    """spec keys: from_, to, cc, subject, date, msgid, lang, text, html, mode, attachments,
    headers (extra), charset, cte. Returns bytes with LF line endings."""
    lang = spec['lang']
    mode = spec.get('mode')
    text = spec.get('text', '')
    html = spec.get('html')
    atts = spec.get('attachments', [])
    if mode is None:
        mode = rng.choice(['plain', 'plain', 'plain', 'alt', 'alt', 'html'])
    if mode in ('html', 'alt') and html is None:
        html = text_to_html(text, lang, rng)
    if mode == 'plain':
        body = text_leaf(text, 'plain', lang, rng, spec.get('charset'), spec.get('cte'))
    elif mode == 'html':
        body = text_leaf(html, 'html', lang, rng, spec.get('charset'), spec.get('cte'))
    else:
        body = multipart('alternative', [
            text_leaf(text, 'plain', lang, rng, spec.get('charset'), spec.get('cte')),
            text_leaf(html, 'html', lang, rng, spec.get('charset'), spec.get('cte'))], rng, boundary_seed + 'a')
    leaves = []
    for a in atts:
        if a.get('kind') == 'rfc822':
            leaves.append(rfc822_leaf(a['data'], rng, a.get('filename')))
        elif a.get('text') is not None:
            leaves.append(text_attachment_leaf(a['text'], a['ctype'], a['filename'], lang, rng,
                                               a.get('charset'), a.get('cte')))
        else:
            leaves.append(binary_leaf(a['data'], a['ctype'], a['filename'], rng, a.get('inline', False)))
    root = multipart('mixed', [body] + leaves, rng, boundary_seed + 'm') if leaves else body
    hdrs = []
    hdrs.append(('From', address(spec['from_'][0], spec['from_'][1], rng)))
    hdrs.append(('To', address_list(spec['to'], rng)))
    if spec.get('cc'):
        hdrs.append(('Cc', address_list(spec['cc'], rng)))
    hdrs.append(('Subject', header_text(spec['subject'], rng)))
    hdrs.append(('Date', email.utils.format_datetime(spec['date'])))
    hdrs.append(('Message-ID', spec['msgid']))
    for k, v in spec.get('headers', []):
        hdrs.append((k, header_text(v, rng) if not is_ascii(v) else v))
    hdrs.append(('MIME-Version', '1.0'))
    if rng.random() < 0.5:
        hdrs.insert(rng.randrange(len(hdrs)), ('Content-Language', 'fr-CA' if lang == 'fr' else 'en-CA'))
    root['headers'] = hdrs + root['headers']
    return serialize(root, preamble=rng.random() < 0.4)


def finalize(msg_bytes, crlf):
    msg_bytes = msg_bytes.replace(b'\r\n', b'\n')
    return msg_bytes.replace(b'\n', b'\r\n') if crlf else msg_bytes
