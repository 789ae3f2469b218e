"""Hand-assembled MIME rendering with controlled charsets, transfer encodings,
line ends, RFC 2047 headers and RFC 2231 file names."""
import base64
import html
import quopri
import urllib.parse

from gen_common import DOM

# ---------------------------------------------------------------- headers


def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encodable(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def enc_words(text, charset="utf-8", mode="B"):
    """RFC 2047 encode text into encoded-words of at most 75 chars."""
    pre = f"=?{charset}?{mode}?"
    words, cur = [], ""

    def enc(s):
        b = s.encode(charset)
        if mode == "B":
            return base64.b64encode(b).decode()
        out = []
        for byte in b:
            ch = chr(byte)
            if ch == " ":
                out.append("_")
            elif ch.isalnum() and byte < 128:
                out.append(ch)
            elif ch in "!*+-/" and byte < 128:
                out.append(ch)
            else:
                out.append(f"={byte:02X}")
        return "".join(out)

    for ch in text:
        cand = cur + ch
        if len(pre) + len(enc(cand)) + 2 > 75:
            words.append(pre + enc(cur) + "?=")
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(pre + enc(cur) + "?=")
    return "\n ".join(words)


def fold_plain(name, value):
    """Fold an ASCII header value on spaces near 76 columns."""
    line = f"{name}: "
    out = []
    for w in value.split(" "):
        if len(line) + len(w) + 1 > 76 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip(" "))
            line = " " + w + " "
        else:
            line += w + " "
    out.append(line.rstrip(" "))
    return "\n".join(out)


def hdr_text(name, value, mode=None, charset="utf-8"):
    """mode None: raw if ASCII else B; 'B' / 'Q' force encoding."""
    if mode is None and _is_ascii(value):
        return fold_plain(name, value)
    mode = mode or "B"
    if not encodable(value, charset):
        charset = "utf-8"
    return f"{name}: " + enc_words(value, charset, mode)


def fmt_addr(disp, addr, mode=None, charset="utf-8"):
    if not disp:
        return f"<{addr}>" if mode == "angle" else addr
    if _is_ascii(disp):
        if any(c in disp for c in ',.();:@"'):
            d = disp.replace('"', "")
            return f'"{d}" <{addr}>'
        return f"{disp} <{addr}>"
    m = mode if mode in ("B", "Q") else "Q"
    if not encodable(disp, charset):
        charset = "utf-8"
    return enc_words(disp, charset, m) + f" <{addr}>"


def addr_header(name, addrs, mode=None, charset="utf-8"):
    parts = [fmt_addr(d, a, mode, charset) for d, a in addrs]
    return f"{name}: " + ",\n ".join(parts)


# ---------------------------------------------------------------- bodies


def blocks_to_text(blocks, lang):
    out = []
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append(b[1])
        elif k == "pre":
            out.append(b[1])
        elif k == "table":
            head, rows = b[1], b[2]
            widths = [max(len(str(x)) for x in col)
                      for col in zip(head, *rows)]
            fmt = lambda r: "  ".join(str(v).ljust(w) for v, w in
                                      zip(r, widths)).rstrip()
            lines = [fmt(head), "  ".join("-" * w for w in widths)]
            lines += [fmt(r) for r in rows]
            out.append("\n".join(lines))
        elif k == "quote":
            inner = blocks_to_text(b[2], lang)
            q = "\n".join(("> " + ln) if ln else ">" for ln in
                          inner.split("\n"))
            out.append(b[1] + "\n" + q)
        elif k == "outlook":
            inner = blocks_to_text(b[2], lang)
            out.append("_" * 32 + "\n" + b[1] + "\n\n" + inner)
        elif k == "fwd":
            inner = blocks_to_text(b[2], lang)
            bar = ("-------- Message transféré --------" if lang == "fr"
                   else "---------- Forwarded message ---------")
            out.append(bar + "\n" + b[1] + "\n\n" + inner)
        elif k == "sig":
            out.append("-- \n" + b[1])
        elif k == "sig_plain":
            out.append(b[1])
    return "\n\n".join(out) + "\n"


def _h(s):
    return html.escape(s, quote=False).replace("\n", "<br>\n")


def blocks_to_html(blocks, lang, style):
    out = []
    pcls = ' class="MsoNormal"' if style == "outlook" else ""
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append(f"<p{pcls}>{_h(b[1])}</p>")
        elif k == "pre":
            out.append(f"<pre>{html.escape(b[1], quote=False)}</pre>")
        elif k == "table":
            rows = ["<tr>" + "".join(f"<th>{_h(str(h))}</th>" for h in b[1])
                    + "</tr>"]
            for r in b[2]:
                rows.append("<tr>" + "".join(f"<td>{_h(str(v))}</td>"
                                             for v in r) + "</tr>")
            out.append('<table border="1" cellspacing="0" cellpadding="3" '
                       'style="border-collapse:collapse;font-size:10pt">\n'
                       + "\n".join(rows) + "\n</table>")
        elif k == "quote":
            out.append(f"<div>{_h(b[1])}</div>\n<blockquote style=\"margin:0 0 "
                       f"0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">\n"
                       + blocks_to_html(b[2], lang, style) + "\n</blockquote>")
        elif k == "outlook":
            out.append('<div style="border:none;border-top:solid #E1E1E1 1pt;'
                       f'padding:3pt 0 0 0"><p{pcls}>{_h(b[1])}</p></div>\n'
                       + blocks_to_html(b[2], lang, style))
        elif k == "fwd":
            bar = ("-------- Message transféré --------" if lang == "fr"
                   else "---------- Forwarded message ---------")
            out.append(f"<div>{bar}<br>\n{_h(b[1])}</div><br>\n"
                       + blocks_to_html(b[2], lang, style))
        elif k in ("sig", "sig_plain"):
            out.append(f'<div style="color:#555;font-size:9pt">{_h(b[1])}</div>')
    return "\n".join(out)


def html_doc(inner, charset, style):
    if style == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n'
                f'<head><meta http-equiv="Content-Type" content="text/html; '
                f'charset={charset}">\n<style>p.MsoNormal{{margin:0cm;'
                'font-size:11pt;font-family:Calibri,sans-serif}</style>'
                '</head>\n<body lang="FR-CA"><div class="WordSection1">\n'
                + inner + "\n</div></body></html>\n")
    if style == "gmail":
        return '<div dir="ltr">\n' + inner + "\n</div>\n"
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"" + charset +
            "\"></head><body style=\"font-family:Arial,sans-serif;"
            "font-size:10pt\">\n" + inner + "\n</body></html>\n")


# ---------------------------------------------------------------- parts


class Leaf:
    def __init__(self, ctype, data, charset=None, cte=None, filename=None,
                 disposition=None, fname_mode="plain", params=None):
        self.ctype, self.data, self.charset, self.cte = ctype, data, charset, cte
        self.filename, self.disposition = filename, disposition
        self.fname_mode, self.params = fname_mode, params or {}


class Multi:
    def __init__(self, subtype, parts, boundary):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary


class Embedded:
    def __init__(self, raw, filename=None, fname_mode="plain"):
        self.raw, self.filename, self.fname_mode = raw, filename, fname_mode


def _param(key, val, mode):
    if _is_ascii(val) and mode in ("plain", "rfc2231"):
        if mode == "rfc2231" and len(val) < 40:
            return f'{key}="{val}"'
        if mode == "plain":
            return f'{key}="{val}"'
    if mode == "rfc2047":
        return f'{key}="' + enc_words(val, "utf-8", "Q").replace("\n ", " ") + '"'
    q = urllib.parse.quote(val.encode("utf-8"), safe="")
    if len(q) <= 60:
        return f"{key}*=utf-8''{q}"
    toks, i = [], 0
    while i < len(q):
        n = 3 if q[i] == "%" else 1
        toks.append(q[i:i + n])
        i += n
    chunks, cur = [], ""
    for t in toks:
        if len(cur) + len(t) > 48:
            chunks.append(cur)
            cur = ""
        cur += t
    chunks.append(cur)
    out = []
    for n, c in enumerate(chunks):
        pre = "utf-8''" if n == 0 else ""
        out.append(f"{key}*{n}*={pre}{c}")
    return ";\n ".join(out)


def _encode_body(data, cte):
    """data: bytes (already in charset). Returns bytes with LF line ends."""
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if not data.endswith(b"\n"):
        data += b"\n"
    return data


def render_part(p):
    """Return bytes (LF line ends) of a part including its headers."""
    if isinstance(p, Multi):
        h = f'Content-Type: multipart/{p.subtype};\n boundary="{p.boundary}"\n\n'
        body = b""
        if p.subtype == "mixed":
            body += b"This is a multi-part message in MIME format.\n\n"
        for sub in p.parts:
            body += f"--{p.boundary}\n".encode() + render_part(sub) + b"\n"
        body += f"--{p.boundary}--\n".encode()
        return h.encode() + body
    if isinstance(p, Embedded):
        eight = any(b > 127 for b in p.raw)
        h = "Content-Type: message/rfc822"
        if p.filename:
            h += ";\n " + _param("name", p.filename, p.fname_mode)
        h += "\nContent-Transfer-Encoding: " + ("8bit" if eight else "7bit")
        h += "\nContent-Disposition: attachment"
        if p.filename:
            h += ";\n " + _param("filename", p.filename, p.fname_mode)
        raw = p.raw if p.raw.endswith(b"\n") else p.raw + b"\n"
        return (h + "\n\n").encode() + raw
    ct = p.ctype
    if p.charset:
        q = '"' if p.params.get("_quote_cs", True) else ""
        ct += f"; charset={q}{p.charset}{q}"
    for k, v in p.params.items():
        if not k.startswith("_"):
            ct += f"; {k}={v}"
    lines = []
    if p.filename:
        lines.append("Content-Type: " + ct + ";\n " +
                     _param("name", p.filename, p.fname_mode))
    else:
        lines.append("Content-Type: " + ct)
    lines.append("Content-Transfer-Encoding: " + p.cte)
    if p.disposition:
        d = "Content-Disposition: " + p.disposition
        if p.filename:
            d += ";\n " + _param("filename", p.filename, p.fname_mode)
        lines.append(d)
    data = p.data
    if isinstance(data, str):
        data = data.replace("\r\n", "\n").encode(p.charset or "utf-8")
    return ("\n".join(lines) + "\n\n").encode() + _encode_body(data, p.cte)


def text_leaf(text, charset, cte, subtype="plain", filename=None,
              disposition=None, fname_mode="plain", extra=None):
    data = text.replace("\r\n", "\n").encode(charset)
    if cte == "7bit" and any(b > 127 for b in data):
        cte = "8bit"
    if cte == "8bit" and all(b < 128 for b in data):
        cte = "7bit"
    params = dict(extra or {})
    return Leaf(f"text/{subtype}", data, charset, cte, filename, disposition,
                fname_mode, params)


def render_message(headers, root, eol="\n"):
    """headers: list of already-formatted header strings (LF folded)."""
    h = "\n".join(headers) + "\nMIME-Version: 1.0\n"
    raw = h.encode("ascii") + render_part(root)
    if eol == "\r\n":
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def msgid(tag, rng):
    return f"<{tag}.{rng.getrandbits(48):012x}@{DOM}>"
