"""Per-run context (seeded choices, NAM allocation) and per-message builder that tracks finding types."""
import datetime
import html as htmlmod

import gen_attach as A
import gen_common as C
import gen_mime as M


class Ctx:
    def __init__(self, rng, seed):
        self.rng = rng
        self.seed = seed
        self.nams = C.load_nams()
        self.nam_use = {n["nam"]: 0 for n in self.nams}
        self.n = 0
        self.used_names = set()

    # ------------------------------------------------------------ people
    def patient(self, lang, nam=0.0, ages=(22, 66), province="QC", sex=None):
        rng = self.rng
        if province == "QC" and rng.random() < nam:
            cands = [x for x in self.nams if ages[0] <= C.age(x["dob"]) <= ages[1]]
            if cands:
                low = min(self.nam_use[x["nam"]] for x in cands)
                cands = [x for x in cands if self.nam_use[x["nam"]] == low]
                h = rng.choice(cands)
                self.nam_use[h["nam"]] += 1
                p = C.Person(h["given"], h["surname"], h["sex"], h["dob"], lang)
                p.nam = h["nam"]
                self._fill(p, province)
                return p
        for _ in range(200):
            sx = sex or rng.choice("FM")
            glang = lang if rng.random() < 0.8 else ("en" if lang == "fr" else "fr")
            given = rng.choice(C.GIVEN[(glang, sx)])
            sur = rng.choice(C.PAT_SUR_FR if rng.random() < (0.75 if glang == "fr" else 0.2) else C.PAT_SUR_EN)
            if (given, sur) not in self.used_names:
                break
        self.used_names.add((given, sur))
        a = rng.randrange(ages[0], ages[1] + 1)
        dob = datetime.date(C.REF_YEAR - a - 1, rng.randrange(1, 13), rng.randrange(1, 29))
        p = C.Person(given, sur, sx, dob, lang)
        self._fill(p, province)
        return p

    def _fill(self, p, province):
        rng = self.rng
        p.province = province
        p.mrn = C.gen_mrn(rng)
        area = {"ON": rng.choice(["613", "343"]), "FR": None, "BE": None}.get(province)
        p.address = C.address(rng, province)
        if province == "FR":
            p.phone = "06 55 01 %02d %02d" % (rng.randrange(10, 99), rng.randrange(10, 99))
        elif province == "BE":
            p.phone = "+32 470 55 01 %02d" % rng.randrange(10, 99)
        else:
            p.phone = C.phone(rng, area)

    # ------------------------------------------------------------ message plumbing
    def when(self, lo=(2025, 1, 6), hi=(2025, 11, 28)):
        rng = self.rng
        a = datetime.date(*lo).toordinal()
        b = datetime.date(*hi).toordinal()
        d = datetime.date.fromordinal(rng.randrange(a, b + 1))
        while d.weekday() >= 5 and rng.random() < 0.85:
            d = d + datetime.timedelta(days=1)
        tz = M.TZ_S if 3 <= d.month <= 10 else M.TZ_W
        return datetime.datetime(d.year, d.month, d.day, rng.randrange(7, 19), rng.randrange(60),
                                 rng.randrange(60), tzinfo=tz)

    def new(self, lang, positive):
        self.n += 1
        return Msg(self, lang, positive, self.n)


def to_html(text, tables=None):
    """Paragraphs -> <p>, quoted lines -> <blockquote>; tables: dict marker -> rows."""
    out, quote = [], []
    paras = text.split("\n\n")
    for para in paras:
        if tables and para.strip() in tables:
            rows = tables[para.strip()]
            t = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                t.append("<tr>" + "".join("<%s>%s</%s>" % (tag, htmlmod.escape(str(c), quote=False), tag) for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
            continue
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines if l):
            inner = "<br>\n".join(htmlmod.escape(l.lstrip("> ").rstrip(), quote=False) for l in lines)
            out.append('<blockquote style="border-left:2px solid #99c;padding-left:6px">%s</blockquote>' % inner)
        else:
            out.append("<p>" + "<br>\n".join(htmlmod.escape(l, quote=False) for l in lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + "\n".join(out) + "\n</body></html>\n")


def table_text(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip() for r in rows)


class Msg:
    def __init__(self, ctx, lang, positive, n):
        self.c = ctx
        self.rng = ctx.rng
        self.lang = lang
        self.positive = positive
        self.n = n
        self.types = set()
        self.ids = []  # (type, canonical value)
        self.nams = []
        self.bcount = 0
        self.features = set()

    # ---------------------------------------------------------- findings
    def _pos(self):
        if not self.positive:
            raise AssertionError("patient data requested in a negative")

    def name(self, p, full_only=False, form=None):
        self._pos()
        self.types.add("patient_name")
        if p.nam:
            full_only = True
        if form == "title":
            return "%s %s" % (p.title(self.lang), p.surname if not p.nam else p.full)
        return p.name(self.rng, self.lang, full_only=full_only) if form is None else form

    def given_only(self, p):
        self._pos()
        self.types.add("patient_name")
        return p.given

    def dob(self, p, style=None):
        self._pos()
        self.types.add("date_of_birth")
        return C.fdate(p.dob, self.lang, style, self.rng)

    def sex(self, p):
        if self.lang == "fr":
            return self.rng.choice(["sexe : %s", "Sexe %s", "sexe %s"]) % p.sex
        return self.rng.choice(["Sex: %s", "sex %s", "Sex %s"]) % p.sex

    def nam(self, p, style=None):
        self._pos()
        assert p.nam
        self.types.add("ramq_nam")
        self.nams.append(p.nam)
        self.ids.append(("ramq_nam", p.nam))
        return C.disguise(self.rng, "nam", p.nam, style)

    def ident(self, kind, value, style=None):
        self._pos()
        t = {"sin": "ca_sin", "ohn": "ca_health_number", "niss": "be_niss", "nir": "fr_nir", "mrn": "mrn"}[kind]
        self.types.add(t)
        self.ids.append((t, value))
        return C.disguise(self.rng, kind, value, style)

    def mrn(self, p, style=None):
        return self.ident("mrn", p.mrn, style)

    def contact(self, text):
        self._pos()
        self.types.add("patient_contact")
        return text

    def dx(self, text):
        self._pos()
        self.types.add("diagnosis")
        return text

    def med(self, text):
        self._pos()
        self.types.add("medication")
        return text

    def lab(self, text):
        self._pos()
        self.types.add("lab_result")
        return text

    def social(self, text):
        self._pos()
        self.types.add("social_information")
        return text

    # ---------------------------------------------------------- MIME helpers
    def boundary(self):
        self.bcount += 1
        tag = "%08x" % (self.c.seed * 7919 + self.n * 131 + self.bcount)
        return self.rng.choice(["----=_NextPart_%03d_%s.%04d" % (self.bcount, tag, self.n),
                                "b%d_%s" % (self.bcount, tag),
                                "==_SA%s_%d==" % (tag, self.bcount),
                                "000000000000%s%02d" % (tag, self.bcount)])

    def text(self, text, subtype="plain", charset=None, cte=None):
        rng = self.rng
        if charset is None:
            if M.is_ascii(text):
                charset = rng.choice(["us-ascii", "us-ascii", "utf-8", "iso-8859-1", "windows-1252"])
            else:
                charset = rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
        if charset != "utf-8" and not M.can_encode(text, charset):
            charset = "utf-8"
        if subtype == "html":
            text = text.replace('charset=utf-8">', 'charset=%s">' % charset)
        if cte is None:
            if charset == "us-ascii":
                cte = rng.choice(["7bit", "7bit", "quoted-printable", "base64"])
            else:
                cte = rng.choice(["8bit", "8bit", "quoted-printable", "quoted-printable", "base64"])
        return M.text_part(text, subtype, charset, cte)

    def body(self, text, html=None, mode=None, tables=None):
        """mode: plain | html | alt"""
        rng = self.rng
        mode = mode or rng.choice(["plain", "plain", "plain", "html", "alt", "alt"])
        if mode == "plain":
            if tables:
                for k, rows in tables.items():
                    text = text.replace(k, table_text(rows))
            return self.text(text)
        h = html or to_html(text, tables)
        if mode == "html":
            return self.text(h, "html")
        if tables:
            for k, rows in tables.items():
                text = text.replace(k, table_text(rows))
        return M.multipart("alternative", [self.text(text), self.text(h, "html")], self.boundary())

    def mixed(self, body, atts):
        return M.multipart("mixed", [body] + atts, self.boundary())

    def att(self, data, ctype, filename, cte=None, charset=None):
        rng = self.rng
        if cte is None:
            if ctype.startswith("text/"):
                try:
                    data.decode("ascii")
                    cte = rng.choice(["7bit", "quoted-printable", "base64"])
                except UnicodeDecodeError:
                    cte = rng.choice(["8bit", "quoted-printable", "base64"])
            else:
                cte = "base64"
        r2231 = (not M.is_ascii(filename)) or rng.random() < 0.2
        split = r2231 and rng.random() < 0.4
        return M.attachment(data, ctype, filename, cte, r2231, charset, split)

    def pdf(self, filename, title, body, subtitle=None):
        return self.att(A.make_pdf(title, body, compress=self.rng.choice([0, 1, 1]), subtitle=subtitle),
                        "application/pdf", filename)

    def docx(self, filename, title, paras, table=None):
        return self.att(A.make_docx(title, paras, table),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", filename)

    def xlsx(self, filename, sheets):
        return self.att(A.make_xlsx(sheets), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename)

    def csv(self, filename, rows, delimiter=None, encoding=None):
        rng = self.rng
        delimiter = delimiter or rng.choice([",", ";"])
        encoding = encoding or rng.choice(["utf-8", "utf-8-sig", "windows-1252"])
        try:
            data = A.make_csv(rows, delimiter, encoding)
        except UnicodeEncodeError:
            encoding = "utf-8"
            data = A.make_csv(rows, delimiter, encoding)
        cs = {"utf-8-sig": "utf-8"}.get(encoding, encoding)
        return self.att(data, "text/csv", filename, charset=cs)

    def ics(self, filename, **kw):
        return self.att(A.make_ics(**kw), "text/calendar", filename, charset="utf-8")

    def vcf(self, filename, **kw):
        return self.att(A.make_vcard(**kw), "text/vcard", filename, charset="utf-8")

    def zip(self, filename, members):
        return self.att(A.make_zip(members), "application/zip", filename)

    def msgid(self, dt, dom=None):
        dom = dom or C.ORG["dom"]
        return "<%s.%06x.%d@%s>" % (dt.strftime("%Y%m%d%H%M%S"), self.rng.getrandbits(24), self.n, dom)

    def inner_email(self, frm, to, subject, root, dt=None):
        """A complete message (bytes, LF) to attach as message/rfc822."""
        dt = dt or self.c.when()
        hdrs = self._headers(frm, to, subject, dt, None, None)
        return M.build_message(hdrs, root, crlf=False)

    def _headers(self, frm, to, subject, dt, cc, extra):
        rng = self.rng
        tos = to if isinstance(to, list) else [to]
        h = [("From", M.addr(frm[0], frm[1], rng)),
             ("To", ", ".join(M.addr(n, e, rng) for n, e in tos))]
        if cc:
            h.append(("Cc", ", ".join(M.addr(n, e, rng) for n, e in cc)))
        if M.is_ascii(subject):
            subj = subject
        else:
            cs = rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
            if not M.can_encode(subject, cs):
                cs = "utf-8"
            subj = M.encode_word(subject, cs, rng.choice(["b", "q"]))
        h.append(("Subject", subj))
        h.append(("Date", M.format_date(dt)))
        dom = frm[1].split("@")[1]
        h.append(("Message-ID", self.msgid(dt, dom)))
        for k, v in (extra or []):
            h.append((k, v))
        if rng.random() < 0.4:
            h.append(("X-Mailer", rng.choice(["Microsoft Outlook 16.0", "Mozilla Thunderbird 128.4",
                                              "Zimbra 9.0 (ZimbraWebClient)", "SIC-Messagerie 3.1"])))
        return h

    def finish(self, cat, note, frm, to, subject, root, cc=None, extra=None, dt=None):
        if self.positive and not self.types:
            raise AssertionError("positive without findings: " + cat)
        dt = dt or self.c.when()
        hdrs = self._headers(frm, to, subject, dt, cc, extra)
        crlf = self.rng.random() < 0.45
        data = M.build_message(hdrs, root, crlf=crlf)
        return {"cat": cat, "lang": self.lang, "types": sorted(self.types), "note": note,
                "data": data, "ids": list(self.ids), "nams": list(self.nams), "positive": self.positive}
