"""Hand-assembled MIME: deterministic boundaries, charsets, transfer encodings, line ends."""
import base64
import datetime
import hashlib
import html
import quopri
import urllib.parse
from email.header import Header
from email.utils import format_datetime

TZ_EST = datetime.timezone(datetime.timedelta(hours=-5))
TZ_EDT = datetime.timezone(datetime.timedelta(hours=-4))


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def enc_words(text, charset="utf-8", mode="b"):
    """RFC 2047 encoding of a header text if it is not ASCII."""
    if is_ascii(text):
        return text
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    h = Header(text, charset=charset, maxlinelen=76)
    out = h.encode()
    if mode == "q" and charset.lower() != "utf-8":
        # email.header picks Q for latin-1 already; keep what it produced
        return out
    return out


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    if is_ascii(name):
        if any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (enc_words(name, charset), email)


def msg_date(year, month, day, hour, minute, second=0):
    d = datetime.date(year, month, day)
    # rough DST window for the invented corpus
    dst = datetime.date(year, 3, 9) <= d < datetime.date(year, 11, 2)
    dt = datetime.datetime(year, month, day, hour, minute, second, tzinfo=TZ_EDT if dst else TZ_EST)
    return format_datetime(dt)


def msg_id(seed, key, domain):
    h = hashlib.sha256(("%s|%s" % (seed, key)).encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)


def boundary(seed, key, n=0):
    h = hashlib.sha256(("b|%s|%s|%d" % (seed, key, n)).encode()).hexdigest()
    return "----=_Part_%s_%s" % (h[:12], h[12:20])


class Leaf:
    """A single body part.  Text when payload is str, binary when bytes."""

    def __init__(self, ctype, payload, charset=None, cte=None, filename=None, disposition=None,
                 extra=None):
        self.ctype, self.payload, self.charset, self.cte = ctype, payload, charset, cte
        self.filename, self.disposition, self.extra = filename, disposition, extra or []


class Multi:
    def __init__(self, subtype, parts, bnd, preamble=None):
        self.subtype, self.parts, self.bnd, self.preamble = subtype, parts, bnd, preamble


class Attached:
    """message/rfc822 part carrying an already-rendered message (bytes, LF line ends)."""

    def __init__(self, raw, filename=None):
        self.raw, self.filename = raw, filename


def fname_params(fn):
    if is_ascii(fn):
        return 'filename="%s"' % fn, 'name="%s"' % fn
    q = urllib.parse.quote(fn.encode("utf-8"), safe="")
    return "filename*=utf-8''%s" % q, "name*=utf-8''%s" % q


def _encode_text(text, charset, cte):
    cs = charset or "utf-8"
    try:
        data = text.encode(cs)
    except (UnicodeEncodeError, LookupError):
        cs = "utf-8"
        data = text.encode(cs)
    if cs.lower() == "us-ascii" and not is_ascii(text):
        cs, data = "utf-8", text.encode("utf-8")
    cte = cte or ("7bit" if is_ascii(text) else "8bit")
    if cte == "7bit" and any(b > 127 for b in data):
        cte = "quoted-printable"
    if any(len(line) > 900 for line in data.split(b"\n")) and cte in ("7bit", "8bit"):
        cte = "quoted-printable"
    if cte in ("7bit", "8bit"):
        body = data
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        raise ValueError(cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return cs, cte, body


def render_part(node):
    """Return bytes with LF line ends (header block + body)."""
    if isinstance(node, Multi):
        lines = [b'Content-Type: multipart/%s; boundary="%s"' % (node.subtype.encode(), node.bnd.encode()), b""]
        out = b"\n".join(lines) + b"\n"
        if node.preamble:
            out += node.preamble.encode("ascii") + b"\n"
        for p in node.parts:
            out += b"--" + node.bnd.encode() + b"\n" + render_part(p)
        out += b"--" + node.bnd.encode() + b"--\n"
        return out
    if isinstance(node, Attached):
        h = [b"Content-Type: message/rfc822"]
        if node.filename:
            fp, _ = fname_params(node.filename)
            h.append(b"Content-Disposition: attachment; " + fp.encode())
        else:
            h.append(b"Content-Disposition: inline")
        body = node.raw
        cte = b"8bit" if any(b > 127 for b in body) else b"7bit"
        h.append(b"Content-Transfer-Encoding: " + cte)
        return b"\n".join(h) + b"\n\n" + body + (b"" if body.endswith(b"\n") else b"\n")
    # leaf
    hdrs = []
    if isinstance(node.payload, str):
        cs, cte, body = _encode_text(node.payload, node.charset, node.cte)
        ct = "Content-Type: %s; charset=%s" % (node.ctype, cs if cs != "utf-8" else "utf-8")
        if node.ctype == "text/calendar":
            ct += "; method=REQUEST"
    else:
        cte = node.cte or "base64"
        if cte != "base64":
            raise ValueError("binary must be base64")
        body = base64.encodebytes(node.payload)
        ct = "Content-Type: %s" % node.ctype
    if node.filename:
        fp, np_ = fname_params(node.filename)
        ct += "; " + np_
        hdrs.append(ct)
        hdrs.append("Content-Disposition: %s; %s" % (node.disposition or "attachment", fp))
    else:
        hdrs.append(ct)
        if node.disposition:
            hdrs.append("Content-Disposition: %s" % node.disposition)
    hdrs.append("Content-Transfer-Encoding: %s" % cte)
    for k, v in node.extra:
        hdrs.append("%s: %s" % (k, v))
    return "\n".join(hdrs).encode("ascii") + b"\n\n" + body


def render_message(headers, root, eol="\n"):
    """headers: list of (name, value) already ASCII-safe.  Returns bytes."""
    hb = []
    for k, v in headers:
        v.encode("ascii")
        hb.append("%s: %s" % (k, v))
    hb.append("MIME-Version: 1.0")
    out = "\n".join(hb).encode("ascii") + b"\n" + render_part(root)
    if eol == "\r\n":
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


def text_to_html(text, style="plain", charset="utf-8"):
    """Turn a plain text into the kind of HTML mail clients produce."""
    paras = text.split("\n\n")
    font = {"plain": "Calibri, sans-serif", "outlook": "Aptos, Calibri, sans-serif",
            "web": "Arial, Helvetica, sans-serif"}.get(style, "Calibri, sans-serif")
    chunks = []
    for p in paras:
        lines = [html.escape(x) for x in p.split("\n")]
        if lines and all(x.startswith("&gt;") for x in lines if x):
            chunks.append('<blockquote style="border-left:2px solid #999;padding-left:6px">%s</blockquote>'
                          % "<br>\n".join(x[4:].lstrip() for x in lines))
        else:
            chunks.append("<p>%s</p>" % "<br>\n".join(lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body style="font-family:%s;font-size:11pt">\n%s\n</body></html>\n' % (charset, font, "\n".join(chunks)))


def html_table(rows, header=None):
    h = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">']
    if header:
        h.append("<tr>%s</tr>" % "".join("<th>%s</th>" % html.escape(str(c)) for c in header))
    for r in rows:
        h.append("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(str(c)) for c in r))
    h.append("</table>")
    return "\n".join(h)


def quote_block(text):
    return "\n".join(("> " + x) if x else ">" for x in text.split("\n"))
