"""Hand-rolled, deterministic MIME writer.

Lets the generator pick charsets, content-transfer-encodings, line endings,
RFC 2047 header words and RFC 2231 file-name parameters explicitly, which the
standard library's generator does not allow in a byte-stable way.
"""
import base64
import html
import quopri
import unicodedata
import urllib.parse

from gen_common import strip_accents

TYPO = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
        "\u2014": "-", "\u2026": "...", "\u0153": "oe", "\u0152": "OE", "\u00a0": " ",
        "\u202f": " ", "\u20ac": "EUR", "\u2192": "->", "\u00b5": "u", "\u2265": ">=",
        "\u2264": "<=", "\u00b2": "2"}


def fit_charset(text, charset):
    """Return text adapted so that it encodes in charset (lossy, like a real MUA)."""
    cs = charset.lower()
    try:
        text.encode(cs)
        return text
    except UnicodeEncodeError:
        pass
    t = text
    if cs in ("iso-8859-1", "windows-1252"):
        for k, v in TYPO.items():
            if cs == "windows-1252" and k in "\u2019\u2018\u201c\u201d\u2013\u2014\u2026\u0153\u0152\u20ac\u00b5\u00b2":
                continue
            if cs == "iso-8859-1" and k in "\u00b5\u00b2\u00a0":
                continue
            t = t.replace(k, v)
    elif cs == "us-ascii":
        for k, v in TYPO.items():
            t = t.replace(k, v)
        t = strip_accents(t)
    t2 = []
    for ch in t:
        try:
            ch.encode(cs)
            t2.append(ch)
        except UnicodeEncodeError:
            nf = unicodedata.normalize("NFKC", ch)
            try:
                nf.encode(cs)
                t2.append(nf)
                continue
            except UnicodeEncodeError:
                pass
            t2.append(strip_accents(ch) if strip_accents(ch).isascii() else "?")
    return "".join(t2)


# ---------------------------------------------------------------- headers
def _q_word(chunk_bytes):
    out = []
    for b in chunk_bytes:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "".join(out)


def encode_words(s, charset="utf-8", enc="q"):
    """Split s into RFC 2047 encoded words of at most 75 characters."""
    words, cur = [], ""
    pre = f"=?{charset}?{enc.upper() if enc == 'b' else 'Q'}?"
    if enc == "b":
        pre = f"=?{charset}?B?"

    def enc_chunk(c):
        bts = c.encode(charset)
        if enc == "b":
            return pre + base64.b64encode(bts).decode() + "?="
        return pre + _q_word(bts) + "?="
    for ch in s:
        if len(enc_chunk(cur + ch)) > 75:
            words.append(enc_chunk(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc_chunk(cur))
    return words


def fold_ascii(s, first_len):
    if len(s) + first_len <= 78:
        return s
    out, line = [], ""
    for w in s.split(" "):
        if line and len(line) + 1 + len(w) + (first_len if not out else 1) > 76:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    out.append(line)
    return "\n ".join(out)


def hval(s, name_len=9, charset="utf-8", enc="q"):
    """Header value: ASCII kept (folded), otherwise RFC 2047 words."""
    if s.isascii():
        return fold_ascii(s, name_len)
    cs = charset
    try:
        s.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return "\n ".join(encode_words(s, cs, enc))


def addr(name, email, charset="utf-8", enc="q"):
    if not name:
        return f"<{email}>" if email else ""
    if name.isascii():
        if any(c in name for c in ',.;:()<>@"\''):
            name = '"' + name.replace('"', "") + '"'
        return f"{name} <{email}>"
    cs = charset
    try:
        name.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return " ".join(encode_words(name, cs, enc)) + f" <{email}>"


def addr_list(items, charset="utf-8", enc="q"):
    return ",\n ".join(addr(n, e, charset, enc) for n, e in items)


# ---------------------------------------------------------------- parts
class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of (name, value)
        self.body = body            # bytes, already transfer-encoded, LF endings

    def render(self):
        h = "".join(f"{k}: {v}\n" for k, v in self.headers)
        return h.encode("ascii") + b"\n" + self.body


def _cte_encode(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    return data if data.endswith(b"\n") else data + b"\n"


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
              extra_params="", disposition=None):
    text = fit_charset(text, charset)
    data = text.replace("\r\n", "\n").encode(charset)
    if cte == "7bit" and (not data.isascii() or max((len(l) for l in data.split(b"\n")), default=0) > 990):
        cte = "quoted-printable"
    if cte == "8bit" and data.isascii():
        cte = "7bit"
    hdrs = [("Content-Type", f"text/{subtype}; charset=\"{charset}\"{extra_params}"),
            ("Content-Transfer-Encoding", cte)]
    if disposition:
        hdrs.append(("Content-Disposition", disposition))
    return Part(hdrs, _cte_encode(data, cte))


def _fname_params(filename, mode):
    if filename.isascii() and mode in ("plain", "2047"):
        return f'filename="{filename}"', f'name="{filename}"'
    if mode == "2047":
        w = " ".join(encode_words(filename, "utf-8", "b"))
        q = urllib.parse.quote(filename.encode("utf-8"), safe="")
        return f"filename*=utf-8''{q}", f'name="{w}"'
    if mode == "2231cont":
        q = urllib.parse.quote(filename.encode("utf-8"), safe="")
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
        ps = [f"filename*0*=utf-8''{fixed[0]}"] + \
             [f"filename*{i}*={c}" for i, c in enumerate(fixed[1:], 1)]
        return ";\n ".join(ps), None
    q = urllib.parse.quote(filename.encode("utf-8"), safe="")
    return f"filename*=utf-8''{q}", None


def attachment(data, ctype, filename, fn_mode="2231", cte="base64", inline=False,
               ct_extra=""):
    dparam, nparam = _fname_params(filename, fn_mode)
    ct = ctype + ct_extra + (f";\n {nparam}" if nparam else "")
    disp = ("inline" if inline else "attachment") + f";\n {dparam}"
    if cte != "base64" and ctype.startswith("text/"):
        body = _cte_encode(data, cte)
    else:
        cte = "base64"
        body = _cte_encode(data, cte)
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte),
                 ("Content-Disposition", disp)], body)


def multipart(subtype, parts, boundary, preamble=None):
    chunks = []
    if preamble:
        chunks.append(preamble.encode("ascii") + b"\n")
    for p in parts:
        chunks.append(b"--" + boundary.encode() + b"\n" + p.render())
        if not chunks[-1].endswith(b"\n"):
            chunks[-1] += b"\n"
    chunks.append(b"--" + boundary.encode() + b"--\n")
    return Part([("Content-Type", f'multipart/{subtype};\n boundary="{boundary}"')],
                b"".join(chunks))


def rfc822(inner_bytes, filename=None):
    hdrs = [("Content-Type", "message/rfc822")]
    if filename:
        dparam, _ = _fname_params(filename, "2231" if not filename.isascii() else "plain")
        hdrs.append(("Content-Disposition", f"attachment;\n {dparam}"))
    cte = "7bit" if inner_bytes.isascii() else "8bit"
    hdrs.append(("Content-Transfer-Encoding", cte))
    body = inner_bytes.replace(b"\r\n", b"\n")
    if not body.endswith(b"\n"):
        body += b"\n"
    return Part(hdrs, body)


def render_message(headers, root, crlf=False):
    h = "".join(f"{k}: {v}\n" for k, v in headers if v)
    out = h.encode("ascii") + root.render()
    out = out.replace(b"\r\n", b"\n")
    if crlf:
        out = out.replace(b"\n", b"\r\n")
    return out


# ---------------------------------------------------------------- html
def to_html(text, lang="fr", table=None, style=0):
    """Turn a plain body into a plausible HTML body (Outlook-ish or Gmail-ish)."""
    paras = [p for p in text.split("\n\n")]
    body = []
    for p in paras:
        if p.startswith("[[TABLE]]") and table:
            body.append(html_table(table))
            continue
        lines = [html.escape(l, quote=False) for l in p.split("\n")]
        if p.startswith(">"):
            body.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                        + "<br>\n".join(l.lstrip("&gt; ").lstrip() for l in lines) + "</blockquote>")
        else:
            body.append(("<p class=\"MsoNormal\">" if style == 0 else "<div>") + "<br>\n".join(lines)
                        + ("</p>" if style == 0 else "</div><br>"))
    head = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>'
            if style == 0 else '<html><head></head>')
    return f'{head}<body lang="{lang}">\n' + "\n".join(body) + "\n</body></html>\n"


def html_table(rows):
    out = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">']
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{html.escape(str(c), quote=False)}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def text_table(rows, sep=" | "):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for j, r in enumerate(rows):
        lines.append(sep.join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip())
        if j == 0:
            lines.append("-" * len(lines[0]))
    return "\n".join(lines)
