"""A small hand-rolled MIME writer giving full control over charsets,
transfer encodings, header encodings, file-name parameters and line endings."""
import base64
import html as htmlmod
import quopri
import urllib.parse
from html.entities import codepoint2name


# ------------------------------------------------------------------ headers
def _b_words(text, charset, maxlen=75):
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        enc = base64.b64encode(trial.encode(charset)).decode()
        if len(f"=?{charset}?B?{enc}?=") > maxlen and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    return [f"=?{charset}?B?{base64.b64encode(w.encode(charset)).decode()}?=" for w in words]


def _q_char(ch, charset):
    out = ""
    for b in ch.encode(charset):
        c = chr(b)
        if c == " ":
            out += "_"
        elif b < 128 and (c.isalnum() or c in "!*+-/"):
            out += c
        else:
            out += "=%02X" % b
    return out


def _q_words(text, charset, maxlen=75):
    words, cur = [], ""
    for ch in text:
        piece = _q_char(ch, charset)
        if len(f"=?{charset}?Q?{cur}{piece}?=") > maxlen and cur:
            words.append(cur)
            cur = piece
        else:
            cur += piece
    if cur:
        words.append(cur)
    return [f"=?{charset}?Q?{w}?=" for w in words]


def encode_words(text, charset="utf-8", enc="B"):
    """RFC 2047 encode a whole unstructured value."""
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    ws = _b_words(text, charset) if enc == "B" else _q_words(text, charset)
    return "\n ".join(ws)


def header_value(text, rng, charset=None):
    """Plain if ASCII, otherwise RFC 2047 with a random charset / encoding."""
    if all(ord(c) < 128 for c in text):
        return fold(text)
    cs = charset or rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    return encode_words(text, cs, rng.choice(["B", "Q"]))


def fold(text, width=76):
    if len(text) <= width:
        return text
    out, line = [], ""
    for w in text.split(" "):
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = (line + " " + w) if line else w
    out.append(line)
    return "\n ".join(out)


def address(name, addr, rng):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ",.;:()<>@\"'"):
            return '"' + name.replace('"', '') + '" <' + addr + '>'
        return f"{name} <{addr}>"
    return header_value(name, rng) + f" <{addr}>"


# ------------------------------------------------------------------ parts
class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None):
        self.headers = headers          # list of (name, value-str)
        self.body = body                # bytes (already transfer-encoded)
        self.children = children or []
        self.boundary = boundary

    def to_bytes(self):
        out = []
        for k, v in self.headers:
            try:
                out.append(f"{k}: {v}\n".encode("ascii"))
            except UnicodeEncodeError:
                raise ValueError(f"non-ascii header {k}: {v!r}")
        out.append(b"\n")
        if self.children:
            out.append(b"This is a multi-part message in MIME format.\n")
            for ch in self.children:
                out.append(f"\n--{self.boundary}\n".encode())
                out.append(ch.to_bytes())
            out.append(f"\n--{self.boundary}--\n".encode())
        else:
            out.append(self.body)
        return b"".join(out)


def _transfer(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        q = quopri.encodestring(data)
        return q if q.endswith(b"\n") else q + b"\n"
    return data if data.endswith(b"\n") else data + b"\n"


def can_encode(text, charset):
    try:
        text.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def text_part(text, subtype, charset, cte):
    text = text.replace("\r\n", "\n")
    data = text.encode(charset)
    if cte == "7bit":
        assert all(b < 128 for b in data)
    if subtype == "html":
        text = text.replace('charset=utf-8"', f'charset={charset}"')
        data = text.encode(charset)
        hdrs = [("Content-Type", f'text/html; charset="{charset}"')]
    else:
        hdrs = [("Content-Type", f"text/plain; charset={charset}")]
    hdrs.append(("Content-Transfer-Encoding", cte))
    return Part(hdrs, _transfer(data, cte))


def _param(name, value, style):
    """Render a MIME parameter; non-ASCII values use RFC 2231 or RFC 2047."""
    if all(ord(c) < 128 for c in value) and style != "force2231":
        return f'{name}="{value}"'
    if style in ("2047b", "2047q"):
        ew = encode_words(value, "utf-8", "B" if style == "2047b" else "Q").replace("\n ", "")
        return f'{name}="{ew}"'
    cs = "utf-8"
    if style == "2231latin" and can_encode(value, "iso-8859-1"):
        cs = "iso-8859-1"
    enc = urllib.parse.quote(value.encode(cs), safe="")
    if style == "2231cont" or len(enc) > 60:
        chunks = [enc[i:i + 40] for i in range(0, len(enc), 40)]
        # never split a %XX escape across chunks
        fixed, carry = [], ""
        for c in chunks:
            c = carry + c
            carry = ""
            cut = c.rfind("%")
            if cut != -1 and cut > len(c) - 3:
                carry = c[cut:]
                c = c[:cut]
            fixed.append(c)
        if carry:
            fixed.append(carry)
        segs = []
        for i, c in enumerate(fixed):
            segs.append(f"{name}*{i}*=" + (f"{cs}''" if i == 0 else "") + c)
        return ";\n\t".join(segs)
    return f"{name}*={cs}''{enc}"


def attachment_part(data, ctype, filename, rng, fname_style=None, cte=None, disposition="attachment"):
    if fname_style:
        style = fname_style
    elif all(ord(c) < 128 for c in filename):
        style = "force2231" if rng.random() < 0.3 else "plain"
    else:
        style = rng.choice(["2231", "2231", "2231cont", "2231latin", "2047b", "2047q"])
    if cte is None:
        cte = "base64"
    hdrs = [("Content-Type", f"{ctype};\n\t" + _param("name", filename, style)),
            ("Content-Disposition", f"{disposition};\n\t" + _param("filename", filename, style)),
            ("Content-Transfer-Encoding", cte)]
    return Part(hdrs, _transfer(data, cte))


def rfc822_part(inner: bytes, filename=None, rng=None):
    hdrs = [("Content-Type", "message/rfc822" + (f';\n\tname="{filename}"' if filename else ""))]
    if filename:
        hdrs.append(("Content-Disposition", f'attachment;\n\tfilename="{filename}"'))
    if any(b > 127 for b in inner):
        hdrs.append(("Content-Transfer-Encoding", "8bit"))
    else:
        hdrs.append(("Content-Transfer-Encoding", "7bit"))
    return Part(hdrs, inner if inner.endswith(b"\n") else inner + b"\n")


def multipart(subtype, children, boundary):
    return Part([("Content-Type", f'multipart/{subtype};\n\tboundary="{boundary}"')], children=children,
                boundary=boundary)


# ------------------------------------------------------------------ html
def html_escape(text, entities=False):
    s = htmlmod.escape(text, quote=False)
    if entities:
        s = "".join(f"&{codepoint2name[ord(c)]};" if ord(c) > 127 and ord(c) in codepoint2name else c for c in s)
    return s


def text_to_html(text, rng, entities=None):
    """Render a plain body as typical mail-client HTML."""
    if entities is None:
        entities = rng.random() < 0.35
    font = rng.choice(["Calibri, sans-serif", "Arial, Helvetica, sans-serif", "Aptos, sans-serif",
                       "'Segoe UI', sans-serif", "Verdana"])
    blocks, quote = [], []

    def flush_quote():
        if quote:
            inner = "<br>\n".join(html_escape(q, entities) for q in quote)
            blocks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                          + inner + "</blockquote>")
            quote.clear()

    plain = []

    def flush_plain():
        if plain:
            blocks.append("<p>" + "<br>\n".join(html_escape(l, entities) for l in plain) + "</p>")
            plain.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            flush_plain()
            quote.append(line[1:].lstrip(" ") if not line.startswith(">>") else line[1:])
        elif not line.strip():
            flush_quote()
            flush_plain()
        else:
            flush_quote()
            plain.append(line)
    flush_quote()
    flush_plain()
    body = "\n".join(blocks)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            f'<body>\n<div style="font-family:{font};font-size:11pt">\n{body}\n</div>\n</body>\n</html>\n')


def html_table(rows, header=None, entities=False):
    out = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
    if header:
        out.append("<tr>" + "".join(f"<th>{html_escape(str(h), entities)}</th>" for h in header) + "</tr>")
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{html_escape(str(c), entities)}</td>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)
