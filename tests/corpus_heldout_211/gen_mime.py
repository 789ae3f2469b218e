"""Hand-assembled MIME: fixed boundaries, chosen charsets, transfer encodings,
RFC 2047 header words, RFC 2231 file names, CRLF or LF line ends."""
import base64
import re
import binascii
import urllib.parse


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


# --------------------------------------------------------------------------
# RFC 2047
# --------------------------------------------------------------------------
_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_encode(data):
    out = []
    for b in data:
        if b == 0x20:
            out.append("_")
        elif b in _Q_SAFE:
            out.append(chr(b))
        else:
            out.append("=%02X" % b)
    return "".join(out)


def encoded_words(text, charset="utf-8", mode="q", maxlen=75):
    """Split *text* into RFC 2047 encoded words, each at most maxlen chars."""
    words, cur = [], ""
    prefix = "=?%s?%s?" % (charset, mode.upper())

    def enc(s):
        data = s.encode(charset)
        if mode == "q":
            return _q_encode(data)
        return base64.b64encode(data).decode("ascii")

    for ch in text:
        trial = cur + ch
        if len(prefix) + len(enc(trial)) + 2 > maxlen and cur:
            words.append(prefix + enc(cur) + "?=")
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(prefix + enc(cur) + "?=")
    return words


def header_text(text, charset="utf-8", mode="q", force=False):
    """Return a header value: raw if plain ASCII (unless force), else encoded words."""
    if is_ascii(text) and not force:
        return text
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return "\n ".join(encoded_words(text, charset, mode))


_SPECIALS = set('()<>@,;:\\".[]')


def address(name, addr, charset="utf-8", mode="q", force=False):
    if not name:
        return addr
    if is_ascii(name) and not force:
        if any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (" ".join(encoded_words(name, charset, mode)), addr)


def address_list(pairs, charset="utf-8", mode="q", force=False):
    return ",\n ".join(address(n, a, charset, mode, force) for n, a in pairs)


# --------------------------------------------------------------------------
# Parts
# --------------------------------------------------------------------------
class Leaf:
    """A single body part. *content* is str (text, encoded with charset) or bytes."""

    def __init__(self, ctype, content, charset=None, cte="base64", filename=None,
                 disposition=None, fn_style="plain", extra_params=None, extra_headers=None):
        self.ctype = ctype
        self.content = content
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.disposition = disposition
        self.fn_style = fn_style
        self.extra_params = extra_params or []
        self.extra_headers = extra_headers or []


class Multi:
    def __init__(self, subtype, parts, boundary):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary


class Nested:
    """message/rfc822 wrapping already rendered (LF) message bytes."""

    def __init__(self, data, filename=None, fn_style="plain"):
        self.data = data
        self.filename = filename
        self.fn_style = fn_style


def _filename_params(name, style):
    if style == "2231":
        q = urllib.parse.quote(name.encode("utf-8"), safe="")
        if len(q) > 60:
            tokens = re.findall(r"%[0-9A-F]{2}|.", q)
            chunks, cur = [], ""
            for t in tokens:
                if len(cur) + len(t) > 60:
                    chunks.append(cur)
                    cur = ""
                cur += t
            chunks.append(cur)
            return ["filename*%d*=%s%s" % (i, "utf-8''" if i == 0 else "", c)
                    for i, c in enumerate(chunks)]
        return ["filename*=utf-8''%s" % q]
    if style == "2047":
        return ['filename="%s"' % " ".join(encoded_words(name, "utf-8", "b"))]
    return ['filename="%s"' % name]


def _name_param(name, style):
    if style == "2231":
        return "name*=utf-8''%s" % urllib.parse.quote(name.encode("utf-8"), safe="")
    if style == "2047":
        return 'name="%s"' % " ".join(encoded_words(name, "utf-8", "b"))
    return 'name="%s"' % name


def _encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
        if not out.endswith(b"\n"):
            out += b"\n"
        return out
    if cte == "7bit":
        data.decode("ascii")
    if not data.endswith(b"\n"):
        data += b"\n"
    for line in data.split(b"\n"):
        assert len(line) < 990, "line too long for %s" % cte
    return data


def _fold_params(first, params):
    line = first
    out = []
    for p in params:
        if len(line) + len(p) + 2 > 76:
            out.append(line + ";")
            line = " " + p
        else:
            line += "; " + p
    out.append(line)
    return "\n".join(out)


def render_part(part):
    """Return bytes (LF line ends) of headers + body for a part."""
    if isinstance(part, Multi):
        head = 'Content-Type: multipart/%s;\n boundary="%s"\n' % (part.subtype, part.boundary)
        body = b"This is a multi-part message in MIME format.\n"
        for p in part.parts:
            body += b"\n--" + part.boundary.encode() + b"\n" + render_part(p)
        body += b"\n--" + part.boundary.encode() + b"--\n"
        return head.encode() + b"\n" + body
    if isinstance(part, Nested):
        head = "Content-Type: message/rfc822"
        if part.filename:
            head = _fold_params(head, [_name_param(part.filename, part.fn_style)])
        head += "\n"
        if part.filename:
            head += _fold_params("Content-Disposition: attachment",
                                 _filename_params(part.filename, part.fn_style)) + "\n"
        else:
            head += "Content-Disposition: inline\n"
        data = part.data
        try:
            data.decode("ascii")
            cte = "7bit"
        except UnicodeDecodeError:
            cte = "8bit"
        head += "Content-Transfer-Encoding: %s\n" % cte
        if not data.endswith(b"\n"):
            data += b"\n"
        return head.encode() + b"\n" + data
    params = []
    if part.charset:
        params.append("charset=%s" % part.charset)
    params.extend(part.extra_params)
    if part.filename:
        params.append(_name_param(part.filename, part.fn_style))
    head = _fold_params("Content-Type: %s" % part.ctype, params) + "\n"
    head += "Content-Transfer-Encoding: %s\n" % part.cte
    if part.disposition:
        if part.filename:
            head += _fold_params("Content-Disposition: %s" % part.disposition,
                                 _filename_params(part.filename, part.fn_style)) + "\n"
        else:
            head += "Content-Disposition: %s\n" % part.disposition
    for k, v in part.extra_headers:
        head += "%s: %s\n" % (k, v)
    data = part.content
    if isinstance(data, str):
        data = data.encode(part.charset or "utf-8")
    return head.encode("ascii") + b"\n" + _encode_body(data, part.cte)


def render_message(headers, root, crlf=False):
    """headers: list of (name, value) with ASCII values (folded with '\\n ')."""
    out = []
    for k, v in headers:
        out.append("%s: %s\n" % (k, v))
    out.append("MIME-Version: 1.0\n")
    data = "".join(out).encode("ascii") + render_part(root)
    assert b"\r" not in data
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    return data
