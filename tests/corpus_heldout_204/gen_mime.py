"""Hand-assembled MIME rendering with explicit charsets, transfer encodings,
line ends, RFC 2047 headers and RFC 2231 file names.  Everything is
deterministic: boundaries and Message-IDs derive from the seed and index."""
import base64
import hashlib
import html as htmlmod
import quopri
import re
import urllib.parse
from email.header import Header
from email.utils import format_datetime, formataddr

from gen_common import Mail, Person


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
    except (UnicodeEncodeError, LookupError):
        return False


def _lines(data, eol):
    return eol.join(data.replace(b'\r\n', b'\n').split(b'\n'))


def encode_body(data, cte, eol):
    """data: bytes with LF line ends.  Returns encoded bytes with eol."""
    if cte in ('7bit', '8bit'):
        return _lines(data, eol)
    if cte == 'quoted-printable':
        return quopri.encodestring(data).replace(b'\n', eol)
    if cte == 'base64':
        return base64.encodebytes(data).replace(b'\n', eol)
    raise ValueError(cte)


def enc_header(value, cs, eol):
    if is_ascii(value):
        return value
    if not can_encode(value, cs):
        cs = 'utf-8'
    return Header(value, cs).encode(linesep=eol.decode())


def addr(p, cs, style=0):
    if isinstance(p, tuple):
        name, a = p
    else:
        name = p.name if (style == 0 or p.org) else ('%s, %s' % (p.surname, p.given) if style == 1 else p.tname())
        a = p.addr
    if not name:
        return a
    if not is_ascii(name):
        return formataddr((name, a), charset=cs if can_encode(name, cs) else 'utf-8')
    return formataddr((name, a))


def boundary(seed, idx, path):
    h = hashlib.sha1(('%s/%d/%s' % (seed, idx, path)).encode()).hexdigest()[:16]
    return '----=_Aurore_%s_%03d_%s' % (path, idx, h)


def msgid(seed, idx, domain, salt=''):
    h = hashlib.sha1(('mid/%s/%d/%s' % (seed, idx, salt)).encode()).hexdigest()
    return '<%s.%s@%s>' % (h[:12].upper(), h[12:20], domain)


def _fn_params(fname, style, eol):
    """Return (content-type param, disposition param) strings."""
    if style == 'plain' and is_ascii(fname):
        q = fname.replace('"', '')
        return 'name="%s"' % q, 'filename="%s"' % q
    if style == 'rfc2047':
        e = Header(fname, 'utf-8').encode(maxlinelen=998)
        return 'name="%s"' % e, 'filename="%s"' % e
    # RFC 2231, with continuations for long names
    enc = urllib.parse.quote(fname.encode('utf-8'), safe='')
    ctp = 'name="%s"' % Header(fname, 'utf-8').encode(maxlinelen=998)
    if len(enc) <= 48:
        return ctp, "filename*=utf-8''%s" % enc
    toks = re.findall(r'%[0-9A-F]{2}|.', enc)
    chunks, cur = [], ''
    for t in toks:
        if len(cur) + len(t) > 45:
            chunks.append(cur)
            cur = ''
        cur += t
    if cur:
        chunks.append(cur)
    parts = []
    for k, ch in enumerate(chunks):
        parts.append(("filename*%d*=utf-8''%s" % (k, ch)) if k == 0 else ('filename*%d*=%s' % (k, ch)))
    sep = ';' + eol.decode() + '\t'
    return ctp, sep.join(parts)


class Leaf:
    def __init__(self, ctype, payload, cte, charset=None, fname=None, fn_style='plain', inline=False,
                 extra=None):
        self.ctype, self.payload, self.cte, self.charset = ctype, payload, cte, charset
        self.fname, self.fn_style, self.inline, self.extra = fname, fn_style, inline, extra or []

    def render(self, eol, seed, idx, path):
        e = eol.decode()
        h = []
        ct = self.ctype
        if self.charset:
            ct += '; charset="%s"' % self.charset
        disp = None
        if self.fname:
            cparam, dparam = _fn_params(self.fname, self.fn_style, eol)
            ct += ';' + e + '\t' + cparam
            disp = ('inline' if self.inline else 'attachment') + ';' + e + '\t' + dparam
        h.append('Content-Type: ' + ct)
        h.append('Content-Transfer-Encoding: ' + self.cte)
        if disp:
            h.append('Content-Disposition: ' + disp)
        h.extend(self.extra)
        body = self.payload
        return e.join(h).encode('ascii') + eol + eol + encode_body(body, self.cte, eol)


class Multi:
    def __init__(self, subtype, parts, preamble=None):
        self.subtype, self.parts, self.preamble = subtype, parts, preamble

    def render(self, eol, seed, idx, path):
        b = boundary(seed, idx, path)
        e = eol.decode()
        out = ('Content-Type: multipart/%s;%s\tboundary="%s"' % (self.subtype, e, b)).encode() + eol + eol
        if self.preamble:
            out += self.preamble.encode('ascii') + eol + eol
        for k, p in enumerate(self.parts):
            out += b'--' + b.encode() + eol
            out += p.render(eol, seed, idx, path + str(k)) + eol
        out += b'--' + b.encode() + b'--' + eol
        return out


def text_to_html(text, lang, font=None):
    font = font or 'Calibri, Arial, sans-serif'
    paras = text.replace('\r\n', '\n').split('\n\n')
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body style="font-family:%s;font-size:11pt">' % font]
    for p in paras:
        lines = p.split('\n')
        if all(l.startswith('>') for l in lines if l.strip()):
            inner = '<br>\n'.join(htmlmod.escape(l.lstrip('> ')) for l in lines)
            out.append('<blockquote style="border-left:2px solid #999;margin-left:4px;padding-left:8px">%s</blockquote>' % inner)
        elif all(l.lstrip().startswith(('- ', '* ', '• ')) for l in lines if l.strip()):
            out.append('<ul>' + ''.join('<li>%s</li>' % htmlmod.escape(l.lstrip()[2:]) for l in lines if l.strip()) + '</ul>')
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(htmlmod.escape(l) for l in lines))
    out.append('</body></html>')
    return '\n'.join(out)


def _text_leaf(text, subtype, tr):
    cs = tr['charset']
    if not can_encode(text, cs):
        cs = 'utf-8'
    data = text.replace('\r\n', '\n').encode(cs)
    cte = tr['cte']
    if cte == '7bit' and not is_ascii(text):
        cte = 'quoted-printable'
    if cte in ('7bit', '8bit') and max((len(l) for l in data.split(b'\n')), default=0) > 900:
        cte = 'quoted-printable'
    if cte == '8bit' and is_ascii(text):
        cte = '7bit'
    if subtype == 'html' and cs != 'utf-8':
        text2 = text.replace('charset=utf-8', 'charset=' + cs)
        data = text2.replace('\r\n', '\n').encode(cs)
    return Leaf('text/' + subtype, data, cte, cs)


def att_leaf(a, tr, render_mail):
    if a.kind == 'eml':
        inner = render_mail(a.data, tr, sub=True)
        cte = '7bit'
        try:
            inner.decode('ascii')
        except UnicodeDecodeError:
            cte = '8bit'
        return Leaf('message/rfc822', inner, cte, None, a.filename, a.fn_style)
    if isinstance(a.data, str):
        cs = a.charset or 'utf-8'
        if not can_encode(a.data, cs):
            cs = 'utf-8'
        data = a.data.replace('\r\n', '\n').encode(cs)
        cte = a.cte or 'quoted-printable'
        if cte == '7bit' and not is_ascii(a.data):
            cte = 'quoted-printable'
        return Leaf(a.ctype, data, cte, cs, a.filename, a.fn_style)
    return Leaf(a.ctype, a.data, 'base64', None, a.filename, a.fn_style)


def render_mail(m: Mail, tr, sub=False):
    """tr: dict(seed, idx, eol, charset, cte, layout, hcs, mailer, addr_style)."""
    eol = tr['eol']
    e = eol.decode()
    seed, idx = tr['seed'], tr['idx'] + (500 if sub else 0)
    hcs = tr.get('hcs', 'utf-8')
    if m.html is None and tr['layout'] in ('html', 'alt'):
        body_html = text_to_html(m.text, m.lang, tr.get('font'))
    else:
        body_html = m.html
    layout = tr['layout']
    if m.text is None:
        layout = 'html'
    if layout == 'plain':
        body = _text_leaf(m.text, 'plain', tr)
    elif layout == 'html':
        body = _text_leaf(body_html, 'html', tr)
    else:
        body = Multi('alternative', [_text_leaf(m.text, 'plain', tr), _text_leaf(body_html, 'html', tr)])
    if m.atts:
        parts = [body] + [att_leaf(a, tr, render_mail) for a in m.atts]
        root = Multi('mixed', parts, preamble='This is a multi-part message in MIME format.')
    else:
        root = body
    st = tr.get('addr_style', 0)
    h = []
    h.append('From: ' + addr(m.frm, hcs, st))
    h.append('To: ' + (',' + e + ' ').join(addr(p, hcs, st) for p in m.to))
    if m.cc:
        h.append('Cc: ' + (',' + e + ' ').join(addr(p, hcs, st) for p in m.cc))
    h.append('Subject: ' + enc_header(m.subject, hcs, eol))
    h.append('Date: ' + format_datetime(m.date))
    dom = m.frm.domain if isinstance(m.frm, Person) else m.frm[1].split('@')[1]
    h.append('Message-ID: ' + msgid(seed, idx, dom))
    for k, v in m.extra:
        h.append('%s: %s' % (k, v))
    if tr.get('mailer'):
        h.append(tr['mailer'])
    h.append('Content-Language: ' + ('fr-CA' if m.lang == 'fr' else 'en-CA'))
    h.append('MIME-Version: 1.0')
    head = e.join(h).encode('ascii')
    return head + eol + root.render(eol, seed, idx, 'r')
