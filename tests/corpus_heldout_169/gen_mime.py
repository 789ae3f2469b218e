"""Hand-assembled MIME: deterministic boundaries, charsets, transfer encodings, line ends."""
import base64
import email.charset
import email.header
import email.utils
import html
import quopri
from urllib.parse import quote as urlquote


class Leaf:
    def __init__(self, ctype, data, charset=None, cte="base64", disposition=None, filename=None,
                 fn_style="plain", extra_params=None, content_id=None):
        self.ctype = ctype
        self.data = data              # str for text/*, bytes otherwise
        self.charset = charset
        self.cte = cte
        self.disposition = disposition
        self.filename = filename
        self.fn_style = fn_style
        self.extra_params = extra_params or []
        self.content_id = content_id


class Multi:
    def __init__(self, subtype, parts, boundary, preamble=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encode_text(text, charset, cte):
    """Return (bytes with LF line ends before CTE, charset, cte) with fall-backs."""
    text = text.replace("\r\n", "\n")
    try:
        raw = text.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = "utf-8"
        raw = text.encode(charset)
        if cte == "7bit":
            cte = "quoted-printable"
    if cte == "7bit" and any(b > 127 for b in raw):
        cte = "8bit"
    if cte in ("7bit", "8bit") and any(len(l) > 900 for l in raw.split(b"\n")):
        cte = "quoted-printable"
    return raw, charset, cte


def apply_cte(raw, cte, eol):
    nl = eol.encode()
    if cte == "base64":
        b = base64.b64encode(raw)
        lines = [b[i:i + 76] for i in range(0, len(b), 76)]
        return nl.join(lines) + nl
    if cte == "quoted-printable":
        q = quopri.encodestring(raw)
        q = q.replace(b"\r\n", b"\n")
        out = q.replace(b"\n", nl)
        if not out.endswith(nl):
            out += nl
        return out
    out = raw.replace(b"\r\n", b"\n").replace(b"\n", nl)
    if not out.endswith(nl):
        out += nl
    return out


def fn_param(name, value, style):
    if style == "2231" or not is_ascii(value):
        return f"{name}*=utf-8''{urlquote(value, safe='')}"
    v = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'{name}="{v}"'


def render_part(part, eol):
    nl = eol.encode()
    if isinstance(part, Multi):
        head = f"Content-Type: multipart/{part.subtype};{eol}\tboundary=\"{part.boundary}\"{eol}"
        body = b""
        if part.preamble:
            body += part.preamble.encode("ascii") + nl
        for p in part.parts:
            body += b"--" + part.boundary.encode() + nl + render_part(p, eol)
        body += b"--" + part.boundary.encode() + b"--" + nl
        return head.encode() + nl + body
    lines = []
    if part.ctype.startswith("text/"):
        raw, cs, cte = encode_text(part.data, part.charset or "utf-8", part.cte)
        ct = f"Content-Type: {part.ctype}; charset=\"{cs}\""
        for k, v in part.extra_params:
            ct += f"; {k}={v}"
        if part.filename:
            ct += f";{eol}\t" + fn_param("name", part.filename, part.fn_style)
        payload = apply_cte(raw, cte, eol)
    elif part.ctype == "message/rfc822":
        ct = "Content-Type: message/rfc822"
        cte = "8bit" if any(b > 127 for b in part.data) else "7bit"
        payload = part.data
        if not payload.endswith(nl):
            payload += nl
    else:
        ct = f"Content-Type: {part.ctype}"
        if part.filename:
            ct += f";{eol}\t" + fn_param("name", part.filename, part.fn_style)
        cte = "base64"
        payload = apply_cte(part.data, cte, eol)
    lines.append(ct)
    lines.append(f"Content-Transfer-Encoding: {cte}")
    if part.content_id:
        lines.append(f"Content-ID: <{part.content_id}>")
    if part.disposition:
        cd = f"Content-Disposition: {part.disposition}"
        if part.filename:
            cd += f";{eol}\t" + fn_param("filename", part.filename, part.fn_style)
        lines.append(cd)
    return (eol.join(lines) + eol + eol).encode() + payload


def enc_header_text(value, mode, eol, name):
    """mode: 'plain' (must be ascii), 'b' (utf-8 base64), 'q' (utf-8 QP), 'lq' (latin-1 QP)."""
    if mode == "plain" and is_ascii(value):
        return fold_ascii(f"{name}: {value}", eol)
    if mode == "lq":
        try:
            value.encode("iso-8859-1")
            cs = email.charset.Charset("iso-8859-1")
        except UnicodeEncodeError:
            cs = email.charset.Charset("utf-8")
            cs.header_encoding = email.charset.QP
    elif mode == "q":
        cs = email.charset.Charset("utf-8")
        cs.header_encoding = email.charset.QP
    else:
        cs = email.charset.Charset("utf-8")
    h = email.header.Header(value, cs, header_name=name)
    return f"{name}: " + h.encode(linesep=eol, maxlinelen=76)


def fold_ascii(line, eol, width=78):
    if len(line) <= width:
        return line
    words = line.split(" ")
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width and cur.strip():
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return eol.join(out)


def addr(name, address, mode="b"):
    if not name:
        return address
    if is_ascii(name):
        return email.utils.formataddr((name, address))
    cs = "iso-8859-1" if mode == "lq" else "utf-8"
    try:
        return email.utils.formataddr((name, address), charset=cs)
    except UnicodeEncodeError:
        return email.utils.formataddr((name, address), charset="utf-8")


def build_message(headers, root, eol):
    """headers: list of (name, value, kind) where kind in text/addr/raw."""
    out = []
    for name, value, kind in headers:
        if kind == "raw":
            out.append(fold_ascii(f"{name}: {value}", eol))
        else:
            out.append(value if value.startswith(name + ":") else f"{name}: {value}")
    out.append("MIME-Version: 1.0")
    head = eol.join(out) + eol
    return head.encode("ascii") + render_part(root, eol)


def text_to_html(text, lang="fr", font="Calibri"):
    """Simple HTML rendering of a plain body: paragraphs, quoted blocks, pre for tables."""
    blocks, cur, quoted = [], [], None
    for line in text.split("\n"):
        q = line.startswith(">")
        if quoted is None:
            quoted = q
        if q != quoted:
            blocks.append((quoted, cur))
            cur, quoted = [], q
        cur.append(line[1:].lstrip() if q else line)
    if cur:
        blocks.append((quoted, cur))
    parts = [f'<html lang="{lang}">', "<head><title></title></head>",
             f'<body style="font-family:{font},Arial,sans-serif;font-size:11pt">']
    for is_q, lines in blocks:
        paras, p = [], []
        for l in lines:
            if l.strip() == "":
                if p:
                    paras.append(p)
                p = []
            else:
                p.append(l)
        if p:
            paras.append(p)
        inner = []
        for para in paras:
            if any("  " in l.strip() or "|" in l or "\t" in l for l in para):
                inner.append("<pre style=\"font-family:Consolas,monospace\">" +
                             "\n".join(html.escape(l) for l in para) + "</pre>")
            else:
                inner.append("<p>" + "<br>\n".join(html.escape(l) for l in para) + "</p>")
        if is_q:
            parts.append('<blockquote style="border-left:2px solid #99a;margin-left:4px;padding-left:8px">')
            parts.extend(inner)
            parts.append("</blockquote>")
        else:
            parts.extend(inner)
    parts.append("</body></html>")
    return "\n".join(parts)
