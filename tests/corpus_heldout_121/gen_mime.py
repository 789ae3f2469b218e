"""Hand-rolled MIME writer so that every byte (boundaries, encodings, line endings) is deterministic
and the transports can be varied on purpose."""
import base64
import datetime as dt
import email.utils
import html
import quopri
import urllib.parse

Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def _q(b):
    out = []
    for ch in b:
        if ch in Q_SAFE:
            out.append(chr(ch))
        elif ch == 0x20:
            out.append("_")
        else:
            out.append("=%02X" % ch)
    return "".join(out)


def encoded_words(text, charset="utf-8", mode="B", room=45):
    """RFC 2047 encoded words, split on character boundaries."""
    words, chunk = [], ""
    for ch in text:
        trial = chunk + ch
        raw = trial.encode(charset)
        size = len(base64.b64encode(raw)) if mode == "B" else len(_q(raw))
        if size > room and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    enc = []
    for w in words:
        raw = w.encode(charset)
        if mode == "B":
            enc.append(f"=?{charset}?B?{base64.b64encode(raw).decode()}?=")
        else:
            enc.append(f"=?{charset}?Q?{_q(raw)}?=")
    return "\n ".join(enc)


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


def fold_ascii(value, width=76):
    words = value.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def header_text(value, rng, prefer=None):
    if is_ascii(value):
        return fold_ascii(value)
    if prefer is None:
        prefer = rng.choice(["utf-8/B", "utf-8/Q", "iso-8859-1/Q", "windows-1252/Q", "utf-8/B"])
    cs, mode = prefer.split("/")
    if not can_encode(value, cs):
        cs = "utf-8"
    return encoded_words(value, cs, mode)


def addr(name, address, rng=None, prefer="utf-8/Q"):
    if not name:
        return address
    if is_ascii(name):
        if any(c in name for c in ',.;:()"@[]'):
            return '"%s" <%s>' % (name.replace('"', ''), address)
        return f"{name} <{address}>"
    cs, mode = prefer.split("/")
    if not can_encode(name, cs):
        cs = "utf-8"
    return encoded_words(name, cs, mode, room=1000) + f" <{address}>"


def fmt_date_header(d):
    return email.utils.format_datetime(d)


# ------------------------------------------------------------------ parts
class Leaf:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes, LF line endings


class Multi:
    def __init__(self, subtype, parts, boundary, headers=None, preamble=True):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.headers = headers or []
        self.preamble = preamble


def encode_body(raw, cte):
    if cte in ("7bit", "8bit"):
        body = raw
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        raise ValueError(cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return body


def text_leaf(text, subtype, charset, cte, extra_headers=None):
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    h = [("Content-Type", f'text/{subtype}; charset="{charset}"' if charset != "us-ascii" or subtype != "plain"
          else f"text/{subtype}; charset=us-ascii"),
         ("Content-Transfer-Encoding", cte)]
    if extra_headers:
        h += extra_headers
    return Leaf(h, encode_body(raw, cte))


def filename_params(fname, style):
    """Return (content-type name param, content-disposition filename param)."""
    if is_ascii(fname):
        return f'name="{fname}"', f'filename="{fname}"'
    q = urllib.parse.quote(fname.encode("utf-8"), safe="")
    if style == 0:   # RFC 2231 only on the disposition, RFC 2047 on name (Outlook style)
        return f'name="{encoded_words(fname, "utf-8", "B", 200)}"', f"filename*=utf-8''{q}"
    if style == 1:   # RFC 2231 continuations
        chunks = [q[i:i + 40] for i in range(0, len(q), 40)]
        # do not split a %XX escape
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
        disp = ";\n ".join(f"filename*{i}*={'utf-8' + chr(39) * 2 if i == 0 else ''}{c}" for i, c in enumerate(fixed))
        name = ";\n ".join(f"name*{i}*={'utf-8' + chr(39) * 2 if i == 0 else ''}{c}" for i, c in enumerate(fixed))
        return name, disp
    # style 2: iso-8859-1 RFC 2231
    try:
        q2 = urllib.parse.quote(fname.encode("iso-8859-1"), safe="")
        return f"name*=iso-8859-1''{q2}", f"filename*=iso-8859-1''{q2}"
    except UnicodeEncodeError:
        return f"name*=utf-8''{q}", f"filename*=utf-8''{q}"


def attach_leaf(fname, ctype, data, fn_style=0, cte=None, charset=None, inline=False):
    """data: bytes (binary) or str (text types)."""
    npar, dpar = filename_params(fname, fn_style)
    if isinstance(data, str):
        cs = charset or "utf-8"
        raw = data.replace("\r\n", "\n").encode(cs)
        cte = cte or ("7bit" if is_ascii(data) else "quoted-printable")
        ct = f'{ctype}; charset="{cs}"; {npar}' if "\n" not in npar else f'{ctype}; charset="{cs}";\n {npar}'
    else:
        raw = data
        cte = "base64"
        ct = f"{ctype}; {npar}" if "\n" not in npar else f"{ctype};\n {npar}"
    disp = ("inline" if inline else "attachment") + ("; " if "\n" not in dpar else ";\n ") + dpar
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte), ("Content-Disposition", disp)]
    return Leaf(h, encode_body(raw, cte))


def rfc822_leaf(inner_bytes, fname=None):
    h = [("Content-Type", "message/rfc822")]
    try:
        inner_bytes.decode("ascii")
        cte = "7bit"
    except UnicodeDecodeError:
        cte = "8bit"
    h.append(("Content-Transfer-Encoding", cte))
    if fname:
        npar, dpar = filename_params(fname, 0)
        h.append(("Content-Disposition", f"attachment; {dpar}"))
    else:
        h.append(("Content-Disposition", "inline"))
    body = inner_bytes.replace(b"\r\n", b"\n")
    if not body.endswith(b"\n"):
        body += b"\n"
    return Leaf(h, body)


def render(part, top_headers=None):
    out = []
    hdrs = list(top_headers or [])
    if isinstance(part, Multi):
        hdrs.append(("Content-Type", f'multipart/{part.subtype};\n boundary="{part.boundary}"'))
        hdrs += part.headers
    else:
        hdrs += part.headers
    for k, v in hdrs:
        out.append(f"{k}: {v}\n".encode("ascii"))
    out.append(b"\n")
    if isinstance(part, Multi):
        if part.preamble:
            out.append(b"This is a multi-part message in MIME format.\n\n")
        for p in part.parts:
            out.append(f"--{part.boundary}\n".encode())
            out.append(render(p))
            out.append(b"\n")
        out.append(f"--{part.boundary}--\n".encode())
    else:
        out.append(part.body)
    return b"".join(out)


def text_to_html(text, style=0):
    """Simple HTML rendering as mail clients do."""
    esc = html.escape(text)
    paras = esc.split("\n\n")
    body = "\n".join("<p>" + p.replace("\n", "<br>\n") + "</p>" for p in paras)
    if style == 0:
        return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
                "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + body + "\n</body></html>\n")
    if style == 1:
        return ("<!DOCTYPE html>\n<html><body>\n<div dir=\"ltr\">\n" + body + "\n</div>\n</body></html>\n")
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><style>p.MsoNormal{margin:0}</style></head>\n"
            "<body lang=\"FR-CA\"><div class=\"WordSection1\">\n" +
            body.replace("<p>", "<p class=\"MsoNormal\">") + "\n</div></body></html>\n")


def table_html(rows, header=None):
    out = ["<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\" style=\"border-collapse:collapse\">"]
    if header:
        out.append("<tr>" + "".join(f"<th>{html.escape(str(c))}</th>" for c in header) + "</tr>")
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def html_to_text(h):
    import re
    t = re.sub(r"(?is)<(script|style).*?</\1>", "", h)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|h[1-6]|tr|li|div)>", "\n", t)
    t = re.sub(r"(?i)</t[dh]>", "\t", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t)
    t = re.sub(r"\n{3,}", "\n\n", t)
    return t.strip() + "\n"
