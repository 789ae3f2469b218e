"""A small, explicit MIME writer: full control over charsets, transfer
encodings, RFC 2047 headers, RFC 2231 file names and line endings."""
import base64
import binascii
import email.charset
import email.header
import email.utils
import urllib.parse


class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None):
        self.headers = headers  # list of (name, already-encoded value str)
        self.body = body  # bytes (already transfer-encoded), LF line endings
        self.children = children
        self.boundary = boundary

    def to_bytes(self):
        out = []
        for name, value in self.headers:
            out.append(f"{name}: {value}\n".encode("ascii"))
        out.append(b"\n")
        if self.children is None:
            out.append(self.body)
            if self.body and not self.body.endswith(b"\n"):
                out.append(b"\n")
        else:
            if self.body:
                out.append(self.body)
            for ch in self.children:
                if not out[-1].endswith(b"\n"):
                    out.append(b"\n")
                out.append(f"--{self.boundary}\n".encode("ascii"))
                out.append(ch.to_bytes())
            out.append(f"--{self.boundary}--\n".encode("ascii"))
        return b"".join(out)


# --------------------------------------------------------------------------
# headers
# --------------------------------------------------------------------------
def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_header(value, charset="utf-8", enc="B", name="Subject"):
    """RFC 2047 encode a free-text header when it is not pure ASCII."""
    if _is_ascii(value):
        h = email.header.Header(value, "us-ascii", header_name=name, maxlinelen=78)
        return h.encode(linesep="\n")
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    cs = email.charset.Charset(charset)
    cs.header_encoding = email.charset.BASE64 if enc == "B" else email.charset.QP
    h = email.header.Header(value, cs, header_name=name, maxlinelen=76)
    return h.encode(linesep="\n")


def enc_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    if _is_ascii(name):
        return email.utils.formataddr((name, addr))
    try:
        name.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return email.utils.formataddr((name, addr), charset=charset)


def enc_addr_list(pairs, charset="utf-8"):
    return ",\n ".join(enc_addr(n, a, charset) for n, a in pairs)


# --------------------------------------------------------------------------
# bodies
# --------------------------------------------------------------------------
def encode_body(data, cte):
    if cte in ("7bit", "8bit"):
        return data
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def pick_charset(text, wanted):
    """Return (charset, bytes); falls back to utf-8 when text does not fit."""
    for cs in (wanted, "utf-8"):
        try:
            return cs, text.encode(cs)
        except UnicodeEncodeError:
            continue
    raise AssertionError


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", fmt_flowed=False):
    cs, data = pick_charset(text, charset)
    if cte == "7bit" and (any(b > 127 for b in data) or cs != "us-ascii" and not _is_ascii(text)):
        cte = "quoted-printable"
    if cte in ("7bit", "8bit") and any(len(line) > 900 for line in data.split(b"\n")):
        cte = "quoted-printable"
    if cs == "us-ascii" and cte == "8bit":
        cte = "7bit"
    ct = f"text/{subtype}; charset=\"{cs}\""
    if fmt_flowed and subtype == "plain":
        ct += "; format=flowed"
    headers = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    return Part(headers, encode_body(data, cte))


def _filename_params(filename, style):
    """Return a ';'-joined parameter string for a file name."""
    if _is_ascii(filename) and style != "rfc2231-force":
        q = filename.replace("\\", "\\\\").replace('"', '\\"')
        return f'filename="{q}"', f'name="{q}"'
    if style in ("rfc2231", "rfc2231-force"):
        pct = urllib.parse.quote(filename, safe="")
        if len(pct) > 60:
            chunks = [pct[i:i + 60] for i in range(0, len(pct), 60)]
            # do not split inside a %XX escape
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
                fixed[-1] += carry
            parts = []
            for i, c in enumerate(fixed):
                if i == 0:
                    parts.append(f"filename*0*=utf-8''{c}")
                else:
                    parts.append(f"filename*{i}*={c}")
            disp = ";\n ".join(parts)
        else:
            disp = f"filename*=utf-8''{pct}"
        return disp, f"name*=utf-8''{pct}" if len(pct) <= 60 else disp.replace("filename", "name")
    # rfc2047-style names (what many mail clients actually send)
    enc = email.header.Header(filename, "utf-8").encode()
    return f'filename="{enc}"', f'name="{enc}"'


def attachment_part(data, mimetype, filename, style="rfc2231", cte="base64", inline=False):
    disp_p, name_p = _filename_params(filename, style)
    disp = "inline" if inline else "attachment"
    headers = [
        ("Content-Type", f"{mimetype};\n {name_p}"),
        ("Content-Disposition", f"{disp};\n {disp_p}"),
        ("Content-Transfer-Encoding", cte),
    ]
    return Part(headers, encode_body(data, cte))


def text_attachment(text, mimetype, filename, charset="utf-8", cte="base64", style="rfc2231"):
    cs, data = pick_charset(text, charset)
    if cte in ("7bit", "8bit") and any(b > 127 for b in data):
        cte = "quoted-printable" if cte == "7bit" else cte
    disp_p, name_p = _filename_params(filename, style)
    headers = [
        ("Content-Type", f"{mimetype}; charset=\"{cs}\";\n {name_p}"),
        ("Content-Disposition", f"attachment;\n {disp_p}"),
        ("Content-Transfer-Encoding", cte),
    ]
    return Part(headers, encode_body(data, cte))


def msg_bytes_ok(part):
    return part.children is not None or isinstance(part.body, bytes)


def rfc822_part(msg_bytes, filename=None):
    if not msg_bytes.endswith(b"\n"):
        msg_bytes += b"\n"
    cte = "8bit" if any(b > 127 for b in msg_bytes) else "7bit"
    headers = [("Content-Type", "message/rfc822")]
    if filename:
        disp_p, _ = _filename_params(filename, "rfc2231")
        headers.append(("Content-Disposition", f"attachment;\n {disp_p}"))
    else:
        headers.append(("Content-Disposition", "inline"))
    headers.append(("Content-Transfer-Encoding", cte))
    return Part(headers, msg_bytes)


def multipart(subtype, children, boundary, preamble=False):
    p = Part([("Content-Type", f"multipart/{subtype};\n boundary=\"{boundary}\"")],
             b"This is a multi-part message in MIME format.\n\n" if preamble else b"",
             children, boundary)
    return p


def message(top_headers, root, crlf=False):
    """top_headers: list of (name, encoded value); root: Part (its headers are
    appended after the top-level ones)."""
    if not msg_bytes_ok(root):
        raise ValueError("bad part")
    p = Part(list(top_headers) + [("MIME-Version", "1.0")] + root.headers, root.body, root.children, root.boundary)
    data = p.to_bytes()
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data
