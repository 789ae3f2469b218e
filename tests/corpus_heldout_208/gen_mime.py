"""Message specification, body rendering (text / HTML) and hand-made MIME serialization.

Everything is deterministic: boundaries and Message-IDs come from the per-message RNG,
dates are fixed by the caller.
"""
import base64
import datetime
import html
import quopri
import urllib.parse
from email.header import Header
from email.utils import formataddr, format_datetime


class Att:
    def __init__(self, filename, ctype, data, cte=None, inline=False):
        self.filename, self.ctype, self.data, self.cte, self.inline = filename, ctype, data, cte, inline


class Msg:
    def __init__(self, cat, lang, confidential, note):
        self.cat, self.lang, self.confidential, self.note = cat, lang, confidential, note
        self.types = set()
        self.subject = ""
        self.sender = None          # (name, addr)
        self.to = []                # [(name, addr)]
        self.cc = []
        self.blocks = []
        self.atts = []
        self.ids = []               # [(kind, canonical)]
        self.nams = []              # [(record-like Person, dob_str, sex_str)]
        self.must = []              # strings that must be present in decoded text
        self.persons = []           # patients named in this message
        self.date = None            # datetime with tz
        self.prefs = {}
        self.headers = []           # extra headers [(k, v)]

    def add(self, *types):
        for t in types:
            self.types.add(t)


# ---------------------------------------------------------------- body rendering
def _cap(line):
    """Signature lines start with a capital (roles are stored in lower case)."""
    if line and line[0].islower() and "@" not in line:
        return line[0].upper() + line[1:]
    return line


def _table_text(header, rows, style):
    cols = [header] + rows
    if style == "pipe":
        return "\n".join(" | ".join(str(c) for c in r) for r in cols)
    if style == "tab":
        return "\n".join("\t".join(str(c) for c in r) for r in cols)
    widths = [max(len(str(r[i])) for r in cols) for i in range(len(header))]
    out = []
    for j, r in enumerate(cols):
        out.append("  ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if j == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def render_text(blocks, tstyle="aligned"):
    parts = []
    for b in blocks:
        if isinstance(b, str):
            parts.append(b)
        elif b[0] == "table":
            parts.append(_table_text(b[1], b[2], tstyle))
        elif b[0] == "pre":
            parts.append(b[1])
        elif b[0] == "list":
            parts.append("\n".join("- " + x for x in b[1]))
        elif b[0] == "sig":
            parts.append("-- \n" + "\n".join(_cap(x) for x in b[1]))
        elif b[0] == "quote":
            inner = render_text(b[2], tstyle)
            q = "\n".join(("> " + ln) if ln else ">" for ln in inner.split("\n"))
            parts.append(b[1] + "\n" + q)
        elif b[0] == "fwd":
            hdr = "\n".join("%s %s" % (k, v) for k, v in b[2])
            parts.append(b[1] + "\n" + hdr + "\n\n" + render_text(b[3], tstyle))
        else:
            raise ValueError(b[0])
    return "\n\n".join(parts) + "\n"


def _h(s, entities):
    s = html.escape(s, quote=False)
    if entities:
        s = s.encode("ascii", "xmlcharrefreplace").decode("ascii")
    return s.replace("\n", "<br>\n")


def render_html_body(blocks, entities=False):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append("<p>%s</p>" % _h(b, entities))
        elif b[0] == "table":
            rows = ["<tr>" + "".join('<th style="text-align:left;border:1px solid #999;padding:2px 6px">%s</th>'
                                     % _h(str(c), entities) for c in b[1]) + "</tr>"]
            for r in b[2]:
                rows.append("<tr>" + "".join('<td style="border:1px solid #999;padding:2px 6px">%s</td>'
                                             % _h(str(c), entities) for c in r) + "</tr>")
            out.append('<table style="border-collapse:collapse;font-size:10pt">\n%s\n</table>' % "\n".join(rows))
        elif b[0] == "pre":
            out.append("<pre>%s</pre>" % html.escape(b[1], quote=False)
                       .encode("ascii", "xmlcharrefreplace").decode("ascii") if entities
                       else "<pre>%s</pre>" % html.escape(b[1], quote=False))
        elif b[0] == "list":
            out.append("<ul>\n%s\n</ul>" % "\n".join("<li>%s</li>" % _h(x, entities) for x in b[1]))
        elif b[0] == "sig":
            out.append('<div style="color:#555;font-size:9pt">%s</div>' % "<br>\n".join(_h(_cap(x), entities) for x in b[1]))
        elif b[0] == "quote":
            out.append('<div>%s</div>\n<blockquote style="border-left:2px solid #ccc;margin-left:4px;padding-left:8px">\n%s\n</blockquote>'
                       % (_h(b[1], entities), render_html_body(b[2], entities)))
        elif b[0] == "fwd":
            hdr = "<br>\n".join("<b>%s</b> %s" % (_h(k, entities), _h(v, entities)) for k, v in b[2])
            out.append('<div>%s<br>\n%s</div>\n%s' % (_h(b[1], entities), hdr, render_html_body(b[3], entities)))
        else:
            raise ValueError(b[0])
    return "\n".join(out)


def render_html(blocks, entities=False, title=None):
    head = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % ("us-ascii" if entities else "{CHARSET}")
    t = "<title>%s</title>" % _h(title, entities) if title else ""
    return ('<html><head>%s%s</head>\n<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n'
            % (head, t, render_html_body(blocks, entities)))


# ---------------------------------------------------------------- serialization helpers
def can_encode(text, charset):
    try:
        text.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw, quotetabs=False)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def b64(data):
    return base64.encodebytes(data)


def enc_header(value, charset="utf-8", force=False, name="Subject"):
    if not force:
        try:
            value.encode("ascii")
            return value
        except UnicodeEncodeError:
            pass
    return Header(value, charset, header_name=name).encode(linesep="\n")


def enc_addr(pair, charset="utf-8"):
    name, addr = pair
    if not name:
        return addr
    return formataddr((name, addr), charset=charset)


def rfc2231_param(key, value):
    """Return a Content-Disposition / Content-Type parameter string."""
    try:
        value.encode("ascii")
        return '%s="%s"' % (key, value)
    except UnicodeEncodeError:
        q = urllib.parse.quote(value.encode("utf-8"), safe="")
        if len(q) <= 60:
            return "%s*=utf-8''%s" % (key, q)
        chunks, i = [], 0
        while i < len(q):
            j = min(i + 50, len(q))
            # do not split a %XX escape
            while j < len(q) and "%" in q[j - 2:j]:
                j -= 1
            chunks.append(q[i:j])
            i = j
        first = "%s*0*=utf-8''%s" % (key, chunks[0])
        rest = ["%s*%d*=%s" % (key, n, c) for n, c in enumerate(chunks[1:], 1)]
        return ";\n\t".join([first] + rest)


class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None, preamble=None):
        self.headers, self.body, self.children, self.boundary, self.preamble = headers, body, children, boundary, preamble

    def serialize(self):
        out = []
        for k, v in self.headers:
            out.append(("%s: %s\n" % (k, v)).encode("ascii"))
        out.append(b"\n")
        if self.children is None:
            body = self.body
            if body and not body.endswith(b"\n"):
                body += b"\n"
            out.append(body)
        else:
            if self.preamble:
                out.append(self.preamble.encode("ascii") + b"\n")
            for c in self.children:
                out.append(("--%s\n" % self.boundary).encode("ascii"))
                out.append(c.serialize())
            out.append(("--%s--\n" % self.boundary).encode("ascii"))
        return b"".join(out)


def text_part(text, subtype, charset, cte):
    if subtype == "html":
        text = text.replace("{CHARSET}", charset)
    hdrs = [("Content-Type", 'text/%s; charset="%s"' % (subtype, charset)),
            ("Content-Transfer-Encoding", cte)]
    return Part(hdrs, encode_body(text, charset, cte))


def att_part(att, rng_hex):
    main = att.ctype
    disp = "inline" if att.inline else "attachment"
    if main == "message/rfc822":
        hdrs = [("Content-Type", "message/rfc822"),
                ("Content-Disposition", '%s; %s' % (disp, rfc2231_param("filename", att.filename)))]
        return Part(hdrs, att.data if att.data.endswith(b"\n") else att.data + b"\n")
    cte = att.cte or "base64"
    data = att.data
    if cte != "base64":
        data = data.replace(b"\r\n", b"\n")
    ct = main
    if main.startswith("text/"):
        ct += '; charset="utf-8"'
        if main == "text/calendar":
            ct += "; method=REQUEST"
    ct += "; " + rfc2231_param("name", att.filename)
    hdrs = [("Content-Type", ct),
            ("Content-Disposition", "%s; %s" % (disp, rfc2231_param("filename", att.filename))),
            ("Content-Transfer-Encoding", cte)]
    if cte == "base64":
        body = b64(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data, quotetabs=False)
    else:
        body = data
    return Part(hdrs, body)


def build(m, rng, idx, ascii_safe=False):
    """Serialize a Msg to bytes (LF line ends; caller may convert to CRLF)."""
    p = m.prefs
    tstyle = p.get("tstyle", "aligned")
    text = render_text(m.blocks, tstyle)
    structure = p.get("structure", "plain")
    entities = p.get("entities", False)
    htmltext = render_html(m.blocks, entities=entities, title=p.get("html_title")) if structure in ("html", "alt") else None

    def pick_charset(s):
        cs = p.get("charset", "utf-8")
        if not can_encode(s, cs):
            cs = "utf-8"
        return cs

    def pick_cte(cs, s):
        cte = p.get("cte", "8bit")
        ascii_ok = can_encode(s, "ascii") and max((len(x) for x in s.split("\n")), default=0) < 990
        if cte == "7bit" and not ascii_ok:
            cte = "quoted-printable"
        if cte == "8bit" and ascii_safe:
            cte = "quoted-printable"
        if cs == "us-ascii" and cte == "8bit":
            cte = "7bit"
        return cte

    bnd = lambda lvl: "----=_Part_%03d_%d_%s" % (idx, lvl, "%012x" % rng.getrandbits(48))
    if structure == "html":
        cs = "us-ascii" if entities else pick_charset(htmltext)
        body = text_part(htmltext, "html", cs, pick_cte(cs, htmltext))
    elif structure == "alt":
        cs = pick_charset(text + (htmltext if not entities else ""))
        cte = pick_cte(cs, text + htmltext)
        b1 = bnd(1)
        body = Part([("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b1)], children=[
            text_part(text, "plain", cs, cte),
            text_part(htmltext, "html", "us-ascii" if entities else cs, cte if not (entities and cte == "8bit") else "7bit"),
        ], boundary=b1)
    else:
        cs = pick_charset(text)
        body = text_part(text, "plain", cs, pick_cte(cs, text))

    if m.atts:
        b0 = bnd(0)
        top = Part([("Content-Type", 'multipart/mixed;\n\tboundary="%s"' % b0)],
                   children=[body] + [att_part(a, None) for a in m.atts], boundary=b0,
                   preamble="This is a multi-part message in MIME format.")
    else:
        top = body

    hcs = p.get("hcharset", "utf-8")
    hdrs = [("From", enc_addr(m.sender, hcs)),
            ("To", ",\n\t".join(enc_addr(a, hcs) for a in m.to))]
    if m.cc:
        hdrs.append(("Cc", ",\n\t".join(enc_addr(a, hcs) for a in m.cc)))
    subj = m.subject
    hdrs.append(("Subject", enc_header(subj, hcs if can_encode(subj, hcs) else "utf-8",
                                       force=p.get("force_subject_encoding", False))))
    hdrs.append(("Date", format_datetime(m.date)))
    hdrs.append(("Message-ID", "<%s.%s@%s>" % (m.date.strftime("%Y%m%d%H%M%S"), "%010x" % rng.getrandbits(40),
                                               m.sender[1].split("@")[1])))
    hdrs.extend(m.headers)
    hdrs.append(("MIME-Version", "1.0"))
    if p.get("mailer"):
        hdrs.append(("X-Mailer", p["mailer"]))
    top.headers = hdrs + top.headers
    return top.serialize()


def tz_for(d):
    # crude Eastern time: EDT from mid-March to early November
    off = -4 if (d.month, d.day) >= (3, 10) and (d.month, d.day) < (11, 3) else -5
    return datetime.timezone(datetime.timedelta(hours=off))
