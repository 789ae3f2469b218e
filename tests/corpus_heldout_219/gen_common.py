"""Small helpers shared by the message templates."""
import gen_data as D
import gen_mime as M

EXT_DOCS = [
    ("F", "Annick", "Sauvageau", "gmf_fr"), ("M", "Philippe", "Carrier", "gmf_fr"),
    ("F", "Josiane", "Lalonde", "gmf_fr"), ("M", "Yannick", "Bastien", "gmf_fr"),
    ("F", "Deborah", "Klein", "gmf_en"), ("M", "Malcolm", "Ferris", "gmf_en"),
    ("F", "Aisha", "Rahimi", "gmf_en"), ("M", "Jonathan", "Weir", "gmf_en"),
]
EXT_PHARM = [("F", "Valérie", "Dumouchel", "pharm_fr"), ("M", "Simon", "Paquin", "pharm_fr"),
             ("F", "Tara", "Nguyen", "pharm_en"), ("M", "Owen", "Hale", "pharm_en")]


def ext_person(c, pool, lang=None):
    lang = lang or c.lang
    rows = [r for r in pool if r[3].endswith("_" + lang)] or pool
    sex, g, s, org = c.pick(rows)
    name, dom, phone = D.EXTERNAL[org]
    email = f"{D.fold(g)[0]}{D.fold(s).replace(' ', '')}@{dom}"
    return {"sex": sex, "given": g, "surname": s, "org": name, "email": email, "phone": phone,
            "full": f"{g} {s}"}


def dr(person, lang):
    if lang == "fr":
        return ("Dre " if person["sex"] == "F" else "Dr ") + person["full"]
    return "Dr. " + person["full"]


def addr_of(st):
    return (st.full, st.email)


def ext_sig(p, lang, doctor=True, fax=True):
    t = dr(p, lang) if doctor else p["full"]
    lines = [t, p["org"]]
    if lang == "fr":
        lines.append(f"Tél. : {p['phone']}" + (" | Téléc. : " + p['phone'][:-2] + "99" if fax else ""))
    else:
        lines.append(f"Phone: {p['phone']}" + (" | Fax: " + p['phone'][:-2] + "99" if fax else ""))
    return "\n".join(lines)


def bullets(items, mark="- "):
    return "\n".join(mark + i for i in items)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def il(p, lang):
    if lang == "fr":
        return "elle" if p.sex == "F" else "il"
    return "she" if p.sex == "F" else "he"


def le(p):
    return "la" if p.sex == "F" else "le"


def his(p):
    return "her" if p.sex == "F" else "his"


def him(p):
    return "her" if p.sex == "F" else "him"


def quoted_header(c, who, email, when_txt):
    style = c.rng.randint(0, 2)
    if c.lang == "fr":
        if style == 0:
            return f"Le {when_txt}, {who} <{email}> a écrit :"
        if style == 1:
            return f"-----Message d'origine-----\nDe : {who} <{email}>\nEnvoyé : {when_txt}\nÀ : clinique IC\nObjet :"
        return f"De : {who}\nEnvoyé : {when_txt}"
    if style == 0:
        return f"On {when_txt}, {who} <{email}> wrote:"
    if style == 1:
        return f"-----Original Message-----\nFrom: {who} <{email}>\nSent: {when_txt}\nTo: Heart Function Clinic\nSubject:"
    return f"From: {who}\nSent: {when_txt}"


def fwd_header(c, who, email, when_txt, subject, to_txt):
    if c.lang == "fr":
        return (f"-------- Message transféré --------\nDe : {who} <{email}>\nDate : {when_txt}\n"
                f"Objet : {subject}\nÀ : {to_txt}\n")
    return (f"---------- Forwarded message ---------\nFrom: {who} <{email}>\nDate: {when_txt}\n"
            f"Subject: {subject}\nTo: {to_txt}\n")


def when_txt(c, d=None):
    d = d or c.past(1, 6)
    if c.lang == "fr":
        return f"{D.day_fr(d)} {d.year} {c.rng.randint(7, 17)}:{c.rng.randrange(60):02d}"
    return f"{D.day_en(d)}, {d.year} {c.rng.randint(7, 11)}:{c.rng.randrange(60):02d} AM"


def fname_safe(s):
    return D.fold(s).replace(" ", "_").replace("'", "").replace(",", "")


Att = M.Att
