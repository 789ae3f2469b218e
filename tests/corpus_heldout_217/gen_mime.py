"""Hand-assembled MIME: header encoding, body blocks, leaves and multiparts.

Nothing here reads the clock; boundaries and ids come from the caller.
"""
import base64
import html
import quopri
import urllib.parse

from gen_common import is_ascii

Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


# ---------------------------------------------------------------- headers

def _q_bytes(bs):
    out = []
    for b in bs:
        if b in Q_SAFE:
            out.append(chr(b))
        elif b == 0x20:
            out.append("_")
        else:
            out.append("=%02X" % b)
    return "".join(out)


def encoded_words(text, charset="utf-8", enc="q", eol="\r\n"):
    """RFC 2047 encoded words, each at most 75 characters, folded.  Falls
    back to UTF-8 when the text does not fit the requested charset."""
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    prefix = "=?%s?%s?" % (charset, enc.upper())
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        raw = trial.encode(charset)
        body = _q_bytes(raw) if enc == "q" else base64.b64encode(raw).decode("ascii")
        if len(prefix) + len(body) + 2 > 75 and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    enc_words = []
    for w in words:
        raw = w.encode(charset)
        body = _q_bytes(raw) if enc == "q" else base64.b64encode(raw).decode("ascii")
        enc_words.append(prefix + body + "?=")
    return (eol + " ").join(enc_words)


def header_text(text, charset="utf-8", enc="q", eol="\r\n", force=False, keep_prefix=True):
    """Plain if ASCII (unless forced); otherwise encoded words.  A leading
    'RE: ' / 'TR: ' / 'Fwd: ' may stay in clear text, as Outlook does."""
    if is_ascii(text) and not force:
        return text
    if keep_prefix:
        for pre in ("RE: ", "Re: ", "TR: ", "Fwd: ", "FW: ", "TR : ", "RE : "):
            if text.startswith(pre):
                return pre + encoded_words(text[len(pre):], charset, enc, eol)
    return encoded_words(text, charset, enc, eol)


SPECIALS = set('()<>[]:;@\\,."')


def address(name, email, charset="utf-8", enc="q", eol="\r\n", force=False):
    if not name:
        return email
    if is_ascii(name) and not force:
        if any(c in SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (encoded_words(name, charset, enc, eol), email)


def address_list(pairs, eol="\r\n", **kw):
    return ("," + eol + " ").join(address(n, e, eol=eol, **kw) for n, e in pairs)


# ---------------------------------------------------------------- body blocks
#
# A body is a list of blocks:
#   "text"                               paragraph(s)
#   ("table", headers, rows)             tabular data
#   ("quote", attribution, [blocks])     quoted reply ("> " in plain text)
#   ("fwd", [header lines], [blocks])    inline forward
#   ("sig", "text")                      signature
#   ("pre", "text")                      preformatted / monospace

def _table_plain(headers, rows):
    cols = len(headers)
    widths = [len(str(h)) for h in headers]
    for r in rows:
        for i in range(cols):
            widths[i] = max(widths[i], len(str(r[i])))
    line = lambda cells: "  ".join(str(c).ljust(widths[i]) for i, c in enumerate(cells)).rstrip()
    out = [line(headers), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    return "\n".join(out)


def render_plain(blocks):
    parts = []
    for b in blocks:
        if isinstance(b, str):
            parts.append(b)
        elif b[0] == "table":
            parts.append(_table_plain(b[1], b[2]))
        elif b[0] == "quote":
            inner = render_plain(b[2])
            q = "\n".join(("> " + l) if l else ">" for l in inner.split("\n"))
            parts.append((b[1] + "\n" if b[1] else "") + q)
        elif b[0] == "fwd":
            head = "\n".join(b[1])
            parts.append(head + "\n\n" + render_plain(b[2]))
        elif b[0] == "sig":
            parts.append("-- \n" + b[1])
        elif b[0] == "pre":
            parts.append(b[1])
    return "\n\n".join(parts) + "\n"


def _p(text):
    return "<p>" + html.escape(text, quote=False).replace("\n", "<br>\n") + "</p>"


def render_html(blocks, style=0):
    fonts = ["Calibri, sans-serif", "Arial, Helvetica, sans-serif", "Segoe UI, Tahoma, sans-serif"]
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(_p(b))
        elif b[0] == "table":
            t = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">',
                 "<tr>" + "".join("<th>%s</th>" % html.escape(str(h), quote=False) for h in b[1]) + "</tr>"]
            for r in b[2]:
                t.append("<tr>" + "".join("<td>%s</td>" % html.escape(str(c), quote=False) for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
        elif b[0] == "quote":
            inner = render_html(b[2], style)
            attrib = _p(b[1]) if b[1] else ""
            out.append(attrib + '\n<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">\n' + inner + "\n</blockquote>")
        elif b[0] == "fwd":
            head = "<br>\n".join(html.escape(l, quote=False) for l in b[1])
            out.append('<div style="border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0"><p>' + head +
                       "</p></div>\n" + render_html(b[2], style))
        elif b[0] == "sig":
            out.append('<div class="signature" style="color:#555555;font-size:9pt">' +
                       html.escape(b[1], quote=False).replace("\n", "<br>\n") + "</div>")
        elif b[0] == "pre":
            out.append("<pre>" + html.escape(b[1], quote=False) + "</pre>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%">'
            '</head>\n<body style="font-family:%s;font-size:11pt">\n' % fonts[style % 3] +
            "\n".join(out) + "\n</body></html>\n")


# ---------------------------------------------------------------- MIME parts

class Leaf:
    def __init__(self, ctype, data, charset=None, cte="base64", filename=None,
                 disposition=None, rfc2231=False, name_param=True, extra=None):
        self.ctype, self.data, self.charset, self.cte = ctype, data, charset, cte
        self.filename, self.disposition, self.rfc2231 = filename, disposition, rfc2231
        self.name_param, self.extra = name_param, extra or []


class Multi:
    def __init__(self, subtype, parts, boundary):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary


def _param(key, value, rfc2231):
    if rfc2231 or not is_ascii(value):
        return "%s*=utf-8''%s" % (key, urllib.parse.quote(value, safe=""))
    return '%s="%s"' % (key, value)


def encode_body(data, cte, eol, text=True):
    """Return the encoded body as str with the requested line ends."""
    if cte in ("7bit", "8bit"):
        if isinstance(data, bytes):
            data = data.decode("latin-1")
        lines = data.replace("\r\n", "\n").split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        return eol.join(lines) + eol, True
    if cte == "quoted-printable":
        raw = quopri.encodestring(data.replace(b"\r\n", b"\n")).decode("ascii")
        if not raw.endswith("\n"):
            raw += "\n"
        return raw.replace("\n", eol), False
    if cte == "base64":
        if text:
            data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        raw = base64.encodebytes(data).decode("ascii")
        return raw.replace("\n", eol), False
    raise ValueError(cte)


def render_part(part, eol):
    """Return (header lines, body str). Body is str whose chars are bytes 0-255."""
    if isinstance(part, Multi):
        hdr = ['Content-Type: multipart/%s;%s\tboundary="%s"' % (part.subtype, eol, part.boundary)]
        chunks = []
        if part.subtype == "mixed":
            chunks.append("This is a multi-part message in MIME format." + eol)
        for p in part.parts:
            h, body = render_part(p, eol)
            chunks.append("--" + part.boundary + eol + eol.join(h) + eol + eol + body)
        chunks.append("--" + part.boundary + "--" + eol)
        return hdr, "".join((c if c.endswith(eol) else c + eol) for c in chunks)
    ct = "Content-Type: " + part.ctype
    if part.charset:
        ct += '; charset="%s"' % part.charset
    if part.filename and part.name_param:
        ct += ";" + eol + "\t" + _param("name", part.filename, part.rfc2231)
    hdr = [ct]
    for k, v in part.extra:
        hdr.append("%s: %s" % (k, v))
    if part.ctype == "message/rfc822":
        data = part.data
        if isinstance(data, bytes):
            data = data.decode("latin-1")
        body = eol.join(data.replace("\r\n", "\n").split("\n"))
        if not body.endswith(eol):
            body += eol
        cte = part.cte if part.cte in ("7bit", "8bit") else "7bit"
        hdr.append("Content-Transfer-Encoding: " + cte)
    else:
        data = part.data
        text = part.ctype.startswith("text/")
        if isinstance(data, str):
            data = data.encode(part.charset or "utf-8")
        body, _ = encode_body(data, part.cte, eol, text=text)
        hdr.append("Content-Transfer-Encoding: " + part.cte)
    if part.disposition:
        d = "Content-Disposition: " + part.disposition
        if part.filename:
            d += ";" + eol + "\t" + _param("filename", part.filename, part.rfc2231)
        hdr.append(d)
    return hdr, body


def render_message(headers, root, eol):
    """headers: list of (name, already-encoded value). Returns bytes."""
    lines = ["%s: %s" % (k, v) for k, v in headers]
    lines.append("MIME-Version: 1.0")
    h, body = render_part(root, eol)
    lines += h
    text = eol.join(lines) + eol + eol + body
    return text.encode("latin-1")


def text_leaf(text, subtype, charset, cte):
    data = text.encode(charset)
    if cte == "7bit" and not is_ascii(text):
        cte = "quoted-printable"
    return Leaf("text/" + subtype, data, charset=charset, cte=cte)
