"""A small, fully deterministic MIME writer.

It writes the bytes itself (rather than relying on email.generator) so that the
corpus can exercise charsets, transfer encodings, RFC 2047 / RFC 2231 and both
line-ending conventions in a controlled way.
"""
import base64
import datetime
import email.header
import html
import quopri
import urllib.parse

from gen_common import deaccent

LATIN1_FIX = {"œ": "oe", "Œ": "OE", "’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-",
              "…": "...", "€": "EUR", "•": "-", "→": "->", "≥": ">=", "≤": "<=", "\u202f": " "}


def fit_charset(text, charset):
    """Make text encodable in the target charset the way a mail client would."""
    if charset == "us-ascii":
        return deaccent(text)
    if charset == "iso-8859-1":
        for k, v in LATIN1_FIX.items():
            text = text.replace(k, v)
        return text.encode("iso-8859-1", "replace").decode("iso-8859-1")
    if charset == "windows-1252":
        for k in ("→", "≥", "≤", "\u202f"):
            text = text.replace(k, LATIN1_FIX[k])
        return text.encode("cp1252", "replace").decode("cp1252")
    return text


def py_codec(charset):
    return {"us-ascii": "ascii", "iso-8859-1": "latin-1", "windows-1252": "cp1252"}.get(charset, "utf-8")


def encode_body(raw, cte):
    if cte in ("7bit", "8bit"):
        if not raw.endswith(b"\n"):
            raw += b"\n"
        return raw
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
        if not out.endswith(b"\n"):
            out += b"\n"
        return out
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def enc_header(value, charset="utf-8", force=False):
    """RFC 2047 encode a header value when it is not plain ASCII."""
    try:
        value.encode("ascii")
        if not force:
            return value
    except UnicodeEncodeError:
        pass
    if charset == "us-ascii":
        charset = "utf-8"
    try:
        value.encode(py_codec(charset))
    except UnicodeEncodeError:
        charset = "utf-8"
    return email.header.Header(value, charset, maxlinelen=76, header_name="Subject").encode()


def fmt_addr(disp, addr, charset="utf-8"):
    if not disp:
        return addr
    try:
        disp.encode("ascii")
        if any(c in disp for c in ',.;:()<>@"'):
            disp = '"' + disp.replace('"', "") + '"'
        return f"{disp} <{addr}>"
    except UnicodeEncodeError:
        return f"{enc_header(disp, charset)} <{addr}>"


class Leaf:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value) already ASCII
        self.body = body  # bytes


class Multi:
    def __init__(self, subtype, parts, boundary, headers=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.headers = headers or []


def text_leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable"):
    text = fit_charset(text, charset)
    raw = text.encode(py_codec(charset))
    if cte == "7bit" and any(b > 127 for b in raw):
        cte = "quoted-printable"
    h = [("Content-Type", f'text/{subtype}; charset="{charset}"'), ("Content-Transfer-Encoding", cte)]
    return Leaf(h, encode_body(raw, cte))


def _filename_params(filename, style):
    ascii_ok = True
    try:
        filename.encode("ascii")
    except UnicodeEncodeError:
        ascii_ok = False
    if style == "rfc2231" or (not ascii_ok and style == "plain"):
        q = urllib.parse.quote(filename, safe="")
        return f"name*=utf-8''{q}", f"filename*=utf-8''{q}"
    if style == "rfc2047":
        e = email.header.Header(filename, "utf-8").encode() if not ascii_ok else filename
        return f'name="{e}"', f'filename="{e}"'
    if style == "rfc2231-latin1":
        q = urllib.parse.quote(filename.encode("latin-1", "replace"), safe="")
        return f"name*=iso-8859-1''{q}", f"filename*=iso-8859-1''{q}"
    return f'name="{filename}"', f'filename="{filename}"'


def attach_leaf(data, ctype, filename, cte="base64", fn_style="plain", disposition="attachment",
                charset=None):
    np_, fp = _filename_params(filename, fn_style)
    ct = ctype
    if charset:
        ct += f'; charset="{charset}"'
    h = [("Content-Type", f"{ct}; {np_}"), ("Content-Disposition", f"{disposition}; {fp}"),
         ("Content-Transfer-Encoding", cte)]
    return Leaf(h, encode_body(data, cte))


def rfc822_leaf(msg_bytes, filename=None, cte="7bit"):
    if any(b > 127 for b in msg_bytes):
        cte = "8bit"
    h = [("Content-Type", "message/rfc822")]
    if filename:
        h.append(("Content-Disposition", f'attachment; filename="{filename}"'))
    else:
        h.append(("Content-Disposition", "inline"))
    h.append(("Content-Transfer-Encoding", cte))
    body = msg_bytes.replace(b"\r\n", b"\n")
    if not body.endswith(b"\n"):
        body += b"\n"
    return Leaf(h, body)


def _fold(name, value):
    line = f"{name}: {value}"
    if len(line) <= 78 or "\n" in value:
        return line
    # fold at "; " for parameter lists
    out, cur = [], f"{name}:"
    for i, piece in enumerate(value.split("; ")):
        piece = piece + (";" if i < len(value.split("; ")) - 1 else "")
        if len(cur) + 1 + len(piece) > 78 and cur.strip() != f"{name}:":
            out.append(cur)
            cur = " " + piece
        else:
            cur += " " + piece
    out.append(cur)
    return "\n".join(out)


def serialize(part):
    lines = []
    if isinstance(part, Leaf):
        for n, v in part.headers:
            lines.append(_fold(n, v).encode("ascii"))
        return b"\n".join(lines) + b"\n\n" + part.body
    hs = list(part.headers)
    hs.append(("Content-Type", f'multipart/{part.subtype}; boundary="{part.boundary}"'))
    for n, v in hs:
        lines.append(_fold(n, v).encode("ascii"))
    out = b"\n".join(lines) + b"\n\n"
    if not part.headers:
        pass
    out += b"This is a multi-part message in MIME format.\n\n" if part.subtype == "mixed" else b""
    for p in part.parts:
        out += b"--" + part.boundary.encode() + b"\n" + serialize(p)
        if not out.endswith(b"\n"):
            out += b"\n"
    out += b"--" + part.boundary.encode() + b"--\n"
    return out


def text_to_html(text, lang="fr", font=None):
    font = font or "Calibri, Arial, sans-serif"
    paras = text.strip("\n").split("\n\n")
    body = "\n".join("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head>\n<body style="font-family: {font}; font-size: 11pt">\n<div lang="{lang}">\n{body}\n</div>\n</body></html>\n')


def tz_for(dt):
    edt = datetime.datetime(dt.year, 3, 9, 2) <= dt < datetime.datetime(dt.year, 11, 2, 2)
    return datetime.timezone(datetime.timedelta(hours=-4 if edt else -5))


def build_message(spec, tp, r):
    """spec: content; tp: transport choices. Returns bytes."""
    cs = tp["charset"]
    hcs = tp.get("hcharset", "utf-8")
    body_cte = tp["cte"]
    dt = spec["date"].replace(tzinfo=tz_for(spec["date"]))
    top = [
        ("From", fmt_addr(*spec["from"], hcs)),
        ("To", ", ".join(fmt_addr(d, a, hcs) for d, a in spec["to"])),
    ]
    if spec.get("cc"):
        top.append(("Cc", ", ".join(fmt_addr(d, a, hcs) for d, a in spec["cc"])))
    top.append(("Subject", enc_header(spec["subject"], hcs, force=tp.get("force_subject_enc", False))))
    top.append(("Date", dt.strftime("%a, %d %b %Y %H:%M:%S %z")))
    top.append(("Message-ID", spec["msgid"]))
    if spec.get("in_reply_to"):
        top.append(("In-Reply-To", spec["in_reply_to"]))
        top.append(("References", spec["in_reply_to"]))
    if tp.get("mailer"):
        top.append(("X-Mailer", tp["mailer"]))
    for n, v in spec.get("extra_headers", []):
        top.append((n, v))
    top.append(("MIME-Version", "1.0"))

    mode = tp["mode"]
    html_text = spec.get("html") or text_to_html(spec["body"], spec.get("lang", "fr"))
    if mode == "plain":
        content = text_leaf(spec["body"], "plain", cs, body_cte)
    elif mode == "html":
        content = text_leaf(html_text, "html", cs, body_cte)
    else:  # alternative
        content = Multi("alternative", [text_leaf(spec["body"], "plain", cs, body_cte),
                                        text_leaf(html_text, "html", cs, tp.get("html_cte", body_cte))],
                        boundary=tp["b1"])
    atts = spec.get("attachments") or []
    if atts:
        parts = [content]
        for a in atts:
            if a["ctype"] == "message/rfc822":
                parts.append(rfc822_leaf(a["data"], a.get("filename")))
            else:
                parts.append(attach_leaf(a["data"], a["ctype"], a["filename"], a.get("cte", "base64"),
                                         a.get("fn_style", tp.get("fn_style", "plain")),
                                         a.get("disposition", "attachment"), a.get("charset")))
        content = Multi("mixed", parts, boundary=tp["b2"])
    if isinstance(content, Leaf):
        content.headers = top + content.headers
    else:
        content.headers = top
    raw = serialize(content)
    if tp.get("crlf"):
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw
