"""Hand-rolled MIME assembly so that charset, transfer encoding and line endings
are fully controlled and byte-for-byte reproducible."""
import base64
import email.utils
import quopri
import urllib.parse
from email.header import Header

PY_CODEC = {'utf-8': 'utf-8', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252', 'us-ascii': 'ascii'}

_FALLBACK = {
    '\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-',
    '\u0153': 'oe', '\u0152': 'OE', '\u2026': '...', '\u2079': '9', '\u20ac': 'EUR',
    '\u2022': '-', '\u2192': '->', '\u2265': '>=', '\u2264': '<=', '\u00a0': ' ',
    '\u2009': ' ', '\u202f': ' ', '\u2248': '~', '\u2191': '^', '\u2193': 'v',
}


def fit_charset(text, charset):
    """Replace characters the chosen charset cannot carry (what a mail client would do)."""
    codec = PY_CODEC[charset]
    out = []
    for ch in text:
        try:
            ch.encode(codec)
            out.append(ch)
        except UnicodeEncodeError:
            rep = _FALLBACK.get(ch, '?')
            try:
                rep.encode(codec)
            except UnicodeEncodeError:
                rep = '?'
            out.append(rep)
    return ''.join(out)


def _enc_body(raw, cte):
    if cte == 'quoted-printable':
        return quopri.encodestring(raw).decode('ascii')
    if cte == 'base64':
        return base64.encodebytes(raw).decode('ascii')
    return raw.decode('latin-1')  # 7bit/8bit: bytes carried through latin-1 mapping


def enc_header(value, charset='utf-8', maxlinelen=76):
    if all(ord(c) < 128 for c in value):
        return value
    cs = 'utf-8' if charset in ('us-ascii',) else charset
    try:
        value.encode(PY_CODEC[cs])
    except UnicodeEncodeError:
        cs = 'utf-8'
    return Header(value, cs, maxlinelen=maxlinelen).encode()


def addr(name, address, charset='utf-8'):
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        return email.utils.formataddr((name, address))
    # one encoded-word per display name (split words in a phrase are decoded with a stray space by some parsers)
    return '%s <%s>' % (enc_header(name, charset, maxlinelen=300), address)


def _param_filename(fn):
    if all(ord(c) < 128 for c in fn):
        return 'name="%s"' % fn, 'filename="%s"' % fn
    q = urllib.parse.quote(fn, safe='')
    return ("name*=utf-8''%s" % q, "filename*=utf-8''%s" % q)


class Attachment(object):
    def __init__(self, filename, ctype, data, cte='base64', charset=None, inline=False, extra_ct=''):
        self.filename = filename
        self.ctype = ctype
        self.data = data if isinstance(data, bytes) else data.encode(PY_CODEC[charset or 'utf-8'])
        self.cte = cte
        self.charset = charset
        self.inline = inline
        self.extra_ct = extra_ct


class Mail(object):
    def __init__(self, rng, sender, to, subject, date, cc=None, lang='fr'):
        self.rng = rng
        self.sender = sender          # (name, address)
        self.to = to                  # list of (name, address)
        self.cc = cc or []
        self.subject = subject
        self.date = date              # aware datetime
        self.lang = lang
        self.text = None
        self.html = None
        self.charset = 'utf-8'
        self.cte = 'quoted-printable'
        self.crlf = True
        self.attachments = []
        self.rfc822 = []              # (filename, bytes)
        self.in_reply_to = None
        self.extra = []
        self.msgid = '<%s.%s@%s>' % (date.strftime('%Y%m%d%H%M%S'),
                                     ''.join(rng.choice('0123456789abcdef') for _ in range(12)),
                                     sender[1].split('@')[1])
        self.mailer = rng.choice([None, 'Microsoft Outlook 16.0', 'Mozilla Thunderbird 115.8',
                                  'Zimbra 9.0', None, 'Apple Mail (2.3774)'])

    # -------------------------------------------------------------- helpers
    def _boundary(self):
        return rng_boundary(self.rng)

    def _text_part(self, text, subtype):
        cs = self.charset
        text = fit_charset(text, cs)
        raw = text.encode(PY_CODEC[cs])
        cte = self.cte
        if cte in ('7bit', '8bit'):
            cte = '7bit' if all(b < 128 for b in raw) else '8bit'
        if cs == 'us-ascii' and any(b >= 128 for b in raw):
            cs = 'utf-8'
        hdr = ['Content-Type: text/%s; charset="%s"' % (subtype, cs)]
        if subtype == 'plain' and self.rng.random() < 0.15 and cte in ('7bit', '8bit'):
            hdr[0] += '; format=flowed'
        hdr.append('Content-Transfer-Encoding: %s' % cte)
        return hdr, _enc_body(raw, cte)

    def _body(self):
        if self.text is not None and self.html is not None:
            b = self._boundary()
            h1, b1 = self._text_part(self.text, 'plain')
            h2, b2 = self._text_part(self.html, 'html')
            return (['Content-Type: multipart/alternative;\n\tboundary="%s"' % b],
                    _join_parts(b, [(h1, b1), (h2, b2)]))
        if self.html is not None:
            return self._text_part(self.html, 'html')
        return self._text_part(self.text or '', 'plain')

    def _att_part(self, a):
        fn_name, fn_file = _param_filename(a.filename)
        ct = a.ctype
        if a.charset:
            ct += '; charset="%s"' % a.charset
        ct += a.extra_ct
        hdr = ['Content-Type: %s;\n\t%s' % (ct, fn_name),
               'Content-Disposition: %s;\n\t%s' % ('inline' if a.inline else 'attachment', fn_file)]
        cte = a.cte
        if cte in ('7bit', '8bit'):
            cte = '7bit' if all(b < 128 for b in a.data) else '8bit'
        hdr.append('Content-Transfer-Encoding: %s' % cte)
        body = _enc_body(a.data.replace(b'\r\n', b'\n') if cte != 'base64' else a.data, cte)
        return hdr, body

    def _rfc822_part(self, fn, data):
        data = data.replace(b'\r\n', b'\n')
        cte = '7bit' if all(b < 128 for b in data) else '8bit'
        fn_name, fn_file = _param_filename(fn)
        hdr = ['Content-Type: message/rfc822;\n\t%s' % fn_name,
               'Content-Disposition: attachment;\n\t%s' % fn_file,
               'Content-Transfer-Encoding: %s' % cte]
        return hdr, data.decode('latin-1')

    # -------------------------------------------------------------- output
    def to_bytes(self):
        hcs = self.charset if self.charset != 'us-ascii' else 'utf-8'
        H = []
        H.append('From: %s' % addr(self.sender[0], self.sender[1], hcs))
        H.append('To: %s' % ',\n '.join(addr(n, a, hcs) for n, a in self.to))
        if self.cc:
            H.append('Cc: %s' % ',\n '.join(addr(n, a, hcs) for n, a in self.cc))
        H.append('Subject: %s' % enc_header(self.subject, hcs))
        H.append('Date: %s' % email.utils.format_datetime(self.date))
        H.append('Message-ID: %s' % self.msgid)
        if self.in_reply_to:
            H.append('In-Reply-To: %s' % self.in_reply_to)
            H.append('References: %s' % self.in_reply_to)
        for k, v in self.extra:
            H.append('%s: %s' % (k, v))
        if self.mailer:
            H.append('X-Mailer: %s' % self.mailer)
        H.append('Content-Language: %s' % ('fr-CA' if self.lang == 'fr' else 'en-CA'))
        H.append('MIME-Version: 1.0')
        bh, bb = self._body()
        if self.attachments or self.rfc822:
            parts = [(bh, bb)]
            parts += [self._att_part(a) for a in self.attachments]
            parts += [self._rfc822_part(fn, d) for fn, d in self.rfc822]
            b = self._boundary()
            bh = ['Content-Type: multipart/mixed;\n\tboundary="%s"' % b]
            bb = 'This is a multi-part message in MIME format.\n\n' + _join_parts(b, parts)
        out = '\n'.join(H + bh) + '\n\n' + bb
        if not out.endswith('\n'):
            out += '\n'
        data = out.encode('latin-1')
        if self.crlf:
            data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        return data


def rng_boundary(rng):
    style = rng.randint(0, 2)
    tok = ''.join(rng.choice('0123456789ABCDEFabcdef') for _ in range(24))
    if style == 0:
        return '----=_NextPart_000_%s' % tok[:16]
    if style == 1:
        return '_b_%s_' % tok
    return '------------%s' % tok[:20]


def _join_parts(boundary, parts):
    chunks = []
    for hdr, body in parts:
        if not body.endswith('\n'):
            body += '\n'
        chunks.append('--%s\n%s\n\n%s' % (boundary, '\n'.join(hdr), body))
    return ''.join(chunks) + '--%s--\n' % boundary
