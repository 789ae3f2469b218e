"""Hand-assembled MIME: headers, RFC 2047 / RFC 2231, body encodings, line ends."""
import base64
import html as htmlmod
import quopri
import re
import urllib.parse
from email.utils import format_datetime
from html.parser import HTMLParser

TSPECIALS = set('()<>@,;:\\".[]')


# ------------------------------------------------------------------ encoded words
def _qword(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch.isalnum() and c < 128 or ch in "!*+-/":
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.append("=%02X" % c)
    return "".join(out)


def encoded_words_wordwise(s, charset="utf-8", enc="q", limit=75):
    """Split at spaces only, keeping each separating space inside the earlier word,
    so that decoders that keep or drop inter-word whitespace both get the words right."""
    tokens = s.split(" ")
    chunks, cur = [], ""
    for k, tok in enumerate(tokens):
        piece = tok + (" " if k < len(tokens) - 1 else "")
        if cur and len(encoded_words(cur + piece, charset, enc, limit=10 ** 6)[0]) > limit:
            chunks.append(cur)
            cur = piece
        else:
            cur += piece
    if cur:
        chunks.append(cur)
    out = []
    for c in chunks:
        out += encoded_words(c, charset, enc, limit) if len(encoded_words(c, charset, enc, 10 ** 6)[0]) > limit else \
            encoded_words(c, charset, enc, 10 ** 6)
    return out


def encoded_words(s, charset="utf-8", enc="q", limit=75):
    words, cur = [], ""
    prefix = "=?%s?%s?" % (charset, enc.upper() if enc == "b" else enc.upper())

    def render(x):
        b = x.encode(charset)
        body = base64.b64encode(b).decode() if enc == "b" else _qword(b)
        return prefix + body + "?="

    for ch in s:
        if cur and len(render(cur + ch)) > limit:
            words.append(render(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(render(cur))
    return words


def fold_plain(value, first_len):
    """Fold an ASCII unstructured header at spaces (LF line ends here)."""
    words = value.split(" ")
    lines, cur, budget = [], "", 78 - first_len
    for w in words:
        if cur and len(cur) + 1 + len(w) > budget:
            lines.append(cur)
            cur, budget = w, 77
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def header_unstructured(name, value, enc=None, charset="utf-8"):
    ascii_ok = all(ord(c) < 128 for c in value)
    if ascii_ok and not enc:
        return "%s: %s" % (name, fold_plain(value, len(name) + 2))
    enc = enc or "q"
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return "%s: %s" % (name, "\n ".join(encoded_words(value, charset, enc)))


def mailbox(name, addr, enc=None):
    if not name:
        return addr
    if any(ord(c) > 127 for c in name) or enc:
        return "%s <%s>" % (" ".join(encoded_words_wordwise(name, "utf-8", enc or "q")), addr)
    if any(c in TSPECIALS for c in name):
        return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), addr)
    return "%s <%s>" % (name, addr)


def address_header(name, boxes, enc=None):
    parts = [mailbox(n, a, enc) for n, a in boxes]
    return "%s: %s" % (name, ",\n ".join(parts))


# ------------------------------------------------------------------ html helpers
def text_to_html(text):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head>',
           '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    blocks = re.split(r"\n\s*\n", text.strip("\n"))
    for b in blocks:
        lines = b.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(htmlmod.escape(l.lstrip(">").lstrip(" "), quote=False) for l in lines)
            out.append('<blockquote style="border-left:2px solid #999;padding-left:6px">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(htmlmod.escape(l, quote=False) for l in lines))
    out.append("</body></html>")
    return "\n".join(out)


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head"):
            self.skip += 1
        if tag in ("br",):
            self.parts.append("\n")
        if tag in ("p", "div", "tr", "h1", "h2", "h3", "li", "table", "blockquote"):
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head"):
            self.skip -= 1
        if tag in ("td", "th"):
            self.parts.append(" | ")
        if tag in ("p", "h1", "h2", "h3", "table"):
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(h):
    p = _Strip()
    p.feed(h)
    p.close()
    t = "".join(p.parts)
    t = re.sub(r"[ \t]*\n[ \t]*", "\n", t)
    t = re.sub(r"\n{3,}", "\n\n", t)
    return t.strip() + "\n"


# ------------------------------------------------------------------ parts
def encode_body(text, charset, cte):
    data = text.encode(charset)
    if cte in ("7bit", "8bit"):
        return data
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def text_part(text, subtype, charset, cte, extra=()):
    if subtype == "html":
        text = text.replace("{CHARSET}", charset)
    hdr = ['Content-Type: text/%s; charset="%s"' % (subtype, charset),
           "Content-Transfer-Encoding: %s" % cte] + list(extra)
    body = encode_body(text, charset, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return ("\n".join(hdr) + "\n\n").encode("ascii") + body


def disposition_params(filename, style):
    """Return (content-type name param, content-disposition filename param)."""
    ascii_ok = all(ord(c) < 128 for c in filename)
    if ascii_ok and style != "rfc2231":
        q = filename.replace('"', "")
        return 'name="%s"' % q, 'filename="%s"' % q
    if style == "rfc2047":
        ew = " ".join(encoded_words(filename, "utf-8", "b", limit=70))
        return 'name="%s"' % ew, 'filename="%s"' % ew
    pct = urllib.parse.quote(filename, safe="")
    return "name*=utf-8''%s" % pct, "filename*=utf-8''%s" % pct


def binary_part(data, ctype, filename, fstyle, inline=False):
    np, fp = disposition_params(filename, fstyle)
    hdr = ["Content-Type: %s;\n %s" % (ctype, np),
           "Content-Transfer-Encoding: base64",
           "Content-Disposition: %s;\n %s" % ("inline" if inline else "attachment", fp)]
    return ("\n".join(hdr) + "\n\n").encode("ascii") + base64.encodebytes(data)


def text_attachment(text, ctype, filename, fstyle, charset, cte):
    np, fp = disposition_params(filename, fstyle)
    hdr = ['Content-Type: %s; charset="%s";\n %s' % (ctype, charset, np),
           "Content-Transfer-Encoding: %s" % cte,
           "Content-Disposition: attachment;\n %s" % fp]
    body = encode_body(text, charset, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return ("\n".join(hdr) + "\n\n").encode("ascii") + body


def rfc822_part(inner_bytes, filename, fstyle, as_octet=False):
    if as_octet:
        return binary_part(inner_bytes, "application/octet-stream", filename, fstyle)
    np, fp = disposition_params(filename, fstyle)
    cte = "7bit" if all(b < 128 for b in inner_bytes) else "8bit"
    hdr = ["Content-Type: message/rfc822;\n %s" % np, "Content-Transfer-Encoding: %s" % cte,
           "Content-Disposition: attachment;\n %s" % fp]
    if not inner_bytes.endswith(b"\n"):
        inner_bytes += b"\n"
    return ("\n".join(hdr) + "\n\n").encode("ascii") + inner_bytes


def multipart(subtype, boundary, parts, preamble=True):
    out = [('Content-Type: multipart/%s;\n boundary="%s"\n\n' % (subtype, boundary)).encode("ascii")]
    if preamble:
        out.append(b"This is a multi-part message in MIME format.\n")
    for p in parts:
        out.append(("\n--%s\n" % boundary).encode("ascii"))
        out.append(p)
    out.append(("\n--%s--\n" % boundary).encode("ascii"))
    return b"".join(out)


# ------------------------------------------------------------------ transport choice
CHARSETS_ALL = ["us-ascii", "utf-8", "iso-8859-1", "windows-1252"]


def encodable(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def choose_charset(rng, s):
    if encodable(s, "us-ascii"):
        return rng.choice(["us-ascii", "us-ascii", "utf-8", "iso-8859-1", "windows-1252"])
    opts = ["utf-8", "utf-8"] + [c for c in ("iso-8859-1", "windows-1252") if encodable(s, c)]
    return rng.choice(opts)


def choose_cte(rng, s, charset):
    data = s.encode(charset)
    longest = max((len(x) for x in data.split(b"\n")), default=0)
    if all(b < 128 for b in data) and longest < 990:
        return rng.choice(["7bit", "7bit", "quoted-printable", "base64"])
    if longest < 990:
        return rng.choice(["8bit", "8bit", "quoted-printable", "quoted-printable", "base64"])
    return rng.choice(["quoted-printable", "base64"])


MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 115.8", "Zimbra 9.0 (ZimbraWebClient)",
           "Apple Mail (2.3774)", "Roundcube Webmail/1.6", None, None]


def choose_transport(rng, m):
    t = {}
    if m.mode:
        t["mode"] = m.mode
    elif m.html is not None:
        t["mode"] = rng.choice(["html", "alt", "alt"])
    else:
        t["mode"] = rng.choice(["plain", "plain", "plain", "alt", "alt", "html"])
    t["eol"] = rng.choice(["lf", "crlf"])
    t["subj_enc"] = rng.choice([None, None, "q", "b"]) if True else None
    t["name_enc"] = rng.choice([None, None, "q", "b"])
    t["fstyle"] = rng.choice(["plain", "plain", "rfc2231", "rfc2047"])
    t["mailer"] = rng.choice(MAILERS)
    t["att_charset"] = rng.choice(["utf-8", "utf-8", "windows-1252", "iso-8859-1"])
    t["seed"] = rng.random()
    t["rng"] = rng
    return t


# ------------------------------------------------------------------ build
def build(m, t, msgid, date, bnd):
    """Return the message as bytes (line ends per t['eol'])."""
    rng = t["rng"]
    text, html = m.text, m.html
    mode = t["mode"]
    if html is None and mode in ("html", "alt"):
        html = text_to_html(text)
    if text is None:
        text = html_to_text(html)
    probe = text + (html or "") if mode != "plain" else text
    charset = choose_charset(rng, probe)
    body_parts = []
    if mode in ("plain", "alt"):
        body_parts.append(text_part(text, "plain", charset, choose_cte(rng, text, charset)))
    if mode in ("html", "alt"):
        body_parts.append(text_part(html, "html", charset, choose_cte(rng, html, charset)))
    if mode == "alt":
        body = multipart("alternative", bnd + "_alt", body_parts, preamble=False)
    else:
        body = body_parts[0]

    if m.attachments:
        parts = [body]
        for k, a in enumerate(m.attachments):
            fstyle = a.get("fstyle") or t["fstyle"]
            if "inner" in a:
                inner_t = choose_transport(rng, a["inner"])
                inner_t["eol"] = "lf"
                inner = build(a["inner"], inner_t, a["inner_msgid"], a["inner_date"], bnd + "_in%d" % k)
                parts.append(rfc822_part(inner, a["filename"], fstyle, a.get("as_octet", False)))
            elif isinstance(a["data"], str):
                cs = t["att_charset"] if encodable(a["data"], t["att_charset"]) else "utf-8"
                cte = choose_cte(rng, a["data"], cs)
                parts.append(text_attachment(a["data"], a["ctype"], a["filename"], fstyle, cs, cte))
            else:
                parts.append(binary_part(a["data"], a["ctype"], a["filename"], fstyle, a.get("inline", False)))
        body = multipart("mixed", bnd + "_mix", parts)

    h = []
    h.append(address_header("From", [m.sender], t["name_enc"]))
    h.append(address_header("To", m.to, t["name_enc"]))
    if m.cc:
        h.append(address_header("Cc", m.cc, t["name_enc"]))
    h.append(header_unstructured("Subject", m.subject, t["subj_enc"]))
    h.append("Date: " + format_datetime(date))
    h.append("Message-ID: " + msgid)
    for k, v in m.extra_headers:
        h.append("%s: %s" % (k, v))
    if t["mailer"]:
        h.append("X-Mailer: " + t["mailer"])
    h.append("MIME-Version: 1.0")
    raw = ("\n".join(h) + "\n").encode("ascii") + body
    assert b"\r" not in raw
    if t["eol"] == "crlf":
        raw = raw.replace(b"\n", b"\r\n")
    return raw
