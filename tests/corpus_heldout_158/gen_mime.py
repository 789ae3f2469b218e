"""Hand-assembled MIME: message specification, body rendering (plain / HTML), charsets,
transfer encodings, RFC 2047 headers, RFC 2231 file names, attachments and serialisation."""
import base64
import datetime as dt
import hashlib
import html
import quopri
import urllib.parse
from email.header import Header
from email.utils import format_datetime

import gen_docs as docs


# ---------------------------------------------------------------------------
# Specifications
# ---------------------------------------------------------------------------

class Att:
    def __init__(self, filename, ctype, data, text_like=False, params=None):
        self.filename = filename
        self.ctype = ctype
        self.data = data
        self.text_like = text_like
        self.params = params or {}


class Msg:
    def __init__(self, lang, category, sender, to, subject, blocks, cc=(), attachments=(),
                 types=(), note="", form=None, date=None, in_reply_to=None):
        self.lang = lang
        self.category = category
        self.sender = sender
        self.to = list(to)
        self.cc = list(cc)
        self.subject = subject
        self.blocks = list(blocks)
        self.attachments = list(attachments)
        self.types = sorted(set(types))
        self.note = note
        self.form = form
        self.date = date
        self.in_reply_to = in_reply_to
        self.nams = []          # holder dicts placed in this message
        self.ids = []           # (kind, compact) identifiers placed
        self.extra_headers = []


def att_pdf(filename, title, blocks, rng, author="", header=None):
    return Att(filename, "application/pdf",
               docs.make_pdf(title, blocks, author=author, compress=rng.random() < 0.7, header=header))


def att_docx(filename, title, blocks):
    return Att(filename, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               docs.make_docx(title, blocks))


def att_xlsx(filename, sheets):
    return Att(filename, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               docs.make_xlsx(sheets))


def att_csv(filename, headers, rows, rng):
    enc = rng.choice(["utf-8", "utf-8", "windows-1252"])
    try:
        data = docs.make_csv(headers, rows, encoding=enc, delimiter=rng.choice([",", ";"]),
                             bom=rng.random() < 0.3)
    except UnicodeEncodeError:
        enc = "utf-8"
        data = docs.make_csv(headers, rows, encoding=enc)
    return Att(filename, "text/csv", data, text_like=True, params={"charset": enc})


def att_ics(filename, **kw):
    return Att(filename, "text/calendar", docs.make_ics(**kw), text_like=True,
               params={"charset": "utf-8", "method": kw.get("method", "REQUEST")})


def att_vcf(filename, **kw):
    return Att(filename, "text/vcard", docs.make_vcf(**kw), text_like=True,
               params={"charset": "utf-8"})


def att_zip(filename, members):
    """members: list of Att; stored under their file names."""
    return Att(filename, "application/zip", docs.make_zip([(a.filename, a.data) for a in members]))


def att_eml(filename, inner_bytes):
    return Att(filename, "message/rfc822", inner_bytes)


# ---------------------------------------------------------------------------
# Body rendering
# ---------------------------------------------------------------------------

def _plain_table(headers, rows, style):
    rows = [[str(c) for c in r] for r in rows]
    headers = [str(h) for h in headers]
    if style == "tab":
        return "\n".join("\t".join(r) for r in [headers] + rows)
    if style == "semi":
        return "\n".join(" ; ".join(r) for r in [headers] + rows)
    widths = [max(len(r[i]) for r in [headers] + rows) for i in range(len(headers))]
    if style == "pipe":
        out = ["| " + " | ".join(h.ljust(widths[i]) for i, h in enumerate(headers)) + " |",
               "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
        out += ["| " + " | ".join(c.ljust(widths[i]) for i, c in enumerate(r)) + " |" for r in rows]
        return "\n".join(out)
    out = ["  ".join(h.ljust(widths[i]) for i, h in enumerate(headers)).rstrip()]
    out += ["  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip() for r in rows]
    return "\n".join(out)


def render_plain(blocks, lang, style, bullet="-"):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif b[0] == "table":
            out.append(_plain_table(b[1], b[2], style))
        elif b[0] == "kv":
            sep = " : " if lang == "fr" else ": "
            out.append("\n".join(f"{k}{sep}{v}" for k, v in b[1]))
        elif b[0] == "list":
            out.append("\n".join(f"{bullet} {x}" for x in b[1]))
        elif b[0] == "pre":
            out.append(b[1])
        elif b[0] == "h":
            out.append(b[1].upper() if style == "pipe" else b[1])
        elif b[0] == "sig":
            out.append("-- \n" + "\n".join(b[1]))
        elif b[0] == "quote":
            inner = render_plain(b[2], lang, style, bullet)
            quoted = "\n".join((">" + (" " + ln if ln else "")) for ln in inner.split("\n"))
            out.append(b[1] + "\n" + quoted)
        elif b[0] == "fwd":
            sepline = ("-------- Message transféré --------" if lang == "fr"
                       else "---------- Forwarded message ---------")
            inner = render_plain(b[2], lang, style, bullet)
            out.append(sepline + "\n" + "\n".join(b[1]) + "\n\n" + inner)
        else:
            raise ValueError(b[0])
    return "\n\n".join(out)


def _h(s):
    return html.escape(s, quote=False).replace("\n", "<br>\n")


def render_html_blocks(blocks, lang):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(f"<p>{_h(b)}</p>")
        elif b[0] == "table":
            rows = ["<tr>" + "".join(f"<th>{_h(str(h))}</th>" for h in b[1]) + "</tr>"]
            rows += ["<tr>" + "".join(f"<td>{_h(str(c))}</td>" for c in r) + "</tr>" for r in b[2]]
            out.append('<table border="1" cellpadding="4" cellspacing="0" '
                       'style="border-collapse:collapse;font-size:10pt">\n' + "\n".join(rows)
                       + "\n</table>")
        elif b[0] == "kv":
            out.append("<p>" + "<br>\n".join(f"<b>{_h(k)}</b> : {_h(str(v))}" if lang == "fr"
                                              else f"<b>{_h(k)}:</b> {_h(str(v))}"
                                              for k, v in b[1]) + "</p>")
        elif b[0] == "list":
            out.append("<ul>\n" + "\n".join(f"<li>{_h(x)}</li>" for x in b[1]) + "\n</ul>")
        elif b[0] == "pre":
            out.append(f"<pre>{html.escape(b[1], quote=False)}</pre>")
        elif b[0] == "h":
            out.append(f"<h3>{_h(b[1])}</h3>")
        elif b[0] == "sig":
            out.append('<p style="color:#555555;font-size:9pt">' + "<br>\n".join(_h(x) for x in b[1])
                       + "</p>")
        elif b[0] == "quote":
            out.append(f"<div>{_h(b[1])}</div>\n"
                       '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
                       + render_html_blocks(b[2], lang) + "\n</blockquote>")
        elif b[0] == "fwd":
            sepline = ("-------- Message transféré --------" if lang == "fr"
                       else "---------- Forwarded message ---------")
            out.append(f"<div>{_h(sepline)}<br>\n" + "<br>\n".join(_h(x) for x in b[1]) + "</div>\n"
                       + render_html_blocks(b[2], lang))
    return "\n".join(out)


def render_html(blocks, lang, charset):
    return ("<html>\n<head>\n"
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            "</head>\n"
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + render_html_blocks(blocks, lang) + "\n</body>\n</html>\n")


# ---------------------------------------------------------------------------
# Low-level MIME nodes
# ---------------------------------------------------------------------------

class Node:
    def __init__(self, headers, body=b"", children=None, boundary=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary

    def serialize(self, nl):
        out = b""
        for k, v in self.headers:
            out += f"{k}: {v}".replace("\r\n", "\n").replace("\n", nl.decode()).encode("ascii") + nl
        out += nl
        if self.children is None:
            return out + self.body
        out += b"This is a multi-part message in MIME format." + nl + nl
        for c in self.children:
            out += b"--" + self.boundary.encode() + nl + c.serialize(nl) + nl
        out += b"--" + self.boundary.encode() + b"--" + nl
        return out


def _fix_nl(data, nl):
    return data.replace(b"\r\n", b"\n").replace(b"\n", nl)


def encode_body(data, cte, nl):
    """data: raw bytes with \n line ends (text) or binary."""
    if cte in ("7bit", "8bit"):
        return _fix_nl(data, nl) + (b"" if data.endswith(b"\n") else nl)
    if cte == "quoted-printable":
        return _fix_nl(quopri.encodestring(data.replace(b"\r\n", b"\n")), nl)
    if cte == "base64":
        return _fix_nl(base64.encodebytes(data), nl)
    raise ValueError(cte)


def choose_text_encoding(rng, text):
    if text.isascii():
        cs = rng.choice(["us-ascii", "us-ascii", "utf-8", "iso-8859-1"])
        cte = rng.choices(["7bit", "quoted-printable", "base64"], [6, 2, 1])[0]
    else:
        options = []
        for cs in ["utf-8", "iso-8859-1", "windows-1252"]:
            try:
                text.encode(cs)
                options.append(cs)
            except UnicodeEncodeError:
                pass
        weights = {"utf-8": 5, "iso-8859-1": 2, "windows-1252": 2}
        cs = rng.choices(options, [weights[o] for o in options])[0]
        cte = rng.choices(["8bit", "quoted-printable", "base64"], [3, 4, 2])[0]
    if cte in ("7bit", "8bit") and max((len(ln.encode(cs)) for ln in text.split("\n")), default=0) > 900:
        cte = "quoted-printable"
    return cs, cte


def text_node(text, subtype, rng, forced=None, for_html=False):
    if forced:
        cs, cte = forced
    else:
        cs, cte = choose_text_encoding(rng, text)
    if for_html:
        text = text.replace("charset=__CS__", f"charset={cs}")
    data = text.replace("\r\n", "\n").encode(cs)
    if cte == "base64":
        data = data.replace(b"\n", b"\r\n")
    return Node([("Content-Type", f"text/{subtype}; charset=\"{cs}\"" if rng.random() < 0.5
                  else f"text/{subtype}; charset={cs}"),
                 ("Content-Transfer-Encoding", cte)], body=data), cte


def encode_header_text(rng, s, name, nl, force=False):
    if s.isascii() and not force:
        if len(s) + len(name) + 2 <= 78:
            return s
        return Header(s, "us-ascii", header_name=name).encode(linesep=nl)
    cs = "utf-8"
    if not s.isascii():
        try:
            s.encode("iso-8859-1")
            cs = rng.choice(["utf-8", "utf-8", "iso-8859-1"])
        except UnicodeEncodeError:
            cs = "utf-8"
    return Header(s, cs, header_name=name).encode(linesep=nl)


def encode_addr(rng, name, addr, nl):
    if not name:
        return addr
    if name.isascii():
        if any(c in name for c in ",.;:()@\"'"):
            return '"' + name.replace('"', "") + f'" <{addr}>'
        return f"{name} <{addr}>"
    cs = rng.choice(["utf-8", "iso-8859-1"])
    try:
        name.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return Header(name, cs).encode(linesep=nl) + f" <{addr}>"


def rfc2231_params(key, value):
    """Return list of param strings for a non-ASCII value (with continuations when long)."""
    enc = urllib.parse.quote(value.encode("utf-8"), safe="")
    if len(enc) <= 60:
        return [f"{key}*=utf-8''{enc}"]
    chunks, cur = [], ""
    i = 0
    while i < len(enc):
        step = 3 if enc[i] == "%" else 1
        if len(cur) + step > 50:
            chunks.append(cur)
            cur = ""
        cur += enc[i:i + step]
        i += step
    chunks.append(cur)
    out = []
    for n, ch in enumerate(chunks):
        out.append(f"{key}*{n}*=" + ("utf-8''" if n == 0 else "") + ch)
    return out


def attachment_node(att, rng, nl):
    fn = att.filename
    ct_params = [f"{k}={v}" for k, v in att.params.items()]
    if fn.isascii():
        name_param = [f'name="{fn}"']
        disp = [f'filename="{fn}"']
    else:
        name_param = [f'name="{Header(fn, "utf-8").encode(linesep=" ", maxlinelen=10000)}"'] \
            if rng.random() < 0.5 else []
        disp = rfc2231_params("filename", fn)
    if att.ctype == "message/rfc822":
        ctype = "message/rfc822"
        if rng.random() < 0.5:
            ctype += "; " + "; ".join(name_param)
        body = _fix_nl(att.data, nl)
        cte = "7bit" if att.data.isascii() else "8bit"
    else:
        ctype = "; ".join([att.ctype] + ct_params + name_param)
        if att.text_like:
            if att.data.isascii():
                cte = rng.choice(["7bit", "base64", "quoted-printable"])
            else:
                cte = rng.choice(["8bit", "base64", "quoted-printable"])
        else:
            cte = "base64"
        body = encode_body(att.data, cte, nl)
    disposition = "attachment;" + ";".join(f"{nl.decode()}\t{p}" for p in disp)
    headers = [("Content-Type", ctype), ("Content-Disposition", disposition)]
    if att.ctype != "message/rfc822":
        headers.insert(1, ("Content-Transfer-Encoding", cte))
    else:
        headers.insert(1, ("Content-Transfer-Encoding", cte))
    return Node(headers, body=body)


# ---------------------------------------------------------------------------
# Whole message
# ---------------------------------------------------------------------------

MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 128.3", "Roundcube Webmail 1.6",
           "Apple Mail (2.3774)", None, None, None]


def _offset(d):
    # Eastern time: EDT until 2025-11-02, EST after
    return dt.timezone(dt.timedelta(hours=-4 if d < dt.datetime(2025, 11, 2, 2) else -5))


def render(msg, rng, tag, nl=None, inner=False):
    nl = nl or (b"\r\n" if rng.random() < 0.5 else b"\n")
    nls = nl.decode()
    h = hashlib.sha256(f"{tag}".encode()).hexdigest()
    style = rng.choice(["pipe", "tab", "aligned", "semi", "aligned"])
    bullet = rng.choice(["-", "*", "•"]) if msg.lang == "fr" else rng.choice(["-", "*"])
    form = msg.form or rng.choices(["plain", "html", "alt"], [5, 2, 4])[0]
    plain = render_plain(msg.blocks, msg.lang, style, bullet)
    if inner:
        forced = ("utf-8", "quoted-printable") if not plain.isascii() else ("us-ascii", "7bit")
    else:
        forced = None
    if form == "plain":
        body, _ = text_node(plain + "\n", "plain", rng, forced)
    elif form == "html":
        body, _ = text_node(render_html(msg.blocks, msg.lang, "__CS__"), "html", rng, forced, True)
    else:
        p, _ = text_node(plain + "\n", "plain", rng, forced)
        hn, _ = text_node(render_html(msg.blocks, msg.lang, "__CS__"), "html", rng, forced, True)
        body = Node([("Content-Type", None)], children=[p, hn], boundary=f"----=_Alt_{h[:16]}")
        body.headers = [("Content-Type", f'multipart/alternative;{nls}\tboundary="{body.boundary}"')]
    for n in _leaves(body):
        n.body = encode_body(n.body, dict(n.headers)["Content-Transfer-Encoding"], nl)
    if msg.attachments:
        kids = [body] + [attachment_node(a, rng, nl) for a in msg.attachments]
        b = f"----=_Mix_{h[16:32]}"
        top = Node([("Content-Type", f'multipart/mixed;{nls}\tboundary="{b}"')], children=kids,
                   boundary=b)
    else:
        top = body
    d = msg.date
    headers = [("From", encode_addr(rng, msg.sender[0], msg.sender[1], nls)),
               ("To", ("," + nls + " ").join(encode_addr(rng, n, a, nls) for n, a in msg.to))]
    if msg.cc:
        headers.append(("Cc", ("," + nls + " ").join(encode_addr(rng, n, a, nls) for n, a in msg.cc)))
    headers.append(("Subject", encode_header_text(rng, msg.subject, "Subject", nls,
                                                  force=rng.random() < 0.08)))
    headers.append(("Date", format_datetime(d.replace(tzinfo=_offset(d)))))
    dom = msg.sender[1].split("@")[1]
    headers.append(("Message-ID", f"<{h[:24]}.{h[24:32]}@{dom}>"))
    if msg.in_reply_to:
        irt = "<" + hashlib.sha256(msg.in_reply_to.encode()).hexdigest()[:28] + f"@{dom}>"
        headers.append(("In-Reply-To", irt))
        headers.append(("References", irt))
    mailer = rng.choice(MAILERS)
    if mailer and not inner:
        headers.append(("X-Mailer", mailer))
    if rng.random() < 0.4:
        headers.append(("Content-Language", "fr-CA" if msg.lang == "fr" else "en-CA"))
    headers += msg.extra_headers
    headers.append(("MIME-Version", "1.0"))
    top.headers = headers + top.headers
    return top.serialize(nl)


def _leaves(node):
    if node.children is None:
        return [node]
    out = []
    for c in node.children:
        out += _leaves(c)
    return out
