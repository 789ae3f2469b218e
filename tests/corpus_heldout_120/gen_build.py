"""Message specification (Doc) and its rendering to RFC 5322 bytes."""
import html as _html

from gen_mime import Part, Multi, build_message, fmt_date, choose_text_encoding
from gen_common import msg_date, ORG

MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 128.3", "Apple Mail (2.3776)", "Zimbra 10.0 (ZimbraWebClient)",
           "Roundcube Webmail/1.6.6", None, None]


class Doc:
    def __init__(self, rng, lang, category, confidential):
        self.rng, self.lang, self.category, self.confidential = rng, lang, category, confidential
        self.types = set()
        self.note = ""
        self.sender = None
        self.to, self.cc = [], []
        self.subject = ""
        self.body = ""
        self.html = None
        self.attachments = []
        self.structure = None
        self.reply = False
        self.date = msg_date(rng)
        self.crlf = None
        self.body_charset = None

    def t(self, *types):
        for x in types:
            self.types.add(x)
        return self

    def attach(self, ctype, payload, filename, **kw):
        self.attachments.append(Part(ctype, payload, filename=filename, **kw))


def text_to_html(text, rng):
    style = rng.choice(["font-family:Calibri,sans-serif;font-size:11pt", "font-family:Arial;font-size:10pt",
                        "font-family:'Segoe UI',sans-serif", ""])
    out = ["<html>", "<head><meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\"></head>" if rng.random() < 0.4 else "<head></head>",
           f"<body style=\"{style}\">" if style else "<body>"]
    in_quote = False
    para = []

    def flush():
        if para:
            out.append("<p>" + "<br>\n".join(para) + "</p>")
            para.clear()

    for line in text.split("\n"):
        q = line.startswith(">")
        if q != in_quote:
            flush()
            out.append("<blockquote style=\"border-left:2px solid #999;padding-left:6px\">" if q else "</blockquote>")
            in_quote = q
        content = line.lstrip("> ").rstrip() if q else line.rstrip()
        if not content:
            flush()
        else:
            para.append(_html.escape(content, quote=False))
    flush()
    if in_quote:
        out.append("</blockquote>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def body_part(doc, rng):
    st = doc.structure
    if st is None:
        st = rng.choices(["plain", "html", "alt"], [45, 20, 35])[0]
    html = doc.html or text_to_html(doc.body, rng)
    cs_pref = doc.body_charset
    if st == "plain":
        return Part("text/plain", doc.body, charset=cs_pref, params={"format": "flowed"} if rng.random() < 0.15 else None)
    if st == "html":
        return Part("text/html", html, charset=cs_pref)
    cs, cte = choose_text_encoding(rng, doc.body + html, cs_pref)
    return Multi("alternative", [Part("text/plain", doc.body, charset=cs, cte=cte),
                                 Part("text/html", html, charset=cs, cte=rng.choice([cte, "quoted-printable"]))])


def render(doc, idx):
    rng = doc.rng
    bp = body_part(doc, rng)
    root = Multi("mixed", [bp] + doc.attachments) if doc.attachments else bp
    s = doc.sender
    hdrs = []
    hdrs.append(("From", ("addr", [s.addr() if hasattr(s, "addr") else s])))
    hdrs.append(("To", ("addr", [x.addr() if hasattr(x, "addr") else x for x in doc.to])))
    if doc.cc:
        hdrs.append(("Cc", ("addr", [x.addr() if hasattr(x, "addr") else x for x in doc.cc])))
    hdrs.append(("Subject", doc.subject))
    hdrs.append(("Date", fmt_date(doc.date)))
    dom = (s.addr()[1] if hasattr(s, "addr") else s[1]).split("@")[1]
    hdrs.append(("Message-ID", f"<{rng.getrandbits(64):016x}.{idx}@{dom}>"))
    if doc.reply:
        ref = f"<{rng.getrandbits(64):016x}@{ORG['dom']}>"
        hdrs.append(("In-Reply-To", ref))
        hdrs.append(("References", ref))
    mailer = rng.choice(MAILERS)
    if mailer:
        hdrs.append(("X-Mailer" if rng.random() < 0.6 else "User-Agent", mailer))
    if rng.random() < 0.3:
        hdrs.append(("Content-Language", "fr-CA" if doc.lang == "fr" else "en-CA"))
    if rng.random() < 0.5:
        # some clients put Date / Message-ID first
        hdrs = hdrs[4:6] + hdrs[:4] + hdrs[6:]
    crlf = doc.crlf if doc.crlf is not None else rng.random() < 0.5
    return build_message(rng, hdrs, root, crlf=crlf)


def inner_eml(rng, sender, to, subject, date, body, lang):
    """A small message used as message/rfc822 attachment or forwarded item."""
    cs, cte = choose_text_encoding(rng, body)
    hdrs = [("From", ("addr", [sender])), ("To", ("addr", to)), ("Subject", subject), ("Date", fmt_date(date)),
            ("Message-ID", f"<{rng.getrandbits(64):016x}@{sender[1].split('@')[1]}>")]
    if cte == "8bit" and rng.random() < 0.5:
        cte = "quoted-printable"  # keep inner messages 7-bit clean half the time
    return build_message(rng, hdrs, Part("text/plain", body, charset=cs, cte=cte), crlf=False)
