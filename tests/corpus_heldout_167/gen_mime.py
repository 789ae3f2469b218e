"""Hand-assembled MIME: body blocks -> text/html, headers, parts, transports."""
import base64
import email.utils
import hashlib
import html as _html
import quopri
import textwrap
import urllib.parse

from gen_people import ascii_fold


# ------------------------------------------------------------------ body blocks

class Table:
    def __init__(self, rows, header=True):
        self.rows = [[str(c) for c in r] for r in rows]
        self.header = header


class Bullets:
    def __init__(self, items):
        self.items = list(items)


class Pre:
    def __init__(self, text):
        self.text = text


class Quote:
    """A quoted earlier message: intro line + blocks; style 'gt' or 'outlook'."""
    def __init__(self, intro, blocks, headers=None):
        self.intro, self.blocks, self.headers = intro, blocks, headers


class Fwd:
    def __init__(self, marker, headers, blocks):
        self.marker, self.headers, self.blocks = marker, headers, blocks


class Sig:
    def __init__(self, lines, footer=None, dashes=False):
        self.lines, self.footer, self.dashes = lines, footer, dashes


# ------------------------------------------------------------------ mail object

class Att:
    def __init__(self, data, ctype, filename, fn_mode="auto", cte=None, charset=None, disposition="attachment"):
        self.data, self.ctype, self.filename = data, ctype, filename
        self.fn_mode, self.cte, self.charset, self.disposition = fn_mode, cte, charset, disposition


class Mail:
    def __init__(self, lang, category):
        self.lang, self.category = lang, category
        self.sender = None
        self.to, self.cc = [], []
        self.subject = ""
        self.blocks = []
        self.atts = []
        self.inner = []          # (Mail, filename) attached message/rfc822
        self.calendar = None     # str: text/calendar alternative (invitation style)
        self.types = set()
        self.ids = []            # (type, value) inserted, for verification
        self.nam_holders = []
        self.note = ""
        self.date = None
        self.msgid = None
        self.in_reply_to = None
        self.hints = {}
        self.confidential = None

    def add(self, *blocks):
        self.blocks.extend(blocks)


# ------------------------------------------------------------------ text rendering

def _wrap(par, width):
    if not width:
        return par
    out = []
    for line in par.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


def _table_plain(t, style):
    rows = t.rows
    if style == "tab":
        return "\n".join("\t".join(r) for r in rows)
    if style == "pipe":
        return "\n".join("| " + " | ".join(r) + " |" for r in rows)
    if style == "semicolon":
        return "\n".join(" ; ".join(r) for r in rows)
    ncol = max(len(r) for r in rows)
    widths = [max(len(r[i]) if i < len(r) else 0 for r in rows) for i in range(ncol)]
    lines = []
    for k, r in enumerate(rows):
        lines.append("  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0 and t.header:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def render_plain(blocks, tv):
    width = tv.get("wrap")
    parts = []
    for b in blocks:
        if isinstance(b, str):
            parts.append(_wrap(b, width))
        elif isinstance(b, Table):
            parts.append(_table_plain(b, tv.get("table", "pad")))
        elif isinstance(b, Bullets):
            mark = tv.get("bullet", "-")
            parts.append("\n".join("%s %s" % (mark, _wrap(i, width and width - 2).replace("\n", "\n  "))
                                   for i in b.items))
        elif isinstance(b, Pre):
            parts.append(b.text)
        elif isinstance(b, Sig):
            s = ("-- \n" if b.dashes else "") + "\n".join(b.lines)
            if b.footer:
                s += "\n\n" + _wrap(b.footer, width or 76)
            parts.append(s)
        elif isinstance(b, Quote):
            inner = render_plain(b.blocks, dict(tv, wrap=width and width - 2))
            if b.headers:
                head = "\n".join("%s %s" % (k, v) for k, v in b.headers)
                parts.append("_" * 32 + "\n" + head + "\n\n" + inner)
            else:
                quoted = "\n".join((">" + (" " + ln if ln else "")) for ln in inner.split("\n"))
                parts.append(b.intro + "\n" + quoted)
        elif isinstance(b, Fwd):
            head = "\n".join("%s %s" % (k, v) for k, v in b.headers)
            inner = render_plain(b.blocks, tv)
            parts.append(b.marker + "\n" + head + "\n\n" + inner)
    return "\n\n".join(parts) + "\n"


def _esc(s, entities):
    s = _html.escape(s, quote=False)
    if entities:
        out = []
        for ch in s:
            if ord(ch) > 127:
                name = _ENT.get(ch)
                out.append("&%s;" % name if name else "&#%d;" % ord(ch))
            else:
                out.append(ch)
        s = "".join(out)
    return s


_ENT = {"é": "eacute", "è": "egrave", "ê": "ecirc", "à": "agrave", "â": "acirc", "ç": "ccedil",
        "ô": "ocirc", "î": "icirc", "ï": "iuml", "û": "ucirc", "ù": "ugrave", "É": "Eacute",
        "«": "laquo", "»": "raquo", "’": "rsquo", "—": "mdash", "–": "ndash", "°": "deg", "œ": "oelig",
        "\u00a0": "nbsp", "È": "Egrave", "À": "Agrave"}


def _html_blocks(blocks, tv):
    ent = tv.get("entities", False)
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append("<p>" + "<br>\n".join(_esc(x, ent) for x in b.split("\n")) + "</p>")
        elif isinstance(b, Table):
            rows = []
            for k, r in enumerate(b.rows):
                tag = "th" if k == 0 and b.header else "td"
                rows.append("<tr>" + "".join('<%s style="border:1px solid #999;padding:2px 6px">%s</%s>'
                                             % (tag, _esc(c, ent), tag) for c in r) + "</tr>")
            out.append('<table style="border-collapse:collapse;font-size:10pt">\n' + "\n".join(rows) + "\n</table>")
        elif isinstance(b, Bullets):
            out.append("<ul>\n" + "\n".join("<li>%s</li>" % _esc(i, ent) for i in b.items) + "\n</ul>")
        elif isinstance(b, Pre):
            out.append("<pre>" + _esc(b.text, ent) + "</pre>")
        elif isinstance(b, Sig):
            s = '<div style="color:#555;font-size:9pt">' + "<br>\n".join(_esc(x, ent) for x in b.lines) + "</div>"
            if b.footer:
                s += '\n<p style="color:#888;font-size:7.5pt">' + _esc(b.footer, ent) + "</p>"
            out.append(s)
        elif isinstance(b, Quote):
            inner = _html_blocks(b.blocks, tv)
            if b.headers:
                head = "<br>\n".join("<b>%s</b> %s" % (_esc(k, ent), _esc(v, ent)) for k, v in b.headers)
                out.append('<hr>\n<div style="font-size:10pt">' + head + "</div>\n" + inner)
            else:
                out.append("<div>" + _esc(b.intro, ent) + '</div>\n<blockquote style="margin:0 0 0 .8ex;'
                           'border-left:1px solid #ccc;padding-left:1ex">\n' + inner + "\n</blockquote>")
        elif isinstance(b, Fwd):
            head = "<br>\n".join("%s %s" % (_esc(k, ent), _esc(v, ent)) for k, v in b.headers)
            out.append("<div>" + _esc(b.marker, ent) + "<br>\n" + head + "</div>\n" + _html_blocks(b.blocks, tv))
    return "\n".join(out)


def render_html(blocks, tv, charset):
    font = tv.get("font", "Calibri, Arial, sans-serif")
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
            '<body>\n<div style="font-family:%s;font-size:11pt">\n%s\n</div>\n</body>\n</html>\n'
            % (charset, font, _html_blocks(blocks, tv)))


# ------------------------------------------------------------------ charsets / encodings

_SUBST = {"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-", "…": "...", "œ": "oe", "Œ": "OE",
          "€": "EUR", "•": "*", "≥": ">=", "≤": "<=", "→": "->", "×": "x", "µ": "u"}


def fit_charset(text, charset):
    """Return (text, charset) so that text encodes in charset, substituting as old mailers do."""
    if charset == "utf-8":
        return text, charset
    t = text
    if charset in ("iso-8859-1", "us-ascii"):
        t = "".join(_SUBST.get(c, c) for c in t)
    if charset == "us-ascii":
        t = ascii_fold(t).replace("\u00a0", " ").replace("«", '"').replace("»", '"').replace("°", " deg")
    try:
        t.encode(charset)
        return t, charset
    except UnicodeEncodeError:
        return text, "utf-8"


def encode_body(text, charset, cte):
    """Return (bytes, cte) for a text body."""
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        if any(len(ln) > 900 for ln in raw.split(b"\n")):
            cte = "quoted-printable"
        elif cte == "7bit" and any(b > 127 for b in raw):
            cte = "8bit"
    if cte == "base64":
        return base64.encodebytes(raw.replace(b"\n", b"\r\n")), cte
    if cte == "quoted-printable":
        return quopri.encodestring(raw), cte
    return raw, cte


def encoded_words(text, charset, enc):
    """RFC 2047 encoded words, each <= 75 chars, joined by folding whitespace."""
    prefix = "=?%s?%s?" % (charset, enc)
    words, cur = [], b""
    limit = 75 - len(prefix) - 2

    def qenc(bs):
        out = []
        for b in bs:
            c = chr(b)
            if c == " ":
                out.append("_")
            elif c.isalnum() and b < 128 or c in "!*+-/":
                out.append(c)
            else:
                out.append("=%02X" % b)
        return "".join(out)

    def size(bs):
        return len(qenc(bs)) if enc == "Q" else 4 * ((len(bs) + 2) // 3)

    for ch in text:
        bch = ch.encode(charset)
        if size(cur + bch) > limit and cur:
            words.append(cur)
            cur = bch
        else:
            cur += bch
    if cur:
        words.append(cur)
    enc_f = qenc if enc == "Q" else (lambda bs: base64.b64encode(bs).decode("ascii"))
    return "\n ".join(prefix + enc_f(w) + "?=" for w in words)


def fold_plain(name, value):
    line = "%s: %s" % (name, value)
    if len(line) <= 78:
        return line
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 76 and cur != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


def hdr_text(name, value, charset, mode):
    """mode: 'auto' (encode if non-ascii), 'B', 'Q'."""
    is_ascii = all(ord(c) < 128 for c in value)
    if is_ascii and mode == "auto":
        return fold_plain(name, value)
    cs = charset
    try:
        value.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    if cs == "us-ascii":
        cs = "utf-8"
    enc = mode if mode in ("B", "Q") else ("Q" if cs != "utf-8" else "B")
    return "%s: %s" % (name, encoded_words(value, cs, enc))


_SPECIALS = ',.()<>@;:"[]\\'


def _phrase_words(name, cs, enc):
    """Encode a display name: plain atoms stay, runs of words that need encoding become one
    encoded word each (so that decoders never have to join adjacent encoded words)."""
    toks = name.split(" ")
    need = [any(ord(c) > 127 or c in _SPECIALS for c in t) for t in toks]
    out, run = [], []

    def flush():
        if run:
            words = encoded_words(" ".join(run), cs, enc).split("\n ")
            out.append(" ".join(words))
            run.clear()

    for t, n in zip(toks, need):
        if n:
            run.append(t)
        else:
            flush()
            out.append(t)
    flush()
    return " ".join(out)


def fmt_addr(name, addr, charset, mode):
    if not name:
        return "<%s>" % addr if mode == "angle" else addr
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in _SPECIALS):
            return '"%s" <%s>' % (name.replace('"', ""), addr)
        return "%s <%s>" % (name, addr)
    cs = "utf-8" if charset in ("us-ascii",) else charset
    try:
        name.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    enc = "Q" if len(name) < 24 else "B"
    if len(name) > 20 and "," not in name and len(name.encode(cs)) < 40 and enc == "B":
        return "%s <%s>" % (encoded_words(name, cs, "B").replace("\n ", " "), addr)
    return "%s <%s>" % (_phrase_words(name, cs, "Q" if len(name) >= 24 else enc), addr)


def addr_header(field, people, charset, mode="auto"):
    items = [fmt_addr(n, a, charset, mode) for n, a in people]
    line = "%s: %s" % (field, ", ".join(items))
    if len(line) <= 78 and "\n" not in line:
        return line
    return "%s: %s" % (field, ",\n ".join(items))


def _param_filename(fn, mode):
    """Return (content-type name param, disposition params)."""
    ascii_ok = all(ord(c) < 128 for c in fn)
    if mode == "auto":
        mode = "plain" if ascii_ok else "rfc2231"
    if mode == "plain" and not ascii_ok:
        mode = "rfc2231"
    if mode == "plain":
        return 'name="%s"' % fn, 'filename="%s"' % fn
    if mode == "rfc2047":
        ew = encoded_words(fn, "utf-8", "B").replace("\n ", "")
        return 'name="%s"' % ew, 'filename="%s"' % ew
    q = urllib.parse.quote(fn.encode("utf-8"), safe="")
    if len(q) > 60:
        chunks = [q[i:i + 50] for i in range(0, len(q), 50)]
        # do not split inside a %XX escape
        fixed, carry = [], ""
        for ch in chunks:
            ch = carry + ch
            carry = ""
            cut = ch.rfind("%")
            if cut >= len(ch) - 2 and cut != -1:
                carry, ch = ch[cut:], ch[:cut]
            fixed.append(ch)
        if carry:
            fixed[-1] += carry
        parts = ["filename*0*=utf-8''%s" % fixed[0]] + ["filename*%d*=%s" % (i, c) for i, c in enumerate(fixed[1:], 1)]
        disp = ";\n ".join(parts)
    else:
        disp = "filename*=utf-8''%s" % q
    fallback = ascii_fold(fn).replace('"', "")
    if mode == "both":
        disp = 'filename="%s";\n %s' % (fallback, disp)
    return 'name="%s"' % fallback, disp


# ------------------------------------------------------------------ assembly

def _boundary(seed_str, n, style):
    h = hashlib.sha256(("%s/%d" % (seed_str, n)).encode()).hexdigest()
    if style == 0:
        return "----=_NextPart_%s_%s.%s" % (h[:3].upper(), h[3:11].upper(), h[11:19].upper())
    if style == 1:
        return "000000000000%s" % h[:16]
    if style == 2:
        return "_%03d_%s_" % (n, h[:24])
    return "=_b%s" % h[:28]


class _Ctr:
    def __init__(self, key, style):
        self.key, self.n, self.style = key, 0, style

    def next(self):
        self.n += 1
        return _boundary(self.key, self.n, self.style)


def _text_part(text, subtype, charset, cte, extra=""):
    body, cte = encode_body(text, charset, cte)
    head = "Content-Type: text/%s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n" % (subtype, charset, extra, cte)
    return head.encode("ascii") + b"\n" + body.rstrip(b"\n") + b"\n"


def _att_part(att, tv):
    if att.ctype == "message/rfc822":
        inner = att.data
        cte = "7bit" if all(b < 128 for b in inner) else "8bit"
        head = "Content-Type: message/rfc822\n"
        if att.filename:
            _, disp = _param_filename(att.filename, att.fn_mode)
            head += "Content-Disposition: attachment;\n %s\n" % disp
        head += "Content-Transfer-Encoding: %s\n" % cte
        return head.encode("ascii") + b"\n" + inner.rstrip(b"\n") + b"\n"
    mode = att.fn_mode if att.fn_mode != "auto" else tv.get("fn_mode", "auto")
    name_p, disp_p = _param_filename(att.filename, mode)
    if isinstance(att.data, str):
        cs = att.charset or "utf-8"
        text, cs = fit_charset(att.data, cs)
        body, cte = encode_body(text, cs, att.cte or "base64")
        extra = "; method=REQUEST" if att.ctype == "text/calendar" else ""
        head = 'Content-Type: %s; charset="%s"%s;\n %s\n' % (att.ctype, cs, extra, name_p)
    else:
        body = base64.encodebytes(att.data)
        cte = "base64"
        head = "Content-Type: %s;\n %s\n" % (att.ctype, name_p)
    head += "Content-Disposition: %s;\n %s\n" % (att.disposition, disp_p)
    head += "Content-Transfer-Encoding: %s\n" % cte
    return head.encode("ascii") + b"\n" + body.rstrip(b"\n") + b"\n"


def _multipart(subtype, parts, boundary, extra=""):
    head = ('Content-Type: multipart/%s;%s\n boundary="%s"\n' % (subtype, extra, boundary)).encode("ascii")
    bb = boundary.encode("ascii")
    body = b"\n".join(b"--" + bb + b"\n" + p for p in parts) + b"\n--" + bb + b"--\n"
    return head, body


def render(mail, tv, crlf=None):
    """Return bytes of the complete message. tv = transport choices (dict)."""
    charset = tv["charset"]
    plain = render_plain(mail.blocks, tv)
    plain, cs_plain = fit_charset(plain, charset)
    ctr = _Ctr(mail.msgid, tv.get("bstyle", 0))
    mode = tv["body"]

    def body_struct():
        if mode == "plain" and not mail.calendar:
            return _text_part(plain, "plain", cs_plain, tv["cte"], tv.get("flowed", ""))
        html_src = render_html(mail.blocks, tv, charset)
        html, cs_html = fit_charset(html_src, charset)
        if cs_html != charset:
            html = render_html(mail.blocks, tv, cs_html)
        hpart = _text_part(html, "html", cs_html, tv.get("cte_html", tv["cte"]))
        if mode == "html" and not mail.calendar:
            return hpart
        subparts = [_text_part(plain, "plain", cs_plain, tv["cte"])]
        if mode != "plain_cal":
            subparts.append(hpart)
        if mail.calendar:
            cal, cs = fit_charset(mail.calendar, "utf-8")
            subparts.append(_text_part(cal, "calendar", "utf-8", "base64" if tv["cte"] == "base64" else "8bit",
                                       "; method=REQUEST"))
        h, b = _multipart("alternative", subparts, ctr.next())
        return h + b"\n" + b

    inner = body_struct()
    if mail.atts or mail.inner:
        parts = [inner]
        for att in mail.atts:
            parts.append(_att_part(att, tv))
        for sub, fn in mail.inner:
            sub_tv = dict(sub.hints.get("tv") or tv)
            data = render(sub, sub_tv, crlf=False)
            parts.append(_att_part(Att(data, "message/rfc822", fn, fn_mode="auto"), tv))
        h, b = _multipart("mixed", parts, ctr.next())
        top = h + b"\n" + b
    else:
        top = inner

    headers = []
    hcs = tv.get("hcharset", charset)
    order = tv.get("horder", 0)
    frm = addr_header("From", [mail.sender], hcs)
    to = addr_header("To", mail.to, hcs)
    cc = addr_header("Cc", mail.cc, hcs) if mail.cc else None
    subj = hdr_text("Subject", mail.subject, hcs, tv.get("subj", "auto"))
    date = "Date: " + email.utils.format_datetime(mail.date)
    mid = "Message-ID: " + mail.msgid
    if order == 0:
        headers = [frm, to] + ([cc] if cc else []) + [subj, date, mid]
    elif order == 1:
        headers = [date, frm, to] + ([cc] if cc else []) + [mid, subj]
    else:
        headers = [mid, date, subj, frm, to] + ([cc] if cc else [])
    if mail.in_reply_to:
        headers.append("In-Reply-To: " + mail.in_reply_to)
        headers.append("References: " + mail.in_reply_to)
    if tv.get("xmailer"):
        headers.append(tv["xmailer"])
    if tv.get("lang_hdr"):
        headers.append("Content-Language: %s" % ("fr-CA" if mail.lang == "fr" else "en-CA"))
    if mail.hints.get("importance"):
        headers.append("Importance: high")
    headers.append("MIME-Version: 1.0")
    data = ("\n".join(headers) + "\n").encode("ascii") + top
    use_crlf = tv.get("crlf", False) if crlf is None else crlf
    if use_crlf:
        data = data.replace(b"\n", b"\r\n")
    return data


XMAILERS = [
    None, None,
    "X-Mailer: Microsoft Outlook 16.0",
    "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.12.2",
    "X-Mailer: Apple Mail (2.3774.600.62)",
    "X-Mailer: Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF128 (Win)/9.0.0_GA_4583)",
    "X-Mailer: iPhone Mail (21G93)",
]


def choose_transport(rng, mail):
    """Pick transport features for a message; mail.hints may force some."""
    h = mail.hints
    tv = {}
    r = rng.random()
    tv["body"] = h.get("body") or ("plain" if r < 0.42 else "html" if r < 0.57 else "alt")
    text_all = mail.subject + "".join(b if isinstance(b, str) else "" for b in mail.blocks)
    ascii_only = all(ord(c) < 128 for c in text_all)
    r = rng.random()
    if h.get("charset"):
        cs = h["charset"]
    elif ascii_only and r < 0.5:
        cs = "us-ascii"
    elif mail.lang == "en" and r < 0.12:
        cs = "us-ascii"
    elif r < 0.62:
        cs = "utf-8"
    elif r < 0.80:
        cs = "iso-8859-1"
    else:
        cs = "windows-1252"
    tv["charset"] = cs
    r = rng.random()
    if cs == "us-ascii":
        tv["cte"] = "7bit" if r < 0.75 else ("quoted-printable" if r < 0.9 else "base64")
    else:
        tv["cte"] = "8bit" if r < 0.35 else ("quoted-printable" if r < 0.75 else "base64")
    if h.get("cte"):
        tv["cte"] = h["cte"]
    tv["cte_html"] = tv["cte"] if rng.random() < 0.7 else ("quoted-printable" if tv["cte"] != "quoted-printable" else "base64")
    tv["crlf"] = h.get("crlf", rng.random() < 0.45)
    tv["wrap"] = rng.choice([None, 72, 76, None, 78])
    tv["table"] = rng.choice(["pad", "pad", "tab", "pipe", "semicolon"])
    tv["bullet"] = rng.choice(["-", "*", "•", "o"])
    tv["entities"] = rng.random() < 0.3
    tv["subj"] = rng.choice(["auto", "auto", "auto", "B", "Q"]) if mail.lang == "en" and rng.random() < 0.25 else "auto"
    tv["hcharset"] = cs if cs != "us-ascii" else "utf-8"
    tv["horder"] = rng.randrange(3)
    tv["bstyle"] = rng.randrange(4)
    tv["xmailer"] = rng.choice(XMAILERS)
    tv["lang_hdr"] = rng.random() < 0.4
    tv["font"] = rng.choice(["Calibri, Arial, sans-serif", "Aptos, Calibri, sans-serif", "Arial, sans-serif",
                             "Segoe UI, sans-serif"])
    if tv["body"] == "plain" and tv["cte"] in ("7bit", "8bit") and tv["wrap"] and rng.random() < 0.2:
        tv["flowed"] = "; format=flowed"
    tv["fn_mode"] = rng.choice(["auto", "auto", "auto", "rfc2231", "both", "rfc2047"])
    tv.update(h.get("tv_over", {}))
    return tv
