"""Greetings, signatures, disclaimers, quoting styles."""
from gen_common import ORGS, WD_FR, WD_EN, MONTHS_FR, MONTHS_EN, full

DISCLAIMER_FR = [
    "AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
    "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.",
    "Ce message est destiné uniquement au(x) destinataire(s) visé(s) et peut contenir de "
    "l'information confidentielle. Toute diffusion non autorisée est interdite.",
    "Pensez à l'environnement avant d'imprimer ce courriel.",
]
DISCLAIMER_EN = [
    "CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only for "
    "the addressee. If you received it in error, please notify the sender and delete it.",
    "Please consider the environment before printing this e-mail.",
]


def greet(w, lang, to=None, group=False):
    first = to["given"] if to else None
    if lang == "fr":
        if group or not first:
            return w.pick(["Bonjour à toutes,", "Bonjour à tous,", "Bonjour,", "Bonjour l'équipe,",
                           "Salut la gang,", "Bonjour à toutes et à tous,"])
        return w.pick([f"Bonjour {first},", f"Salut {first},", f"Allo {first}!", f"Bonjour {first}!",
                       "Bonjour,", f"{first},", f"Bon matin {first},"])
    if group or not first:
        return w.pick(["Hi all,", "Hello everyone,", "Good morning,", "Hi team,", "Hello,"])
    return w.pick([f"Hi {first},", f"Hello {first},", f"{first} -", f"Good morning {first},", "Hi,"])


def closing(w, lang):
    if lang == "fr":
        return w.pick(["Merci!", "Merci beaucoup,", "Bonne journée,", "Cordialement,", "Au plaisir,",
                       "Merci et bonne fin de journée", "Bonne garde!", "Merci de votre collaboration,", ""])
    return w.pick(["Thanks,", "Thank you,", "Best,", "Regards,", "Kind regards,", "Cheers,", "Thanks so much!", ""])


def signature(w, p, lang, style=None):
    style = w.r.randrange(6) if style is None else style
    org = p["org"]
    role = p["role_fr"] if lang == "fr" else p["role_en"]
    orgn = org[lang]
    title = ""
    if p["key"] in ("ob", "ped"):
        title = ("Dre " if p["sex"] == "F" else "Dr ") if lang == "fr" else "Dr. "
    if style == 0:
        return f"{title}{full(p)}\n{role}\n{orgn}\n{org['addr']}\nTél. : {org['phone']}, poste {p['ext']}" if lang == "fr" else \
            f"{title}{full(p)}\n{role}\n{orgn}\n{org['addr']}\nTel: {org['phone']} ext. {p['ext']}"
    if style == 1:
        return f"{p['given']}"
    if style == 2:
        return f"{full(p)} | {role}\n{orgn}\n{org['phone']} #{p['ext']} | {p['email']}"
    if style == 3:
        return f"-- \n{title}{full(p)}\n{role}, {orgn}"
    if style == 4:
        return f"{p['given'][0]}." + ("\n\nEnvoyé de mon iPhone" if lang == "fr" else "\n\nSent from my iPhone")
    return f"{title}{full(p)}\n{orgn}\nT {org['phone']} p. {p['ext']}"


def disclaimer(w, lang):
    if w.chance(0.4):
        return "\n\n" + w.pick(DISCLAIMER_FR if lang == "fr" else DISCLAIMER_EN)
    return ""


def compose(w, lang, sender, body, to=None, group=False, sig_style=None, greeting=True):
    parts = []
    if greeting:
        parts.append(greet(w, lang, to, group))
    parts.append(body.strip("\n"))
    c = closing(w, lang)
    sig = signature(w, sender, lang, sig_style)
    parts.append((c + "\n" if c else "") + sig)
    return "\n\n".join(parts) + disclaimer(w, lang) + "\n"


def _dt_fr(d):
    return f"{WD_FR[d.weekday()]} {d.day} {MONTHS_FR[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}"


def _dt_en(d):
    return f"{WD_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}"


def quote(w, lang, orig_sender, orig_to, orig_date, orig_subject, orig_text, style=None):
    """Return quoted history block (reply)."""
    style = w.r.randrange(3) if style is None else style
    if style == 0:  # Outlook
        if lang == "fr":
            hdr = (f"De : {full(orig_sender)} <{orig_sender['email']}>\nEnvoyé : {_dt_fr(orig_date)}\n"
                   f"À : {full(orig_to)} <{orig_to['email']}>\nObjet : {orig_subject}")
        else:
            hdr = (f"From: {full(orig_sender)} <{orig_sender['email']}>\nSent: {_dt_en(orig_date)}\n"
                   f"To: {full(orig_to)} <{orig_to['email']}>\nSubject: {orig_subject}")
        return "\n\n" + "_" * 32 + "\n" + hdr + "\n\n" + orig_text
    if style == 1:  # Gmail / Apple with >
        if lang == "fr":
            intro = f"Le {_dt_fr(orig_date)}, {full(orig_sender)} <{orig_sender['email']}> a écrit :"
        else:
            intro = f"On {_dt_en(orig_date)}, {full(orig_sender)} <{orig_sender['email']}> wrote:"
        q = "\n".join(("> " + l) if l else ">" for l in orig_text.splitlines())
        return "\n\n" + intro + "\n" + q
    # Original message separator
    sep = "-----Message d'origine-----" if lang == "fr" else "-----Original Message-----"
    hdr = (f"De : {orig_sender['email']}\nDate : {_dt_fr(orig_date)}\nObjet : {orig_subject}" if lang == "fr"
           else f"From: {orig_sender['email']}\nDate: {_dt_en(orig_date)}\nSubject: {orig_subject}")
    return "\n\n" + sep + "\n" + hdr + "\n\n" + orig_text


def forward_block(w, lang, orig_from_name, orig_from_addr, orig_date, orig_subject, orig_to, orig_text):
    if lang == "fr":
        hdr = ("---------- Message transféré ---------\n"
               f"De : {orig_from_name} <{orig_from_addr}>\nDate : {_dt_fr(orig_date)}\n"
               f"Objet : {orig_subject}\nÀ : {orig_to}")
    else:
        hdr = ("---------- Forwarded message ---------\n"
               f"From: {orig_from_name} <{orig_from_addr}>\nDate: {_dt_en(orig_date)}\n"
               f"Subject: {orig_subject}\nTo: {orig_to}")
    return hdr + "\n\n" + orig_text
