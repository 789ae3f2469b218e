"""Hand-assembled MIME: headers, encodings, multiparts.  Output is bytes."""
import base64
import html as htmlmod
import quopri
import urllib.parse
from email.utils import format_datetime

SPECIALS = set('()<>@,;:\\".[]')


# --------------------------------------------------------------------------
# RFC 2047 encoded words
# --------------------------------------------------------------------------
def _q_encode_char(ch, charset):
    b = ch.encode(charset)
    out = ""
    for byte in b:
        c = chr(byte)
        if c == " ":
            out += "_"
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out += c
        else:
            out += "=%02X" % byte
    return out


def encoded_words(text, charset="utf-8", mode="B", first_room=60):
    """Encode text as a list of encoded words, each at most 75 chars."""
    words, cur = [], ""
    prefix = f"=?{charset}?{mode}?"
    limit = 75 - len(prefix) - 2

    def enc(s):
        if mode == "B":
            return base64.b64encode(s.encode(charset)).decode("ascii")
        return "".join(_q_encode_char(ch, charset) for ch in s)

    for ch in text:
        if len(enc(cur + ch)) > limit:
            words.append(prefix + enc(cur) + "?=")
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(prefix + enc(cur) + "?=")
    return words


def fold_plain(name, value):
    """Fold an ASCII header value at spaces to keep lines <= 78."""
    line = name + ": "
    out = []
    for word in value.split(" "):
        if len(line) + len(word) + 1 > 78 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip())
            line = " " + word
        else:
            line = line + (" " if not line.endswith(": ") and not line == " " else "") + word
    out.append(line)
    return "\n".join(out)


def header_text(name, value, charset="utf-8", mode="B"):
    if value.isascii():
        return fold_plain(name, value)
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    words = encoded_words(value, charset, mode)
    return name + ": " + "\n ".join(words)


def fmt_addr(display, addr, charset="utf-8", mode="B"):
    if not display:
        return addr
    if not display.isascii():
        try:
            display.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        return " ".join(encoded_words(display, charset, mode)) + f" <{addr}>"
    if any(c in SPECIALS for c in display):
        return '"' + display.replace("\\", "\\\\").replace('"', '\\"') + f'" <{addr}>'
    return f"{display} <{addr}>"


def header_addrs(name, addrs, charset, mode):
    items = [fmt_addr(d, a, charset, mode) for d, a in addrs]
    line = name + ": "
    lines = []
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if len(line) + len(piece) > 78 and not line.endswith(": "):
            lines.append(line.rstrip())
            line = " " + piece + " "
        else:
            line += piece + " "
    lines.append(line.rstrip())
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Bodies
# --------------------------------------------------------------------------
def choose_charset(text, charset):
    if charset == "us-ascii" and not text.isascii():
        charset = "utf-8"
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return charset


def encode_body(data, cte):
    """data: bytes with LF line ends.  Returns bytes (LF line ends)."""
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        enc = quopri.encodestring(data)
        if not enc.endswith(b"\n"):
            enc += b"\n"
        return enc
    if not data.endswith(b"\n"):
        data += b"\n"
    return data


def text_part(text, subtype, charset, cte):
    charset = choose_charset(text, charset)
    if subtype == "html":
        text = text.replace("charset=utf-8", f"charset={charset}")
    data = text.encode(charset)
    if cte == "7bit" and not data.isascii():
        cte = "quoted-printable"
    if cte in ("7bit", "8bit") and max((len(l) for l in data.split(b"\n")), default=0) > 900:
        cte = "quoted-printable"
    if cte == "8bit" and data.isascii():
        cte = "7bit"
    hdr = [f'Content-Type: text/{subtype}; charset="{charset}"', f"Content-Transfer-Encoding: {cte}"]
    return hdr, encode_body(data, cte)


def text_to_html(text, lang="fr"):
    out = []
    quote_open = False
    for line in text.split("\n"):
        is_q = line.startswith(">")
        if is_q and not quote_open:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            quote_open = True
        if not is_q and quote_open:
            out.append("</blockquote>")
            quote_open = False
        content = line.lstrip("> ").rstrip() if is_q else line
        out.append(f"<div>{htmlmod.escape(content) if content.strip() else '<br>'}</div>")
    if quote_open:
        out.append("</blockquote>")
    body = "\n".join(out)
    return (f'<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'</head>\n<body>\n<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n{body}\n'
            f"</div>\n</body>\n</html>\n")


# --------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------
class Att:
    def __init__(self, data, ctype, filename=None, cte=None, charset=None, fn_style="auto",
                 disposition="attachment", ctype_params=""):
        self.data = data
        self.ctype = ctype
        self.filename = filename
        self.cte = cte
        self.charset = charset
        self.fn_style = fn_style
        self.disposition = disposition
        self.ctype_params = ctype_params


def _fn_params(key, fname, style):
    """Return a list of parameter strings for a file name."""
    if style == "auto":
        style = "plain" if fname.isascii() else "rfc2231"
    if style == "plain":
        return [f'{key}="{fname}"']
    if style == "rfc2047":
        return [f'{key}="' + " ".join(encoded_words(fname, "utf-8", "B")) + '"']
    # RFC 2231, with continuations when long
    enc = urllib.parse.quote(fname.encode("utf-8"), safe="")
    if len(enc) <= 50:
        return [f"{key}*=utf-8''{enc}"]
    chunks, i = [], 0
    while i < len(enc):
        j = min(i + 45, len(enc))
        # do not split a %XX escape
        while j < len(enc) and enc[j - 1] == "%" or (j < len(enc) and j >= 2 and enc[j - 2] == "%"):
            j += 1
        chunks.append(enc[i:j])
        i = j
    out = []
    for n, ch in enumerate(chunks):
        out.append(f"{key}*{n}*=" + ("utf-8''" if n == 0 else "") + ch)
    return out


def att_part(att):
    hdr = []
    cte = att.cte
    ct = att.ctype
    params = []
    if att.charset:
        params.append(f'charset="{att.charset}"')
    if att.ctype_params:
        params.append(att.ctype_params)
    if att.filename and att.fn_style in ("rfc2047", "plain", "auto") and ct != "message/rfc822":
        nm = att.filename
        style = att.fn_style if att.fn_style != "auto" else ("plain" if nm.isascii() else "rfc2047")
        if style == "rfc2047" or nm.isascii():
            params += _fn_params("name", nm, style)
    hdr.append("Content-Type: " + ct + "".join(";\n\t" + p for p in params))
    if ct == "message/rfc822":
        cte = cte or ("7bit" if att.data.isascii() else "8bit")
        body = att.data if att.data.endswith(b"\n") else att.data + b"\n"
    else:
        cte = cte or "base64"
        body = encode_body(att.data, cte)
    hdr.append(f"Content-Transfer-Encoding: {cte}")
    if att.filename:
        disp = att.disposition + "".join(";\n\t" + p for p in _fn_params("filename", att.filename, att.fn_style))
        hdr.append("Content-Disposition: " + disp)
    elif att.disposition == "inline":
        hdr.append("Content-Disposition: inline")
    return hdr, body


# --------------------------------------------------------------------------
# Whole message
# --------------------------------------------------------------------------
def _join(hdr, body):
    return "\n".join(hdr).encode("ascii") + b"\n\n" + body


def _multipart(subtype, boundary, parts, preamble=True):
    out = [f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"']
    body = b""
    if preamble:
        body += b"This is a multi-part message in MIME format.\n\n"
    for hdr, pbody in parts:
        body += f"--{boundary}\n".encode("ascii") + _join(hdr, pbody)
        if not body.endswith(b"\n"):
            body += b"\n"
    body += f"--{boundary}--\n".encode("ascii")
    return out, body


def build(spec, opts):
    """spec: dict(frm, to, cc, subject, date, msgid, extra, text, html, atts, layout, lang).
    opts: dict(charset, cte, crlf, mode, hcharset, boundary_seed, mailer)."""
    charset = opts["charset"]
    cte = opts["cte"]
    mode = opts["mode"]
    hcs = opts["hcharset"]
    bseed = opts["boundary_seed"]
    lang = spec.get("lang", "fr")

    text = spec.get("text")
    html = spec.get("html")
    layout = spec["layout"]
    if layout in ("html", "alt") and html is None:
        html = text_to_html(text, lang)
    html_cte = cte if cte != "7bit" else "quoted-printable"

    if layout == "plain":
        body_parts = [text_part(text, "plain", charset, cte)]
    elif layout == "html":
        body_parts = [text_part(html, "html", charset, html_cte)]
    else:
        body_parts = [text_part(text, "plain", charset, cte), text_part(html, "html", charset, html_cte)]

    if layout == "alt":
        body_hdr, body = _multipart("alternative", f"----=_NextPart_{bseed}_ALT", body_parts, preamble=False)
        body_entity = (body_hdr, body)
    else:
        body_entity = body_parts[0]

    atts = spec.get("atts") or []
    if atts:
        parts = [body_entity] + [att_part(a) for a in atts]
        top_hdr, top_body = _multipart("mixed", f"----=_NextPart_{bseed}_MIX", parts)
    else:
        top_hdr, top_body = body_entity

    H = []
    H.append(header_addrs("From", [spec["frm"]], hcs, mode))
    H.append(header_addrs("To", spec["to"], hcs, mode))
    if spec.get("cc"):
        H.append(header_addrs("Cc", spec["cc"], hcs, mode))
    H.append(header_text("Subject", spec["subject"], hcs, mode))
    H.append("Date: " + format_datetime(spec["date"]))
    H.append("Message-ID: " + spec["msgid"])
    for k, v in spec.get("extra", []):
        H.append(header_text(k, v, hcs, mode) if not v.isascii() else f"{k}: {v}")
    H.append("MIME-Version: 1.0")
    if opts.get("mailer"):
        H.append("X-Mailer: " + opts["mailer"])
    if opts.get("content_language"):
        H.append("Content-Language: " + ("fr-CA" if lang == "fr" else "en-CA"))
    H.extend(top_hdr)
    raw = _join(H, top_body)
    if opts.get("crlf"):
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw
