"""Context handed to each message template, and assembly of a template's
output into a complete RFC 5322 message with varied transports."""
import datetime
import html as htmlmod

import gen_attach as A
import gen_common as C
import gen_mime as M

PERSONAL = {"diagnosis", "medication", "lab_result", "social_information", "date_of_birth",
            "patient_contact"}
IDENTITY = {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}


def _tz(d):
    # EDT until 2024-11-03 and from 2025-03-09, EST between
    if datetime.date(2024, 11, 3) <= d.date() < datetime.date(2025, 3, 9):
        return datetime.timezone(datetime.timedelta(hours=-5))
    return datetime.timezone(datetime.timedelta(hours=-4))


class Ctx:
    def __init__(self, kind, idx, lang, pool):
        self.kind, self.idx, self.lang, self.pool = kind, idx, lang, pool
        self.rng = C.rng_for(kind, idx, lang)
        r = self.rng
        base = datetime.datetime(2024, 10, 7, 0, 0)
        d = base + datetime.timedelta(days=r.randrange(0, 170), hours=r.randrange(7, 19),
                                      minutes=r.randrange(60), seconds=r.randrange(60))
        self.date = d.replace(tzinfo=_tz(d))
        A.CURRENT[0] = (d - datetime.timedelta(minutes=r.randrange(5, 240))).replace(microsecond=0)
        self.used = set()
        self.expect = []          # (kind, written value) to find in the decoded message
        self.idents = []          # (kind, raw value) identifiers to validate
        self.nam_used = []
        self.staff_list = C.all_staff(lang)
        r.shuffle(self.staff_list)
        self._si = 0
        self._bi = 0

    # recording ---------------------------------------------------------
    def record(self, kind, value, ident=False):
        self.used.add(kind)
        if ident:
            if (kind, value) not in self.idents:
                self.idents.append((kind, value))
        else:
            if (kind, value) not in self.expect:
                self.expect.append((kind, value))

    # people -------------------------------------------------------------
    def patient(self, lang=None, sex=None, child=False, born=None):
        return C.new_patient(self, self.pool, lang, sex, child, born)

    def nam_patient(self):
        return C.nam_patient(self, self.pool)

    def staff(self):
        s = self.staff_list[self._si % len(self.staff_list)]
        self._si += 1
        return s

    def staff_role(self, word):
        for s in self.staff_list:
            if word in s.role:
                return s
        return self.staff()

    def other_staff(self, lang):
        lst = C.all_staff(lang)
        return lst[self.rng.randrange(len(lst))]

    # small helpers --------------------------------------------------------
    def pick(self, seq):
        return self.rng.choice(seq)

    def days(self, n):
        return (self.date - datetime.timedelta(days=n)).date()

    def later(self, n):
        return (self.date + datetime.timedelta(days=n)).date()

    def boundary(self):
        self._bi += 1
        r = self.rng
        style = r.randrange(3)
        if style == 0:
            return "----=_NextPart_%03d_%04X_%08X.%08X" % (self._bi, r.randrange(65536),
                                                            r.randrange(2 ** 32), r.randrange(2 ** 32))
        if style == 1:
            return "_%03d_%s_" % (self._bi, "".join(r.choice("0123456789ABCDEF") for _ in range(24)))
        return "===============%019d==" % r.randrange(10 ** 18, 10 ** 19)

    def msgid(self, host=None):
        r = self.rng
        host = host or ("mail." + C.DOM)
        return "<%08x.%04x.%s@%s>" % (r.randrange(2 ** 32), r.randrange(65536),
                                      self.date.strftime("%Y%m%d%H%M%S"), host)


# ------------------------------------------------------------------------
# text helpers used by templates
# ------------------------------------------------------------------------
def quote(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.strip("\n").split("\n"))


def outlook_header(lang, sender, to, when, subject):
    if lang == "fr":
        return ("-----Message d'origine-----\nDe : %s <%s>\nEnvoyé : %s\nÀ : %s\nObjet : %s\n"
                % (sender[0], sender[1], C.fr_date(when.date()) + when.strftime(" %H:%M"), to[0], subject))
    return ("-----Original Message-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n"
            % (sender[0], sender[1], C.en_date(when.date()) + when.strftime(" %I:%M %p"), to[0], subject))


def gmail_attrib(lang, sender, when):
    if lang == "fr":
        return "Le %s à %s, %s <%s> a écrit :" % (C.fr_date(when.date()), when.strftime("%H:%M"),
                                                   sender[0], sender[1])
    return "On %s at %s, %s <%s> wrote:" % (C.en_date(when.date()), when.strftime("%I:%M %p"),
                                            sender[0], sender[1])


def forward_header(lang, sender, to, when, subject):
    if lang == "fr":
        return ("---------- Message transféré ---------\nDe : %s <%s>\nDate : %s\nObjet : %s\nÀ : %s\n"
                % (sender[0], sender[1], C.fr_date(when.date()), subject, to[0]))
    return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n"
            % (sender[0], sender[1], C.en_date(when.date()), subject, to[0]))


def text_to_html(text, lang="fr"):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html">',
           '<style>p.MsoNormal{margin:0;font-family:Calibri,sans-serif;font-size:11pt}</style>',
           '</head><body lang="%s">' % ("fr-CA" if lang == "fr" else "en-CA")]
    inq = False
    for ln in text.split("\n"):
        q = ln.startswith(">")
        if q and not inq:
            out.append('<blockquote style="border-left:2px solid #ccc;margin-left:6px;padding-left:6px">')
            inq = True
        if not q and inq:
            out.append("</blockquote>")
            inq = False
        if q:
            ln = ln[1:].lstrip(" ")
        if "  " in ln.strip():
            out.append('<p class="MsoNormal" style="font-family:Consolas,monospace">%s</p>'
                       % htmlmod.escape(ln).replace("  ", "&nbsp; "))
        else:
            out.append('<p class="MsoNormal">%s</p>' % (htmlmod.escape(ln) if ln.strip() else "&nbsp;"))
    if inq:
        out.append("</blockquote>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def html_table(rows, border=1):
    out = ['<table border="%d" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">' % border]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, htmlmod.escape(str(c)), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def text_table(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for j, r in enumerate(rows):
        lines.append("  ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if j == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


# ------------------------------------------------------------------------
# assembly
# ------------------------------------------------------------------------
def _choose_charset(ctx, texts, prefer):
    for cs in prefer:
        if all(M.can_encode(t, cs) for t in texts):
            return cs
    return "utf-8"


def _text_leaf(ctx, ctype, text, charset):
    r = ctx.rng
    data = text.encode(M.CHARSET_CODEC[charset])
    if all(b < 128 for b in data):
        cte = r.choice(["7bit", "7bit", "quoted-printable", "base64"] if charset != "us-ascii"
                       else ["7bit", "7bit", "quoted-printable"])
    else:
        cte = r.choice(["8bit", "quoted-printable", "quoted-printable", "base64"])
    return M.Leaf(ctype, text, charset=charset, cte=cte)


def _attachment_leaf(ctx, a, charset_pref):
    r = ctx.rng
    ct = a["ctype"]
    data = a["data"]
    fstyle = a.get("fname_style", "auto")
    if ct == "message/rfc822":
        cte = "7bit" if all(b < 128 for b in data) else "8bit"
        return M.Leaf(ct, data, cte=cte, filename=a.get("filename"), fname_style=fstyle)
    if isinstance(data, str):
        cs = a.get("charset") or _choose_charset(ctx, [data], charset_pref)
        cte = a.get("cte") or r.choice(["base64", "quoted-printable", "base64"])
        if cte == "7bit" and not M.is_ascii(data):
            cte = "8bit"
        return M.Leaf(ct, data, charset=cs, cte=cte, filename=a.get("filename"),
                      fname_style=fstyle, params=a.get("params", ""))
    return M.Leaf(ct, data, cte="base64", filename=a.get("filename"), fname_style=fstyle)


def build(ctx, t):
    """t: dict from a template.  Returns (bytes, label dict)."""
    r = ctx.rng
    lang = ctx.lang
    text = t.get("text")
    html = t.get("html")
    form = t.get("form")
    if form is None:
        form = r.choices(["plain", "alt", "html"], [45, 35, 20])[0]
    if form in ("alt", "html") and html is None:
        html = text_to_html(text, lang)
    if form == "plain":
        html = None
    if form == "html":
        text = None
    if lang == "fr":
        prefer = r.choice([["iso-8859-1"], ["windows-1252"], ["utf-8"], ["utf-8"], ["us-ascii"]])
    else:
        prefer = r.choice([["us-ascii"], ["us-ascii"], ["utf-8"], ["windows-1252"], ["iso-8859-1"]])
    if t.get("charset"):
        prefer = [t["charset"]]
    bodies = [x for x in (text, html) if x is not None]
    cs = _choose_charset(ctx, bodies, prefer)
    if html is not None and cs != "utf-8":
        html = html.replace('content="text/html"', 'content="text/html; charset=%s"' % cs)
    elif html is not None:
        html = html.replace('content="text/html"', 'content="text/html; charset=utf-8"')

    if text is not None and html is not None:
        body = M.Multi("alternative", [_text_leaf(ctx, "text/plain", text, cs),
                                       _text_leaf(ctx, "text/html", html, cs)], ctx.boundary())
    elif text is not None:
        body = _text_leaf(ctx, "text/plain", text, cs)
    else:
        body = _text_leaf(ctx, "text/html", html, cs)

    atts = t.get("attachments") or []
    if atts:
        leaves = [_attachment_leaf(ctx, a, prefer) for a in atts]
        body = M.Multi("mixed", [body] + leaves, ctx.boundary(),
                       preamble="This is a multi-part message in MIME format." if r.random() < 0.4 else None)

    sender = t["from"]
    hcs = cs if cs != "us-ascii" else "utf-8"
    force = r.random() < 0.08
    headers = [("From", M.fmt_addr(sender[0], sender[1], hcs, force=force))]
    headers.append(("To", ", ".join(M.fmt_addr(n, a, hcs) for n, a in t["to"])))
    if t.get("cc"):
        headers.append(("Cc", ", ".join(M.fmt_addr(n, a, hcs) for n, a in t["cc"])))
    subj = t["subject"]
    if M.is_ascii(subj) and r.random() < 0.1:
        headers.append(("Subject", M.force_words(subj, hcs)))
    else:
        headers.append(("Subject", M.enc_words(subj, hcs)))
    headers.append(("Date", ctx.date.strftime("%a, %d %b %Y %H:%M:%S %z")))
    host = sender[1].split("@")[1]
    headers.append(("Message-ID", ctx.msgid("mail." + host if not host.startswith("mail.") else host)))
    if t.get("reply"):
        ref = ctx.msgid()
        headers.append(("In-Reply-To", ref))
        headers.append(("References", ref))
    if r.random() < 0.5:
        headers.append(("Content-Language", "fr-CA" if lang == "fr" else "en-CA"))
    if r.random() < 0.35:
        headers.append(("X-Mailer", r.choice(["Microsoft Outlook 16.0", "Apple Mail (2.3774)",
                                              "Zimbra 9.0.0_GA", "Mozilla Thunderbird 128.5"])))
    if t.get("importance"):
        headers.append(("Importance", "High"))
        headers.append(("X-Priority", "1"))
    crlf = t.get("crlf", r.random() < 0.5)
    data = M.render_message(headers, body, crlf=crlf)

    types = set(t.get("types", []))
    if ctx.kind == "pos":
        types |= ctx.used
    label = {"confidential": ctx.kind == "pos", "types": sorted(types) if ctx.kind == "pos" else [],
             "lang": lang, "note": t["note"]}
    meta = {"expect": list(ctx.expect), "idents": list(ctx.idents),
            "nam": [(p.nam, p.given, p.surname, p.dob, p.sex) for p in ctx.nam_used],
            "declared": sorted(types)}
    return data, label, meta


def inner_message(ctx, sender, to, subject, text, when=None, charset="utf-8"):
    """A small complete message to attach as message/rfc822 (LF line ends)."""
    when = when or (ctx.date - datetime.timedelta(hours=3))
    cs = charset if M.can_encode(text, charset) else "utf-8"
    leaf = M.Leaf("text/plain", text, charset=cs,
                  cte="quoted-printable" if not M.is_ascii(text) else "7bit")
    headers = [("From", M.fmt_addr(sender[0], sender[1], "utf-8")),
               ("To", M.fmt_addr(to[0], to[1], "utf-8")),
               ("Subject", M.enc_words(subject, "utf-8")),
               ("Date", when.strftime("%a, %d %b %Y %H:%M:%S %z")),
               ("Message-ID", ctx.msgid("mail." + sender[1].split("@")[1]))]
    return M.render_message(headers, leaf, crlf=False)
