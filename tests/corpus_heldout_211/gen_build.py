"""Draft: a message being written. Records every confidential finding it
inserts (type + exact text) and renders itself with a randomly chosen transport."""
import datetime
import email.utils
import html
import textwrap

import gen_common as C
import gen_docs as D
import gen_mime as M

START = datetime.datetime(2024, 9, 3, 7, 0, 0)


def tz_for(dt):
    # Eastern time: EDT until 2024-11-03, EST until 2025-03-09, then EDT
    if datetime.datetime(2024, 11, 3, 2) <= dt < datetime.datetime(2025, 3, 9, 2):
        return datetime.timezone(datetime.timedelta(hours=-5))
    return datetime.timezone(datetime.timedelta(hours=-4))


class NotAllowed(Exception):
    pass


class Draft:
    def __init__(self, ctx, lang, positive, category, note):
        self.ctx = ctx
        self.rng = ctx.rng
        self.lang = lang
        self.positive = positive
        self.category = category
        self.note = note
        self.types = set()
        self.evidence = []        # (type, text)
        self.holders = []         # NAM holders used, with rendered DOB and sex
        self.ids = []             # (kind, compact number)
        self.attachments = []     # Leaf / Nested
        self.subject = ""
        self.frm = None
        self.to = []
        self.cc = []
        self.body = []
        self.reply_to_id = None
        self.when = ctx.next_date()
        self.force_mode = None

    # ------------------------------------------------------------------
    # findings (positives only)
    # ------------------------------------------------------------------
    def _add(self, typ, text):
        if not self.positive:
            raise NotAllowed("%s in a negative" % typ)
        self.types.add(typ)
        self.evidence.append((typ, text))
        return text

    def name(self, p, style="full"):
        fr = self.lang == "fr"
        title = ("Mme" if p.sex == "F" else "M.") if fr else ("Mrs." if p.sex == "F" else "Mr.")
        if style == "full":
            s = p.full
        elif style == "title":
            s = "%s %s" % (title, p.full)
        elif style == "title_sur":
            s = "%s %s" % (title, p.sur)
        elif style == "caps_first":
            s = "%s, %s" % (p.sur.upper(), p.given)
        elif style == "sur_first":
            s = "%s, %s" % (p.sur, p.given)
        elif style == "sur_space":
            s = "%s %s" % (p.sur.upper(), p.given)
        elif style == "lower":
            s = p.full.lower()
        elif style == "lower_sur_first":
            s = "%s %s" % (p.sur.lower(), p.given.lower())
        elif style == "initial":
            parts = p.given.split("-")
            s = "%s %s" % ("-".join(x[0] + "." for x in parts), p.sur)
        elif style == "caps":
            s = p.full.upper()
        elif style == "given":
            s = p.given
        elif style == "sur":
            s = p.sur
        else:
            raise ValueError(style)
        return self._add("patient_name", s)

    def dob(self, p, style=None):
        style = style or self.rng.choice(C.DOB_STYLES)
        return self._add("date_of_birth", C.fmt_date(p.dob, style, self.lang))

    def nam(self, p, style=None):
        assert p.holder is not None
        style = style or self.rng.choice(C.NAM_STYLES)
        self.holders.append(p.holder)
        return self._add("ramq_nam", C.fmt_nam(p.holder.nam, style))

    def sex(self, p, style="letter"):
        if style == "letter":
            return p.sex
        if self.lang == "fr":
            return "féminin" if p.sex == "F" else "masculin"
        return "female" if p.sex == "F" else "male"

    def identity(self, p, layout=None):
        """Full NAM identity: name, DOB, sex and NAM together (blocks)."""
        layout = layout if layout is not None else self.rng.randrange(4)
        fr = self.lang == "fr"
        nm = self.name(p, self.rng.choice(["full", "caps_first", "sur_first", "caps"]))
        db = self.dob(p)
        nam = self.nam(p)
        sx = p.sex
        if layout == 0:
            return [("p", ("Usager : %s — né(e) le %s — sexe : %s — NAM : %s" if fr else
                           "Patient: %s - DOB %s - sex: %s - RAMQ: %s") % (nm, db, sx, nam))]
        if layout == 1:
            return [("table", None, [["Nom" if fr else "Name", nm],
                                     ["Date de naissance" if fr else "Date of birth", db],
                                     ["Sexe" if fr else "Sex", sx],
                                     ["NAM" if fr else "RAMQ no.", nam]])]
        if layout == 2:
            return [("p", "%s (%s), %s\n%s %s" % (nm, sx, db, "NAM" if fr else "Medicare (RAMQ)", nam))]
        return [("p", ("Nom : %s\nDDN : %s\nSexe : %s\nNo d'assurance maladie : %s" if fr else
                       "Name: %s\nDOB: %s\nSex: %s\nQC health insurance no.: %s") % (nm, db, sx, nam))]

    def sin(self, style=None):
        num = C.make_sin(self.rng)
        self.ids.append(("ca_sin", num))
        return self._add("ca_sin", C.fmt_sin(num, style or self.rng.choice(["space", "dash", "plain", "dot", "fullwidth"])))

    def ohip(self, style=None):
        num, vc = C.make_ohip(self.rng)
        self.ids.append(("ca_health_number", num))
        return self._add("ca_health_number", C.fmt_ohip(num, vc, style or self.rng.choice(["dash", "space", "plain", "slash"])))

    def niss(self, p, style=None):
        num = C.make_niss(self.rng, p.dob, p.sex)
        self.ids.append(("be_niss", num))
        return self._add("be_niss", C.fmt_niss(num, style or self.rng.choice(["official", "space", "plain"])))

    def nir(self, p, style=None):
        num = C.make_nir(self.rng, p.dob, p.sex)
        self.ids.append(("fr_nir", num))
        return self._add("fr_nir", C.fmt_nir(num, style or self.rng.choice(["space", "dot", "plain"])))

    def mrn(self, p, label=True):
        s = p.mrn
        self._add("mrn", s)
        if not label:
            return s
        return self.rng.choice(["dossier %s", "no dossier %s", "# dossier : %s", "D: %s"] if self.lang == "fr"
                               else ["MRN %s", "chart #%s", "MRN: %s", "chart %s"]) % s

    def dx(self, text):
        return self._add("diagnosis", text)

    def med(self, text):
        return self._add("medication", text)

    def lab(self, text):
        return self._add("lab_result", text)

    def social(self, text):
        return self._add("social_information", text)

    def address(self, p):
        s = "%s, %s (Québec) %s" % (p.street, p.town, p.postal)
        return self._add("patient_contact", s)

    def street(self, p):
        return self._add("patient_contact", p.street)

    def tel(self, p):
        return self._add("patient_contact", p.tel)

    # ------------------------------------------------------------------
    # attachments
    # ------------------------------------------------------------------
    def _fn_style(self, filename):
        if not M.is_ascii(filename):
            return "2231"
        return "2231" if self.rng.random() < 0.15 else "plain"

    def attach_bytes(self, ctype, filename, data, extra_params=None):
        self.attachments.append(M.Leaf(ctype, data, cte="base64", filename=filename,
                                       disposition="attachment", fn_style=self._fn_style(filename),
                                       extra_params=extra_params))

    def attach_text(self, ctype, filename, text, charset=None, extra_params=None):
        charset = charset or pick_charset(self.rng, text, self.lang)
        cte = pick_cte(self.rng, text.encode(charset))
        if ctype == "text/calendar" and cte == "base64":
            text = text.replace("\n", "\r\n")
        self.attachments.append(M.Leaf(ctype, text, charset=charset, cte=cte, filename=filename,
                                       disposition="attachment", fn_style=self._fn_style(filename),
                                       extra_params=extra_params))

    def attach_pdf(self, filename, title, blocks, letterhead=None, author=""):
        self.attach_bytes("application/pdf", filename, D.make_pdf(title, blocks, author, letterhead))

    def attach_docx(self, filename, title, blocks, author=""):
        self.attach_bytes("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                          filename, D.make_docx(title, blocks, author))

    def attach_xlsx(self, filename, sheets, author=""):
        self.attach_bytes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          filename, D.make_xlsx(sheets, author))

    def attach_csv(self, filename, rows, delimiter=None, charset=None):
        delimiter = delimiter or (";" if self.lang == "fr" else ",")
        self.attach_text("text/csv", filename, D.make_csv(rows, delimiter), charset=charset)

    def attach_ics(self, filename, **kw):
        self.attach_text("text/calendar", filename, D.make_ics(**kw), charset="utf-8",
                         extra_params=["method=REQUEST"])

    def attach_vcard(self, filename, **kw):
        self.attach_text("text/vcard", filename, D.make_vcard(**kw), charset="utf-8")

    def attach_zip(self, filename, members):
        self.attach_bytes("application/zip", filename, D.make_zip(members))

    def attach_eml(self, inner, filename=None):
        """Attach another Draft as message/rfc822; its findings become ours."""
        data = inner.render(crlf=False)
        for t, e in inner.evidence:
            self._add(t, e)
        self.holders.extend(inner.holders)
        self.ids.extend(inner.ids)
        self.attachments.append(M.Nested(data, filename, self._fn_style(filename) if filename else "plain"))

    def sub(self, lang=None):
        """A nested draft sharing our positivity (for attached/forwarded messages)."""
        d = Draft(self.ctx, lang or self.lang, self.positive, self.category, "")
        d.when = self.when - datetime.timedelta(hours=self.rng.randrange(3, 70), minutes=self.rng.randrange(60))
        return d

    # ------------------------------------------------------------------
    # rendering
    # ------------------------------------------------------------------
    def render(self, crlf=None):
        rng = self.rng
        ctx = self.ctx
        text_all = "\n".join(C_lines(self.body)) + self.subject
        mode = self.force_mode or rng.choices(["plain", "html", "alt"], [45, 20, 35])[0]
        charset = pick_charset(rng, text_all, self.lang)
        wrap = rng.random() < 0.4
        plain = render_plain(self.body, wrap)
        leaves = []
        if mode in ("plain", "alt"):
            data = plain.encode(charset)
            leaves.append(M.Leaf("text/plain", plain, charset=charset, cte=pick_cte(rng, data)))
        if mode in ("html", "alt"):
            h = render_html(self.body, charset)
            leaves.append(M.Leaf("text/html", h, charset=charset, cte=pick_cte(rng, h.encode(charset))))
        if len(leaves) == 2:
            body = M.Multi("alternative", leaves, ctx.boundary())
        else:
            body = leaves[0]
        if self.attachments:
            root = M.Multi("mixed", [body] + self.attachments, ctx.boundary())
        else:
            root = body
        hcs = "utf-8"
        if rng.random() < 0.3:
            try:
                (self.subject + "".join(n for n, _ in [self.frm] + self.to + self.cc)).encode("iso-8859-1")
                hcs = "iso-8859-1"
            except UnicodeEncodeError:
                pass
        hmode = rng.choice(["q", "q", "b"])
        force_subj = rng.random() < 0.08
        force_names = rng.random() < 0.08
        dt = self.when.replace(tzinfo=tz_for(self.when))
        dom = self.frm[1].split("@")[1]
        headers = [
            ("From", M.address(self.frm[0], self.frm[1], hcs, hmode, force_names)),
            ("To", M.address_list(self.to, hcs, hmode, force_names)),
        ]
        if self.cc:
            headers.append(("Cc", M.address_list(self.cc, hcs, hmode, force_names)))
        headers.append(("Subject", M.header_text(self.subject, hcs, hmode, force_subj)))
        headers.append(("Date", email.utils.format_datetime(dt)))
        headers.append(("Message-ID", ctx.message_id(dom)))
        if self.reply_to_id:
            headers.append(("In-Reply-To", self.reply_to_id))
            headers.append(("References", self.reply_to_id))
        xm = rng.choice([None, "Microsoft Outlook 16.0", "Zimbra 10.0.8", "Thunderbird 128.3.1",
                         "Microsoft Outlook 16.0", None])
        if xm:
            headers.append(("X-Mailer", xm))
        if rng.random() < 0.3:
            headers.append(("Content-Language", "fr-CA" if self.lang == "fr" else "en-CA"))
        if crlf is None:
            crlf = rng.random() < 0.35
        return M.render_message(headers, root, crlf=crlf)


def C_lines(blocks):
    return D.blocks_to_lines(blocks)


def pick_charset(rng, text, lang):
    if M.is_ascii(text):
        return rng.choice(["us-ascii", "us-ascii", "utf-8", "iso-8859-1"])
    opts = ["utf-8", "utf-8", "iso-8859-1", "windows-1252"]
    while True:
        cs = rng.choice(opts)
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            opts = [o for o in opts if o != cs]


def pick_cte(rng, data):
    try:
        data.decode("ascii")
        asc = True
    except UnicodeDecodeError:
        asc = False
    longest = max((len(l) for l in data.split(b"\n")), default=0)
    if asc:
        choices = ["7bit", "7bit", "quoted-printable", "base64"]
    else:
        choices = ["8bit", "quoted-printable", "quoted-printable", "base64"]
    if longest > 900:
        choices = ["quoted-printable", "base64"]
    return rng.choice(choices)


def _wrap(text, width=74):
    out = []
    for para in text.split("\n"):
        if len(para) <= width:
            out.append(para)
        else:
            out.extend(textwrap.wrap(para, width, break_on_hyphens=False, break_long_words=False))
    return out


def _table_plain(head, rows):
    allrows = ([head] if head else []) + rows
    ncol = max(len(r) for r in allrows)
    widths = [max(len(str(r[i])) if i < len(r) else 0 for r in allrows) for i in range(ncol)]
    lines = []
    for k, r in enumerate(allrows):
        lines.append("  ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if head and k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines


def _plain_lines(blocks, wrap):
    lines = []
    for b in blocks:
        kind = b[0]
        if kind in ("p", "h"):
            lines.extend(_wrap(b[1]) if wrap else b[1].split("\n"))
        elif kind == "pre":
            lines.extend(b[1].split("\n"))
        elif kind == "table":
            lines.extend(_table_plain(b[1], b[2]))
        elif kind == "quote":
            inner = _plain_lines(b[1], wrap)
            lines.extend(("> " + l) if l else ">" for l in inner)
            lines.append("")
            continue
        lines.append("")
    return lines


def render_plain(blocks, wrap=False):
    lines = _plain_lines(blocks, wrap)
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"


def _html_blocks(blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "h":
            out.append("<p><b>%s</b></p>" % html.escape(b[1]).replace("\n", "<br>\n"))
        elif kind == "p":
            out.append("<p>%s</p>" % html.escape(b[1]).replace("\n", "<br>\n"))
        elif kind == "pre":
            out.append("<pre>%s</pre>" % html.escape(b[1]))
        elif kind == "table":
            rows = []
            if b[1]:
                rows.append("<tr>%s</tr>" % "".join("<th>%s</th>" % html.escape(str(c)) for c in b[1]))
            for r in b[2]:
                rows.append("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(str(c)) for c in r))
            out.append('<table border="1" cellpadding="3" style="border-collapse:collapse">\n%s\n</table>'
                       % "\n".join(rows))
        elif kind == "quote":
            out.append('<blockquote style="border-left:2px solid #1f4e79;margin-left:6px;padding-left:8px">\n%s\n</blockquote>'
                       % _html_blocks(b[1]))
    return "\n".join(out)


def render_html(blocks, charset):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body>\n</html>\n'
            % (charset, _html_blocks(blocks)))
