"""Message builder used by every template: picks transports, renders bytes,
collects label types and verification facts."""
import datetime as dt
import html
import html.entities

from gen_attach import make_csv, make_docx, make_pdf, make_png, make_vcard, make_xlsx, make_zip
from gen_common import (CLINIC, DOB_STYLES, HOSP, NAM_STYLES, fmt_date, fmt_nam, fold)
from gen_mime import (Leaf, Multi, Rfc822, addr, addr_list, header_text, is_ascii, needs_8bit,
                      render_message)

START = dt.date(2025, 1, 6)
MAILERS = [("X-Mailer", "Microsoft Outlook 16.0"), ("User-Agent", "Mozilla Thunderbird 128.6.0"),
           ("X-Mailer", "Apple Mail (2.3826.300.87)"), ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("X-Mailer", "Zimbra 10.0.9_GA"), None, None]
CT = {"pdf": "application/pdf",
      "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "zip": "application/zip", "png": "image/png"}


def encodable(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def to_html(text, entities=False):
    out, quote, para = [], [], []

    def flush_para():
        if para:
            out.append("<p>" + "<br>\n".join(html.escape(x) for x in para) + "</p>")
            para.clear()

    def flush_quote():
        if quote:
            inner = to_html_fragment("\n".join(quote))
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
                       + inner + "\n</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            flush_para()
            quote.append(line[1:].lstrip(" ") if not line.startswith(">>") else line[1:])
            continue
        flush_quote()
        if not line.strip():
            flush_para()
        else:
            para.append(line)
    flush_para()
    flush_quote()
    body = "\n".join(out)
    if entities:
        body = "".join(("&" + html.entities.codepoint2name[ord(c)] + ";") if ord(c) > 127 and ord(c) in html.entities.codepoint2name
                       else (f"&#{ord(c)};" if ord(c) > 127 else c) for c in body)
    return body


def to_html_fragment(text):
    return to_html(text)


def html_doc(fragment, charset, font="Calibri,Arial,sans-serif"):
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset + "\">\n"
            "</head>\n<body>\n<div style=\"font-family:" + font + ";font-size:11pt\">\n" + fragment
            + "\n</div>\n</body>\n</html>\n")


def html_table(rows, header=True):
    out = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{html.escape(str(c))}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def text_table(rows, sep=" | "):
    widths = [max(len(str(r[k])) for r in rows) for k in range(len(rows[0]))]
    return "\n".join(sep.join(str(c).ljust(widths[k]) for k, c in enumerate(r)).rstrip() for r in rows)


class Msg:
    def __init__(self, C, rng, lang, category, note, positive):
        self.C, self.rng, self.lang, self.category, self.note = C, rng, lang, category, note
        self.positive = positive
        self.types, self.facts, self.atts = set(), [], []
        self.extra_headers = []
        self.nb = 0
        day = START + dt.timedelta(days=rng.randint(0, 113))
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
        self.day = day
        self.when = dt.datetime(day.year, day.month, day.day, rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59))
        self.eol = "\r\n" if rng.random() < 0.55 else "\n"

    # ------------------------------------------------------------------ labels and facts
    def t(self, *types):
        self.types.update(types)

    def fact(self, *f):
        self.facts.append(f)

    def patient(self, p, name=True):
        """Register that the patient's name is present somewhere."""
        if name:
            self.t("patient_name")
            self.fact("name", p.surname)

    def nam_block(self, p, layout=None, nam_style=None, dob_style=None, name_form=None):
        """Name + DOB + sex + NAM for a NAM holder, in one of several layouts."""
        r, fr = self.rng, self.lang == "fr"
        layout = layout or r.choice(["line", "lines", "pipe", "compact"])
        ns = nam_style or r.choice(NAM_STYLES)
        ds = dob_style or r.choice(DOB_STYLES)
        nam = fmt_nam(p.nam, ns)
        dob = fmt_date(p.dob, ds, self.lang)
        sex = p.sex
        self.t("patient_name", "date_of_birth", "ramq_nam")
        self.fact("nam", p.holder)
        name_form = name_form or r.choice(["last_first", "full", "last_first_plain", "title"])
        nm = p.name(name_form, self.lang)
        if layout == "line":
            return (f"{'Patient' if sex == 'M' else 'Patiente'} : {nm} — DDN {dob} — sexe {sex} — NAM {nam}" if fr
                    else f"Patient: {nm} — DOB {dob} — sex {sex} — RAMQ {nam}")
        if layout == "lines":
            return (f"Nom : {nm}\nDate de naissance : {dob}\nSexe : {sex}\nNAM : {nam}" if fr
                    else f"Name: {nm}\nDate of birth: {dob}\nSex: {sex}\nRAMQ no.: {nam}")
        if layout == "pipe":
            return (f"{nm} | {dob} | {sex} | {nam}" if fr else f"{nm} | DOB {dob} | {sex} | HIN {nam}")
        return (f"{nm} ({sex}, né{'e' if sex == 'F' else ''} le {dob}), NAM {nam}" if fr
                else f"{nm} ({sex}, born {dob}), Quebec HIN {nam}")

    def dob_text(self, p, style=None):
        self.t("date_of_birth")
        return fmt_date(p.dob, style or self.rng.choice(DOB_STYLES), self.lang)

    def addr_of(self, who):
        if isinstance(who, tuple):
            return who
        return (who.titled(self.lang) if self.rng.random() < 0.3 else who.full, who.email)

    # ------------------------------------------------------------------ attachments
    def fname_style(self, name):
        r = self.rng.random()
        if not is_ascii(name):
            return self.rng.choice(["2231", "2231", "2047", "2231cont", "2231latin1"])
        if r < 0.62:
            return "plain"
        if r < 0.77:
            return "2231"
        if r < 0.87:
            return "2047"
        return "2231cont"

    def _binary(self, ctype, data, fname, disposition="attachment"):
        if self.rng.random() < 0.12 and ctype != "image/png":
            ctype = "application/octet-stream"
        self.atts.append(Leaf(ctype, data, cte="base64", filename=fname, disposition=disposition,
                              fname_style=self.fname_style(fname), name_param=self.rng.random() < 0.85))

    def letterhead(self, org="clinic"):
        if org == "hosp":
            return [HOSP["name_fr"], "Service de pathologie — " + HOSP["lab_phone"]]
        if org == "tele":
            return [CLINIC["tele_fr"] if self.lang == "fr" else CLINIC["tele_en"],
                    f"{CLINIC['addr']}, {CLINIC['city']}", f"Tél. {CLINIC['tele_phone']}  Téléc. {CLINIC['fax']}"]
        if isinstance(org, (list, tuple)):
            return list(org)
        return [CLINIC["name_fr"] if self.lang == "fr" else CLINIC["name_en"],
                f"{CLINIC['addr']}, {CLINIC['city']}", f"Tél. {CLINIC['phone']}  Téléc. {CLINIC['fax']}"]

    def pdf(self, fname, title, blocks, org="clinic", author=""):
        data = make_pdf(title, blocks, letterhead=self.letterhead(org) if org else (),
                        compress=self.rng.random() < 0.7, author=author)
        self._binary(CT["pdf"], data, fname)
        return data

    def docx(self, fname, title, blocks, author=""):
        data = make_docx(title, blocks, author=author, when=self.when - dt.timedelta(hours=2))
        self._binary(CT["docx"], data, fname)
        return data

    def xlsx(self, fname, sheets, author=""):
        data = make_xlsx(sheets, author=author, when=self.when - dt.timedelta(hours=1))
        self._binary(CT["xlsx"], data, fname)
        return data

    def png(self, fname, disposition="attachment"):
        data = make_png(self.rng)
        self._binary("image/png", data, fname, disposition)
        return data

    def zip(self, fname, members):
        data = make_zip(members)
        ct = "application/zip" if self.rng.random() < 0.7 else "application/x-zip-compressed"
        self.atts.append(Leaf(ct, data, cte="base64", filename=fname, disposition="attachment",
                              fname_style=self.fname_style(fname)))
        return data

    def text_att(self, ctype, text, fname, charsets=("utf-8",), ctype_extra=""):
        r = self.rng
        cs = r.choice([c for c in charsets if encodable(text, c)] or ["utf-8"])
        if is_ascii(text):
            cte = r.choice(["7bit", "quoted-printable", "base64"])
        else:
            cte = r.choice(["8bit", "quoted-printable", "base64", "base64"])
        if any(len(x.encode(cs)) > 900 for x in text.split("\n")):
            cte = "base64"
        self.atts.append(Leaf(ctype, text, charset=cs, cte=cte, filename=fname, disposition="attachment",
                              fname_style=self.fname_style(fname), ctype_extra=ctype_extra))

    def csv(self, fname, rows, delimiter=","):
        text = make_csv(rows, delimiter)
        self.text_att("text/csv", text, fname, charsets=("utf-8", "windows-1252", "iso-8859-1"))

    def ics(self, fname, ics_text):
        self.text_att("text/calendar", ics_text, fname, ctype_extra="; method=REQUEST")

    def vcf(self, fname, **kw):
        text = make_vcard(**kw)
        self.text_att(self.rng.choice(["text/vcard", "text/x-vcard"]), text, fname)

    def eml(self, fname, frm, to, subject, text, when, atts=(), html_body=None):
        r = self.rng
        cs = self._pick_charset(text)
        cte = self._pick_cte(cs, text)
        body = Leaf("text/plain", text, charset=cs, cte=cte, ctype_extra="; format=flowed" if r.random() < 0.2 else "")
        if html_body is not None:
            hcs = "utf-8"
            body = Multi("alternative", [body, Leaf("text/html", html_doc(html_body, hcs), charset=hcs,
                                                    cte="quoted-printable")], self.boundary())
        root = Multi("mixed", [body] + list(atts), self.boundary()) if atts else body
        hdrs = [("From", addr(frm[0], frm[1], r.choice(["plain", "quoted", "q"]), eol=self.eol)),
                ("To", addr_list([addr(n, e, "plain", eol=self.eol) for n, e in to], self.eol)),
                ("Subject", header_text(subject, r.choice(["raw", "q", "b"]), self.eol)),
                ("Date", self.fmt_when(when)),
                ("Message-ID", self.msgid(frm[1].split("@")[1], when=when))]
        node = Rfc822(hdrs, root, filename=fname, fname_style=self.fname_style(fname))
        node.cte = "8bit" if needs_8bit(root) else "7bit"
        self.atts.append(node)

    # ------------------------------------------------------------------ transport choices
    def boundary(self):
        self.nb += 1
        styles = [lambda: f"----=_NextPart_{self.rng.randrange(16**3):03X}_{self.rng.randrange(16**4):04X}_{self.rng.randrange(16**8):08X}.{self.rng.randrange(16**8):08X}",
                  lambda: f"_{self.nb:03d}_YT2PR01MB{self.rng.randrange(10**4):04d}{self.rng.randrange(16**6):06X}_",
                  lambda: f"------------{''.join(self.rng.choice('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') for _ in range(24))}",
                  lambda: f"=_{self.rng.randrange(16**16):016x}{self.nb}"]
        return self.rng.choice(styles)()

    def msgid(self, domain, salt="", when=None):
        r = self.rng
        k = r.randrange(3)
        if k == 0:
            return f"<{r.randrange(16**16):016x}.{r.randrange(16**6):06x}@{domain}>"
        if k == 1:
            return f"<{(when or self.when).strftime('%Y%m%d%H%M%S')}.{r.randrange(10**6):06d}@mail.{domain}>"
        return f"<CA{r.randrange(16**12):012X}{r.randrange(16**12):012X}@{domain}>"

    def fmt_when(self, when):
        off = -4 if when.date() >= dt.date(2025, 3, 9) else -5
        tz = dt.timezone(dt.timedelta(hours=off))
        import email.utils
        return email.utils.format_datetime(when.replace(tzinfo=tz))

    def _pick_charset(self, text):
        r = self.rng
        if is_ascii(text):
            return r.choice(["us-ascii", "us-ascii", "utf-8", "iso-8859-1", "windows-1252"])
        opts = ["utf-8", "utf-8", "utf-8"]
        if encodable(text, "iso-8859-1"):
            opts += ["iso-8859-1", "iso-8859-1"]
        if encodable(text, "windows-1252"):
            opts += ["windows-1252"]
        return r.choice(opts)

    def _pick_cte(self, cs, text):
        r = self.rng
        long_line = any(len(x.encode(cs)) > 900 for x in text.split("\n"))
        if is_ascii(text):
            c = r.choice(["7bit", "7bit", "7bit", "quoted-printable", "base64"])
        else:
            c = r.choice(["8bit", "8bit", "quoted-printable", "quoted-printable", "base64"])
        if long_line and c in ("7bit", "8bit"):
            c = "quoted-printable"
        return c

    # ------------------------------------------------------------------ rendering
    def render(self, frm, to, subject, text=None, html_body=None, mode=None, cc=(), reply=False,
               importance=None, related_png=None):
        r = self.rng
        eol = self.eol
        frm = self.addr_of(frm)
        to = [self.addr_of(x) for x in to]
        cc = [self.addr_of(x) for x in cc]
        if mode is None:
            x = r.random()
            mode = "plain" if x < 0.45 else ("alt" if x < 0.8 else "html")
        if text is None and mode == "plain":
            mode = "html"
        parts = []
        if mode in ("plain", "alt"):
            cs = self._pick_charset(text)
            flowed = "; format=flowed" if r.random() < 0.15 else ""
            parts.append(Leaf("text/plain", text, charset=cs, cte=self._pick_cte(cs, text), ctype_extra=flowed))
        if mode in ("html", "alt"):
            entities = r.random() < 0.2
            frag = html_body if html_body is not None else to_html(text, entities=entities)
            hcs = self._pick_charset(frag)
            doc = html_doc(frag, hcs)
            hleaf = Leaf("text/html", doc, charset=hcs, cte=self._pick_cte(hcs, doc))
            if related_png is not None:
                cid = f"image001.png@01DB{r.randrange(16**8):08X}"
                doc = html_doc(frag + f'\n<p><img src="cid:{cid}" width="320"></p>', hcs)
                hleaf = Leaf("text/html", doc, charset=hcs, cte=self._pick_cte(hcs, doc))
                img = Leaf("image/png", related_png[1], cte="base64", filename=related_png[0],
                           disposition="inline", fname_style="plain",
                           extra_headers=[("Content-ID", f"<{cid}>")])
                hleaf = Multi("related", [hleaf, img], self.boundary(), ctype_extra='; type="text/html"')
            parts.append(hleaf)
        body = parts[0] if len(parts) == 1 else Multi("alternative", parts, self.boundary())
        root = body
        if self.atts:
            root = Multi("mixed", [body] + self.atts, self.boundary(),
                         preamble="This is a multi-part message in MIME format." if r.random() < 0.4 else None)
        # headers
        sub_style = "raw" if (is_ascii(subject) and r.random() < 0.85) else r.choice(["q", "b"])
        sub_cs = "utf-8" if (r.random() < 0.6 or not encodable(subject, "iso-8859-1")) else "iso-8859-1"
        astyle = lambda: r.choices(["plain", "quoted", "q", "b"], weights=[55, 25, 10, 10])[0]
        h = [("From", addr(frm[0], frm[1], astyle(), eol=eol)),
             ("To", addr_list([addr(n, e, astyle(), eol=eol) for n, e in to], eol))]
        if cc:
            h.append(("Cc", addr_list([addr(n, e, astyle(), eol=eol) for n, e in cc], eol)))
        h.append(("Subject", header_text(subject, sub_style, eol, sub_cs)))
        h.append(("Date", self.fmt_when(self.when)))
        dom = frm[1].split("@")[1]
        h.append(("Message-ID", self.msgid(dom)))
        if reply:
            ref = self.msgid(r.choice([dom] + [e.split("@")[1] for _, e in to]), salt="ref")
            h.append(("In-Reply-To", ref))
            h.append(("References", ref))
        if importance:
            h.append(("Importance", importance))
        m = r.choice(MAILERS)
        if m:
            h.append(m)
        h.extend(self.extra_headers)
        return render_message(h, root, eol)

    # ------------------------------------------------------------------ quoting helpers
    def quote(self, text, who, when, style=None, to=None, subject=None):
        """Reply quoting in gmail style ('>') or Outlook style (header block)."""
        r, fr = self.rng, self.lang == "fr"
        style = style or r.choice(["gt", "gt", "outlook"])
        name, mail = self.addr_of(who)
        if style == "gt":
            if fr:
                head = f"Le {when.day} {['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'][when.month - 1]} {when.year} à {when.strftime('%H:%M')}, {name} <{mail}> a écrit :"
            else:
                head = f"On {when.strftime('%a, %b')} {when.day}, {when.year} at {when.strftime('%I:%M %p').lstrip('0')} {name} <{mail}> wrote:"
            return head + "\n" + "\n".join(("> " + x) if x else ">" for x in text.split("\n"))
        tname = to[0] if to else ""
        if fr:
            return ("-----Message d'origine-----\n" f"De : {name} <{mail}>\n"
                    f"Envoyé : {when.day} {['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'][when.month - 1]} {when.year} {when.strftime('%H:%M')}\n"
                    f"À : {tname}\nObjet : {subject or ''}\n\n{text}")
        return ("-----Original Message-----\n" f"From: {name} <{mail}>\n"
                f"Sent: {when.strftime('%A, %B')} {when.day}, {when.year} {when.strftime('%I:%M %p').lstrip('0')}\n"
                f"To: {tname}\nSubject: {subject or ''}\n\n{text}")

    def forward_block(self, text, who, when, subject, to):
        name, mail = self.addr_of(who)
        if self.lang == "fr":
            return ("---------- Message transféré ---------\n" f"De : {name} <{mail}>\n"
                    f"Date : {when.strftime('%Y-%m-%d %H:%M')}\nObjet : {subject}\nÀ : {to}\n\n{text}")
        return ("---------- Forwarded message ---------\n" f"From: {name} <{mail}>\n"
                f"Date: {when.strftime('%a, %b %d, %Y at %I:%M %p')}\nSubject: {subject}\nTo: {to}\n\n{text}")

    def earlier(self, hours_min=1, hours_max=72):
        """An earlier moment during business hours (for quoted and forwarded mail)."""
        t = self.when - dt.timedelta(minutes=self.rng.randint(hours_min * 60, hours_max * 60))
        if t.hour < 7 or t.hour > 18:
            t = t.replace(hour=self.rng.randint(8, 16))
            if t > self.when:
                t -= dt.timedelta(days=1)
        while t.weekday() >= 5:
            t -= dt.timedelta(days=1)
        return t

    def later_day(self, n=None):
        from gen_common import next_weekday
        return next_weekday(self.day, n or self.rng.randint(2, 15))
