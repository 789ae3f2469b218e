"""Hand-assembled, deterministic MIME messages."""
import base64
import hashlib
import html as htmlmod
import quopri
import urllib.parse
from email import charset as ecs
from email.header import Header
from email.utils import format_datetime, formataddr

CHARSETS = ["us-ascii", "utf-8", "iso-8859-1", "windows-1252"]


def encodable(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def pick_charset(rng, text, prefer=None):
    ok = [c for c in CHARSETS if encodable(text, c)]
    if prefer in ok:
        return prefer
    if "us-ascii" in ok and rng.random() < 0.55:
        return "us-ascii"
    weights = {"utf-8": 5, "iso-8859-1": 3, "windows-1252": 3, "us-ascii": 1}
    pool = []
    for c in ok:
        pool += [c] * weights[c]
    return rng.choice(pool)


def pick_cte(rng, text, cs, prefer=None):
    raw = text.encode(cs)
    longest = max((len(l) for l in raw.split(b"\n")), default=0)
    ok = ["quoted-printable", "base64"]
    if longest <= 900:
        ok.append("8bit" if any(b > 127 for b in raw) else "7bit")
    if prefer in ok:
        return prefer
    weights = {"7bit": 4, "8bit": 4, "quoted-printable": 4, "base64": 2}
    pool = []
    for c in ok:
        pool += [c] * weights[c]
    return rng.choice(pool)


def encode_body(text, cs, cte):
    raw = text.encode(cs)
    if cte in ("7bit", "8bit"):
        if not raw.endswith(b"\n"):
            raw += b"\n"
        return raw
    if cte == "quoted-printable":
        out = quopri.encodestring(raw, quotetabs=False)
        if not out.endswith(b"\n"):
            out += b"\n"
        return out
    return base64.encodebytes(raw)


def enc_header(name, value, cs="utf-8", mode="B", maxlinelen=76):
    """RFC 2047 encode value when it is not pure ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        pass
    if not encodable(value, cs):
        cs = "utf-8"
    c = ecs.Charset(cs)
    c.header_encoding = ecs.BASE64 if mode == "B" else ecs.QP
    return Header(value, c, header_name=name, maxlinelen=maxlinelen).encode(linesep="\n")


def enc_addr(pair, cs="utf-8", mode="B"):
    name, addr = pair
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        # one encoded-word per display name (never split inside a word)
        return enc_header("To", name, cs, mode, maxlinelen=998) + " <" + addr + ">"


def filename_params(fn, style):
    """Return the parameter text for a filename (RFC 2231 when asked or needed)."""
    ascii_ok = all(ord(c) < 128 for c in fn)
    if ascii_ok and style != "2231":
        return 'filename="%s"' % fn.replace('"', "")
    q = urllib.parse.quote(fn, safe="")
    cs = "utf-8" if not ascii_ok else "us-ascii"
    if len(q) > 60:
        parts = [q[i:i + 50] for i in range(0, len(q), 50)]
        # do not split a %XX escape
        fixed = []
        carry = ""
        for p in parts:
            p = carry + p
            carry = ""
            cut = p.rfind("%")
            if cut != -1 and cut > len(p) - 3:
                carry = p[cut:]
                p = p[:cut]
            fixed.append(p)
        if carry:
            fixed[-1] += carry
        segs = []
        for i, p in enumerate(fixed):
            segs.append("filename*%d*=%s%s" % (i, (cs + "''") if i == 0 else "", p))
        return ";\n\t".join(segs)
    return "filename*=%s''%s" % (cs, q)


class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None):
        self.headers = headers
        self.body = body
        self.children = children or []
        self.boundary = boundary

    def render(self):
        out = []
        for h in self.headers:
            out.append(h.encode("ascii"))
        head = b"\n".join(out) + b"\n\n"
        if not self.children:
            return head + self.body
        b = self.boundary.encode("ascii")
        chunks = [head, b"This is a multi-part message in MIME format.\n"]
        for c in self.children:
            chunks.append(b"\n--" + b + b"\n")
            chunks.append(c.render())
        chunks.append(b"\n--" + b + b"--\n")
        return b"".join(chunks)


def text_part(text, subtype, cs, cte):
    body = encode_body(text, cs, cte)
    return Part(["Content-Type: text/%s; charset=\"%s\"" % (subtype, cs),
                 "Content-Transfer-Encoding: %s" % cte], body)


def text_to_html(text, title=None):
    paras = text.split("\n\n")
    out = ["<html>", "<head><meta http-equiv=\"Content-Type\" content=\"text/html\">",
           "<style>body{font-family:Calibri,Arial,sans-serif;font-size:11pt}</style></head>", "<body>"]
    for p in paras:
        lines = [htmlmod.escape(l, quote=False) for l in p.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            out.append("<blockquote style=\"border-left:2px solid #1f497d;padding-left:6px\">")
            out.append("<br>\n".join(l[4:].lstrip() for l in lines))
            out.append("</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def attachment_part(att, rng, style):
    fn = att.get("filename")
    ctype = att["ctype"]
    if ctype == "message/rfc822":
        disp = "Content-Disposition: attachment" + (";\n\t" + filename_params(fn, style) if fn else "")
        return Part(["Content-Type: message/rfc822", "Content-Transfer-Encoding: 7bit", disp],
                    att["data"] if att["data"].endswith(b"\n") else att["data"] + b"\n")
    if "text" in att:
        cs = att.get("charset") or pick_charset(rng, att["text"])
        cte = att.get("cte") or rng.choice(["base64", "quoted-printable"])
        body = encode_body(att["text"], cs, cte)
        ct = "Content-Type: %s; charset=\"%s\"" % (ctype, cs)
        if ctype == "text/calendar":
            ct += "; method=REQUEST"
    else:
        body = base64.encodebytes(att["data"])
        cte = "base64"
        ct = "Content-Type: %s" % ctype
    if fn and all(ord(c) < 128 for c in fn) and style != "2231":
        ct += ";\n\tname=\"%s\"" % fn
    disp = "Content-Disposition: %s" % att.get("disposition", "attachment")
    if fn:
        disp += ";\n\t" + filename_params(fn, style)
    return Part([ct, "Content-Transfer-Encoding: %s" % cte, disp], body)


def build(spec, tr, index_tag):
    """spec: message content; tr: transport choices; returns bytes."""
    rng = tr["rng"]
    h = hashlib.sha256(("%s|%s" % (index_tag, spec["subject"])).encode("utf-8")).hexdigest()
    bcount = [0]

    def boundary():
        bcount[0] += 1
        return "----=_NextPart_%s_%02d_%s" % (h[:8], bcount[0], h[8 + bcount[0]:20 + bcount[0]])

    text = spec.get("text")
    html = spec.get("html")
    mode = tr["mode"]
    cs = tr["charset"]
    cte = tr["cte"]
    if mode == "html" and html is None:
        html = text_to_html(text)
    if mode == "alt" and html is None:
        html = text_to_html(text)
    if mode == "plain":
        body = text_part(text, "plain", cs, cte)
    elif mode == "html":
        body = text_part(html, "html", cs, pick_cte(rng, html, cs, cte))
    else:
        body = Part(["Content-Type: multipart/alternative;\n\tboundary=\"%s\"" % boundary()], children=[
            text_part(text, "plain", cs, cte),
            text_part(html, "html", cs, pick_cte(rng, html, cs, cte))])
        body.boundary = body.headers[0].split('boundary="')[1].rstrip('"')
    atts = spec.get("attachments") or []
    if atts:
        b = boundary()
        kids = [body] + [attachment_part(a, rng, tr["fn_style"]) for a in atts]
        root = Part(["Content-Type: multipart/mixed;\n\tboundary=\"%s\"" % b], children=kids, boundary=b)
    else:
        root = body
    hcs = tr["hdr_charset"]
    hmode = tr["hdr_mode"]
    top = [
        "From: " + enc_addr(spec["from"], hcs, hmode),
        "To: " + ",\n\t".join(enc_addr(a, hcs, hmode) for a in spec["to"]),
    ]
    if spec.get("cc"):
        top.append("Cc: " + ",\n\t".join(enc_addr(a, hcs, hmode) for a in spec["cc"]))
    top.append("Subject: " + enc_header("Subject", spec["subject"], hcs, hmode))
    top.append("Date: " + format_datetime(spec["date"]))
    top.append("Message-ID: <%s.%s@%s>" % (h[:16], index_tag.replace("/", "."), spec.get("msgid_domain", "chvo.example")))
    if spec.get("in_reply_to"):
        top.append("In-Reply-To: <%s>" % spec["in_reply_to"])
        top.append("References: <%s>" % spec["in_reply_to"])
    for k, v in spec.get("extra_headers", []):
        top.append("%s: %s" % (k, v))
    top.append("MIME-Version: 1.0")
    if tr.get("mailer"):
        top.append("X-Mailer: " + tr["mailer"])
    root.headers = top + root.headers
    data = root.render()
    if tr["eol"] == "\r\n":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


MAILERS = [None, "Microsoft Outlook 16.0", "Zimbra 9.0.0_GA", "Apple Mail (2.3774)",
           "Mozilla Thunderbird 115.6", None, "Microsoft Outlook 16.0"]


def choose_transport(rng, spec, forced=None):
    forced = forced or {}
    text = spec["text"]
    allt = text + (spec.get("html") or "") + spec["subject"]
    tr = {"rng": rng}
    if spec.get("html_only"):
        mode = "html"
    elif spec.get("html") is not None:
        mode = rng.choice(["alt", "alt", "html"])
    else:
        r = rng.random()
        mode = "plain" if r < 0.5 else ("alt" if r < 0.8 else "html")
    tr["mode"] = forced.get("mode", mode)
    tr["charset"] = pick_charset(rng, allt if tr["mode"] != "plain" else text, forced.get("charset"))
    tr["cte"] = pick_cte(rng, text, tr["charset"], forced.get("cte"))
    tr["eol"] = forced.get("eol") or ("\r\n" if rng.random() < 0.45 else "\n")
    tr["hdr_charset"] = rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    tr["hdr_mode"] = rng.choice(["B", "Q"])
    tr["fn_style"] = forced.get("fn_style") or rng.choice(["plain", "plain", "2231"])
    tr["mailer"] = rng.choice(MAILERS)
    return tr
