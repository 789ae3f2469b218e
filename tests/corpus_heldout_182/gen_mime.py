"""Hand-assembled MIME: fixed boundaries, chosen charsets, CTEs and line ends."""
import base64
import email.utils
import html as htmlmod
import quopri
import urllib.parse
from dataclasses import dataclass, field

PYCS = {"utf-8": "utf-8", "us-ascii": "ascii", "iso-8859-1": "latin-1",
        "windows-1252": "cp1252"}

FALLBACK = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
            "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u0153": "oe",
            "\u0152": "OE", "\u20ac": "EUR", "\u2022": "*", "\u2192": "->",
            "\u00a0": " ", "\u2009": " ", "\u202f": " "}


def sanitize(text, charset):
    """Make text encodable in charset, replacing only what cannot be."""
    enc = PYCS[charset]
    out = []
    for ch in text:
        try:
            ch.encode(enc)
            out.append(ch)
        except UnicodeEncodeError:
            rep = FALLBACK.get(ch)
            if rep is None:
                raise ValueError(f"cannot encode {ch!r} in {charset}")
            out.append(rep)
    return "".join(out)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


@dataclass
class Att:
    filename: str
    ctype: str                 # e.g. application/pdf
    data: bytes
    cte: str = "base64"        # base64, quoted-printable, 7bit, 8bit
    charset: str = ""          # for text/* attachments
    disposition: str = "attachment"


@dataclass
class Transport:
    mode: str = "plain"        # plain, html, alt
    charset: str = "utf-8"
    cte: str = "8bit"
    crlf: bool = False
    subj_enc: str = ""         # "", "B", "Q"
    name_enc: str = "B"
    force_name_enc: bool = False
    rfc2231: bool = False
    mailer: str = ""


@dataclass
class Mail:
    from_: tuple
    to: list
    subject: str
    date: object
    msgid: str
    text: str
    html: str = ""
    cc: list = field(default_factory=list)
    atts: list = field(default_factory=list)
    in_reply_to: str = ""


# --------------------------------------------------------------------------
# RFC 2047
# --------------------------------------------------------------------------
def _q_byte(b):
    c = chr(b)
    if c.isalnum() and b < 128:
        return c
    if c in "!*+-/":
        return c
    if c == " ":
        return "_"
    return "=%02X" % b


def encoded_words(s, charset="utf-8", kind="B"):
    enc = PYCS[charset]
    prefix = f"=?{charset}?{kind}?"
    words, cur = [], ""

    def enc_chunk(chunk):
        raw = chunk.encode(enc)
        if kind == "B":
            return prefix + base64.b64encode(raw).decode() + "?="
        return prefix + "".join(_q_byte(b) for b in raw) + "?="

    for ch in s:
        cand = cur + ch
        if len(enc_chunk(cand)) > 75 and cur:
            words.append(enc_chunk(cur))
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(enc_chunk(cur))
    return words


def header_text(s, kind="", charset="utf-8"):
    """Return a header value: raw ASCII, or RFC 2047 encoded words."""
    if not kind and is_ascii(s):
        return s
    kind = kind or "B"
    if charset == "us-ascii" or not can_encode(s, charset):
        charset = "utf-8"
    return "\n ".join(encoded_words(s, charset, kind))


def can_encode(s, charset):
    try:
        s.encode(PYCS[charset])
        return True
    except UnicodeEncodeError:
        return False


SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(name, addr, t):
    if not name:
        return addr
    if not is_ascii(name) or t.force_name_enc:
        cs = t.charset if t.charset != "us-ascii" else "utf-8"
        return header_text(name, t.name_enc or "B", cs) + f" <{addr}>"
    if any(c in SPECIALS for c in name):
        esc = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{esc}" <{addr}>'
    return f"{name} <{addr}>"


# --------------------------------------------------------------------------
# Bodies
# --------------------------------------------------------------------------
def encode_body(text, cte, enc):
    raw = text.encode(enc)
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if cte in ("7bit", "8bit"):
        if max(len(x) for x in raw.split(b"\n")) > 990:
            raise ValueError("line too long for " + cte)
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def text_to_html(text, title=""):
    paras = text.replace("\r\n", "\n").split("\n\n")
    out = ["<html>", "<head>", '<meta http-equiv="Content-Type" content="text/html">',
           f"<title>{htmlmod.escape(title)}</title>", "</head>",
           '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines if l.strip()):
            inner = "<br>\n".join(htmlmod.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">'
                       + inner + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(htmlmod.escape(l) for l in lines) + "</p>")
    out += ["</body>", "</html>"]
    return "\n".join(out)


class Builder:
    def __init__(self, rng, tag):
        self.rng = rng
        self.tag = tag
        self.n = 0

    def boundary(self):
        self.n += 1
        return "----=_Part_%s_%d.%010d" % (self.tag, self.n, self.rng.randrange(10 ** 10))

    def text_part(self, text, subtype, t):
        cs = t.charset
        if cs == "us-ascii" and not is_ascii(text):
            cs = "utf-8"
        text = sanitize(text, cs)
        cte = t.cte
        ascii_ok = is_ascii(text)
        if cte == "7bit" and not ascii_ok:
            cte = "8bit"
        if cte == "8bit" and ascii_ok:
            cte = "7bit"
        try:
            body = encode_body(text, cte, PYCS[cs])
        except ValueError:
            cte = "quoted-printable"
            body = encode_body(text, cte, PYCS[cs])
        hdr = [f'Content-Type: text/{subtype}; charset="{cs}"',
               f"Content-Transfer-Encoding: {cte}"]
        return hdr, body

    def att_part(self, a, t):
        fn = a.filename
        if not is_ascii(fn) or t.rfc2231:
            q = urllib.parse.quote(fn, safe="")
            ct_name = f"name*=utf-8''{q}"
            cd_name = f"filename*=utf-8''{q}"
        else:
            ct_name = f'name="{fn}"'
            cd_name = f'filename="{fn}"'
        ctype = a.ctype
        if a.charset:
            ctype += f'; charset="{a.charset}"'
        hdr = [f"Content-Type: {ctype};\n {ct_name}",
               f"Content-Disposition: {a.disposition};\n {cd_name}"]
        cte = a.cte
        data = a.data
        if a.ctype == "message/rfc822":
            data = data.replace(b"\r\n", b"\n")
            cte = "7bit" if all(b < 128 for b in data) else "8bit"
            body = data if data.endswith(b"\n") else data + b"\n"
        elif cte == "base64":
            body = base64.encodebytes(data)
        elif cte == "quoted-printable":
            body = quopri.encodestring(data.replace(b"\r\n", b"\n"))
        else:
            if cte == "7bit" and any(b >= 128 for b in data):
                cte = "8bit"
            body = data.replace(b"\r\n", b"\n")
            if not body.endswith(b"\n"):
                body += b"\n"
        hdr.append(f"Content-Transfer-Encoding: {cte}")
        return hdr, body

    def multipart(self, subtype, parts):
        b = self.boundary()
        for _, body in parts:
            assert b.encode() not in body
        hdr = [f'Content-Type: multipart/{subtype};\n boundary="{b}"']
        chunks = []
        if subtype == "mixed":
            chunks.append(b"This is a multi-part message in MIME format.\n")
        for h, body in parts:
            chunks.append(f"\n--{b}\n".encode() if chunks else f"--{b}\n".encode())
            chunks.append(("\n".join(h) + "\n\n").encode())
            chunks.append(body)
        chunks.append(f"\n--{b}--\n".encode())
        return hdr, b"".join(chunks)

    def build(self, m, t):
        text_parts = []
        if t.mode in ("plain", "alt"):
            text_parts.append(self.text_part(m.text, "plain", t))
        if t.mode in ("html", "alt"):
            html = m.html or text_to_html(m.text, m.subject)
            text_parts.append(self.text_part(html, "html", t))
        if len(text_parts) == 1:
            body_part = text_parts[0]
        else:
            body_part = self.multipart("alternative", text_parts)
        if m.atts:
            parts = [body_part] + [self.att_part(a, t) for a in m.atts]
            top_hdr, top_body = self.multipart("mixed", parts)
        else:
            top_hdr, top_body = body_part
        cs = t.charset if t.charset != "us-ascii" else "utf-8"
        hdr = [
            "From: " + fmt_addr(m.from_[0], m.from_[1], t),
            "To: " + ",\n ".join(fmt_addr(n, a, t) for n, a in m.to),
        ]
        if m.cc:
            hdr.append("Cc: " + ",\n ".join(fmt_addr(n, a, t) for n, a in m.cc))
        hdr.append("Subject: " + header_text(m.subject, t.subj_enc, cs))
        hdr.append("Date: " + email.utils.format_datetime(m.date))
        hdr.append("Message-ID: " + m.msgid)
        if m.in_reply_to:
            hdr.append("In-Reply-To: " + m.in_reply_to)
            hdr.append("References: " + m.in_reply_to)
        if t.mailer:
            hdr.append("X-Mailer: " + t.mailer)
        hdr.append("MIME-Version: 1.0")
        hdr += top_hdr
        out = ("\n".join(hdr) + "\n\n").encode("ascii") + top_body
        if t.crlf:
            out = out.replace(b"\n", b"\r\n")
        return out
