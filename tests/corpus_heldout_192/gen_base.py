"""Per-message context: deterministic randomness, patients, identifier
recording, transport options and small writing helpers shared by templates."""
import datetime
import html as htmlmod
import random
import re
import unicodedata

import gen_data as D
import gen_mime as M


class Env:
    def __init__(self, seed, holders):
        self.seed = seed
        self.holders = holders
        self.holder_use = {h["nam"]: 0 for h in holders}
        self.patient_use = {}
        self.counter = 0


def deaccent(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def to_html(textbody, font="Calibri, sans-serif"):
    paras = textbody.split("\n\n")
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body style="font-family:%s;font-size:11pt">' % font]
    for p in paras:
        lines = [htmlmod.escape(l) for l in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    out.append("</body></html>")
    return "\n".join(out)


def html_table(rows, border=1):
    out = ['<table border="%d" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">' % border]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, htmlmod.escape(str(c)), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def quote(textbody, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in textbody.split("\n"))


def text_table(rows, widths=None):
    if widths is None:
        widths = [max(len(str(r[i])) for r in rows if i < len(r)) for i in range(max(len(r) for r in rows))]
    out = []
    for r in rows:
        out.append("  ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(out)


TRANSPORTS = [
    dict(charset="utf-8", cte="8bit", crlf=False, smode="raw"),
    dict(charset="iso-8859-1", cte="quoted-printable", crlf=True, smode="q", scharset="iso-8859-1"),
    dict(charset="utf-8", cte="base64", crlf=False, smode="b"),
    dict(charset="windows-1252", cte="quoted-printable", crlf=True, smode="q", scharset="utf-8"),
    dict(charset="utf-8", cte="quoted-printable", crlf=False, smode="q", ascii_label=True),
    dict(charset="iso-8859-1", cte="8bit", crlf=False, smode="raw", ascii_label=True),
    dict(charset="us-ascii", cte="7bit", crlf=True, smode="raw"),
    dict(charset="windows-1252", cte="8bit", crlf=False, smode="b", scharset="windows-1252"),
    dict(charset="utf-8", cte="base64", crlf=True, smode="q", hmode="b"),
    dict(charset="utf-8", cte="7bit", crlf=False, smode="force_q", ascii_label=True),
]
FNAME_STYLES = [None, "2231", None, "2047name", None, "2231lang"]
MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 115.6", "Apple Mail (2.3774)", None,
           "Microsoft Outlook 16.0", None, "Zimbra 9.0 (ZimbraWebClient - FF120)"]


class Msg:
    def __init__(self, env, kind, idx, lang):
        self.env = env
        self.idx = idx
        self.lang = lang
        self.kind = kind
        self.rng = random.Random("%d/%s/%d" % (env.seed, kind, idx))
        self.types = set()
        self.meta = {"nams": [], "ids": [], "names": []}
        r = self.rng
        day = datetime.date(2024, 9, 3) + datetime.timedelta(days=r.randrange(0, 295))
        while day.weekday() >= 5 and r.random() < 0.85:
            day += datetime.timedelta(days=1)
        off = -4 if 4 <= day.month <= 10 else -5
        tz = datetime.timezone(datetime.timedelta(hours=off))
        self.date = datetime.datetime(day.year, day.month, day.day, r.randrange(7, 19), r.randrange(60),
                                      r.randrange(60), tzinfo=tz)
        self.today = day
        t = dict(TRANSPORTS[(idx * 7 + (3 if kind == "neg" else 0)) % len(TRANSPORTS)])
        t["fname_style"] = FNAME_STYLES[(idx + (1 if kind == "neg" else 0)) % len(FNAME_STYLES)]
        t["bseed"] = "%08X" % r.getrandbits(32)
        t["bprefix"] = r.choice(["----=_Part_", "=_NextPart_000_", "_000_CHRS", "------------"])
        self.opts = t
        self.msgid = "<%s.%s@%s>" % (self.date.strftime("%Y%m%d%H%M%S"), "%010x" % r.getrandbits(40),
                                    r.choice(["chrs.example", "mail.chrs.example", "smtp.chrs.example"]))
        self.mailer = MAILERS[idx % len(MAILERS)]

    # ------------------------------------------------------------ dates
    def later(self, lo, hi, weekday=True):
        d = self.today + datetime.timedelta(days=self.rng.randrange(lo, hi + 1))
        while weekday and d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d

    def earlier(self, lo, hi):
        return self.today - datetime.timedelta(days=self.rng.randrange(lo, hi + 1))

    def hhmm(self, lo=8, hi=15):
        return "%dh%02d" % (self.rng.randrange(lo, hi + 1), self.rng.choice([0, 15, 30, 45]))

    def en_time(self, lo=8, hi=15):
        h = self.rng.randrange(lo, hi + 1)
        m = self.rng.choice([0, 15, 30, 45])
        return "%d:%02d %s" % (h if h <= 12 else h - 12, m, "a.m." if h < 12 else "p.m.")

    # ------------------------------------------------------------ people
    def holder(self, age="adult"):
        """Least used NAM holder suited to the age group, as a Person."""
        env = self.env
        now = self.today

        def fits(h):
            a = D.age_at(h["dob"], now)
            return {"adult": a >= 45, "young": 16 <= a < 45, "child": a < 16, "any": True}[age]

        cands = [h for h in env.holders if fits(h)] or list(env.holders)
        low = min(env.holder_use[h["nam"]] for h in cands)
        cands = [h for h in cands if env.holder_use[h["nam"]] == low]
        h = self.rng.choice(cands)
        env.holder_use[h["nam"]] += 1
        p = D.Person(h["given"], h["surname"], h["sex"], h["dob"], nam=h["nam"])
        self._fill(p)
        return p

    def patient(self, pool=None, dob_range=(1934, 1972)):
        env = self.env
        pool = pool or (D.PATIENTS_FR if self.lang == "fr" else D.PATIENTS_EN)
        low = min(env.patient_use.get(p[1], 0) for p in pool)
        cands = [p for p in pool if env.patient_use.get(p[1], 0) == low]
        g, s, sex = self.rng.choice(cands)
        env.patient_use[s] = env.patient_use.get(s, 0) + 1
        y = self.rng.randrange(dob_range[0], dob_range[1] + 1)
        dob = datetime.date(y, self.rng.randrange(1, 13), self.rng.randrange(1, 29))
        p = D.Person(g, s, sex, dob)
        self._fill(p)
        return p

    def _fill(self, p):
        r = self.rng
        p.mrn = D.gen_mrn(r)
        if self.lang == "en" and r.random() < 0.5:
            town, pc = r.choice(D.TOWNS_ON)
            p.address = ("%d %s" % (r.randrange(12, 980), r.choice(D.STREETS_ON)), town, "ON",
                         "%s %d%s%d" % (pc, r.randrange(10), r.choice("ABCEGHJKLMNPRSTVWXYZ"), r.randrange(10)))
            p.phone = "613-555-01%02d" % r.randrange(60, 100)
        else:
            town, pc = r.choice(D.TOWNS_QC)
            p.address = ("%d, %s" % (r.randrange(12, 980), r.choice(D.STREETS_QC)), town, "QC",
                         "%s %d%s%d" % (pc, r.randrange(10), r.choice("ABCEGHJKLMNPRSTVWXYZ"), r.randrange(10)))
            p.phone = "819-555-01%02d" % r.choice(list(range(60, 100)) + list(range(0, 30)))

    def addr_line(self, p):
        a = p.address
        if self.lang == "fr":
            return "%s, %s (Québec) %s" % (a[0], a[1], a[3]) if a[2] == "QC" else "%s, %s (Ontario) %s" % (a[0], a[1], a[3])
        return "%s, %s, %s %s" % a

    # ------------------------------------------------------------ recording
    def add(self, *types):
        self.types.update(types)

    def name(self, p, form):
        """Return p's name in a form and record patient_name."""
        self.types.add("patient_name")
        if p.surname not in self.meta["names"]:
            self.meta["names"].append(p.surname)
        return p.name(form, self.lang)

    def nam(self, p, style=None):
        """Formatted NAM; caller must also show name, DOB and sex (use nam_block)."""
        style = style or self.rng.choice(["plain", "space", "space", "hyphen", "dot", "slash", "lower",
                                          "fullwidth", "fullwidth", "space2", "wide"])
        self.types.add("ramq_nam")
        return D.fmt_nam(p.nam, style)

    def nam_block(self, p, dob_style=None, name_form=None, layout=None, nam_style=None):
        """Identity lines for a NAM holder: name, birth date, sex, NAM."""
        r = self.rng
        fr = self.lang == "fr"
        dob_style = dob_style or r.choice(["iso", "dmy", "ymd_slash", "fr_long" if fr else "en_long"])
        name_form = name_form or r.choice(["last_first", "full", "last_first_mixed", "caps", "title_full"])
        dob = D.fmt_date(p.dob, dob_style)
        nm = self.name(p, name_form)
        n = self.nam(p, nam_style)
        layout = layout or r.choice(["lines", "inline", "compact"])
        if layout == "lines":
            sexs = ("Sexe : %s" if fr else "Sex: %s") % p.sex
            txt = "\n".join([("Nom : %s" if fr else "Name: %s") % nm,
                             ("Date de naissance : %s" if fr else "Date of birth: %s") % dob,
                             sexs, ("NAM : %s" if fr else "RAMQ: %s") % n])
        elif layout == "inline":
            sexs = ("sexe %s" if fr else "sex %s") % p.sex
            born = "née" if p.sex == "F" else "né"
            txt = ("%s, " + born + " le %s, %s, NAM %s" if fr else "%s, DOB %s, %s, RAMQ %s") % (nm, dob, sexs, n)
        else:
            sexs = "(%s)" % p.sex
            txt = "%s %s — %s — %s" % (nm, sexs, ("DDN %s" if fr else "DOB %s") % dob, n)
        self.types.update(["date_of_birth"])
        self.meta["nams"].append({"nam": p.nam, "dob": dob, "sex": p.sex, "sex_pat": re.escape(sexs)})
        return txt

    def dob(self, p, style=None):
        self.types.add("date_of_birth")
        style = style or self.rng.choice(["iso", "dmy", "fr_long" if self.lang == "fr" else "en_long"])
        return D.fmt_date(p.dob, style)

    def ident(self, kind, value, formatted):
        self.meta["ids"].append((kind, value))
        self.types.add({"sin": "ca_sin", "ohip": "ca_health_number", "niss": "be_niss", "nir": "fr_nir",
                        "mrn": "mrn"}[kind])
        return formatted

    def mrn(self, p, style=None):
        style = style or self.rng.choice(["plain", "h", "dash", "space", "slash", "plain"])
        return self.ident("mrn", p.mrn, D.fmt_mrn(p.mrn, style))

    def contact(self, p, what="both"):
        self.types.add("patient_contact")
        if what == "phone":
            return p.phone
        if what == "addr":
            return self.addr_line(p)
        return "%s — %s" % (self.addr_line(p), p.phone)

    # ------------------------------------------------------------ output
    def body(self, textbody, style=None, html_body=None):
        """plain / html / alt according to style (random when None)."""
        style = style or self.rng.choice(["plain", "plain", "alt", "html"])
        if style == "plain":
            return M.text(textbody)
        h = html_body or to_html(textbody, self.rng.choice(["Calibri, sans-serif", "Arial, sans-serif",
                                                             "Segoe UI, sans-serif"]))
        if style == "html":
            return M.html(h)
        return M.alt(M.text(textbody), M.html(h))

    def finish(self, cat, note, frm, to, subject, body, cc=None, extra=None):
        extra = list(extra or [])
        if self.mailer:
            extra.append(("X-Mailer", self.mailer))
        m = {"from": frm, "to": to, "cc": cc, "subject": subject, "date": self.date, "msgid": self.msgid,
             "body": body, "extra": extra, "opts": self.opts}
        data = M.render(m)
        return {"cat": cat, "lang": self.lang, "types": sorted(self.types), "note": note, "bytes": data,
                "meta": self.meta}

    def nested(self, frm, to, subject, body, date, cc=None):
        """Render a message to be attached as message/rfc822 (LF, own ids)."""
        opts = {"charset": "utf-8", "cte": "quoted-printable", "crlf": False, "smode": "q",
                "bseed": "%08X" % self.rng.getrandbits(32), "bprefix": "----=_Fwd_"}
        mid = "<%s.%06x@%s>" % (date.strftime("%Y%m%d%H%M%S"), self.rng.getrandbits(24),
                                frm[1].split("@")[1])
        return M.render({"from": frm, "to": to, "cc": cc, "subject": subject, "date": date, "msgid": mid,
                         "body": body, "extra": [], "opts": opts})


def who(key, lang="fr"):
    g, s = D.STAFF[key][0], D.STAFF[key][1]
    return ("%s %s" % (g, s), D.staff_addr(key))


def fr_fwd_header(frm, to, date, subject):
    return ("-----Message d'origine-----\nDe : %s <%s>\nEnvoyé : %s %s\nÀ : %s\nObjet : %s"
            % (frm[0], frm[1], D.fr_day(date), date.strftime("%Y %H:%M"), to, subject))


def en_fwd_header(frm, to, date, subject):
    return ("-----Original Message-----\nFrom: %s <%s>\nSent: %s, %d %s\nTo: %s\nSubject: %s"
            % (frm[0], frm[1], D.en_day(date), date.year, date.strftime("%I:%M %p"), to, subject))


def dt(d, h=9, m=0, tz=-5):
    return datetime.datetime(d.year, d.month, d.day, h, m, tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
