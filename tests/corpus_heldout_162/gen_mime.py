"""Hand-assembled MIME: full control over charsets, transfer encodings, line ends,
RFC 2047 encoded words and RFC 2231 parameters.  Deterministic by construction."""
import base64
import quopri
import urllib.parse

SPECIALS = set('()<>@,;:\\".[]')
Q_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


# --------------------------------------------------------------------------- RFC 2047
def _q_char(ch, charset):
    if ch == " ":
        return "_"
    if ch in Q_SAFE:
        return ch
    return "".join(f"={b:02X}" for b in ch.encode(charset))


def enc_words(text, charset="utf-8", enc="q", maxlen=74):
    """Split text into RFC 2047 encoded words (never splitting a character)."""
    prefix = f"=?{charset}?{enc.upper() if enc == 'b' else enc}?"
    words, cur = [], ""
    if enc == "q":
        for ch in text:
            piece = _q_char(ch, charset)
            if len(prefix) + len(cur) + len(piece) + 2 > maxlen:
                words.append(prefix + cur + "?=")
                cur = ""
            cur += piece
        words.append(prefix + cur + "?=")
        return words
    raw = b""
    for ch in text:
        b = ch.encode(charset)
        if len(prefix) + len(base64.b64encode(raw + b)) + 2 > maxlen:
            words.append(prefix + base64.b64encode(raw).decode() + "?=")
            raw = b""
        raw += b
    words.append(prefix + base64.b64encode(raw).decode() + "?=")
    return words


def fold_words(words, eol):
    return (eol + " ").join(words)


def header_text(text, style, eol, charset="utf-8"):
    """style: raw (ASCII only, folded at spaces), q, b."""
    if style == "raw" and is_ascii(text):
        return fold_plain(text, eol)
    if style == "raw":
        style = "q"
    return fold_words(enc_words(text, charset, style), eol)


def fold_plain(text, eol, width=72):
    if len(text) <= width:
        return text
    out, line = [], ""
    for w in text.split(" "):
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = (line + " " + w) if line else w
    out.append(line)
    return (eol + " ").join(out)


def addr(name, email, style="plain", charset="utf-8", eol="\r\n"):
    if not name:
        return email if style != "angle" else f"<{email}>"
    if style in ("q", "b") or not is_ascii(name):
        if style not in ("q", "b"):
            style = "q"
        if charset in ("us-ascii",):
            charset = "utf-8"
        try:
            name.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        return fold_words(enc_words(name, charset, style, maxlen=70), eol) + f" <{email}>"
    if style == "quoted" or any(c in SPECIALS for c in name):
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + f'" <{email}>'
    return f"{name} <{email}>"


def addr_list(items, eol):
    return ("," + eol + " ").join(items)


# --------------------------------------------------------------------------- RFC 2231 params
def _pct(s, charset):
    return urllib.parse.quote(s.encode(charset), safe="!#$&+-.^_`|~")


def param(name, value, style, eol):
    """Return one ';'-prefixed parameter text for a file name."""
    if style == "plain" and not is_ascii(value):
        style = "2231"
    if style == "plain":
        return f'; {name}="{value}"'
    if style == "2047":
        return f';{eol} {name}="' + "".join(enc_words(value, "utf-8", "b", maxlen=200)) + '"'
    if style == "2231latin1":
        try:
            return f";{eol} {name}*=iso-8859-1''" + _pct(value, "iso-8859-1")
        except UnicodeEncodeError:
            style = "2231"
    if style == "2231":
        return f";{eol} {name}*=utf-8''" + _pct(value, "utf-8")
    if style == "2231cont":
        enc = _pct(value, "utf-8")
        chunks, i = [], 0
        while i < len(enc):
            j = min(i + 30, len(enc))
            while j < len(enc) and "%" in enc[j - 2:j]:
                j += 1
            chunks.append(enc[i:j])
            i = j
        out = ""
        for k, c in enumerate(chunks):
            pre = "utf-8''" if k == 0 else ""
            out += f";{eol} {name}*{k}*={pre}{c}"
        return out
    raise ValueError(style)


# --------------------------------------------------------------------------- body encoders
def encode_text(text, charset, cte, eol):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(charset)
    e = eol.encode()
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            data.decode("ascii")
        for line in data.split(b"\n"):
            assert len(line) < 990, "line too long for 7bit/8bit"
        return data.replace(b"\n", e)
    if cte == "quoted-printable":
        qp = quopri.encodestring(data)
        return qp.replace(b"\n", e)
    if cte == "base64":
        data = text.replace("\n", "\r\n").encode(charset)
        return base64.encodebytes(data).replace(b"\n", e)
    raise ValueError(cte)


def encode_binary(data, eol):
    return base64.encodebytes(data).replace(b"\n", eol.encode())


# --------------------------------------------------------------------------- nodes
class Leaf:
    def __init__(self, ctype, data, charset=None, cte=None, filename=None, disposition=None,
                 fname_style="plain", ctype_extra="", extra_headers=None, name_param=True):
        self.ctype, self.data, self.charset, self.cte = ctype, data, charset, cte
        self.filename, self.disposition, self.fname_style = filename, disposition, fname_style
        self.ctype_extra, self.extra_headers, self.name_param = ctype_extra, extra_headers or [], name_param

    def headers(self, eol):
        ct = self.ctype
        if self.charset:
            ct += f'; charset="{self.charset}"' if self.ctype != "text/calendar" else f"; charset={self.charset}"
        ct += self.ctype_extra
        if self.filename and self.name_param:
            ct += param("name", self.filename, self.fname_style, eol)
        h = [("Content-Type", ct)]
        if self.disposition:
            cd = self.disposition
            if self.filename:
                cd += param("filename", self.filename, self.fname_style, eol)
            h.append(("Content-Disposition", cd))
        h.append(("Content-Transfer-Encoding", self.cte))
        h.extend(self.extra_headers)
        return h

    def body(self, eol):
        if isinstance(self.data, str):
            return encode_text(self.data, self.charset, self.cte, eol)
        assert self.cte == "base64"
        return encode_binary(self.data, eol)


class Multi:
    def __init__(self, subtype, parts, boundary, preamble=None, ctype_extra=""):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.preamble, self.ctype_extra = preamble, ctype_extra

    def headers(self, eol):
        return [("Content-Type", f"multipart/{self.subtype};{eol} boundary=\"{self.boundary}\"" + self.ctype_extra)]

    def body(self, eol):
        e = eol.encode()
        out = b""
        if self.preamble:
            out += self.preamble.encode("ascii") + e + e
        for p in self.parts:
            out += b"--" + self.boundary.encode() + e
            out += render_headers(p.headers(eol), eol) + e
            b = p.body(eol)
            if not b.endswith(e):
                b += e
            out += b
        out += b"--" + self.boundary.encode() + b"--" + e
        return out


class Rfc822:
    """An attached message; inner is (headers, root) rendered with the outer line end."""

    def __init__(self, inner_headers, inner_root, filename=None, fname_style="plain", cte="7bit"):
        self.inner_headers, self.inner_root = inner_headers, inner_root
        self.filename, self.fname_style, self.cte = filename, fname_style, cte

    def headers(self, eol):
        ct = "message/rfc822"
        if self.filename:
            ct += param("name", self.filename, self.fname_style, eol)
        h = [("Content-Type", ct)]
        cd = "attachment"
        if self.filename:
            cd += param("filename", self.filename, self.fname_style, eol)
        h.append(("Content-Disposition", cd))
        if self.cte != "7bit":
            h.append(("Content-Transfer-Encoding", self.cte))
        return h

    def body(self, eol):
        return render_message(self.inner_headers, self.inner_root, eol)


def render_headers(headers, eol):
    out = ""
    for k, v in headers:
        out += f"{k}: {v}{eol}"
    return out.encode("ascii")


def render_message(headers, root, eol):
    hs = list(headers) + [("MIME-Version", "1.0")] + root.headers(eol)
    return render_headers(hs, eol) + eol.encode() + root.body(eol)


def needs_8bit(node):
    if isinstance(node, Leaf):
        return node.cte == "8bit"
    if isinstance(node, Multi):
        return any(needs_8bit(p) for p in node.parts)
    if isinstance(node, Rfc822):
        return needs_8bit(node.inner_root)
    return False
