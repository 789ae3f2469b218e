"""Hand-assembled MIME, byte for byte reproducible.

A message is a header list plus a tree of Text / Attach / AttachMsg / Multi nodes.
Boundaries come from the message's own random stream; nothing depends on the clock.
"""
import base64
import email.utils
import html
import quopri
import textwrap
import urllib.parse

from gen_common import DAYS_EN, DAYS_FR, MONTHS_EN, MONTHS_FR


class Text:
    def __init__(self, text, subtype="plain", charset="utf-8", cte="8bit"):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte


class Attach:
    def __init__(self, data, ctype, filename, cte="base64", rfc2231=False, charset=None,
                 inline=False, extra=None):
        self.data, self.ctype, self.filename, self.cte = data, ctype, filename, cte
        self.rfc2231, self.charset, self.inline, self.extra = rfc2231, charset, inline, extra


class AttachMsg:
    def __init__(self, msg_bytes, filename=None):
        self.msg_bytes, self.filename = msg_bytes, filename


class Multi:
    def __init__(self, subtype, parts):
        self.subtype, self.parts = subtype, parts


# --------------------------------------------------------------------------
# Header encoding (RFC 2047) and parameters (RFC 2231)
# --------------------------------------------------------------------------
_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_char(ch, charset):
    out = []
    for b in ch.encode(charset):
        if b == 0x20:
            out.append("_")
        elif b in _Q_SAFE:
            out.append(chr(b))
        else:
            out.append("=%02X" % b)
    return "".join(out)


def encoded_words(s, charset="utf-8", enc="Q", budget=75):
    """Split s into encoded words of at most `budget` characters each."""
    prefix = "=?%s?%s?" % (charset, enc)
    words, cur = [], ""

    def render(chunk):
        if enc == "Q":
            return prefix + "".join(_q_char(c, charset) for c in chunk) + "?="
        return prefix + base64.b64encode(chunk.encode(charset)).decode("ascii") + "?="

    for ch in s:
        if cur and len(render(cur + ch)) > budget:
            words.append(render(cur))
            cur = ""
        cur += ch
    if cur:
        words.append(render(cur))
    return words


def needs_encoding(s):
    return any(ord(c) > 126 or ord(c) < 32 for c in s)


def header_text(name, value, eol, charset="utf-8", enc="Q"):
    """Return a folded header line (without final eol)."""
    if needs_encoding(value):
        words = encoded_words(value, charset, enc)
        return name + ": " + (eol + " ").join(words)
    line = name + ": " + value
    if len(line) <= 78:
        return line
    # fold ASCII at spaces
    out, cur = [], name + ":"
    for word in value.split(" "):
        if len(cur) + 1 + len(word) > 76 and cur.strip() != name + ":":
            out.append(cur)
            cur = ""
        cur += " " + word
    out.append(cur)
    return eol.join(out)


_SPECIALS = set('()<>@,;:\\".[]')


def encode_phrase(display, charset="utf-8", enc="Q"):
    """RFC 2047 display name: plain ASCII words stay atoms; each run of words that need
    encoding becomes encoded words (the spaces inside a run are encoded with it)."""
    words = display.split(" ")
    out, run = [], []

    def flush():
        if run:
            out.extend(encoded_words(" ".join(run), charset, enc))
            run.clear()

    for w in words:
        if w and not needs_encoding(w) and not (set(w) & _SPECIALS):
            flush()
            out.append(w)
        else:
            run.append(w)
    flush()
    return " ".join(out)


def addr(display_name, address, charset="utf-8", enc="Q"):
    if not display_name:
        return address
    if needs_encoding(display_name):
        return encode_phrase(display_name, charset, enc) + " <%s>" % address
    if any(c in display_name for c in ',.;:()"@'):
        return '"%s" <%s>' % (display_name.replace('"', ''), address)
    return "%s <%s>" % (display_name, address)


def filename_params(fn, rfc2231, charset="utf-8"):
    """(content-type name param, disposition filename param)."""
    if not needs_encoding(fn) and not rfc2231:
        return 'name="%s"' % fn, 'filename="%s"' % fn
    if rfc2231:
        pct = urllib.parse.quote(fn.encode(charset), safe="")
        name = "name*=%s''%s" % (charset, pct)
        return name, "filename*=%s''%s" % (charset, pct)
    ew = " ".join(encoded_words(fn, charset, "B"))
    return 'name="%s"' % ew, 'filename="%s"' % ew


# --------------------------------------------------------------------------
# Body encoding
# --------------------------------------------------------------------------
def _eolize(b, eol):
    b = b.replace(b"\r\n", b"\n")
    return b.replace(b"\n", eol.encode("ascii"))


def encode_body(raw, cte, eol):
    if cte in ("7bit", "8bit"):
        return _eolize(raw, eol)
    if cte == "quoted-printable":
        return _eolize(quopri.encodestring(raw.replace(b"\r\n", b"\n")), eol)
    if cte == "base64":
        return _eolize(base64.encodebytes(raw), eol)
    raise ValueError(cte)


class Renderer:
    def __init__(self, rng, eol, tag):
        self.rng, self.eol, self.tag, self.n = rng, eol, tag, 0

    def boundary(self):
        self.n += 1
        token = "%08x" % self.rng.getrandbits(32)
        style = self.rng.choice(["----=_Part_%d_%s.%s", "=_%d_%s_%s", "b%d_%s%s"])
        return style % (self.n, token, self.tag)

    def render(self, node):
        """Return (list of header lines, body bytes)."""
        eol = self.eol
        if isinstance(node, Text):
            raw = node.text.replace("\r\n", "\n").encode(node.charset)
            cte = node.cte
            if cte in ("7bit", "8bit") and max(len(l) for l in raw.split(b"\n")) > 900:
                cte = "quoted-printable"
            if cte == "7bit" and any(b > 127 for b in raw):
                cte = "8bit"
            hdrs = ['Content-Type: text/%s; charset="%s"' % (node.subtype, node.charset),
                    "Content-Transfer-Encoding: %s" % cte]
            body = encode_body(raw, cte, eol)
            if not body.endswith(eol.encode()):
                body += eol.encode()
            return hdrs, body
        if isinstance(node, Attach):
            name_p, file_p = filename_params(node.filename, node.rfc2231)
            ct = node.ctype
            if node.charset:
                ct += '; charset="%s"' % node.charset
            if node.extra:
                ct += "; " + node.extra
            hdrs = ["Content-Type: %s;%s %s" % (ct, eol, name_p),
                    "Content-Disposition: %s;%s %s" % ("inline" if node.inline else "attachment",
                                                       eol, file_p),
                    "Content-Transfer-Encoding: %s" % node.cte]
            data = node.data
            body = encode_body(data, node.cte, eol)
            if not body.endswith(eol.encode()):
                body += eol.encode()
            return hdrs, body
        if isinstance(node, AttachMsg):
            hdrs = ["Content-Type: message/rfc822"]
            if node.filename:
                _, file_p = filename_params(node.filename, False)
                hdrs.append("Content-Disposition: attachment;%s %s" % (eol, file_p))
            cte = "8bit" if any(b > 127 for b in node.msg_bytes) else "7bit"
            hdrs.append("Content-Transfer-Encoding: %s" % cte)
            body = node.msg_bytes
            if not body.endswith(eol.encode()):
                body += eol.encode()
            return hdrs, body
        if isinstance(node, Multi):
            b = self.boundary()
            hdrs = ['Content-Type: multipart/%s;%s boundary="%s"' % (node.subtype, eol, b)]
            chunks = []
            if node.subtype == "mixed" and self.rng.random() < 0.5:
                chunks.append(b"This is a multi-part message in MIME format." + eol.encode())
            for part in node.parts:
                ph, pb = self.render(part)
                chunks.append(("--%s%s" % (b, eol)).encode())
                chunks.append((eol.join(ph) + eol + eol).encode("ascii"))
                chunks.append(pb)
            chunks.append(("--%s--%s" % (b, eol)).encode())
            return hdrs, b"".join(chunks)
        raise TypeError(node)


def build_message(headers, root, rng, eol="\n", tag="x"):
    """headers: list of (name, value) already rendered as ASCII header values,
    or (name, value, charset, enc) for a value that may need RFC 2047."""
    lines = []
    for h in headers:
        if len(h) == 2:
            name, value = h
            lines.append(header_text(name, value, eol))
        else:
            name, value, cs, enc = h
            lines.append(header_text(name, value, eol, cs, enc))
    lines.append("MIME-Version: 1.0")
    r = Renderer(rng, eol, tag)
    ph, body = r.render(root)
    lines.extend(ph)
    head = (eol.join(lines) + eol + eol).encode("ascii")
    return head + body


# --------------------------------------------------------------------------
# Choosing how a body travels
# --------------------------------------------------------------------------
def encodable(text, charset):
    try:
        text.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def pick_charset(rng, text):
    if encodable(text, "us-ascii"):
        return rng.choice(["us-ascii", "us-ascii", "utf-8", "iso-8859-1"])
    opts = ["utf-8", "utf-8"]
    if encodable(text, "iso-8859-1"):
        opts.append("iso-8859-1")
    if encodable(text, "windows-1252"):
        opts.append("windows-1252")
    return rng.choice(opts)


def pick_cte(rng, charset):
    if charset == "us-ascii":
        return rng.choice(["7bit", "7bit", "quoted-printable"])
    if charset == "utf-8":
        return rng.choice(["8bit", "quoted-printable", "base64"])
    return rng.choice(["8bit", "quoted-printable"])


def text_to_html(text, rng, table_rows=None):
    font = rng.choice(["Calibri, sans-serif", "Arial, Helvetica, sans-serif",
                       "Segoe UI, sans-serif", "Verdana, sans-serif"])
    paras = []
    for block in text.split("\n\n"):
        if block == "[[TABLE]]" and table_rows:
            rows = []
            for i, row in enumerate(table_rows):
                cell = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join("<%s style=\"border:1px solid #999;padding:2px 6px\">"
                                             "%s</%s>" % (cell, html.escape(str(c)), cell)
                                             for c in row) + "</tr>")
            paras.append("<table style=\"border-collapse:collapse\">\n" + "\n".join(rows)
                         + "\n</table>")
            continue
        lines = [html.escape(l) for l in block.split("\n")]
        groups = []
        for l in lines:
            q = l.startswith("&gt;")
            if groups and groups[-1][0] == q:
                groups[-1][1].append(l)
            else:
                groups.append((q, [l]))
        for q, ls in groups:
            if q:
                paras.append("<blockquote style=\"border-left:2px solid #ccc;padding-left:6px\">"
                             + "<br>\n".join(l[4:].lstrip() for l in ls) + "</blockquote>")
            else:
                paras.append("<p>" + "<br>\n".join(ls) + "</p>")
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html\">\n</head>\n"
            "<body>\n<div style=\"font-family:%s;font-size:11pt\">\n%s\n</div>\n</body>\n</html>\n"
            % (font, "\n".join(paras)))


def table_text(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for j, r in enumerate(rows):
        out.append("  ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if j == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def make_body(rng, text, form=None, table_rows=None, wrap=None):
    """Return a body node for text.  `form`: plain | html | alt (random if None).
    In the text, a paragraph '[[TABLE]]' is replaced by table_rows."""
    form = form or rng.choice(["plain", "plain", "plain", "html", "alt", "alt"])
    plain = text
    if table_rows:
        plain = text.replace("[[TABLE]]", table_text(table_rows))
    if wrap or (wrap is None and rng.random() < 0.3):
        plain = "\n".join(textwrap.fill(l, 74, break_long_words=False, break_on_hyphens=False)
                          if len(l) > 76 and not l.startswith(">") else l
                          for l in plain.split("\n"))
    parts = []
    if form in ("plain", "alt"):
        cs = pick_charset(rng, plain)
        parts.append(Text(plain, "plain", cs, pick_cte(rng, cs)))
    if form in ("html", "alt"):
        h = text_to_html(text, rng, table_rows)
        cs = pick_charset(rng, h)
        h = h.replace("content=\"text/html\"", "content=\"text/html; charset=%s\"" % cs)
        parts.append(Text(h, "html", cs, pick_cte(rng, cs)))
    if len(parts) == 1:
        return parts[0]
    return Multi("alternative", parts)


# --------------------------------------------------------------------------
# Thread helpers (quoted replies, inline forwards)
# --------------------------------------------------------------------------
def quote(text):
    return "\n".join((">" if not l else "> " + l) if not l.startswith(">") else ">" + l
                     for l in text.split("\n"))


def attribution(dt, who, lang):
    if lang == "fr":
        return "Le %s %d %s %d à %02d:%02d, %s a écrit :" % (
            DAYS_FR[dt.weekday()][:3] + ".", dt.day, MONTHS_FR[dt.month - 1][:4].rstrip("."),
            dt.year, dt.hour, dt.minute, who)
    return "On %s, %s %d, %d at %d:%02d %s, %s wrote:" % (
        DAYS_EN[dt.weekday()][:3], MONTHS_EN[dt.month - 1][:3], dt.day, dt.year,
        (dt.hour % 12) or 12, dt.minute, "AM" if dt.hour < 12 else "PM", who)


def forward_block(dt, sender, to, subject, body, lang, style=None, rng=None):
    style = style or (rng.choice(["outlook", "gmail"]) if rng else "outlook")
    if style == "outlook":
        if lang == "fr":
            head = ("-----Message d'origine-----\nDe : %s\nEnvoyé : %s %d %s %d %02d:%02d\n"
                    "À : %s\nObjet : %s" % (sender, DAYS_FR[dt.weekday()], dt.day,
                                           MONTHS_FR[dt.month - 1], dt.year, dt.hour,
                                           dt.minute, to, subject))
        else:
            head = ("-----Original Message-----\nFrom: %s\nSent: %s, %s %d, %d %d:%02d %s\n"
                    "To: %s\nSubject: %s" % (sender, DAYS_EN[dt.weekday()],
                                             MONTHS_EN[dt.month - 1], dt.day, dt.year,
                                             (dt.hour % 12) or 12, dt.minute,
                                             "AM" if dt.hour < 12 else "PM", to, subject))
    else:
        if lang == "fr":
            head = ("---------- Message transféré ---------\nDe : %s\nDate : %s\n"
                    "Objet : %s\nÀ : %s" % (sender, email.utils.format_datetime(dt), subject, to))
        else:
            head = ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\n"
                    "Subject: %s\nTo: %s" % (sender, email.utils.format_datetime(dt), subject, to))
    return head + "\n\n" + body
