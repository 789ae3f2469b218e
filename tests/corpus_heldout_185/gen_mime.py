"""Body blocks, text/HTML rendering and hand-assembled MIME serialisation.

All randomness comes from the rng passed in, so output is reproducible.
"""
import base64
import datetime
import email.utils
import html
import quopri
import urllib.parse
from email.header import Header

# ---------------------------------------------------------------- body blocks

class Table:
    def __init__(self, headers, rows, caption=None):
        self.headers = list(headers)
        self.rows = [list(r) for r in rows]
        self.caption = caption


class Quote:
    """A quoted earlier message (reply) or an inline forward."""
    def __init__(self, intro, blocks, forward=False):
        self.intro = intro
        self.blocks = blocks
        self.forward = forward


class Pre:
    def __init__(self, text):
        self.text = text


class Att:
    def __init__(self, filename, ctype, data=None, text=None, charset="utf-8", msg=None):
        self.filename = filename
        self.ctype = ctype
        self.data = data
        self.text = text
        self.charset = charset
        self.msg = msg          # a Mail for message/rfc822


class Mail:
    def __init__(self, lang, category, note, sender, to, subject, blocks,
                 cc=None, atts=None, types=None, html_only=False, form=None,
                 in_reply_to=False, ids=None, patients=None, table_style=None):
        self.lang = lang
        self.category = category
        self.note = note
        self.sender = sender            # (display name, address)
        self.to = list(to)
        self.cc = list(cc or [])
        self.subject = subject
        self.blocks = blocks
        self.atts = list(atts or [])
        self.types = list(types or [])
        self.form = form or ("html" if html_only else None)
        self.in_reply_to = in_reply_to
        self.ids = ids or {}            # kind -> list of identifier strings (compact)
        self.patients = patients or []  # Patient objects with a NAM, checked by verifier
        self.table_style = table_style
        self.date = None

    def add(self, *types):
        for t in types:
            if t not in self.types:
                self.types.append(t)


# ---------------------------------------------------------------- rendering

def _text_table(t, style):
    rows = [t.headers] + t.rows
    out = []
    if t.caption:
        out.append(t.caption)
    if style == "tab":
        for r in rows:
            out.append("\t".join(str(c) for c in r))
    elif style == "pipe":
        for i, r in enumerate(rows):
            out.append("| " + " | ".join(str(c) for c in r) + " |")
            if i == 0:
                out.append("|" + "|".join("-" * (len(str(c)) + 2) for c in r) + "|")
    else:
        w = [max(len(str(r[i])) for r in rows) for i in range(len(t.headers))]
        for i, r in enumerate(rows):
            out.append("  ".join(str(c).ljust(w[j]) for j, c in enumerate(r)).rstrip())
            if i == 0:
                out.append("  ".join("-" * w[j] for j in range(len(w))))
    return "\n".join(out)


def render_text(blocks, style="cols"):
    parts = []
    for b in blocks:
        if isinstance(b, str):
            parts.append(b)
        elif isinstance(b, Table):
            parts.append(_text_table(b, style))
        elif isinstance(b, Pre):
            parts.append(b.text)
        elif isinstance(b, Quote):
            inner = render_text(b.blocks, style)
            if b.forward:
                parts.append(b.intro + "\n" + inner)
            else:
                q = "\n".join(("> " + ln) if ln else ">" for ln in inner.split("\n"))
                parts.append(b.intro + "\n" + q)
    return "\n\n".join(parts) + "\n"


def _h(s):
    return html.escape(str(s), quote=False)


def render_html(blocks, lang="fr"):
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append("<p>" + "<br>\n".join(_h(x) for x in b.split("\n")) + "</p>")
        elif isinstance(b, Pre):
            body.append("<pre>" + _h(b.text) + "</pre>")
        elif isinstance(b, Table):
            t = ['<table border="1" cellpadding="3" style="border-collapse:collapse">']
            if b.caption:
                t.append("<caption>%s</caption>" % _h(b.caption))
            t.append("<tr>" + "".join("<th>%s</th>" % _h(c) for c in b.headers) + "</tr>")
            for r in b.rows:
                t.append("<tr>" + "".join("<td>%s</td>" % _h(c) for c in r) + "</tr>")
            t.append("</table>")
            body.append("\n".join(t))
        elif isinstance(b, Quote):
            inner = render_html(b.blocks, lang).split("<body>\n", 1)[1].rsplit("\n</body>", 1)[0]
            intro = "<p>" + "<br>\n".join(_h(x) for x in b.intro.split("\n")) + "</p>"
            if b.forward:
                body.append('<div class="fwd">' + intro + "\n" + inner + "</div>")
            else:
                body.append(intro + '\n<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
                            + inner + "\n</blockquote>")
    return ('<html lang="%s">\n<head><meta http-equiv="Content-Type" content="text/html; charset=__CHARSET__">'
            "</head>\n<body>\n" % lang) + "\n".join(body) + "\n</body>\n</html>\n"


# ---------------------------------------------------------------- encoding helpers

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def can_encode(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def pick_charset(rng, text):
    if is_ascii(text):
        cs = rng.choice(["us-ascii", "us-ascii", "utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    else:
        cs = rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    if not can_encode(text, cs):
        cs = "windows-1252" if can_encode(text, "windows-1252") and rng.random() < 0.5 else "utf-8"
    return cs


def pick_cte(rng, raw, binary=False):
    if binary:
        return "base64"
    ascii_only = all(b < 128 for b in raw)
    long_line = any(len(ln) > 900 for ln in raw.split(b"\n"))
    if ascii_only and not long_line:
        return rng.choice(["7bit", "7bit", "quoted-printable", "base64"])
    if long_line:
        return rng.choice(["quoted-printable", "base64"])
    return rng.choice(["8bit", "8bit", "quoted-printable", "base64"])


def encode_payload(raw, cte):
    if cte in ("7bit", "8bit"):
        if not raw.endswith(b"\n"):
            raw += b"\n"
        return raw
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
        if not out.endswith(b"\n"):
            out += b"\n"
        return out
    return base64.encodebytes(raw)


def enc_header_text(rng, s, name="Subject"):
    if is_ascii(s):
        return s
    cs = rng.choice(["utf-8", "utf-8", "iso-8859-1"])
    if not can_encode(s, cs):
        cs = "utf-8"
    return Header(s, cs, header_name=name).encode(linesep="\n")


def enc_addr(rng, pair):
    name, addr = pair
    if not name:
        return addr
    if is_ascii(name):
        return email.utils.formataddr((name, addr))
    cs = rng.choice(["utf-8", "utf-8", "iso-8859-1"])
    if not can_encode(name, cs):
        cs = "utf-8"
    return email.utils.formataddr((name, addr), charset=cs)


def fname_params(rng, filename):
    """Returns (content-type name param, content-disposition filename param)."""
    if is_ascii(filename) and not (len(filename) > 24 and rng.random() < 0.4):
        return '; name="%s"' % filename, '; filename="%s"' % filename
    if is_ascii(filename):
        # RFC 2231 continuation without encoding
        chunks = [filename[i:i + 16] for i in range(0, len(filename), 16)]
        disp = "".join(';\n filename*%d="%s"' % (i, c) for i, c in enumerate(chunks))
        return '; name="%s"' % filename, disp
    q = urllib.parse.quote(filename.encode("utf-8"), safe="")
    if len(q) > 40 and rng.random() < 0.5:
        chunks = [q[i:i + 30] for i in range(0, len(q), 30)]
        # do not split a %XX escape across chunks
        fixed, carry = [], ""
        for c in chunks:
            c = carry + c
            cut = c.rfind("%")
            if cut >= len(c) - 2 and cut != -1:
                carry, c = c[cut:], c[:cut]
            else:
                carry = ""
            fixed.append(c)
        if carry:
            fixed.append(carry)
        disp = "".join(';\n filename*%d*=%s' % (i, ("utf-8''" if i == 0 else "") + c)
                       for i, c in enumerate(fixed))
    else:
        disp = ";\n filename*=utf-8''%s" % q
    name = "; name=\"%s\"" % Header(filename, "utf-8").encode()
    return name, disp


# ---------------------------------------------------------------- MIME tree

class Leaf:
    def __init__(self, ctype, params, cte, payload, disp=None, extra=None):
        self.ctype, self.params, self.cte, self.payload = ctype, params, cte, payload
        self.disp, self.extra = disp, extra or []

    def lines(self):
        h = ["Content-Type: %s%s" % (self.ctype, self.params)]
        if self.cte:
            h.append("Content-Transfer-Encoding: %s" % self.cte)
        if self.disp:
            h.append("Content-Disposition: %s" % self.disp)
        h.extend(self.extra)
        return ("\n".join(h) + "\n\n").encode("ascii") + self.payload


class Multi:
    def __init__(self, subtype, boundary, parts, preamble=None):
        self.subtype, self.boundary, self.parts, self.preamble = subtype, boundary, parts, preamble

    def lines(self):
        out = ('Content-Type: multipart/%s;\n boundary="%s"\n\n' % (self.subtype, self.boundary)).encode("ascii")
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n"
        for p in self.parts:
            out += ("--%s\n" % self.boundary).encode("ascii")
            body = p.lines()
            if not body.endswith(b"\n"):
                body += b"\n"
            out += body
        out += ("--%s--\n" % self.boundary).encode("ascii")
        return out


def text_leaf(rng, text, subtype, force_cs=None):
    cs = force_cs or pick_charset(rng, text)
    if subtype == "html":
        text = text.replace("__CHARSET__", cs)
    raw = text.encode(cs)
    cte = pick_cte(rng, raw)
    params = '; charset="%s"' % cs if rng.random() < 0.6 else "; charset=%s" % cs
    return Leaf("text/" + subtype, params, cte, encode_payload(raw, cte)), cs, cte


def boundary(rng, idx, depth):
    return "----=_NextPart_%03d_%d_%012X" % (idx, depth, rng.getrandbits(48))


def att_leaf(rng, att, idx, build_inner):
    name_p, disp_p = fname_params(rng, att.filename)
    if att.msg is not None:
        inner = build_inner(att.msg)
        cte = "7bit" if all(b < 128 for b in inner) else "8bit"
        return Leaf("message/rfc822", name_p, cte, inner, disp="attachment" + disp_p)
    if att.text is not None:
        cs = att.charset
        if not can_encode(att.text, cs):
            cs = "utf-8"
        raw = att.text.encode(cs)
        cte = rng.choice(["base64", "quoted-printable"]) if not all(b < 128 for b in raw) \
            else rng.choice(["7bit", "base64", "quoted-printable"])
        extra = ""
        if att.ctype == "text/calendar":
            extra = "; method=REQUEST" if "METHOD:REQUEST" in att.text else "; method=PUBLISH"
        return Leaf(att.ctype, '; charset="%s"%s%s' % (cs, extra, name_p), cte,
                    encode_payload(raw, cte), disp="attachment" + disp_p)
    return Leaf(att.ctype, name_p, "base64", base64.encodebytes(att.data), disp="attachment" + disp_p)


def build_message(mail, rng, idx, msgid_domain, crlf, depth=0):
    """Assemble one message as bytes (LF line ends; converted to CRLF by caller)."""
    style = mail.table_style or rng.choice(["cols", "pipe", "tab", "cols"])
    text = render_text(mail.blocks, style)
    form = mail.form or rng.choice(["plain", "plain", "alt", "alt", "html"])
    if form == "plain":
        body, _, _ = text_leaf(rng, text, "plain")
    elif form == "html":
        body, _, _ = text_leaf(rng, render_html(mail.blocks, mail.lang), "html")
    else:
        t, cs, _ = text_leaf(rng, text, "plain")
        hcs = cs if rng.random() < 0.7 else None
        h, _, _ = text_leaf(rng, render_html(mail.blocks, mail.lang), "html", force_cs=hcs)
        body = Multi("alternative", boundary(rng, idx, depth * 10 + 1), [t, h])
    if mail.atts:
        def inner(m):
            return build_message(m, rng, idx, msgid_domain, crlf, depth + 1)
        parts = [body] + [att_leaf(rng, a, idx, inner) for a in mail.atts]
        pre = "This is a multi-part message in MIME format." if rng.random() < 0.5 else None
        root = Multi("mixed", boundary(rng, idx, depth * 10), parts, preamble=pre)
    else:
        root = body

    hdr = []
    hdr.append("From: " + enc_addr(rng, mail.sender))
    hdr.append("To: " + ",\n ".join(enc_addr(rng, a) for a in mail.to))
    if mail.cc:
        hdr.append("Cc: " + ",\n ".join(enc_addr(rng, a) for a in mail.cc))
    hdr.append("Subject: " + enc_header_text(rng, mail.subject))
    hdr.append("Date: " + email.utils.format_datetime(mail.date))
    mid = "<%016x.%d@%s>" % (rng.getrandbits(64), idx * 10 + depth, msgid_domain)
    hdr.append("Message-ID: " + mid)
    if mail.in_reply_to:
        ref = "<%016x.r@%s>" % (rng.getrandbits(64), msgid_domain)
        hdr.append("In-Reply-To: " + ref)
        hdr.append("References: " + ref)
    hdr.append("MIME-Version: 1.0")
    mailer = rng.choice([None, "Microsoft Outlook 16.0", "Mozilla Thunderbird 115.6",
                         "Zimbra 9.0 (ZimbraWebClient)", "Apple Mail (2.3774)"])
    if mailer:
        hdr.append("X-Mailer: " + mailer)
    if rng.random() < 0.4:
        hdr.append("Content-Language: " + ("fr-CA" if mail.lang == "fr" else "en-CA"))
    return ("\n".join(hdr) + "\n").encode("ascii") + root.lines()


def fixed_date(rng):
    start = datetime.datetime(2024, 1, 8, 7, 0)
    d = start + datetime.timedelta(days=rng.randint(0, 300), minutes=rng.randint(0, 11 * 60))
    # Eastern time: DST roughly March 10 - November 3 in 2024
    dst = datetime.datetime(2024, 3, 10) <= d < datetime.datetime(2024, 11, 3)
    tz = datetime.timezone(datetime.timedelta(hours=-4 if dst else -5))
    return d.replace(tzinfo=tz, second=rng.randint(0, 59))
