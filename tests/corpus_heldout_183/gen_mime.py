"""Hand-assembled MIME: fixed boundaries, Message-IDs and dates; chosen charsets, transfer encodings
and line ends. Everything random comes from the caller's RNG, so output is reproducible."""
import base64
import datetime as dt
import html as htmlmod
import quopri
from urllib.parse import quote

from gen_common import MOIS, MONTHS, JOURS, DAYS, strip_accents

CHARSETS_8 = ["utf-8", "iso-8859-1", "windows-1252"]


class Att:
    """An attachment. Either bytes (data) or text (text, charset) or a nested Mail (mail)."""

    def __init__(self, filename, ctype, data=None, text=None, mail=None, rfc2231=None):
        self.filename = filename
        self.ctype = ctype
        self.data = data
        self.text = text
        self.mail = mail
        self.rfc2231 = rfc2231


class Mail:
    def __init__(self, frm, to, subject, text=None, html=None, date=None, cc=None, atts=None,
                 shape=None, in_reply_to=None, lang="fr", tz=None, mailer=None, charset=None,
                 cte=None, eol=None, encode_subject=None):
        self.frm = frm            # (display, addr)
        self.to = to              # list of (display, addr)
        self.cc = cc or []
        self.subject = subject
        self.text = text
        self.html = html
        self.date = date
        self.atts = atts or []
        self.shape = shape        # plain | html | alt | None (random)
        self.in_reply_to = in_reply_to
        self.lang = lang
        self.tz = tz
        self.mailer = mailer
        self.charset = charset
        self.cte = cte
        self.eol = eol
        self.encode_subject = encode_subject


# --------------------------------------------------------------------------------------------
# Headers
# --------------------------------------------------------------------------------------------
def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _encodable(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def encoded_words(text, charset, enc, first_room=60):
    """RFC 2047 encoded words, each at most 75 characters, split on character boundaries."""
    words, cur = [], ""
    prefix = "=?%s?%s?" % (charset, enc)

    def encode(chunk):
        b = chunk.encode(charset)
        if enc == "B":
            return base64.b64encode(b).decode("ascii")
        out = []
        for byte in b:
            ch = chr(byte)
            if ch == " ":
                out.append("_")
            elif ch.isalnum() and byte < 128 or ch in "!*+-/":
                out.append(ch)
            else:
                out.append("=%02X" % byte)
        return "".join(out)

    for ch in text:
        trial = cur + ch
        if len(prefix) + len(encode(trial)) + 2 > 75 and cur:
            words.append(prefix + encode(cur) + "?=")
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(prefix + encode(cur) + "?=")
    return words


def header_text(rng, text, force=False):
    """Return (folded header value, used_2047)."""
    if _is_ascii(text) and not force:
        return fold_plain(text), False
    cs = "utf-8"
    if _encodable(text, "iso-8859-1") and rng.random() < 0.35:
        cs = "iso-8859-1"
    elif _encodable(text, "windows-1252") and rng.random() < 0.15:
        cs = "windows-1252"
    enc = rng.choice(["B", "Q"])
    return "\n ".join(encoded_words(text, cs, enc)), True


def fold_plain(text, width=76):
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


def addr_header(rng, people):
    out = []
    for disp, addr in people:
        if not disp:
            out.append(addr)
        elif _is_ascii(disp):
            if any(c in disp for c in ',.();:@"'):
                out.append('"%s" <%s>' % (disp.replace('"', ""), addr))
            else:
                out.append("%s <%s>" % (disp, addr))
        else:
            cs = "utf-8" if rng.random() < 0.6 or not _encodable(disp, "iso-8859-1") else "iso-8859-1"
            enc = rng.choice(["B", "Q"])
            out.append("%s <%s>" % (" ".join(encoded_words(disp, cs, enc)), addr))
    return ",\n ".join(out)


def tz_for(d):
    # Eastern time: daylight saving from 9 March to 2 November 2025
    if dt.date(2025, 3, 9) <= d.date() < dt.date(2025, 11, 2):
        return dt.timezone(dt.timedelta(hours=-4))
    return dt.timezone(dt.timedelta(hours=-5))


def fmt_date_header(d, tz=None):
    tz = tz or tz_for(d)
    dd = d.replace(tzinfo=tz)
    off = tz.utcoffset(None)
    mins = int(off.total_seconds() // 60)
    sign = "-" if mins < 0 else "+"
    mins = abs(mins)
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][dd.weekday()], dd.day,
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][dd.month - 1],
        dd.year, dd.hour, dd.minute, dd.second, sign, mins // 60, mins % 60)


def make_msgid(rng, d, addr):
    dom = addr.split("@", 1)[1]
    style = rng.randrange(3)
    if style == 0:
        return "<%s.%08x@%s>" % (d.strftime("%Y%m%d%H%M%S"), rng.getrandbits(32), dom)
    if style == 1:
        return "<%016X%08X@%s>" % (rng.getrandbits(64), rng.getrandbits(32), dom)
    return "<CA+%s@mail.%s>" % (base64.b32encode(rng.getrandbits(80).to_bytes(10, "big")).decode().lower(), dom)


def boundary(rng):
    style = rng.randrange(3)
    if style == 0:
        return "----=_NextPart_000_%04X_01DB%08X" % (rng.getrandbits(16), rng.getrandbits(32))
    if style == 1:
        return "b1_%032x" % rng.getrandbits(128)
    return "===============%019d==" % rng.getrandbits(60)


# --------------------------------------------------------------------------------------------
# Bodies
# --------------------------------------------------------------------------------------------
def pick_charset(rng, text, forced=None):
    if forced and _encodable(text, forced):
        return forced
    opts = []
    if _is_ascii(text):
        opts = ["us-ascii", "us-ascii", "utf-8", "iso-8859-1", "windows-1252"]
    else:
        opts = [c for c in CHARSETS_8 if _encodable(text, c)]
        if "utf-8" in opts:
            opts.append("utf-8")
    return rng.choice(opts)


def pick_cte(rng, charset, raw, forced=None):
    longest = max((len(x) for x in raw.split(b"\n")), default=0)
    if forced:
        if forced == "7bit" and (any(b > 127 for b in raw) or longest > 990):
            forced = None
        elif forced == "8bit" and longest > 990:
            forced = None
        if forced:
            return forced
    if all(b < 128 for b in raw):
        opts = ["7bit", "7bit", "quoted-printable"]
        if charset != "us-ascii":
            opts.append("base64")
        if longest > 990:
            opts = ["quoted-printable", "base64"]
        return rng.choice(opts)
    opts = ["8bit", "quoted-printable", "quoted-printable", "base64"]
    if longest > 990:
        opts = ["quoted-printable", "base64"]
    return rng.choice(opts)


def encode_body(raw, cte):
    if cte in ("7bit", "8bit"):
        out = raw
    elif cte == "quoted-printable":
        out = quopri.encodestring(raw)
    elif cte == "base64":
        out = base64.encodebytes(raw)
    else:
        raise ValueError(cte)
    if not out.endswith(b"\n"):
        out += b"\n"
    return out


def text_leaf(rng, text, subtype, forced_cs=None, forced_cte=None):
    text = text.replace("\r\n", "\n")
    if subtype == "html" and "%%CHARSET%%" in text:
        pass
    cs = pick_charset(rng, text, forced_cs)
    text = text.replace("%%CHARSET%%", cs)
    raw = text.encode(cs)
    cte = pick_cte(rng, cs, raw, forced_cte)
    hdr = "Content-Type: text/%s; charset=%s\nContent-Transfer-Encoding: %s\n" % (
        subtype, cs if rng.random() < 0.7 else '"%s"' % cs, cte)
    return hdr.encode("ascii"), encode_body(raw, cte)


def filename_params(rng, filename, force2231=None):
    """Return (content-type name param, disposition filename param)."""
    if _is_ascii(filename) and not force2231:
        return '; name="%s"' % filename, '; filename="%s"' % filename
    enc = quote(filename.encode("utf-8"), safe="")
    disp = ";\n filename*=utf-8''%s" % enc
    if len(disp) > 76 and rng.random() < 0.5:
        # RFC 2231 continuation
        chunks, cur = [], ""
        for piece in _pct_pieces(enc):
            if len(cur) + len(piece) > 40:
                chunks.append(cur)
                cur = piece
            else:
                cur += piece
        chunks.append(cur)
        disp = "".join(";\n filename*%d*=%s%s" % (i, "utf-8''" if i == 0 else "", c)
                       for i, c in enumerate(chunks))
    if _is_ascii(filename):
        name = '; name="%s"' % filename
    else:
        name = ';\n name="%s"' % " ".join(encoded_words(filename, "utf-8", "B"))
    return name, disp


def _pct_pieces(s):
    i = 0
    while i < len(s):
        if s[i] == "%":
            yield s[i:i + 3]
            i += 3
        else:
            yield s[i]
            i += 1


def att_leaf(rng, att, eol):
    force = att.rfc2231 if att.rfc2231 is not None else (rng.random() < 0.12)
    name_p, disp_p = filename_params(rng, att.filename, force)
    if att.mail is not None:
        inner = render_mail(rng, att.mail, eol="\n")
        cte = "8bit" if any(b > 127 for b in inner) else "7bit"
        hdr = "Content-Type: message/rfc822%s\nContent-Transfer-Encoding: %s\nContent-Disposition: attachment%s\n" % (
            name_p, cte, disp_p)
        return hdr.encode("ascii"), inner if inner.endswith(b"\n") else inner + b"\n"
    if att.text is not None:
        text = att.text.replace("\r\n", "\n")
        cs = pick_charset(rng, text)
        raw = text.encode(cs)
        if att.ctype in ("text/calendar", "text/vcard", "text/x-vcard"):
            raw = raw.replace(b"\n", b"\r\n")  # iCalendar / vCard want CRLF content lines
            cte = rng.choice(["base64", "quoted-printable"]) if any(b > 127 for b in raw) else \
                rng.choice(["base64", "quoted-printable", "7bit"])
            if cte == "quoted-printable":
                body = quopri.encodestring(raw.replace(b"\r\n", b"\n"))
            else:
                body = encode_body(raw.replace(b"\r\n", b"\n") if cte == "7bit" else raw, cte)
        else:
            cte = pick_cte(rng, cs, raw)
            body = encode_body(raw, cte)
        extra = "; method=REQUEST" if att.ctype == "text/calendar" else ""
        hdr = "Content-Type: %s; charset=%s%s%s\nContent-Transfer-Encoding: %s\nContent-Disposition: attachment%s\n" % (
            att.ctype, cs, extra, name_p, cte, disp_p)
        if not body.endswith(b"\n"):
            body += b"\n"
        return hdr.encode("ascii"), body
    hdr = "Content-Type: %s%s\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment%s\n" % (
        att.ctype, name_p, disp_p)
    return hdr.encode("ascii"), base64.encodebytes(att.data)


def multipart(rng, subtype, leaves):
    b = boundary(rng)
    hdr = ('Content-Type: multipart/%s;\n boundary="%s"\n' % (subtype, b)).encode("ascii")
    body = b""
    if rng.random() < 0.5:
        body += b"This is a multi-part message in MIME format.\n"
    for h, bd in leaves:
        body += b"\n--" + b.encode() + b"\n" + h + b"\n" + bd
    body += b"\n--" + b.encode() + b"--\n"
    return hdr, body


def text_to_html(text, lang="fr"):
    """Turn a plain body into the kind of HTML a mail client produces."""
    out, quote_open = [], False
    font = "Calibri, sans-serif" if len(text) % 2 else "Arial, Helvetica, sans-serif"
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines if l):
            inner = "<br>\n".join(htmlmod.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append('<blockquote style="border-left:2px solid #ccc;margin:0 0 0 .8ex;padding-left:1ex">'
                       + inner + "</blockquote>")
            continue
        out.append("<p>" + "<br>\n".join(htmlmod.escape(l) for l in lines) + "</p>")
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%">\n'
            '</head>\n<body style="font-family:' + font + ';font-size:11pt">\n'
            + "\n".join(out) + "\n</body>\n</html>\n")


def html_table(rows, header=None, border=1):
    s = ['<table border="%d" cellpadding="3" cellspacing="0" style="border-collapse:collapse">' % border]
    if header:
        s.append("<tr>" + "".join("<th>%s</th>" % htmlmod.escape(str(h)) for h in header) + "</tr>")
    for r in rows:
        s.append("<tr>" + "".join("<td>%s</td>" % htmlmod.escape(str(c)) for c in r) + "</tr>")
    s.append("</table>")
    return "\n".join(s)


def wrap_html(inner):
    return ('<!DOCTYPE html>\n<html><head><meta charset="%%CHARSET%%"><title></title></head>\n'
            '<body style="font-family:Segoe UI, Arial, sans-serif;font-size:10.5pt">\n' + inner + "\n</body></html>\n")


# --------------------------------------------------------------------------------------------
# Whole message
# --------------------------------------------------------------------------------------------
MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 128.3.1", "Apple Mail (2.3774)",
           "Zimbra 9.0.0_GA", "Roundcube Webmail/1.6.9"]


def render_mail(rng, m, eol=None):
    eol = eol or m.eol or ("\r\n" if rng.random() < 0.5 else "\n")
    shape = m.shape
    if shape is None:
        shape = rng.choice(["plain", "plain", "alt", "alt", "html"]) if m.text else "html"
    if shape in ("html", "alt") and m.html is None:
        m.html = text_to_html(m.text, m.lang)

    leaves = []
    if shape == "plain":
        body = text_leaf(rng, m.text, "plain", m.charset, m.cte)
    elif shape == "html":
        body = text_leaf(rng, m.html, "html", m.charset, m.cte)
    else:
        cs = m.charset or pick_charset(rng, m.text + m.html.replace("%%CHARSET%%", ""))
        body = multipart(rng, "alternative", [text_leaf(rng, m.text, "plain", cs, m.cte),
                                               text_leaf(rng, m.html, "html", cs, m.cte)])
    if m.atts:
        leaves = [body] + [att_leaf(rng, a, eol) for a in m.atts]
        body = multipart(rng, "mixed", leaves)

    h = []
    h.append("From: " + addr_header(rng, [m.frm]))
    h.append("To: " + addr_header(rng, m.to))
    if m.cc:
        h.append("Cc: " + addr_header(rng, m.cc))
    force = m.encode_subject if m.encode_subject is not None else (rng.random() < 0.08)
    subj, _ = header_text(rng, m.subject, force=force)
    h.append("Subject: " + subj)
    h.append("Date: " + fmt_date_header(m.date, m.tz))
    h.append("Message-ID: " + make_msgid(rng, m.date, m.frm[1]))
    if m.in_reply_to:
        h.append("In-Reply-To: " + m.in_reply_to)
        h.append("References: " + m.in_reply_to)
    h.append("MIME-Version: 1.0")
    mailer = m.mailer if m.mailer is not None else rng.choice(MAILERS + [""])
    if mailer:
        h.append("X-Mailer: " + mailer)
    head = ("\n".join(h) + "\n").encode("ascii") + body[0]
    raw = head + b"\n" + body[1]
    raw = raw.replace(b"\r\n", b"\n")
    if eol == "\r\n":
        raw = raw.replace(b"\n", b"\r\n")
    return raw


# --------------------------------------------------------------------------------------------
# Quoting helpers for replies and forwards
# --------------------------------------------------------------------------------------------
def when_text(d, lang):
    if lang == "fr":
        return "%s %d %s %d à %02d:%02d" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year, d.hour, d.minute)
    return "%s, %s %d, %d at %d:%02d %s" % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day, d.year,
                                             (d.hour % 12) or 12, d.minute, "AM" if d.hour < 12 else "PM")


def quote_reply(text, who, addr, d, lang, style):
    """style: gt | outlook | fwd"""
    if style == "gt":
        head = ("Le %s, %s <%s> a écrit :" % (when_text(d, lang), who, addr)) if lang == "fr" else \
               ("On %s, %s <%s> wrote:" % (when_text(d, lang), who, addr))
        return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    if style == "outlook":
        if lang == "fr":
            return ("-----Message d'origine-----\nDe : %s <%s>\nEnvoyé : %s\nObjet : %%SUBJ%%\n\n%s"
                    % (who, addr, when_text(d, lang), text))
        return ("-----Original Message-----\nFrom: %s <%s>\nSent: %s\nSubject: %%SUBJ%%\n\n%s"
                % (who, addr, when_text(d, lang), text))
    if lang == "fr":
        return ("---------- Message transféré ---------\nDe : %s <%s>\nDate : %s\nObjet : %%SUBJ%%\n\n%s"
                % (who, addr, when_text(d, lang), text))
    return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %%SUBJ%%\n\n%s"
            % (who, addr, when_text(d, lang), text))
