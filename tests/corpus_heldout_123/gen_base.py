"""The context a template writes with, and the step that turns its result into bytes."""
import email.utils

import gen_attach as A
import gen_common as C
import gen_mime as M


class Ctx:
    """One message being written: its language, random stream and bookkeeping."""

    def __init__(self, seed, kind, idx, lang, holder_pool=None, use_holder=False):
        self.seed, self.kind, self.idx, self.lang = seed, kind, idx, lang
        self.rng = C.rng_for(seed, kind, idx)
        self.types = set()
        self.nams = []          # NAMs printed in this message
        self.holders = []       # holder records used
        self.ids = []           # (type, compact value) for SIN / OHIP / NISS / NIR
        self.holder_pool = holder_pool
        self.use_holder = use_holder
        self.day = C.base_day(self.rng)
        self.dt = C.msg_datetime(self.rng, self.day)
        self.eol = "\r\n" if self.rng.random() < 0.5 else "\n"

    # -- words in the right language -------------------------------------
    def t(self, fr, en):
        return fr if self.lang == "fr" else en

    def pick(self, fr_list, en_list):
        return self.rng.choice(fr_list if self.lang == "fr" else en_list)

    def add(self, *types):
        for t in types:
            self.types.add(t)

    # -- people ------------------------------------------------------------
    def staff(self, role=None, sex=None):
        return C.staff_person(self.rng, self.lang, role, sex)

    def kid(self, min_days=20, max_years=17, province="QC", lang=None):
        if self.use_holder and self.holder_pool is not None:
            h = self.holder_pool.take_kid(self.rng)
            if h is not None:
                self.use_holder = False
                self.holders.append(h)
                return C.kid_from_holder(h, self.rng, lang or self.lang, self.day)
        return C.make_kid(self.rng, lang or self.lang, min_days, max_years, self.day, province)

    def holder_parent(self, sex=None):
        if self.holder_pool is None:
            return None
        h = self.holder_pool.take_parent(self.rng, sex)
        if h is not None:
            self.holders.append(h)
        return h

    def nam_text(self, person_or_holder, ascii_only=False):
        nam = person_or_holder["nam"]
        self.nams.append(nam)
        self.add("ramq_nam")
        styles = C.NAM_STYLES_ASCII if ascii_only else C.NAM_STYLES
        return C.fmt_nam(nam, self.rng.choice(styles))

    def name(self, p, full=False):
        self.add("patient_name")
        if full or p.get("holder"):
            g, s = p["given"], p["surname"]
            return self.rng.choice(["%s %s" % (g, s), "%s, %s" % (s.upper(), g),
                                    "%s %s" % (s.upper(), g), "%s, %s" % (s, g)])
        return C.name_forms(p, self.rng)

    def dob(self, p, style=None):
        self.add("date_of_birth")
        return C.fmt_date(p["dob"], self.lang, style, self.rng)

    def mrn(self, p):
        self.add("mrn")
        return C.fmt_mrn(p["mrn"], self.lang, self.rng)

    def sin(self, ascii_only=False):
        num = C.make_sin(self.rng)
        self.ids.append(("ca_sin", num))
        self.add("ca_sin")
        styles = ["plain", "spaced", "hyphen", "dotted"] + ([] if ascii_only else ["fullwidth"])
        return C.fmt_sin(num, self.rng.choice(styles))

    def ohip(self, ascii_only=False):
        num = C.make_ohip(self.rng)
        self.ids.append(("ca_health_number", num))
        self.add("ca_health_number")
        vc = self.rng.choice(["", "AB", "KX", "MT"])
        styles = ["plain", "hyphen", "spaced"] + ([] if ascii_only else ["fullwidth"])
        return C.fmt_ohip(num, self.rng.choice(styles), vc)

    def niss(self, p, ascii_only=False):
        num = C.make_niss(self.rng, p["dob"], p["sex"])
        self.ids.append(("be_niss", num))
        self.add("be_niss")
        styles = ["plain", "official", "spaced"] + ([] if ascii_only else ["fullwidth"])
        return C.fmt_niss(num, self.rng.choice(styles))

    def nir(self, p, ascii_only=False):
        num = C.make_nir(self.rng, p["dob"], p["sex"])
        self.ids.append(("fr_nir", num))
        self.add("fr_nir")
        styles = ["plain", "official", "dotted"] + ([] if ascii_only else ["fullwidth"])
        return C.fmt_nir(num, self.rng.choice(styles))


    # -- identification block ------------------------------------------------
    def ident_lines(self, p, fields=("name", "dob"), ascii_only=False, sep=None):
        """Labelled identification lines.  A NAM holder always shows name, birth
        date, sex and NAM together."""
        r = self.rng
        fields = list(fields)
        if p.get("holder"):
            for f in ("name", "dob", "sex", "nam"):
                if f not in fields:
                    fields.append(f)
        sep = sep or r.choice([" : ", ": ", " - ", "\t"]) if self.lang == "fr" else \
            (sep or r.choice([": ", ": ", " - ", "\t"]))
        lab = {
            "name": self.pick(["Nom", "Nom de l'enfant", "Patient", "Usager", "Enfant"],
                              ["Name", "Patient", "Child", "Patient name"]),
            "dob": self.pick(["DDN", "Date de naissance", "Né(e) le"], ["DOB", "Date of birth", "D.O.B."]),
            "sex": self.pick(["Sexe", "S"], ["Sex", "Gender"]),
            "nam": self.pick(["NAM", "RAMQ", "No d'assurance maladie", "Carte RAMQ"],
                             ["RAMQ", "Medicare # (RAMQ)", "Health card", "RAMQ no."]),
            "mrn": self.pick(["No dossier", "Dossier HPTR", "# dossier"], ["MRN", "Chart #", "HPTR chart"]),
            "addr": self.pick(["Adresse", "Adresse domicile"], ["Address", "Home address"]),
            "phone": self.pick(["Tél.", "Téléphone (maison)", "Cell. parent"],
                               ["Phone", "Home phone", "Parent cell"]),
            "parent": self.pick(["Parent", "Mère/père", "Répondant"], ["Parent", "Guardian", "Contact"]),
            "age": self.pick(["Âge", "Âge"], ["Age", "Age"]),
        }
        out = []
        for f in fields:
            if f == "name":
                v = self.name(p, full=True)
            elif f == "dob":
                v = self.dob(p)
            elif f == "sex":
                v = p["sex"]
            elif f == "nam":
                if not p.get("nam"):
                    continue
                v = self.nam_text(p, ascii_only)
            elif f == "mrn":
                self.add("mrn")
                m = p["mrn"]
                v = r.choice([m, "%s-%s" % (m[:3], m[3:]), "H" + m, "%s %s %s" % (m[:3], m[3:5], m[5:])])
                if not ascii_only and r.random() < 0.15:
                    v = C.fullwidth(v)
            elif f == "addr":
                self.add("patient_contact")
                v = p["address"]
            elif f == "phone":
                self.add("patient_contact")
                v = p["phone"]
            elif f == "parent":
                v = "%s %s" % (p["parent"]["given"], p["parent"]["surname"])
            elif f == "age":
                v = p["age"]
            else:
                raise ValueError(f)
            out.append("%s%s%s" % (lab[f], sep, v))
        return out

    # -- addresses ----------------------------------------------------------
    def partner_addr(self, key, local=None):
        p = C.PARTNER[key]
        local = local or self.rng.choice(["accueil", "reception", "secretariat", "triage",
                                          "info", "liaison"])
        return p[self.lang], "%s@%s" % (local, p["domain"])

    def org_addr(self, local):
        return "%s@%s" % (local, C.ORG["domain"])

    def family_email(self, p):
        g = C.ascii_fold(p["parent"]["given"]).lower().replace("-", "")
        s = C.ascii_fold(p["parent"]["surname"]).lower().replace("'", "")
        return "%s.%s%d@%s" % (g, s, self.rng.randint(1, 99),
                               self.rng.choice(["courriel.example", "mail.example",
                                                "videotron-mail.example"]))

    # -- the sentence people close with -------------------------------------
    def closing(self):
        return self.pick(["Merci,", "Merci beaucoup,", "Bonne journée,", "Cordialement,",
                          "Merci de votre collaboration,", "Bonne fin de journée,"],
                         ["Thanks,", "Thank you,", "Best,", "Regards,", "Many thanks,",
                          "Cheers,"])

    def greeting(self, name=None):
        if name:
            return self.pick(["Bonjour %s," % name, "Allo %s," % name, "%s," % name],
                             ["Hi %s," % name, "Hello %s," % name, "Dear %s," % name])
        return self.pick(["Bonjour,", "Bonjour à tous,", "Allo,"],
                         ["Hi,", "Hello,", "Good morning,", "Hi all,"])

    def msgid(self, domain=None):
        return "<%08X.%06d%s@%s>" % (self.rng.getrandbits(32), self.rng.randint(0, 999999),
                                     self.rng.choice(["", ".JavaMail", ".outlook", "-hptr"]),
                                     domain or C.ORG["domain"])


def headers(ctx, sender, to, subject, cc=None, dt=None, reply_to_id=None, extra=None):
    """sender/to/cc: (display, address) tuples or lists of them."""
    dt = dt or ctx.dt
    cs = ctx.rng.choice(["utf-8", "utf-8", "iso-8859-1"])
    enc = ctx.rng.choice(["Q", "B"])

    def fmt(lst):
        if isinstance(lst, tuple):
            lst = [lst]
        out = []
        for d, a in lst:
            c = cs if M.encodable(d or "", cs) else "utf-8"
            out.append(M.addr(d, a, c, enc))
        return ", ".join(out)

    subj_cs = cs if M.encodable(subject, cs) else "utf-8"
    hs = [("From", fmt(sender)), ("To", fmt(to))]
    if cc:
        hs.append(("Cc", fmt(cc)))
    hs.append(("Subject", subject, subj_cs, enc))
    hs.append(("Date", email.utils.format_datetime(dt)))
    hs.append(("Message-ID", ctx.msgid()))
    if reply_to_id:
        hs.append(("In-Reply-To", reply_to_id))
        hs.append(("References", reply_to_id))
    if ctx.rng.random() < 0.35:
        hs.append(("X-Mailer", ctx.rng.choice(["Microsoft Outlook 16.0", "Zimbra 9.0 (ZimbraWebClient)",
                                                "Apple Mail (2.3774)", "Thunderbird 115.6.0"])))
    for h in (extra or []):
        hs.append(h)
    return hs


def finish(ctx, hdrs, root, category, note):
    data = M.build_message(hdrs, root, ctx.rng, ctx.eol, tag="%s%03d" % (ctx.kind[0], ctx.idx))
    return {"bytes": data, "category": category, "lang": ctx.lang, "types": sorted(ctx.types),
            "note": note, "nams": list(ctx.nams), "holders": list(ctx.holders),
            "ids": list(ctx.ids)}


def mixed(body, *attachments):
    return M.Multi("mixed", [body] + list(attachments))


def pdf_part(ctx, data, filename, rfc2231=None):
    return M.Attach(data, "application/pdf", filename,
                    rfc2231=ctx.rng.random() < 0.4 if rfc2231 is None else rfc2231)


def docx_part(ctx, data, filename, rfc2231=None):
    return M.Attach(data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    filename, rfc2231=ctx.rng.random() < 0.4 if rfc2231 is None else rfc2231)


def xlsx_part(ctx, data, filename, rfc2231=None):
    return M.Attach(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    filename, rfc2231=ctx.rng.random() < 0.4 if rfc2231 is None else rfc2231)


def csv_part(ctx, data, filename, charset="utf-8"):
    cte = ctx.rng.choice(["base64", "quoted-printable", "8bit" if charset != "us-ascii" else "7bit"])
    return M.Attach(data, "text/csv", filename, cte=cte, charset=charset)


def zip_part(ctx, data, filename):
    return M.Attach(data, ctx.rng.choice(["application/zip", "application/x-zip-compressed"]),
                    filename)


def ics_part(ctx, data, filename="invite.ics", method="REQUEST"):
    return M.Attach(data, "text/calendar", filename, cte=ctx.rng.choice(["base64", "quoted-printable"]),
                    charset="utf-8", extra="method=%s" % method)


def vcf_part(ctx, data, filename):
    return M.Attach(data, ctx.rng.choice(["text/vcard", "text/x-vcard"]), filename,
                    cte=ctx.rng.choice(["base64", "quoted-printable"]), charset="utf-8")


def eml_part(msg_bytes, filename=None):
    return M.AttachMsg(msg_bytes, filename)


def inner_message(ctx, sender, to, subject, text, dt, attachments=()):
    """A complete message to attach as message/rfc822 (same line ends as the outer one)."""
    hs = headers(ctx, sender, to, subject, dt=dt)
    body = M.make_body(ctx.rng, text, form=ctx.rng.choice(["plain", "alt"]))
    root = mixed(body, *attachments) if attachments else body
    return M.build_message(hs, root, ctx.rng, ctx.eol, tag="in%03d" % ctx.idx)


__all__ = ["Ctx", "headers", "finish", "mixed", "pdf_part", "docx_part", "xlsx_part", "csv_part",
           "zip_part", "ics_part", "vcf_part", "eml_part", "inner_message", "A", "C", "M"]


class HolderPool:
    """Hands out NAM holders: children and teens as patients, adults as parents."""

    def __init__(self, holders):
        self.kids = [h for h in holders if h["dob"].year >= 2005]
        self.parents = [h for h in holders if 1976 <= h["dob"].year <= 2002]
        self.k = 0
        self.p = 0

    def take_kid(self, rng):
        if not self.kids:
            return None
        h = self.kids[self.k % len(self.kids)]
        self.k += 1
        return h

    def take_parent(self, rng, sex=None):
        cands = [h for h in self.parents if sex is None or h["sex"] == sex]
        if not cands:
            return None
        h = cands[self.p % len(cands)]
        self.p += 1
        return h
