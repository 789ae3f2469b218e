"""Hand-rolled MIME serializer (full control of transports) for the corpus."""
import base64
import binascii
import email.charset
import email.header
import email.utils
import hashlib
import html
import re
import urllib.parse


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def can_encode(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


# ---------------------------------------------------------------- headers
def encode_words(s, rng, header_name="Subject"):
    """RFC 2047 encode non-ASCII header text (B or Q, utf-8 or iso-8859-1)."""
    if is_ascii(s):
        return s
    csname = "utf-8"
    if can_encode(s, "iso-8859-1") and rng.random() < 0.3:
        csname = "iso-8859-1"
    elif can_encode(s, "windows-1252") and rng.random() < 0.15:
        csname = "windows-1252"
    cs = email.charset.Charset(csname)
    cs.header_encoding = rng.choice([email.charset.QP, email.charset.BASE64])
    h = email.header.Header(s, charset=cs, header_name=header_name)
    return h.encode(linesep="\n")


def fmt_addr(name, addr, rng):
    if not name:
        return addr
    if is_ascii(name):
        if re.search(r'[,.;:()<>@"\[\]]', name) or rng.random() < 0.3:
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return f"{name} <{addr}>"
    return f"{encode_words(name, rng, 'From')} <{addr}>"


def param(name, value, rng, force=None):
    """A MIME parameter; non-ASCII values as RFC 2231 or RFC 2047 (Outlook style)."""
    if is_ascii(value) and force != "2231":
        return f'{name}="{value}"'
    mode = force or rng.choice(["2231", "2231", "2047"])
    if mode == "2231":
        q = urllib.parse.quote(value, safe="")
        return f"{name}*=utf-8''{q}"
    cs = email.charset.Charset("utf-8")
    cs.header_encoding = email.charset.BASE64
    enc = email.header.Header(value, charset=cs).encode(maxlinelen=10000)
    return f'{name}="{enc}"'


# ---------------------------------------------------------------- leaves
class Leaf:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value) already encoded
        self.body = body        # bytes, LF line endings


def choose_charset(text, rng, prefer=None):
    if prefer and can_encode(text, prefer):
        return prefer
    if is_ascii(text):
        return rng.choice(["us-ascii", "us-ascii", "utf-8", "iso-8859-1"])
    opts = ["utf-8", "utf-8", "utf-8"]
    if can_encode(text, "iso-8859-1"):
        opts += ["iso-8859-1", "windows-1252"]
    elif can_encode(text, "windows-1252"):
        opts += ["windows-1252"]
    return rng.choice(opts)


def encode_body(raw, cte):
    """raw: bytes with LF endings."""
    if cte in ("7bit", "8bit"):
        if not raw.endswith(b"\n"):
            raw += b"\n"
        return raw
    if cte == "quoted-printable":
        out = binascii.b2a_qp(raw, istext=True, header=False)
        if not out.endswith(b"\n"):
            out += b"\n"
        return out
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def text_leaf(text, subtype, rng, charset=None, cte=None, disposition=None, filename=None,
              extra_params="", bom=False):
    cs = choose_charset(text, rng, charset)
    raw = text.replace("\r\n", "\n").encode(cs)
    if bom and cs == "utf-8":
        raw = b"\xef\xbb\xbf" + raw
    longest = max((len(l) for l in raw.split(b"\n")), default=0)
    if cte is None:
        if cs == "us-ascii" and longest < 900:
            cte = rng.choice(["7bit", "7bit", "quoted-printable", "base64"])
        elif longest < 900:
            cte = rng.choice(["8bit", "quoted-printable", "quoted-printable", "base64"])
        else:
            cte = rng.choice(["quoted-printable", "base64"])
    if cte == "7bit" and (not is_ascii(text) or bom):
        cte = "quoted-printable"
    ct = f"text/{subtype}; charset=\"{cs}\"" if rng.random() < 0.5 else f"text/{subtype}; charset={cs}"
    if extra_params:
        ct += "; " + extra_params
    headers = []
    if filename:
        ct += "; " + param("name", filename, rng)
    headers.append(("Content-Type", ct))
    headers.append(("Content-Transfer-Encoding", cte))
    if disposition:
        d = disposition
        if filename:
            d += "; " + param("filename", filename, rng)
        headers.append(("Content-Disposition", d))
    return Leaf(headers, encode_body(raw, cte))


def binary_leaf(data, ctype, filename, rng, inline=False):
    headers = [("Content-Type", f"{ctype}; " + param("name", filename, rng)),
               ("Content-Transfer-Encoding", "base64"),
               ("Content-Disposition", ("inline" if inline else "attachment") + "; " +
                param("filename", filename, rng))]
    return Leaf(headers, base64.encodebytes(data))


def rfc822_leaf(msg_bytes, rng, filename=None):
    """message/rfc822 part (forward as attachment). msg_bytes must use LF endings."""
    headers = [("Content-Type", "message/rfc822" + ("; " + param("name", filename, rng)
                                                      if filename else ""))]
    raw = msg_bytes.replace(b"\r\n", b"\n")
    if all(b < 128 for b in raw):
        headers.append(("Content-Transfer-Encoding", "7bit"))
    else:
        headers.append(("Content-Transfer-Encoding", "8bit"))
    if filename or rng.random() < 0.5:
        headers.append(("Content-Disposition", "attachment" + ("; " + param("filename", filename, rng)
                                                             if filename else "")))
    if not raw.endswith(b"\n"):
        raw += b"\n"
    return Leaf(headers, raw)


class Multi:
    def __init__(self, subtype, parts, boundary, extra=""):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.extra = extra
        self.headers = [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"' + extra)]


def boundary(rng):
    style = rng.choice(["outlook", "gmail", "py", "apple"])
    h = "%032x" % rng.getrandbits(128)
    if style == "outlook":
        return f"_000_{h[:24].upper()}_"
    if style == "gmail":
        return f"000000000000{h[:16]}"
    if style == "apple":
        return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}"
    return "===============%019d==" % rng.randint(10 ** 18, 10 ** 19 - 1)


def serialize_body(node):
    out = b""
    if isinstance(node, Leaf):
        return node.body
    out += b"This is a multi-part message in MIME format.\n" if node.subtype == "mixed" else b""
    for p in node.parts:
        out += b"\n--" + node.boundary.encode() + b"\n"
        out += serialize_headers(p.headers) + b"\n"
        out += serialize_body(p)
    out += b"\n--" + node.boundary.encode() + b"--\n"
    return out


def serialize_headers(headers):
    out = b""
    for k, v in headers:
        out += f"{k}: {v}\n".encode("ascii")
    return out


def build_message(top_headers, node, crlf=False):
    data = serialize_headers(top_headers + [("MIME-Version", "1.0")] + node.headers) + b"\n" + \
        serialize_body(node)
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    return data


# ---------------------------------------------------------------- html
def html_escape(s, entities=False):
    s = html.escape(s, quote=False)
    if entities:
        out = []
        for ch in s:
            if ord(ch) > 127:
                name = html.entities.codepoint2name.get(ord(ch))
                out.append(f"&{name};" if name else f"&#{ord(ch)};")
            else:
                out.append(ch)
        s = "".join(out)
    return s


import html.entities  # noqa: E402


def text_to_html(text, rng, style=None):
    style = style or rng.choice(["outlook", "gmail", "plain", "apple"])
    ent = rng.random() < 0.35
    paras = re.split(r"\n\s*\n", text.strip("\n"))
    chunks = []
    for para in paras:
        lines = [html_escape(l, ent) for l in para.split("\n")]
        if lines and all(l.startswith("&gt;") for l in lines if l):
            inner = "<br>\n".join(l[4:].lstrip() if l.startswith("&gt;") else l for l in lines)
            chunks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                          f'padding-left:1ex">{inner}</blockquote>')
        elif style == "outlook":
            chunks.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "</p>")
        elif style == "gmail":
            chunks.append("<div>" + "<br>\n".join(lines) + "</div><div><br></div>")
        else:
            chunks.append("<p>" + "<br>\n".join(lines) + "</p>")
    body = "\n".join(chunks)
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",'
                'sans-serif;} --></style>\n</head>\n<body lang="FR-CA" link="#0563C1">\n'
                f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')
    if style == "gmail":
        return f'<div dir="ltr">\n{body}\n</div>\n'
    if style == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
                f'</head><body style="word-wrap: break-word;">\n{body}\n</body></html>\n')
    return f"<html><body>\n{body}\n</body></html>\n"


def html_table(header, rows, rng):
    ent = rng.random() < 0.3
    th = "".join(f"<th style=\"border:1px solid #999;padding:2px 6px\">{html_escape(str(h), ent)}</th>"
                 for h in header)
    trs = []
    for r in rows:
        tds = "".join(f"<td style=\"border:1px solid #999;padding:2px 6px\">{html_escape(str(c), ent)}</td>"
                      for c in r)
        trs.append(f"<tr>{tds}</tr>")
    return ('<table style="border-collapse:collapse;font-family:Calibri,sans-serif;font-size:10pt">\n'
            f"<tr>{th}</tr>\n" + "\n".join(trs) + "\n</table>")


def text_table(header, rows, sep=" | "):
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    def fmt(r):
        return sep.join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip()
    return "\n".join([fmt(header), "-" * len(fmt(header))] + [fmt(r) for r in rows])


def msgid(rng, dom):
    h = hashlib.sha1(str(rng.random()).encode()).hexdigest()
    style = rng.choice(["outlook", "gmail", "plain"])
    if style == "outlook":
        return f"<YT{h[:6].upper()}MB{h[6:10].upper()}{h[10:30].upper()}@{dom}>"
    if style == "gmail":
        return f"<CA+{h[:28]}@mail.{dom}>"
    return f"<{h[:16]}.{h[16:24]}@{dom}>"
