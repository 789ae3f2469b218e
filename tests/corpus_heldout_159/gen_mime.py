"""Hand assembly of MIME messages, byte-for-byte deterministic.

Messages are built with LF internally and converted to CRLF at the end when
asked.  Every choice (charset, transfer encoding, boundary, header encoding)
is passed in explicitly by the caller.
"""
import base64
import email.charset
import email.header
import email.utils
import html
import quopri
import re
import textwrap
import urllib.parse


class Att:
    """An attachment. Either data (bytes) or msg (a nested Mail)."""

    def __init__(self, filename, ctype, data=None, msg=None, charset=None, cte=None,
                 name_style="plain", inline=False):
        self.filename = filename
        self.ctype = ctype
        self.data = data
        self.msg = msg
        self.charset = charset
        self.cte = cte
        self.name_style = name_style  # plain | 2231 | 2231cont | 2047
        self.inline = inline


class Mail:
    def __init__(self, sender, to, subject, text, date, cc=None, html_body=None, layout="plain",
                 attachments=None, in_reply_to=None, extra_headers=None):
        self.sender = sender
        self.to = list(to)
        self.cc = list(cc or [])
        self.subject = subject
        self.text = text
        self.html = html_body
        self.layout = layout  # plain | html | alt
        self.attachments = list(attachments or [])
        self.date = date
        self.in_reply_to = in_reply_to
        self.extra_headers = list(extra_headers or [])
        self.msgid = None


class Opts:
    def __init__(self, charset="utf-8", cte="quoted-printable", eol="\r\n", subj_enc="b",
                 boundary_style=0, key="0000", mailer=None, wrap=True):
        self.charset = charset
        self.cte = cte
        self.eol = eol
        self.subj_enc = subj_enc  # b | q
        self.boundary_style = boundary_style
        self.key = key
        self.mailer = mailer
        self.wrap = wrap


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


def encode_word(s, cs, enc):
    ch = email.charset.Charset(cs)
    ch.header_encoding = email.charset.BASE64 if enc == "b" else email.charset.QP
    return email.header.Header(s, ch, maxlinelen=76).encode()


def hdr_text(s, opts, force=False):
    if is_ascii(s) and not force:
        return s
    cs = opts.charset if opts.charset in ("iso-8859-1", "windows-1252") and can_encode(s, opts.charset) else "utf-8"
    return encode_word(s, cs, opts.subj_enc)


def hdr_addr(pair, opts):
    name, addr = pair
    if not name:
        return addr
    if is_ascii(name):
        return email.utils.formataddr((name, addr))
    return "%s <%s>" % (hdr_text(name, opts), addr)


def wrap_text(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width + 2 or line.startswith("|") or "\t" in line or line.startswith("  ") or "  " in line.strip():
            out.append(line)
            continue
        prefix = ""
        while line.startswith(">"):
            prefix += ">"
            line = line[1:]
            if line.startswith(" "):
                prefix += " "
                line = line[1:]
        ind = ""
        if line[:2] in ("- ", "* ", "• "):
            ind = "  "
        prot = re.sub(r"(?<=[0-9A-Z]) (?=[0-9])| (?=[:;?!»])|(?<=«) ", "\x00", line)
        wrapped = textwrap.wrap(prot, width=width - len(prefix), subsequent_indent=ind,
                                break_long_words=False, break_on_hyphens=False) or [""]
        out.extend(prefix + w.replace("\x00", " ") for w in wrapped)
    return "\n".join(out)


def text_to_html(text, lang="fr"):
    paras = text.split("\n\n")
    out = ['<html>', '<head>', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', '</head>',
           '<body style="font-family: Calibri, Arial, sans-serif; font-size: 11pt;">']
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines if l.strip()):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append('<blockquote style="border-left: 2px solid #1f4e79; padding-left: 8px; margin-left: 4px;">%s</blockquote>' % inner)
        elif lines and all(l.startswith("- ") for l in lines if l.strip()):
            out.append("<ul>")
            out.extend("<li>%s</li>" % html.escape(l[2:]) for l in lines if l.strip())
            out.append("</ul>")
        else:
            out.append("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in lines))
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out)


def _body_bytes(text, charset, cte):
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        return raw if raw.endswith(b"\n") else raw + b"\n"
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw, quotetabs=False)
        return enc if enc.endswith(b"\n") else enc + b"\n"
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def _pick_cte(text, charset, cte):
    raw = text.encode(charset)
    longest = max((len(l) for l in raw.split(b"\n")), default=0)
    if cte == "7bit" and (not is_ascii(text) or longest > 990):
        return "quoted-printable"
    if cte == "8bit" and longest > 990:
        return "quoted-printable"
    if cte == "8bit" and is_ascii(text):
        return "7bit"
    return cte


def _pick_charset(text, charset):
    if charset == "us-ascii" and not is_ascii(text):
        return "utf-8"
    if charset in ("iso-8859-1", "windows-1252") and not can_encode(text, charset):
        if can_encode(text, "windows-1252"):
            return "windows-1252"
        return "utf-8"
    return charset


class Part:
    def __init__(self, headers, body=None, children=None, boundary=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary


def text_part(text, subtype, opts):
    cs = _pick_charset(text, opts.charset)
    cte = _pick_cte(text, cs, opts.cte)
    if subtype == "html":
        text = re.sub(r'(<meta[^>]*charset=)[A-Za-z0-9_-]+', lambda m: m.group(1) + cs, text, count=1)
    hdrs = [("Content-Type", 'text/%s; charset="%s"' % (subtype, cs)), ("Content-Transfer-Encoding", cte)]
    return Part(hdrs, _body_bytes(text, cs, cte))


def _param(name, value, style):
    if style == "plain" and is_ascii(value):
        return '%s="%s"' % (name, value)
    if style == "2047":
        return '%s="%s"' % (name, encode_word(value, "utf-8", "b").replace("\n ", " "))
    q = urllib.parse.quote(value.encode("utf-8"), safe="")
    if style == "2231cont" and len(q) > 40:
        chunks, cur = [], ""
        for ch in value:
            enc = urllib.parse.quote(ch.encode("utf-8"), safe="")
            if len(cur) + len(enc) > 40:
                chunks.append(cur)
                cur = ""
            cur += enc
        if cur:
            chunks.append(cur)
        segs = []
        for i, c in enumerate(chunks):
            segs.append("%s*%d*=%s%s" % (name, i, "utf-8''" if i == 0 else "", c))
        return ";\n\t".join(segs)
    return "%s*=utf-8''%s" % (name, q)


def att_part(att, opts, depth):
    disp = "inline" if att.inline else "attachment"
    style = att.name_style
    if style == "plain" and not is_ascii(att.filename):
        style = "2231"
    if is_ascii(att.filename):
        name_style = "plain"
    else:
        name_style = "2047" if style == "2047" else style
    fn_style = "2231" if style == "2047" else style
    ctype = att.ctype
    if att.msg is not None:
        inner = render(att.msg, opts, depth + 1, top=True)
        hdrs = [("Content-Type", "message/rfc822"),
                ("Content-Disposition", "%s; %s" % (disp, _param("filename", att.filename, fn_style)))]
        if any(b > 127 for b in inner):
            hdrs.insert(1, ("Content-Transfer-Encoding", "8bit"))
        else:
            hdrs.insert(1, ("Content-Transfer-Encoding", "7bit"))
        return Part(hdrs, inner)
    if ctype.startswith("text/"):
        cs = att.charset or "utf-8"
        text = att.data
        cte = att.cte or "base64"
        if cte in ("7bit", "8bit", "quoted-printable"):
            cte = _pick_cte(text, cs, cte)
        ct = '%s; charset="%s"; %s' % (ctype, cs, _param("name", att.filename, name_style))
        body = _body_bytes(text, cs, cte)
    else:
        cte = "base64"
        ct = "%s; %s" % (ctype, _param("name", att.filename, name_style))
        body = base64.encodebytes(att.data)
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte),
            ("Content-Disposition", "%s; %s" % (disp, _param("filename", att.filename, fn_style)))]
    return Part(hdrs, body)


def boundary(opts, n):
    k = opts.key
    st = opts.boundary_style % 4
    if st == 0:
        return "----=_Part_%s_%d.17%s" % (k, n, k[::-1])
    if st == 1:
        return "_%03d_LMCDE%sQC%02d_" % (n, k, n * 7)
    if st == 2:
        return "------------%s%08d%04d" % (k, 31415926 + n, n)
    return "=_mrl_%s_%d" % (k, n)


def build_tree(mail, opts, depth):
    counter = [depth * 10]

    def nb():
        counter[0] += 1
        return boundary(opts, counter[0])

    text = wrap_text(mail.text) if (mail.text is not None and opts.wrap) else mail.text
    if mail.layout == "html":
        body = text_part(mail.html or text_to_html(mail.text), "html", opts)
    elif mail.layout == "alt":
        body = Part([("Content-Type", None)], children=[
            text_part(text, "plain", opts),
            text_part(mail.html or text_to_html(mail.text), "html", opts)], boundary=nb())
        body.headers = [("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % body.boundary)]
    else:
        body = text_part(text, "plain", opts)
    if not mail.attachments:
        return body
    kids = [body] + [att_part(a, opts, depth) for a in mail.attachments]
    b = nb()
    return Part([("Content-Type", 'multipart/mixed;\n\tboundary="%s"' % b)], children=kids, boundary=b)


def _render_part(part, out, preamble):
    for name, value in part.headers:
        out.append(("%s: %s\n" % (name, value)).encode("ascii"))
    out.append(b"\n")
    if part.children is None:
        out.append(part.body)
        return
    if preamble:
        out.append(b"This is a multi-part message in MIME format.\n\n")
    for ch in part.children:
        out.append(("--%s\n" % part.boundary).encode("ascii"))
        _render_part(ch, out, False)
        if not out[-1].endswith(b"\n"):
            out.append(b"\n")
    out.append(("--%s--\n" % part.boundary).encode("ascii"))


def render(mail, opts, depth=0, top=True):
    """Render to bytes with LF line ends (depth > 0: nested message)."""
    hdrs = [("From", hdr_addr(mail.sender, opts)),
            ("To", ",\n ".join(hdr_addr(a, opts) for a in mail.to))]
    if mail.cc:
        hdrs.append(("Cc", ",\n ".join(hdr_addr(a, opts) for a in mail.cc)))
    hdrs.append(("Subject", hdr_text(mail.subject, opts)))
    hdrs.append(("Date", email.utils.format_datetime(mail.date)))
    hdrs.append(("Message-ID", mail.msgid))
    if mail.in_reply_to:
        hdrs.append(("In-Reply-To", mail.in_reply_to))
        hdrs.append(("References", mail.in_reply_to))
    for h in mail.extra_headers:
        hdrs.append(h)
    if opts.mailer and depth == 0:
        hdrs.append(("X-Mailer", opts.mailer))
    hdrs.append(("MIME-Version", "1.0"))
    tree = build_tree(mail, opts, depth)
    tree.headers = hdrs + tree.headers
    out = []
    _render_part(tree, out, preamble=(opts.boundary_style % 2 == 0))
    return b"".join(out)


def to_eol(raw, eol):
    if eol == "\r\n":
        return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw
