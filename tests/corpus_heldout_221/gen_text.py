# -*- coding: utf-8 -*-
"""Writing helpers shared by the message templates."""
import datetime
import email.utils

from gen_common import (CLSC, DOMAIN, NETWORK_EN, NETWORK_FR, SITES, fmt_date, fmt_dob,
                        fmt_mrn, fmt_nam, sex_label, strip_accents)


def site_info(code):
    for s in SITES:
        if s[0] == code:
            return s
    return SITES[0]


# ------------------------------------------------------------------ patient names
def name_form(p, lang, rng, forms=None):
    """A way a clinician would write the patient's name. Always contains the surname."""
    forms = forms or ["title", "upper", "full", "lower", "initial", "surname_first", "title_full"]
    f = rng.choice(forms)
    if f == "title":
        return "%s %s" % (p.title(lang), p.surname)
    if f == "title_full":
        return "%s %s %s" % (p.title(lang), p.given, p.surname)
    if f == "upper":
        return "%s, %s" % (p.surname.upper(), p.given)
    if f == "full":
        return p.full
    if f == "lower":
        return ("%s %s" % (p.given, p.surname)).lower()
    if f == "initial":
        return "%s. %s" % (p.given[0], p.surname)
    if f == "surname_first":
        return "%s %s" % (p.surname, p.given)
    if f == "lower_sf":
        return ("%s, %s" % (p.surname, p.given)).lower()
    raise ValueError(f)


def full_name_form(p, lang, rng):
    """A form that keeps both surname and given name (used next to a NAM)."""
    return name_form(p, lang, rng, ["upper", "full", "lower", "surname_first", "title_full", "lower_sf"])


def id_block(p, lang, rng, with_nam=True, with_mrn=None, sep="\n", dob_style=None, plain_only=False):
    """Identity lines (name, DOB, sex, NAM, MRN) in one of several layouts. Returns (text, evidence)."""
    ev = {"names": [p.surname], "nams": [], "ids": [], "dob": p.dob}
    dob = fmt_dob(p.dob, lang, rng) if dob_style is None else fmt_date(p.dob, lang, dob_style)
    sx = sex_label(p.sex, lang, rng)
    nam_s = mrn_s = None
    if with_nam and p.nam:
        style = rng.choice(["plain", "plain", "space", "space", "dash", "dot", "slash", "wide", "widespace", "lower"])
        if plain_only and "wide" in style:
            style = "space"
        nam_s = fmt_nam(p.nam, style)
        ev["nams"].append(p.nam)
    if with_mrn is None:
        with_mrn = rng.random() < 0.6
    if with_mrn:
        style = rng.choice(["plain", "site", "space", "dot", "slash", "wide"])
        if plain_only and style == "wide":
            style = "site"
        mrn_s = fmt_mrn(p.site, p.mrn, style)
        ev["ids"].append(("mrn", p.mrn))
    layout = rng.randrange(3)
    lines = []
    if layout == 0:
        nm = full_name_form(p, lang, rng)
        if lang == "fr":
            lines.append("%s : %s" % (rng.choice(["Usagère" if p.sex == "F" else "Usager", "Nom", "Usager"]), nm))
            lines.append("DDN : %s   Sexe : %s" % (dob, sx))
        else:
            lines.append("%s: %s" % (rng.choice(["Patient", "Name", "Patient name"]), nm))
            lines.append("DOB: %s   Sex: %s" % (dob, sx))
        if nam_s:
            lines.append(("%s : %s" % (rng.choice(["NAM", "No d'assurance maladie", "NAM (RAMQ)"]), nam_s)) if lang == "fr"
                         else ("%s: %s" % (rng.choice(["RAMQ", "HIN", "Health insurance no. (RAMQ)", "Medicare no."]), nam_s)))
        if mrn_s:
            lines.append(("Dossier %s : %s" if lang == "fr" else "MRN (%s): %s") % (p.site, mrn_s))
        return sep.join(lines), ev
    if layout == 1:
        nm = full_name_form(p, lang, rng)
        parts = [nm, dob, sx]
        if nam_s:
            parts.append(("NAM " if lang == "fr" else rng.choice(["RAMQ ", "HIN "])) + nam_s)
        if mrn_s:
            parts.append(("dossier " if lang == "fr" else "chart ") + mrn_s)
        return rng.choice([" | ", " - ", " / ", ", "]).join(parts), ev
    if lang == "fr":
        lines.append("Nom : %s   Prénom : %s" % (p.surname.upper(), p.given))
        lines.append("Date de naissance : %s" % dob)
        lines.append("Sexe : %s" % sx)
        if nam_s:
            lines.append("Numéro d'assurance maladie : %s" % nam_s)
        if mrn_s:
            lines.append("No de dossier (%s) : %s" % (p.site, mrn_s))
    else:
        lines.append("Last name: %s   First name: %s" % (p.surname.upper(), p.given))
        lines.append("Date of birth: %s" % dob)
        lines.append("Sex: %s" % sx)
        if nam_s:
            lines.append("Quebec health insurance no.: %s" % nam_s)
        if mrn_s:
            lines.append("Chart no. (%s): %s" % (p.site, mrn_s))
    return sep.join(lines), ev


def merge_ev(*evs):
    out = {"names": [], "nams": [], "ids": [], "dobs": []}
    for e in evs:
        if not e:
            continue
        out["names"] += e.get("names", [])
        out["nams"] += e.get("nams", [])
        out["ids"] += e.get("ids", [])
        if e.get("dob"):
            out["dobs"].append(e["dob"])
        out["dobs"] += e.get("dobs", [])
    return out


# ------------------------------------------------------------------ staff
def staff_display(s, lang, rng, formal=True):
    if s.role == "md":
        t = ("Dre" if s.sex == "F" else "Dr") if lang == "fr" else "Dr."
        return "%s %s %s" % (t, s.given, s.surname) if formal else "%s %s" % (t, s.surname)
    return s.full


def signature(s, lang, rng, short=False):
    site = site_info(s.site)
    if short or rng.random() < 0.2:
        return "%s\n%s" % (s.given if rng.random() < 0.5 else s.full, (s.role_fr if lang == "fr" else s.role_en))
    unit_fr = {"pharm": "Département de pharmacie - Clinique d'anticoagulation",
               "nurse": "Clinique d'anticoagulation", "md": "Service de médecine interne",
               "clerk": "Accueil - Cliniques externes", "mgr": "Direction des services professionnels",
               "tech": "Département de pharmacie", "sw": "Service social - Cliniques externes"}[s.role]
    unit_en = {"pharm": "Pharmacy Department - Anticoagulation Clinic",
               "nurse": "Anticoagulation Clinic", "md": "Internal Medicine",
               "clerk": "Outpatient Clinics Reception", "mgr": "Professional Services",
               "tech": "Pharmacy Department", "sw": "Social Services - Outpatient Clinics"}[s.role]
    name = staff_display(s, lang, rng) if s.role == "md" else s.full
    role = s.role_fr if lang == "fr" else s.role_en
    lines = ["--", name + (", " + role if s.role != "md" else ""),
             unit_fr if lang == "fr" else unit_en,
             site[1] if lang == "fr" else site[2],
             site[3],
             ("Tél. : %s, poste %s" if lang == "fr" else "Tel.: %s ext. %s") % (site[4], s.ext),
             ("Téléc. : %s" if lang == "fr" else "Fax: %s") % site[4][:-2] + "%02d" % (int(site[4][-2:]) + 9),
             s.email]
    if rng.random() < 0.35:
        lines.append(NETWORK_FR if lang == "fr" else NETWORK_EN)
    return "\n".join(lines)


CONF_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
           "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.")
CONF_EN = ("CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it "
           "in error, please delete it and notify the sender.")


def disclaimer(lang, rng):
    return CONF_FR if lang == "fr" else CONF_EN


def greet(lang, rng, name=None, formal=False):
    if lang == "fr":
        g = rng.choice(["Bonjour", "Bonjour", "Bon matin"] if formal else ["Bonjour", "Bonjour", "Salut", "Bon matin", "Allo"])
    else:
        g = rng.choice(["Hello", "Good morning", "Good afternoon"] if formal else ["Hi", "Hello", "Good morning", "Hi there"])
    return "%s %s," % (g, name) if name else g + ","


def closing(lang, rng):
    if lang == "fr":
        return rng.choice(["Merci!", "Merci beaucoup", "Bonne journée", "Merci à l'avance,", "Cordialement,", "Merci et bonne fin de journée"])
    return rng.choice(["Thanks!", "Thank you,", "Thanks so much", "Best,", "Regards,", "Cheers,"])


# ------------------------------------------------------------------ threads
def quote_reply(text, lang, who_name, who_mail, when, rng, outlook=None):
    if outlook is None:
        outlook = rng.random() < 0.45
    if outlook:
        if lang == "fr":
            hdr = "De : %s <%s>\nEnvoyé : %s %s\nÀ : %s\nObjet : %s" % (
                who_name, who_mail, fmt_date(when.date(), "fr", "day"), when.strftime("%H:%M"), "%TO%", "%SUBJ%")
        else:
            hdr = "From: %s <%s>\nSent: %s %s\nTo: %s\nSubject: %s" % (
                who_name, who_mail, fmt_date(when.date(), "en", "day"), when.strftime("%I:%M %p"), "%TO%", "%SUBJ%")
        return "\n\n________________________________\n" + hdr + "\n\n" + text
    if lang == "fr":
        intro = "Le %s à %s, %s <%s> a écrit :" % (fmt_date(when.date(), "fr", "day"), when.strftime("%H:%M"), who_name, who_mail)
    else:
        intro = "On %s at %s, %s <%s> wrote:" % (fmt_date(when.date(), "en", "day"), when.strftime("%I:%M %p"), who_name, who_mail)
    return "\n\n" + intro + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def forward_block(text, lang, who_name, who_mail, when, subject, to):
    if lang == "fr":
        return ("\n\n-------- Message transféré --------\nDe : %s <%s>\nDate : %s\nÀ : %s\nObjet : %s\n\n%s"
                % (who_name, who_mail, email.utils.format_datetime(when), to, subject, text))
    return ("\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nTo: %s\nSubject: %s\n\n%s"
            % (who_name, who_mail, email.utils.format_datetime(when), to, subject, text))


def fill_quote(s, to, subj):
    return s.replace("%TO%", to).replace("%SUBJ%", subj)


def earlier(dt, rng, hours=(1, 70)):
    d = dt - datetime.timedelta(minutes=rng.randrange(hours[0] * 60, hours[1] * 60))
    if d.hour < 7 or d.hour > 18:
        d = d.replace(hour=7 + d.minute % 11)
    while d.weekday() >= 5 and rng.random() < 0.8:
        d -= datetime.timedelta(days=1)
    return d


def future_day(dt, rng, lo=2, hi=30):
    d = dt.date() + datetime.timedelta(days=rng.randrange(lo, hi))
    if (d.month == 12 and d.day >= 24) or (d.month == 1 and d.day <= 2):
        d = datetime.date(d.year + (1 if d.month == 12 else 0), 1, 3)
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def slug(s):
    return strip_accents(s).replace(" ", "_").replace("'", "").replace(",", "")


# ------------------------------------------------------------------ warfarin tables
DAYS_S_FR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
DAYS_S_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def warfarin_week(rng, lang, weekly_mg):
    """Return ('lun 5 / mar 2,5 / ...', total) using two tablet-friendly dose levels."""
    levels = [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7.5, 8, 10]
    best = None
    for lo in levels:
        for hi in levels:
            if hi < lo:
                continue
            for k in range(0, 8):
                if abs(k * hi + (7 - k) * lo - weekly_mg) < 1e-9:
                    cand = (hi - lo, -k, lo, hi, k)
                    if best is None or cand < best:
                        best = cand
    _, _, lo, hi, k = best
    spread = {0: [], 1: [0], 2: [0, 3], 3: [0, 2, 4], 4: [0, 2, 4, 6], 5: [0, 1, 2, 3, 4], 6: [0, 1, 2, 3, 4, 5], 7: list(range(7))}[k]
    doses = [hi if i in spread else lo for i in range(7)]
    names = DAYS_S_FR if lang == "fr" else DAYS_S_EN

    def f(x):
        s = ("%g" % x)
        return s.replace(".", ",") if lang == "fr" else s
    return " / ".join("%s %s" % (n, f(d)) for n, d in zip(names, doses)), sum(doses)


def num(x, lang, fmt="%.1f"):
    s = fmt % x
    return s.replace(".", ",") if lang == "fr" else s


def clinic_mail(kind):
    return {"anticoag": "clinique.anticoagulation@" + DOMAIN, "pharm": "pharmacie.hsa@" + DOMAIN,
            "bcm": "bcm.cliniquesexternes@" + DOMAIN, "rdv": "rendez-vous.ce@" + DOMAIN,
            "transport": "transport.usagers@" + DOMAIN, "sad": "sad.clsc-erables@" + DOMAIN,
            "archives": "archives.medicales@" + DOMAIN}[kind]


CLSC_NAME = CLSC[0]


# ------------------------------------------------------------------ accumulators
class Acc:
    """Accumulates finding types and evidence while a positive message is written."""

    def __init__(self, ctx, lang):
        self.ctx, self.lang, self.rng = ctx, lang, ctx.rng
        self.types = set()
        self.ev = {"names": [], "nams": [], "ids": [], "dobs": []}

    def add(self, *types):
        self.types.update(types)

    def name(self, p, forms=None, lang=None):
        self.types.add("patient_name")
        self.ev["names"].append(p.surname)
        return name_form(p, lang or self.lang, self.rng, forms)

    def fullname(self, p):
        self.types.add("patient_name")
        self.ev["names"].append(p.surname)
        return full_name_form(p, self.lang, self.rng)

    def idb(self, p, pdf=False, **kw):
        text, ev = id_block(p, self.lang, self.rng, plain_only=pdf, **kw)
        self.types.update(["patient_name", "date_of_birth"])
        if ev["nams"]:
            self.types.add("ramq_nam")
        if ev["ids"]:
            self.types.add("mrn")
        self.ev["names"] += ev["names"]
        self.ev["nams"] += ev["nams"]
        self.ev["ids"] += ev["ids"]
        self.ev["dobs"].append(p.dob)
        return text

    def nam(self, p, style=None):
        """Inline NAM string (caller must also print name, DOB and sex nearby)."""
        style = style or self.rng.choice(["plain", "space", "dash", "dot", "wide", "lower"])
        self.types.add("ramq_nam")
        self.ev["nams"].append(p.nam)
        return fmt_nam(p.nam, style)

    def dob(self, p, style=None):
        self.types.add("date_of_birth")
        self.ev["dobs"].append(p.dob)
        return fmt_date(p.dob, self.lang, style) if style else fmt_dob(p.dob, self.lang, self.rng)

    def mrn(self, p, style=None):
        style = style or self.rng.choice(["plain", "site", "space", "dot", "slash", "wide"])
        self.types.add("mrn")
        self.ev["ids"].append(("mrn", p.mrn))
        return fmt_mrn(p.site, p.mrn, style)

    def ident(self, kind, value, shown):
        self.types.add(kind)
        self.ev["ids"].append((kind, value))
        return shown

    def spec(self, sender, to, subject, text, dt, category, note, **kw):
        assert self.types, category
        s = {"lang": self.lang, "category": category, "note": note, "confidential": True,
             "types": sorted(self.types), "evidence": self.ev, "from": sender, "to": to,
             "subject": subject, "text": text, "date": dt, "msgid": self.ctx.msgid(category[:6])}
        s.update(kw)
        return s


def neg_spec(ctx, lang, sender, to, subject, text, dt, category, note, **kw):
    s = {"lang": lang, "category": category, "note": note, "confidential": False, "types": [],
         "evidence": {"names": [], "nams": [], "ids": [], "dobs": []}, "from": sender, "to": to,
         "subject": subject, "text": text, "date": dt, "msgid": ctx.msgid(category[:6])}
    s.update(kw)
    return s
