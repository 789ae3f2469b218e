"""Helpers shared by the message templates: addressing, quoting, forwarding, Doc creation."""
import datetime

import gen_common as G
from gen_mime import Doc


def who(key, lang="fr"):
    s = G.staff(key, lang)
    return (s["name"], s["email"])


def ext(name, addr):
    return (name, addr)


SHARED = {
    "rdv": ("Rendez-vous dentisterie HHR", "rdv.dentaire@" + G.DOMAIN),
    "bloc": ("Bloc opératoire - planification", "planif.bloc@" + G.DOMAIN),
    "archives": ("Archives médicales", "archives@" + G.DOMAIN),
    "preauth": ("Pré-autorisations dentaires", "preauth.dentaire@" + G.DOMAIN),
    "scolaire": ("Programme dentaire scolaire", "dentaire.scolaire@" + G.DOMAIN),
    "sdp": ("Santé dentaire publique", "sante.dentaire@" + G.DOMAIN),
    "prothese": ("Clinique de prothèses CHSLD", "protheses.chsld@" + G.DOMAIN),
    "tous": ("Personnel - médecine dentaire", "dentaire-tous@" + G.DOMAIN),
    "transport": ("Transport adapté Haute-Rivière", "reservations@transport-adapte-hr.example"),
    "pharm": ("Pharmacie Centrale Val-des-Chutes", "ordonnances@pharmacie-centrale-vdc.example"),
    "pharm2": ("Pharmacie du Lac", "labo@pharmaciedulac.example"),
    "lespins": ("CHSLD Les Pins - poste infirmier", "poste2@chsld-lespins.example"),
    "boisjoli": ("CHSLD Boisjoli", "soins@chsld-boisjoli.example"),
    "css": ("CSS des Trois-Chutes - services éducatifs", "services.educatifs@css-troischutes.example"),
    "boreales": ("Assurances Boréales - réclamations dentaires", "dentaire@assurances-boreales.example"),
    "northshore": ("Northshore Life - Dental Claims", "dentalclaims@northshore-life.example"),
    "it": ("Centre de services TI", "servicedesk@" + G.DOMAIN),
    "rh": ("Ressources humaines", "rh@" + G.DOMAIN),
    "paie": ("Service de la paie", "paie@" + G.DOMAIN),
    "appro": ("Approvisionnement", "approvisionnement@" + G.DOMAIN),
    "comm": ("Communications CISHR", "communications@" + G.DOMAIN),
    "cmdp": ("Secrétariat du CMDP", "cmdp@" + G.DOMAIN),
    "st": ("Services techniques", "services.techniques@" + G.DOMAIN),
    "dsp": ("Direction de santé publique", "dsp@" + G.DOMAIN),
}


def shared(key):
    return SHARED[key]


def new_doc(ctx, lang, cat, note, positive, types, frm, to, subject, text, **kw):
    rng = ctx.rng
    date = kw.pop("date", None) or G.msg_datetime(rng)
    msgid = kw.pop("msgid", None) or ctx.msgid()
    return Doc(lang, cat, note, positive, types, frm=frm, to=to, subject=subject, text=text,
               date=date, msgid=msgid, **kw)


def quote_header(lang, style, sender, date, to=None, subject=""):
    name, addr = sender
    if style == "outlook":
        if lang == "fr":
            return ("-----Message d'origine-----\n"
                    f"De : {name} <{addr}>\n"
                    f"Envoyé : {G.day_fr(date.date())} {date.year} {date.strftime('%H:%M')}\n"
                    + (f"À : {to[0]} <{to[1]}>\n" if to else "")
                    + f"Objet : {subject}\n")
        return ("-----Original Message-----\n"
                f"From: {name} <{addr}>\n"
                f"Sent: {G.day_en(date.date())}, {date.year} {date.strftime('%I:%M %p')}\n"
                + (f"To: {to[0]} <{to[1]}>\n" if to else "")
                + f"Subject: {subject}\n")
    if lang == "fr":
        return f"Le {G.day_fr(date.date())} {date.year} à {date.strftime('%H:%M')}, {name} <{addr}> a écrit :"
    return f"On {G.day_en(date.date())}, {date.year} at {date.strftime('%I:%M %p')} {name} <{addr}> wrote:"


def quoted(text, lang, style, sender, date, to=None, subject=""):
    """Quote `text` under a reply header; style 'gt' (> prefixes) or 'outlook' (unindented)."""
    if style == "outlook":
        return "\n\n" + quote_header(lang, "outlook", sender, date, to, subject) + "\n" + text
    body = "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))
    return "\n\n" + quote_header(lang, "gt", sender, date) + "\n" + body


def forwarded(text, lang, sender, date, to, subject):
    name, addr = sender
    if lang == "fr":
        head = ("-------- Message transféré --------\n"
                f"Sujet : {subject}\n"
                f"Date : {date.strftime('%Y-%m-%d %H:%M')}\n"
                f"De : {name} <{addr}>\n"
                f"Pour : {to[0]} <{to[1]}>\n")
    else:
        head = ("---------- Forwarded message ---------\n"
                f"From: {name} <{addr}>\n"
                f"Date: {G.day_en(date.date())}, {date.year} at {date.strftime('%I:%M %p')}\n"
                f"Subject: {subject}\n"
                f"To: {to[0]} <{to[1]}>\n")
    return "\n\n" + head + "\n" + text


def earlier(dt, rng, hours=(1, 60)):
    return dt - datetime.timedelta(hours=rng.randint(*hours), minutes=rng.randrange(60))


def pick(rng, *opts):
    return rng.choice(opts)
