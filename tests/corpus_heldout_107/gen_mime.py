"""Hand-rolled MIME writer so that every transport detail is under control:
charsets, transfer encodings, line endings, RFC 2047 headers, RFC 2231 file names."""
import base64
import datetime as dt
import html
import html.entities
import quopri
import re
import urllib.parse
from email.utils import format_datetime

MAILERS = [
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("X-Mailer", "Microsoft Outlook 16.0 (Build 17928)"),
    ("User-Agent", "Mozilla Thunderbird 115.12.0"),
    ("X-Mailer", "Apple Mail (2.3774.600.62)"),
    ("User-Agent", "Roundcube Webmail/1.6.7"),
    ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF126)"),
    (None, None),
]

PHRASE_OK = re.compile(r"^[A-Za-z0-9 !#$%&'*+\-/=?^_`{|}~]*$")


# ------------------------------------------------------------------ headers
def _q_encode(b, phrase=True):
    out = []
    for byte in b:
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif c.isalnum() and byte < 128:
            out.append(c)
        elif not phrase and c in "!*+-/" and byte < 128:
            out.append(c)
        elif phrase and c in "!*+-/" and byte < 128:
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return "".join(out)


def encoded_words(s, charset, enc, phrase=False):
    """Split s into RFC 2047 words of at most 75 characters, never splitting a character."""
    words, chunk = [], ""

    def render(text):
        b = text.encode(charset)
        if enc == "B":
            return f"=?{charset}?B?{base64.b64encode(b).decode()}?="
        return f"=?{charset}?Q?{_q_encode(b, phrase)}?="

    for ch in s:
        if len(render(chunk + ch)) > 75:
            words.append(render(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(render(chunk))
    return words


def fold_ascii(name, value, eol):
    line = f"{name}: "
    out = []
    for word in value.split(" "):
        if len(line) + len(word) + 1 > 76 and line.strip() not in ("", f"{name}:"):
            out.append(line.rstrip(" "))
            line = " " + word + " "
        else:
            line += word + " "
    out.append(line.rstrip(" "))
    return eol.join(out)


def header_text(name, value, rng, eol):
    try:
        value.encode("ascii")
        return fold_ascii(name, value, eol)
    except UnicodeEncodeError:
        pass
    charset = "utf-8"
    try:
        value.encode("iso-8859-1")
        charset = rng.choice(["utf-8", "iso-8859-1", "utf-8", "windows-1252"])
    except UnicodeEncodeError:
        pass
    enc = rng.choice(["B", "Q"])
    mode = rng.random()
    if mode < 0.5:
        words = encoded_words(value, charset, enc)
        return f"{name}: " + (eol + " ").join(words)
    # only encode the non-ASCII tokens, keep the rest readable (as many MUAs do)
    tokens = value.split(" ")
    pieces, buf = [], []
    for t in tokens:
        try:
            t.encode("ascii")
            if buf:
                pieces.append(("enc", " ".join(buf)))
                buf = []
            pieces.append(("raw", t))
        except UnicodeEncodeError:
            buf.append(t)
    if buf:
        pieces.append(("enc", " ".join(buf)))
    out_tokens = []
    for kind, t in pieces:
        if kind == "raw":
            out_tokens.append(t)
        else:
            out_tokens.extend(encoded_words(t, charset, enc))
    # fold: one line per encoded word boundary when line grows long
    line, lines = f"{name}:", []
    for t in out_tokens:
        if len(line) + len(t) + 1 > 76 and line != f"{name}:":
            lines.append(line)
            line = " " + t
        else:
            line += " " + t
    lines.append(line)
    return eol.join(lines)


def fmt_address(name, addr, rng):
    if not name:
        return addr
    try:
        name.encode("ascii")
        if PHRASE_OK.match(name):
            return f"{name} <{addr}>"
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + f'" <{addr}>'
    except UnicodeEncodeError:
        charset = rng.choice(["utf-8", "iso-8859-1"]) if _latin1(name) else "utf-8"
        enc = rng.choice(["B", "Q"])
        return " ".join(encoded_words(name, charset, enc, phrase=True)) + f" <{addr}>"


def _latin1(s):
    try:
        s.encode("iso-8859-1")
        return True
    except UnicodeEncodeError:
        return False


def address_header(name, people, rng, eol):
    parts = [fmt_address(n, a, rng) for n, a in people]
    lines, line = [], f"{name}: "
    for i, p in enumerate(parts):
        sep = "," if i < len(parts) - 1 else ""
        if len(line) + len(p) > 76 and line.strip() != f"{name}:":
            lines.append(line.rstrip())
            line = " "
        line += p + sep + " "
    lines.append(line.rstrip())
    return eol.join(lines)


# ------------------------------------------------------------------ bodies
def choose_charset(text, rng):
    opts = ["utf-8"]
    try:
        text.encode("ascii")
        opts += ["us-ascii", "us-ascii", "iso-8859-1", "windows-1252"]
    except UnicodeEncodeError:
        if _latin1(text):
            opts += ["iso-8859-1", "iso-8859-1"]
        try:
            text.encode("windows-1252")
            opts += ["windows-1252", "windows-1252"]
        except UnicodeEncodeError:
            pass
    return rng.choice(opts)


def encode_body(data, cte, eol):
    """data: bytes with LF line endings. Returns encoded bytes with eol line endings."""
    e = eol.encode()
    if cte in ("7bit", "8bit"):
        return data.replace(b"\n", e)
    if cte == "quoted-printable":
        q = quopri.encodestring(data)
        return q.replace(b"\n", e)
    if cte == "base64":
        return base64.encodebytes(data).replace(b"\n", e)
    raise ValueError(cte)


def choose_cte(data, rng, allow_binary=True):
    ascii_ok = all(b < 128 for b in data)
    long_line = any(len(line) > 900 for line in data.split(b"\n"))
    if ascii_ok and not long_line:
        return rng.choice(["7bit", "7bit", "quoted-printable", "base64"])
    if long_line:
        return rng.choice(["quoted-printable", "base64"])
    return rng.choice(["8bit", "8bit", "quoted-printable", "base64"])


def text_to_html(text, rng, charset="utf-8"):
    font = rng.choice(["Calibri, sans-serif", "Arial, Helvetica, sans-serif", "Aptos, Calibri, sans-serif",
                       "'Segoe UI', sans-serif", "Verdana, sans-serif"])
    blocks, cur, quote = [], [], False
    for line in text.split("\n"):
        q = line.startswith(">")
        if line.strip() == "" or q != quote:
            if cur:
                blocks.append((quote, cur))
            cur = []
            quote = q
            if line.strip() == "":
                continue
        cur.append(line.lstrip("> ") if q else line)
    if cur:
        blocks.append((quote, cur))
    body = []
    for q, lines in blocks:
        inner = "<br>\n".join(html.escape(x, quote=False) for x in lines)
        if q:
            body.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n{inner}\n</blockquote>')
        else:
            body.append(f"<p>{inner}</p>")
    style = rng.randint(0, 2)
    if style == 0:
        head = f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n</head>\n'
        return head + f'<body style="font-family:{font};font-size:11pt">\n' + "\n".join(body) + "\n</body>\n</html>\n"
    if style == 1:
        return ("<!DOCTYPE html>\n<html><head><meta charset=\"" + charset + "\"><title></title></head>\n<body>\n<div style=\"font-family:"
                + font + "\">\n" + "\n".join(body) + "\n</div>\n</body></html>\n")
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n<style><!-- p.MsoNormal {margin:0cm;font-family:'
            + font + '} --></style></head>\n<body lang="FR-CA" link="#0563C1">\n<div class="WordSection1">\n'
            + "\n".join(b.replace("<p>", '<p class="MsoNormal">') for b in body) + "\n</div>\n</body></html>\n")


def html_to_ascii_entities(h, rng):
    if rng.random() < 0.5:
        return h.encode("ascii", "xmlcharrefreplace").decode()
    out = []
    for ch in h:
        if ord(ch) < 128:
            out.append(ch)
        elif ord(ch) in html.entities.codepoint2name:
            out.append("&" + html.entities.codepoint2name[ord(ch)] + ";")
        else:
            out.append("&#%d;" % ord(ch))
    return "".join(out)


# ------------------------------------------------------------------ parts
class Part:
    def __init__(self, headers, body=None, children=None, boundary=None):
        self.headers = headers  # list of ready-made header strings (no eol)
        self.body = body        # bytes (already encoded, eol applied)
        self.children = children or []
        self.boundary = boundary

    def render(self, eol):
        e = eol.encode()
        out = e.join(h.encode("ascii") for h in self.headers) + e + e
        if self.children:
            for c in self.children:
                out += b"--" + self.boundary.encode() + e + c.render(eol) + e
            out += b"--" + self.boundary.encode() + b"--" + e
        else:
            out += self.body
            if not self.body.endswith(e):
                out += e
        return out


def text_part(text, subtype, rng, eol):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    if subtype == "html" and rng.random() < 0.25:
        charset = "us-ascii"
        text = html_to_ascii_entities(text, rng)
        text = re.sub(r"charset=[\w-]+", "charset=us-ascii", text, count=1)
        text = text.replace('<meta charset="utf-8">', '<meta charset="us-ascii">')
    else:
        charset = choose_charset(text, rng)
        if subtype == "html":
            text = re.sub(r"charset=[\w-]+", "charset=" + charset, text, count=1)
            text = text.replace('<meta charset="utf-8">', f'<meta charset="{charset}">')
    data = text.encode(charset)
    cte = choose_cte(data, rng)
    ct = f"Content-Type: text/{subtype}; charset=" + (f'"{charset}"' if rng.random() < 0.5 else charset)
    if subtype == "plain" and rng.random() < 0.2:
        ct += "; format=flowed"
        if cte in ("7bit", "8bit"):
            cte = "quoted-printable"  # keep lines intact (no trailing-space semantics)
    return Part([ct, f"Content-Transfer-Encoding: {cte}"], encode_body(data, cte, eol))


def filename_params(fn, rng, eol):
    try:
        fn.encode("ascii")
        is_ascii = True
    except UnicodeEncodeError:
        is_ascii = False
    if is_ascii:
        style = rng.choice(["plain", "plain", "rfc2231", "rfc2047"] + (["rfc2231cont"] if len(fn) > 28 else []))
    else:
        style = rng.choice(["rfc2231", "rfc2047", "rfc2231cont", "rfc2231cont"])
    if style == "plain":
        q = fn.replace('"', "")
        return f'name="{q}"', f'filename="{q}"'
    if style == "rfc2047":
        charset = "utf-8" if not _latin1(fn) else rng.choice(["utf-8", "iso-8859-1"])
        w = " ".join(encoded_words(fn, charset, rng.choice(["B", "Q"])))
        return f'name="{w}"', f'filename="{w}"'
    charset = "utf-8" if not _latin1(fn) or rng.random() < 0.7 else "iso-8859-1"
    enc = urllib.parse.quote(fn.encode(charset), safe="")
    if style == "rfc2231" or len(enc) < 30:
        return f"name*={charset}''{enc}", f"filename*={charset}''{enc}"
    # continuation
    tokens = re.findall(r"%[0-9A-F]{2}|.", enc)
    chunks, cur = [], ""
    for t in tokens:
        if len(cur) + len(t) > 36:
            chunks.append(cur)
            cur = ""
        cur += t
    if cur:
        chunks.append(cur)
    params = []
    for k, c in enumerate(chunks):
        params.append(f"filename*{k}*={charset}''{c}" if k == 0 else f"filename*{k}*={c}")
    return f"name*={charset}''{enc}" if len(enc) < 60 else f'name="{_ascii_fallback(fn)}"', (";" + eol + "\t").join(params)


def _ascii_fallback(fn):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", fn) if ord(c) < 128)


def attachment_part(att, rng, eol):
    ctype = att["ctype"]
    fn = att.get("filename")
    data = att["data"]
    headers = []
    if ctype == "message/rfc822":
        cte = "7bit" if all(b < 128 for b in data) else "8bit"
        ct = "Content-Type: message/rfc822"
        if fn:
            np, fp = filename_params(fn, rng, eol)
            ct += f"; {np}"
            headers = [ct, f"Content-Transfer-Encoding: {cte}", f"Content-Disposition: attachment; {fp}"]
        else:
            headers = [ct, f"Content-Transfer-Encoding: {cte}", "Content-Disposition: inline"]
        body = data if data.endswith(eol.encode()) else data + eol.encode()
        return Part(headers, body)
    np, fp = filename_params(fn, rng, eol)
    sep = rng.choice(["; ", ";" + eol + "\t", ";" + eol + " "])
    if ctype.startswith("text/"):
        cs = att.get("charset", "utf-8")
        ct = f"Content-Type: {ctype}; charset={cs}{sep}{np}"
        if ctype == "text/calendar" and att.get("method"):
            ct += f"; method={att['method']}"
        cte = rng.choice(["base64", "quoted-printable", "base64"])
        if cte == "quoted-printable":
            data = data.replace(b"\r\n", b"\n")
    else:
        ct = f"Content-Type: {ctype}{sep}{np}"
        cte = "base64"
    disp = att.get("disposition", "attachment")
    headers = [ct, f"Content-Transfer-Encoding: {cte}", f"Content-Disposition: {disp}{sep}{fp}"]
    if rng.random() < 0.3:
        headers.append(f"Content-Description: {_ascii_fallback(fn)}")
    return Part(headers, encode_body(data, cte, eol))


def boundary(rng):
    style = rng.randint(0, 3)
    h = "".join(rng.choice("0123456789abcdef") for _ in range(24))
    if style == 0:
        return f"_000_{h.upper()}_"
    if style == 1:
        return f"------------{h[:22]}"
    if style == 2:
        return f"Apple-Mail=_{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}"
    return f"=_{h[:16]}"


def multipart(subtype, children, rng):
    b = boundary(rng)
    q = f'"{b}"' if ("=" in b or rng.random() < 0.6) else b
    return Part([f"Content-Type: multipart/{subtype}; boundary={q}"], children=children, boundary=b)


# ------------------------------------------------------------------ message
def build(mail, rng, eol=None, _nested=False):
    """mail: dict with subject, frm, to, cc, date, msgid, text, html, attachments,
    layout ('plain'|'html'|'alt'|None), inner (list of mail dicts to attach as message/rfc822)."""
    if eol is None:
        eol = rng.choice(["\r\n", "\n"])
    layout = mail.get("layout") or rng.choices(["plain", "html", "alt"], [45, 20, 35])[0]
    text = mail["text"]
    h = mail.get("html")
    if layout == "plain":
        body = text_part(text, "plain", rng, eol)
    elif layout == "html":
        body = text_part(h or text_to_html(text, rng), "html", rng, eol)
    else:
        body = multipart("alternative", [text_part(text, "plain", rng, eol),
                                          text_part(h or text_to_html(text, rng), "html", rng, eol)], rng)
    atts = [attachment_part(a, rng, eol) for a in mail.get("attachments", [])]
    for inner in mail.get("inner", []):
        inner_bytes = build(inner, rng, eol, _nested=True)
        atts.append(attachment_part({"ctype": "message/rfc822", "data": inner_bytes,
                                     "filename": inner.get("eml_name")}, rng, eol))
    root = multipart("mixed", [body] + atts, rng) if atts else body

    hdrs = []
    date = mail["date"]
    if date.tzinfo is None:
        date = date.replace(tzinfo=dt.timezone(dt.timedelta(hours=-4 if 4 <= date.month <= 10 else -5)))
    order = rng.randint(0, 1)
    top = [
        ("From", mail["frm"]),
        ("To", mail["to"]),
    ]
    if mail.get("cc"):
        top.append(("Cc", mail["cc"]))
    pieces = []
    for name, val in top:
        if name == "From":
            pieces.append(address_header("From", [val], rng, eol))
        else:
            pieces.append(address_header(name, val, rng, eol))
    subj = header_text("Subject", mail["subject"], rng, eol)
    datel = f"Date: {format_datetime(date)}"
    mid = f"Message-ID: <{mail['msgid']}>"
    if order == 0:
        hdrs += pieces + [subj, datel, mid]
    else:
        hdrs += [datel, pieces[0], subj] + pieces[1:] + [mid]
    if mail.get("in_reply_to"):
        hdrs.append(f"In-Reply-To: <{mail['in_reply_to']}>")
        hdrs.append(f"References: <{mail['in_reply_to']}>")
    for k, v in mail.get("extra_headers", []):
        hdrs.append(header_text(k, v, rng, eol))
    if not _nested:
        mk, mv = rng.choice(MAILERS)
        if mk:
            hdrs.append(f"{mk}: {mv}")
        if rng.random() < 0.4:
            hdrs.append(f"Content-Language: {'fr-CA' if mail.get('lang') == 'fr' else 'en-CA'}")
    hdrs.append("MIME-Version: 1.0")
    root.headers = hdrs + root.headers
    return root.render(eol)
