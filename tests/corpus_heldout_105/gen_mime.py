"""Step 2 - message model and hand-written MIME serialiser.

The serialiser is written by hand (instead of email.generator) so that every
transport detail is chosen explicitly and deterministically: charset, content
transfer encoding, RFC 2047 headers, RFC 2231 file names, boundaries and the
line-ending convention of the whole file.
"""
import base64
import binascii
import html
import html.entities
import quopri
import re
import struct
import textwrap
import zlib
from email.utils import format_datetime


# ------------------------------------------------------------------ body model
class Table:
    def __init__(self, headers, rows, fmt=None):
        self.headers = list(headers) if headers else None
        self.rows = [list(map(str, r)) for r in rows]
        self.fmt = fmt


class Quote:
    """Quoted or forwarded earlier message inside a body."""

    def __init__(self, style, lang, who, when, blocks, to=None, subject=None):
        self.style = style  # gt | outlook | fwd
        self.lang = lang
        self.who = who      # (name, addr)
        self.when = when    # datetime
        self.blocks = blocks
        self.to = to
        self.subject = subject


class Sig:
    def __init__(self, lines, dashes=None):
        self.lines = list(lines)
        self.dashes = dashes


class Att:
    def __init__(self, filename, ctype, data, charset=None, fname_mode=None, disposition="attachment", cte=None):
        self.filename = filename
        self.ctype = ctype
        self.data = data
        self.charset = charset
        self.fname_mode = fname_mode
        self.disposition = disposition
        self.cte = cte


class Mail:
    def __init__(self, sender, to, subject, date, blocks, lang, cc=None, atts=None, emls=None,
                 style=None, headers=None, msgid_domain=None, in_reply_to=None, html_only_markup=None,
                 logo=False, eml_names=None):
        self.sender = sender
        self.to = to
        self.cc = cc or []
        self.subject = subject
        self.date = date
        self.blocks = blocks
        self.lang = lang
        self.atts = atts or []
        self.emls = emls or []
        self.eml_names = eml_names or []
        self.style = style
        self.headers = headers or []
        self.msgid_domain = msgid_domain or sender[1].split("@")[-1]
        self.in_reply_to = in_reply_to
        self.logo = logo


# -------------------------------------------------------------- text rendering
BOLD = re.compile(r"\*\*(.+?)\*\*")


def _plain(s):
    return BOLD.sub(r"\1", s)


def _quote_intro_text(q):
    name, addr = q.who
    if q.style == "gt":
        if q.lang == "fr":
            d = q.when.strftime("%Y-%m-%d à %H:%M")
            return [f"Le {d}, {name} <{addr}> a écrit :"]
        d = q.when.strftime("%a, %b %d, %Y at %I:%M %p").replace(" 0", " ")
        return [f"On {d}, {name} <{addr}> wrote:"]
    if q.style == "outlook":
        to = "; ".join(n for n, a in (q.to or []))
        if q.lang == "fr":
            mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                    "novembre", "décembre"][q.when.month - 1]
            return ["", "_" * 32, f"De : {name} <{addr}>", f"Envoyé : {q.when.day} {mois} {q.when.year} {q.when:%H:%M}",
                    f"À : {to}", f"Objet : {q.subject or ''}", ""]
        return ["", "-----Original Message-----", f"From: {name} <{addr}>",
                f"Sent: {q.when.strftime('%A, %B %d, %Y %I:%M %p')}", f"To: {to}", f"Subject: {q.subject or ''}", ""]
    # fwd
    to = ", ".join(f"{n} <{a}>" for n, a in (q.to or []))
    if q.lang == "fr":
        return ["", "---------- Message transféré ---------", f"De : {name} <{addr}>",
                f"Date : {q.when.strftime('%Y-%m-%d %H:%M')}", f"Objet : {q.subject or ''}", f"À : {to}", ""]
    return ["", "---------- Forwarded message ---------", f"From: {name} <{addr}>",
            f"Date: {q.when.strftime('%a, %b %d, %Y at %I:%M %p')}", f"Subject: {q.subject or ''}", f"To: {to}", ""]


def table_text(t, fmt):
    rows = ([t.headers] if t.headers else []) + t.rows
    if fmt == "tab":
        return ["\t".join(r) for r in rows]
    if fmt == "semi":
        return [";".join(r) for r in rows]
    if fmt == "list":
        out = []
        for r in t.rows:
            out.append("- " + " — ".join(c for c in r if c))
        return out
    if fmt == "aligned":
        w = [max(len(r[i]) for r in rows if i < len(r)) for i in range(len(rows[0]))]
        out = []
        for k, r in enumerate(rows):
            out.append("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
            if k == 0 and t.headers:
                out.append("  ".join("-" * x for x in w))
        return out
    return [" | ".join(r) for r in rows]


def render_text(blocks, opts):
    lines = []
    for b in blocks:
        if isinstance(b, str):
            for para_line in _plain(b).split("\n"):
                if opts.get("wrap") and len(para_line) > 76:
                    lines.extend(textwrap.wrap(para_line, 72, break_long_words=False, break_on_hyphens=False))
                else:
                    lines.append(para_line)
            lines.append("")
        elif isinstance(b, Table):
            lines.extend(table_text(b, b.fmt or opts.get("table", "pipe")))
            lines.append("")
        elif isinstance(b, Sig):
            if b.dashes:
                lines.append("-- ")
            lines.extend(_plain(x) for x in b.lines)
            lines.append("")
        elif isinstance(b, Quote):
            inner = render_text(b.blocks, opts).rstrip("\n").split("\n")
            intro = _quote_intro_text(b)
            if b.style == "gt":
                lines.extend(intro)
                lines.extend(("> " + x) if x and not x.startswith(">") else (">" + x) for x in inner)
            else:
                lines.extend(intro)
                lines.extend(inner)
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


# -------------------------------------------------------------- html rendering
def _esc(s, ent):
    s = html.escape(s, quote=False)
    if ent == "raw":
        return s
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        elif ent == "named" and ord(ch) in html.entities.codepoint2name:
            out.append("&%s;" % html.entities.codepoint2name[ord(ch)])
        else:
            out.append("&#%d;" % ord(ch))
    return "".join(out)


def _inline(s, ent):
    parts = BOLD.split(s)
    out = []
    for i, p in enumerate(parts):
        e = _esc(p, ent).replace("\n", "<br>\n")
        out.append(f"<b>{e}</b>" if i % 2 else e)
    return "".join(out)


def render_html_blocks(blocks, opts):
    ent = opts.get("ent", "raw")
    tag = opts.get("ptag", "p")
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(f"<{tag}>{_inline(b, ent)}</{tag}>")
        elif isinstance(b, Table):
            rows = []
            if b.headers:
                rows.append("<tr>" + "".join(f"<th style=\"text-align:left\">{_esc(c, ent)}</th>" for c in b.headers) + "</tr>")
            for r in b.rows:
                rows.append("<tr>" + "".join(f"<td>{_esc(c, ent)}</td>" for c in r) + "</tr>")
            out.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">\n'
                       + "\n".join(rows) + "\n</table>")
        elif isinstance(b, Sig):
            out.append('<div style="color:#555555;font-size:9pt">' + ("-- <br>\n" if b.dashes else "")
                       + "<br>\n".join(_inline(x, ent) for x in b.lines) + "</div>")
        elif isinstance(b, Quote):
            intro = [x for x in _quote_intro_text(b) if x and not set(x) <= set("_-")]
            inner = render_html_blocks(b.blocks, opts)
            if b.style == "gt":
                out.append(f"<div>{_esc(intro[0], ent)}</div>\n"
                           '<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n'
                           + inner + "\n</blockquote>")
            else:
                hdr = "<br>\n".join(_bold_label(x, ent) for x in intro)
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                           f"<p style=\"font-size:10pt\">{hdr}</p></div>\n" + inner)
    return "\n".join(out)


def _bold_label(line, ent):
    if ":" in line and not line.startswith("-"):
        k, v = line.split(":", 1)
        return f"<b>{_esc(k, ent)}:</b>{_esc(v, ent)}"
    return _esc(line, ent)


def render_html(blocks, opts, charset, logo_cid=None):
    body = render_html_blocks(blocks, opts)
    font = opts.get("font", "Calibri, sans-serif")
    logo = f'<p><img src="cid:{logo_cid}" alt="logo" width="16" height="16"></p>\n' if logo_cid else ""
    if opts.get("htmlstyle") == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt;} --></style>\n</head>\n'
                f'<body lang="FR-CA" link="#0563C1"><div class="WordSection1" style="font-family:{font}">\n'
                + body.replace("<p>", '<p class="MsoNormal">') + "\n" + logo + "</div>\n</body>\n</html>\n")
    return ("<!DOCTYPE html>\n<html><head>"
            f'<meta charset="{charset}"></head>\n'
            f'<body><div dir="ltr" style="font-family:{font}">\n' + body + "\n" + logo + "</div></body></html>\n")


# ------------------------------------------------------------------ headers
def _q_encode(b):
    out = []
    for byte in b:
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif c.isalnum() and byte < 128 or c in "!*+-/":
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return "".join(out)


def encoded_words(text, charset, enc):
    """Split text into RFC 2047 encoded words of at most 75 characters."""
    words, cur = [], ""
    prefix = f"=?{charset}?{enc}?"

    def enc_len(s):
        b = s.encode(charset)
        return len(prefix) + 2 + (len(_q_encode(b)) if enc == "Q" else len(base64.b64encode(b)))

    for ch in text:
        if cur and enc_len(cur + ch) > 75:
            k = cur.rfind(" ")
            if k > 0:  # prefer to cut after a space, as most mailers do
                words.append(cur[:k + 1])
                cur = cur[k + 1:]
            else:
                words.append(cur)
                cur = ""
        cur += ch
    if cur:
        words.append(cur)
    res = []
    for w in words:
        b = w.encode(charset)
        payload = _q_encode(b) if enc == "Q" else base64.b64encode(b).decode()
        res.append(f"{prefix}{payload}?=")
    return res


def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _header_charset(s, rng):
    if _is_ascii(s):
        return "utf-8"
    try:
        s.encode("iso-8859-1")
        return rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    except UnicodeEncodeError:
        try:
            s.encode("windows-1252")
            return rng.choice(["utf-8", "utf-8", "windows-1252"])
        except UnicodeEncodeError:
            return "utf-8"


def encode_unstructured(s, rng, force=False):
    """Return list of header 'words' (joined later with folding whitespace)."""
    if _is_ascii(s) and not force:
        return s.split(" ") if len(s) > 70 else [s]
    cs = _header_charset(s, rng)
    enc = rng.choice(["B", "Q"])
    mode = rng.choice(["whole", "partial"])
    if mode == "partial" and not force:
        toks = s.split(" ")
        k = next(i for i, t in enumerate(toks) if not _is_ascii(t))
        raw = toks[:k]
        rest = " ".join(toks[k:])
        return raw + encoded_words(rest, cs, enc)
    return encoded_words(s, cs, enc)


def fold(name, words):
    line = name + ":"
    lines = []
    for w in words:
        if len(line) + 1 + len(w) > 76 and line != name + ":":
            lines.append(line)
            line = " " + w
        else:
            line += " " + w
    lines.append(line)
    return "\n".join(lines)


SPECIALS = set('()<>[]:;@\\,."')


def fmt_address(name, addr, rng):
    if not name:
        return [addr]
    if _is_ascii(name):
        if any(c in SPECIALS for c in name):
            return ['"' + name.replace('"', '\\"') + '"', f"<{addr}>"]
        return name.split(" ") + [f"<{addr}>"]
    cs, enc = _header_charset(name, rng), rng.choice(["B", "Q"])
    out, run = [], []
    for tok in name.split(" "):
        if not _is_ascii(tok) or any(c in SPECIALS for c in tok):
            run.append(tok)
            continue
        if run:
            out += encoded_words(" ".join(run), cs, enc)
            run = []
        out.append(tok)
    if run:
        out += encoded_words(" ".join(run), cs, enc)
    return out + [f"<{addr}>"]


def address_header(name, addrs, rng):
    words = []
    for i, (n, a) in enumerate(addrs):
        w = fmt_address(n, a, rng)
        if i < len(addrs) - 1:
            w[-1] += ","
        words.extend(w)
    return fold(name, words)


# --------------------------------------------------------- filename parameters
def _pct(b):
    return "".join(chr(x) if (chr(x).isalnum() and x < 128) or chr(x) in "-._~" else "%%%02X" % x for x in b)


def filename_params(fname, mode, rng, pname="filename"):
    """Return list of parameter strings for a file name."""
    if mode is None:
        mode = "plain" if _is_ascii(fname) else rng.choice(["2231", "2231", "2231cont", "2047"])
    if mode == "plain":
        if _is_ascii(fname):
            return [f'{pname}="{fname}"']
        mode = "2231"
    if mode == "2047":
        cs = "utf-8"
        return [f'{pname}="' + " ".join(encoded_words(fname, cs, "B")) + '"']
    cs = rng.choice(["utf-8", "utf-8", "iso-8859-1"])
    try:
        b = fname.encode(cs)
    except UnicodeEncodeError:
        cs, b = "utf-8", fname.encode("utf-8")
    lang = rng.choice(["", "fr", "en"]) if cs != "utf-8" else ""
    if mode == "2231":
        return [f"{pname}*={cs}'{lang}'{_pct(b)}"]
    # continuations: never split a %XX escape
    toks = re.findall(r"%[0-9A-F]{2}|.", _pct(b))
    chunks, cur = [], ""
    for t in toks:
        if len(cur) + len(t) > 30:
            chunks.append(cur)
            cur = ""
        cur += t
    if cur:
        chunks.append(cur)
    out = []
    for k, c in enumerate(chunks):
        out.append(f"{pname}*{k}*={cs}'{lang}'{c}" if k == 0 else f"{pname}*{k}*={c}")
    return out


def param_header(name, value, params):
    line = f"{name}: {value}"
    if not params:
        return line
    return line + ";" + ";".join("\n\t" + p for p in params)


# ------------------------------------------------------------------ encodings
def pick_charset(rng, text):
    if _is_ascii(text):
        return rng.choice(["us-ascii", "us-ascii", "utf-8", "iso-8859-1", "windows-1252"])
    c = ["utf-8", "utf-8", "utf-8"]
    try:
        text.encode("iso-8859-1")
        c += ["iso-8859-1", "iso-8859-1"]
    except UnicodeEncodeError:
        pass
    try:
        text.encode("windows-1252")
        c += ["windows-1252", "windows-1252"]
    except UnicodeEncodeError:
        pass
    return rng.choice(c)


def encode_body(rng, data, is_text_ascii, maxline, cte=None):
    """data: bytes with \\n line endings. Returns (cte, encoded bytes)."""
    if cte is None:
        if is_text_ascii and maxline <= 900:
            cte = rng.choice(["7bit", "7bit", "quoted-printable", "base64"])
        elif maxline <= 900:
            cte = rng.choice(["8bit", "8bit", "quoted-printable", "quoted-printable", "base64"])
        else:
            cte = rng.choice(["quoted-printable", "base64"])
    if cte in ("7bit", "8bit"):
        return cte, data if data.endswith(b"\n") else data + b"\n"
    if cte == "quoted-printable":
        enc = quopri.encodestring(data, quotetabs=False)
        return cte, enc if enc.endswith(b"\n") else enc + b"\n"
    return "base64", base64.encodebytes(data)


def text_part(rng, subtype, text, charset=None, cte=None, extra_params=None):
    charset = charset or pick_charset(rng, text)
    data = text.encode(charset)
    maxline = max((len(x) for x in data.split(b"\n")), default=0)
    cte, body = encode_body(rng, data, _is_ascii(text), maxline, cte)
    params = [f'charset="{charset}"' if rng.random() < 0.5 else f"charset={charset}"] + (extra_params or [])
    headers = [param_header("Content-Type", f"text/{subtype}", params), f"Content-Transfer-Encoding: {cte}"]
    return headers, body


def tiny_png(rgb):
    """A deterministic 16x16 single-colour PNG (logo placeholder)."""
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", binascii.crc32(t + d) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(rgb) * 16 for _ in range(16))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ------------------------------------------------------------------ rendering
class Part:
    def __init__(self, headers, body=None, children=None, boundary=None, preamble=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary
        self.preamble = preamble

    def bytes(self):
        out = "\n".join(self.headers).encode("ascii") + b"\n\n"
        if self.children is None:
            return out + self.body
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n"
        for c in self.children:
            out += b"--" + self.boundary.encode() + b"\n" + c.bytes()
            if not out.endswith(b"\n"):
                out += b"\n"
        out += b"--" + self.boundary.encode() + b"--\n"
        return out


def boundary(rng):
    style = rng.choice(["eq", "part", "hex", "apple"])
    h = "".join(rng.choice("0123456789abcdef") for _ in range(24))
    if style == "eq":
        return "===============%019d==" % rng.randint(10 ** 17, 10 ** 18)
    if style == "part":
        return f"----=_Part_{rng.randint(1000, 99999)}_{rng.randint(10 ** 8, 10 ** 9)}.{rng.randint(10 ** 12, 10 ** 13)}"
    if style == "apple":
        return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:].upper()}"
    return f"000000000000{h}"


def multipart(rng, subtype, children, extra=None):
    b = boundary(rng)
    params = [f'boundary="{b}"'] + (extra or [])
    pre = rng.choice([None, "This is a multi-part message in MIME format."]) if subtype == "mixed" else None
    return Part([param_header("Content-Type", f"multipart/{subtype}", params)], children=children, boundary=b,
                preamble=pre)


def attachment_part(rng, att):
    mode = att.fname_mode
    disp = att.disposition
    fparams = filename_params(att.filename, mode, rng) if att.filename else []
    nparams = filename_params(att.filename, mode if mode != "2231cont" else "2231", rng, "name") if att.filename else []
    if isinstance(att.data, str):
        text = att.data.replace("\r\n", "\n")
        cs = att.charset or pick_charset(rng, text)
        data = text.encode(cs)
        maxline = max((len(x) for x in data.split(b"\n")), default=0)
        if att.cte == "base64":
            data = att.data.encode(cs)  # keep native CRLF inside base64
        cte, body = encode_body(rng, data, _is_ascii(text), maxline, att.cte)
        ct = param_header("Content-Type", att.ctype, [f'charset="{cs}"'] + (nparams if rng.random() < 0.6 else []))
    else:
        cte, body = "base64", base64.encodebytes(att.data)
        ct = param_header("Content-Type", att.ctype, nparams if rng.random() < 0.8 else [])
    headers = [ct, f"Content-Transfer-Encoding: {cte}", param_header("Content-Disposition", disp, fparams)]
    if rng.random() < 0.3:
        headers.reverse()
    return Part(headers, body=body)


def build_body(rng, mail, opts):
    style = mail.style
    text = render_text(mail.blocks, opts)
    parts = []
    logo = None
    if style in ("html", "alt") and mail.logo:
        logo = f"logo{rng.randint(1000, 9999)}@{mail.msgid_domain}"
    if style in ("plain", "alt"):
        h, b = text_part(rng, "plain", text,
                         extra_params=(["format=flowed"] if opts.get("flowed") else []))
        parts.append(Part(h, body=b))
    if style in ("html", "alt"):
        cs = None
        if opts.get("ent") != "raw":
            cs = rng.choice(["us-ascii", "utf-8", "iso-8859-1"])
        probe = render_html(mail.blocks, opts, "utf-8", logo)
        cs = cs or pick_charset(rng, probe)
        h, b = text_part(rng, "html", render_html(mail.blocks, opts, cs, logo), charset=cs)
        hp = Part(h, body=b)
        if logo:
            img = Part([param_header("Content-Type", "image/png", ['name="logo.png"']),
                        "Content-Transfer-Encoding: base64", f"Content-ID: <{logo}>",
                        param_header("Content-Disposition", "inline", ['filename="logo.png"'])],
                       body=base64.encodebytes(tiny_png((rng.randint(0, 255), 90, 160))))
            hp = multipart(rng, "related", [hp, img], ['type="text/html"'])
        parts.append(hp)
    if len(parts) == 2:
        return multipart(rng, "alternative", parts)
    return parts[0]


def render_part(mail, rng, top=True):
    """Render a Mail into a Part tree (headers include envelope headers)."""
    if mail.style is None:
        mail.style = rng.choices(["plain", "html", "alt"], [45, 17, 38])[0]
    opts = {
        "wrap": rng.random() < 0.35,
        "table": rng.choice(["pipe", "tab", "aligned", "aligned", "list", "semi"]),
        "ent": rng.choice(["raw", "raw", "raw", "named", "numeric"]),
        "ptag": rng.choice(["p", "p", "div"]),
        "font": rng.choice(["Calibri, sans-serif", "Arial, Helvetica, sans-serif", "Verdana", "'Segoe UI'"]),
        "htmlstyle": rng.choice(["outlook", "plain"]),
        "flowed": False,
    }
    body = build_body(rng, mail, opts)
    if mail.atts or mail.emls:
        children = [body]
        for a in mail.atts:
            children.append(attachment_part(rng, a))
        for k, e in enumerate(mail.emls):
            inner = render_part(e, rng, top=False)
            ib = inner.bytes()
            cte = "7bit" if max(ib) < 128 else "8bit"
            name = mail.eml_names[k] if k < len(mail.eml_names) else None
            hdrs = ["Content-Type: message/rfc822"]
            if rng.random() < 0.5 or name:
                hdrs.append(param_header("Content-Disposition", rng.choice(["attachment", "inline"]) if not name else "attachment",
                                         filename_params(name, None, rng) if name else []))
            if rng.random() < 0.5:
                hdrs.append(f"Content-Transfer-Encoding: {cte}")
            children.append(Part(hdrs, body=ib))
        body = multipart(rng, "mixed", children)
    env = []
    env.append(address_header("From", [mail.sender], rng))
    env.append(address_header("To", mail.to, rng))
    if mail.cc:
        env.append(address_header("Cc", mail.cc, rng))
    env.append(fold("Subject", encode_unstructured(mail.subject, rng)))
    env.append("Date: " + format_datetime(mail.date))
    mid = "".join(rng.choice("0123456789ABCDEF") for _ in range(16))
    env.append(f"Message-ID: <{mid}.{rng.randint(1000, 9999)}@{mail.msgid_domain}>")
    if mail.in_reply_to:
        env.append(f"In-Reply-To: <{mail.in_reply_to}>")
        env.append(f"References: <{mail.in_reply_to}>")
    env.append("MIME-Version: 1.0")
    for h in mail.headers:
        k, v = h.split(":", 1)
        env.append(fold(k, encode_unstructured(v.strip(), rng)))
    if rng.random() < 0.4:
        env.append("Content-Language: " + ("fr-CA" if mail.lang == "fr" else "en-US"))
    body.headers = env + body.headers
    return body


def render(mail, rng):
    part = render_part(mail, rng)
    data = part.bytes()
    assert b"\r" not in data
    if rng.random() < 0.5:
        data = data.replace(b"\n", b"\r\n")
    return data
