"""Hand-rolled MIME writer so that every transport detail is under control.

Bodies are assembled with LF; a message chosen for CRLF is converted at the end.
Supports: text/plain, HTML-only, multipart/alternative, multipart/mixed,
multipart/related (inline logo), message/rfc822, four charsets, four
transfer encodings, RFC 2047 headers and RFC 2231 file names.
"""
import base64
import datetime as dt
import email.utils
import quopri
import re
import urllib.parse
from dataclasses import dataclass, field

CHARSETS = ["utf-8", "us-ascii", "iso-8859-1", "windows-1252"]
CTES = ["7bit", "8bit", "quoted-printable", "base64"]


@dataclass
class Att:
    filename: str
    ctype: str
    data: object                     # bytes, or str for text types
    disposition: str = "attachment"
    charset: str = "utf-8"
    cte: str = ""                    # forced transfer encoding
    cid: str = ""


@dataclass
class Mail:
    category: str
    lang: str
    types: list
    note: str
    frm: tuple
    to: list
    subject: str
    text: str = ""
    html: str = ""
    cc: list = field(default_factory=list)
    attachments: list = field(default_factory=list)
    forward: object = None           # a Mail embedded as message/rfc822
    forward_name: str = ""           # if set, attach inner mail as .eml (octet-stream)
    mode: str = "auto"               # plain | html | alt | auto
    charset: str = ""
    cte: str = ""
    crlf: object = None
    date: object = None
    headers: list = field(default_factory=list)
    in_reply_to: str = ""
    logo: bool = False
    tz: str = "+01:00"
    ids: list = field(default_factory=list)
    sex: str = ""                   # gender agreement for "(e)" forms of a single patient


# ------------------------------------------------------------------ headers
def _ew(text, charset, enc):
    """RFC 2047 encoded words, split so each word stays <= 75 chars."""
    words, cur = [], ""
    prefix = f"=?{charset}?{enc}?"

    def encode(chunk):
        raw = chunk.encode(charset)
        if enc == "B":
            return base64.b64encode(raw).decode("ascii")
        out = []
        for b in raw:
            c = chr(b)
            if c == " ":
                out.append("_")
            elif c.isalnum() and b < 128:
                out.append(c)
            elif c in "!*+-/" and b < 128:
                out.append(c)
            else:
                out.append(f"={b:02X}")
        return "".join(out)

    for ch in text:
        trial = cur + ch
        if len(prefix) + len(encode(trial)) + 2 > 75:
            words.append(prefix + encode(cur) + "?=")
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(prefix + encode(cur) + "?=")
    return "\n ".join(words)


def enc_header(value, rng, charset=None, force=False):
    try:
        value.encode("ascii")
        ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if ascii_ok and not force:
        return fold(value)
    cs = charset or rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    try:
        value.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return _ew(value, cs, rng.choice(["B", "Q"]))


def fold(value, width=76):
    if len(value) <= width:
        return value
    words = value.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def addr(name, address, rng):
    if not name:
        return f"<{address}>" if rng.random() < 0.3 else address
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"[]'):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    except UnicodeEncodeError:
        return f"{enc_header(name, rng)} <{address}>"


def addr_list(lst, rng):
    return ",\n ".join(addr(n, a, rng) for n, a in lst)


# ------------------------------------------------------------------ bodies
def _fit_charset(text, charset):
    for cs in [charset, "windows-1252", "utf-8"]:
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return "utf-8"


def encode_body(raw, cte):
    """Returns body string (ascii or latin-1-decoded raw for 8bit)."""
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    return raw.decode("latin-1")     # 7bit / 8bit: bytes carried as-is


def text_part(text, subtype, charset, cte, rng):
    if not text.endswith("\n"):
        text += "\n"
    cs = _fit_charset(text, charset)
    raw = text.encode(cs)
    is_ascii = all(b < 128 for b in raw)
    longest = max((len(l) for l in raw.split(b"\n")), default=0)
    if cte == "7bit" and not is_ascii:
        cte = rng.choice(["8bit", "quoted-printable"])
    if cte in ("7bit", "8bit") and longest > 900:
        cte = "quoted-printable"
    if cs == "us-ascii" and not is_ascii:
        cs = "utf-8"
    hdr = [f"Content-Type: text/{subtype}; charset=\"{cs}\"" if rng.random() < 0.5
           else f"Content-Type: text/{subtype}; charset={cs}",
           f"Content-Transfer-Encoding: {cte}"]
    return hdr, encode_body(raw, cte), (cs, cte)


def _param_filename(fn, rng, key="filename"):
    try:
        fn.encode("ascii")
        return f'{key}="{fn}"'
    except UnicodeEncodeError:
        pass
    cs = "utf-8" if rng.random() < 0.8 else "iso-8859-1"
    try:
        raw = fn.encode(cs)
    except UnicodeEncodeError:
        cs, raw = "utf-8", fn.encode("utf-8")
    q = urllib.parse.quote_from_bytes(raw, safe="")
    if len(q) > 50 and rng.random() < 0.7:
        tokens = re.findall(r"%[0-9A-F]{2}|.", q)
        pieces, cur = [], ""
        for t in tokens:
            if len(cur) + len(t) > 40:
                pieces.append(cur)
                cur = ""
            cur += t
        if cur:
            pieces.append(cur)
        parts = []
        for k, p in enumerate(pieces):
            parts.append(f"{key}*{k}*={cs}''{p}" if k == 0 else f"{key}*{k}*={p}")
        return ";\n ".join(parts)
    return f"{key}*={cs}''{q}"


def _ctype_name(fn, rng):
    try:
        fn.encode("ascii")
        return f'name="{fn}"'
    except UnicodeEncodeError:
        if rng.random() < 0.5:
            return f'name="{_ew(fn, "utf-8", "B").replace(chr(10) + " ", "")}"'
        return _param_filename(fn, rng, key="name")


# ------------------------------------------------------------------ assembly
class Builder:
    def __init__(self, rng, stats):
        self.rng = rng
        self.stats = stats

    def note(self, key):
        self.stats[key] = self.stats.get(key, 0) + 1

    def boundary(self):
        r = self.rng
        style = r.randrange(3)
        if style == 0:
            return "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5), r.randrange(10 ** 9), 1700000000000 + r.randrange(10 ** 10))
        if style == 1:
            return "_000_%s_" % "".join(r.choice("0123456789ABCDEF") for _ in range(36))
        return "=_%s" % "".join(r.choice("abcdef0123456789") for _ in range(28))

    def multipart(self, subtype, parts, extra=""):
        b = self.boundary()
        self.note(f"multipart/{subtype}")
        hdr = [f'Content-Type: multipart/{subtype};{extra}\n boundary="{b}"']
        preamble = self.rng.random() < 0.5
        body = "This is a multi-part message in MIME format.\n\n" if preamble else ""
        for h, bd in parts:
            body += f"--{b}\n" + "\n".join(h) + "\n\n" + bd.rstrip("\n") + "\n\n"
        body += f"--{b}--\n"
        return hdr, body

    def body_text(self, m, text, subtype):
        r = self.rng
        cs = m.charset or r.choice(CHARSETS)
        cte = m.cte or r.choice(CTES)
        h, b, (cs2, cte2) = text_part(text, subtype, cs, cte, r)
        self.note(f"charset:{cs2}")
        self.note(f"cte:{cte2}")
        return h, b

    def attachment(self, a):
        r = self.rng
        name = _ctype_name(a.filename, r)
        disp = f"Content-Disposition: {a.disposition};\n " + _param_filename(a.filename, r)
        if isinstance(a.data, str):
            maintype = a.ctype
            cs = _fit_charset(a.data, a.charset)
            raw = a.data.encode(cs)
            cte = a.cte or r.choice(["base64", "quoted-printable", "8bit" if any(b > 127 for b in raw) else "7bit"])
            if cte != "base64":          # line breaks are the message's own; canonical CRLF survives only in base64
                raw = a.data.replace("\r\n", "\n").encode(cs)
            if cte in ("7bit", "8bit") and max(len(l) for l in raw.split(b"\n")) > 900:
                cte = "base64"
            h = [f"Content-Type: {maintype}; charset={cs};\n {name}", f"Content-Transfer-Encoding: {cte}", disp]
            self.note(f"cte:{cte}")
            self.note(f"charset:{cs}")
            body = encode_body(raw, cte)
        else:
            h = [f"Content-Type: {a.ctype};\n {name}", "Content-Transfer-Encoding: base64", disp]
            self.note("cte:base64")
            body = base64.encodebytes(a.data).decode("ascii")
        if a.cid:
            h.append(f"Content-ID: <{a.cid}>")
        self.note("attachment")
        return h, body

    def body_parts(self, m):
        r = self.rng
        mode = m.mode
        if mode == "auto":
            if m.html:
                mode = r.choice(["alt", "alt", "html"])
            else:
                x = r.random()
                mode = "plain" if x < 0.55 else ("alt" if x < 0.9 else "html")
                if mode != "plain":
                    m.html = auto_html(m.text, r)
        if mode == "plain":
            self.note("body:plain")
            return self.body_text(m, m.text, "plain")
        if mode == "html":
            self.note("body:html-only")
            hh, hb = self.body_text(m, m.html, "html")
            if m.logo:
                return self.multipart("related", [(hh, hb), self.attachment(logo_att())], ' type="text/html";')
            return hh, hb
        self.note("body:alternative")
        th, tb = self.body_text(m, m.text, "plain")
        hh, hb = self.body_text(m, m.html, "html")
        if m.logo:
            hh, hb = self.multipart("related", [(hh, hb), self.attachment(logo_att())], ' type="text/html";')
        return self.multipart("alternative", [(th, tb), (hh, hb)])

    def message(self, m, seq, inner=False):
        r = self.rng
        date = m.date
        tzh, tzm = int(m.tz[:3]), int(m.tz[0] + m.tz[4:])
        date = date.replace(tzinfo=dt.timezone(dt.timedelta(hours=tzh, minutes=tzm)))
        dom = m.frm[1].split("@")[1]
        msgid = "<%s.%s@%s>" % ("".join(r.choice("0123456789abcdef") for _ in range(16)), seq, dom)
        H = []
        if not inner and r.random() < 0.3:
            H.append(f"Return-Path: <{m.frm[1]}>")
        H.append("From: " + addr(m.frm[0], m.frm[1], r))
        H.append("To: " + addr_list(m.to, r))
        if m.cc:
            H.append("Cc: " + addr_list(m.cc, r))
        H.append("Subject: " + enc_header(m.subject, r, force=(r.random() < 0.08)))
        if any(ord(c) > 127 for c in m.subject):
            self.note("rfc2047-subject")
        H.append("Date: " + email.utils.format_datetime(date))
        H.append("Message-ID: " + msgid)
        if m.in_reply_to:
            H.append(f"In-Reply-To: <{m.in_reply_to}>")
            H.append(f"References: <{m.in_reply_to}>")
        H.append("MIME-Version: 1.0")
        for h in m.headers:
            H.append(h)
        parts = []
        bh, bb = self.body_parts(m)
        if m.attachments or m.forward:
            parts.append((bh, bb))
            for a in m.attachments:
                parts.append(self.attachment(a))
            if m.forward is not None:
                inner_bytes = self.message(m.forward, seq + "f", inner=True)
                if m.forward_name:
                    parts.append(self.attachment(Att(m.forward_name, "application/octet-stream", inner_bytes)))
                    self.note("attached-eml-octet")
                else:
                    has8 = any(b > 127 for b in inner_bytes)
                    parts.append(([
                        "Content-Type: message/rfc822",
                        f"Content-Transfer-Encoding: {'8bit' if has8 else '7bit'}",
                        "Content-Disposition: " + ("inline" if r.random() < 0.5 else "attachment")],
                        inner_bytes.decode("latin-1")))
                    self.note("message/rfc822")
            mh, mb = self.multipart("mixed", parts)
        else:
            mh, mb = bh, bb
        text = "\n".join(H + mh) + "\n\n" + mb
        if not text.endswith("\n"):
            text += "\n"
        return text.encode("latin-1")

    def render(self, m, seq):
        raw = self.message(m, seq)
        crlf = m.crlf if m.crlf is not None else self.rng.random() < 0.45
        if crlf:
            raw = raw.replace(b"\n", b"\r\n")
            self.note("eol:CRLF")
        else:
            self.note("eol:LF")
        return raw


def logo_att():
    from gen_files import png
    return Att("logo_ghsm.png", "image/png", png(48, 16, 7), disposition="inline", cid="logo-ghsm@ghsm.example")


def auto_html(text, rng):
    """HTML rendering of a plain body, the way mail clients produce it."""
    import html as H
    style = rng.randrange(3)
    lines = text.split("\n")
    if style == 0:      # Outlook-like
        body = "".join(f"<p class=MsoNormal>{H.escape(l) if l else '&nbsp;'}<o:p></o:p></p>\n" for l in lines)
        return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" "
                "content=\"text/html; charset=utf-8\"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:Calibri,sans-serif}</style>"
                f"</head><body lang=FR-BE><div class=WordSection1>\n{body}</div></body></html>")
    if style == 1:      # Thunderbird-like
        return ("<!DOCTYPE html><html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\"></head><body>"
                + "<br>\n".join(H.escape(l) for l in lines) + "</body></html>")
    return "<div dir=\"ltr\">" + "".join(f"<div>{H.escape(l) if l else '<br>'}</div>" for l in lines) + "</div>"
