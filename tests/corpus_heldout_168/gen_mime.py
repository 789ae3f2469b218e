"""Hand-assembled MIME: body blocks, header encoding, parts and messages.

Everything is built with LF line ends and converted to CRLF at the very end
when a message asks for it.  Nothing here depends on the clock.
"""
import base64
import html
import quopri
import urllib.parse


# --------------------------------------------------------------------------
# Body blocks
# --------------------------------------------------------------------------
class Table:
    def __init__(self, headers, rows, caption=None):
        self.headers, self.rows, self.caption = headers, rows, caption


class Quote:
    """A quoted earlier message (reply)."""
    def __init__(self, attribution, blocks):
        self.attribution, self.blocks = attribution, blocks


class Forward:
    """An inline-forwarded message."""
    def __init__(self, banner, header_lines, blocks):
        self.banner, self.header_lines, self.blocks = banner, header_lines, blocks


class Pre:
    def __init__(self, text):
        self.text = text


def _plain_table(t):
    rows = [t.headers] + t.rows
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(t.headers))]
    out = []
    if t.caption:
        out.append(t.caption)
    for j, r in enumerate(rows):
        out.append("  ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if j == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def render_plain(blocks):
    parts = []
    for b in blocks:
        if isinstance(b, str):
            parts.append(b)
        elif isinstance(b, Table):
            parts.append(_plain_table(b))
        elif isinstance(b, Pre):
            parts.append(b.text)
        elif isinstance(b, Quote):
            inner = render_plain(b.blocks)
            q = "\n".join(("> " + ln) if ln else ">" for ln in inner.split("\n"))
            parts.append(b.attribution + "\n" + q)
        elif isinstance(b, Forward):
            inner = render_plain(b.blocks)
            parts.append(b.banner + "\n" + "\n".join(b.header_lines) + "\n\n" + inner)
        else:
            raise TypeError(b)
    return "\n\n".join(parts) + "\n"


def _h(s):
    return html.escape(s, quote=False).replace("\n", "<br>\n")


def render_html(blocks, font="Calibri, Arial, sans-serif"):
    def inner(bs):
        out = []
        for b in bs:
            if isinstance(b, str):
                out.append(f"<p>{_h(b)}</p>")
            elif isinstance(b, Pre):
                out.append(f"<pre>{html.escape(b.text, quote=False)}</pre>")
            elif isinstance(b, Table):
                cap = f"<caption>{_h(b.caption)}</caption>" if b.caption else ""
                th = "".join(f"<th style=\"border:1px solid #999;padding:2px 6px\">{_h(str(c))}</th>"
                             for c in b.headers)
                trs = "\n".join("<tr>" + "".join(
                    f"<td style=\"border:1px solid #999;padding:2px 6px\">{_h(str(c))}</td>" for c in r)
                    + "</tr>" for r in b.rows)
                out.append(f"<table style=\"border-collapse:collapse\">{cap}\n<tr>{th}</tr>\n{trs}\n</table>")
            elif isinstance(b, Quote):
                out.append(f"<div>{_h(b.attribution)}</div>\n<blockquote style=\"margin:0 0 0 .8ex;"
                           f"border-left:1px solid #ccc;padding-left:1ex\">\n{inner(b.blocks)}\n</blockquote>")
            elif isinstance(b, Forward):
                hl = "<br>\n".join(_h(x) for x in b.header_lines)
                out.append(f"<div>{_h(b.banner)}<br>\n{hl}</div>\n<div>\n{inner(b.blocks)}\n</div>")
        return "\n".join(out)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"{CHARSET}\"></head>\n"
            f"<body style=\"font-family:{font};font-size:11pt\">\n{inner(blocks)}\n</body></html>\n")


# --------------------------------------------------------------------------
# Header encoding
# --------------------------------------------------------------------------
def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _q_char(ch, charset):
    out = []
    for byte in ch.encode(charset):
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif c.isalnum() and byte < 128:
            out.append(c)
        elif c in "!*+-/":
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return "".join(out)


def encoded_words(text, charset, mode="q", limit=75):
    pre = f"=?{charset}?{mode.upper()}?"
    words, cur = [], ""
    if mode == "q":
        for ch in text:
            piece = _q_char(ch, charset)
            if len(pre) + len(cur) + len(piece) + 2 > limit:
                words.append(pre + cur + "?=")
                cur = ""
            cur += piece
        words.append(pre + cur + "?=")
    else:
        chunk = ""
        for ch in text:
            trial = chunk + ch
            if len(pre) + len(base64.b64encode(trial.encode(charset))) + 2 > limit:
                words.append(pre + base64.b64encode(chunk.encode(charset)).decode() + "?=")
                chunk = ch
            else:
                chunk = trial
        words.append(pre + base64.b64encode(chunk.encode(charset)).decode() + "?=")
    return words


def fold_ascii(name, value):
    """Fold an unstructured ASCII header value at spaces."""
    lines, cur = [], name + ":"
    for w in value.split(" "):
        if len(cur) + 1 + len(w) > 76 and len(cur) > len(name) + 1 and cur.strip():
            lines.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    lines.append(cur)
    return "\n".join(lines)


def header_text(name, text, charset="utf-8", mode="q", force=False):
    if is_ascii(text) and not force:
        return fold_ascii(name, text)
    words = encoded_words(text, charset, mode)
    return name + ": " + "\n ".join(words)


def addr(display, email, charset="utf-8", mode="q", force=False):
    if not display:
        return email
    if is_ascii(display) and not force:
        if any(c in display for c in ',.;:()"@'):
            return '"' + display.replace('"', '') + '" <' + email + ">"
        return f"{display} <{email}>"
    return " ".join(encoded_words(display, charset, mode)) + f" <{email}>"


def header_addrs(name, items):
    return name + ": " + ",\n ".join(items)


# --------------------------------------------------------------------------
# Parts
# --------------------------------------------------------------------------
def encode_body(raw, cte):
    if cte == "7bit":
        raw.decode("ascii")
        return raw
    if cte == "8bit":
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


class Leaf:
    def __init__(self, ctype, params, body, cte, disposition=None, extra=None):
        self.ctype, self.params, self.body, self.cte = ctype, params, body, cte
        self.disposition = disposition
        self.extra = extra or []

    def headers(self):
        h = ["Content-Type: " + self.ctype + "".join(";\n " + p for p in self.params)]
        if self.cte:
            h.append("Content-Transfer-Encoding: " + self.cte)
        if self.disposition:
            h.append("Content-Disposition: " + self.disposition)
        h.extend(self.extra)
        return h

    def payload(self):
        b = self.body
        if not b.endswith(b"\n"):
            b += b"\n"
        return b


class Multi:
    def __init__(self, subtype, parts, boundary, preamble=None):
        self.subtype, self.parts, self.boundary, self.preamble = subtype, parts, boundary, preamble
        self.cte = None

    def headers(self):
        return [f"Content-Type: multipart/{self.subtype};\n boundary=\"{self.boundary}\""]

    def payload(self):
        out = []
        if self.preamble:
            out.append(self.preamble.encode("ascii") + b"\n")
        for p in self.parts:
            out.append(b"\n--" + self.boundary.encode() + b"\n")
            out.append(serialize(p))
        out.append(b"\n--" + self.boundary.encode() + b"--\n")
        data = b"".join(out)
        if not self.preamble:
            data = data[1:]
        return data


def serialize(part):
    return ("\n".join(part.headers()) + "\n\n").encode("ascii") + part.payload()


def text_leaf(text, subtype, charset, cte, eol="\n"):
    if subtype == "html":
        text = text.replace("{CHARSET}", charset)
    t = text
    if cte == "base64" and eol == "\r\n":
        t = t.replace("\n", "\r\n")
    raw = t.encode(charset)
    return Leaf(f"text/{subtype}", [f'charset="{charset}"'], encode_body(raw, cte), cte)


def filename_params(filename, mode):
    """Return (content-type params, disposition params) for a file name."""
    if not is_ascii(filename) and mode == "plain":
        mode = "rfc2231"
    if is_ascii(filename) and mode != "rfc2231":
        return [f'name="{filename}"'], [f'filename="{filename}"']
    if mode == "rfc2047":
        w = " ".join(encoded_words(filename, "utf-8", "b"))
        return [f'name="{w}"'], [f'filename="{w}"']
    # RFC 2231, with continuations when long
    enc = urllib.parse.quote(filename.encode("utf-8"), safe="")
    if len(enc) <= 60:
        disp = [f"filename*=utf-8''{enc}"]
    else:
        chunks, i = [], 0
        while i < len(enc):
            j = min(i + 50, len(enc))
            while "%" in enc[max(i, j - 2):j] and j < len(enc):
                j += 1
            chunks.append(enc[i:j])
            i = j
        disp = [(f"filename*{n}*=utf-8''{c}" if n == 0 else f"filename*{n}*={c}")
                for n, c in enumerate(chunks)]
    asc = "".join(c if c.isascii() else "_" for c in filename)
    return [f'name="{asc}"'], disp


def attach_leaf(data, ctype, filename, fn_mode="plain", cte="base64", inline=False):
    ct_params, d_params = filename_params(filename, fn_mode)
    disp = ("inline" if inline else "attachment") + "".join(";\n " + p for p in d_params)
    if ctype.startswith("text/") and "charset" not in ctype:
        ct_params = ['charset="utf-8"'] + ct_params
    return Leaf(ctype, ct_params, encode_body(data, cte), cte, disposition=disp)


def rfc822_leaf(msg_bytes, filename, fn_mode="plain"):
    cte = "7bit"
    try:
        msg_bytes.decode("ascii")
    except UnicodeDecodeError:
        cte = "8bit"
    _, d_params = filename_params(filename, fn_mode)
    disp = "attachment" + "".join(";\n " + p for p in d_params)
    return Leaf("message/rfc822", [], msg_bytes, cte, disposition=disp)


def build_message(header_lines, root, eol="\n"):
    top = list(header_lines) + ["MIME-Version: 1.0"] + root.headers()
    data = ("\n".join(top) + "\n\n").encode("ascii") + root.payload()
    if eol == "\r\n":
        data = data.replace(b"\n", b"\r\n")
    return data
