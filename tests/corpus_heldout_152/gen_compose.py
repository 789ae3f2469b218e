"""Per-message context given to the templates, and assembly of the final bytes."""
import datetime

import gen_common as G
import gen_mime as M
from gen_attach import make_zip

CT = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
    "csv": "text/csv",
    "ics": "text/calendar; method=REQUEST",
    "vcf": "text/vcard",
}


class Shared:
    """State shared by all positive messages: NAM queue and used names."""

    def __init__(self, nams, rng):
        self.nam_queue = list(nams)
        rng.shuffle(self.nam_queue)
        self.used_names = set()
        self.pos_names = []      # every patient name used in a positive
        self.nam_used = []


class Ctx:
    def __init__(self, kind, idx, lang, shared):
        self.kind = kind
        self.idx = idx
        self.lang = lang
        self.rng = G.sub_rng(kind, idx)
        self.shared = shared
        self.date = G.base_date(self.rng)
        self.dt = G.msg_datetime(self.rng, self.date)
        self.T = set()
        self.meta = {"nams": [], "ids": [], "names": []}
        self.attachments = []
        self.force = {}
        self.reply = None
        self.cc = []

    # ---------------------------------------------------------------- basics
    def pick(self, seq):
        return self.rng.choice(seq)

    def alt(self, *opts):
        """Pick one option; callables are evaluated only when chosen (so that the
        finding types they record are only recorded when the text is used)."""
        o = self.rng.choice(opts)
        return o() if callable(o) else o

    def chance(self, p):
        return self.rng.random() < p

    def fr(self):
        return self.lang == "fr"

    def L(self, fr, en):
        return fr if self.lang == "fr" else en

    def msgid(self, salt=""):
        r = G.sub_rng(self.kind + "mid" + salt, self.idx)
        host = self.pick(["ciusss-vdo.example", "mail.ciusss-vdo.example",
                          "exch01.ciusss-vdo.example"])
        return "<%08X.%06x%s@%s>" % (r.getrandbits(32), r.getrandbits(24),
                                     salt.replace(" ", ""), host)

    def earlier(self, days_back=1):
        d = self.dt - datetime.timedelta(days=days_back)
        while d.weekday() >= 5:
            d -= datetime.timedelta(days=1)
        return d.replace(hour=self.rng.randint(7, 17), minute=self.rng.randint(0, 59))

    def in_days(self, n):
        return G.next_weekday(self.date, n)

    def team(self, key):
        return G.team(key)

    def sig(self, person, ext=True):
        return ("sig", G.signature(person, self.lang, self.rng, ext))

    def conf_footer(self):
        return ("p", G.CONF_FOOTER_FR if self.fr() else G.CONF_FOOTER_EN)

    def hello(self, person=None, formal=False):
        if self.fr():
            if person is None:
                return self.pick(["Bonjour,", "Bonjour à tous,", "Salut,"])
            if formal or person.title:
                return f"Bonjour {person.tword('fr') or ('Mme' if person.female else 'M.')} {person.surname},"
            return self.pick([f"Bonjour {person.given},", f"Salut {person.given},", f"{person.given},"])
        if person is None:
            return self.pick(["Hi all,", "Hello,", "Good morning,"])
        if person.title:
            return f"Dear Dr. {person.surname}," if formal else f"Hi Dr. {person.surname},"
        return self.pick([f"Hi {person.given},", f"{person.given},", f"Hello {person.given},"])

    def thanks(self):
        return self.L(self.pick(["Merci !", "Merci beaucoup,", "Bonne journée,", "Merci de votre collaboration,", "Cordialement,"]),
                      self.pick(["Thanks,", "Thank you,", "Best,", "Regards,", "Many thanks,"]))

    # ---------------------------------------------------------------- patients
    def patient(self, want_nam=True, sex=None, y0=1935, y1=2006):
        """A patient; NAM holders are taken (once each) from the blind list when
        wanted and available for the age band, otherwise an invented person."""
        q = self.shared.nam_queue
        if want_nam and q:
            rec = None
            for i, r in enumerate(q):
                if (sex is None or r["sex"] == sex) and y0 <= r["dob"].year <= y1:
                    rec = q.pop(i)
                    break
            if rec is not None:
                p = G.nam_patient(rec)
                G.fill_patient(self.rng, p)
                self.shared.nam_used.append(rec["nam"])
                self.shared.pos_names.append(p.name)
                return p
        p = G.pool_patient(self.rng, self.shared.used_names, sex, max(y0, 1942), y1)
        G.fill_patient(self.rng, p)
        self.shared.pos_names.append(p.name)
        return p

    def nm(self, p, form=None):
        """A patient's name in one of many forms. Records patient_name."""
        self.T.add("patient_name")
        forms = ["full", "title", "sfirst", "sfirst_plain", "upper", "initial", "title_surname"]
        f = form or self.pick(forms)
        if self.fr():
            t = "Mme" if p.sex == "F" else "M."
        else:
            t = "Ms." if p.sex == "F" else "Mr."
        out = {
            "full": p.name,
            "title": f"{t} {p.name}",
            "sfirst": f"{p.surname.upper()}, {p.given}",
            "sfirst_plain": f"{p.surname}, {p.given}",
            "upper": f"{p.given} {p.surname.upper()}",
            "lower": p.name.lower(),
            "initial": f"{self._initials(p.given)} {p.surname}",
            "title_surname": f"{t} {p.surname}",
            "given": p.given,
            "surname": p.surname,
            "upper_all": f"{p.surname.upper()} {p.given.upper()}",
        }[f]
        self.meta["names"].append(out)
        return out

    @staticmethod
    def _initials(given):
        parts = given.replace("-", " -").split(" ")
        return "".join((x[0] + x[1] + "." if x.startswith("-") else x[0] + ".") for x in parts if x)

    def dob(self, p, style=None):
        self.T.add("date_of_birth")
        if style is not None:
            return G.dob_styles(p.dob)[style]
        return G.fmt_dob(p.dob, self.lang, self.rng)

    def nam(self, p, fw_ok=True):
        assert p.nam
        self.T.add("ramq_nam")
        styles = ["plain", "plain", "space", "space", "dash", "dot", "slash", "lower", "odd"]
        if fw_ok:
            styles += ["fw", "fw"]
        s = self.pick(styles)
        self.meta["nams"].append({"nam": p.nam, "surname": p.surname, "given": p.given,
                                  "dob": p.dob, "sex": p.sex})
        return G.fmt_nam(p.nam, s)

    def mrn(self, p, fw_ok=True):
        self.T.add("mrn")
        styles = ["plain", "plain", "plain", "space", "dash", "prefix"]
        if fw_ok:
            styles += ["fw", "spread"]
        return G.fmt_mrn(p.mrn, self.pick(styles))

    def sin(self, p, fw_ok=True):
        if not p.sin:
            p.sin = G.make_sin(self.rng)
        self.T.add("ca_sin")
        self.meta["ids"].append(("ca_sin", p.sin))
        st = ["plain", "space", "space", "dash", "dot"] + (["fw"] if fw_ok else [])
        return G.fmt_sin(p.sin, self.pick(st))

    def ohn(self, p):
        if not p.ohn:
            p.ohn = G.make_ohn(self.rng)
        self.T.add("ca_health_number")
        self.meta["ids"].append(("ca_health_number", p.ohn))
        return G.fmt_ohn(p.ohn, self.pick(["plain", "dash", "space", "vc", "vc", "slash"]),
                         self.pick(["AB", "KZ", "MR", "TX"]))

    def niss(self, p):
        if not p.niss:
            p.niss = G.make_niss(self.rng, p.dob, p.sex)
        self.T.add("be_niss")
        self.meta["ids"].append(("be_niss", p.niss))
        return G.fmt_niss(p.niss, self.pick(["plain", "be", "be", "space"]))

    def nir(self, p):
        if not p.nir:
            p.nir = G.make_nir(self.rng, p.dob, p.sex)
        self.T.add("fr_nir")
        self.meta["ids"].append(("fr_nir", p.nir))
        return G.fmt_nir(p.nir, self.pick(["plain", "space", "space", "dot"]))

    def addr(self, p):
        self.T.add("patient_contact")
        return p.address

    def tel(self, p):
        self.T.add("patient_contact")
        return p.phone

    def sexw(self, p):
        return G.sex_word(p.sex, self.lang, self.rng)

    def sexab(self, p):
        return p.sex

    # ------------------------------------------------------------- id blocks
    def id_kv(self, p, mrn=None, addr=False, tel=False, fw_ok=True):
        """List of (label, value) identifying the patient (NAM holders get name, DOB, sex, NAM)."""
        use_mrn = mrn if mrn is not None else self.chance(0.6)
        fr = self.fr()
        kv = [(self.L("Nom", "Name"), self.nm(p, self.pick(["sfirst", "sfirst_plain", "full", "upper"]))),
              (self.L("Date de naissance", "Date of birth") if self.chance(0.5) else self.L("DDN", "DOB"), self.dob(p)),
              (self.L("Sexe", "Sex"), p.sex)]
        if p.nam:
            kv.append(("NAM" if fr or self.chance(0.5) else "RAMQ", self.nam(p, fw_ok)))
        if use_mrn:
            kv.append((self.L(self.pick(["No dossier", "N° de dossier", "Dossier HSA"]), self.pick(["MRN", "Chart #", "Chart no."])),
                       self.mrn(p, fw_ok)))
        if addr:
            kv.append((self.L("Adresse", "Address"), self.addr(p)))
        if tel:
            kv.append((self.L("Téléphone", "Phone"), self.tel(p)))
        return kv

    def id_block(self, p, style=None, **kw):
        kv = self.id_kv(p, **kw)
        style = style or self.pick(["kv", "kv", "inline", "table"])
        if style == "kv":
            return ("lines", [f"{k} : {v}" if self.fr() else f"{k}: {v}" for k, v in kv])
        if style == "table":
            return ("table", None, [[k, v] for k, v in kv])
        # inline
        name = kv[0][1]
        rest = []
        for k, v in kv[1:]:
            if k in ("Sexe", "Sex"):
                rest.append(f"({v})" if self.chance(0.5) else f"{k.lower()} {v}")
            else:
                rest.append(f"{k} {v}")
        return ("p", name + " — " + " — ".join(rest) if self.fr() else name + ", " + ", ".join(rest))

    # ------------------------------------------------------------- clinical
    def add(self, t):
        self.T.add(t)

    # ------------------------------------------------------------- attachments
    def attach(self, kind, filename, data, fname_mode=None, charset=None):
        self.attachments.append({"kind": kind, "filename": filename, "data": data,
                                 "fname_mode": fname_mode, "charset": charset})

    def attach_eml(self, raw, filename=None):
        self.attachments.append({"kind": "eml", "filename": filename, "data": raw})

    # ------------------------------------------------------------- quoting
    def quote_head(self, person_name, addr, when, style, to=None, subject=""):
        fr = self.fr()
        if style == ">":
            if fr:
                d = when
                return [f"Le {G.JOURS[d.weekday()][:3]}. {d.day} {G.MOIS[d.month - 1]} {d.year} à {d.hour:02d}:{d.minute:02d}, {person_name} <{addr}> a écrit :"]
            return [f"On {G.DAYS[when.weekday()][:3]}, {G.MONTHS[when.month - 1][:3]} {when.day}, {when.year} at {when.strftime('%I:%M %p').lstrip('0')} {person_name} <{addr}> wrote:"]
        if style == "outlook":
            if fr:
                return ["-----Message d'origine-----", f"De : {person_name} <{addr}>",
                        f"Envoyé : {G.JOURS[when.weekday()]} {when.day} {G.MOIS[when.month - 1]} {when.year} {when.hour:02d}:{when.minute:02d}",
                        f"À : {to or ''}", f"Objet : {subject}"]
            return ["-----Original Message-----", f"From: {person_name} <{addr}>",
                    f"Sent: {G.DAYS[when.weekday()]}, {G.MONTHS[when.month - 1]} {when.day}, {when.year} {when.strftime('%I:%M %p').lstrip('0')}",
                    f"To: {to or ''}", f"Subject: {subject}"]
        # forward
        if fr:
            return ["---------- Message transféré ---------", f"De : {person_name} <{addr}>",
                    f"Date : {G.JOURS[when.weekday()][:3]}. {when.day} {G.MOIS[when.month - 1][:4]}. {when.year} à {when.hour:02d}:{when.minute:02d}",
                    f"Objet : {subject}", f"À : {to or ''}"]
        return ["---------- Forwarded message ---------", f"From: {person_name} <{addr}>",
                f"Date: {G.DAYS[when.weekday()][:3]}, {G.MONTHS[when.month - 1][:3]} {when.day}, {when.year} at {when.strftime('%I:%M %p').lstrip('0')}",
                f"Subject: {subject}", f"To: {to or ''}"]


class Mail:
    def __init__(self, category, note, frm, to, subject, blocks, cc=None):
        self.category = category
        self.note = note
        self.frm = frm        # Person or (name, addr)
        self.to = to          # list of Person or (name, addr)
        self.cc = cc or []
        self.subject = subject
        self.blocks = blocks


def _na(x):
    if isinstance(x, G.Person):
        return (x.name, x.addr)
    return x


# ----------------------------------------------------------------------------
# Transport profile
# ----------------------------------------------------------------------------

def transport(rng, lang, has_att, force):
    tp = {}
    tp["structure"] = rng.choices(["plain", "alt", "html"], [0.42, 0.36, 0.22])[0]
    tp["eol"] = rng.choice(["\n", "\r\n"])
    if lang == "fr":
        tp["charset"] = rng.choices(["utf-8", "iso-8859-1", "windows-1252"], [0.5, 0.25, 0.25])[0]
    else:
        tp["charset"] = rng.choices(["us-ascii", "utf-8", "windows-1252", "iso-8859-1"], [0.35, 0.4, 0.15, 0.1])[0]
    tp["cte"] = rng.choices(["8bit", "quoted-printable", "base64", "7bit"], [0.35, 0.35, 0.18, 0.12])[0]
    tp["html_cte"] = rng.choice(["quoted-printable", "quoted-printable", "base64", "8bit"])
    tp["att_cte"] = rng.choice(["base64", "quoted-printable", "7bit", "base64"])
    tp["subj_cs"] = rng.choice(["utf-8", "utf-8", "iso-8859-1"])
    tp["subj_q"] = rng.random() < 0.5
    tp["name_cs"] = rng.choice(["utf-8", "iso-8859-1"])
    tp["name_q"] = rng.random() < 0.5
    tp["wrap"] = rng.choice([72, 76, 0, 76])
    tp["table_style"] = rng.choice(["pad", "pad", "tab", "pipe", "semi"])
    tp["sig_dash"] = rng.random() < 0.3
    tp["fname_mode"] = rng.choice(["2231", "2231", "2231cont", "2047"])
    tp["mailer"] = rng.choice(M.MAILERS)
    tp["preamble"] = rng.random() < 0.4
    tp.update(force)
    return tp


def _boundary(kind, idx, n):
    r = G.sub_rng(kind + "bnd" + str(n), idx)
    return "----=_NextPart_%03d_%04X_%08X.%08X" % (n, r.getrandbits(16), r.getrandbits(32), r.getrandbits(32))


def compose(c, mail, extra_force=None):
    rng = c.rng
    force = dict(c.force)
    if extra_force:
        force.update(extra_force)
    tp = transport(rng, c.lang, bool(c.attachments), force)
    eol = tp["eol"]
    plain = M.render_plain(mail.blocks, wrap=tp["wrap"], table_style=tp["table_style"], sig_dash=tp["sig_dash"])
    html = M.render_html(mail.blocks, c.lang)
    cs = M.pick_charset(plain, tp["charset"])
    hcs = M.pick_charset(html, tp["charset"])
    cte = tp["cte"]
    if tp["wrap"] == 0 and cte in ("7bit", "8bit"):
        cte = "quoted-printable"
    st = tp["structure"]
    if st == "plain":
        body = M.text_leaf(plain, "plain", cs, cte, eol)
    elif st == "html":
        body = M.text_leaf(html, "html", hcs, tp["html_cte"], eol)
    else:
        body = M.Multi("alternative", [M.text_leaf(plain, "plain", cs, cte, eol),
                                       M.text_leaf(html, "html", hcs, tp["html_cte"], eol)],
                       _boundary(c.kind, c.idx, 2))
    nb = 3
    if c.attachments:
        parts = [body]
        for a in c.attachments:
            fn = a["filename"]
            mode = a.get("fname_mode") or (tp["fname_mode"] if any(ord(ch) > 127 for ch in (fn or "")) else "ascii")
            if a["kind"] == "eml":
                parts.append(M.rfc822_leaf(a["data"], fn, mode))
                continue
            data = a["data"]
            if a["kind"] == "zipmembers":
                data = make_zip(data)
                ctype = CT["zip"]
            else:
                ctype = CT[a["kind"]]
            if isinstance(data, str):
                acs = a.get("charset") or M.pick_charset(data, "utf-8" if c.lang == "fr" else "us-ascii")
                parts.append(M.attach_leaf(data, ctype, fn, mode, tp["att_cte"], eol, acs))
            else:
                parts.append(M.attach_leaf(data, ctype, fn, mode))
        body = M.Multi("mixed", parts, _boundary(c.kind, c.idx, nb),
                       "This is a multi-part message in MIME format." if tp["preamble"] else None)
    elif isinstance(body, M.Multi) and tp["preamble"]:
        body.preamble = "This is a multi-part message in MIME format."
    frm = _na(mail.frm)
    h = {"frm": frm, "to": [_na(x) for x in mail.to], "cc": [_na(x) for x in mail.cc],
         "subject": mail.subject, "date": c.dt, "msgid": c.msgid(),
         "subj_cs": tp["subj_cs"], "subj_q": tp["subj_q"], "name_cs": tp["name_cs"],
         "name_q": tp["name_q"], "mailer": tp["mailer"], "lang": c.lang if rng.random() < 0.6 else None}
    if c.reply:
        h["in_reply_to"] = c.reply
    return M.build_message(h, body, eol)


def inner_message(c, frm, to, subject, blocks, when, salt="inner"):
    """A simple text/plain message to attach as message/rfc822 (always LF; the
    outer serialisation converts line ends)."""
    plain = M.render_plain(blocks, wrap=76)
    cs = M.pick_charset(plain, "utf-8" if c.lang == "fr" else "us-ascii")
    body = M.text_leaf(plain, "plain", cs, c.pick(["8bit", "quoted-printable"]), "\n")
    h = {"frm": _na(frm), "to": [_na(x) for x in to], "subject": subject, "date": when,
         "msgid": c.msgid(salt)}
    return M.build_message(h, body, "\n")
