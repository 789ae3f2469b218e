"""Hand-assembled MIME: every byte of the output is decided here."""
import base64
import html as htmllib
import quopri
import re
import urllib.parse
from email.utils import format_datetime

from gen_common import strip_accents


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def can_encode(s, charset):
    try:
        s.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


# --------------------------------------------------------------------------
# Header helpers
# --------------------------------------------------------------------------
def _chunks(text, size):
    """Split after whitespace so that no encoded word ends inside a word."""
    out, cur = [], ''
    for tok in re.findall(r'\S+\s*|\s+', text):
        while len(tok) > max(size, 24):
            if cur:
                out.append(cur)
                cur = ''
            out.append(tok[:max(size, 24)])
            tok = tok[max(size, 24):]
        if cur and len(cur) + len(tok) > size:
            out.append(cur)
            cur = ''
        cur += tok
    if cur:
        out.append(cur)
    return out


def encoded_words(text, charset, mode, size=None):
    """RFC 2047 encoded words, folded with CRLF-free '\n ' continuation."""
    cs = charset if can_encode(text, charset) and charset != 'us-ascii' else 'utf-8'
    words = []
    for piece in _chunks(text, size or (18 if mode == 'q' else 22)):
        raw = piece.encode(cs)
        if mode == 'b':
            words.append("=?%s?B?%s?=" % (cs, base64.b64encode(raw).decode('ascii')))
        else:
            enc = ''
            for b in raw:
                c = chr(b)
                if c == ' ':
                    enc += '_'
                elif c.isalnum() and b < 128:
                    enc += c
                elif c in "-!*+/" and b < 128:
                    enc += c
                else:
                    enc += "=%02X" % b
            words.append("=?%s?Q?%s?=" % (cs, enc))
    return "\n ".join(words)


def header_text(text, charset, mode):
    if is_ascii(text):
        return text
    return encoded_words(text, charset, mode)


SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def address(name, email, charset, mode):
    if not name:
        return email
    if is_ascii(name):
        if SPECIALS.search(name):
            return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (encoded_words(name, charset, mode, size=40), email)


def address_list(pairs, charset, mode):
    return ",\n ".join(address(n, e, charset, mode) for n, e in pairs)


# --------------------------------------------------------------------------
# Parts
# --------------------------------------------------------------------------
class Part:
    def __init__(self, headers, body=b'', children=None, boundary=None):
        self.headers = headers
        self.body = body
        self.children = children or []
        self.boundary = boundary

    def serialize(self):
        out = []
        for k, v in self.headers:
            out.append(("%s: %s\n" % (k, v)).encode('ascii'))
        out.append(b"\n")
        if self.children:
            if self.body:
                out.append(self.body)
            for ch in self.children:
                out.append(b"--" + self.boundary.encode('ascii') + b"\n")
                out.append(ch.serialize())
                if not out[-1].endswith(b"\n"):
                    out.append(b"\n")
            out.append(b"--" + self.boundary.encode('ascii') + b"--\n")
        else:
            out.append(self.body)
        return b"".join(out)


def encode_body(raw, cte):
    if cte in ('7bit', '8bit'):
        body = raw
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    elif cte == 'base64':
        body = base64.encodebytes(raw)
    else:
        raise ValueError(cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return body


def text_part(text, subtype, charset, cte):
    text = text.replace('\r\n', '\n')
    raw = text.encode(charset)
    if cte == '7bit' and not is_ascii(text):
        cte = '8bit'
    headers = [("Content-Type", 'text/%s; charset="%s"' % (subtype, charset)),
               ("Content-Transfer-Encoding", cte)]
    return Part(headers, encode_body(raw, cte))


def filename_params(filename, style, charset):
    """Return the Content-Type name and Content-Disposition parameter strings."""
    if style == 'plain' and is_ascii(filename):
        q = filename.replace('"', '')
        return '; name="%s"' % q, '; filename="%s"' % q
    if style == 'rfc2047':
        w = encoded_words(filename, charset, 'b').replace("\n ", "")
        return '; name="%s"' % w, '; filename="%s"' % w
    cs = 'utf-8' if (charset in ('us-ascii',) or not can_encode(filename, charset)) else charset
    enc = urllib.parse.quote(filename.encode(cs), safe='')
    if style == 'rfc2231_cont' and len(enc) > 30:
        pieces = [enc[i:i + 30] for i in range(0, len(enc), 30)]
        # never split a %XX escape
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
        params = ''.join(";\n filename*%d*=%s%s" % (i, ("%s''" % cs) if i == 0 else '', p)
                         for i, p in enumerate(fixed))
        return "; name*=%s''%s" % (cs, enc), params
    return "; name*=%s''%s" % (cs, enc), ";\n filename*=%s''%s" % (cs, enc)


def binary_part(data, ctype, filename, style, charset, inline=False):
    nparam, fparam = filename_params(filename, style, charset)
    headers = [("Content-Type", ctype + nparam),
               ("Content-Transfer-Encoding", "base64"),
               ("Content-Disposition", ("inline" if inline else "attachment") + fparam)]
    return Part(headers, encode_body(data, 'base64'))


def textfile_part(text, ctype, filename, style, charset, cte):
    """A text attachment (CSV, ICS, vCard) kept readable when possible."""
    if not can_encode(text, charset):
        charset = 'utf-8'
    raw = text.encode(charset)
    if cte == '7bit' and not is_ascii(text):
        cte = 'quoted-printable'
    nparam, fparam = filename_params(filename, style, charset)
    extra = ''
    if ctype == 'text/calendar':
        extra = '; method=REQUEST'
    headers = [("Content-Type", '%s; charset="%s"%s%s' % (ctype, charset, extra, nparam)),
               ("Content-Transfer-Encoding", cte),
               ("Content-Disposition", "attachment" + fparam)]
    return Part(headers, encode_body(raw, cte))


def rfc822_part(msg_bytes, filename, style, charset):
    cte = '7bit' if all(b < 128 for b in msg_bytes) else '8bit'
    nparam, fparam = filename_params(filename, style, charset)
    headers = [("Content-Type", "message/rfc822" + nparam),
               ("Content-Transfer-Encoding", cte),
               ("Content-Disposition", "attachment" + fparam)]
    body = msg_bytes if msg_bytes.endswith(b"\n") else msg_bytes + b"\n"
    return Part(headers, body)


def multipart(subtype, children, boundary, preamble=False):
    headers = [("Content-Type", 'multipart/%s;\n boundary="%s"' % (subtype, boundary))]
    body = b"This is a multi-part message in MIME format.\n\n" if preamble else b""
    return Part(headers, body, children, boundary)


# --------------------------------------------------------------------------
# Text <-> HTML
# --------------------------------------------------------------------------
def text_to_html(text, rng):
    font = rng.pick(["Calibri, sans-serif", "Arial, Helvetica, sans-serif",
                     "Segoe UI, sans-serif", "Verdana, sans-serif"])
    out, quote = [], False
    for line in text.split("\n"):
        if line.startswith(">"):
            if not quote:
                out.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">')
                quote = True
            out.append(htmllib.escape(line.lstrip("> ")) + "<br>")
            continue
        if quote:
            out.append("</blockquote>")
            quote = False
        out.append((htmllib.escape(line) if line else "&nbsp;") + "<br>")
    if quote:
        out.append("</blockquote>")
    return ('<html>\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body>\n<div style="font-family:%s;font-size:11pt">\n%s\n</div>\n</body>\n</html>\n'
            % (font, "\n".join(out)))


def html_to_text(h):
    t = re.sub(r'(?is)<(style|head).*?</\1>', '', h)
    t = re.sub(r'(?i)<br\s*/?>', '\n', t)
    t = re.sub(r'(?i)</(p|div|tr|h\d|li|table)>', '\n', t)
    t = re.sub(r'(?i)</t[dh]>', '\t', t)
    t = re.sub(r'<[^>]+>', '', t)
    t = htmllib.unescape(t)
    t = re.sub(r'[ \t]+\n', '\n', t)
    t = re.sub(r'\n{3,}', '\n\n', t)
    return t.strip() + "\n"


def fix_meta_charset(h, charset):
    return h.replace('charset=utf-8"', 'charset=%s"' % charset)


# --------------------------------------------------------------------------
# Transport choice and assembly
# --------------------------------------------------------------------------
class Transport:
    def __init__(self):
        self.crlf = False
        self.charset = 'utf-8'
        self.hdr_mode = 'q'
        self.structure = 'plain'
        self.fname_style = 'plain'
        self.noaccent = False
        self.preamble = False
        self.mailer = None


MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 115.6.0",
           "Apple Mail (2.3731)", None, None, "Zimbra 9.0.0_GA", None]


def _all_text(spec):
    parts = [spec.subject, spec.text or '', spec.html or '']
    for a in spec.attachments:
        parts.append(a.filename)
    parts += [n for n, _ in [spec.sender] + spec.to + spec.cc if n]
    return "\n".join(parts)


def choose_transport(spec, rng):
    t = Transport()
    t.crlf = rng.chance(0.35)
    t.hdr_mode = rng.pick(['q', 'b', 'q'])
    t.preamble = rng.chance(0.4)
    t.mailer = rng.pick(MAILERS)
    if spec.lang == 'fr' and rng.chance(0.08) and not spec.attachments:
        t.noaccent = True
    if spec.lang == 'fr':
        cs = rng.pick(['utf-8', 'utf-8', 'utf-8', 'iso-8859-1', 'iso-8859-1', 'windows-1252', 'windows-1252'])
    else:
        cs = rng.pick(['utf-8', 'utf-8', 'us-ascii', 'us-ascii', 'us-ascii', 'windows-1252', 'iso-8859-1'])
    body = (spec.text or '') + (spec.html or '') + spec.subject
    if t.noaccent:
        body = strip_accents(body)
        if is_ascii(body):
            cs = 'us-ascii'
    for cand in ([cs, 'utf-8'] if cs == 'us-ascii' else [cs, 'windows-1252', 'utf-8']):
        if cand == 'us-ascii' and not is_ascii(body):
            continue
        if can_encode(body, cand):
            cs = cand
            break
    t.charset = cs
    if spec.attachments:
        t.structure = rng.pick(['mixed', 'mixed', 'mixed_alt'])
        if spec.prefer == 'html':
            t.structure = 'mixed_html'
    elif spec.prefer:
        t.structure = spec.prefer
    else:
        t.structure = rng.pick(['plain'] * 11 + ['alt'] * 6 + ['html'] * 3)
    t.fname_style = rng.pick(['plain', 'plain', 'rfc2231', 'rfc2231', 'rfc2231_cont'])
    return t


def pick_cte(text, rng):
    if is_ascii(text):
        return rng.pick(['7bit'] * 5 + ['quoted-printable'] * 2 + ['base64'] * 2)
    return rng.pick(['8bit'] * 4 + ['quoted-printable'] * 4 + ['base64'] * 2)


class Builder:
    """Builds message bytes from a Spec.  `make_att` turns an Att into bytes."""

    def __init__(self, domain):
        self.domain = domain

    def build(self, spec, rng, when, msgid, t=None, in_reply_to=None):
        t = t or choose_transport(spec, rng)
        bcount = [0]

        def boundary():
            bcount[0] += 1
            return "----=_NextPart_%s_%03d_%04X" % (msgid.split('@')[0].strip('<').replace('.', ''),
                                                     bcount[0], rng.randrange(0x10000))

        subject = spec.subject
        text = spec.text
        html = spec.html
        if t.noaccent:
            subject = strip_accents(subject)
            text = strip_accents(text) if text else text
            html = strip_accents(html) if html else html
        cs = t.charset
        if html is None and t.structure in ('alt', 'html', 'mixed_alt', 'mixed_html'):
            html = text_to_html(text, rng)
        if text is None:
            text = html_to_text(html)
        if html is not None:
            html = fix_meta_charset(html, cs)

        def body_part():
            if t.structure in ('plain', 'mixed'):
                return text_part(text, 'plain', cs, pick_cte(text, rng))
            if t.structure in ('html', 'mixed_html'):
                return text_part(html, 'html', cs, pick_cte(html, rng))
            return multipart('alternative', [text_part(text, 'plain', cs, pick_cte(text, rng)),
                                             text_part(html, 'html', cs, pick_cte(html, rng))],
                             boundary())

        root = body_part()
        if spec.attachments:
            kids = [root]
            for a in spec.attachments:
                kids.append(self.att_part(a, t, rng, when, msgid))
            root = multipart('mixed', kids, boundary(), t.preamble)

        hdrs = [("From", address(spec.sender[0], spec.sender[1], cs, t.hdr_mode)),
                ("To", address_list(spec.to, cs, t.hdr_mode))]
        if spec.cc:
            hdrs.append(("Cc", address_list(spec.cc, cs, t.hdr_mode)))
        hdrs.append(("Subject", header_text(subject, cs, t.hdr_mode)))
        hdrs.append(("Date", format_datetime(when)))
        hdrs.append(("Message-ID", msgid))
        if in_reply_to:
            hdrs.append(("In-Reply-To", in_reply_to))
            hdrs.append(("References", in_reply_to))
        if t.mailer:
            hdrs.append(("X-Mailer", t.mailer))
        hdrs.append(("MIME-Version", "1.0"))
        root.headers = hdrs + root.headers
        data = root.serialize()
        if t.crlf:
            data = data.replace(b"\n", b"\r\n")
        return data, t

    def att_part(self, a, t, rng, when, msgid):
        style = t.fname_style
        if not is_ascii(a.filename) and style == 'plain':
            style = rng.pick(['rfc2231', 'rfc2047'])
        if a.kind == 'eml':
            inner_spec, inner_when, inner_id = a.data
            inner_t = choose_transport(inner_spec, rng)
            inner_t.crlf = False
            if inner_spec.attachments:
                inner_t.structure = 'mixed'
            raw, _ = self.build(inner_spec, rng, inner_when, inner_id, inner_t)
            return rfc822_part(raw, a.filename, style, t.charset)
        if a.kind in ('csv', 'ics', 'vcf', 'txt'):
            cte = rng.pick(['7bit', 'quoted-printable', 'base64']) if is_ascii(a.data) \
                else rng.pick(['8bit', 'quoted-printable', 'base64'])
            cs = t.charset if can_encode(a.data, t.charset) and t.charset != 'us-ascii' else 'utf-8'
            if is_ascii(a.data):
                cs = rng.pick(['us-ascii', cs])
            return textfile_part(a.data, a.ctype, a.filename, style, cs, cte)
        return binary_part(a.data, a.ctype, a.filename, style, t.charset, a.inline)
