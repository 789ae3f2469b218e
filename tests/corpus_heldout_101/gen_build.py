"""Mail specification objects and the transport chooser that turns a spec
into the bytes of an .eml file."""
import email.utils
import re

import gen_mime as M


class Att:
    def __init__(self, filename, ctype, data=None, text=None, charset=None, params=None):
        self.filename = filename
        self.ctype = ctype
        self.data = data
        self.text = text
        self.charset = charset
        self.params = params or []


class Mail:
    def __init__(self, lang, subject, sender, to, text=None, html=None, cc=None,
                 attachments=None, nested=None, nested_name=None, body_mode=None,
                 date=None, reply=False, importance=None, alt_ics=None):
        self.lang = lang
        self.subject = subject
        self.sender = sender          # (display name, address)
        self.to = to                  # list of (name, address)
        self.cc = cc or []
        self.text = text
        self.html = html
        self.attachments = attachments or []
        self.nested = nested          # another Mail, attached as message/rfc822
        self.nested_name = nested_name
        self.body_mode = body_mode    # None | 'plain' | 'html' | 'alt'
        self.date = date
        self.reply = reply
        self.importance = importance
        self.alt_ics = alt_ics        # text/calendar alternative (Outlook invite)


class Transport:
    pass


CHARSETS = ["utf-8", "iso-8859-1", "windows-1252", "us-ascii", "utf-8", "windows-1252"]
CTES = ["8bit", "quoted-printable", "base64", "7bit", "quoted-printable"]
SUBJ = ["raw", "B", "Q", "raw"]
FNAME = ["plain", "rfc2231", "rfc2047", "rfc2231"]
MODES = ["plain", "alt", "html", "plain", "alt"]
MAILERS = ["Microsoft Outlook 16.0", "Microsoft Outlook 15.0", "Mozilla Thunderbird",
           "Apple Mail (2.3774)", "Zimbra 9.0", None, None]


def choose_transport(idx, rng):
    tr = Transport()
    tr.charset = CHARSETS[(idx * 5 + rng.randint(0, 1)) % len(CHARSETS)]
    tr.cte = CTES[(idx * 3 + idx // 7) % len(CTES)]
    tr.crlf = (idx % 3 == 1)
    tr.subj_style = SUBJ[(idx + idx // 5) % len(SUBJ)]
    tr.fname_style = FNAME[(idx * 7 + 1) % len(FNAME)]
    tr.quote_charset = rng.random() < 0.5
    tr.preamble = rng.random() < 0.4
    tr.mode = MODES[(idx * 2 + idx // 11) % len(MODES)]
    tr.mailer = MAILERS[idx % len(MAILERS)]
    tr.nest_alt_in_mixed = rng.random() < 0.6
    return tr


def _boundary(rng, n):
    style = n % 3
    if style == 0:
        return "----=_Part_%d_%d.%d" % (rng.randint(1000, 99999), rng.randint(10 ** 8, 10 ** 9), 1700000000000 + rng.randint(0, 10 ** 9))
    if style == 1:
        return "_%03d_%s_" % (rng.randint(0, 9), "".join(rng.choice("0123456789ABCDEF") for _ in range(24)))
    return "=-%s" % "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(22))


def strip_html(h):
    h = re.sub(r"(?is)<(style|head).*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|div|tr|h\d|li|table)>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    h = re.sub(r"<[^>]+>", "", h)
    import html as _h
    h = _h.unescape(h)
    return re.sub(r"\n{3,}", "\n\n", h).strip() + "\n"


def build_body(mail, tr, rng):
    mode = mail.body_mode or tr.mode
    text = mail.text
    html = mail.html
    if text is None and html is not None:
        if mode == "plain":
            mode = "html"
        text = strip_html(html)
    if html is None and mode in ("html", "alt"):
        html = M.text_to_html(text, rng, entities=rng.random() < 0.3)
    if mode == "plain":
        body = M.Leaf("text/plain", text=text)
    elif mode == "html":
        body = M.Leaf("text/html", text=html)
    else:
        parts = [M.Leaf("text/plain", text=text), M.Leaf("text/html", text=html)]
        body = M.Multi("alternative", parts, _boundary(rng, 1))
    if mail.alt_ics is not None:
        ics = M.Leaf("text/calendar", text=mail.alt_ics, params=["method=REQUEST"], charset="utf-8")
        if isinstance(body, M.Multi):
            body.parts.append(ics)
        else:
            body = M.Multi("alternative", [body, ics], _boundary(rng, 2))
    return body


def render(mail, idx, rng, nested_level=0):
    tr = choose_transport(idx, rng)
    body = build_body(mail, tr, rng)
    extra = []
    for a in mail.attachments:
        if a.text is not None:
            extra.append(M.Leaf(a.ctype, text=a.text, filename=a.filename, charset=a.charset,
                                params=a.params, cte=rng.choice(["base64", "quoted-printable", "base64"])))
        else:
            extra.append(M.Leaf(a.ctype, data=a.data, filename=a.filename, params=a.params))
    if mail.nested is not None:
        raw = render(mail.nested, idx + 1000, rng, nested_level + 1)
        extra.append(M.Rfc822(raw, mail.nested_name))
    if extra:
        if isinstance(body, M.Multi) and not tr.nest_alt_in_mixed:
            # flattened: text/plain and text/html as siblings of the attachments
            root = M.Multi("mixed", list(body.parts) + extra, _boundary(rng, 0))
        else:
            root = M.Multi("mixed", [body] + extra, _boundary(rng, 0))
    else:
        root = body

    hs = []
    d = mail.date
    dom = mail.sender[1].split("@")[1]
    subj = M.header_value(mail.subject, tr.subj_style, tr.charset if tr.charset != "us-ascii" else "utf-8", "Subject")
    mid = "<%s@%s>" % ("".join(rng.choice("0123456789abcdef") for _ in range(24)), dom)
    from_h = "From: " + M.addr(mail.sender[0], mail.sender[1], tr.subj_style)
    to_h = "To: " + ",\n ".join(M.addr(n, a, tr.subj_style) for n, a in mail.to)
    order = rng.randint(0, 1)
    if order == 0:
        hs += [from_h, to_h]
        if mail.cc:
            hs.append("Cc: " + ",\n ".join(M.addr(n, a, tr.subj_style) for n, a in mail.cc))
        hs += ["Subject: " + subj, "Date: " + email.utils.format_datetime(d), "Message-ID: " + mid]
    else:
        hs += ["Date: " + email.utils.format_datetime(d), from_h, to_h]
        if mail.cc:
            hs.append("Cc: " + ",\n ".join(M.addr(n, a, tr.subj_style) for n, a in mail.cc))
        hs += ["Message-ID: " + mid, "Subject: " + subj]
    if mail.reply:
        ref = "<%s@%s>" % ("".join(rng.choice("0123456789abcdef") for _ in range(20)),
                           mail.to[0][1].split("@")[1])
        hs += ["In-Reply-To: " + ref, "References: " + ref]
    if tr.mailer and nested_level == 0:
        hs.append("X-Mailer: " + tr.mailer)
    if mail.importance:
        hs.append("Importance: " + mail.importance)
    hs.append("Content-Language: " + ("fr-CA" if mail.lang == "fr" else "en-CA"))
    raw = M.render_message(hs, root, tr)
    if nested_level == 0 and tr.crlf:
        raw = M.to_crlf(raw)
    return raw
