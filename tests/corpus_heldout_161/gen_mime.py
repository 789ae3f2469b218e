"""Hand-assembled MIME: header encoding, transfer encodings, multiparts, serialisation."""
import base64
import hashlib
import html as htmlmod
import html.entities
import quopri
import re
import unicodedata
import urllib.parse

from gen_render import render_text, render_html, html_to_text

# --------------------------------------------------------------------------- charsets

_COMMON = {'\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-',
           '\u2026': '...', '\u0153': 'oe', '\u0152': 'OE', '\u20ac': 'EUR', '\u2022': '*', '\u2192': '->',
           '\u2265': '>=', '\u2264': '<=', '\u202f': ' ', '\u2011': '-', '\u2248': '~', '\u2191': '^',
           '\u2193': 'v', '\u00d7': 'x', '\u2212': '-', '\u2714': 'v', '\u25a1': '[ ]', '\u2610': '[ ]'}
_CP1252_OK = set('\u2019\u2018\u201c\u201d\u2013\u2014\u2026\u0153\u0152\u20ac\u2022')


def fit_text(text, charset):
    """Adapt text to a charset as a mail client would; returns (text, charset)."""
    if charset == 'utf-8':
        return text, charset
    t = text
    if charset == 'windows-1252':
        t = ''.join(c if c in _CP1252_OK else _COMMON.get(c, c) for c in t)
    else:
        t = ''.join(_COMMON.get(c, c) for c in t)
    if charset == 'us-ascii':
        t = t.replace('«\u00a0', '"').replace('\u00a0»', '"').replace('«', '"').replace('»', '"').replace('\u00a0', ' ')
        t = t.replace('°', ' deg').replace('²', '2').replace('½', '1/2').replace('§', 'art.')
        t = unicodedata.normalize('NFD', t)
        t = ''.join(c for c in t if not unicodedata.combining(c))
        t = unicodedata.normalize('NFC', t)
    try:
        t.encode(charset)
        return t, charset
    except UnicodeEncodeError:
        return text, 'utf-8'


def html_fit(h, charset):
    """HTML may use entities when the charset cannot carry a character."""
    try:
        h.encode(charset)
        return h
    except UnicodeEncodeError:
        out = []
        for c in h:
            try:
                c.encode(charset)
                out.append(c)
            except UnicodeEncodeError:
                name = html.entities.codepoint2name.get(ord(c))
                out.append('&%s;' % name if name else '&#%d;' % ord(c))
        return ''.join(out)


# --------------------------------------------------------------------------- headers

def _is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def encoded_words(text, charset='utf-8', mode='B'):
    """RFC 2047 encoded words, each at most 75 characters, never splitting a character."""
    words, cur = [], ''
    prefix = '=?%s?%s?' % (charset, mode)

    def enc(s):
        b = s.encode(charset)
        if mode == 'B':
            return base64.b64encode(b).decode('ascii')
        o = []
        for byte in b:
            ch = chr(byte)
            if ch == ' ':
                o.append('_')
            elif re.match(r'[A-Za-z0-9!*+\-/]', ch):
                o.append(ch)
            else:
                o.append('=%02X' % byte)
        return ''.join(o)

    # split between words (the space stays inside the encoded word), never inside a word
    for tok in re.findall(r'\S+\s*|\s+', text):
        if cur and len(prefix) + len(enc(cur + tok)) + 2 > 75:
            words.append(prefix + enc(cur) + '?=')
            cur = ''
        if len(prefix) + len(enc(tok)) + 2 > 75:      # a single over-long word: split by characters
            for ch in tok:
                if cur and len(prefix) + len(enc(cur + ch)) + 2 > 75:
                    words.append(prefix + enc(cur) + '?=')
                    cur = ''
                cur += ch
        else:
            cur += tok
    if cur:
        words.append(prefix + enc(cur) + '?=')
    return words


def fold_words(name, words, sep=' '):
    """Fold a header made of atoms into lines under 78 characters."""
    lines, cur = [], name + ':'
    for w in words:
        if len(cur) + 1 + len(w) > 76 and cur != name + ':':
            lines.append(cur)
            cur = ' ' + w
        else:
            cur += sep + w if cur else w
    lines.append(cur)
    return '\n'.join(lines)


def subject_header(subj, mode):
    if mode == 'raw' and _is_ascii(subj):
        return fold_words('Subject', subj.split(' '))
    if mode == 'raw':
        mode = 'q-utf-8'
    kind, charset = mode.split('-', 1)
    try:
        subj.encode(charset)
    except UnicodeEncodeError:
        charset = 'utf-8'
    return fold_words('Subject', encoded_words(subj, charset, kind.upper()))


def addr(name, email, mode='q-utf-8'):
    if not name:
        return [email]
    if _is_ascii(name) and mode != 'force':
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return ['"%s"' % name.replace('"', ''), '<%s>' % email]
        return name.split(' ') + ['<%s>' % email]
    if mode == 'force':
        mode = 'b-utf-8'
    kind, charset = mode.split('-', 1)
    try:
        name.encode(charset)
    except UnicodeEncodeError:
        charset = 'utf-8'
    return encoded_words(name, charset, kind.upper()) + ['<%s>' % email]


def addr_header(hname, people, mode):
    words = []
    for i, (n, e) in enumerate(people):
        w = addr(n, e, mode)
        if i < len(people) - 1:
            w[-1] += ','
        words.extend(w)
    return fold_words(hname, words)


# --------------------------------------------------------------------------- parts

class Part:
    def __init__(self, headers, body=b'', children=None, boundary=None, preamble=None):
        self.headers, self.body, self.children = headers, body, children
        self.boundary, self.preamble = boundary, preamble


def _lf(text):
    return text.replace('\r\n', '\n').replace('\r', '\n')


def encode_body(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        out = quopri.encodestring(data)
        return out if out.endswith(b'\n') else out + b'\n'
    return data if data.endswith(b'\n') else data + b'\n'


def choose_cte(data, wanted):
    ascii_ok = all(b < 128 for b in data)
    longest = max((len(l) for l in data.split(b'\n')), default=0)
    if wanted in ('7bit', '8bit'):
        if longest > 900:
            return 'quoted-printable'
        if ascii_ok:
            return '7bit'
        return '8bit' if wanted == '8bit' else 'quoted-printable'
    return wanted


def text_part(text, subtype, charset, cte):
    data = _lf(text).encode(charset)
    cte = choose_cte(data, cte)
    hdrs = ['Content-Type: text/%s; charset="%s"' % (subtype, charset), 'Content-Transfer-Encoding: %s' % cte]
    return Part(hdrs, encode_body(data, cte))


def _param(name, value, style, charset='utf-8'):
    """A filename parameter, plain or RFC 2231 (optionally with continuations)."""
    if style in ('plain', 'bare') and _is_ascii(value):
        if style == 'bare' and re.fullmatch(r'[A-Za-z0-9._\-]+', value):
            return ['%s=%s' % (name, value)]
        return ['%s="%s"' % (name, value)]
    try:
        b = value.encode(charset)
    except UnicodeEncodeError:
        charset, b = 'utf-8', value.encode('utf-8')
    q = urllib.parse.quote(b, safe='')
    if style == '2231c' or len(q) > 60:
        chunks, i = [], 0
        while i < len(q):
            j = min(i + (22 if style == '2231c' else 40), len(q))
            while j < len(q) and '%' in q[j - 2:j]:
                j += 1
            chunks.append(q[i:j])
            i = j
        out = []
        for k, c in enumerate(chunks):
            out.append("%s*%d*=%s%s" % (name, k, ("%s''" % charset) if k == 0 else '', c))
        return out
    return ["%s*=%s''%s" % (name, charset, q)]


def attachment_part(att, fname_style, cte_pref='base64'):
    ctype = att.ctype
    params = _param('name', att.filename, fname_style)
    disp = _param('filename', att.filename, fname_style)
    if att.charset:
        ctype += '; charset="%s"' % att.charset
    if ctype.startswith('message/rfc822'):
        data = _lf(att.data.decode('latin-1')).encode('latin-1')
        cte = '7bit' if all(b < 128 for b in data) else '8bit'
        hdrs = [fold_words('Content-Type', [ctype + ';'] + [p + ';' for p in params[:-1]] + params[-1:]),
                'Content-Transfer-Encoding: %s' % cte,
                fold_words('Content-Disposition', ['attachment;'] + [p + ';' for p in disp[:-1]] + disp[-1:])]
        return Part(hdrs, data if data.endswith(b'\n') else data + b'\n')
    if att.ctype.startswith('text/'):
        data = _lf(att.data.decode(att.charset or 'utf-8')).encode(att.charset or 'utf-8')
        cte = att.cte or cte_pref
        cte = choose_cte(data, cte)
    else:
        data = att.data
        cte = 'base64'
    dtype = 'inline' if att.inline else 'attachment'
    hdrs = [fold_words('Content-Type', [ctype + ';'] + [p + ';' for p in params[:-1]] + params[-1:]),
            fold_words('Content-Disposition', [dtype + ';'] + [p + ';' for p in disp[:-1]] + disp[-1:]),
            'Content-Transfer-Encoding: %s' % cte]
    return Part(hdrs, encode_body(data, cte))


def multipart(subtype, children, boundary, preamble=None):
    hdrs = ['Content-Type: multipart/%s;\n\tboundary="%s"' % (subtype, boundary)]
    return Part(hdrs, children=children, boundary=boundary, preamble=preamble)


def serialize(part):
    head = ''.join(h + '\n' for h in part.headers).encode('ascii')
    if part.children is None:
        return head + b'\n' + part.body
    out = [head, b'\n']
    if part.preamble:
        out.append(part.preamble.encode('ascii') + b'\n')
    for ch in part.children:
        out.append(b'--' + part.boundary.encode('ascii') + b'\n')
        out.append(serialize(ch))
        out.append(b'\n')
    out.append(b'--' + part.boundary.encode('ascii') + b'--\n')
    return b''.join(out)


# --------------------------------------------------------------------------- whole message

def boundary_for(key, level, style):
    h = hashlib.sha256(('%s/%d' % (key, level)).encode()).hexdigest()
    if style == 'outlook':
        return '_%03d_YT%sPR01MB%s_' % (level, h[:6].upper(), h[6:14].upper())
    if style == 'thunderbird':
        return '------------%s' % base64.b32encode(bytes.fromhex(h[:30])).decode()[:24]
    if style == 'apple':
        return 'Apple-Mail=_%s-%s-%s' % (h[:8].upper(), h[8:12].upper(), h[12:24].upper())
    return '----=_Part_%d_%d.%d' % (int(h[:6], 16), level, int(h[6:16], 16) % 10 ** 13)


MAILERS = {'outlook': 'Microsoft Outlook 16.0', 'thunderbird': None, 'apple': None, 'java': None}
AGENTS = {'thunderbird': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.15.0',
          'apple': None}


def build(spec, prof, msgid, date_str, extra_headers=()):
    """Return the message bytes (LF or CRLF line ends according to prof['eol'])."""
    lang = spec.lang
    charset = prof['charset']
    key = msgid
    style = prof['client']
    # ---- body
    width = prof.get('wrap')
    if spec.wrap is not None:
        width = spec.wrap
    tstyle = spec.table_style or prof.get('table_style', 'pad')
    mode = spec.prefer or prof['body']
    if spec.html is not None:
        html_src = spec.html
        plain_src = render_text(spec.blocks, width, tstyle) if spec.blocks else html_to_text(spec.html)
    else:
        plain_src = render_text(spec.blocks, width, tstyle)
        html_src = None
    parts = []
    if mode in ('plain', 'alt'):
        t, cs = fit_text(plain_src, charset)
        parts.append(text_part(t, 'plain', cs, prof['cte']))
    if mode in ('html', 'alt'):
        hcs = charset
        if html_src is None:
            h = render_html(spec.blocks, hcs, style, lang)
        else:
            h = html_src.replace('{charset}', hcs)
        if hcs != 'utf-8':
            h2, _ = fit_text(h, hcs) if hcs != 'us-ascii' else (h, hcs)
            h = html_fit(h2, hcs)
        parts.append(text_part(h, 'html', hcs, prof['hcte'] if mode == 'alt' else prof['cte']))
    body = parts[0] if len(parts) == 1 else multipart('alternative', parts, boundary_for(key, 2, style))
    # ---- attachments
    if spec.atts:
        kids = [body]
        for att in spec.atts:
            fs = att.fname_style or prof['fname']
            kids.append(attachment_part(att, fs, prof['acte']))
        root = multipart('mixed', kids, boundary_for(key, 1, style),
                         preamble='This is a multi-part message in MIME format.' if style in ('outlook', 'java') else None)
    else:
        root = body
    # ---- headers
    nm = prof['names']
    hdrs = []
    hdrs.append(addr_header('From', [spec.frm], nm))
    hdrs.append(addr_header('To', spec.to, nm))
    if spec.cc:
        hdrs.append(addr_header('Cc', spec.cc, nm))
    hdrs.append(subject_header(spec.subject, prof['subj']))
    hdrs.append('Date: ' + date_str)
    hdrs.append('Message-ID: ' + msgid)
    for h in extra_headers:
        hdrs.append(h)
    if spec.importance:
        hdrs.append('Importance: High' if spec.importance == 'high' else 'X-Priority: 1')
    if style == 'outlook':
        hdrs.append('X-Mailer: Microsoft Outlook 16.0')
        hdrs.append('Content-Language: %s' % ('fr-CA' if lang == 'fr' else 'en-US'))
    elif style == 'thunderbird':
        hdrs.append('User-Agent: ' + AGENTS['thunderbird'])
        hdrs.append('Content-Language: %s' % ('fr' if lang == 'fr' else 'en-CA'))
    elif style == 'apple':
        hdrs.append('X-Mailer: Apple Mail (2.3774.600.62)')
    hdrs.append('MIME-Version: 1.0')
    root.headers = hdrs + root.headers
    data = serialize(root)
    if prof['eol'] == 'crlf':
        data = data.replace(b'\n', b'\r\n')
    return data
