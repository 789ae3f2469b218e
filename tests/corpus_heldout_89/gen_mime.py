"""MIME assembly: turns a Mail description into RFC 5322 bytes with a chosen
transport (structure, charset, transfer encoding, header encoding, line ends)."""
import base64
import datetime
import html
import html.entities
import quopri
from email import charset as _cs
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr
import io

TZ_WINTER = datetime.timezone(datetime.timedelta(hours=-5))
TZ_SUMMER = datetime.timezone(datetime.timedelta(hours=-4))


class Attachment:
    def __init__(self, filename, data, mime, charset=None, inline=False, params=None):
        self.filename = filename
        self.data = data            # bytes (or str for text types)
        self.mime = mime            # "application/pdf"
        self.charset = charset
        self.inline = inline
        self.params = params or {}


class Mail:
    def __init__(self, lang, subject, frm, to, body, cc=None, html_body=None,
                 attachments=None, inner=None, when=None, reply_to_id=None,
                 extra_headers=None, prefer=None):
        self.lang = lang
        self.subject = subject
        self.frm = frm              # (name, addr)
        self.to = to                # list of (name, addr)
        self.cc = cc or []
        self.body = body
        self.html_body = html_body
        self.attachments = attachments or []
        self.inner = inner          # list of Mail to attach as message/rfc822
        self.when = when
        self.reply_to_id = reply_to_id
        self.extra_headers = extra_headers or []
        self.prefer = prefer or {}  # transport hints: structure, charset, cte


# ------------------------------------------------------------------ helpers
def encodable(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def text_to_html(text, entities=False, rng=None):
    """Simple HTML rendering: paragraphs, tables for ' | ' rows."""
    blocks = text.replace("\r\n", "\n").split("\n\n")
    out = []
    for b in blocks:
        lines = [l for l in b.split("\n")]
        if len(lines) >= 2 and all(" | " in l for l in lines if l.strip()):
            rows = [l.split(" | ") for l in lines if l.strip()]
            t = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">']
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                t.append("<tr>" + "".join(f"<{tag}>{html.escape(c.strip())}</{tag}>" for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
        else:
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    body = "\n".join(out)
    if entities:
        def ent(ch):
            n = html.entities.codepoint2name.get(ord(ch))
            return f"&{n};" if n else f"&#{ord(ch)};"
        body = "".join(ent(c) if ord(c) > 127 else c for c in body)
    font = (rng.choice(["Calibri", "Arial", "Segoe UI", "Verdana"]) if rng else "Calibri")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html\">"
            f"</head>\n<body style=\"font-family:{font},sans-serif;font-size:11pt\">\n"
            f"{body}\n</body></html>\n")


def text_part(text, subtype, cs, cte):
    if not encodable(text, cs):
        cs = "utf-8"
    raw = text.encode(cs)
    if cte == "7bit" and any(b > 127 for b in raw):
        cte = "quoted-printable"
    if cte == "8bit" and max((len(l) for l in raw.split(b"\n")), default=0) > 900:
        cte = "quoted-printable"
    m = Message()
    m["Content-Type"] = f"text/{subtype}"
    m.set_param("charset", cs)
    m["Content-Transfer-Encoding"] = cte
    if cte == "7bit":
        m.set_payload(raw.decode("ascii"))
    elif cte == "8bit":
        m.set_payload(raw.decode("ascii", "surrogateescape"))
    elif cte == "quoted-printable":
        m.set_payload(quopri.encodestring(raw).decode("ascii"))
    else:
        m.set_payload(base64.encodebytes(raw.replace(b"\n", b"\r\n")).decode("ascii"))
    return m


def enc_header(value, hcs, hmode):
    """Return a str or Header for a free-text header."""
    if all(ord(c) < 128 for c in value) and hmode != "force":
        return value
    cs = hcs if encodable(value, hcs) else "utf-8"
    c = _cs.Charset(cs)
    c.header_encoding = _cs.QP if hmode in ("q", "force") else _cs.BASE64
    return Header(value, charset=c, header_name="Subject")


def enc_addr(name, addr, hcs, hmode):
    if not name:
        return addr
    if all(ord(ch) < 128 for ch in name):
        return formataddr((name, addr))
    cs = hcs if encodable(name, hcs) else "utf-8"
    c = _cs.Charset(cs)
    c.header_encoding = _cs.QP if hmode == "q" else _cs.BASE64
    return formataddr((name, addr), charset=c)


def filename_params(part, disp, fn, style, cs="utf-8"):
    if all(ord(c) < 128 for c in fn) and style != "2231":
        part.add_header("Content-Disposition", disp, filename=fn)
        return
    if style == "2047":
        c = _cs.Charset("utf-8")
        c.header_encoding = _cs.BASE64
        enc = Header(fn, charset=c).encode()
        part.add_header("Content-Disposition", disp)
        part.set_param("filename", enc, header="Content-Disposition")
        part.set_param("name", enc)
    else:
        part.add_header("Content-Disposition", disp, filename=(cs if encodable(fn, cs) else "utf-8", "fr" if style == "2231" else "", fn))


class Builder:
    BOUNDARY_STYLES = [
        lambda r: "----=_NextPart_000_%04X_01DB%04X.%08X" % (r.randrange(65536), r.randrange(65536), r.randrange(1 << 32)),
        lambda r: "b1_%032x" % r.getrandbits(128),
        lambda r: "=_CHRHR_%016x" % r.getrandbits(64),
        lambda r: "Apple-Mail=_%08X-%04X-%04X-%04X-%012X" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(48)),
        lambda r: "_000_%s_" % "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(36)),
    ]
    MAILERS = ["Microsoft Outlook 16.0", "Microsoft Outlook 15.0", "Mozilla Thunderbird 128.3",
               "Apple Mail (2.3776)", "Roundcube Webmail/1.6.7", None, None, None]

    def __init__(self, rng, domain):
        self.rng = rng
        self.domain = domain

    def boundary(self, style):
        return self.BOUNDARY_STYLES[style % len(self.BOUNDARY_STYLES)](self.rng)

    def pick_transport(self, mail, k):
        r = self.rng
        p = dict(mail.prefer)
        text = mail.body + (mail.html_body or "")
        ascii_only = all(ord(c) < 128 for c in text)
        if "charset" not in p:
            if ascii_only and r.random() < 0.5:
                p["charset"] = "us-ascii"
            else:
                cands = ["utf-8", "utf-8", "iso-8859-1", "windows-1252"]
                p["charset"] = cands[k % 4]
        if "cte" not in p:
            p["cte"] = ["quoted-printable", "base64", "8bit", "7bit", "quoted-printable", "8bit"][(k // 4 + r.randrange(2)) % 6]
        if "structure" not in p:
            p["structure"] = ["plain", "alt", "html", "plain", "alt"][(k + r.randrange(3)) % 5]
        p.setdefault("linesep", "\r\n" if (k % 3 == 0) != (r.random() < 0.2) else "\n")
        p.setdefault("hcs", r.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"]))
        p.setdefault("hmode", r.choice(["q", "b", "q"]))
        p.setdefault("fnstyle", r.choice(["2231", "2231", "2047", "plain"]))
        p.setdefault("entities", r.random() < 0.35)
        p.setdefault("bstyle", r.randrange(5))
        return p

    def body_entity(self, mail, p):
        cs, cte = p["charset"], p["cte"]
        if cte == "7bit" and not all(ord(c) < 128 for c in mail.body):
            cte = "quoted-printable"
        html_src = mail.html_body or text_to_html(mail.body, p["entities"], self.rng)
        st = p["structure"]
        if st == "plain":
            return text_part(mail.body, "plain", cs, cte)
        hcte = cte if cte != "7bit" or all(ord(c) < 128 for c in html_src) else "quoted-printable"
        if st == "html":
            return text_part(html_src, "html", cs, hcte)
        alt = MIMEMultipart("alternative", boundary=self.boundary(p["bstyle"] + 1))
        alt.attach(text_part(mail.body, "plain", cs, cte))
        alt.attach(text_part(html_src, "html", cs, hcte))
        return alt

    def attachment_entity(self, a, p):
        maintype, subtype = a.mime.split("/", 1)
        if maintype == "text":
            data = a.data if isinstance(a.data, str) else a.data.decode(a.charset or "utf-8")
            cte = self.rng.choice(["base64", "quoted-printable", "8bit", "base64"])
            part = text_part(data, subtype, a.charset or "utf-8", cte)
            for k, v in a.params.items():
                part.set_param(k, v)
        else:
            part = MIMEBase(maintype, subtype, **a.params)
            part.set_payload(base64.encodebytes(a.data).decode("ascii"))
            part["Content-Transfer-Encoding"] = "base64"
        if a.filename:
            filename_params(part, "inline" if a.inline else "attachment", a.filename, p["fnstyle"])
            if p["fnstyle"] != "2047" and all(ord(c) < 128 for c in a.filename):
                part.set_param("name", a.filename)
        return part

    def build(self, mail, k, msgid):
        p = self.pick_transport(mail, k)
        body = self.body_entity(mail, p)
        if mail.attachments or mail.inner:
            root = MIMEMultipart("mixed", boundary=self.boundary(p["bstyle"]))
            root.attach(body)
            for inner in (mail.inner or []):
                ik = self.rng.randrange(1000)
                im = self.build(inner, ik, inner_msgid(self.rng, self.domain))[0]
                wrapper = MIMEMessage(im)
                if self.rng.random() < 0.6:
                    fn = (inner.subject[:60].replace("/", "-").replace(":", "") or "message") + ".eml"
                    filename_params(wrapper, "attachment", fn, p["fnstyle"])
                root.attach(wrapper)
            for a in mail.attachments:
                root.attach(self.attachment_entity(a, p))
        else:
            root = body
        # headers: move content headers after the envelope ones
        content = [(k_, v) for k_, v in root.items()]
        for k_ in list(root.keys()):
            del root[k_]
        hcs, hmode = p["hcs"], p["hmode"]
        root["From"] = enc_addr(mail.frm[0], mail.frm[1], hcs, hmode)
        root["To"] = ", ".join(str(enc_addr(n, a, hcs, hmode)) for n, a in mail.to)
        if mail.cc:
            root["Cc"] = ", ".join(str(enc_addr(n, a, hcs, hmode)) for n, a in mail.cc)
        root["Subject"] = enc_header(mail.subject, hcs, hmode)
        root["Date"] = format_datetime(mail.when)
        root["Message-ID"] = msgid
        if mail.reply_to_id:
            root["In-Reply-To"] = mail.reply_to_id
            root["References"] = mail.reply_to_id
        for hk, hv in mail.extra_headers:
            root[hk] = hv
        mailer = self.rng.choice(self.MAILERS)
        if mailer:
            root["X-Mailer"] = mailer
        root["MIME-Version"] = "1.0"
        for k_, v in content:
            if k_.lower() != "mime-version":
                root[k_] = v
        return root, p

    def serialize(self, msg, linesep):
        buf = io.BytesIO()
        g = BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep=linesep, max_line_length=78))
        g.flatten(msg)
        return buf.getvalue()


def inner_msgid(rng, domain):
    return "<%s.%x@%s>" % ("".join(rng.choice("0123456789ABCDEF") for _ in range(16)), rng.getrandbits(32), domain)
