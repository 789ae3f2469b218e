"""Hand-assembled MIME.  Every choice (body shape, charset, transfer encoding,
line ends, header encoding, boundaries) comes from the rng it is given, so the
output is byte-identical for a given seed."""
import base64
import binascii
import html
import re
import urllib.parse
from email.utils import format_datetime

TSPECIALS = set('()<>@,;:\\".[]')


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


# ---------------------------------------------------------------- RFC 2047
def _q_encode_word(chunk, charset):
    out = []
    for b in chunk.encode(charset):
        c = chr(b)
        if c.isalnum() and b < 128:
            out.append(c)
        elif c == " ":
            out.append("_")
        elif c in "!*+-/":
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "".join(out)


def encode_words(text, charset="utf-8", enc="B", first_len=0):
    """Encode text as RFC 2047 encoded-words, folded with LF + space."""
    words = []
    cur = ""
    limit = 40 if enc == "B" else 22
    for ch in text:
        if len(cur) >= limit:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    enc_words = []
    for w in words:
        if enc == "B":
            payload = base64.b64encode(w.encode(charset)).decode("ascii")
        else:
            payload = _q_encode_word(w, charset)
        enc_words.append(f"=?{charset}?{enc}?{payload}?=")
    return "\n ".join(enc_words)


def header_text(text, rng, force=False):
    if is_ascii(text) and not force:
        return fold_plain(text)
    charset = "utf-8"
    try:
        text.encode("iso-8859-1")
        charset = rng.choice(["utf-8", "utf-8", "iso-8859-1"])
    except UnicodeEncodeError:
        pass
    enc = rng.choice(["B", "Q"])
    return encode_words(text, charset, enc)


def fold_plain(text, width=76):
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


def encode_phrase(name, rng):
    """RFC 2047 for a display name: only the runs of non-ASCII words are
    encoded, each run as one encoded-word, so that no reader has to join
    adjacent encoded-words (which parsers treat differently)."""
    charset = "utf-8"
    try:
        name.encode("iso-8859-1")
        charset = rng.choice(["utf-8", "utf-8", "iso-8859-1"])
    except UnicodeEncodeError:
        pass
    enc = rng.choice(["B", "Q"])

    def word(txt):
        if enc == "B":
            return f"=?{charset}?B?" + base64.b64encode(txt.encode(charset)).decode("ascii") + "?="
        return f"=?{charset}?Q?" + _q_encode_word(txt, charset) + "?="

    if any(c in TSPECIALS for c in name):
        return word(name)
    out, run = [], []
    for tok in name.split(" "):
        if is_ascii(tok):
            if run:
                out.append(word(" ".join(run)))
                run = []
            out.append(tok)
        else:
            run.append(tok)
    if run:
        out.append(word(" ".join(run)))
    return " ".join(out)


def addr(name_addr, rng):
    name, email = name_addr
    if not name:
        return email
    if not is_ascii(name):
        return encode_phrase(name, rng) + f" <{email}>"
    if any(c in TSPECIALS for c in name):
        return '"' + name.replace('"', '') + f'" <{email}>'
    return f"{name} <{email}>"


def addr_list(lst, rng):
    return ",\n ".join(addr(x, rng) for x in lst)


# ---------------------------------------------------------------- bodies
def text_to_html(text, lang):
    """Plain text -> simple mail-client HTML (quotes become blockquotes)."""
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html">',
           "</head>", '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    blocks = re.split(r"\n\s*\n", text.strip("\n"))
    in_quote = False
    for blk in blocks:
        lines = blk.split("\n")
        quoted = all(l.startswith(">") for l in lines)
        if quoted and not in_quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            in_quote = True
        elif not quoted and in_quote:
            out.append("</blockquote>")
            in_quote = False
        if quoted:
            lines = [l[1:].lstrip(" ") if l.startswith(">") else l for l in lines]
        if all(re.match(r"^\s*[-*•] ", l) for l in lines):
            out.append("<ul>")
            for l in lines:
                out.append("<li>" + html.escape(re.sub(r"^\s*[-*•] ", "", l)) + "</li>")
            out.append("</ul>")
        else:
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    if in_quote:
        out.append("</blockquote>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def pick_charset(text, rng):
    if is_ascii(text):
        return rng.choice(["us-ascii", "us-ascii", "utf-8", "iso-8859-1"])
    cands = ["utf-8", "utf-8"]
    for cs in ("iso-8859-1", "windows-1252"):
        try:
            text.encode(cs)
            cands.append(cs)
        except UnicodeEncodeError:
            pass
    return rng.choice(cands)


def pick_cte(data, rng, binary=False):
    if binary:
        return "base64"
    ascii_ok = all(b < 128 for b in data)
    long_lines = any(len(l) > 990 for l in data.split(b"\n"))
    if ascii_ok:
        choices = ["7bit", "7bit", "quoted-printable", "base64"]
    else:
        choices = ["8bit", "8bit", "quoted-printable", "base64"]
    cte = rng.choice(choices)
    if long_lines and cte in ("7bit", "8bit"):
        cte = "quoted-printable"
    return cte


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        out = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False).decode("ascii")
        return out if out.endswith("\n") else out + "\n"
    txt = data.decode("latin-1")  # bytes pass through unchanged (8bit)
    return txt if txt.endswith("\n") else txt + "\n"


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of str (already folded)
        self.body = body  # str, latin-1 transparent for 8bit

    def render(self):
        return "\n".join(self.headers) + "\n\n" + self.body


def text_part(subtype, text, rng, charset=None, cte=None, disposition=None):
    charset = charset or pick_charset(text, rng)
    data = text.encode(charset)
    cte = cte or pick_cte(data, rng)
    hdrs = [f'Content-Type: text/{subtype}; charset="{charset}"',
            f"Content-Transfer-Encoding: {cte}"]
    if disposition:
        hdrs.append(disposition)
    return Part(hdrs, encode_body(data, cte))


def filename_params(fname, rng):
    """Return (content-type param, disposition param) strings."""
    if is_ascii(fname) and not rng.random() < 0.08:
        return f'name="{fname}"', f'filename="{fname}"'
    q = urllib.parse.quote(fname, safe="")
    style = rng.choice(["2231", "2231", "2231+2047"])
    if style == "2231":
        return f"name*=utf-8''{q}", f"filename*=utf-8''{q}"
    return 'name="' + encode_words(fname, "utf-8", "B").replace("\n ", "") + '"', \
        f"filename*=utf-8''{q}"


def attachment_part(att, rng):
    fname = att["filename"]
    ctype = att["ctype"]
    np, fp = filename_params(fname, rng)
    inline = att.get("inline", False)
    disp = f"Content-Disposition: {'inline' if inline else 'attachment'};\n {fp}"
    if ctype == "message/rfc822":
        inner = att["eml"].decode("latin-1")
        cte = "7bit" if all(ord(c) < 128 for c in inner) else "8bit"
        hdrs = [f"Content-Type: message/rfc822;\n {np}", f"Content-Transfer-Encoding: {cte}", disp]
        return Part(hdrs, inner if inner.endswith("\n") else inner + "\n")
    if "text" in att:
        text = att["text"]
        charset = att.get("charset") or pick_charset(text, rng)
        if charset == "us-ascii" and ctype != "text/plain":
            charset = "utf-8"
        data = text.encode(charset)
        cte = att.get("cte") or pick_cte(data, rng)
        extra = att.get("ctype_extra", "")
        hdrs = [f'Content-Type: {ctype}; charset="{charset}"{extra};\n {np}',
                f"Content-Transfer-Encoding: {cte}", disp]
        return Part(hdrs, encode_body(data, cte))
    data = att["data"]
    hdrs = [f"Content-Type: {ctype};\n {np}", "Content-Transfer-Encoding: base64", disp]
    return Part(hdrs, encode_body(data, "base64"))


def multipart(subtype, parts, boundary):
    hdrs = [f'Content-Type: multipart/{subtype};\n boundary="{boundary}"']
    body = []
    if subtype == "mixed":
        body.append("This is a multi-part message in MIME format.\n")
    for p in parts:
        body.append(f"--{boundary}\n" + p.render())
    body.append(f"--{boundary}--\n")
    return Part(hdrs, "\n".join(body))


# ---------------------------------------------------------------- message
def build(spec, rng, idx_tag, crlf=None):
    """Return the message as bytes."""
    lang = spec["lang"]
    text = spec["text"]
    html_body = spec.get("html") or text_to_html(text, lang)
    mode = spec.get("body_mode") or rng.choice(["plain", "plain", "plain", "alt", "alt", "html"])
    bcount = [0]

    def boundary():
        bcount[0] += 1
        return "=_gmf_%s_%d_%06x" % (idx_tag, bcount[0], rng.randrange(16 ** 6))

    if mode == "plain":
        body = text_part("plain", text, rng)
    elif mode == "html":
        body = text_part("html", html_body, rng)
    else:
        cs = pick_charset(text + html_body, rng)
        body = multipart("alternative", [text_part("plain", text, rng, charset=cs),
                                         text_part("html", html_body, rng, charset=cs)],
                         boundary())
    atts = spec.get("attachments") or []
    if atts:
        parts = [body] + [attachment_part(a, rng) for a in atts]
        top = multipart("mixed", parts, boundary())
    else:
        top = body

    hdrs = ["From: " + addr(spec["from"], rng),
            "To: " + addr_list(spec["to"], rng)]
    if spec.get("cc"):
        hdrs.append("Cc: " + addr_list(spec["cc"], rng))
    hdrs.append("Subject: " + header_text(spec["subject"], rng))
    hdrs.append("Date: " + format_datetime(spec["date"]))
    hdrs.append("Message-ID: " + spec["msgid"])
    if spec.get("in_reply_to"):
        hdrs.append("In-Reply-To: " + spec["in_reply_to"])
        hdrs.append("References: " + spec["in_reply_to"])
    if spec.get("mailer"):
        hdrs.append("X-Mailer: " + spec["mailer"])
    if spec.get("importance"):
        hdrs.append("Importance: " + spec["importance"])
    hdrs.append("MIME-Version: 1.0")
    hdrs.extend(top.headers)
    msg = "\n".join(hdrs) + "\n\n" + top.body
    if crlf is None:
        crlf = rng.random() < 0.35
    if crlf:
        msg = msg.replace("\n", "\r\n")
    return msg.encode("latin-1")
