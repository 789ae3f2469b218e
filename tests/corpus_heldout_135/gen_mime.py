"""Message model and a hand-rolled, deterministic MIME renderer.

The renderer picks, from the per-message RNG, the body shape (plain, HTML only,
multipart/alternative), charset, transfer encoding, line ends, and the way
non-ASCII headers and file names are encoded.
"""
import base64
import email.charset
import email.header
import email.utils
import html
import quopri
import urllib.parse
from dataclasses import dataclass, field
from typing import Optional


# ---------------------------------------------------------------- model
@dataclass
class Table:
    header: list
    rows: list


@dataclass
class Quote:
    attribution: str
    blocks: list


@dataclass
class Forward:
    lang: str
    meta: list          # [(label, value)]
    blocks: list


@dataclass
class Att:
    filename: str
    ctype: str          # "application/pdf", "text/csv", "message/rfc822", ...
    data: object        # bytes, or str for text/*
    charset: str = "utf-8"


@dataclass
class Mail:
    lang: str
    category: str
    note: str
    sender: tuple
    to: list
    subject: str
    blocks: list
    cc: list = field(default_factory=list)
    attachments: list = field(default_factory=list)
    date: object = None
    msgid: str = ""
    in_reply_to: Optional[str] = None
    prefs: dict = field(default_factory=dict)
    sig: Optional[str] = None


# ---------------------------------------------------------------- body text
def _table_plain(t, style):
    rows = [list(map(str, t.header))] + [list(map(str, r)) for r in t.rows]
    if style == "pipe":
        return "\n".join(" | ".join(r) for r in rows)
    if style == "tab":
        return "\n".join("\t".join(r) for r in rows)
    if style == "semi":
        return "\n".join(" ; ".join(r) for r in rows)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for n, r in enumerate(rows):
        out.append("  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def render_plain(blocks, sig, tstyle):
    parts = []
    for b in blocks:
        if sig and isinstance(b, (Quote, Forward)):
            parts.append(sig)
            sig = None
        if isinstance(b, str):
            parts.append(b)
        elif isinstance(b, Table):
            parts.append(_table_plain(b, tstyle))
        elif isinstance(b, Quote):
            inner = render_plain(b.blocks, None, tstyle)
            q = "\n".join(("> " + ln) if ln else ">" for ln in inner.split("\n"))
            parts.append(b.attribution + "\n" + q)
        elif isinstance(b, Forward):
            head = ("---------- Message transféré ----------" if b.lang == "fr"
                    else "---------- Forwarded message ---------")
            meta = "\n".join(f"{k} {v}" for k, v in b.meta)
            parts.append(head + "\n" + meta + "\n\n" + render_plain(b.blocks, None, tstyle))
    if sig:
        parts.append(sig)
    return "\n\n".join(parts) + "\n"


def _esc_lines(s):
    return "<br>\n".join(html.escape(x, quote=False) for x in s.split("\n"))


def render_html_blocks(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append("<p>" + _esc_lines(b) + "</p>")
        elif isinstance(b, Table):
            rows = ["<tr>" + "".join(f"<th>{html.escape(str(h))}</th>" for h in b.header) + "</tr>"]
            for r in b.rows:
                rows.append("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>")
            out.append('<table border="1" cellpadding="3" cellspacing="0" '
                       'style="border-collapse:collapse;font-size:10pt">\n' + "\n".join(rows) + "\n</table>")
        elif isinstance(b, Quote):
            out.append("<p>" + _esc_lines(b.attribution) + "</p>\n"
                       '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
                       + render_html_blocks(b.blocks) + "\n</blockquote>")
        elif isinstance(b, Forward):
            head = ("---------- Message transféré ----------" if b.lang == "fr"
                    else "---------- Forwarded message ---------")
            meta = "<br>\n".join(f"<b>{html.escape(k)}</b> {html.escape(v)}" for k, v in b.meta)
            out.append(f'<div style="color:#555">{html.escape(head)}<br>\n{meta}</div>\n'
                       + render_html_blocks(b.blocks))
    return "\n".join(out)


def render_html(blocks, sig, lang):
    cut = next((i for i, b in enumerate(blocks) if isinstance(b, (Quote, Forward))), len(blocks))
    body = render_html_blocks(blocks[:cut])
    if sig:
        body += '\n<div style="color:#1f3864;font-size:9pt">' + _esc_lines(sig) + "</div>"
        sig = None
    if cut < len(blocks):
        body += "\n<hr>\n" + render_html_blocks(blocks[cut:])
    if sig:
        body += '\n<div style="color:#1f3864;font-size:9pt">' + _esc_lines(sig) + "</div>"
    return (f'<html lang="{lang}-CA"><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"></head>\n<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + body + "\n</body></html>\n")


# ---------------------------------------------------------------- encoders
def _encodable(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def pick_charset(rng, text):
    if all(ord(c) < 128 for c in text):
        return rng.choice(["us-ascii", "us-ascii", "utf-8", "iso-8859-1", "windows-1252"])
    opts = ["utf-8", "utf-8"]
    if _encodable(text, "iso-8859-1"):
        opts.append("iso-8859-1")
    if _encodable(text, "windows-1252"):
        opts.append("windows-1252")
    return rng.choice(opts)


def encode_body(text, charset, cte):
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte in ("7bit", "8bit"):
        for ln in raw.split(b"\n"):
            assert len(ln) < 990, "line too long for %s" % cte
        return raw if raw.endswith(b"\n") else raw + b"\n"
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw, quotetabs=False)
        return enc if enc.endswith(b"\n") else enc + b"\n"
    return base64.encodebytes(raw)


def pick_cte(rng, text, charset, allow8=True):
    raw = text.encode(charset)
    longest = max((len(x) for x in raw.split(b"\n")), default=0)
    if all(b < 128 for b in raw):
        opts = ["7bit", "7bit", "quoted-printable", "base64"]
    else:
        opts = (["8bit", "8bit"] if allow8 else []) + ["quoted-printable", "quoted-printable", "base64"]
    if longest > 900:
        opts = [o for o in opts if o not in ("7bit", "8bit")]
    return rng.choice(opts)


def encode_word(text, rng, charset=None, enc=None):
    if all(ord(c) < 128 for c in text):
        return text
    if charset is None:
        charset = "utf-8" if not _encodable(text, "iso-8859-1") else rng.choice(["utf-8", "iso-8859-1", "utf-8"])
    cs = email.charset.Charset(charset)
    enc = enc or rng.choice(["b", "q"])
    cs.header_encoding = email.charset.BASE64 if enc == "b" else email.charset.QP
    return email.header.Header(text, cs).encode(maxlinelen=76, linesep="\n")


def fmt_addr(name, addr, rng):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()":;@'):
            return '"' + name.replace('"', '') + '" <' + addr + ">"
        return f"{name} <{addr}>"
    return encode_word(name, rng) + f" <{addr}>"


def fold_ascii(name, value):
    line = f"{name}: {value}"
    if len(line) <= 78 or "\n" in value:
        return line
    words, out, cur = line.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > 76:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return "\n ".join(out)


# ---------------------------------------------------------------- renderer
class Renderer:
    def __init__(self, rng, tag):
        self.rng = rng
        self.tag = tag
        self.nb = 0

    def boundary(self):
        self.nb += 1
        return "----=_NextPart_%s_%03d_%08X" % (self.tag, self.nb, self.rng.getrandbits(32))

    def text_part(self, text, subtype, charset=None, cte=None, extra_headers=()):
        charset = charset or pick_charset(self.rng, text)
        if not _encodable(text, charset):
            charset = "utf-8"
        cte = cte or pick_cte(self.rng, text, charset)
        hdr = [f'Content-Type: text/{subtype}; charset="{charset}"',
               f"Content-Transfer-Encoding: {cte}"] + list(extra_headers)
        return "\n".join(hdr).encode("ascii") + b"\n\n" + encode_body(text, charset, cte)

    def multipart(self, subtype, parts):
        b = self.boundary()
        out = [f'Content-Type: multipart/{subtype};\n\tboundary="{b}"'.encode("ascii"), b"",
               b"This is a multi-part message in MIME format.", b""]
        for p in parts:
            out.append(f"--{b}".encode("ascii"))
            out.append(p.rstrip(b"\n"))
            out.append(b"")
        out.append(f"--{b}--".encode("ascii"))
        return b"\n".join(out) + b"\n"

    def filename_params(self, fn):
        rng = self.rng
        ascii_fn = all(ord(c) < 128 for c in fn)
        if not ascii_fn or rng.random() < 0.2:
            enc = "utf-8''" + urllib.parse.quote(fn, safe="")
            if not ascii_fn and rng.random() < 0.5:
                legacy = encode_word(fn, rng, "utf-8", "b").replace("\n", "")
            else:
                legacy = fn if ascii_fn else fn.encode("ascii", "replace").decode().replace("?", "_")
            return f'name="{legacy}"', f"filename*={enc}"
        return f'name="{fn}"', f'filename="{fn}"'

    def attachment(self, att):
        name_p, file_p = self.filename_params(att.filename)
        disp = f"Content-Disposition: attachment;\n\t{file_p}"
        mt = att.ctype
        if mt == "message/rfc822":
            raw = att.data.replace(b"\r\n", b"\n")
            cte = "8bit" if any(x > 127 for x in raw) else "7bit"
            return (f"Content-Type: message/rfc822;\n\t{name_p}\nContent-Transfer-Encoding: {cte}\n"
                    f"{disp}\n\n").encode("ascii") + raw
        if mt.startswith("text/"):
            text = att.data
            cs = att.charset if _encodable(text, att.charset) else "utf-8"
            cte = self.rng.choice(["base64", "quoted-printable"] +
                                  (["8bit"] if any(ord(c) > 127 for c in text) else ["7bit"]))
            head = (f'Content-Type: {mt}; charset="{cs}";\n\t{name_p}\n'
                    f"Content-Transfer-Encoding: {cte}\n{disp}\n\n").encode("ascii")
            if cte == "base64":
                return head + base64.encodebytes(text.encode(cs))
            return head + encode_body(text, cs, cte)
        head = (f"Content-Type: {mt};\n\t{name_p}\nContent-Transfer-Encoding: base64\n"
                f"{disp}\n\n").encode("ascii")
        return head + base64.encodebytes(att.data)

    def render(self, m, crlf=None, nested=False):
        rng = self.rng
        p = m.prefs
        mode = p.get("mode") or rng.choices(["plain", "alt", "html"], [45, 35, 20])[0]
        tstyle = p.get("tstyle") or rng.choice(["pipe", "tab", "pad", "semi", "pad"])
        plain = render_plain(m.blocks, m.sig, tstyle)
        cs_plain = p.get("charset") or pick_charset(rng, plain)
        if mode == "plain":
            body = self.text_part(plain, "plain", cs_plain, p.get("cte"))
        else:
            htm = render_html(m.blocks, m.sig, m.lang)
            cs_html = cs_plain if _encodable(htm, cs_plain) else "utf-8"
            if cs_html != "utf-8":
                htm = htm.replace("charset=utf-8", f"charset={cs_html}")
            hpart = self.text_part(htm, "html", cs_html, p.get("cte"))
            if mode == "html":
                body = hpart
            else:
                body = self.multipart("alternative", [self.text_part(plain, "plain", cs_plain, p.get("cte")),
                                                      hpart])
        if m.attachments:
            body = self.multipart("mixed", [body] + [self.attachment(a) for a in m.attachments])
        hdrs = []
        hdrs.append("From: " + fmt_addr(*m.sender, rng))
        hdrs.append(fold_ascii("To", ", ".join(fmt_addr(n, a, rng) for n, a in m.to))
                    if all(all(ord(c) < 128 for c in n) for n, a in m.to)
                    else "To: " + ",\n ".join(fmt_addr(n, a, rng) for n, a in m.to))
        if m.cc:
            hdrs.append("Cc: " + ",\n ".join(fmt_addr(n, a, rng) for n, a in m.cc))
        subj = m.subject
        if all(ord(c) < 128 for c in subj):
            hdrs.append(fold_ascii("Subject", subj))
        else:
            hdrs.append("Subject: " + encode_word(subj, rng, p.get("subj_charset")))
        hdrs.append("Date: " + email.utils.format_datetime(m.date))
        hdrs.append("Message-ID: " + m.msgid)
        if m.in_reply_to:
            hdrs.append("In-Reply-To: " + m.in_reply_to)
            hdrs.append("References: " + m.in_reply_to)
        if not nested:
            ua = rng.choice(["Microsoft Outlook 16.0", None, "Mozilla Thunderbird 115.8", None,
                             "Zimbra 9.0.0_GA (ZimbraWebClient)", "Apple Mail (2.3731)"])
            if ua:
                hdrs.append(("X-Mailer: " if "Outlook" in ua or "Apple" in ua else "User-Agent: ") + ua)
            if rng.random() < 0.4:
                hdrs.append("Content-Language: " + ("fr-CA" if m.lang == "fr" else "en-CA"))
        hdrs.append("MIME-Version: 1.0")
        raw = "\n".join(hdrs).encode("ascii") + b"\n" + body
        if crlf is None:
            crlf = p.get("crlf", rng.random() < 0.5)
        if crlf:
            raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        return raw
