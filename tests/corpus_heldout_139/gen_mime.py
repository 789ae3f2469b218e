"""Hand-assembled MIME: explicit boundaries, charsets, transfer encodings, line ends."""
import base64
import html
import quopri
import urllib.parse
from email.header import Header
from email.utils import format_datetime, formataddr


class Leaf:
    def __init__(self, ctype, payload, cte, charset=None, filename=None, fn_style="plain",
                 disposition=None, extra_params=None, description=None):
        self.ctype = ctype
        self.payload = payload      # str for text/*, bytes otherwise (or a nested message's bytes)
        self.cte = cte
        self.charset = charset
        self.filename = filename
        self.fn_style = fn_style
        self.disposition = disposition
        self.extra_params = extra_params or []
        self.description = description


class Multi:
    def __init__(self, subtype, boundary, parts):
        self.subtype = subtype
        self.boundary = boundary
        self.parts = parts


def _fn_params(name, style, key):
    """Return the parameter text for a file name (plain, RFC 2231 or RFC 2047)."""
    if all(ord(c) < 128 for c in name) and style != "rfc2231_force":
        return '%s="%s"' % (key, name)
    if style in ("rfc2231", "rfc2231_force"):
        return "%s*=utf-8''%s" % (key, urllib.parse.quote(name, safe=""))
    if style == "rfc2231_latin1":
        return "%s*=iso-8859-1''%s" % (key, urllib.parse.quote(name.encode("iso-8859-1"), safe=""))
    enc = Header(name, "utf-8").encode(maxlinelen=10000)
    return '%s="%s"' % (key, enc)


def encode_text(text, charset, cte, eol):
    text = text.replace("\r\n", "\n")
    if cte in ("7bit", "8bit"):
        raw = text.encode(charset)
        return raw.replace(b"\n", eol)
    if cte == "quoted-printable":
        raw = text.encode(charset)
        q = quopri.encodestring(raw, quotetabs=False)
        return q.replace(b"\n", eol)
    if cte == "base64":
        raw = text.replace("\n", "\r\n").encode(charset)
        return base64.encodebytes(raw).replace(b"\n", eol)
    raise ValueError(cte)


def _leaf_headers(leaf):
    h = []
    ct = leaf.ctype
    params = []
    if leaf.charset:
        params.append('charset="%s"' % leaf.charset)
    params.extend(leaf.extra_params)
    if leaf.filename and leaf.ctype != "message/rfc822":
        name_style = "rfc2047" if leaf.fn_style == "rfc2231" else leaf.fn_style
        params.append(_fn_params(leaf.filename, name_style if name_style != "rfc2047" else "rfc2047", "name"))
    h.append("Content-Type: " + "; ".join([ct] + params) if params else "Content-Type: " + ct)
    h.append("Content-Transfer-Encoding: " + leaf.cte)
    if leaf.description:
        h.append("Content-Description: " + leaf.description)
    if leaf.disposition:
        d = leaf.disposition
        if leaf.filename:
            d += "; " + _fn_params(leaf.filename, leaf.fn_style, "filename")
        h.append("Content-Disposition: " + d)
    return h


def _leaf_body(leaf, eol):
    if leaf.ctype.startswith("text/") and isinstance(leaf.payload, str):
        return encode_text(leaf.payload, leaf.charset or "us-ascii", leaf.cte, eol)
    if leaf.cte == "base64":
        return base64.encodebytes(leaf.payload).replace(b"\n", eol)
    # message/rfc822 in 7bit/8bit: already rendered with the same line ends
    return leaf.payload


def render_part(part, eol):
    """Headers + blank line + body, as bytes."""
    if isinstance(part, Leaf):
        hdr = _leaf_headers(part)
        body = _leaf_body(part, eol)
    else:
        hdr = ['Content-Type: multipart/%s;%s boundary="%s"' % (part.subtype, eol.decode(), part.boundary)]
        body = render_multi_body(part, eol)
    return (eol.decode().join(hdr)).encode("ascii") + eol + eol + body


def render_multi_body(part, eol):
    out = [b"This is a multi-part message in MIME format." + eol]
    for p in part.parts:
        out.append(eol + b"--" + part.boundary.encode() + eol)
        out.append(render_part(p, eol))
    out.append(eol + b"--" + part.boundary.encode() + b"--" + eol)
    return b"".join(out)


def enc_header(value, charset, eol):
    """Fold/encode an unstructured header value."""
    if all(ord(c) < 128 for c in value):
        if len(value) < 70:
            return value
        return Header(value, "us-ascii").encode(linesep=eol.decode(), maxlinelen=76)
    return Header(value, charset).encode(linesep=eol.decode(), maxlinelen=76)


def enc_addr(name, address, charset):
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        return formataddr((name, address))
    return formataddr((name, address), charset=charset)


def enc_addr_list(pairs, charset, eol):
    return ("," + eol.decode() + " ").join(enc_addr(n, a, charset) for n, a in pairs)


def render_message(headers, body_part, eol, hcharset):
    """headers: dict with from, to, cc, subject, date, msgid, extra list."""
    e = eol
    lines = []
    lines.append("From: " + enc_addr(headers["from"][0], headers["from"][1], hcharset))
    lines.append("To: " + enc_addr_list(headers["to"], hcharset, e))
    if headers.get("cc"):
        lines.append("Cc: " + enc_addr_list(headers["cc"], hcharset, e))
    lines.append("Subject: " + enc_header(headers["subject"], hcharset, e))
    lines.append("Date: " + format_datetime(headers["date"]))
    lines.append("Message-ID: " + headers["msgid"])
    for k, v in headers.get("extra", []):
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    head = (eol.decode().join(lines)).encode("ascii") + eol
    return head + render_part(body_part, eol)


# ---------------------------------------------------------------- html
def text_to_html(text, lang):
    """Plain body to a simple HTML body (quotes become blockquotes)."""
    blocks = []
    quote = []
    para = []

    def flush_para():
        if para:
            blocks.append("<p>" + "<br>\n".join(html.escape(l) for l in para) + "</p>")
            para.clear()

    def flush_quote():
        if quote:
            inner = "\n".join(l[1:].lstrip(" ") if l.startswith(">") else l for l in quote)
            blocks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                          + text_to_html_inner(inner) + "</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            flush_para()
            quote.append(line)
            continue
        flush_quote()
        if line.strip() == "":
            flush_para()
        elif line == "-- ":
            flush_para()
            blocks.append('<hr style="border:0;border-top:1px solid #ddd;width:30%;margin-left:0">')
        else:
            para.append(line)
    flush_para()
    flush_quote()
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n'
            % (lang, "\n".join(blocks)))


def text_to_html_inner(text):
    out = []
    for para in text.split("\n\n"):
        if para.strip():
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in para.split("\n")) + "</p>")
    return "\n".join(out)


def html_table(rows, header=True):
    out = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">']
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html.escape(str(c)), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def wrap_html(inner, lang):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">\n%s\n</body></html>\n'
            % (lang, inner))
