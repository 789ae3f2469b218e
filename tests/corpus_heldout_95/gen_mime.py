"""A small, deterministic MIME writer.

It gives explicit control over structure (plain, HTML-only, alternative,
mixed, message/rfc822), charsets, transfer encodings, RFC 2047 headers,
RFC 2231 file names and line endings.
"""
import base64
import datetime as dt
import html
import html.entities
import quopri
import re
import urllib.parse

from gen_common import strip_accents


class Attachment:
    def __init__(self, filename, ctype, data, charset=None, inline=False, eml=False):
        self.filename = filename
        self.ctype = ctype
        self.data = data            # bytes (or str for textual parts)
        self.charset = charset
        self.inline = inline
        self.eml = eml              # True -> message/rfc822 part, data = message bytes


class Mail:
    def __init__(self, sender, to, subject, text, lang, cc=None, html_body=None, attachments=None,
                 mode=None, in_reply_to=None, date=None, extra_headers=None, reply_to=None, importance=None):
        self.sender = sender        # (name, email)
        self.to = to                # list of (name, email)
        self.cc = cc or []
        self.subject = subject
        self.text = text
        self.lang = lang
        self.html = html_body
        self.attachments = attachments or []
        self.mode = mode            # None / "plain" / "html" / "alt"
        self.in_reply_to = in_reply_to
        self.date = date
        self.extra_headers = extra_headers or []
        self.reply_to = reply_to
        self.importance = importance


# --------------------------------------------------------------------------
# Header encoding
# --------------------------------------------------------------------------

def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _q_encode(b):
    out = []
    for byte in b:
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif c.isalnum() and byte < 128:
            out.append(c)
        elif c in "!*+-/" and byte < 128:
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return "".join(out)


def encode_words(ctx, text, charset=None, enc=None, maxlen=40):
    """RFC 2047 encoded words, split on character boundaries, folded."""
    if charset is None:
        charset = ctx.pick(["utf-8", "utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    if enc is None:
        enc = ctx.pick(["B", "Q"])
    words = []
    chunk = ""
    for ch in text:
        cand = chunk + ch
        if len(cand.encode(charset)) > maxlen:
            words.append(chunk)
            chunk = ch
        else:
            chunk = cand
    if chunk:
        words.append(chunk)
    cs_label = charset.upper() if ctx.chance(0.3) else charset
    enc_words = []
    for w in words:
        b = w.encode(charset)
        if enc == "B":
            payload = base64.b64encode(b).decode("ascii")
        else:
            payload = _q_encode(b)
        enc_words.append("=?%s?%s?%s?=" % (cs_label, enc, payload))
    return "\n ".join(enc_words)


def header_text(ctx, text):
    if _is_ascii(text):
        return fold_ascii(text)
    return encode_words(ctx, text)


def fold_ascii(text, width=76):
    if len(text) <= width:
        return text
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def fmt_addr(ctx, name, email):
    if not name:
        return email
    if _is_ascii(name):
        if re.search(r'[,.;:()"@<>\[\]]', name):
            return '"%s" <%s>' % (name.replace('"', "'"), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (encode_words(ctx, name, maxlen=45), email)


def fmt_addr_list(ctx, addrs):
    return ",\n ".join(fmt_addr(ctx, n, e) for n, e in addrs)


# --------------------------------------------------------------------------
# HTML rendering of a text body
# --------------------------------------------------------------------------

def _entityize(s, mode):
    if mode == 0:
        return s
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        elif mode == 1:
            name = html.entities.codepoint2name.get(ord(ch))
            out.append("&%s;" % name if name else "&#%d;" % ord(ch))
        else:
            out.append("&#%d;" % ord(ch))
    return "".join(out)


def html_from_text(ctx, text, style=None, entity_mode=None, table=None):
    """table: optional (header_row, rows) rendered as an HTML table after the text."""
    style = style if style is not None else ctx.randint(0, 2)
    entity_mode = entity_mode if entity_mode is not None else ctx.pick([0, 0, 1, 2])
    blocks = re.split(r"\n\s*\n", text.strip("\n"))
    parts = []
    quote_open = False
    for blk in blocks:
        lines = blk.split("\n")
        is_quote = all(l.startswith(">") for l in lines)
        if is_quote:
            inner = "<br>\n".join(html.escape(l.lstrip(">").lstrip(" ")) for l in lines)
            if not quote_open:
                parts.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
                quote_open = True
            parts.append("<p>%s</p>" % inner)
            continue
        if quote_open:
            parts.append("</blockquote>")
            quote_open = False
        inner = "<br>\n".join(html.escape(l) for l in lines)
        if style == 0:
            parts.append('<p class="MsoNormal">%s</p>' % inner)
        elif style == 1:
            parts.append("<div>%s</div><div><br></div>" % inner)
        else:
            parts.append("<p>%s</p>" % inner)
    if quote_open:
        parts.append("</blockquote>")
    if table:
        head, rows = table
        t = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
        t.append("<tr>" + "".join("<th>%s</th>" % html.escape(h) for h in head) + "</tr>")
        for r in rows:
            t.append("<tr>" + "".join("<td>%s</td>" % html.escape(str(c)) for c in r) + "</tr>")
        t.append("</table>")
        parts.append("\n".join(t))
    body = "\n".join(parts)
    if style == 0:
        doc = ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
               '<meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%">\n'
               '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
               '</head>\n<body lang="FR-CA" link="#0563C1">\n<div class="WordSection1">\n@@BODY@@\n</div>\n</body>\n</html>\n'
               ).replace("@@BODY@@", body)
    elif style == 1:
        doc = '<div dir="ltr">\n' + body + '\n</div>\n'
    else:
        doc = ('<!DOCTYPE html>\n<html><head><meta charset="%CHARSET%"></head>\n'
               '<body style="font-family:Arial,sans-serif;font-size:13px">\n@@BODY@@\n</body></html>\n').replace("@@BODY@@", body)
    return _entityize(doc, entity_mode)


# --------------------------------------------------------------------------
# Part construction
# --------------------------------------------------------------------------

class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None):
        self.headers = headers
        self.body = body
        self.parts = parts
        self.boundary = boundary


def _choose_charset(ctx, text, prefer=None):
    order = [prefer] if prefer else []
    order.append(ctx.pick(["utf-8", "utf-8", "utf-8", "iso-8859-1", "windows-1252", "us-ascii"]))
    order += ["windows-1252", "utf-8"]
    for cs in order:
        try:
            return cs, text.encode(cs)
        except UnicodeEncodeError:
            continue
    raise AssertionError


def _encode_body(ctx, data, cte=None, textual=True):
    ascii_ok = all(b < 128 for b in data) and all(len(l) < 900 for l in data.split(b"\n"))
    if cte is None:
        if textual:
            cte = ctx.pick(["7bit", "7bit", "quoted-printable", "base64"]) if ascii_ok else \
                ctx.pick(["8bit", "8bit", "quoted-printable", "quoted-printable", "base64"])
        else:
            cte = "base64"
    if cte == "7bit" and not ascii_ok:
        cte = "8bit"
    if cte in ("7bit", "8bit"):
        body = data
        if not body.endswith(b"\n"):
            body += b"\n"
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
        if not body.endswith(b"\n"):
            body += b"\n"
    else:
        body = base64.encodebytes(data)
    return cte, body


def text_part(ctx, text, subtype="plain", charset=None, cte=None):
    cs, data = _choose_charset(ctx, text, charset)
    if subtype == "html":
        data = data.replace(b"%CHARSET%", cs.encode("ascii"))
    cte, body = _encode_body(ctx, data, cte)
    fmt = ""
    if subtype == "plain" and ctx.chance(0.15):
        fmt = "; format=flowed"
    q = ctx.chance(0.6)
    ct = 'text/%s; charset="%s"%s' % (subtype, cs, fmt) if q else "text/%s; charset=%s%s" % (subtype, cs, fmt)
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body)


def _pct(s, charset):
    return urllib.parse.quote(s.encode(charset), safe="")


def filename_params(ctx, filename, for_ct=False):
    """Return the parameter string for a file name (Content-Disposition or Content-Type name=)."""
    key = "name" if for_ct else "filename"
    if _is_ascii(filename):
        if re.fullmatch(r"[A-Za-z0-9_.\-]+", filename) and ctx.chance(0.3):
            return "%s=%s" % (key, filename)
        return '%s="%s"' % (key, filename)
    style = ctx.pick(["2231", "2231", "2231c", "2047"])
    if style == "2047":
        return '%s="%s"' % (key, " ".join(encode_words(ctx, filename, maxlen=60).split("\n ")))
    cs = "utf-8"
    if ctx.chance(0.25):
        try:
            filename.encode("iso-8859-1")
            cs = "iso-8859-1"
        except UnicodeEncodeError:
            pass
    enc = _pct(filename, cs)
    if style == "2231" or len(enc) < 40:
        return "%s*=%s''%s" % (key, cs, enc)
    # continuations, split on %XX boundaries
    pieces = []
    cur = ""
    i = 0
    while i < len(enc):
        tok = enc[i:i + 3] if enc[i] == "%" else enc[i]
        i += len(tok)
        if len(cur) + len(tok) > 30:
            pieces.append(cur)
            cur = tok
        else:
            cur += tok
    pieces.append(cur)
    out = []
    for n, pc in enumerate(pieces):
        if n == 0:
            out.append("%s*0*=%s''%s" % (key, cs, pc))
        else:
            out.append("%s*%d*=%s" % (key, n, pc))
    return ";\n ".join(out)


def attachment_part(ctx, att):
    if att.eml:
        disp = "inline" if att.inline else "attachment"
        hdrs = [("Content-Type", "message/rfc822")]
        if att.filename:
            hdrs.append(("Content-Disposition", "%s;\n %s" % (disp, filename_params(ctx, att.filename))))
        else:
            hdrs.append(("Content-Disposition", disp))
        data = att.data
        cte = "7bit" if all(b < 128 for b in data) else "8bit"
        hdrs.append(("Content-Transfer-Encoding", cte))
        return Part(hdrs, data if data.endswith(b"\n") else data + b"\n")
    textual = att.ctype.startswith("text/")
    data = att.data
    ct = att.ctype
    if textual:
        if isinstance(data, str):
            cs, data = _choose_charset(ctx, data, att.charset)
        else:
            cs = att.charset or "utf-8"
        ct += '; charset="%s"' % cs
        cte, body = _encode_body(ctx, data, ctx.pick([None, None, "base64"]), textual=True)
    else:
        cte, body = _encode_body(ctx, data, "base64", textual=False)
    if ctx.chance(0.7):
        ct += ";\n " + filename_params(ctx, att.filename, for_ct=True)
    disp = "inline" if att.inline else "attachment"
    cd = "%s;\n %s" % (disp, filename_params(ctx, att.filename))
    if ctx.chance(0.3):
        cd += ";\n size=%d" % len(data)
    return Part([("Content-Type", ct), ("Content-Disposition", cd), ("Content-Transfer-Encoding", cte)], body)


def _boundary(ctx):
    style = ctx.randint(0, 3)
    hexs = "".join(ctx.pick("0123456789abcdef") for _ in range(24))
    if style == 0:
        return "_000_%s_" % hexs.upper()
    if style == 1:
        return "000000000000%s" % hexs[:16]
    if style == 2:
        return "----=_Part_%d_%d.%d" % (ctx.randint(1000, 99999), ctx.randint(10 ** 8, 10 ** 9), ctx.randint(10 ** 12, 10 ** 13))
    return "Apple-Mail=_%s-%s-%s" % (hexs[:8].upper(), hexs[8:12].upper(), hexs[12:24].upper())


def multipart(ctx, subtype, parts):
    b = _boundary(ctx)
    return Part([("Content-Type", 'multipart/%s;\n boundary="%s"' % (subtype, b))], parts=parts, boundary=b)


def serialize(part):
    out = []
    for k, v in part.headers:
        out.append(("%s: %s\n" % (k, v)).encode("ascii"))
    out.append(b"\n")
    if part.parts is not None:
        if part.body:
            out.append(part.body)
        for sp in part.parts:
            out.append(("--%s\n" % part.boundary).encode("ascii"))
            out.append(serialize(sp))
            if not out[-1].endswith(b"\n"):
                out.append(b"\n")
        out.append(("--%s--\n" % part.boundary).encode("ascii"))
    else:
        out.append(part.body)
    return b"".join(out)


# --------------------------------------------------------------------------
# Whole message
# --------------------------------------------------------------------------

MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 115.8.0", "Apple Mail (2.3774.500.171.1.1)",
           "Roundcube Webmail/1.6.5", "Zimbra 9.0.0_GA", None, None]


def build(ctx, mail, crlf=None, top=True):
    """Return the message bytes."""
    lang = mail.lang
    mode = mail.mode or ctx.pick(["plain", "plain", "alt", "alt", "html"])
    body_parts = []
    if mode in ("html", "alt"):
        html_doc = mail.html if mail.html is not None else html_from_text(ctx, mail.text)
    if mode == "plain":
        body = text_part(ctx, mail.text)
    elif mode == "html":
        body = text_part(ctx, html_doc, "html")
    else:
        body = multipart(ctx, "alternative", [text_part(ctx, mail.text), text_part(ctx, html_doc, "html")])
    if mail.attachments:
        parts = [body] + [attachment_part(ctx, a) for a in mail.attachments]
        root = multipart(ctx, "mixed", parts)
        if ctx.chance(0.3):
            root.body = b"This is a multi-part message in MIME format.\n\n"
    else:
        root = body

    ctx.msg_counter += 1
    date = mail.date
    hdrs = []
    dom = mail.sender[1].split("@")[1]
    mid = "<%s.%d@%s>" % ("".join(ctx.pick("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(14)),
                          ctx.msg_counter, dom)
    tz = dt.timezone(dt.timedelta(hours=-4 if 3 < date.month < 11 else -5))
    from email.utils import format_datetime
    date_s = format_datetime(date.replace(tzinfo=tz))
    order = ctx.randint(0, 1)
    hdrs.append(("From", fmt_addr(ctx, *mail.sender)))
    if order == 0:
        hdrs.append(("To", fmt_addr_list(ctx, mail.to)))
        if mail.cc:
            hdrs.append(("Cc", fmt_addr_list(ctx, mail.cc)))
        hdrs.append(("Subject", header_text(ctx, mail.subject)))
        hdrs.append(("Date", date_s))
    else:
        hdrs.append(("Date", date_s))
        hdrs.append(("Subject", header_text(ctx, mail.subject)))
        hdrs.append(("To", fmt_addr_list(ctx, mail.to)))
        if mail.cc:
            hdrs.append(("Cc", fmt_addr_list(ctx, mail.cc)))
    if mail.reply_to:
        hdrs.append(("Reply-To", fmt_addr(ctx, *mail.reply_to)))
    hdrs.append(("Message-ID", mid))
    if mail.in_reply_to:
        hdrs.append(("In-Reply-To", mail.in_reply_to))
        hdrs.append(("References", mail.in_reply_to))
    if mail.importance:
        hdrs.append(("Importance", mail.importance))
    mailer = ctx.pick(MAILERS)
    if mailer:
        hdrs.append(("X-Mailer", mailer))
    for k, v in mail.extra_headers:
        hdrs.append((k, header_text(ctx, v)))
    if top or ctx.chance(0.5):
        hdrs.append(("MIME-Version", "1.0"))
    if ctx.chance(0.3):
        hdrs.append(("Content-Language", "fr-CA" if lang == "fr" else "en-CA"))
    root.headers = hdrs + root.headers
    data = serialize(root)
    if crlf is None:
        crlf = ctx.chance(0.5)
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def quote_block(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def ascii_safe_name(s):
    return re.sub(r"[^A-Za-z0-9_.\-]", "_", strip_accents(s))
