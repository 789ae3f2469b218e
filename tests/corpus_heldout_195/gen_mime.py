"""Hand-assembled MIME: fixed boundaries, explicit charsets, transfer encodings and line ends."""
import base64
import email.utils
import quopri
import urllib.parse
from email.header import Header

# characters that iso-8859-1 / windows-1252 cannot carry, mapped to plain forms
_LATIN_FALLBACK = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-",
                   "\u2013": "-", "\u2026": "...", "\u0153": "oe", "\u0152": "OE", "\u00a0": " ",
                   "\u202f": " ", "\u2022": "-", "\u20ac": "EUR"}


def fit_charset(text, charset):
    """Return text that encodes in charset (replacing typographic characters if needed)."""
    try:
        text.encode(charset)
        return text
    except UnicodeEncodeError:
        pass
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            rep = _LATIN_FALLBACK.get(ch)
            if rep is None:
                raise
            out.append(rep)
    return "".join(out)


class Leaf:
    def __init__(self, ctype, data, charset=None, cte=None, filename=None, fn_mode="plain",
                 disposition=None, name_param=False, extra_headers=None):
        self.ctype = ctype
        self.data = data
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.fn_mode = fn_mode
        self.disposition = disposition or ("attachment" if filename else None)
        self.name_param = name_param
        self.extra_headers = extra_headers or []


class Multi:
    def __init__(self, subtype, parts, boundary, preamble=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble


def _fn_param(key, fname, mode):
    if mode == "plain" and not _is_ascii(fname):
        mode = "2231"
    if mode == "2231" and not _is_ascii(fname):
        return "%s*=utf-8''%s" % (key, urllib.parse.quote(fname, safe=""))
    if mode == "2231":
        return "%s*=us-ascii'en'%s" % (key, urllib.parse.quote(fname, safe=""))
    if mode == "2047" and not _is_ascii(fname):
        return '%s="%s"' % (key, Header(fname, "utf-8").encode(maxlinelen=998))
    return '%s="%s"' % (key, fname.replace('"', "'"))


def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _encode_body(raw, cte):
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw)
        return enc if enc.endswith(b"\n") else enc + b"\n"
    if cte == "7bit":
        raw.decode("ascii")
    return raw if raw.endswith(b"\n") else raw + b"\n"


def render_part(part):
    """Bytes (LF line ends) of headers + body of one MIME entity."""
    lines = []
    if isinstance(part, Multi):
        lines.append('Content-Type: multipart/%s; boundary="%s"' % (part.subtype, part.boundary))
        out = ("\n".join(lines) + "\n\n").encode("ascii")
        if part.preamble:
            out += part.preamble.encode("ascii") + b"\n"
        for p in part.parts:
            out += ("--%s\n" % part.boundary).encode("ascii") + render_part(p)
        out += ("--%s--\n" % part.boundary).encode("ascii")
        return out
    ct = part.ctype
    if part.charset:
        ct += "; charset=%s" % (part.charset if part.charset != "us-ascii" else '"us-ascii"')
    if part.filename and (part.name_param or part.disposition == "inline"):
        ct += ";\n " + _fn_param("name", part.filename, part.fn_mode)
    lines.append("Content-Type: " + ct)
    cte = part.cte
    if isinstance(part.data, str):
        text = part.data.replace("\r\n", "\n")
        if part.charset:
            text = fit_charset(text, part.charset)
            raw = text.encode(part.charset)
        else:
            raw = text.encode("utf-8")
    else:
        raw = part.data
    if cte is None:
        cte = "7bit" if _is_ascii_bytes(raw) else "base64"
    lines.append("Content-Transfer-Encoding: " + cte)
    if part.disposition:
        disp = part.disposition
        if part.filename:
            disp += ";\n " + _fn_param("filename", part.filename, part.fn_mode)
        lines.append("Content-Disposition: " + disp)
    lines.extend(part.extra_headers)
    body = _encode_body(raw, cte)
    return ("\n".join(lines) + "\n\n").encode("ascii") + body


def _is_ascii_bytes(b):
    try:
        b.decode("ascii")
    except UnicodeDecodeError:
        return False
    return all(len(line) < 990 for line in b.split(b"\n"))


def enc_header_text(value, charset="utf-8", name="Subject"):
    if _is_ascii(value):
        return Header(value, "us-ascii", header_name=name).encode(linesep="\n")
    if charset in ("us-ascii", None):
        charset = "utf-8"
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode(linesep="\n")


def enc_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    if _is_ascii(name):
        return email.utils.formataddr((name, addr))
    cs = charset if charset not in ("us-ascii", None) else "utf-8"
    try:
        name.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return "%s <%s>" % (Header(name, cs).encode(), addr)


def render_message(headers, root, crlf=False):
    """headers: list of (name, already-encoded value).  Returns the message bytes."""
    head = "".join("%s: %s\n" % (k, v) for k, v in headers)
    head += "MIME-Version: 1.0\n"
    data = head.encode("ascii") + render_part(root)
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data
