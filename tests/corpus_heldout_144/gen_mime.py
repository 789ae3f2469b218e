"""Hand-assembled MIME: Mail objects (content + label facts) and their serialisation.

Transport choices (structure, charset, transfer encoding, line ends, header encodings) are drawn
from the run's RNG so that the output is byte-identical for a given seed.
"""
import base64
import datetime
import html
import quopri
import urllib.parse

from gen_common import (IDENTITY_TYPES, compact, fmt_date, fmt_mrn, fmt_nam, fmt_ohip, fmt_sin, fmt_niss,
                        fmt_nir)

FR_DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
             'octobre', 'novembre', 'décembre']


def tz_offset(dt):
    """Eastern time: -0400 in DST (2nd Sunday March .. 1st Sunday November), else -0500."""
    y = dt.year
    mar = datetime.date(y, 3, 1)
    start = mar + datetime.timedelta(days=(6 - mar.weekday()) % 7 + 7)
    nov = datetime.date(y, 11, 1)
    end = nov + datetime.timedelta(days=(6 - nov.weekday()) % 7)
    return -4 if start <= dt.date() < end else -5


def rfc2822_date(dt):
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    off = tz_offset(dt)
    return '%s, %d %s %d %02d:%02d:%02d %+03d00' % (days[dt.weekday()], dt.day, mons[dt.month - 1], dt.year,
                                                   dt.hour, dt.minute, dt.second, off)


def human_date(dt, lang):
    if lang == 'fr':
        return '%s %d %s %d %02d:%02d' % (FR_DAYS[dt.weekday()], dt.day, FR_MONTHS[dt.month - 1], dt.year,
                                           dt.hour, dt.minute)
    return dt.strftime('%A, %B ') + str(dt.day) + dt.strftime(', %Y %I:%M %p').replace(' 0', ' ')


class Att:
    def __init__(self, filename, data, ctype, *, rfc2231=None, charset=None, params=None, cte=None,
                 inline=False, inner=None):
        self.filename = filename
        self.data = data
        self.ctype = ctype
        self.rfc2231 = rfc2231
        self.charset = charset
        self.params = params or []
        self.cte = cte
        self.inline = inline
        self.inner = inner  # Mail object for message/rfc822


class Mail:
    def __init__(self, ctx, lang, category, note, conf):
        self.ctx = ctx
        self.lang = lang
        self.category = category
        self.note = note
        self.conf = conf
        self._types = []
        self.ids = []          # (type, value) tracked identifiers (compact form checked)
        self.must = []         # rendered strings that must be found in the decoded message
        self.nam_people = []   # (patient, name_rendered, dob_rendered, sex_rendered)
        self.frm = None
        self.to = []
        self.cc = []
        self.subject = ''
        self.date = None
        self.text = ''
        self.html = None
        self.atts = []
        self.style = None      # 'plain' | 'html' | 'alt' | None (random)
        self.charset = None
        self.cte = None
        self.eol = None
        self.in_reply_to = None
        self.extra_headers = []
        self.enc_subject = None
        self.enc_names = None

    # ---- labels --------------------------------------------------------
    def t(self, *types):
        for x in types:
            if x not in self._types:
                self._types.append(x)

    @property
    def types(self):
        return sorted(self._types)

    def pname(self, p, style, lang=None):
        s = p.name(style, lang or self.lang)
        self.t('patient_name')
        self.must.append(s)
        return s

    def pdob(self, p, style, lang=None):
        s = fmt_date(p.dob, lang or self.lang, style)
        self.t('date_of_birth')
        self.must.append(s)
        return s

    def pnam(self, p, style='plain', name_style='upper_comma', dob_style='iso', sex_fmt=None):
        """Render NAM with its holder's name, birth date and sex; returns (nam, name, dob, sex)."""
        assert p.nam
        nam = fmt_nam(p.nam, style)
        name = self.pname(p, name_style)
        dob = self.pdob(p, dob_style)
        sex = (sex_fmt or ('Sexe : %s' if self.lang == 'fr' else 'Sex: %s')) % p.sex
        self.must.append(sex)
        self.t('ramq_nam')
        self.ids.append(('ramq_nam', p.nam))
        self.nam_people.append((p, name, dob, sex))
        return nam, name, dob, sex

    def sin(self, value, style='space'):
        self.t('ca_sin')
        self.ids.append(('ca_sin', value))
        return fmt_sin(value, style)

    def ohip(self, value, style='dash', vc=''):
        self.t('ca_health_number')
        self.ids.append(('ca_health_number', value))
        return fmt_ohip(value, style, vc)

    def niss(self, value, style='std'):
        self.t('be_niss')
        self.ids.append(('be_niss', value))
        return fmt_niss(value, style)

    def nir(self, value, style='std'):
        self.t('fr_nir')
        self.ids.append(('fr_nir', value))
        return fmt_nir(value, style)

    def mrn(self, value, style='plain'):
        self.t('mrn')
        self.ids.append(('mrn', value))
        return fmt_mrn(value, style)

    def contact(self, s):
        self.t('patient_contact')
        self.must.append(s)
        return s

    def check_labels(self):
        errs = []
        if self.conf:
            if not self._types:
                errs.append('positive without types')
            if not any(t in IDENTITY_TYPES for t in self._types):
                errs.append('positive without identity type')
            if not any(t not in IDENTITY_TYPES for t in self._types):
                errs.append('positive without personal information type')
        else:
            if self._types or self.ids or self.nam_people:
                errs.append('negative with types/ids')
        return errs


# --------------------------------------------------------------------------
# helpers for content
# --------------------------------------------------------------------------
def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


def reply_header(lang, who, addr, dt, style=0):
    if lang == 'fr':
        if style == 0:
            return 'Le %s, %s <%s> a écrit :' % (human_date(dt, 'fr'), who, addr)
        return ''
    if style == 0:
        return 'On %s, %s <%s> wrote:' % (human_date(dt, 'en'), who, addr)
    return ''


def outlook_block(lang, frm, to, dt, subject):
    if lang == 'fr':
        return ('De : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s' % (frm, human_date(dt, 'fr'), to, subject))
    return 'From: %s\nSent: %s\nTo: %s\nSubject: %s' % (frm, human_date(dt, 'en'), to, subject)


def forward_block(lang, frm, to, dt, subject, body):
    if lang == 'fr':
        head = '-------- Message transféré --------\nDe : %s\nDate : %s\nÀ : %s\nObjet : %s' % (
            frm, human_date(dt, 'fr'), to, subject)
    else:
        head = '---------- Forwarded message ---------\nFrom: %s\nDate: %s\nTo: %s\nSubject: %s' % (
            frm, human_date(dt, 'en'), to, subject)
    return head + '\n\n' + body


def text_to_html(text):
    out = []
    para = []
    quoted = []

    def flush_para():
        if para:
            out.append('<p>' + '<br>\n'.join(html.escape(x, quote=False) for x in para) + '</p>')
            para.clear()

    def flush_quote():
        if quoted:
            inner = text_to_html_body('\n'.join(quoted))
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
                       + inner + '\n</blockquote>')
            quoted.clear()

    for line in text.split('\n'):
        if line.startswith('>'):
            flush_para()
            quoted.append(line[1:].lstrip(' ') if not line.startswith('> ') else line[2:])
            continue
        flush_quote()
        if not line.strip():
            flush_para()
        else:
            para.append(line)
    flush_para()
    flush_quote()
    return '\n'.join(out)


def text_to_html_body(text):
    return text_to_html(text)


def html_page(body_html, charset_placeholder=True):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={CHARSET}">\n'
            '</head>\n<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + body_html + '\n</body>\n</html>\n')


def html_table(rows, border=1):
    h = ['<table border="%d" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">'
         % border]
    for i, r in enumerate(rows):
        tag = 'th' if i == 0 else 'td'
        h.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, html.escape(str(c), quote=False), tag) for c in r)
                 + '</tr>')
    h.append('</table>')
    return '\n'.join(h)


def text_table(rows):
    w = [max(len(str(r[i])) for r in rows if i < len(r)) for i in range(max(len(r) for r in rows))]
    lines = []
    for j, r in enumerate(rows):
        lines.append('  '.join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip())
        if j == 0:
            lines.append('  '.join('-' * x for x in w))
    return '\n'.join(lines)


# --------------------------------------------------------------------------
# header encoding
# --------------------------------------------------------------------------
def _q_char(ch, charset):
    b = ch.encode(charset)
    out = ''
    for x in b:
        c = chr(x)
        if c == ' ':
            out += '_'
        elif c.isalnum() and x < 128:
            out += c
        elif c in '!*+-/' and x < 128:
            out += c
        else:
            out += '=%02X' % x
    return out


def _enc_word(chunk, charset, enc):
    if enc.lower() == 'q':
        return ''.join(_q_char(ch, charset) for ch in chunk)
    return base64.b64encode(chunk.encode(charset)).decode()


def encode_words(text, charset='utf-8', enc='q', first_room=60):
    """RFC 2047 encoded words (each <= 75 chars), folded with newline+space.

    Words are split only after a space (the space stays inside the preceding word), so that decoders
    that join adjacent encoded words and decoders that insert a space both recover the text."""
    import re as _re
    pre = '=?%s?%s?' % (charset, enc)
    maxlen = 75 - len(pre) - 2
    tokens = [t for t in _re.findall(r'[^ ]* ?', text) if t]
    words = []
    cur = ''
    for tok in tokens:
        if len(_enc_word(cur + tok, charset, enc)) <= maxlen:
            cur += tok
            continue
        if cur:
            words.append(cur)
            cur = ''
        if len(_enc_word(tok, charset, enc)) <= maxlen:
            cur = tok
            continue
        for ch in tok:  # a single over-long token: split inside it
            if len(_enc_word(cur + ch, charset, enc)) > maxlen:
                words.append(cur)
                cur = ''
            cur += ch
    if cur:
        words.append(cur)
    return '\n '.join(pre + _enc_word(w, charset, enc) + '?=' for w in words)


def fold_plain(name, value):
    """fold an ASCII header at spaces to keep lines under 78 chars."""
    line = name + ': '
    out = []
    for word in value.split(' '):
        if len(line) + len(word) + 1 > 76 and line.strip() and not line.endswith(': '):
            out.append(line.rstrip(' '))
            line = ' ' + word + ' '
        else:
            line += word + ' '
    out.append(line.rstrip(' '))
    return '\n'.join(out)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def fmt_addr(name, addr, rng, force_enc=None):
    if not name:
        return '<%s>' % addr if rng.random() < 0.3 else addr
    if is_ascii(name) and not force_enc:
        if any(c in name for c in ',.()<>@;:"\''):
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return '%s <%s>' % (name, addr) if rng.random() < 0.6 else '"%s" <%s>' % (name, addr)
    cs = rng.choice(['utf-8', 'utf-8', 'iso-8859-1', 'UTF-8'])
    try:
        name.encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
    return '%s <%s>' % (encode_words(name, cs, rng.choice(['q', 'Q', 'b', 'B'])), addr)


# --------------------------------------------------------------------------
# body encoding
# --------------------------------------------------------------------------
CS_ALIASES = {'utf-8': ['utf-8', 'UTF-8'], 'iso-8859-1': ['iso-8859-1', 'ISO-8859-1'],
              'windows-1252': ['windows-1252', 'Windows-1252'], 'us-ascii': ['us-ascii', 'US-ASCII']}


def pick_charset(rng, text, lang, want=None):
    if want:
        order = [want]
    elif lang == 'fr':
        order = rng.choice([['utf-8'], ['utf-8'], ['iso-8859-1'], ['windows-1252'], ['utf-8']])
    else:
        order = rng.choice([['utf-8'], ['us-ascii'], ['us-ascii'], ['windows-1252'], ['iso-8859-1'], ['utf-8']])
    for cs in order + ['windows-1252', 'utf-8']:
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return 'utf-8'


def pick_cte(rng, data, want=None):
    ascii_ok = all(b < 128 for b in data)
    long_line = any(len(l) > 900 for l in data.split(b'\n'))
    if want:
        if want == '7bit' and (not ascii_ok or long_line):
            want = 'quoted-printable'
        if want == '8bit' and long_line:
            want = 'quoted-printable'
        return want
    if ascii_ok and not long_line:
        return rng.choice(['7bit', '7bit', '7bit', 'quoted-printable', 'base64'])
    if long_line:
        return rng.choice(['quoted-printable', 'base64'])
    return rng.choice(['8bit', '8bit', 'quoted-printable', 'quoted-printable', 'base64'])


def encode_body(data, cte, text=True):
    if cte == 'base64':
        if text:
            data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        return base64.encodebytes(data).decode('ascii').rstrip('\n')
    if cte == 'quoted-printable':
        return quopri.encodestring(data.replace(b'\r\n', b'\n')).decode('ascii').rstrip('\n')
    return data.replace(b'\r\n', b'\n').decode('latin-1').rstrip('\n')


def rfc2231_param(key, value, rng, split=False):
    enc = urllib.parse.quote(value.encode('utf-8'), safe='')
    if split and len(enc) > 24:
        parts = []
        i = 0
        n = 0
        while i < len(enc):
            j = min(len(enc), i + 20)
            while '%' in enc[max(i, j - 2):j] and j < len(enc):  # do not cut an escape
                j += 1
            chunk = enc[i:j]
            parts.append('%s*%d*=%s%s' % (key, n, "utf-8''" if n == 0 else '', chunk))
            i = j
            n += 1
        return ';\n '.join(parts)
    return "%s*=utf-8''%s" % (key, enc)


class Builder:
    def __init__(self, rng):
        self.rng = rng
        self.bcount = 0

    def boundary(self):
        self.bcount += 1
        r = self.rng
        style = r.randrange(4)
        if style == 0:
            return '----=_Part_%d_%d.%d' % (r.randrange(10000, 99999), r.randrange(10 ** 8, 10 ** 9),
                                           r.randrange(10 ** 12, 10 ** 13))
        if style == 1:
            return '_%03d_DR%s_' % (self.bcount, ''.join(r.choice('0123456789ABCDEF') for _ in range(20)))
        if style == 2:
            return '=_%s' % ''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(28))
        return '000000000000%s' % ''.join(r.choice('0123456789abcdef') for _ in range(16))

    # ---------------------------------------------------------------
    def text_part(self, text, subtype, mail, headers_only=False):
        cs = pick_charset(self.rng, text.replace('{CHARSET}', ''), mail.lang, mail.charset)
        body = text.replace('{CHARSET}', cs)
        data = body.encode(cs)
        cte = pick_cte(self.rng, data, mail.cte)
        label = self.rng.choice(CS_ALIASES[cs])
        h = ['Content-Type: text/%s; charset="%s"' % (subtype, label) if self.rng.random() < 0.5
             else 'Content-Type: text/%s; charset=%s' % (subtype, label),
             'Content-Transfer-Encoding: %s' % cte]
        return h, encode_body(data, cte)

    def body_tree(self, mail):
        style = mail.style
        if style is None:
            style = self.rng.choice(['plain', 'plain', 'plain', 'alt', 'alt', 'html'])
        if style == 'plain':
            return [self.text_part(mail.text, 'plain', mail)]
        html_src = mail.html if mail.html is not None else html_page(text_to_html(mail.text))
        if style == 'html':
            return [self.text_part(html_src, 'html', mail)]
        b = self.boundary()
        return [(['Content-Type: multipart/alternative;\n boundary="%s"' % b], None,
                 [self.text_part(mail.text, 'plain', mail), self.text_part(html_src, 'html', mail)], b)]

    def att_part(self, att, mail, eol):
        r = self.rng
        fn = att.filename
        if att.rfc2231 is None:
            use2231 = not is_ascii(fn) or r.random() < 0.3
        else:
            use2231 = att.rfc2231
        if use2231:
            split = len(fn) > 28 and r.random() < 0.5
            fparam = rfc2231_param('filename', fn, r, split)
            nparam = rfc2231_param('name', fn, r, False)
        else:
            fparam = 'filename="%s"' % fn
            nparam = 'name="%s"' % fn
        ct = att.ctype
        extra = ''.join('; %s' % p for p in att.params)
        if att.inner is not None:
            inner_bytes = serialize(att.inner, self.rng, eol='\n', inner=True)
            data = inner_bytes
            cte = '8bit' if any(b > 127 for b in data) else '7bit'
            h = ['Content-Type: message/rfc822' + (('; name="%s"' % fn) if not use2231 else ';\n ' + nparam),
                 'Content-Transfer-Encoding: %s' % cte,
                 'Content-Disposition: %s;\n %s' % ('inline' if att.inline else 'attachment', fparam)]
            return h, data.decode('latin-1').rstrip('\n')
        if ct.startswith('text/'):
            cs = att.charset or 'utf-8'
            cte = att.cte or pick_cte(r, att.data)
            h = ['Content-Type: %s; charset=%s%s;\n %s' % (ct, cs, extra, nparam),
                 'Content-Transfer-Encoding: %s' % cte,
                 'Content-Disposition: %s;\n %s' % ('inline' if att.inline else 'attachment', fparam)]
            return h, encode_body(att.data, cte, text=False)
        h = ['Content-Type: %s%s;\n %s' % (ct, extra, nparam),
             'Content-Transfer-Encoding: base64',
             'Content-Disposition: %s;\n %s' % ('inline' if att.inline else 'attachment', fparam)]
        return h, base64.encodebytes(att.data).decode('ascii').rstrip('\n')


def _render(node, out):
    """node: (headers, body_str) or (headers, None, children, boundary)"""
    if len(node) == 2:
        h, body = node
        out.append('\n'.join(h))
        out.append('')
        out.append(body)
        return
    h, _, children, b = node
    out.append('\n'.join(h))
    out.append('')
    out.append('This is a multi-part message in MIME format.' if b[0] in '-_' else '')
    for ch in children:
        out.append('--' + b)
        _render(ch, out)
    out.append('--' + b + '--')
    out.append('')


def serialize(mail, rng, eol=None, inner=False):
    bld = Builder(rng)
    if eol is None:
        eol = mail.eol or rng.choice(['\n', '\n', '\r\n'])
    body_nodes = bld.body_tree(mail)
    if mail.atts:
        b = bld.boundary()
        children = list(body_nodes) + [bld.att_part(a, mail, eol) for a in mail.atts]
        root = (['Content-Type: multipart/mixed;\n boundary="%s"' % b], None, children, b)
    else:
        root = body_nodes[0]
    # ---- top headers
    H = []
    enc_names = mail.enc_names if mail.enc_names is not None else (rng.random() < 0.25)
    fn, fa = mail.frm
    H.append('From: ' + fmt_addr(fn, fa, rng, force_enc=enc_names and fn and rng.random() < 0.6))
    H.append('To: ' + ',\n '.join(fmt_addr(n, a, rng, force_enc=enc_names and n and rng.random() < 0.4)
                                   for n, a in mail.to))
    if mail.cc:
        H.append('Cc: ' + ',\n '.join(fmt_addr(n, a, rng) for n, a in mail.cc))
    subj = mail.subject
    enc_subject = mail.enc_subject if mail.enc_subject is not None else (rng.random() < 0.12)
    if not is_ascii(subj) or enc_subject:
        cs = rng.choice(['utf-8', 'utf-8', 'iso-8859-1', 'UTF-8', 'windows-1252'])
        try:
            subj.encode(cs)
        except UnicodeEncodeError:
            cs = 'utf-8'
        H.append('Subject: ' + encode_words(subj, cs, rng.choice(['q', 'Q', 'b', 'B'])))
    else:
        H.append(fold_plain('Subject', subj))
    H.append('Date: ' + rfc2822_date(mail.date))
    dom = fa.split('@')[1]
    mid = '<%s.%s@%s>' % (''.join(rng.choice('0123456789ABCDEF') for _ in range(16)),
                          ''.join(rng.choice('0123456789abcdef') for _ in range(8)),
                          rng.choice(['mail.' + dom, dom, 'exch01.' + dom]))
    H.append('Message-ID: ' + mid)
    if mail.in_reply_to:
        H.append('In-Reply-To: ' + mail.in_reply_to)
        H.append('References: ' + mail.in_reply_to)
    H += mail.extra_headers
    H.append('MIME-Version: 1.0')
    if not inner:
        H.append('X-Mailer: ' + rng.choice(['Microsoft Outlook 16.0', 'Zimbra 10.0.6', 'Thunderbird 128.4.0',
                                            'Apple Mail (2.3776)', 'Deux-Rives Courriel Web 5.2']))
    out = []
    rh = root[0]
    out.append('\n'.join(H + rh))
    out.append('')
    if len(root) == 2:
        out.append(root[1])
    else:
        _, _, children, b = root
        out.append('This is a multi-part message in MIME format.' if rng.random() < 0.5 else '')
        for ch in children:
            out.append('--' + b)
            _render(ch, out)
        out.append('--' + b + '--')
    s = '\n'.join(out) + '\n'
    s = s.replace('\r\n', '\n')
    if eol == '\r\n':
        s = s.replace('\n', '\r\n')
    return s.encode('latin-1')
