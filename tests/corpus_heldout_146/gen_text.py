"""Small text helpers: signatures, disclaimers, quoted replies and forwards."""
import datetime

from gen_common import ORG_FR, SITES, phone

JOURS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

SD_FR = "Centre de services TI (CSTI)"
SD_EN = "IT Service Desk"
CI_FR = "Direction des ressources informationnelles – informatique clinique"
CI_EN = "Clinical Informatics, Information Resources Directorate"


def sig(st, lang, role, rng, site=None, short=False):
    site = site or rng.choice(SITES)
    tel = phone(rng)
    if short:
        return f"{st['given']}\n{tel}" if rng.random() < 0.5 else f"-- \n{st['name']}"
    if lang == 'fr':
        lines = [st['name'], role, site, ORG_FR, f"Tél. : {tel}, poste {rng.randrange(21000, 29999)}"]
    else:
        lines = [st['name'], role, site, ORG_FR, f"Tel.: {tel} ext. {rng.randrange(21000, 29999)}"]
    return '\n'.join(lines)


def disclaimer(lang, rng):
    if lang == 'fr':
        return rng.choice([
            "AVIS DE CONFIDENTIALITÉ : Ce message est destiné uniquement à la personne ou à l'organisme à qui il "
            "est adressé. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.",
            "Ce courriel peut contenir des renseignements confidentiels. Toute diffusion non autorisée est "
            "interdite.",
            "Pensez à l'environnement avant d'imprimer ce courriel.",
        ])
    return rng.choice([
        "CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee. If you received it in error, "
        "please notify the sender and delete it.",
        "This message may contain confidential information. Unauthorized distribution is prohibited.",
        "Please consider the environment before printing this e-mail.",
    ])


def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n'))


def when(rng, base=None):
    base = base or datetime.datetime(2024, rng.randrange(1, 13), rng.randrange(1, 28), rng.randrange(7, 18),
                                     rng.randrange(60))
    return base


def reply_header(lang, name, email, dt, style='gmail'):
    if style == 'outlook':
        if lang == 'fr':
            return (f"De : {name} <{email}>\nEnvoyé : {JOURS[dt.weekday()]} {dt.day} {MOIS_ABR[dt.month - 1]} "
                    f"{dt.year} {dt.strftime('%H:%M')}")
        return (f"From: {name} <{email}>\nSent: {DAYS[dt.weekday()]}, {MON3[dt.month - 1]} {dt.day}, {dt.year} "
                f"{dt.strftime('%I:%M %p')}")
    if lang == 'fr':
        return (f"Le {JOURS[dt.weekday()]} {dt.day} {MOIS_ABR[dt.month - 1]} {dt.year} à {dt.strftime('%H:%M')}, "
                f"{name} <{email}> a écrit :")
    return (f"On {DAYS[dt.weekday()]}, {MON3[dt.month - 1]} {dt.day}, {dt.year} at {dt.strftime('%I:%M %p')} "
            f"{name} <{email}> wrote:")


def outlook_block(lang, frm, to, dt, subject):
    if lang == 'fr':
        return (f"-----Message d'origine-----\nDe : {frm[0]} <{frm[1]}>\n"
                f"Envoyé : {JOURS[dt.weekday()]} {dt.day} {MOIS_ABR[dt.month - 1]} {dt.year} {dt.strftime('%H:%M')}\n"
                f"À : {to[0]} <{to[1]}>\nObjet : {subject}\n")
    return (f"-----Original Message-----\nFrom: {frm[0]} <{frm[1]}>\n"
            f"Sent: {DAYS[dt.weekday()]}, {MON3[dt.month - 1]} {dt.day}, {dt.year} {dt.strftime('%I:%M %p')}\n"
            f"To: {to[0]} <{to[1]}>\nSubject: {subject}\n")


def fwd_block(lang, frm, to, dt, subject):
    if lang == 'fr':
        return (f"---------- Message transféré ----------\nDe : {frm[0]} <{frm[1]}>\n"
                f"Date : {JOURS[dt.weekday()]} {dt.day} {MOIS_ABR[dt.month - 1]} {dt.year} à {dt.strftime('%H:%M')}\n"
                f"Objet : {subject}\nÀ : {to[0]} <{to[1]}>\n")
    return (f"---------- Forwarded message ---------\nFrom: {frm[0]} <{frm[1]}>\n"
            f"Date: {DAYS[dt.weekday()]}, {MON3[dt.month - 1]} {dt.day}, {dt.year} at {dt.strftime('%I:%M %p')}\n"
            f"Subject: {subject}\nTo: {to[0]} <{to[1]}>\n")


def pick(rng, *options):
    return rng.choice(options)
