"""Hand-assembled MIME: fixed boundaries, chosen charsets, transfer encodings,
line ends, RFC 2047 headers and RFC 2231 file names."""
import base64
import hashlib
import html as htmlmod
import re
import textwrap
import unicodedata
import urllib.parse
from email import charset as emcharset
from email import quoprimime
from email.header import Header
from email.utils import format_datetime, formataddr

TRANSLIT = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-",
            "\u2013": "-", "\u2026": "...", "\u00ab": '"', "\u00bb": '"', "\u00a0": " ",
            "\u202f": " ", "\u2192": "->", "\u00b5": "u", "\u2265": ">=", "\u2264": "<=",
            "\u00b0": " deg", "\u00d7": "x"}


def has_wide(s):
    return any(0xFF01 <= ord(c) <= 0xFF5E for c in s)


def asciify(s):
    s = "".join(TRANSLIT.get(c, c) for c in s)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.encode("ascii", "replace").decode("ascii")


def latinize(s):
    """Replace typographic characters that iso-8859-1 lacks."""
    return "".join(TRANSLIT.get(c, c) if c in "\u2019\u2018\u201c\u201d\u2014\u2013\u2026\u202f\u2192\u2265\u2264" else c
                   for c in s)


def wrap_text(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width + 2 or "  " in line or "|" in line or "\t" in line:
            out.append(line)
            continue
        m = re.match(r"^((?:> ?)*)", line)
        prefix = m.group(1) if m else ""
        body = line[len(prefix):]
        wrapped = textwrap.wrap(body, width - len(prefix), break_long_words=False,
                                break_on_hyphens=False) or [""]
        out.extend(prefix + w for w in wrapped)
    return "\n".join(out)


def text_to_html(text, lang):
    """Plain text -> simple HTML as mail clients write it."""
    blocks = re.split(r"\n\s*\n", text.strip("\n"))
    parts = []
    for b in blocks:
        lines = b.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(htmlmod.escape(l.lstrip("> ").rstrip()) for l in lines)
            parts.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                         'padding-left:1ex">' + inner + "</blockquote>")
        elif any("|" in l for l in lines) or any("  " in l.strip() for l in lines):
            parts.append('<pre style="font-family:Consolas,monospace">' +
                         htmlmod.escape(b) + "</pre>")
        else:
            parts.append("<p>" + "<br>\n".join(htmlmod.escape(l) for l in lines) + "</p>")
    body = "\n".join(parts)
    return ('<html lang="%s"><head><meta name="Generator" content="Microsoft Word 15">'
            '</head>\n<body style="font-family:Calibri,Arial,sans-serif;'
            'font-size:11pt">\n%s\n</body></html>\n') % ("fr-CA" if lang == "fr" else "en-CA", body)


def html_to_text(h):
    h = re.sub(r"(?is)<(script|style|head).*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|div|tr|h[1-6]|li|table|blockquote)>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    h = re.sub(r"<[^>]+>", "", h)
    h = htmlmod.unescape(h)
    lines = [l.rstrip() for l in h.split("\n")]
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out).strip("\n") + "\n"


# ------------------------------------------------------------------ headers
def enc_header(name, value, mode, charset="utf-8"):
    """mode: 'auto' (encode only if needed), 'q', 'b'."""
    needs = any(ord(c) > 127 for c in value)
    if not needs and mode == "auto":
        return Header(value, "us-ascii", header_name=name).encode(linesep="\n")
    cs = emcharset.Charset(charset)
    if mode == "b":
        cs.header_encoding = emcharset.BASE64
    elif mode == "q":
        cs.header_encoding = emcharset.QP
    try:
        value.encode(cs.input_charset)
    except UnicodeEncodeError:
        cs = emcharset.Charset("utf-8")
        if mode == "q":
            cs.header_encoding = emcharset.QP
    return Header(value, cs, header_name=name).encode(linesep="\n")


def enc_addrs(addrs, charset="utf-8"):
    items = []
    for name, mail in addrs:
        if not name:
            items.append(mail)
            continue
        items.append(formataddr((name, mail), charset=charset))
    out, cur = [], ""
    for it in items:
        if cur and len(cur) + len(it) + 2 > 72:
            out.append(cur + ",")
            cur = " " + it
        else:
            cur = (cur + ", " + it) if cur else it
    out.append(cur)
    return "\n".join(out)


def _param_2231(key, value, force=False):
    """RFC 2231 parameter (continued when long)."""
    nonascii = any(ord(c) > 127 for c in value)
    if not nonascii and not force:
        return f'{key}="{value}"'
    cs = "utf-8" if nonascii else "us-ascii"
    q = urllib.parse.quote(value, safe="")
    if len(q) <= 50:
        return f"{key}*={cs}''{q}"
    chunks, i = [], 0
    while i < len(q):
        j = min(len(q), i + 45)
        while "%" in q[j - 2:j] and j < len(q):  # do not cut inside %XX
            j -= 1
        chunks.append(q[i:j])
        i = j
    parts = []
    for n, c in enumerate(chunks):
        parts.append(f"{key}*{n}*={cs}''{c}" if n == 0 else f"{key}*{n}*={c}")
    return ";\n\t".join(parts)


def file_params(filename, style):
    """style: 'plain' | '2231' | '2231force' | '2047name'."""
    nonascii = any(ord(c) > 127 for c in filename)
    if style == "2231force":
        return _param_2231("name", filename, True), _param_2231("filename", filename, True)
    if not nonascii:
        return f'name="{filename}"', f'filename="{filename}"'
    if style == "2047name":
        ew = Header(filename, "utf-8").encode()
        return f'name="{ew}"', _param_2231("filename", filename)
    return _param_2231("name", filename), _param_2231("filename", filename)


# ------------------------------------------------------------------ bodies
def encode_text(text, charset, cte):
    """Return (charset, cte, encoded body str with LF line ends)."""
    text = text.replace("\r\n", "\n")
    if charset == "us-ascii" and not has_wide(text):
        try:
            text.encode("ascii")
        except UnicodeEncodeError:
            text = asciify(text)
    if charset == "iso-8859-1":
        text = latinize(text)
    try:
        raw = text.encode(charset)
    except UnicodeEncodeError:
        charset = "windows-1252" if charset == "iso-8859-1" else "utf-8"
        try:
            raw = text.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
            raw = text.encode(charset)
    ascii_only = all(b < 128 for b in raw)
    if cte == "7bit" and not ascii_only:
        cte = "quoted-printable"
    if cte == "8bit" and ascii_only:
        cte = "7bit"
    if cte in ("7bit", "8bit") and any(len(l) > 900 for l in raw.split(b"\n")):
        cte = "quoted-printable"
    if cte in ("7bit", "8bit"):
        body = raw.decode(charset)
        if not body.endswith("\n"):
            body += "\n"
    elif cte == "quoted-printable":
        body = quoprimime.body_encode(raw.decode("latin-1"), 76, eol="\n")
        if not body.endswith("\n"):
            body += "\n"
    else:
        crlf = raw.replace(b"\n", b"\r\n")
        body = base64.encodebytes(crlf).decode("ascii")
    return charset, cte, body


def b64(data):
    return base64.encodebytes(data).decode("ascii")


class Part:
    def __init__(self, headers, body=None, children=None, subtype=None, boundary=None):
        self.headers = headers  # list of (name, value) already encoded
        self.body = body  # str (LF)
        self.children = children
        self.subtype = subtype
        self.boundary = boundary

    def render(self):
        out = []
        for k, v in self.headers:
            out.append(f"{k}: {v}")
        out.append("")
        if self.children is None:
            out.append(self.body.rstrip("\n"))
            return "\n".join(out) + "\n"
        pre = "This is a multi-part message in MIME format.\n"
        s = "\n".join(out) + "\n" + pre
        for c in self.children:
            s += f"\n--{self.boundary}\n" + c.render()
        s += f"\n--{self.boundary}--\n"
        return s


def text_part(subtype, text, charset, cte, quote_cs=True, extra=()):
    charset, cte, body = encode_text(text, charset, cte)
    cs = f'"{charset}"' if quote_cs else charset
    h = [("Content-Type", f"text/{subtype}; charset={cs}"),
         ("Content-Transfer-Encoding", cte)]
    h.extend(extra)
    p = Part(h, body)
    p.meta = dict(charset=charset, cte=cte)
    return p


def attachment_part(att, prof, inline_text_cte):
    fn = att["filename"]
    ctype = att["ctype"]
    np, fp = file_params(fn, att.get("fn_style", prof.get("fn_style", "plain")))
    disp = att.get("disposition", "attachment")
    if ctype == "message/rfc822":
        raw = att["data"].replace(b"\r\n", b"\n")
        cte = "8bit" if any(b > 127 for b in raw) else "7bit"
        h = [("Content-Type", f"message/rfc822;\n\t{np}"),
             ("Content-Transfer-Encoding", cte),
             ("Content-Disposition", f"{disp};\n\t{fp}")]
        p = Part(h, raw)
        p.meta = dict(charset=None, cte=cte)
        return p
    if ctype.startswith("text/"):
        text = att["data"].decode("utf-8")
        if text.startswith("\ufeff"):
            cte = "base64"
        else:
            cte = att.get("cte", inline_text_cte)
        charset, cte, body = encode_text(text, "utf-8", cte)
        extra = "; method=REQUEST" if ctype == "text/calendar" else ""
        h = [("Content-Type", f"{ctype}; charset={charset}{extra};\n\t{np}"),
             ("Content-Transfer-Encoding", cte),
             ("Content-Disposition", f"{disp};\n\t{fp}")]
        p = Part(h, body)
        p.meta = dict(charset=charset, cte=cte)
        return p
    h = [("Content-Type", f"{ctype};\n\t{np}"),
         ("Content-Transfer-Encoding", "base64"),
         ("Content-Disposition", f"{disp};\n\t{fp}")]
    p = Part(h, b64(att["data"]))
    p.meta = dict(charset=None, cte="base64")
    return p


def boundary_for(msgid, level):
    h = hashlib.sha1(f"{msgid}/{level}".encode()).hexdigest()
    styles = [f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{int(h[14:20], 16)}",
              f"_000_{h[:24].upper()}_",
              f"=_{h[:28]}",
              f"------------{h[:24]}"]
    return styles[int(h[30], 16) % 4]


def build(spec, prof, date, msgid, lang):
    """Assemble one message; returns bytes with the chosen line ends."""
    charset = prof["charset"]
    cte = prof["cte"]
    text, html = spec.get("text"), spec.get("html")
    bodymode = prof["body"]
    if text is None:
        if bodymode == "plain":
            bodymode = "html"
    if html is None and bodymode in ("html", "alt"):
        html = text_to_html(text, lang)
    if text is not None:
        text = wrap_text(text)
    if text is None and bodymode == "alt":
        text = html_to_text(html)

    qcs = prof.get("quote_cs", True)
    if bodymode == "plain":
        body = text_part("plain", text, charset, cte, qcs)
    elif bodymode == "html":
        body = text_part("html", html, charset, cte, qcs)
    else:
        body = Part([("Content-Type", f'multipart/alternative;\n\tboundary="{boundary_for(msgid, 2)}"')],
                    children=[text_part("plain", text, charset, cte, qcs),
                              text_part("html", html, charset,
                                        "quoted-printable" if cte != "base64" else "base64", qcs)],
                    boundary=boundary_for(msgid, 2))

    atts = spec.get("attachments") or []
    if atts:
        kids = [body] + [attachment_part(a, prof, prof.get("att_cte", "base64")) for a in atts]
        top = Part([("Content-Type", f'multipart/mixed;\n\tboundary="{boundary_for(msgid, 1)}"')],
                   children=kids, boundary=boundary_for(msgid, 1))
    else:
        top = body

    hcs = prof.get("hdr_charset", "utf-8")
    hdrs = []
    hdrs.append(("From", enc_addrs([spec["frm"]], hcs)))
    hdrs.append(("To", enc_addrs(spec["to"], hcs)))
    if spec.get("cc"):
        hdrs.append(("Cc", enc_addrs(spec["cc"], hcs)))
    subj = enc_header("Subject", spec["subject"], prof.get("subj_mode", "auto"), hcs)
    hdrs.append(("Subject", subj))
    hdrs.append(("Date", format_datetime(date)))
    hdrs.append(("Message-ID", msgid))
    if spec.get("in_reply_to"):
        hdrs.append(("In-Reply-To", spec["in_reply_to"]))
        hdrs.append(("References", spec["in_reply_to"]))
    hdrs.append(("MIME-Version", "1.0"))
    if prof.get("mailer"):
        hdrs.append(("X-Mailer", prof["mailer"]))
    hdrs.append(("Content-Language", "fr-CA" if lang == "fr" else "en-CA"))
    for k, v in spec.get("extra_headers", []):
        hdrs.append((k, v))
    top.headers = hdrs + top.headers
    # 8bit bodies may hold non-ASCII: encode each part in its own charset.
    return _to_bytes(top, prof.get("crlf"))


def _to_bytes(top, crlf):
    """Render to bytes, encoding 8bit parts in their declared charset."""
    def rec(p):
        out = []
        for k, v in p.headers:
            out.append(f"{k}: {v}".encode("ascii") if all(ord(c) < 128 for c in f"{k}: {v}")
                       else f"{k}: {v}".encode("utf-8"))
        out.append(b"")
        if p.children is None:
            meta = getattr(p, "meta", {})
            cs = meta.get("charset") or "utf-8"
            if isinstance(p.body, bytes):
                out.append(p.body.rstrip(b"\n"))
                return b"\n".join(out) + b"\n"
            body = p.body.rstrip("\n")
            if meta.get("cte") == "8bit" and meta.get("charset"):
                enc = body.encode(cs)
            else:
                enc = body.encode("utf-8")
            out.append(enc)
            return b"\n".join(out) + b"\n"
        s = b"\n".join(out) + b"\n" + b"This is a multi-part message in MIME format.\n"
        for c in p.children:
            s += b"\n--" + p.boundary.encode() + b"\n" + rec(c)
        s += b"\n--" + p.boundary.encode() + b"--\n"
        return s
    data = rec(top)
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data
