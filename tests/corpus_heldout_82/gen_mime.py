"""Hand-rolled MIME writer (step 2 of the generator).

Gives full control over charsets (utf-8, us-ascii, iso-8859-1, windows-1252),
transfer encodings (7bit, 8bit, quoted-printable, base64), CRLF/LF line
endings, RFC 2047 encoded headers and RFC 2231 file names.
"""
import base64
import re
import html
import quopri
import urllib.parse

MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 115.6", "Apple Mail (2.3774)",
           "Roundcube Webmail/1.6.5", "Zimbra 9.0.0_GA", "eHealthBox Web 4.2", "MSSante Webmail 3.1",
           "Lotus Notes Release 9.0.1", "Evolution 3.44", None, None]


class Text:
    def __init__(self, text, subtype="plain"):
        self.text, self.subtype = text, subtype


class Attach:
    def __init__(self, filename, ctype, data, disposition="attachment", inline_name_style=None):
        self.filename, self.ctype, self.data = filename, ctype, data
        self.disposition = disposition
        self.name_style = inline_name_style


class Forward:
    """An attached message (message/rfc822); data are the inner message's bytes (LF)."""
    def __init__(self, data, filename=None):
        self.data, self.filename = data, filename


# --------------------------------------------------------------------------- headers
def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encoded_words(s, rng, charset=None, single=False):
    charset = charset or rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    try:
        s.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    mode = rng.choice(["B", "Q"])
    words, chunk = [], ""
    limit = 30 if mode == "B" else 22
    if single:
        limit = 10 ** 6
    tokens = []
    for tok in re.findall(r"\S+\s*|\s+", s):
        while len(tok.encode(charset)) > 2 * limit:
            tokens.append(tok[:limit])
            tok = tok[limit:]
        tokens.append(tok)
    for tok in tokens:
        if chunk and len((chunk + tok).encode(charset)) > limit:
            words.append(chunk)
            chunk = ""
        chunk += tok
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(charset)
        if mode == "B":
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode()))
        else:
            q = ""
            for b in raw:
                c = chr(b)
                if c == " ":
                    q += "_"
                elif c.isalnum() and b < 128:
                    q += c
                else:
                    q += "=%02X" % b
            out.append("=?%s?Q?%s?=" % (charset, q))
    return "\n ".join(out)


def fold_plain(s):
    if len(s) < 76:
        return s
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > 74:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def header_text(s, rng):
    if _is_ascii(s):
        return fold_plain(s)
    return encoded_words(s, rng)


def address(name, email, rng):
    if not name:
        return "<%s>" % email if rng.random() < 0.3 else email
    if _is_ascii(name):
        if any(c in name for c in ",.()<>@;:\""):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (encode_phrase(name, rng), email)


def encode_phrase(name, rng):
    """Encode a display name the way common mailers do: ASCII words stay as they
    are, runs of non-ASCII words become one encoded-word."""
    toks = name.split(" ")
    if any(c in name for c in ',.()<>@;:"') or len(toks) == 1 or rng.random() < 0.4:
        return encoded_words(name, rng, single=True)
    out, run = [], []
    for t in toks + [None]:
        if t is not None and not _is_ascii(t):
            run.append(t)
            continue
        if run:
            out.append(encoded_words(" ".join(run), rng, single=True))
            run = []
        if t is not None:
            out.append(t)
    return " ".join(out)


def address_list(items, rng):
    return ",\n ".join(address(n, e, rng) for n, e in items)


def filename_params(fn, rng, key="filename"):
    if _is_ascii(fn) and len(fn) < 60 and rng.random() < 0.7:
        return '%s="%s"' % (key, fn)
    style = rng.choice(["2231", "2231", "2231cont"] + ([] if _is_ascii(fn) else ["2047"]))
    if style == "2047":
        return '%s="%s"' % (key, encoded_words(fn, rng).replace("\n ", ""))
    cs = "utf-8"
    if style == "2231":
        return "%s*=%s''%s" % (key, cs, urllib.parse.quote(fn.encode(cs), safe=""))
    enc = urllib.parse.quote(fn.encode(cs), safe="")
    pieces, i = [], 0
    while i < len(enc):
        j = min(len(enc), i + 40)
        while enc[j - 1] == "%" or (j - 2 >= i and enc[j - 2] == "%"):
            j -= 1
        pieces.append(enc[i:j])
        i = j
    return ";\n ".join("%s*%d*=%s" % (key, k, (cs + "''" if k == 0 else "") + p) for k, p in enumerate(pieces))


# --------------------------------------------------------------------------- bodies
def text_to_html(text):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=__CS__"></head>',
           '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines if l):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip(), quote=False) for l in lines)
            out.append('<blockquote style="border-left:2px solid #99c;padding-left:6px">%s</blockquote>' % inner)
        elif sum(1 for l in lines if "|" in l) >= 2:
            out.append('<table border="1" cellspacing="0" cellpadding="3">')
            for l in lines:
                if set(l.strip()) <= set("-|+ "):
                    continue
                cells = [c.strip() for c in l.strip().strip("|").split("|")]
                out.append("<tr>" + "".join("<td>%s</td>" % html.escape(c, quote=False) for c in cells) + "</tr>")
            out.append("</table>")
        else:
            out.append("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in lines) + "</p>")
    out.append("</body></html>")
    return "\n".join(out)


def pick_charset(text, rng, prefer=None):
    if prefer:
        try:
            text.encode(prefer)
            return prefer
        except UnicodeEncodeError:
            pass
    if _is_ascii(text):
        return rng.choice(["us-ascii", "us-ascii", "utf-8", "iso-8859-1"])
    for cs in rng.sample(["utf-8", "utf-8", "iso-8859-1", "windows-1252"], 4):
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return "utf-8"


def encode_body(raw, cte):
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw if raw.endswith(b"\n") else raw + b"\n"


def text_part(text, subtype, rng, prefer_cs=None):
    if subtype == "html" and "<html" not in text:
        text = text_to_html(text)
    cs = pick_charset(text, rng, prefer_cs)
    text = text.replace("__CS__", cs)
    raw = text.encode(cs)
    if cs == "us-ascii":
        cte = rng.choice(["7bit", "7bit", "quoted-printable", "base64"])
    else:
        cte = rng.choice(["8bit", "quoted-printable", "quoted-printable", "base64"])
    if max((len(l) for l in raw.split(b"\n")), default=0) > 900 and cte in ("7bit", "8bit"):
        cte = "quoted-printable"
    head = ["Content-Type: text/%s; charset=\"%s\"" % (subtype, cs),
            "Content-Transfer-Encoding: %s" % cte]
    return head, encode_body(raw, cte)


# --------------------------------------------------------------------------- assembly
class Builder:
    def __init__(self, rng, tag):
        self.rng, self.tag, self.n = rng, tag, 0

    def boundary(self):
        self.n += 1
        r = "".join(self.rng.choice("0123456789abcdefABCDEF") for _ in range(16))
        return "----=_Part_%s_%d_%s" % (self.tag, self.n, r)

    def leaf(self, item):
        rng = self.rng
        if isinstance(item, Text):
            return text_part(item.text, item.subtype, rng)
        if isinstance(item, Forward):
            head = ["Content-Type: message/rfc822"]
            if item.filename:
                head[0] += ";\n " + filename_params(item.filename, rng, "name")
                head.append("Content-Disposition: attachment;\n " + filename_params(item.filename, rng))
            else:
                head.append("Content-Disposition: inline")
            if any(b > 127 for b in item.data):
                head.append("Content-Transfer-Encoding: 8bit")
            return head, item.data if item.data.endswith(b"\n") else item.data + b"\n"
        # attachment
        ctype = item.ctype
        data = item.data
        is_text = ctype.startswith("text/")
        head = []
        if is_text:
            if isinstance(data, str):
                cs = pick_charset(data, rng, "utf-8" if rng.random() < 0.6 else None)
                raw = data.encode(cs)
            else:
                cs, raw = "utf-8", data
            ct = "Content-Type: %s; charset=\"%s\";\n %s" % (ctype, cs, filename_params(item.filename, rng, "name"))
            cte = rng.choice(["base64", "quoted-printable", "base64"] + (["8bit"] if len(raw) < 4000 else []))
        else:
            raw = data
            ct = "Content-Type: %s;\n %s" % (ctype, filename_params(item.filename, rng, "name"))
            cte = "base64"
        head.append(ct)
        head.append("Content-Transfer-Encoding: %s" % cte)
        head.append("Content-Disposition: %s;\n %s" % (item.disposition, filename_params(item.filename, rng)))
        return head, encode_body(raw, cte)

    def multipart(self, subtype, items):
        b = self.boundary()
        head = ['Content-Type: multipart/%s;\n boundary="%s"' % (subtype, b)]
        body = b""
        if self.rng.random() < 0.4:
            body += b"This is a multi-part message in MIME format.\n\n"
        for it in items:
            h, bd = self.node(it)
            body += b"--" + b.encode() + b"\n" + "\n".join(h).encode() + b"\n\n" + bd
            if not bd.endswith(b"\n"):
                body += b"\n"
        body += b"--" + b.encode() + b"--\n"
        return head, body

    def node(self, it):
        if isinstance(it, tuple):
            return self.multipart(it[0], it[1])
        return self.leaf(it)


def build_message(rng, tag, headers, text, html_text=None, attachments=(), structure=None,
                  crlf=None, reply=False):
    """headers: list of (name, value) already formatted (may contain '\\n ' folds).
    Returns bytes."""
    if structure is None:
        if attachments:
            structure = "mixed"
        else:
            structure = rng.choice(["plain", "plain", "plain", "html", "alt", "alt"])
    b = Builder(rng, tag)
    if structure == "plain":
        body_item = Text(text, "plain")
    elif structure == "html":
        body_item = Text(html_text or text, "html")
    else:
        body_item = ("alternative", [Text(text, "plain"), Text(html_text or text, "html")])
    if structure == "mixed" or attachments:
        inner = body_item
        r = rng.random()
        if isinstance(inner, Text) and r < 0.35:
            inner = ("alternative", [Text(text, "plain"), Text(html_text or text, "html")])
        elif r > 0.85:
            inner = Text(html_text or text, "html")
        top = ("mixed", [inner] + list(attachments))
        h, body = b.node(top)
    else:
        h, body = b.node(body_item)
    lines = []
    for name, val in headers:
        lines.append("%s: %s" % (name, val))
    lines.append("MIME-Version: 1.0")
    lines.extend(h)
    data = "\n".join(lines).encode("ascii") + b"\n\n" + body
    if crlf is None:
        crlf = rng.random() < 0.5
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data
