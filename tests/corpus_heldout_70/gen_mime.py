# -*- coding: utf-8 -*-
"""Hand-rolled, deterministic MIME writer (no random boundaries, no clocks)."""
import base64
import email.charset
import email.header
import email.utils
import quopri
import re
import unicodedata
import urllib.parse

ASCII_MAP = {
    "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u0153": "oe", "\u0152": "OE", "\u00a0": " ",
    "\u202f": " ", "\u00b5": "u", "\u2265": ">=", "\u2264": "<=", "\u2192": "->", "\u00b0": " deg",
    "\u20ac": "EUR", "\u00d7": "x", "\u2022": "*",
}
LATIN1_MAP = {k: v for k, v in ASCII_MAP.items() if k not in ("\u00b5", "\u00b0", "\u00ab", "\u00bb", "\u00a0", "\u00d7")}
CP1252_OK = set("\u2019\u2018\u201c\u201d\u2013\u2014\u2026\u0153\u0152\u20ac\u2022")


def to_ascii(s):
    s = s.replace("n°", "no").replace("N°", "No")
    s = "".join(ASCII_MAP.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def fit_charset(text, charset):
    """Adapt text to charset, or return None if it cannot be represented."""
    cs = charset.lower()
    if cs == "us-ascii":
        t = to_ascii(text)
    elif cs == "iso-8859-1":
        t = "".join(LATIN1_MAP.get(c, c) for c in text)
    elif cs == "windows-1252":
        t = "".join(c if c in CP1252_OK else LATIN1_MAP.get(c, c) for c in text)
    else:
        t = text
    try:
        t.encode(cs)
    except UnicodeEncodeError:
        return None
    return t


# ---------------------------------------------------------------------------
# headers
def _fold_ascii(name, value, width=76):
    words = value.split(" ")
    lines, cur = [], name + ": "
    for w in words:
        if len(cur) + len(w) + 1 > width and cur.strip() and not cur.endswith(": "):
            lines.append(cur.rstrip())
            cur = " " + w + " "
        else:
            cur += w + " "
    lines.append(cur.rstrip())
    return "\n".join(lines)


def header_text(name, value, charset="utf-8", enc="b"):
    """Unstructured header, RFC 2047 encoded when needed."""
    try:
        value.encode("ascii")
        return _fold_ascii(name, value)
    except UnicodeEncodeError:
        pass
    cs = email.charset.Charset(charset)
    cs.header_encoding = email.charset.BASE64 if enc == "b" else email.charset.QP
    h = email.header.Header(value, charset=cs, header_name=name, maxlinelen=76)
    return f"{name}: " + h.encode(linesep="\n")


def addr(name, address, charset="utf-8", enc="b"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, address))
    except UnicodeEncodeError:
        cs = email.charset.Charset(charset)
        cs.header_encoding = email.charset.BASE64 if enc == "b" else email.charset.QP
        return email.utils.formataddr((name, address), charset=cs)


def header_addrs(name, addrs):
    value = ", ".join(addrs)
    if len(name) + len(value) < 76:
        return f"{name}: {value}"
    return f"{name}: " + ",\n ".join(addrs)


# ---------------------------------------------------------------------------
# parts
class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None, preamble=None):
        self.headers = headers  # list of already-formatted header lines (str)
        self.body = body
        self.children = children
        self.boundary = boundary
        self.preamble = preamble

    def to_bytes(self):
        head = "\n".join(self.headers).encode("ascii") + b"\n\n"
        if self.children is None:
            body = self.body
            if not body.endswith(b"\n"):
                body += b"\n"
            return head + body
        out = [head]
        if self.preamble:
            out.append(self.preamble.encode("ascii") + b"\n")
        b = self.boundary.encode("ascii")
        for ch in self.children:
            out.append(b"--" + b + b"\n")
            out.append(ch.to_bytes())
        out.append(b"--" + b + b"--\n")
        return b"".join(out)


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data


def wrap_long_lines(text, width=900):
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            cut = cut if cut > 0 else width
            out.append(line[:cut])
            line = line[cut:].lstrip()
        out.append(line)
    return "\n".join(out)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra_params="",
              cs_case=None, disposition=None):
    """Return (Part, actual_charset). Falls back to utf-8 if charset can't hold the text."""
    text = text.replace("\r\n", "\n")
    t = fit_charset(text, charset)
    if t is None:
        charset, t = "utf-8", text
    data = t.encode(charset)
    if cte == "7bit" and any(b > 127 for b in data):
        cte = "quoted-printable"
    if cte in ("7bit", "8bit"):
        data = wrap_long_lines(t).encode(charset)
    label = cs_case(charset) if cs_case else charset
    q = '"' if subtype == "html" or charset.startswith("iso") else ""
    headers = [f"Content-Type: text/{subtype}; charset={q}{label}{q}{extra_params}",
               f"Content-Transfer-Encoding: {cte}"]
    if disposition:
        headers.append(f"Content-Disposition: {disposition}")
    return Part(headers, encode_body(data, cte)), charset


def filename_params(param, filename, mode):
    """Produce `; filename=...` in one of several styles."""
    try:
        filename.encode("ascii")
        is_ascii = True
    except UnicodeEncodeError:
        is_ascii = False
    if mode in ("plain", "2047") and is_ascii:
        return f'; {param}="{filename}"'
    if mode == "bare" and is_ascii and re.fullmatch(r"[A-Za-z0-9._-]+", filename):
        return f"; {param}={filename}"
    if mode == "2231-latin1":
        try:
            enc = urllib.parse.quote(filename.encode("iso-8859-1"), safe="")
            return f"; {param}*=iso-8859-1'fr'{enc}"
        except UnicodeEncodeError:
            pass
    if mode == "2047":
        cs = email.charset.Charset("utf-8")
        cs.header_encoding = email.charset.BASE64
        enc = email.header.Header(filename, charset=cs, maxlinelen=1000).encode()
        return f'; {param}="{enc}"'
    enc = urllib.parse.quote(filename.encode("utf-8"), safe="")
    if mode == "2231-cont" and len(enc) > 30:
        chunks, i, out = [], 0, []
        while i < len(enc):
            j = min(i + 30, len(enc))
            while "%" in enc[j - 2:j] and j < len(enc):  # don't split an escape
                j += 1
            chunks.append(enc[i:j])
            i = j
        for n, c in enumerate(chunks):
            pre = "utf-8''" if n == 0 else ""
            out.append(f";\n {param}*{n}*={pre}{c}")
        return "".join(out)
    return f";\n {param}*=utf-8''{enc}"


def attachment_part(data, ctype, filename, fn_mode="2231", cte="base64", inline=False, name_param=True):
    disp = "inline" if inline else "attachment"
    ct = f"Content-Type: {ctype}"
    if name_param:
        ct += filename_params("name", filename, "2047" if fn_mode.startswith("2231") else fn_mode)
    headers = [ct, f"Content-Transfer-Encoding: {cte}",
               f"Content-Disposition: {disp}" + filename_params("filename", filename, fn_mode)]
    return Part(headers, encode_body(data, cte))


def text_attachment(text, ctype, filename, charset="utf-8", cte="base64", fn_mode="2231", method=None):
    data = text.encode(charset)
    params = f"; charset={charset}"
    if method:
        params += f"; method={method}"
    ct = f"Content-Type: {ctype}{params}" + filename_params("name", filename, "plain" if fn_mode == "plain" else "2047")
    headers = [ct, f"Content-Transfer-Encoding: {cte}",
               "Content-Disposition: attachment" + filename_params("filename", filename, fn_mode)]
    return Part(headers, encode_body(data, cte))


def rfc822_part(msg_bytes, filename=None, inline=True):
    headers = ["Content-Type: message/rfc822"]
    if filename:
        headers.append(("Content-Disposition: attachment" if not inline else "Content-Disposition: inline")
                       + filename_params("filename", filename, "plain"))
    # embedded message: keep 8bit-safe: inner parts are 7bit/8bit/qp/base64 text
    if any(b > 127 for b in msg_bytes):
        headers.insert(1, "Content-Transfer-Encoding: 8bit")
    else:
        headers.insert(1, "Content-Transfer-Encoding: 7bit")
    return Part(headers, msg_bytes.replace(b"\r\n", b"\n"))


def multipart(subtype, children, boundary, preamble=None):
    return Part([f'Content-Type: multipart/{subtype};\n boundary="{boundary}"'], children=children,
                boundary=boundary, preamble=preamble)


def build_message(top_headers, root, crlf=False):
    """top_headers: list of formatted header lines; root: Part whose headers are appended."""
    p = Part(top_headers + ["MIME-Version: 1.0"] + root.headers, root.body, root.children, root.boundary,
             root.preamble)
    data = p.to_bytes()
    data = data.replace(b"\r\n", b"\n")
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    return data
