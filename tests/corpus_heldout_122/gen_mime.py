"""A small, fully deterministic MIME writer.

It gives exact control over charsets, transfer encodings, RFC 2047 headers,
RFC 2231 parameters and line endings; the self-check re-parses everything with
the standard library.
"""
import base64
import quopri
import urllib.parse

# --------------------------------------------------------------- headers

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_word(chars, charset):
    out = []
    for b in chars.encode(charset):
        if b == 0x20:
            out.append("_")
        elif b in _Q_SAFE:
            out.append(chr(b))
        else:
            out.append("=%02X" % b)
    return "".join(out)


def encode_words(s, charset="utf-8", enc="B", first_len=10):
    """Return a list of encoded-words, each at most 75 characters."""
    words = []
    cur = ""
    prefix = f"=?{charset}?{enc}?"
    for ch in s:
        trial = cur + ch
        if enc == "B":
            body = base64.b64encode(trial.encode(charset)).decode()
        else:
            body = _q_word(trial, charset)
        if len(prefix) + len(body) + 2 > 75 and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    res = []
    for w in words:
        if enc == "B":
            body = base64.b64encode(w.encode(charset)).decode()
        else:
            body = _q_word(w, charset)
        res.append(prefix + body + "?=")
    return res


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def fold_plain(name, value):
    """Fold an ASCII header value on spaces at about 76 columns."""
    line = f"{name}: "
    out = []
    for i, word in enumerate(value.split(" ")):
        add = word if i == 0 else " " + word
        if len(line) + len(add) > 76 and line.strip() and i > 0:
            out.append(line)
            line = " " + word
        else:
            line += add
    out.append(line)
    return "\n".join(out)


def unstructured(name, value, charset="utf-8", enc="B"):
    if is_ascii(value):
        return fold_plain(name, value)
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    words = encode_words(value, charset, enc)
    return f"{name}: " + "\n ".join(words)


_SPECIALS = set('()<>[]:;@\\,."')


def address(name, addr, charset="utf-8", enc="B"):
    if not name:
        return addr
    if is_ascii(name):
        if any(c in _SPECIALS for c in name):
            q = name.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{q}" <{addr}>'
        return f"{name} <{addr}>"
    try:
        name.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return " ".join(encode_words(name, charset, enc)) + f" <{addr}>"


def address_header(hname, people, charset="utf-8", enc="B"):
    items = [address(n, a, charset, enc) for n, a in people]
    return f"{hname}: " + ",\n ".join(items)


def param_filename(pname, filename, style="auto"):
    """Return '; pname=...' using RFC 2231 when needed."""
    if is_ascii(filename) and style in ("auto", "plain"):
        q = filename.replace("\\", "\\\\").replace('"', '\\"')
        return f';\n {pname}="{q}"'
    cs = "utf-8"
    if style == "latin1":
        try:
            filename.encode("iso-8859-1")
            cs = "iso-8859-1"
        except UnicodeEncodeError:
            pass
    enc = urllib.parse.quote(filename.encode(cs), safe="")
    if style == "cont" or len(enc) > 60:
        # RFC 2231 continuations
        toks = []
        i = 0
        while i < len(enc):
            if enc[i] == "%":
                toks.append(enc[i:i + 3])
                i += 3
            else:
                toks.append(enc[i])
                i += 1
        chunks = [""]
        for t in toks:
            if len(chunks[-1]) + len(t) > 40:
                chunks.append("")
            chunks[-1] += t
        parts = []
        for k, c in enumerate(chunks):
            if k == 0:
                parts.append(f";\n {pname}*0*={cs}''{c}")
            else:
                parts.append(f";\n {pname}*{k}*={c}")
        return "".join(parts)
    return f";\n {pname}*={cs}''{enc}"


# ------------------------------------------------------------------ parts


class Part:
    def __init__(self, headers, body=None, children=None, boundary=None):
        self.headers = headers          # list of already-rendered header lines
        self.body = body                # bytes with \n line ends
        self.children = children or []
        self.boundary = boundary


def _encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        enc = quopri.encodestring(data, quotetabs=False)
        if not enc.endswith(b"\n"):
            enc += b"\n"
        return enc
    if cte == "7bit":
        data.decode("ascii")
    if not data.endswith(b"\n"):
        data += b"\n"
    return data


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
              filename=None, disposition=None, fn_style="auto", extra_params="",
              ctype=None):
    text = text.replace("\r\n", "\n")
    data = text.encode(charset)
    if cte == "7bit" and not is_ascii(text):
        cte = "quoted-printable"
    if cte == "8bit" and charset == "us-ascii":
        cte = "7bit"
    ct = ctype or f"text/{subtype}"
    h = [f"Content-Type: {ct}; charset=\"{charset}\"{extra_params}"
         + (param_filename("name", filename, fn_style) if filename and fn_style != "noname" else "")]
    h.append(f"Content-Transfer-Encoding: {cte}")
    if disposition:
        d = disposition
        if filename:
            d += param_filename("filename", filename, "auto" if fn_style == "noname" else fn_style)
        h.append("Content-Disposition: " + d)
    return Part(h, _encode_body(data, cte))


def binary_part(data, ctype, filename, disposition="attachment", fn_style="auto",
                with_name=True):
    h = [f"Content-Type: {ctype}" + (param_filename("name", filename, fn_style) if with_name else "")]
    h.append("Content-Transfer-Encoding: base64")
    h.append("Content-Disposition: " + disposition + param_filename("filename", filename, fn_style))
    return Part(h, base64.encodebytes(data))


def rfc822_part(msg_bytes, filename=None, fn_style="auto"):
    msg_bytes = msg_bytes.replace(b"\r\n", b"\n")
    try:
        msg_bytes.decode("ascii")
        cte = "7bit"
    except UnicodeDecodeError:
        cte = "8bit"
    h = ["Content-Type: message/rfc822"
         + (param_filename("name", filename, fn_style) if filename else "")]
    h.append(f"Content-Transfer-Encoding: {cte}")
    if filename:
        h.append("Content-Disposition: attachment" + param_filename("filename", filename, fn_style))
    else:
        h.append("Content-Disposition: inline")
    return Part(h, msg_bytes)


def multipart(subtype, children, boundary):
    h = [f"Content-Type: multipart/{subtype};\n boundary=\"{boundary}\""]
    return Part(h, children=children, boundary=boundary)


def render_part(p):
    out = "\n".join(p.headers).encode("ascii") + b"\n\n"
    if p.children:
        out += b"This is a multi-part message in MIME format.\n\n" if p.boundary.startswith("=_") else b""
        for c in p.children:
            out += b"--" + p.boundary.encode() + b"\n" + render_part(c)
            if not out.endswith(b"\n"):
                out += b"\n"
        out += b"--" + p.boundary.encode() + b"--\n"
    else:
        out += p.body
    return out


def render_message(top_headers, root, linesep="\n"):
    """top_headers: list of rendered header lines (without MIME-Version)."""
    head = "\n".join(top_headers + ["MIME-Version: 1.0"]).encode("ascii") + b"\n"
    data = head + render_part(root)
    if linesep == "\r\n":
        data = data.replace(b"\n", b"\r\n")
    return data
