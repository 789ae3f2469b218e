"""Hand-assembled MIME rendering with controlled charsets, encodings, boundaries and line ends."""
import base64
import hashlib
import html
import quopri
import random
import re
import urllib.parse
from email.utils import format_datetime

MAILERS = [None, None, "Microsoft Outlook 16.0", "Microsoft Outlook 16.0", "Mozilla Thunderbird 128.5",
           "Apple Mail (2.3826)", "Zimbra 10.0 (ZimbraWebClient)", "Roundcube Webmail/1.6.9"]


def _is_ascii(s):
    return all(ord(c) < 128 for c in s)


def _encodable(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


# --------------------------------------------------------------------------
# RFC 2047 / 2231
# --------------------------------------------------------------------------
def _q_bytes(b):
    out = []
    for byte in b:
        ch = chr(byte)
        if ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.append("=%02X" % byte)
    return "".join(out)


def encode_words(s, charset, mode, whole_words=False):
    """Encode s as RFC 2047 encoded-words, folded with LF + space.

    whole_words: only break between words (used in address phrases, where some
    decoders keep the folding white space between adjacent encoded-words)."""
    words, cur = [], ""
    prefix = "=?%s?%s?" % (charset, mode)

    def enc(t):
        b = t.encode(charset)
        return _q_bytes(b) if mode.lower() == "q" else base64.b64encode(b).decode("ascii")

    if whole_words:
        tokens = re.findall(r"\S+\s*", s)
        if all(len(prefix) + len(enc(t)) + 2 <= 72 for t in tokens):
            for t in tokens:
                if cur and len(prefix) + len(enc(cur + t)) + 2 > 72:
                    words.append(prefix + enc(cur) + "?=")
                    cur = t
                else:
                    cur += t
            if cur:
                words.append(prefix + enc(cur) + "?=")
            return "\n ".join(words)

    for ch in s:
        trial = cur + ch
        if len(prefix) + len(enc(trial)) + 2 > 72 and cur:
            words.append(prefix + enc(cur) + "?=")
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(prefix + enc(cur) + "?=")
    return "\n ".join(words)


def header_text(s, r, charset=None, phrase=False):
    if _is_ascii(s):
        return fold_ascii(s)
    cs = charset or r.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    if not _encodable(s, cs):
        cs = "utf-8"
    mode = r.choice(["Q", "B", "q"]) if cs == "utf-8" else r.choice(["Q", "q", "B"])
    return encode_words(s, cs, mode, whole_words=phrase)


def fold_ascii(s, limit=76):
    if len(s) <= limit:
        return s
    words = s.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > limit:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def fmt_addr(name, mail, r):
    if not name:
        return mail
    if _is_ascii(name):
        if any(c in name for c in ',.;:()"@'):
            return '"%s" <%s>' % (name.replace('"', ''), mail)
        return "%s <%s>" % (name, mail)
    return "%s <%s>" % (header_text(name, r, phrase=True), mail)


def fmt_addr_list(items, r):
    return ",\n ".join(fmt_addr(n, m, r) for n, m in items)


def filename_params(fn, r, param="filename"):
    """Return the parameter string for a file name (RFC 2231 for non-ASCII or long names)."""
    if _is_ascii(fn):
        if r.random() < 0.12:
            return "%s*=utf-8''%s" % (param, urllib.parse.quote(fn, safe=""))
        if len(fn) > 22 and r.random() < 0.5:
            parts = [fn[i:i + 16] for i in range(0, len(fn), 16)]
            return "; ".join('%s*%d="%s"' % (param, i, p) for i, p in enumerate(parts))
        return '%s="%s"' % (param, fn)
    cs = "utf-8"
    if _encodable(fn, "iso-8859-1") and r.random() < 0.3:
        cs = "iso-8859-1"
    lang = r.choice(["", "fr", "fr-CA"])
    enc = urllib.parse.quote(fn.encode(cs), safe="")
    if len(enc) > 30 and r.random() < 0.5:
        chunks = [enc[i:i + 24] for i in range(0, len(enc), 24)]
        # do not cut a %XX escape in half
        fixed, carry = [], ""
        for c in chunks:
            c = carry + c
            carry = ""
            k = c.rfind("%")
            if k != -1 and k > len(c) - 3:
                carry = c[k:]
                c = c[:k]
            fixed.append(c)
        if carry:
            fixed[-1] += carry
        out = ["%s*0*=%s'%s'%s" % (param, cs, lang, fixed[0])]
        out += ["%s*%d*=%s" % (param, i, c) for i, c in enumerate(fixed[1:], 1)]
        return ";\n ".join(out)
    return "%s*=%s'%s'%s" % (param, cs, lang, enc)


# --------------------------------------------------------------------------
# Parts
# --------------------------------------------------------------------------
class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body


def render_part(p):
    h = "".join("%s: %s\n" % (n, v) for n, v in p.headers)
    return h.encode("ascii") + b"\n" + p.body


def encode_body(data, cte):
    if cte in ("7bit", "8bit"):
        return data if data.endswith(b"\n") else data + b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def choose_cte(data, charset, r):
    longest = max((len(x) for x in data.split(b"\n")), default=0)
    if charset == "us-ascii" or all(b < 128 for b in data):
        opts = ["7bit"] * 6 + ["quoted-printable"] * 2 + ["base64"]
    else:
        opts = ["8bit"] * 4 + ["quoted-printable"] * 4 + ["base64"] * 3
    cte = r.choice(opts)
    if cte in ("7bit", "8bit") and longest > 900:
        cte = "quoted-printable"
    return cte


def text_leaf(text, subtype, charset, r, cte=None, extra=None):
    data = text.replace("\r\n", "\n").encode(charset)
    cte = cte or choose_cte(data, charset, r)
    hdrs = [("Content-Type", "text/%s; charset=%s" % (subtype, charset if r.random() < 0.7 else '"%s"' % charset)),
            ("Content-Transfer-Encoding", cte)]
    if extra:
        hdrs += extra
    return Part(hdrs, encode_body(data, cte))


def multipart(subtype, parts, boundary, preamble=None):
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n\n"
    for p in parts:
        body += b"--" + boundary.encode("ascii") + b"\n" + render_part(p)
        if not body.endswith(b"\n"):
            body += b"\n"
        body += b"\n"
    body += b"--" + boundary.encode("ascii") + b"--\n"
    return Part([("Content-Type", 'multipart/%s;\n boundary="%s"' % (subtype, boundary))], body)


# --------------------------------------------------------------------------
# HTML from text
# --------------------------------------------------------------------------
def text_to_html_fragment(text):
    out, quote, para = [], False, []

    def flush():
        if para:
            out.append("<p>" + "<br>\n".join(para) + "</p>")
            para.clear()

    for line in text.split("\n"):
        is_q = line.startswith(">")
        if is_q != quote:
            flush()
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       if is_q else "</blockquote>")
            quote = is_q
        content = line.lstrip("> ").rstrip() if is_q else line.rstrip()
        if not content:
            flush()
        else:
            para.append(html.escape(content, quote=False))
    flush()
    if quote:
        out.append("</blockquote>")
    return "\n".join(out)


def wrap_html(fragment, charset, r, title=None):
    font = r.choice(["Calibri, sans-serif", "Arial, Helvetica, sans-serif", "Aptos, Calibri, sans-serif",
                     "Segoe UI, sans-serif"])
    head = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset
    if title:
        head += "<title>%s</title>" % html.escape(title)
    return ("<html><head>%s</head>\n<body style=\"font-family:%s;font-size:11pt\">\n%s\n</body></html>\n"
            % (head, font, fragment))


# --------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------
TEXT_ATT = {"text/csv", "text/calendar", "text/vcard", "text/x-vcard", "text/plain"}


def attachment_part(att, r, inner_renderer=None):
    fn = att.filename
    ctype = att.ctype
    params = ""
    if ctype == "message/rfc822":
        data = att.data
        cte = "7bit" if all(b < 128 for b in data) else "8bit"
        hdrs = [("Content-Type", "message/rfc822" + (";\n " + filename_params(fn, r, "name") if r.random() < 0.4 else "")),
                ("Content-Transfer-Encoding", cte),
                ("Content-Disposition", "attachment;\n " + filename_params(fn, r))]
        return Part(hdrs, data if data.endswith(b"\n") else data + b"\n")
    if ctype in TEXT_ATT:
        cs = att.text_charset or "utf-8"
        params = "; charset=%s" % cs
        if ctype == "text/calendar":
            params += "; method=REQUEST"
        data = att.data
        opts = ["base64", "base64", "quoted-printable"] + (["7bit"] if all(b < 128 for b in data) else ["8bit"])
        cte = r.choice(opts)
        if cte != "base64":
            data = data.replace(b"\r\n", b"\n")
        body = encode_body(data, cte)
    else:
        cte = "base64"
        body = base64.encodebytes(att.data)
    ct = ctype + params
    if r.random() < 0.6:
        ct += ";\n " + filename_params(fn, r, "name")
    disp = r.choice(["attachment", "attachment", "attachment", "inline"]) if ctype in TEXT_ATT else "attachment"
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte),
            ("Content-Disposition", disp + ";\n " + filename_params(fn, r))]
    if r.random() < 0.2:
        hdrs.append(("Content-Description", fn if _is_ascii(fn) else header_text(fn, r)))
    return Part(hdrs, body)


# --------------------------------------------------------------------------
# Whole message
# --------------------------------------------------------------------------
def pick_charset(texts, lang, r):
    joined = "\n".join(t for t in texts if t)
    if _is_ascii(joined):
        cs = r.choice(["us-ascii", "us-ascii", "us-ascii", "utf-8", "iso-8859-1", "windows-1252"])
    elif lang == "fr":
        cs = r.choice(["utf-8", "utf-8", "utf-8", "iso-8859-1", "iso-8859-1", "windows-1252", "windows-1252"])
    else:
        cs = r.choice(["utf-8", "utf-8", "utf-8", "windows-1252", "iso-8859-1"])
    if not _encodable(joined, cs):
        cs = "windows-1252" if _encodable(joined, "windows-1252") and r.random() < 0.5 else "utf-8"
    return cs


def boundary_for(key, level, r):
    h = hashlib.sha1(("%s|%d" % (key, level)).encode()).hexdigest()
    style = r.randrange(4)
    if style == 0:
        return "----=_NextPart_%03d_%s_%s" % (level, h[:4].upper(), h[4:20].upper())
    if style == 1:
        return "_%03d_%s_" % (level, h[:24])
    if style == 2:
        return "=_Part_%d_%s.%s" % (level, int(h[:8], 16), int(h[8:14], 16))
    return "b%d-%s" % (level, h[:28])


def render_message(msg, key, date, msgid, eol="\n", r=None):
    """Render a gen_common.Msg into bytes."""
    r = r or random.Random(key + "|mime")
    lang = msg.lang
    texts = [msg.text, msg.html or ""]
    cs = pick_charset(texts, lang, r)

    # body structure
    style = msg.prefer
    if style is None:
        style = r.choices(["plain", "alt", "html"], weights=[45, 37, 18])[0]
    html_fragment = msg.html if msg.html is not None else text_to_html_fragment(msg.text)
    level = [0]

    def bnd():
        level[0] += 1
        return boundary_for(key, level[0], r)

    if style == "plain":
        body = text_leaf(msg.text, "plain", cs, r)
    elif style == "html":
        body = text_leaf(wrap_html(html_fragment, cs, r), "html", cs, r)
    else:
        body = multipart("alternative", [text_leaf(msg.text, "plain", cs, r),
                                         text_leaf(wrap_html(html_fragment, cs, r), "html", cs, r)], bnd())
    if msg.atts:
        parts = [body] + [attachment_part(a, r) for a in msg.atts]
        pre = "This is a multi-part message in MIME format." if r.random() < 0.4 else None
        top = multipart("mixed", parts, bnd(), pre)
    else:
        top = body

    hdrs = []
    if r.random() < 0.5:
        hdrs.append(("Return-Path", "<%s>" % msg.sender[1]))
    hdrs += [("From", fmt_addr(msg.sender[0], msg.sender[1], r)),
             ("To", fmt_addr_list(msg.to, r))]
    if msg.cc:
        hdrs.append(("Cc", fmt_addr_list(msg.cc, r)))
    hdrs += [("Subject", header_text(msg.subject, r)),
             ("Date", format_datetime(date)),
             ("Message-ID", msgid)]
    if msg.reply_to_id:
        hdrs += [("In-Reply-To", msg.reply_to_id), ("References", msg.reply_to_id)]
    mailer = r.choice(MAILERS)
    if mailer:
        hdrs.append(("X-Mailer" if "Outlook" in mailer or "Zimbra" in mailer else "User-Agent", mailer))
    if r.random() < 0.3:
        hdrs.append(("Content-Language", "fr-CA" if lang == "fr" else "en-CA"))
    hdrs.append(("MIME-Version", "1.0"))
    top.headers = hdrs + top.headers
    data = render_part(top)
    if eol == "\r\n":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data
