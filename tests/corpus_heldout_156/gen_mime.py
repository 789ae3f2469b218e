"""Hand-assembled MIME serialisation with fixed boundaries.

Everything is built with LF line ends and converted to CRLF at the very end
when the message asks for it (binary content is always base64, so the
conversion never touches raw bytes).
"""
import base64
import email.utils
import quopri
import urllib.parse
from dataclasses import dataclass, field
from typing import List, Optional, Union


# --------------------------------------------------------------------------- tree
@dataclass
class Leaf:
    ctype: str                       # "text/plain", "application/pdf", ...
    body: Union[str, bytes]
    charset: Optional[str] = None    # for str bodies
    cte: str = "base64"              # 7bit 8bit quoted-printable base64
    filename: Optional[str] = None
    disposition: Optional[str] = None
    fname_mode: str = "plain"        # plain | 2231 | 2231c (continuations)
    params: dict = field(default_factory=dict)
    extra: list = field(default_factory=list)   # extra (name, value) headers


@dataclass
class Multi:
    subtype: str
    parts: List[object]
    boundary: str
    preamble: str = ""


@dataclass
class Rfc822:
    raw: bytes                       # inner message, LF line ends
    filename: Optional[str] = None
    cte: str = "7bit"
    fname_mode: str = "plain"


# --------------------------------------------------------------------------- header encoding
def _q_encode(b):
    out = []
    for byte in b:
        ch = chr(byte)
        if ch.isalnum() and byte < 128:
            out.append(ch)
        elif ch == " ":
            out.append("_")
        elif ch in "!*+-/" and byte < 128:
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def _ew1(text, charset, enc):
    b = text.encode(charset)
    if enc == "B":
        return f"=?{charset}?B?{base64.b64encode(b).decode()}?="
    return f"=?{charset}?Q?{_q_encode(b)}?="


def encoded_words(text, charset="utf-8", enc="B", first_room=60):
    """Split text into RFC 2047 encoded words, each at most 75 characters."""
    words, cur = [], ""
    limit = first_room
    for ch in text:
        cand = cur + ch
        if cur and len(_ew1(cand, charset, enc)) > limit:
            words.append(_ew1(cur, charset, enc))
            cur = ch
            limit = 75
        else:
            cur = cand
    if cur:
        words.append(_ew1(cur, charset, enc))
    return words


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def fold_plain(name, value):
    """Fold an ASCII unstructured header at spaces (78 columns)."""
    line = f"{name}: "
    out = []
    for word in value.split(" "):
        if len(line) + len(word) > 76 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip(" "))
            line = " " + word + " "
        else:
            line += word + " "
    out.append(line.rstrip(" "))
    return "\n".join(out)


def subject_header(subject, mode):
    """mode: plain | B:<charset> | Q:<charset>"""
    if mode == "plain":
        return fold_plain("Subject", subject)
    enc, cs = mode.split(":")
    words = encoded_words(subject, cs, enc, first_room=66)
    return "Subject: " + "\n ".join(words)


def addr(name, address, mode="auto"):
    if not name:
        return address
    if is_ascii(name) and mode != "force":
        if any(c in name for c in ',.;:@"()<>[]\''):
            esc = name.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{esc}" <{address}>'
        return f"{name} <{address}>"
    cs = "utf-8" if mode in ("auto", "force") else mode
    try:
        name.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    enc = "Q" if cs != "utf-8" else "B"
    return " ".join(encoded_words(name, cs, enc, first_room=70)) + f" <{address}>"


def addr_header(hname, entries):
    """entries: list of already-rendered address strings; folded one per line."""
    return f"{hname}: " + ",\n ".join(entries)


# --------------------------------------------------------------------------- params / filenames
def _param(name, value):
    esc = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'{name}="{esc}"'


def filename_params(pname, fname, mode):
    """Return a list of parameter strings for a file name."""
    if mode == "plain" and is_ascii(fname):
        return [_param(pname, fname)]
    enc = urllib.parse.quote(fname.encode("utf-8"), safe="")
    if mode == "2231c" or len(enc) > 60:
        chunks = [enc[i:i + 45] for i in range(0, len(enc), 45)]
        # do not split inside a %XX escape
        fixed, carry = [], ""
        for ch in chunks:
            ch = carry + ch
            carry = ""
            cut = ch.rfind("%")
            if cut != -1 and cut > len(ch) - 3:
                carry = ch[cut:]
                ch = ch[:cut]
            fixed.append(ch)
        if carry:
            fixed.append(carry)
        out = []
        for i, ch in enumerate(fixed):
            out.append(f"{pname}*{i}*=utf-8''{ch}" if i == 0 else f"{pname}*{i}*={ch}")
        return out
    return [f"{pname}*=utf-8''{enc}"]


def _join_params(head, params):
    return head + "".join(";\n\t" + p for p in params)


# --------------------------------------------------------------------------- body encoding
def encode_body(data: bytes, cte: str) -> bytes:
    if cte in ("7bit", "8bit"):
        body = data
        if not body.endswith(b"\n"):
            body += b"\n"
        return body
    if cte == "quoted-printable":
        body = quopri.encodestring(data, quotetabs=False)
        if not body.endswith(b"\n"):
            body += b"\n"
        return body
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def part_headers(node):
    hs = []
    if isinstance(node, Multi):
        hs.append(f'Content-Type: multipart/{node.subtype};\n\tboundary="{node.boundary}"')
        return hs
    if isinstance(node, Rfc822):
        ct = "Content-Type: message/rfc822"
        if node.filename:
            hs.append(_join_params(ct, filename_params("name", node.filename, node.fname_mode)))
            hs.append(f"Content-Transfer-Encoding: {node.cte}")
            hs.append(_join_params("Content-Disposition: attachment",
                                   filename_params("filename", node.filename, node.fname_mode)))
        else:
            hs.append(ct)
            hs.append(f"Content-Transfer-Encoding: {node.cte}")
        return hs
    params = []
    if node.charset:
        params.append(f'charset="{node.charset}"')
    for k, v in node.params.items():
        params.append(_param(k, v))
    if node.filename:
        params += filename_params("name", node.filename, node.fname_mode)
    hs.append(_join_params(f"Content-Type: {node.ctype}", params))
    hs.append(f"Content-Transfer-Encoding: {node.cte}")
    if node.disposition:
        dparams = filename_params("filename", node.filename, node.fname_mode) if node.filename else []
        hs.append(_join_params(f"Content-Disposition: {node.disposition}", dparams))
    for k, v in node.extra:
        hs.append(f"{k}: {v}")
    return hs


def body_bytes(node) -> bytes:
    if isinstance(node, Multi):
        out = b""
        if node.preamble:
            out += node.preamble.encode("ascii") + b"\n"
        for p in node.parts:
            out += b"\n--" + node.boundary.encode() + b"\n"
            out += "\n".join(part_headers(p)).encode("ascii") + b"\n\n"
            out += body_bytes(p)
        out += b"\n--" + node.boundary.encode() + b"--\n"
        return out
    if isinstance(node, Rfc822):
        raw = node.raw
        return raw if raw.endswith(b"\n") else raw + b"\n"
    data = node.body
    if isinstance(data, str):
        data = data.encode(node.charset or "utf-8")
    return encode_body(data, node.cte)


def serialize(top_headers, root, crlf=False) -> bytes:
    """top_headers: list of already-folded header strings (ASCII)."""
    hs = list(top_headers) + ["MIME-Version: 1.0"] + part_headers(root)
    data = "\n".join(hs).encode("ascii") + b"\n\n" + body_bytes(root)
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    return data


def fmt_date(dt):
    return email.utils.format_datetime(dt)
