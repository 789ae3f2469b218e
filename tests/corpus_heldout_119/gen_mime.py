"""Hand-rolled MIME assembly so that every transport detail is under our control.

Supports: text/plain, HTML-only, multipart/alternative, multipart/mixed with
attachments, message/rfc822; charsets utf-8, us-ascii, iso-8859-1,
windows-1252; 7bit, 8bit, quoted-printable, base64; CRLF or LF; RFC 2047
encoded headers; RFC 2231 file names (simple and continued).
"""
import base64
import html as _html
import quopri
import re
import urllib.parse
from email.utils import format_datetime

PY_CODEC = {"utf-8": "utf-8", "us-ascii": "ascii", "iso-8859-1": "latin-1", "windows-1252": "cp1252"}


class Att:
    def __init__(self, filename, ctype, data, disposition="attachment", charset=None):
        self.filename = filename
        self.ctype = ctype
        self.data = data  # bytes, or str for text/* types
        self.disposition = disposition
        self.charset = charset


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def can_encode(s, charset):
    try:
        s.encode(PY_CODEC[charset])
        return True
    except UnicodeEncodeError:
        return False


# --------------------------------------------------------------------------
# RFC 2047
# --------------------------------------------------------------------------
_Q_SAFE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_char(c, codec):
    if c == " ":
        return "_"
    if c in _Q_SAFE:
        return c
    return "".join(f"={b:02X}" for b in c.encode(codec))


def encoded_words(text, charset="utf-8", method="Q", label=None):
    codec = PY_CODEC.get(charset, "utf-8")
    label = label or charset
    prefix, suffix = f"=?{label}?{method}?", "?="
    room = 75 - len(prefix) - len(suffix)
    words, cur = [], ""
    if method == "Q":
        for c in text:
            enc = _q_char(c, codec)
            if len(cur) + len(enc) > room and cur:
                words.append(cur)
                cur = ""
            cur += enc
        if cur:
            words.append(cur)
        return [prefix + w + suffix for w in words]
    chunk = ""
    for c in text:
        trial = chunk + c
        if len(base64.b64encode(trial.encode(codec))) > room and chunk:
            words.append(chunk)
            chunk = c
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    return [prefix + base64.b64encode(w.encode(codec)).decode("ascii") + suffix for w in words]


def enc_unstructured(value, rng, charset=None, method=None):
    """Value of Subject-like header; encoded only if non-ASCII."""
    if is_ascii(value):
        return value
    charset = charset or rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    if not can_encode(value, charset):
        charset = "utf-8"
    method = method or rng.choice(["Q", "B"])
    label = charset.upper() if rng.random() < 0.3 else charset
    # keep an ASCII prefix in clear text sometimes (as many mailers do)
    if rng.random() < 0.4:
        words = value.split(" ")
        k = 0
        while k < len(words) and is_ascii(words[k]):
            k += 1
        if 0 < k < len(words):
            head = " ".join(words[:k])
            tail = " ".join(words[k:])
            return head + "\n " + "\n ".join(encoded_words(tail, charset, method, label))
    return "\n ".join(encoded_words(value, charset, method, label))


def enc_addr(name, addr, rng):
    if not name:
        return addr
    if is_ascii(name):
        if any(ch in name for ch in ',.;:@()"'):
            return '"' + name.replace('"', '') + '" <' + addr + '>'
        return f"{name} <{addr}>"
    cs = rng.choice(["utf-8", "iso-8859-1", "utf-8"])
    if not can_encode(name, cs):
        cs = "utf-8"
    return " ".join(encoded_words(name, cs, rng.choice(["Q", "B"]))) + f" <{addr}>"


def addr_list(pairs, rng):
    return ",\n ".join(enc_addr(n, a, rng) for n, a in pairs)


# --------------------------------------------------------------------------
# bodies
# --------------------------------------------------------------------------
def _longest_line(data):
    return max((len(x) for x in data.split(b"\n")), default=0)


def encode_body(data, cte):
    if cte in ("7bit", "8bit"):
        return data
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return base64.encodebytes(data)


def choose_charset_cte(text, rng, charset=None, cte=None):
    if charset is None:
        if is_ascii(text):
            charset = rng.choice(["us-ascii", "utf-8", "utf-8", "iso-8859-1"])
        else:
            charset = rng.choice(["utf-8", "utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    if not can_encode(text, charset):
        charset = "windows-1252" if can_encode(text, "windows-1252") and rng.random() < 0.5 else "utf-8"
    data = text.encode(PY_CODEC[charset])
    if cte is None:
        if is_ascii(text):
            cte = rng.choice(["7bit", "7bit", "7bit", "quoted-printable", "base64"])
        else:
            cte = rng.choice(["8bit", "8bit", "quoted-printable", "quoted-printable", "base64"])
    if cte == "7bit" and not is_ascii(text):
        cte = "quoted-printable"
    if cte in ("7bit", "8bit") and _longest_line(data) > 900:
        cte = "quoted-printable"
    return charset, cte, data


def text_leaf(text, subtype, rng, charset=None, cte=None, extra_params=""):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    if subtype == "html":
        probe = choose_charset_cte(text, rng, charset, cte)[0]
        text = re.sub(r'charset=[A-Za-z0-9_-]+"', f'charset={probe}"', text)
        charset = probe
    charset, cte, data = choose_charset_cte(text, rng, charset, cte)
    label = charset.upper() if rng.random() < 0.25 else charset
    q = '"' if rng.random() < 0.5 else ""
    hdr = [f"Content-Type: text/{subtype}; charset={q}{label}{q}{extra_params}",
           f"Content-Transfer-Encoding: {cte}"]
    return hdr, encode_body(data, cte)


def text_to_html(text, rng, charset="utf-8"):
    paras = text.replace("\r\n", "\n").split("\n\n")
    font = rng.choice(["Calibri, sans-serif", "Arial, Helvetica, sans-serif", "Segoe UI, sans-serif", "Aptos, sans-serif"])
    out = ["<html>", "<head>", f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">', "</head>",
           f'<body style="font-family: {font}; font-size: 11pt;">']
    for p in paras:
        lines = [_html.escape(x, quote=False) for x in p.split("\n")]
        if rng.random() < 0.5:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
        else:
            out.append("<div>" + "<br>\n".join(lines) + "</div>\n<div><br></div>")
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out)


# --------------------------------------------------------------------------
# attachments
# --------------------------------------------------------------------------
def _filename_params(filename, rng):
    """(content-type param, disposition param) strings for a file name."""
    if is_ascii(filename):
        return f'; name="{filename}"', f'; filename="{filename}"'
    style = rng.choice(["2231", "2231cont", "2231cont", "2047"])
    if style == "2047":
        ew = "".join(encoded_words(filename, "utf-8", "B"))
        return f'; name="{ew}"', f'; filename="{ew}"'
    enc = urllib.parse.quote(filename.encode("utf-8"), safe="")
    ew = " ".join(encoded_words(filename, "utf-8", "Q"))
    if style == "2231":
        return f'; name="{ew}"', f"; filename*=utf-8''{enc}"
    # continuation, ~24 chars per segment, without splitting a %XX escape
    segs, i = [], 0
    while i < len(enc):
        j = min(i + 24, len(enc))
        while j < len(enc) and "%" in enc[j - 2:j]:
            j -= 1
        segs.append(enc[i:j])
        i = j
    parts = []
    for k, s in enumerate(segs):
        parts.append((f"filename*{k}*=utf-8''{s}") if k == 0 else f"filename*{k}*={s}")
    return f'; name="{ew}"', ";\n " + ";\n ".join(parts)


def att_leaf(att, rng):
    ct_param, disp_param = _filename_params(att.filename, rng) if att.filename else ("", "")
    if att.ctype == "message/rfc822":
        data = att.data.replace(b"\r\n", b"\n")
        cte = "7bit" if all(b < 128 for b in data) else "8bit"
        hdr = [f"Content-Type: message/rfc822{ct_param}", f"Content-Transfer-Encoding: {cte}"]
        if att.filename or att.disposition == "attachment":
            hdr.append(f"Content-Disposition: {att.disposition}{disp_param}")
        return hdr, data
    if isinstance(att.data, str):
        text = att.data
        maintype, sub = att.ctype.split("/", 1)
        charset, cte, data = choose_charset_cte(text, rng, att.charset,
                                                rng.choice(["base64", "quoted-printable", None, None]))
        sub_params = ""
        if ";" in sub:
            sub, sub_params = sub.split(";", 1)
            sub_params = ";" + sub_params
        hdr = [f"Content-Type: {maintype}/{sub}; charset={charset}{sub_params}{ct_param}",
               f"Content-Transfer-Encoding: {cte}",
               f"Content-Disposition: {att.disposition}{disp_param}"]
        return hdr, encode_body(data, cte)
    hdr = [f"Content-Type: {att.ctype}{ct_param}", "Content-Transfer-Encoding: base64",
           f"Content-Disposition: {att.disposition}{disp_param}"]
    return hdr, base64.encodebytes(att.data)


# --------------------------------------------------------------------------
# whole message
# --------------------------------------------------------------------------
def _boundary(rng):
    style = rng.randint(0, 3)
    h = "".join(rng.choice("0123456789abcdef") for _ in range(24))
    if style == 0:
        return f"----=_NextPart_000_{h[:4].upper()}_{h[4:12].upper()}.{h[12:20].upper()}"
    if style == 1:
        return f"------------{h}"
    if style == 2:
        return f"_000_{h[:20]}_"
    return f"=_Part_{rng.randint(1000, 99999)}_{h[:10]}"


def _join(headers, body):
    return ("\n".join(headers) + "\n\n").encode("ascii") + body


def multipart(subtype, leaves, rng):
    """leaves: list of (headers, body) -> (headers, body)"""
    b = _boundary(rng)
    q = '"'
    out = []
    if rng.random() < 0.5:
        out.append(b"This is a multi-part message in MIME format.\n")
    for hdr, body in leaves:
        out.append(f"--{b}\n".encode("ascii"))
        chunk = _join(hdr, body)
        if not chunk.endswith(b"\n"):
            chunk += b"\n"
        out.append(chunk)
    out.append(f"--{b}--\n".encode("ascii"))
    return [f"Content-Type: multipart/{subtype};\n boundary={q}{b}{q}"], b"".join(out)


MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 115.8.1", "Apple Mail (2.3774.300.61.1.2)",
           "Microsoft Outlook 16.0 (Microsoft Exchange)", "Roundcube Webmail/1.6.6", "Zimbra 9.0.0_GA",
           None, None]


def render(spec, rng):
    """spec keys: from, to, cc, subject, date, msgid, text, html, attachments,
    mode ('plain'|'html'|'alt'), charset, cte, crlf, in_reply_to, extra_headers"""
    atts = spec.get("attachments") or []
    mode = spec.get("mode")
    text, html = spec.get("text"), spec.get("html")
    if mode is None:
        mode = rng.choice(["plain", "plain", "alt", "alt", "html"])
    if mode in ("html", "alt") and html is None:
        html = text_to_html(text, rng, "utf-8")
    charset, cte = spec.get("charset"), spec.get("cte")

    if mode == "plain":
        body = text_leaf(text, "plain", rng, charset, cte)
    elif mode == "html":
        body = text_leaf(html, "html", rng, charset, cte)
    else:
        body = multipart("alternative", [text_leaf(text, "plain", rng, charset, cte),
                                          text_leaf(html, "html", rng, charset, cte)], rng)
    if atts:
        top = multipart("mixed", [body] + [att_leaf(a, rng) for a in atts], rng)
    else:
        top = body

    h = [f"Date: {format_datetime(spec['date'])}"]
    fn, fa = spec.get("from") or spec["frm"]
    h.append("From: " + enc_addr(fn, fa, rng))
    h.append("To: " + addr_list(spec["to"], rng))
    if spec.get("cc"):
        h.append("Cc: " + addr_list(spec["cc"], rng))
    h.append("Subject: " + enc_unstructured(spec["subject"], rng))
    h.append(f"Message-ID: <{spec['msgid']}>")
    if spec.get("in_reply_to"):
        h.append(f"In-Reply-To: <{spec['in_reply_to']}>")
        h.append(f"References: <{spec['in_reply_to']}>")
    for eh in spec.get("extra_headers", []):
        h.append(eh)
    mailer = rng.choice(MAILERS)
    if mailer:
        h.append(("X-Mailer: " if "Outlook" in mailer or "Zimbra" in mailer else "User-Agent: ") + mailer)
    h.append("MIME-Version: 1.0")
    hdr, body = top
    raw = _join(h + hdr, body)
    raw = raw.replace(b"\r\n", b"\n")
    crlf = spec.get("crlf")
    if crlf is None:
        crlf = rng.random() < 0.5
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    return raw
