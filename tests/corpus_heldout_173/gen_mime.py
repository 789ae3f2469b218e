"""Hand assembly of MIME messages with controlled charsets, encodings and line ends."""
import base64
import html as htmllib
import quopri
import urllib.parse
from email import charset as ecs
from email.header import Header
from email.utils import format_datetime, formataddr

# typographic characters that iso-8859-1 cannot carry (mail clients down-convert them)
LATIN1_FIX = {"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-", "œ": "oe", "Œ": "OE",
              "…": "...", "€": "EUR", "•": "*", "≥": ">=", "≤": "<=", "→": "->"}


class Att:
    def __init__(self, filename, ctype, data, cte=None, charset=None, rfc2231=False, inline=False,
                 kind=None):
        self.filename = filename
        self.ctype = ctype
        self.data = data
        self.cte = cte
        self.charset = charset
        self.rfc2231 = rfc2231
        self.inline = inline
        self.kind = kind  # pdf, docx, xlsx, csv, ics, vcf, zip, eml


class Spec:
    def __init__(self, **kw):
        self.sender = kw.pop("sender")
        self.to = kw.pop("to")
        self.cc = kw.pop("cc", [])
        self.subject = kw.pop("subject")
        self.text = kw.pop("text", None)
        self.html = kw.pop("html", None)
        self.atts = kw.pop("atts", [])
        self.headers = kw.pop("headers", [])
        self.mode = kw.pop("mode", None)  # plain / html / alt, None = free
        self.types = set(kw.pop("types", []))
        self.note = kw.pop("note", "")
        self.cat = kw.pop("cat")
        self.ascii_only = kw.pop("ascii_only", False)
        if kw:
            raise TypeError(f"unknown spec fields {sorted(kw)}")


def prep(s, cs):
    if cs in ("iso-8859-1",):
        for a, b in LATIN1_FIX.items():
            s = s.replace(a, b)
    if cs == "us-ascii":
        s = s.replace("µ", "u")
        for a, b in LATIN1_FIX.items():
            s = s.replace(a, b)
    return s


def can_encode(s, cs):
    try:
        prep(s, cs).encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def encode_body(text, cs, cte):
    text = text.replace("\r\n", "\n")
    raw = prep(text, cs).encode(cs)
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")
        out = raw
        if not out.endswith(b"\n"):
            out += b"\n"
        return out
    if cte == "quoted-printable":
        out = quopri.encodestring(raw, quotetabs=False)
        if not out.endswith(b"\n"):
            out += b"\n"
        return out
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def encode_header(value, cs, enc="auto", maxlen=76):
    """RFC 2047 when needed; enc in auto / b / q / force-b / force-q"""
    is_ascii = all(ord(ch) < 128 for ch in value)
    if is_ascii and not enc.startswith("force"):
        return Header(value, "us-ascii", header_name="Subject").encode(linesep="\n", maxlinelen=maxlen)
    cs = cs if (cs not in ("us-ascii",) and can_encode(value, cs)) else "utf-8"
    value = prep(value, cs)
    c = ecs.Charset(cs)
    if enc in ("b", "force-b"):
        c.header_encoding = ecs.BASE64
    elif enc in ("q", "force-q"):
        c.header_encoding = ecs.QP
    return Header(value, c, header_name="Subject").encode(linesep="\n", maxlinelen=maxlen)


def addr(pair, cs):
    name, a = pair
    if not name:
        return a
    if all(ord(ch) < 128 for ch in name):
        return formataddr((name, a))
    cs = cs if (cs not in ("us-ascii",) and can_encode(name, cs)) else "utf-8"
    return formataddr((prep(name, cs), a), charset=cs)


def text_to_html(text):
    paras = text.replace("\r\n", "\n").split("\n\n")
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for p in paras:
        lines = [htmllib.escape(x) for x in p.split("\n")]
        quoted = all(x.startswith("&gt;") for x in lines if x)
        if quoted:
            lines = [x[4:].lstrip() for x in lines]
            out.append('<blockquote style="border-left:2px solid #1f4e79;padding-left:6px">' +
                       "<br>\n".join(lines) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    out.append("</body></html>")
    return "\n".join(out)


def html_to_text(h):
    import re
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|div|tr|h\d|li|table)>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    h = re.sub(r"<[^>]+>", "", h)
    h = htmllib.unescape(h)
    return "\n".join(x.rstrip() for x in h.split("\n"))


def _param_filename(fn, use2231):
    """returns (content-type name param, disposition filename param)"""
    if all(ord(ch) < 128 for ch in fn) and not use2231:
        return f'name="{fn}"', f'filename="{fn}"'
    enc = urllib.parse.quote(fn, safe="")
    ew = Header(fn, "utf-8").encode(maxlinelen=998)
    if use2231 or len(enc) > 60:
        if len(enc) > 60:
            chunks = [enc[i:i + 50] for i in range(0, len(enc), 50)]
            # do not split a %XX escape
            fixed, carry = [], ""
            for ch in chunks:
                ch = carry + ch
                carry = ""
                cut = ch.rfind("%")
                if cut != -1 and cut > len(ch) - 3:
                    carry = ch[cut:]
                    ch = ch[:cut]
                fixed.append(ch)
            if carry:
                fixed.append(carry)
            parts = []
            for i, ch in enumerate(fixed):
                parts.append(f"filename*{i}*=utf-8''{ch}" if i == 0 else f"filename*{i}*={ch}")
            return f'name="{ew}"', ";\n\t".join(parts)
        return f'name="{ew}"', f"filename*=utf-8''{enc}"
    # non-ascii without 2231: RFC 2047 inside quoted parameters (common in the field)
    return f'name="{ew}"', f'filename="{ew}"'


class Builder:
    def __init__(self, rng, tag):
        self.rng = rng
        self.tag = tag
        self.nb = 0

    def boundary(self):
        self.nb += 1
        return f"----=_NextPart_{self.tag}_{self.nb:02d}_{self.rng.randrange(16 ** 8):08X}"

    def leaf(self, ctype_line, body, cte, extra=()):
        h = [f"Content-Type: {ctype_line}", f"Content-Transfer-Encoding: {cte}"] + list(extra)
        return "\n".join(h).encode("ascii") + b"\n\n" + body

    def multipart(self, subtype, parts, preamble=True):
        b = self.boundary()
        out = [f'Content-Type: multipart/{subtype};\n\tboundary="{b}"'.encode("ascii"), b"\n\n"]
        if preamble:
            out.append(b"This is a multi-part message in MIME format.\n\n")
        for p in parts:
            out.append(f"--{b}\n".encode("ascii"))
            out.append(p)
            if not p.endswith(b"\n"):
                out.append(b"\n")
        out.append(f"--{b}--\n".encode("ascii"))
        return b"".join(out)

    def text_leaf(self, subtype, text, cs, cte):
        body = encode_body(text, cs, cte)
        return self.leaf(f'text/{subtype}; charset="{cs}"', body, cte)

    def att_leaf(self, a, msg_cs):
        pn, fnp = _param_filename(a.filename, a.rfc2231)
        disp = "inline" if a.inline else "attachment"
        if a.kind == "eml":
            raw = a.data
            cte = "7bit" if all(b < 128 for b in raw) else "8bit"
            h = [f"Content-Type: message/rfc822; {pn}" if a.filename else "Content-Type: message/rfc822",
                 f"Content-Transfer-Encoding: {cte}",
                 f"Content-Disposition: {disp}; {fnp}"]
            return "\n".join(h).encode("ascii") + b"\n\n" + raw
        if isinstance(a.data, str):
            cs = a.charset or "utf-8"
            cte = a.cte or "base64"
            text = a.data
            if cte == "base64":
                body = base64.encodebytes(prep(text, cs).encode(cs))
            else:
                body = encode_body(text, cs, cte)
            extra = "; method=REQUEST" if a.ctype == "text/calendar" else ""
            ct = f'{a.ctype}; charset="{cs}"{extra};\n\t{pn}'
        else:
            cte = "base64"
            body = base64.encodebytes(a.data)
            ct = f"{a.ctype};\n\t{pn}"
        return self.leaf(ct, body, cte, [f"Content-Disposition: {disp};\n\t{fnp}"])


def build(spec, tr, rng, tag, date, msgid):
    """tr: transport dict with mode, charset, cte, eol, subj_enc, mailer"""
    b = Builder(rng, tag)
    cs, cte = tr["charset"], tr["cte"]
    text = spec.text
    html = spec.html
    mode = tr["mode"]
    if text is None and html is not None:
        text = html_to_text(html)
    if mode in ("html", "alt") and html is None:
        html = text_to_html(text)
    if html is not None:
        html = html.replace('charset=utf-8', f'charset={cs}')
    if mode == "plain":
        body = b.text_leaf("plain", text, cs, cte)
    elif mode == "html":
        body = b.text_leaf("html", html, cs, cte)
    else:
        body = b.multipart("alternative", [b.text_leaf("plain", text, cs, cte),
                                           b.text_leaf("html", html, cs, cte)], preamble=False)
    if spec.atts:
        parts = [body] + [b.att_leaf(a, cs) for a in spec.atts]
        body = b.multipart(tr.get("mixed", "mixed"), parts)
    hcs = tr.get("hdr_cs", cs)
    heads = [f"From: {addr(spec.sender, hcs)}",
             "To: " + ",\n\t".join(addr(x, hcs) for x in spec.to)]
    if spec.cc:
        heads.append("Cc: " + ",\n\t".join(addr(x, hcs) for x in spec.cc))
    heads.append("Subject: " + encode_header(spec.subject, hcs, tr.get("subj_enc", "auto")))
    heads.append(f"Date: {format_datetime(date)}")
    heads.append(f"Message-ID: {msgid}")
    for k, v in spec.headers:
        heads.append(f"{k}: {v}")
    if tr.get("mailer"):
        heads.append(f"X-Mailer: {tr['mailer']}")
    heads.append("MIME-Version: 1.0")
    raw = "\n".join(heads).encode("ascii") + b"\n" + body
    assert b"\r" not in raw
    if tr["eol"] == "crlf":
        raw = raw.replace(b"\n", b"\r\n")
    return raw
