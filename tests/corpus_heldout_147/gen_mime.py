"""Hand-assembled MIME: header encoding, body transfer encodings, serialisation."""
import base64
import quopri
import re
import urllib.parse


def can_encode(text, charset):
    try:
        text.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def is_ascii(text):
    return can_encode(text, "ascii")


# ---------------------------------------------------------------- RFC 2047
def _q_char(ch, charset):
    out = []
    for b in ch.encode(charset):
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        elif c in "!*+-/" and b < 128:
            out.append(c)
        else:
            out.append(f"={b:02X}")
    return "".join(out)


def encode_words(text, charset="utf-8", enc="B"):
    """Return a list of encoded words covering text, each at most 75 characters."""
    if not can_encode(text, charset):
        charset = "utf-8"
    prefix = f"=?{charset}?{enc}?"
    room = 75 - len(prefix) - 2
    words, cur = [], ""
    for ch in text:
        cand = cur + ch
        if enc == "B":
            size = len(base64.b64encode(cand.encode(charset)))
        else:
            size = sum(len(_q_char(c, charset)) for c in cand)
        if size > room and cur:
            words.append(cur)
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(cur)
    res = []
    for w in words:
        if enc == "B":
            res.append(prefix + base64.b64encode(w.encode(charset)).decode("ascii") + "?=")
        else:
            res.append(prefix + "".join(_q_char(c, charset) for c in w) + "?=")
    return res


def fold_ascii(name, value, nl):
    """Fold an ASCII header value at spaces near 76 columns."""
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 76 and cur.strip() and cur != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    lines.append(cur)
    return nl.join(lines)


def header_line(name, value, nl, charset="utf-8", enc="B", force=False):
    """A complete header line (without final newline) with RFC 2047 where needed."""
    if is_ascii(value) and not force:
        return fold_ascii(name, value, nl)
    words = encode_words(value, charset, enc)
    return f"{name}: " + (nl + " ").join(words)


def addr(display, address, charset="utf-8", enc="Q"):
    """One mailbox, encoding the display name when it is not ASCII."""
    if not display:
        return address
    if is_ascii(display):
        if any(c in display for c in ',.;:()<>@"[]'):
            d = display.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{d}" <{address}>'
        return f"{display} <{address}>"
    return " ".join(encode_words(display, charset, enc)) + f" <{address}>"


def addr_list_line(name, mailboxes, nl, charset="utf-8", enc="Q"):
    items = [addr(d, a, charset, enc) for d, a in mailboxes]
    return f"{name}: " + ("," + nl + " ").join(items)


# ---------------------------------------------------------------- parts
class Leaf:
    def __init__(self, ctype, data, charset=None, cte=None, filename=None, fn_mode="plain",
                 disposition=None, extra=None, ctype_params=None):
        self.ctype, self.data, self.charset, self.cte = ctype, data, charset, cte
        self.filename, self.fn_mode, self.disposition = filename, fn_mode, disposition
        self.extra = extra or []
        self.ctype_params = ctype_params or []


class Multi:
    def __init__(self, subtype, parts, boundary):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary


class Nested:
    """message/rfc822 holding already-serialised bytes."""

    def __init__(self, raw, filename=None, eight_bit=False):
        self.raw, self.filename, self.eight_bit = raw, filename, eight_bit


def _fn_params(key, filename, mode, nl):
    if mode == "plain":
        return [f'{key}="{filename}"']
    if mode == "2047":
        return [f'{key}="' + " ".join(encode_words(filename, "utf-8", "B")) + '"']
    q = urllib.parse.quote(filename.encode("utf-8"), safe="")
    if mode == "2231":
        return [f"{key}*=utf-8''{q}"]
    if mode == "2231cont":
        tokens = re.findall(r"%[0-9A-F]{2}|.", q)
        chunks, cur = [], ""
        for t in tokens:
            if len(cur) + len(t) > 30:
                chunks.append(cur)
                cur = ""
            cur += t
        chunks.append(cur)
        out = []
        for n, c in enumerate(chunks):
            out.append(f"{key}*{n}*=utf-8''{c}" if n == 0 else f"{key}*{n}*={c}")
        return out
    raise ValueError(mode)


def _encode_body(data, charset, cte, nl):
    if isinstance(data, str):
        raw = data.replace("\r\n", "\n").encode(charset)
    else:
        raw = data
    if cte in ("7bit", "8bit"):
        text = raw.replace(b"\r\n", b"\n")
        if not text.endswith(b"\n"):
            text += b"\n"
        return text.replace(b"\n", nl.encode())
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw.replace(b"\r\n", b"\n"), quotetabs=False)
        if not enc.endswith(b"\n"):
            enc += b"\n"
        return enc.replace(b"\n", nl.encode())
    if cte == "base64":
        return base64.encodebytes(raw).replace(b"\n", nl.encode())
    raise ValueError(cte)


def part_headers(part, nl):
    """Header lines describing a part's content (no trailing newline)."""
    h = []
    if isinstance(part, Multi):
        h.append(f'Content-Type: multipart/{part.subtype};{nl} boundary="{part.boundary}"')
        return h
    if isinstance(part, Nested):
        line = "Content-Type: message/rfc822"
        h.append(line)
        if part.eight_bit:
            h.append("Content-Transfer-Encoding: 8bit")
        disp = "attachment"
        if part.filename:
            disp += ";" + nl + " " + (";" + nl + " ").join(_fn_params("filename", part.filename, "plain"
                                                                      if is_ascii(part.filename) else "2231", nl))
        h.append("Content-Disposition: " + disp)
        return h
    ct = f"Content-Type: {part.ctype}"
    params = list(part.ctype_params)
    if part.charset:
        params.append(f'charset="{part.charset}"')
    if part.filename:
        nm = "plain" if part.fn_mode in ("plain",) else ("2047" if part.fn_mode == "2047" else "2231")
        params += _fn_params("name", part.filename, nm, nl)
    if params:
        ct += ";" + nl + " " + (";" + nl + " ").join(params)
    h.append(ct)
    h.append(f"Content-Transfer-Encoding: {part.cte}")
    if part.disposition:
        d = f"Content-Disposition: {part.disposition}"
        if part.filename:
            d += ";" + nl + " " + (";" + nl + " ").join(_fn_params("filename", part.filename, part.fn_mode, nl))
        h.append(d)
    for name, value in part.extra:
        h.append(f"{name}: {value}")
    return h


def part_body(part, nl):
    n = nl.encode()
    if isinstance(part, Multi):
        out = b""
        if part.subtype == "mixed":
            out += b"This is a multi-part message in MIME format." + n
        for p in part.parts:
            out += n + f"--{part.boundary}".encode() + n
            out += nl.join(part_headers(p, nl)).encode() + n + n
            out += part_body(p, nl)
        out += n + f"--{part.boundary}--".encode() + n
        return out
    if isinstance(part, Nested):
        raw = part.raw
        return raw if raw.endswith(n) else raw + n
    return _encode_body(part.data, part.charset or "utf-8", part.cte, nl)


def serialize(headers, body, nl):
    """headers: list of complete header lines; body: a Leaf/Multi/Nested."""
    n = nl.encode()
    lines = list(headers) + ["MIME-Version: 1.0"] + part_headers(body, nl)
    return nl.join(lines).encode("ascii") + n + n + part_body(body, nl)


def walk(part):
    yield part
    if isinstance(part, Multi):
        for p in part.parts:
            yield from walk(p)
