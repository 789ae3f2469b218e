"""Shared writing helpers: addresses, signatures, replies, forwards, patients."""
import datetime
import unicodedata

import gen_data as D
import gen_ids as I


def slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c for c in s.lower() if c.isalnum() or c in ".-")


def staff(role_kw=None, lang="fr", rng=None, exclude=()):
    pool = [s for s in D.STAFF if (role_kw is None or role_kw in s[3] or role_kw in s[4])
            and s[1] not in exclude]
    s = rng.choice(pool)
    return {"given": s[0], "surname": s[1], "sex": s[2], "role": s[3] if lang == "fr" else s[4]}


def staff_by_kw(rng, lang, *kws, exclude=()):
    pool = [s for s in D.STAFF if any(k in s[3] or k in s[4] for k in kws) and s[1] not in exclude]
    s = rng.choice(pool)
    return {"given": s[0], "surname": s[1], "sex": s[2], "role": s[3] if lang == "fr" else s[4]}


def email_of(p, lang, domain=None):
    dom = domain or D.ORG[lang]["domain"]
    return f"{slug(p['given'])}.{slug(p['surname'])}@{dom}"


def na(p, lang, domain=None, style=0):
    """(display name, address) for a person dict."""
    if style == 1:
        disp = f"{p['surname']}, {p['given']}"
    elif style == 2:
        disp = f"{p['given']} {p['surname']} ({D.ORG[lang]['short']})"
    else:
        disp = f"{p['given']} {p['surname']}"
    return (disp, email_of(p, lang, domain))


def title_of(p, lang, physician=False):
    if physician or "médecin" in p.get("role", "") or "physician" in p.get("role", ""):
        if lang == "fr":
            return "Dre" if p["sex"] == "F" else "Dr"
        return "Dr."
    if lang == "fr":
        return "Mme" if p["sex"] == "F" else "M."
    return "Ms." if p["sex"] == "F" else "Mr."


def signature(p, lang, rng, full=None):
    o = D.ORG[lang]
    full = rng.random() < 0.75 if full is None else full
    t = ""
    if "médecin" in p["role"] or "physician" in p["role"]:
        t = ("Dre " if p["sex"] == "F" else "Dr ") if lang == "fr" else "Dr. "
    lines = ["-- ", f"{t}{p['given']} {p['surname']}", p["role"]]
    if full:
        lines.append(o["name"])
        lines.append(o["addr"])
        lines.append(o["city"])
        if lang == "fr":
            lines.append(f"Tél. : {o['phone']} | Téléc. : {o['fax']}")
        else:
            lines.append(f"Tel: {o['phone']} | Fax: {o['fax']}")
        if rng.random() < 0.4:
            lines.append(("AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements "
                          "confidentiels. Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.")
                         if lang == "fr" else
                         ("CONFIDENTIALITY NOTICE: this e-mail may contain confidential information. "
                          "If you received it in error, please delete it and notify the sender."))
    return "\n".join(lines)


def quote(text, who, when, lang, style=None, rng=None):
    """Reply with quoted text below (style 'gmail' or 'outlook')."""
    style = style or (rng.choice(["gmail", "outlook"]) if rng else "gmail")
    if style == "gmail":
        if lang == "fr":
            head = (f"Le {I.weekday_fr(when)[:3]}. {when.day} {I.MOIS[when.month - 1]} {when.year}, "
                    f"à {when.hour:02d} h {when.minute:02d}, {who[0]} <{who[1]}> a écrit :")
        else:
            head = (f"On {I.weekday_en(when)[:3]}, {I.MONTHS[when.month - 1][:3]} {when.day}, {when.year} "
                    f"at {when.strftime('%I:%M').lstrip('0')} {'AM' if when.hour < 12 else 'PM'} "
                    f"{who[0]} <{who[1]}> wrote:")
        body = "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
        return head + "\n" + body
    if lang == "fr":
        head = ["-----Message d'origine-----", f"De : {who[0]} <{who[1]}>",
                f"Envoyé : {I.weekday_fr(when)} {when.day} {I.MOIS[when.month - 1]} {when.year} {when.hour:02d}:{when.minute:02d}"]
    else:
        head = ["-----Original Message-----", f"From: {who[0]} <{who[1]}>",
                f"Sent: {I.weekday_en(when)}, {I.MONTHS[when.month - 1]} {when.day}, {when.year} {when.strftime('%I:%M %p')}"]
    return "\n".join(head) + "\n\n" + text.strip("\n")


def forward(text, who, to, when, subject, lang):
    if lang == "fr":
        head = ["---------- Message transféré ---------", f"De : {who[0]} <{who[1]}>",
                f"Date : {I.weekday_fr(when)} {when.day} {I.MOIS[when.month - 1]} {when.year} à {when.hour:02d}:{when.minute:02d}",
                f"Objet : {subject}", f"À : {to[0]} <{to[1]}>"]
    else:
        head = ["---------- Forwarded message ---------", f"From: {who[0]} <{who[1]}>",
                f"Date: {I.weekday_en(when)}, {I.MONTHS[when.month - 1]} {when.day}, {when.year} at {when.strftime('%I:%M %p')}",
                f"Subject: {subject}", f"To: {to[0]} <{to[1]}>"]
    return "\n".join(head) + "\n\n" + text.strip("\n")


# ---------------------------------------------------------------- patients
class PatientFactory:
    """Invented patients (never NAM holders) and NAM holders (each used once)."""

    def __init__(self, rng, holders):
        self.rng = rng
        self.holders = list(holders)
        self.rng.shuffle(self.holders)
        self.used_names = set()

    def nam_holder(self, min_age=None, max_age=None, ref=datetime.date(2024, 6, 1)):
        """Next unused holder, preferring one whose age fits the scenario."""
        pick = 0
        for k, h in enumerate(self.holders):
            age = I.age_on(h["dob"], ref)
            if (min_age is None or age >= min_age) and (max_age is None or age <= max_age):
                pick = k
                break
        h = self.holders.pop(pick)
        p = {"given": h["given"], "surname": h["surname"], "dob": h["dob"], "sex": h["sex"],
             "nam": h["nam"], "holder": True}
        self._extras(p)
        return p

    def invented(self, lang=None, sex=None, min_age=1, max_age=92, ref_year=2024):
        rng = self.rng
        while True:
            sx = sex or rng.choice("FM")
            pool = D.PAT_SURNAMES_FR if (lang == "fr" or (lang is None and rng.random() < 0.5)) \
                else D.PAT_SURNAMES_EN
            if rng.random() < 0.2:
                pool = D.PAT_SURNAMES_FR + D.PAT_SURNAMES_EN
            surname = rng.choice(pool)
            given = rng.choice(D.GIVEN_F if sx == "F" else D.GIVEN_M)
            key = (given, surname)
            if key in self.used_names:
                continue
            self.used_names.add(key)
            age = rng.randint(min_age, max_age)
            dob = datetime.date(ref_year - age, rng.randint(1, 12), rng.randint(1, 28))
            p = {"given": given, "surname": surname, "dob": dob, "sex": sx, "nam": None,
                 "holder": False}
            self._extras(p)
            return p

    def _extras(self, p):
        rng = self.rng
        fr = rng.random() < 0.6
        if fr:
            town, postal = rng.choice(D.TOWNS_FR)
            p["street"] = f"{rng.randint(12, 2890)}, {rng.choice(D.STREETS_FR)}"
        else:
            town, postal = rng.choice(D.TOWNS_EN)
            p["street"] = f"{rng.randint(12, 2890)} {rng.choice(D.STREETS_EN)}"
        p["town"], p["postal"] = town, postal
        area = rng.choice(["450", "514", "819", "438"])
        p["phone"] = f"{area}-555-01{rng.randint(40, 99):02d}"
        p["cond"] = rng.choice(D.CONDITIONS)
        p["acute"] = rng.choice(D.ACUTE)


def name_forms(p, rng, lang, allowed=None):
    """Return one rendering of a patient's name, picked from varied forms."""
    g, s = p["given"], p["surname"]
    t = ("Mme" if p["sex"] == "F" else "M.") if lang == "fr" else ("Mrs." if p["sex"] == "F" else "Mr.")
    forms = {
        "full": f"{g} {s}",
        "upper_comma": f"{s.upper()}, {g}",
        "comma": f"{s}, {g}",
        "title": f"{t} {g} {s}",
        "title_sur": f"{t} {s}",
        "lower": f"{g.lower()} {s.lower()}",
        "initial": f"{g[0]}. {s}",
        "sur_init": f"{s.upper()} {g[0]}.",
        "upper": f"{s.upper()} {g.upper()}",
    }
    keys = allowed or list(forms)
    k = rng.choice(keys)
    return forms[k]


def pname(p):
    return f"{p['given']} {p['surname']}"


def addr_line(p):
    return f"{p['street']}, {p['town']} {p['postal']}"
