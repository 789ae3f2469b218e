"""Hand-rolled, deterministic MIME serialisation with controlled charsets,
transfer encodings, line endings, RFC 2047 headers and RFC 2231 file names."""
import base64
import quopri
import email.utils
import urllib.parse
from email import quoprimime, base64mime


class Part:
    """A leaf part.  payload: str for text/*, bytes otherwise (message/rfc822: bytes of the inner message)."""

    def __init__(self, ctype, payload, filename=None, disposition=None, charset=None, cte=None, params=None,
                 fn_style=None):
        self.ctype, self.payload, self.filename = ctype, payload, filename
        self.disposition = disposition or ("attachment" if filename else None)
        self.charset, self.cte, self.params, self.fn_style = charset, cte, params or {}, fn_style


class Multi:
    def __init__(self, subtype, parts, params=None):
        self.subtype, self.parts, self.params = subtype, parts, params or {}


# --------------------------------------------------------------------------
def encodable(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def choose_text_encoding(rng, text, prefer=None):
    ascii_ok = encodable(text, "ascii")
    long_lines = any(len(l.encode("utf-8")) > 990 for l in text.split("\n"))
    if prefer:
        cs = prefer
    elif ascii_ok and rng.random() < 0.55:
        cs = "us-ascii"
    else:
        cs = rng.choice(["utf-8", "utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    if not encodable(text, cs):
        cs = "windows-1252" if encodable(text, "windows-1252") and rng.random() < 0.3 else "utf-8"
    if cs == "us-ascii":
        cte = rng.choice(["7bit", "7bit", "7bit", "quoted-printable", "base64"])
    else:
        cte = rng.choice(["8bit", "quoted-printable", "quoted-printable", "base64"])
    if long_lines and cte in ("7bit", "8bit"):
        cte = "quoted-printable"
    return cs, cte


def b64_lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def qp_encode(data):
    return quopri.encodestring(data, quotetabs=False).decode("ascii")


# --------------------------------------------------------------------------
# Headers
# --------------------------------------------------------------------------
def encoded_words(s, charset, enc):
    """Split s into RFC 2047 encoded words of at most 75 characters."""
    words, cur = [], ""

    def enc_one(x):
        b = x.encode(charset)
        return quoprimime.header_encode(b, charset) if enc == "q" else base64mime.header_encode(b, charset)

    for ch in s:
        if cur and len(enc_one(cur + ch)) > 75:
            words.append(enc_one(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc_one(cur))
    return words


def fold_ascii(name, value):
    out, line = [], f"{name}:"
    for w in value.split(" "):
        if len(line) + 1 + len(w) > 76 and line.strip() != f"{name}:":
            out.append(line)
            line = " " + w
        else:
            line += " " + w
    out.append(line)
    return "\n".join(out)


def header_text(rng, name, value, force_encode=False):
    if encodable(value, "ascii") and not force_encode:
        return fold_ascii(name, value)
    cs = "utf-8"
    if encodable(value, "iso-8859-1") and rng.random() < 0.3:
        cs = "iso-8859-1"
    elif encodable(value, "windows-1252") and rng.random() < 0.1:
        cs = "windows-1252"
    enc = rng.choice(["q", "b"])
    words = encoded_words(value, cs, enc)
    return f"{name}: " + "\n ".join(words)


def fmt_addr(rng, display, addr):
    if not display:
        return addr
    if encodable(display, "ascii"):
        if any(c in display for c in ',.;:()"\''):
            return '"%s" <%s>' % (display.replace('"', ''), addr)
        return f"{display} <{addr}>"
    cs = "utf-8" if rng.random() < 0.7 or not encodable(display, "iso-8859-1") else "iso-8859-1"
    return " ".join(encoded_words(display, cs, rng.choice(["q", "b"]))) + f" <{addr}>"


def addr_header(rng, name, addrs):
    items = [fmt_addr(rng, d, a) for d, a in addrs]
    return f"{name}: " + ",\n ".join(items)


# --------------------------------------------------------------------------
def filename_params(rng, fn, style=None):
    if encodable(fn, "ascii") and style is None:
        style = rng.choice(["plain", "plain", "plain", "2231", "2231c" if len(fn) > 30 else "plain"])
    elif style is None:
        style = rng.choice(["2231", "2231c", "2231c"])
    if style == "plain":
        return f'filename="{fn}"', f'name="{fn}"'
    q = urllib.parse.quote(fn.encode("utf-8"), safe="")
    if style == "2231c" and len(q) > 24:
        chunks = [q[i:i + 24] for i in range(0, len(q), 24)]
        # keep %XX escapes intact across chunk boundaries
        fixed, carry = [], ""
        for c in chunks:
            c = carry + c
            carry = ""
            cut = c.rfind("%")
            if cut != -1 and cut > len(c) - 3:
                carry, c = c[cut:], c[:cut]
            fixed.append(c)
        if carry:
            fixed[-1] += carry
        fp = ";\n ".join((f"filename*{i}*=utf-8''{c}" if i == 0 else f"filename*{i}*={c}")
                         for i, c in enumerate(fixed))
        return fp, f"name*=utf-8''{q}"
    return f"filename*=utf-8''{q}", f"name*=utf-8''{q}"


def render_part(rng, part, boundary_gen):
    lines = []
    if isinstance(part, Multi):
        b = boundary_gen()
        params = "".join(f'; {k}="{v}"' for k, v in part.params.items())
        lines.append(f'Content-Type: multipart/{part.subtype}; boundary="{b}"{params}')
        body = ["This is a multi-part message in MIME format.\n"] if rng.random() < 0.5 else [""]
        for p in part.parts:
            body.append(f"--{b}\n" + render_part(rng, p, boundary_gen))
        body.append(f"--{b}--\n")
        return "\n".join(lines) + "\n\n" + "\n".join(body)
    ct = part.ctype
    extra = "".join(f"; {k}={v}" for k, v in part.params.items())
    fn_ct = fn_cd = None
    if part.filename:
        fn_cd, fn_ct = filename_params(rng, part.filename, part.fn_style)
    if ct.startswith("text/"):
        text = part.payload.replace("\r\n", "\n")
        cs, cte = part.charset, part.cte
        if cs is None or cte is None:
            c2, t2 = choose_text_encoding(rng, text, cs)
            cs, cte = cs or c2, cte or t2
        data = text.encode(cs)
        hdr = f'Content-Type: {ct}; charset="{cs}"{extra}'
        if fn_ct and rng.random() < 0.6:
            hdr += f";\n {fn_ct}"
        lines.append(hdr)
    elif ct == "message/rfc822":
        data = part.payload
        cte = "7bit" if all(b < 128 for b in data) else "8bit"
        lines.append(f"Content-Type: {ct}{extra}")
    else:
        data = part.payload
        cte = "base64"
        hdr = f"Content-Type: {ct}{extra}"
        if fn_ct:
            hdr += f";\n {fn_ct}"
        lines.append(hdr)
    lines.append(f"Content-Transfer-Encoding: {cte}")
    if part.disposition:
        d = part.disposition
        if fn_cd:
            d += f";\n {fn_cd}"
        lines.append(f"Content-Disposition: {d}")
    if cte == "base64":
        body = b64_lines(data)
    elif cte == "quoted-printable":
        body = qp_encode(data)
        if not body.endswith("\n"):
            body += "\n"
    else:
        body = data.decode("latin-1")  # raw bytes kept 1:1 and re-encoded below
        if not body.endswith("\n"):
            body += "\n"
    return "\n".join(lines) + "\n\n" + body


def build_message(rng, headers, root, crlf=False, mime_version=True):
    """headers: list of (name, value) where value is a ready string or ('addr', [(disp, addr)])."""
    counter = [0]
    tag = "%08x" % rng.getrandbits(32)

    def boundary():
        counter[0] += 1
        return f"----=_NextPart_{tag}_{counter[0]:03d}_{rng.getrandbits(40):010X}"

    out = []
    for name, value in headers:
        if isinstance(value, tuple) and value[0] == "addr":
            out.append(addr_header(rng, name, value[1]))
        elif isinstance(value, tuple) and value[0] == "raw":
            out.append(f"{name}: {value[1]}")
        elif name == "Subject":
            out.append(header_text(rng, name, value, force_encode=rng.random() < 0.08))
        else:
            out.append(fold_ascii(name, value))
    if mime_version:
        out.append("MIME-Version: 1.0")
    text = "\n".join(out) + "\n" + render_part(rng, root, boundary)
    data = text.encode("latin-1")
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    return data


def fmt_date(dt):
    return email.utils.format_datetime(dt)
