"""Hand-assembled MIME, byte-for-byte deterministic.

A message is a header list plus a tree of Leaf / Multi nodes.  Everything is
assembled with LF and turned into CRLF at the end when asked.
"""
import base64
import binascii
import email.utils
import urllib.parse


class Leaf:
    def __init__(self, ctype, text=None, data=None, charset=None, cte=None, filename=None,
                 disp=None, fname_mode="plain", params=None):
        self.ctype = ctype
        self.text = text
        self.data = data
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.disp = disp
        self.fname_mode = fname_mode
        self.params = params or []


class Multi:
    def __init__(self, subtype, parts, boundary, params=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.params = params or []


# ---------------------------------------------------------------- headers
def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _chunks_for_charset(s, charset, limit):
    out, cur = [], ""
    for ch in s:
        if len((cur + ch).encode(charset)) > limit and cur:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def _q_encode(b):
    res = []
    for byte in b:
        c = chr(byte)
        if c == " ":
            res.append("_")
        elif c.isalnum() and byte < 128:
            res.append(c)
        elif c in "!*+-/" and byte < 128:
            res.append(c)
        else:
            res.append("=%02X" % byte)
    return "".join(res)


def encoded_words(s, charset="utf-8", enc="B", split=True):
    """RFC 2047 encoded words, folded with LF + space (one single word when split is False)."""
    words = []
    limit = (42 if enc == "B" else 22) if split else 10 ** 6
    for chunk in _chunks_for_charset(s, charset, limit):
        b = chunk.encode(charset)
        if enc == "B":
            payload = base64.b64encode(b).decode("ascii")
        else:
            payload = _q_encode(b)
        words.append(f"=?{charset}?{enc}?{payload}?=")
    return "\n ".join(words)


def fold_plain(name, value, width=76):
    """Fold an unstructured ASCII header at spaces."""
    line = f"{name}: "
    out = []
    for word in value.split(" "):
        if len(line) + len(word) > width and line.strip() and not line.endswith(": "):
            out.append(line.rstrip(" "))
            line = " "
        line += word + " "
    out.append(line.rstrip(" "))
    return "\n".join(out)


def subject_header(subject, mode="auto", charset="utf-8"):
    """mode: auto (encode only if needed), b, q (force RFC 2047)."""
    if mode == "auto" and is_ascii(subject):
        return fold_plain("Subject", subject)
    enc = "Q" if mode == "q" else "B"
    if mode == "auto":
        enc = "Q" if charset in ("iso-8859-1", "windows-1252") else "B"
    return "Subject: " + encoded_words(subject, charset, enc)


def addr(name, address, charset="utf-8", enc="B"):
    if not name:
        return address
    if is_ascii(name):
        if any(c in name for c in ',.;:()<>@"[]\\'):
            esc = name.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{esc}" <{address}>'
        return f"{name} <{address}>"
    return f"{encoded_words(name, charset, enc, split=False)} <{address}>"


def addr_list_header(hname, items, charset="utf-8", enc="B"):
    rendered = [addr(n, a, charset, enc) for n, a in items]
    return f"{hname}: " + ",\n ".join(rendered)


def date_header(dt):
    return "Date: " + email.utils.format_datetime(dt)


# ---------------------------------------------------------------- bodies
def _qp(data):
    enc = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    return enc.decode("ascii")


def _b64(data):
    return base64.encodebytes(data).decode("ascii")


def _param(name, value, mode):
    if mode == "plain" or is_ascii(value) and mode != "rfc2231" and mode != "rfc2231c":
        esc = value.replace("\\", "\\\\").replace('"', '\\"')
        return f'{name}="{esc}"'
    if mode == "rfc2047":
        return f'{name}="{encoded_words(value, "utf-8", "B", split=False)}"'
    quoted = urllib.parse.quote(value.encode("utf-8"), safe="")
    if mode == "rfc2231c" and len(quoted) > 40:
        pieces = [quoted[i:i + 40] for i in range(0, len(quoted), 40)]
        # do not split inside a %XX escape
        fixed, carry = [], ""
        for p in pieces:
            p = carry + p
            carry = ""
            cut = p.rfind("%")
            if cut != -1 and cut > len(p) - 3:
                carry = p[cut:]
                p = p[:cut]
            fixed.append(p)
        if carry:
            fixed.append(carry)
        segs = []
        for i, p in enumerate(fixed):
            pre = "utf-8''" if i == 0 else ""
            segs.append(f"{name}*{i}*={pre}{p}")
        return ";\n ".join(segs)
    return f"{name}*=utf-8''{quoted}"


def render_leaf(leaf):
    """Return the part as bytes (LF line ends)."""
    hdr = []
    params = list(leaf.params)
    if leaf.text is not None:
        text = leaf.text if leaf.cte == "base64" else leaf.text.replace("\r\n", "\n")
        data = text.encode(leaf.charset)
        params.insert(0, f"charset=\"{leaf.charset}\"")
    else:
        data = leaf.data
    if leaf.filename and leaf.ctype != "message/rfc822":
        params.append(_param("name", leaf.filename, leaf.fname_mode))
    line = f"Content-Type: {leaf.ctype}"
    for p in params:
        line += f";\n {p}"
    hdr.append(line)
    cte = leaf.cte
    if cte is None:
        cte = "7bit" if leaf.ctype == "message/rfc822" else "base64"
    hdr.append(f"Content-Transfer-Encoding: {cte}")
    if leaf.disp:
        d = leaf.disp
        if leaf.filename:
            d += ";\n " + _param("filename", leaf.filename, leaf.fname_mode)
        hdr.append(f"Content-Disposition: {d}")
    if cte == "base64":
        body = _b64(data).encode("ascii")
    elif cte == "quoted-printable":
        body = _qp(data).encode("ascii")
    else:
        if cte == "7bit":
            data.decode("ascii")
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    return ("\n".join(hdr) + "\n\n").encode("ascii") + body


def render_node(node):
    if isinstance(node, Leaf):
        return render_leaf(node)
    line = f'Content-Type: multipart/{node.subtype};\n boundary="{node.boundary}"'
    for p in node.params:
        line += f";\n {p}"
    out = [(line + "\n\nThis is a multi-part message in MIME format.\n").encode("ascii")]
    for part in node.parts:
        out.append(f"\n--{node.boundary}\n".encode("ascii"))
        out.append(render_node(part).rstrip(b"\n") + b"\n")
    out.append(f"\n--{node.boundary}--\n".encode("ascii"))
    return b"".join(out)


def build(headers, root, eol="\n"):
    """headers: rendered ASCII header lines (folded with LF + space). Returns bytes."""
    head = ("\n".join(headers) + "\nMIME-Version: 1.0\n").encode("ascii")
    data = head + render_node(root)
    assert b"\r" not in data
    if eol == "\r\n":
        data = data.replace(b"\n", b"\r\n")
    return data
