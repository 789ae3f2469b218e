"""Hand-assembled MIME: every byte is decided here, so output is reproducible.

The renderer works with LF internally and converts to CRLF at the very end
when a message is chosen to travel with CRLF line ends.
"""
import base64
import datetime
import html
import quopri
import urllib.parse

from gen_common import DOMAIN


class Att:
    def __init__(self, filename, ctype, data, cte=None, inline=False):
        self.filename, self.ctype, self.data, self.cte, self.inline = filename, ctype, data, cte, inline


class Mail:
    def __init__(self, category, lang, note, sender, to, subject, date, text=None, html=None,
                 atts=None, cc=None, types=None, ids=None, nams=None, body_form=None, reply=None,
                 headers=None, confidential=None, charset=None):
        self.category, self.lang, self.note = category, lang, note
        self.sender, self.to, self.cc = sender, list(to), list(cc or [])
        self.subject, self.date, self.text, self.html = subject, date, text, html
        self.atts = list(atts or [])
        self.types = sorted(set(types or []))
        self.ids = list(ids or [])          # [(kind, raw value)]
        self.nams = list(nams or [])        # NamHolder objects whose NAM is in the message
        self.body_form = body_form          # None, "plain", "html", "alt"
        self.reply = reply                  # parent Message-ID for In-Reply-To
        self.headers = list(headers or [])
        self.confidential = confidential
        self.charset = charset


def tz_for(d):
    off = -4 if 4 <= d.month <= 10 else -5
    return datetime.timezone(datetime.timedelta(hours=off))


def fmt_date_header(dt):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "-" if mins < 0 else "+"
    mins = abs(mins)
    return "%s, %02d %s %04d %02d:%02d:%02d %s%02d%02d" % (
        days[dt.weekday()], dt.day, mons[dt.month - 1], dt.year, dt.hour, dt.minute, dt.second, sign,
        mins // 60, mins % 60)


# --------------------------------------------------------------------------
# Header encoding
# --------------------------------------------------------------------------
def _is_ascii(s):
    return all(ord(c) < 128 for c in s)


def encode_words(text, charset="utf-8", mode="B"):
    """RFC 2047 encoded-words, each at most 75 characters, split on characters."""
    words, cur = [], ""
    prefix = "=?%s?%s?" % (charset, mode)

    def enc(chunk):
        raw = chunk.encode(charset)
        if mode == "B":
            return prefix + base64.b64encode(raw).decode() + "?="
        out = []
        for b in raw:
            c = chr(b)
            if c == " ":
                out.append("_")
            elif c.isalnum() and b < 128:
                out.append(c)
            elif c in "!*+-/" and b < 128:
                out.append(c)
            else:
                out.append("=%02X" % b)
        return prefix + "".join(out) + "?="

    for ch in text:
        if len(enc(cur + ch)) > 75:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words


def fold_plain(name, value):
    """Fold an unstructured ASCII header on spaces at about 78 characters."""
    line = name + ": "
    out = []
    for word in value.split(" "):
        if len(line) + len(word) + 1 > 78 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip(" "))
            line = " " + word + " "
        else:
            line += word + " "
    out.append(line.rstrip(" "))
    return "\n".join(out)


def header_unstructured(name, value, rng, force_encode=False):
    if _is_ascii(value) and not force_encode:
        return fold_plain(name, value)
    cs = "utf-8"
    try:
        value.encode("iso-8859-1")
        if rng.random() < 0.3:
            cs = "iso-8859-1"
    except UnicodeEncodeError:
        pass
    mode = "B" if rng.random() < 0.55 else "Q"
    words = encode_words(value, cs, mode)
    return name + ": " + "\n ".join(words)


def fmt_addr(name, addr, rng, quote_style=None):
    if not name:
        return addr
    if _is_ascii(name):
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return "%s <%s>" % (name, addr)
    mode = "B" if rng.random() < 0.5 else "Q"
    return "%s <%s>" % (" ".join(encode_words(name, "utf-8", mode)), addr)


def header_addrs(name, pairs, rng):
    items = [fmt_addr(n, a, rng) for n, a in pairs]
    return name + ": " + ",\n ".join(items)


# --------------------------------------------------------------------------
# Bodies
# --------------------------------------------------------------------------
def text_to_html(text, lang):
    paras = text.strip("\n").split("\n\n")
    body = []
    for p in paras:
        lines = [html.escape(x) for x in p.split("\n")]
        if all(x.startswith("&gt;") for x in lines if x):
            body.append('<blockquote style="border-left:2px solid #99a;margin:0 0 0 6px;padding-left:8px">'
                        + "<br>\n".join(x[4:].lstrip() for x in lines) + "</blockquote>")
        else:
            body.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title></title></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n'
            % (lang, "\n".join(body)))


def pick_charset(text, rng, prefer=None):
    if prefer:
        try:
            text.encode(prefer)
            return prefer
        except UnicodeEncodeError:
            pass
    if _is_ascii(text):
        return "us-ascii" if rng.random() < 0.6 else "utf-8"
    r = rng.random()
    for cs, p in (("iso-8859-1", 0.22), ("windows-1252", 0.45)):
        if r < p:
            try:
                text.encode(cs)
                return cs
            except UnicodeEncodeError:
                break
    return "utf-8"


def pick_cte(raw, rng):
    ascii_ok = all(b < 128 for b in raw)
    long_line = any(len(x) > 900 for x in raw.split(b"\n"))
    r = rng.random()
    if ascii_ok and not long_line:
        return "7bit" if r < 0.7 else ("quoted-printable" if r < 0.87 else "base64")
    if long_line:
        return "quoted-printable" if r < 0.6 else "base64"
    return "8bit" if r < 0.4 else ("quoted-printable" if r < 0.75 else "base64")


def b64_lines(raw):
    enc = base64.b64encode(raw).decode()
    return "\n".join(enc[i:i + 76] for i in range(0, len(enc), 76))


def encode_body(raw, cte):
    """raw: bytes with LF line ends; returns the encoded bytes."""
    if cte in ("7bit", "8bit"):
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw, quotetabs=False)
    if cte == "base64":
        return b64_lines(raw.replace(b"\n", b"\r\n")).encode()
    raise ValueError(cte)


def leaf_text(subtype, text, rng, charset=None, cte=None, extra=None):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    cs = charset or pick_charset(text, rng)
    raw = text.encode(cs)
    cte = cte or pick_cte(raw, rng)
    if cte == "7bit" and any(b >= 128 for b in raw):
        cte = "8bit"
    hdr = ["Content-Type: text/%s; charset=\"%s\"" % (subtype, cs) if rng.random() < 0.5
           else "Content-Type: text/%s; charset=%s" % (subtype, cs),
           "Content-Transfer-Encoding: %s" % cte]
    if extra:
        hdr += extra
    return ("\n".join(hdr) + "\n\n").encode() + encode_body(raw, cte)


def _filename_params(fn, rng, key="filename"):
    if _is_ascii(fn) and rng.random() < 0.85:
        return '%s="%s"' % (key, fn)
    return "%s*=utf-8''%s" % (key, urllib.parse.quote(fn, safe=""))


def leaf_att(att, rng):
    ct = att.ctype
    disp = "inline" if att.inline else "attachment"
    if ct == "message/rfc822":
        raw = att.data
        cte = "7bit" if all(b < 128 for b in raw) else "8bit"
        hdr = ["Content-Type: message/rfc822", "Content-Transfer-Encoding: " + cte,
               "Content-Disposition: %s; %s" % (disp, _filename_params(att.filename, rng))]
        if not raw.endswith(b"\n"):
            raw += b"\n"
        return ("\n".join(hdr) + "\n\n").encode() + raw
    if isinstance(att.data, str):
        text = att.data.replace("\r\n", "\n")
        cs = "utf-8" if not _is_ascii(text) else rng.choice(["us-ascii", "utf-8"])
        if ct == "text/csv" and not _is_ascii(text):
            try:
                text.encode("windows-1252")
                cs = "windows-1252" if rng.random() < 0.4 else "utf-8"
            except UnicodeEncodeError:
                pass
        raw = text.encode(cs)
        cte = att.cte or ("base64" if rng.random() < 0.5 else pick_cte(raw, rng))
        if cte == "7bit" and any(b >= 128 for b in raw):
            cte = "8bit"
        extra_ct = ""
        if ct == "text/calendar":
            extra_ct = "; method=REQUEST"
        hdr = ["Content-Type: %s; charset=%s%s; %s" % (ct, cs, extra_ct, _filename_params(att.filename, rng, "name")),
               "Content-Transfer-Encoding: " + cte,
               "Content-Disposition: %s; %s" % (disp, _filename_params(att.filename, rng))]
        return ("\n".join(hdr) + "\n\n").encode() + encode_body(raw, cte)
    hdr = ["Content-Type: %s; %s" % (ct, _filename_params(att.filename, rng, "name")),
           "Content-Transfer-Encoding: base64",
           "Content-Disposition: %s; %s" % (disp, _filename_params(att.filename, rng))]
    return ("\n".join(hdr) + "\n\n").encode() + b64_lines(att.data).encode()


def boundary(rng):
    return "----=_Part_" + "".join(rng.choice("0123456789ABCDEFabcdef") for _ in range(20))


def multipart(subtype, parts, rng):
    b = boundary(rng)
    out = [("Content-Type: multipart/%s;\n boundary=\"%s\"\n\n" % (subtype, b)).encode()]
    if rng.random() < 0.4:
        out.append(b"This is a multi-part message in MIME format.\n\n")
    for p in parts:
        out.append(("--%s\n" % b).encode())
        out.append(p if p.endswith(b"\n") else p + b"\n")
    out.append(("--%s--\n" % b).encode())
    return b"".join(out)


# --------------------------------------------------------------------------
# Whole message
# --------------------------------------------------------------------------
MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 115.6", "Apple Mail (2.3731)", None, None,
           "Zimbra 9.0 (ZimbraWebClient)", "Lotus Notes Release 9.0.1"]


def message_id(mail, n, rng):
    dom = mail.sender[1].split("@")[1]
    tag = "".join(rng.choice("0123456789abcdef") for _ in range(10))
    return "<%s.%03d.%s@%s>" % (mail.date.strftime("%Y%m%d%H%M%S"), n, tag, dom)


def _html_leaf(htm, rng, cs_pref):
    cs = pick_charset(htm, rng, cs_pref)
    htm = htm.replace('<meta charset="utf-8">', '<meta charset="%s">' % cs)
    return leaf_text("html", htm, rng, charset=cs)


def render(mail, rng, n, crlf=None, top=True):
    lang = mail.lang
    form = mail.body_form
    if form is None:
        r = rng.random()
        form = "plain" if r < 0.45 else ("alt" if r < 0.8 else "html")
    text = mail.text or ""
    htm = mail.html or text_to_html(text, lang)
    cs_pref = mail.charset
    if form == "plain":
        body = leaf_text("plain", text, rng, charset=pick_charset(text, rng, cs_pref))
    elif form == "html":
        body = _html_leaf(htm, rng, cs_pref)
    else:
        body = multipart("alternative", [leaf_text("plain", text, rng, charset=pick_charset(text, rng, cs_pref)),
                                         _html_leaf(htm, rng, cs_pref)], rng)
    if mail.atts:
        parts = [body] + [leaf_att(a, rng) for a in mail.atts]
        body = multipart("mixed", parts, rng)

    mid = message_id(mail, n, rng)
    mail.message_id = mid
    h = [header_addrs("From", [mail.sender], rng), header_addrs("To", mail.to, rng)]
    if mail.cc:
        h.append(header_addrs("Cc", mail.cc, rng))
    h.append(header_unstructured("Subject", mail.subject, rng, force_encode=rng.random() < 0.08))
    h.append("Date: " + fmt_date_header(mail.date))
    h.append("Message-ID: " + mid)
    if mail.reply:
        h.append("In-Reply-To: " + mail.reply)
        h.append("References: " + mail.reply)
    mailer = rng.choice(MAILERS)
    if mailer:
        h.append("X-Mailer: " + mailer)
    for k, v in mail.headers:
        h.append(header_unstructured(k, v, rng))
    h.append("MIME-Version: 1.0")
    if rng.random() < 0.3:
        h.append("Content-Language: " + ("fr-CA" if lang == "fr" else "en-CA"))
    data = ("\n".join(h) + "\n").encode() + body
    if not data.endswith(b"\n"):
        data += b"\n"
    assert b"\r" not in data
    if top:
        if crlf is None:
            crlf = rng.random() < 0.4
        if crlf:
            data = data.replace(b"\n", b"\r\n")
    return data


def reply_id(rng, when, dom=DOMAIN):
    tag = "".join(rng.choice("0123456789abcdef") for _ in range(12))
    return "<%s.%s@%s>" % (when.strftime("%Y%m%d%H%M"), tag, dom)
