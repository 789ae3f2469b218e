"""Hand-assembled MIME.  Everything is rendered with LF and converted to CRLF
at the very end when a message wants CRLF line ends."""
import base64
import email.header
import email.utils
import quopri
import urllib.parse

CHARSET_CODEC = {"utf-8": "utf-8", "us-ascii": "ascii", "iso-8859-1": "latin-1",
                 "windows-1252": "cp1252"}


def can_encode(text, charset):
    try:
        text.encode(CHARSET_CODEC[charset])
        return True
    except UnicodeEncodeError:
        return False


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def enc_words(text, charset="utf-8"):
    """RFC 2047 encode a header text if (and only if) it needs it, or always when forced."""
    if is_ascii(text):
        return text
    if not can_encode(text, charset):
        charset = "utf-8"
    return email.header.Header(text, charset, maxlinelen=76).encode(linesep="\n")


def force_words(text, charset="utf-8"):
    if not can_encode(text, charset):
        charset = "utf-8"
    h = email.header.Header(maxlinelen=76)
    h.append(text, charset)
    out = h.encode(linesep="\n")
    if out == text:  # ascii text with an ascii charset: Q-encode by hand
        b = text.encode("ascii")
        q = "".join(chr(c) if (chr(c).isalnum()) else "=%02X" % c for c in b)
        out = "=?us-ascii?q?%s?=" % q
    return out


def fmt_addr(name, addr, charset="utf-8", force=False):
    if not name:
        return addr
    if force:
        return "%s <%s>" % (force_words(name, charset), addr)
    if is_ascii(name):
        return email.utils.formataddr((name, addr))
    return "%s <%s>" % (enc_words(name, charset), addr)


def param_filename(key, fname, style="auto"):
    """filename="x" for ASCII, RFC 2231 (key*=utf-8''...) otherwise or when asked."""
    if style == "2231" or (style == "auto" and not is_ascii(fname)):
        return "%s*=utf-8''%s" % (key, urllib.parse.quote(fname.encode("utf-8"), safe=""))
    if style == "2231-latin1" and can_encode(fname, "iso-8859-1"):
        return "%s*=iso-8859-1'fr'%s" % (key, urllib.parse.quote(fname.encode("latin-1"), safe=""))
    return '%s="%s"' % (key, fname)


class Leaf:
    def __init__(self, ctype, payload, charset=None, cte=None, filename=None, disposition=None,
                 fname_style="auto", params="", extra=None):
        self.ctype, self.payload, self.charset, self.cte = ctype, payload, charset, cte
        self.filename, self.disposition, self.fname_style = filename, disposition, fname_style
        self.params, self.extra = params, extra or []

    def render(self):
        hdrs = []
        ct = self.ctype
        if self.charset:
            ct += "; charset=%s" % (self.charset if self.charset != "iso-8859-1" else '"iso-8859-1"')
        ct += self.params
        if self.filename:
            ct += ";\n\t" + param_filename("name", self.filename, self.fname_style)
        hdrs.append("Content-Type: " + ct)
        if isinstance(self.payload, str):
            data = self.payload.encode(CHARSET_CODEC[self.charset or "us-ascii"])
        else:
            data = self.payload
        cte = self.cte or "base64"
        if cte == "7bit":
            assert all(b < 128 for b in data), "7bit with 8-bit data"
            body = data
        elif cte == "8bit":
            body = data
        elif cte == "quoted-printable":
            body = quopri.encodestring(data)
        elif cte == "base64":
            body = base64.encodebytes(data)
        else:
            raise ValueError(cte)
        hdrs.append("Content-Transfer-Encoding: " + cte)
        if self.disposition or self.filename:
            d = self.disposition or "attachment"
            if self.filename:
                d += ";\n\t" + param_filename("filename", self.filename, self.fname_style)
            hdrs.append("Content-Disposition: " + d)
        hdrs.extend(self.extra)
        body = body.replace(b"\r\n", b"\n")
        if not body.endswith(b"\n"):
            body += b"\n"
        for line in body.split(b"\n"):
            assert len(line) < 990, "line too long in %s" % self.ctype
        return hdrs, body


class Multi:
    def __init__(self, subtype, parts, boundary, preamble=None, params=""):
        self.subtype, self.parts, self.boundary, self.preamble, self.params = subtype, parts, boundary, preamble, params

    def render(self):
        hdrs = ['Content-Type: multipart/%s;\n\tboundary="%s"%s' % (self.subtype, self.boundary, self.params)]
        out = []
        if self.preamble:
            out.append(self.preamble.encode("ascii") + b"\n")
        for p in self.parts:
            ph, pb = p.render()
            out.append(b"--" + self.boundary.encode() + b"\n")
            out.append("\n".join(ph).encode("ascii") + b"\n\n")
            out.append(pb)
        out.append(b"--" + self.boundary.encode() + b"--\n")
        return hdrs, b"".join(out)


def render_message(headers, body, crlf=False):
    """headers: list of (name, value) already encoded to ASCII.  body: Leaf or Multi."""
    lines = ["%s: %s" % (k, v) for k, v in headers]
    lines.append("MIME-Version: 1.0")
    bh, bb = body.render()
    lines.extend(bh)
    head = "\n".join(lines).encode("ascii") + b"\n\n"
    data = head + bb
    data = data.replace(b"\r\n", b"\n")
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    return data
