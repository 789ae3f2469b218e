"""Hand-assembled MIME: body blocks -> text/html, parts, multiparts, headers.

All output is built with LF and converted to CRLF at the very end when asked,
so that the same message can be emitted with either line end.
"""
import base64
import email.charset
import email.header
import email.utils
import html
import quopri
import textwrap
import urllib.parse

# --------------------------------------------------------------------------
# Blocks -> plain text / HTML
# --------------------------------------------------------------------------
# ("p", text)                      paragraph, wrapped in plain text when wrap>0
# ("lines", [str, ...])            kept line by line
# ("table", header, rows)          header may be None
# ("quote", style, head_lines, blocks)   style: ">", "outlook", "fwd"
# ("sig", [str, ...])              signature, preceded by "-- " sometimes


def _table_plain(header, rows, style):
    allrows = ([header] if header else []) + rows
    allrows = [[str(c) for c in r] for r in allrows]
    if style == "tab":
        return ["\t".join(r) for r in allrows]
    if style == "pipe":
        return ["| " + " | ".join(r) + " |" for r in allrows]
    if style == "semi":
        return ["; ".join(r) for r in allrows]
    # padded columns
    n = max(len(r) for r in allrows)
    widths = [max(len(r[i]) if i < len(r) else 0 for r in allrows) for i in range(n)]
    out = []
    for k, r in enumerate(allrows):
        out.append("  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0 and header:
            out.append("  ".join("-" * w for w in widths))
    return out


def render_plain(blocks, wrap=76, table_style="pad", sig_dash=False):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "p":
            if wrap:
                out.extend(textwrap.wrap(b[1], width=wrap, break_long_words=False,
                                         break_on_hyphens=False) or [""])
            else:
                out.append(b[1])
            out.append("")
        elif kind == "lines":
            out.extend(b[1])
            out.append("")
        elif kind == "table":
            out.extend(_table_plain(b[1], b[2], table_style))
            out.append("")
        elif kind == "sig":
            if sig_dash:
                out.append("-- ")
            out.extend(b[1])
            out.append("")
        elif kind == "quote":
            style, head, inner = b[1], b[2], b[3]
            inner_txt = render_plain(inner, wrap=wrap, table_style=table_style).rstrip("\n").split("\n")
            if style == ">":
                out.extend(head)
                out.extend([("> " + ln) if ln else ">" for ln in inner_txt])
            elif style == "outlook":
                out.append("")
                out.extend(head)
                out.append("")
                out.extend(inner_txt)
            else:  # forward
                out.extend(head)
                out.append("")
                out.extend(inner_txt)
            out.append("")
        else:
            raise ValueError(kind)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def _esc(s):
    return html.escape(s, quote=False)


def render_html_body(blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "p":
            out.append(f"<p>{_esc(b[1])}</p>")
        elif kind == "lines":
            out.append("<p>" + "<br>\n".join(_esc(x) for x in b[1]) + "</p>")
        elif kind == "table":
            rows = []
            if b[1]:
                rows.append("<tr>" + "".join(f"<th style=\"border:1px solid #999;padding:2px 6px\">{_esc(str(c))}</th>" for c in b[1]) + "</tr>")
            for r in b[2]:
                rows.append("<tr>" + "".join(f"<td style=\"border:1px solid #999;padding:2px 6px\">{_esc(str(c))}</td>" for c in r) + "</tr>")
            out.append("<table style=\"border-collapse:collapse;font-size:10pt\">\n" + "\n".join(rows) + "\n</table>")
        elif kind == "sig":
            out.append("<p style=\"color:#555;font-size:9pt\">" + "<br>\n".join(_esc(x) for x in b[1]) + "</p>")
        elif kind == "quote":
            style, head, inner = b[1], b[2], b[3]
            hd = "<br>\n".join(_esc(x) for x in head if x)
            if style == ">":
                out.append(f"<div>{hd}</div>\n<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">\n" + render_html_body(inner) + "\n</blockquote>")
            else:
                out.append("<hr>\n<div style=\"font-size:10pt\">" + hd + "</div>\n" + render_html_body(inner))
        else:
            raise ValueError(kind)
    return "\n".join(out)


def render_html(blocks, lang):
    font = "Calibri, sans-serif" if lang == "en" else "Aptos, Calibri, sans-serif"
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html\">\n</head>\n"
            f"<body style=\"font-family:{font};font-size:11pt\">\n" + render_html_body(blocks) +
            "\n</body>\n</html>\n")


# --------------------------------------------------------------------------
# Encoding helpers
# --------------------------------------------------------------------------

def encodable(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def pick_charset(text, pref):
    if pref == "us-ascii":
        if encodable(text, "ascii"):
            return "us-ascii"
        pref = "utf-8"
    if pref == "iso-8859-1" and not encodable(text, "iso-8859-1"):
        pref = "windows-1252"
    if pref == "windows-1252" and not encodable(text, "cp1252"):
        pref = "utf-8"
    return pref


def _pycs(cs):
    return {"us-ascii": "ascii", "windows-1252": "cp1252"}.get(cs, cs)


def encode_body(data, cte, eol):
    """data: bytes with LF line ends. Returns (cte, encoded bytes with LF)."""
    is_ascii = all(b < 128 for b in data)
    longest = max((len(x) for x in data.split(b"\n")), default=0)
    if cte in ("7bit", "8bit"):
        if longest > 900:
            cte = "quoted-printable"
        elif cte == "7bit" and not is_ascii:
            cte = "8bit"
        elif cte == "8bit" and is_ascii:
            cte = "7bit"
    if cte in ("7bit", "8bit"):
        return cte, data
    if cte == "quoted-printable":
        enc = quopri.encodestring(data)
        return cte, enc
    if cte == "base64":
        raw = data.replace(b"\n", eol.encode())
        return cte, base64.encodebytes(raw)
    raise ValueError(cte)


def header_words(value, cs, q=False):
    """RFC 2047 encode value if needed."""
    if all(ord(c) < 128 for c in value):
        return value
    if not encodable(value, _pycs(cs)):
        cs = "utf-8"
    c = email.charset.Charset(cs)
    if q:
        c.header_encoding = email.charset.QP
    return email.header.Header(value, c, maxlinelen=76).encode(linesep="\n")


def fmt_addr(name, addr, cs="utf-8", q=False):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if any(ch in name for ch in ",.;:()") :
            return f"\"{name}\" <{addr}>"
        return f"{name} <{addr}>"
    return f"{header_words(name, cs, q)} <{addr}>"


def fold(name, value):
    """Simple folding for long address lists."""
    line = f"{name}: {value}"
    if len(line) <= 78 or ", " not in value:
        return line
    parts = value.split(", ")
    out = [f"{name}: {parts[0]}"]
    for p in parts[1:]:
        if len(out[-1]) + len(p) + 2 > 76:
            out[-1] += ","
            out.append(" " + p)
        else:
            out[-1] += ", " + p
    return "\n".join(out)


# --------------------------------------------------------------------------
# Parts
# --------------------------------------------------------------------------

class Leaf:
    def __init__(self, headers, body):
        self.headers = headers  # list of raw header lines (already folded)
        self.body = body        # bytes, LF line ends

    def serialize(self):
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.body


class Multi:
    def __init__(self, subtype, parts, boundary, preamble=None, extra=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.extra = extra or []

    @property
    def headers(self):
        return [f"Content-Type: multipart/{self.subtype};\n\tboundary=\"{self.boundary}\""] + self.extra

    def serialize(self):
        out = ("\n".join(self.headers) + "\n\n").encode("ascii")
        out += self.body()
        return out

    def body(self):
        out = b""
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n\n"
        for p in self.parts:
            out += f"--{self.boundary}\n".encode("ascii") + p.serialize()
            if not out.endswith(b"\n"):
                out += b"\n"
        out += f"--{self.boundary}--\n".encode("ascii")
        return out


def text_leaf(text, subtype, charset, cte, eol, extra=None):
    cs = charset
    data = text.encode(_pycs(cs))
    cte, body = encode_body(data, cte, eol)
    hdr = [f"Content-Type: text/{subtype}; charset=\"{cs}\"", f"Content-Transfer-Encoding: {cte}"]
    return Leaf(hdr + (extra or []), body)


def _filename_params(filename, mode):
    """mode: ascii | 2231 | 2231cont | 2047"""
    if mode == "ascii" or all(ord(c) < 128 for c in filename) and mode != "2231cont":
        return f"name=\"{filename}\"", f"filename=\"{filename}\""
    if mode == "2047":
        w = header_words(filename, "utf-8").replace("\n", "")
        return f"name=\"{w}\"", f"filename=\"{w}\""
    enc = urllib.parse.quote(filename.encode("utf-8"), safe="")
    w2047 = header_words(filename, "utf-8").replace("\n", "")
    if mode == "2231cont" and len(enc) > 40:
        chunks = [enc[i:i + 40] for i in range(0, len(enc), 40)]
        # do not split inside a %XX escape
        fixed = []
        carry = ""
        for ch in chunks:
            ch = carry + ch
            carry = ""
            cut = ch.rfind("%")
            if cut >= len(ch) - 2 and cut != -1:
                carry = ch[cut:]
                ch = ch[:cut]
            fixed.append(ch)
        if carry:
            fixed.append(carry)
        segs = []
        for i, ch in enumerate(fixed):
            segs.append(f"filename*{i}*=utf-8''{ch}" if i == 0 else f"filename*{i}*={ch}")
        return f"name=\"{w2047}\"", ";\n\t".join(segs)
    return f"name=\"{w2047}\"", f"filename*=utf-8''{enc}"


def attach_leaf(data, ctype, filename, fname_mode="ascii", cte="base64", eol="\n",
                charset=None, inline=False):
    """data: bytes (binary) or str (text attachment)."""
    if isinstance(data, str):
        cs = charset or "utf-8"
        raw = data.replace("\r\n", "\n").encode(_pycs(cs))
        cte, body = encode_body(raw, cte, eol)
        ct = f"{ctype}; charset=\"{cs}\""
    else:
        body = base64.encodebytes(data)
        cte = "base64"
        ct = ctype
    np_, fp = _filename_params(filename, fname_mode)
    disp = "inline" if inline else "attachment"
    hdr = [f"Content-Type: {ct};\n\t{np_}", f"Content-Disposition: {disp};\n\t{fp}",
           f"Content-Transfer-Encoding: {cte}"]
    return Leaf(hdr, body)


def rfc822_leaf(msg_bytes, filename=None, fname_mode="ascii"):
    is_ascii = all(b < 128 for b in msg_bytes)
    hdr = ["Content-Type: message/rfc822" + (f";\n\t{_filename_params(filename, fname_mode)[0]}" if filename else ""),
           "Content-Transfer-Encoding: " + ("7bit" if is_ascii else "8bit")]
    if filename:
        hdr.append("Content-Disposition: attachment;\n\t" + _filename_params(filename, fname_mode)[1])
    return Leaf(hdr, msg_bytes if msg_bytes.endswith(b"\n") else msg_bytes + b"\n")


# --------------------------------------------------------------------------
# Whole message
# --------------------------------------------------------------------------
MAILERS = [
    "Microsoft Outlook 16.0", None, None, "Mozilla Thunderbird 115.8",
    "Apple Mail (2.3774)", None, "Microsoft Outlook 16.0",
]


def build_message(h, body_part, eol="\n"):
    """h: dict with frm (name, addr), to [(name, addr)], cc, subject, date, msgid,
    in_reply_to, references, subj_cs, subj_q, name_cs, name_q, mailer, lang, extra."""
    lines = []
    ncs, nq = h.get("name_cs", "utf-8"), h.get("name_q", False)
    lines.append("From: " + fmt_addr(h["frm"][0], h["frm"][1], ncs, nq))
    lines.append(fold("To", ", ".join(fmt_addr(n, a, ncs, nq) for n, a in h["to"])))
    if h.get("cc"):
        lines.append(fold("Cc", ", ".join(fmt_addr(n, a, ncs, nq) for n, a in h["cc"])))
    subj = h["subject"]
    if all(ord(c) < 128 for c in subj):
        enc = email.header.Header(subj, "us-ascii", maxlinelen=78, header_name="Subject").encode(linesep="\n")
    else:
        enc = header_words(subj, h.get("subj_cs", "utf-8"), h.get("subj_q", False))
    lines.append("Subject: " + enc)
    lines.append("Date: " + email.utils.format_datetime(h["date"]))
    lines.append("Message-ID: " + h["msgid"])
    if h.get("in_reply_to"):
        lines.append("In-Reply-To: " + h["in_reply_to"])
        lines.append("References: " + (h.get("references") or h["in_reply_to"]))
    lines.append("MIME-Version: 1.0")
    if h.get("mailer"):
        lines.append("X-Mailer: " + h["mailer"])
    if h.get("lang"):
        lines.append("Content-Language: " + ("fr-CA" if h["lang"] == "fr" else "en-CA"))
    for x in h.get("extra", []):
        lines.append(x)
    head = "\n".join(lines) + "\n"
    raw = head.encode("ascii") + body_part.serialize()
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if eol == "\r\n":
        raw = raw.replace(b"\n", b"\r\n")
    return raw
