"""MIME assembly with varied transports: charsets, transfer encodings, RFC 2047 headers,
RFC 2231 file names, plain / HTML-only / alternative / mixed / message-rfc822, LF or CRLF."""
import base64
import email.utils
import hashlib
import html
import html.entities
import quopri
import urllib.parse
from email.header import Header


class Att:
    """An attachment. `data` is bytes (binary / eml) or str (text types, encoded with `charset`)."""

    def __init__(self, filename, ctype, data, charset=None):
        self.filename, self.ctype, self.data, self.charset = filename, ctype, data, charset


def _encodable(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def _choose_charset(ctx, text, prefer=None):
    if prefer and _encodable(text, prefer):
        return prefer
    if text.isascii():
        return ctx.pick(["us-ascii", "us-ascii", "utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    opts = [cs for cs in ("utf-8", "utf-8", "utf-8", "iso-8859-1", "windows-1252") if _encodable(text, cs)]
    return ctx.pick(opts)


def _cte_encode(ctx, raw, is_ascii, eol, force=None):
    longest = max((len(l) for l in raw.split(b"\n")), default=0)
    if force:
        cte = force
    else:
        opts = (["7bit", "7bit", "quoted-printable", "base64"] if is_ascii
                else ["8bit", "8bit", "quoted-printable", "quoted-printable", "base64"])
        if longest > 900:
            opts = ["quoted-printable", "base64"]
        cte = ctx.pick(opts)
    if cte == "base64":
        canon = raw.replace(b"\n", eol.encode())
        return cte, base64.encodebytes(canon)
    if cte == "quoted-printable":
        return cte, quopri.encodestring(raw)
    return cte, raw if raw.endswith(b"\n") else raw + b"\n"


def text_part(ctx, text, subtype, eol, prefer_cs=None):
    cs = _choose_charset(ctx, text, prefer_cs)
    raw = text.encode(cs)
    cte, body = _cte_encode(ctx, raw, raw.isascii(), eol)
    q = ctx.pick(['"%s"', "%s"])
    ct = f"Content-Type: text/{subtype}; charset={q % cs}"
    if subtype == "plain" and ctx.chance(0.15):
        ct += "; format=flowed"
    return [ct, f"Content-Transfer-Encoding: {cte}"], body


# --------------------------------------------------------------------------- HTML rendering
def _entities(s, mode):
    if mode == "raw":
        return s
    out = []
    for ch in s:
        cp = ord(ch)
        if cp < 128:
            out.append(ch)
        elif mode == "named" and cp in html.entities.codepoint2name:
            out.append(f"&{html.entities.codepoint2name[cp]};")
        else:
            out.append(f"&#{cp};")
    return "".join(out)


def to_html(ctx, text, extra_html=None):
    """Render a plain-text mail body into a plausible HTML body. `extra_html` replaces a line '[[TABLE]]'."""
    mode = ctx.pick(["raw", "raw", "named", "numeric"])
    font = ctx.pick(["Calibri, sans-serif", "Arial, Helvetica, sans-serif", "Aptos, sans-serif",
                     "'Segoe UI', sans-serif", "Verdana, sans-serif"])
    blocks = text.split("\n\n")
    out = []
    in_sig = False
    for blk in blocks:
        if blk.strip() == "[[TABLE]]" and extra_html is not None:
            out.append(_entities(extra_html, mode))
            continue
        lines = blk.split("\n")
        if lines and lines[0].startswith("-- "):
            in_sig = True
        if all(l.startswith(">") for l in lines if l.strip()) and any(l.strip() for l in lines):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append('<blockquote style="border-left:2px solid #999;margin-left:4px;padding-left:8px">'
                       + _entities(inner, mode) + "</blockquote>")
            continue
        inner = "<br>\n".join(html.escape(l) for l in lines)
        inner = _entities(inner, mode)
        if in_sig:
            out.append(f'<p style="font-size:9pt;color:#555555">{inner}</p>')
        else:
            out.append(f"<p>{inner}</p>")
    head = ""
    if ctx.chance(0.4):
        head = '<head><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>\n'
    elif ctx.chance(0.3):
        head = "<head><style>p{margin:0 0 8pt 0}</style></head>\n"
    return (f"<html>\n{head}<body>\n<div style=\"font-family:{font};font-size:11pt\">\n"
            + "\n".join(out) + "\n</div>\n</body>\n</html>\n")


def html_table(rows, header=True):
    """rows: list of lists of str -> HTML table markup (escaped, unicode kept)."""
    parts = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        parts.append("<tr>" + "".join(f"<{tag}>{html.escape(str(c))}</{tag}>" for c in r) + "</tr>")
    parts.append("</table>")
    return "\n".join(parts)


def text_table(rows, sep=" | "):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(sep.join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)


# --------------------------------------------------------------------------- headers
def enc_header(ctx, value, name="Subject"):
    if value.isascii():
        return value
    cs = ctx.pick(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    if not _encodable(value, cs):
        cs = "utf-8"
    return Header(value, cs, header_name=name).encode(linesep="\n")


def fmt_addr(ctx, name, addr):
    if not name:
        return addr
    if name.isascii():
        if any(ch in name for ch in ',.()"\''):
            return f'"{name}" <{addr}>'
        return ctx.pick([f'"{name}" <{addr}>', f"{name} <{addr}>"])
    return f"{enc_header(ctx, name, 'From')} <{addr}>"


def _param_filename(ctx, fn, key="filename"):
    if fn.isascii() and ctx.chance(0.85):
        if len(fn) > 60 and ctx.chance(0.5):
            chunks = [fn[i:i + 30] for i in range(0, len(fn), 30)]
            return ";\n\t".join(f'{key}*{i}="{c}"' for i, c in enumerate(chunks))
        return f'{key}="{fn}"'
    style = ctx.rng.randrange(4)
    cs = "utf-8" if style != 1 or not _encodable(fn, "iso-8859-1") else "iso-8859-1"
    enc = urllib.parse.quote(fn.encode(cs), safe="")
    if style in (0, 1):
        return f"{key}*={cs}''{enc}"
    if style == 2:
        chunks, cur = [], ""
        i = 0
        while i < len(enc):
            step = 3 if enc[i] == "%" else 1
            cur += enc[i:i + step]
            i += step
            if len(cur) >= 36:
                chunks.append(cur)
                cur = ""
        if cur:
            chunks.append(cur)
        parts = [f"{key}*0*={cs}''{chunks[0]}"] + [f"{key}*{i}*={c}" for i, c in enumerate(chunks[1:], 1)]
        return ";\n\t".join(parts)
    # Outlook-style RFC 2047 inside quotes
    return f'{key}="{Header(fn, "utf-8").encode(maxlinelen=998)}"'


def att_part(ctx, att, eol):
    ctype = att.ctype
    disp = "attachment"
    params = ""
    if isinstance(att.data, str):
        cs = att.charset or _choose_charset(ctx, att.data)
        raw = att.data.encode(cs)
        cte, body = _cte_encode(ctx, raw, raw.isascii(), eol,
                                force=None if ctype != "text/calendar" else ctx.pick(
                                    ["base64", "quoted-printable", "8bit" if not raw.isascii() else "7bit"]))
        q = ctx.pick(['"%s"', "%s"])
        params = "; charset=" + (q % cs)
    elif ctype == "message/rfc822":
        cte = "7bit" if att.data.isascii() else "8bit"
        body = att.data if att.data.endswith(b"\n") else att.data + b"\n"
    else:
        cte = "base64"
        body = base64.encodebytes(att.data)
    if ctype == "text/calendar":
        params += "; method=REQUEST"
    hdrs = []
    name_param = _param_filename(ctx, att.filename, "name") if ctx.chance(0.6) else None
    hdrs.append(f"Content-Type: {ctype}{params}" + (f";\n\t{name_param}" if name_param else ""))
    hdrs.append(f"Content-Disposition: {disp};\n\t{_param_filename(ctx, att.filename)}")
    hdrs.append(f"Content-Transfer-Encoding: {cte}")
    return hdrs, body


# --------------------------------------------------------------------------- assembly
def _ser(hdrs, body):
    return ("\n".join(hdrs)).encode("ascii") + b"\n\n" + body


def _boundary(ctx, tag):
    h = hashlib.sha1(f"{tag}-{ctx.rng.random()}".encode()).hexdigest()
    return ctx.pick([f"----=_NextPart_000_{h[:4].upper()}_{h[4:12].upper()}", f"_000_{h[:24]}_",
                     f"b1_{h[:32]}", f"=_{h[:20]}"])


def _multipart(ctx, subtype, parts, preamble=False):
    b = _boundary(ctx, subtype)
    out = b""
    if preamble:
        out += b"This is a multi-part message in MIME format.\n\n"
    for hdrs, body in parts:
        out += b"--" + b.encode() + b"\n" + _ser(hdrs, body)
        if not out.endswith(b"\n"):
            out += b"\n"
    out += b"--" + b.encode() + b"--\n"
    return [f'Content-Type: multipart/{subtype};\n\tboundary="{b}"'], out


MAILERS = ["Microsoft Outlook 16.0", "Microsoft Exchange Server 2019", "Zimbra 10.0.6_GA (ZimbraWebClient - FF128)",
           "Mozilla Thunderbird 128.3.1", "Apple Mail (2.3826)", None, None]


def build(ctx, spec, eol=None):
    """spec: dict(frm=(name, addr), to=[(name, addr)], cc=[...], subject, date, text, html=None,
    table_html=None, atts=[Att], body_mode=None, extra=[(hdr, value)], lang) -> bytes"""
    eol = eol or ctx.pick(["\n", "\n", "\r\n"])
    text = spec["text"]
    plain = text.replace("[[TABLE]]", spec.get("table_text", ""))
    mode = spec.get("body_mode") or ctx.pick(["plain", "plain", "html", "alt", "alt"])
    if mode == "plain":
        body = text_part(ctx, plain, "plain", eol)
    else:
        h = spec.get("html") or to_html(ctx, text, spec.get("table_html"))
        hp = text_part(ctx, h, "html", eol)
        if mode == "html":
            body = hp
        else:
            tp = text_part(ctx, plain, "plain", eol)
            body = _multipart(ctx, "alternative", [tp, hp])
    atts = spec.get("atts") or []
    if atts:
        parts = [body] + [att_part(ctx, a, eol) for a in atts]
        top_hdrs, top_body = _multipart(ctx, "mixed", parts, preamble=ctx.chance(0.4))
    else:
        top_hdrs, top_body = body
    hdrs = []
    fn, fa = spec["frm"]
    hdrs.append(f"From: {fmt_addr(ctx, fn, fa)}")
    hdrs.append("To: " + ",\n\t".join(fmt_addr(ctx, n, a) for n, a in spec["to"]))
    if spec.get("cc"):
        hdrs.append("Cc: " + ",\n\t".join(fmt_addr(ctx, n, a) for n, a in spec["cc"]))
    hdrs.append(f"Subject: {enc_header(ctx, spec['subject'])}")
    hdrs.append(f"Date: {email.utils.format_datetime(spec['date'])}")
    dom = fa.split("@")[1]
    mid = hashlib.sha1(f"{spec['subject']}|{spec['date']}|{ctx.rng.random()}".encode()).hexdigest()
    hdrs.append(f"Message-ID: <{mid[:16].upper()}.{mid[16:24]}@{dom}>")
    for k, v in spec.get("extra") or []:
        hdrs.append(f"{k}: {v}")
    if spec.get("lang"):
        hdrs.append(f"Content-Language: {'fr-CA' if spec['lang'] == 'fr' else 'en-CA'}")
    mailer = ctx.pick(MAILERS)
    if mailer:
        hdrs.append(f"X-Mailer: {mailer}")
    hdrs.append("MIME-Version: 1.0")
    data = _ser(hdrs + top_hdrs, top_body)
    if eol == "\r\n":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def build_inner(ctx, spec):
    """A message to be attached as message/rfc822 (LF endings; the outer build converts)."""
    return build(ctx, spec, eol="\n")
