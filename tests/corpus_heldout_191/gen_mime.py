"""Hand-assembled MIME: headers (RFC 2047), parameters (RFC 2231), bodies, serialisation."""
import base64
import binascii
import hashlib
import html
import html.entities
import re


# ---------------------------------------------------------------- RFC 2047
_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_encode(b):
    out = []
    for x in b:
        if x == 0x20:
            out.append("_")
        elif x in _Q_SAFE:
            out.append(chr(x))
        else:
            out.append("=%02X" % x)
    return "".join(out)


def encoded_words(s, charset="utf-8", mode="Q", limit=75):
    """Split s into RFC 2047 encoded words, each at most `limit` characters."""
    words, cur = [], ""
    pre = f"=?{charset}?{mode}?"

    def enc(t):
        b = t.encode(charset)
        return _q_encode(b) if mode == "Q" else base64.b64encode(b).decode("ascii")

    for ch in s:
        cand = cur + ch
        if len(pre) + len(enc(cand)) + 2 > limit and cur:
            words.append(pre + enc(cur) + "?=")
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(pre + enc(cur) + "?=")
    return words


def needs_encoding(s):
    return any(ord(c) > 126 or ord(c) < 32 for c in s)


def fold_ascii(name, value, width=76):
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


def header(name, value, charset="utf-8", mode="Q"):
    if not needs_encoding(value):
        return fold_ascii(name, value)
    words = encoded_words(value, charset, mode, limit=75 - (len(name) // 3))
    return name + ": " + "\n ".join(words)


_SPECIALS = re.compile(r'[()<>@,;:\\".\[\]]')


def addr(name, email, charset="utf-8", mode="Q"):
    if not name:
        return email
    if needs_encoding(name):
        return " ".join(encoded_words(name, charset, mode)) + f" <{email}>"
    if _SPECIALS.search(name):
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + f'" <{email}>'
    return f"{name} <{email}>"


def addr_header(hname, addrs, charset="utf-8", mode="Q"):
    items = [addr(n, e, charset, mode) for n, e in addrs]
    out = hname + ": " + items[0]
    for it in items[1:]:
        out += ",\n " + it
    return out


# ---------------------------------------------------------------- parameters
def _pct(s, charset="utf-8"):
    safe = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~")
    return "".join(chr(b) if b in safe else "%%%02X" % b for b in s.encode(charset))


def name_param(pname, value, style):
    """Render a (file) name parameter: plain | rfc2231 | rfc2047."""
    if style == "plain" and not needs_encoding(value):
        return [f'{pname}="{value}"']
    if style == "rfc2047":
        return [f'{pname}="' + " ".join(encoded_words(value, "utf-8", "B", 200)) + '"']
    enc = _pct(value)
    if len(enc) <= 56:
        return [f"{pname}*=utf-8''{enc}"]
    chunks, i, first = [], 0, True
    while i < len(enc):
        j = min(len(enc), i + 48)
        while j < len(enc) and "%" in enc[j - 2:j]:  # don't split an escape
            j += 1
        chunks.append(enc[i:j])
        i = j
    out = []
    for k, ch in enumerate(chunks):
        out.append(f"{pname}*{k}*=" + ("utf-8''" if k == 0 else "") + ch)
    return out


# ---------------------------------------------------------------- parts
class Leaf:
    def __init__(self, ctype, data, cte="base64", charset=None, filename=None, fn_style="plain",
                 disposition=None, extra_headers=(), ctype_params=()):
        self.ctype, self.data, self.cte, self.charset = ctype, data, cte, charset
        self.filename, self.fn_style, self.disposition = filename, fn_style, disposition
        self.extra_headers, self.ctype_params = list(extra_headers), list(ctype_params)


class Multi:
    def __init__(self, subtype, parts, extra_params=()):
        self.subtype, self.parts, self.extra_params = subtype, parts, list(extra_params)


def text_leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", charset_case=0):
    text = text.replace("\r\n", "\n")
    data = text.encode(charset)
    cs = charset.upper() if charset_case == 1 else charset
    quoted = charset_case == 2
    return Leaf(f"text/{subtype}", data, cte=cte,
                ctype_params=[f'charset="{cs}"' if quoted else f"charset={cs}"])


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, istext=True, header=False)
    if cte in ("7bit", "8bit", "binary"):
        if cte == "7bit" and any(b > 127 for b in data):
            raise ValueError("7bit body with 8-bit data")
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


def _join_params(first, params):
    line = first
    out = []
    for p in params:
        if len(line) + len(p) + 2 > 76:
            out.append(line + ";")
            line = " " + p
        else:
            line += "; " + p
    out.append(line)
    return "\n".join(out)


def serialise(part, bgen):
    """Return (header_lines:str, body:bytes) with LF line ends."""
    if isinstance(part, Multi):
        b = bgen()
        h = _join_params(f"Content-Type: multipart/{part.subtype}", part.extra_params + [f'boundary="{b}"'])
        body = b""
        if part.subtype == "mixed" and bgen.preamble:
            body += b"This is a multi-part message in MIME format.\n"
        for p in part.parts:
            ph, pb = serialise(p, bgen)
            body += f"\n--{b}\n".encode("ascii") + ph.encode("ascii") + b"\n\n" + pb
        body += f"\n--{b}--\n".encode("ascii")
        return h, body
    params = list(part.ctype_params)
    if part.filename:
        params += name_param("name", part.filename, part.fn_style)
    h = [_join_params(f"Content-Type: {part.ctype}", params)]
    h.append(f"Content-Transfer-Encoding: {part.cte}")
    if part.disposition or part.filename:
        dparams = name_param("filename", part.filename, part.fn_style) if part.filename else []
        h.append(_join_params(f"Content-Disposition: {part.disposition or 'attachment'}", dparams))
    h += part.extra_headers
    if part.ctype == "message/rfc822":
        body = part.data if part.data.endswith(b"\n") else part.data + b"\n"
    else:
        body = encode_body(part.data, part.cte)
    return "\n".join(h), body


class BoundaryGen:
    STYLES = ["----=_NextPart_000_{a:04X}_{b:08X}", "------------{h24}", "Apple-Mail=_{h8}-{h4}-{h4b}",
              "===============_{d10}==", "_=_hr_{h16}_=_", "b1_{h32}"]

    def __init__(self, key, style, preamble=False):
        self.key, self.style, self.n = key, style, 0
        self.preamble = preamble

    def __call__(self):
        self.n += 1
        h = hashlib.sha256(f"{self.key}/{self.n}".encode()).hexdigest()
        return self.STYLES[self.style].format(
            a=int(h[:4], 16), b=int(h[4:12], 16), h24=h[:24].upper() if self.style == 1 else h[:24],
            h8=h[:8].upper(), h4=h[8:12].upper(), h4b=h[12:16].upper(), d10=str(int(h[:12], 16))[:10],
            h16=h[:16], h32=h[:32])


def message_bytes(headers, body_part, key, bstyle=0, eol="\n", preamble=False):
    """headers: list of already-rendered header strings (LF folded)."""
    bgen = BoundaryGen(key, bstyle, preamble)
    ph, pb = serialise(body_part, bgen)
    out = "\n".join(headers).encode("ascii") + b"\nMIME-Version: 1.0\n" + ph.encode("ascii") + b"\n\n" + pb
    if eol == "\r\n":
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


# ---------------------------------------------------------------- plain text -> HTML
def _esc(s, entities):
    s = html.escape(s, quote=False)
    if entities:
        out = []
        for ch in s:
            if ord(ch) > 127:
                nm = html.entities.codepoint2name.get(ord(ch))
                out.append(f"&{nm};" if nm else f"&#{ord(ch)};")
            else:
                out.append(ch)
        s = "".join(out)
    return s


def _is_table(lines):
    return len(lines) >= 2 and all(" | " in ln for ln in lines)


def to_html_fragment(text, entities=False, outlook=False):
    pcls = ' class="MsoNormal"' if outlook else ""
    out = []
    blocks = re.split(r"\n\s*\n", text.strip("\n"))
    for blk in blocks:
        lines = blk.split("\n")
        if all(ln.startswith(">") for ln in lines):
            inner = "\n".join(re.sub(r"^> ?", "", ln) for ln in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + to_html_fragment(inner, entities, outlook)
                       + "</blockquote>")
        elif _is_table(lines):
            rows = []
            for i, ln in enumerate(lines):
                tag = "th" if i == 0 else "td"
                cells = "".join(f"<{tag} style=\"border:1px solid #999;padding:2px 6px\">{_esc(c.strip(), entities)}</{tag}>"
                                for c in ln.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
            out.append('<table style="border-collapse:collapse;font-size:10pt">' + "".join(rows) + "</table>")
        else:
            out.append(f"<p{pcls}>" + "<br>\n".join(_esc(ln, entities) for ln in lines) + "</p>")
    return "\n".join(out)


def to_html(text, charset, entities=False, outlook=False):
    body = to_html_fragment(text, entities, outlook)
    if outlook:
        return (f'<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
                f'</head>\n<body lang="FR-CA" link="#0563C1">\n<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')
    return (f'<!DOCTYPE html>\n<html><head><meta charset="{charset}"></head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:10pt">\n{body}\n</body></html>\n')


def plain_tables(text):
    """Pad ' | ' tables in plain text so columns line up."""
    out, blk = [], []

    def flush():
        if _is_table(blk):
            cols = [ln.split(" | ") for ln in blk]
            n = max(len(c) for c in cols)
            w = [max(len(c[i]) if i < len(c) else 0 for c in cols) for i in range(n)]
            for c in cols:
                out.append("  ".join(x.ljust(w[i]) for i, x in enumerate(c)).rstrip())
        else:
            out.extend(blk)
        blk.clear()

    for ln in text.split("\n"):
        if ln.strip() == "":
            flush()
            out.append(ln)
        else:
            blk.append(ln)
    flush()
    return "\n".join(out)
