"""Helpers shared by the message templates: spec construction, signatures, quoting."""
from gen_common import (ADDR_CHSLD, CISSS, DOM, DOM_CISSS, ORG_EN, ORG_FR, UNITS_EN, UNITS_FR,
                        fmt_date, name_variant, nam_str)

TITLES_FR = ["inf.", "inf. aux.", "infirmière-chef", "ASI", "conseillère en soins", "pharmacienne",
             "nutritionniste", "travailleuse sociale", "technicienne en loisirs", "ergothérapeute",
             "agente administrative", "coordonnatrice des admissions", "physiothérapeute"]
TITLES_EN = ["RN", "LPN", "Nurse Manager", "Assistant Head Nurse", "Clinical Nurse Specialist",
             "Pharmacist", "Dietitian", "Social Worker", "Recreation Technician", "Occupational Therapist",
             "Administrative Assistant", "Admissions Coordinator", "Physiotherapist"]

DISCLAIMER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels "
                 "destinés uniquement au destinataire. Si vous l'avez reçu par erreur, veuillez le détruire "
                 "et en aviser l'expéditeur.")
DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only "
                 "for the addressee. If you received it in error, please delete it and notify the sender.")


def sig(ctx, person, lang, title=None, unit=True, short=False):
    if lang == "fr":
        title = title or ctx.pick(TITLES_FR)
        if short:
            return "%s\n%s" % (person.giv if ctx.chance(0.5) else person.full, title)
        lines = ["%s, %s" % (person.full, title)]
        if unit:
            lines.append(ctx.pick(UNITS_FR) + " – " + ORG_FR)
        else:
            lines.append(ORG_FR)
        lines.append(CISSS)
        if ctx.chance(0.5):
            lines.append(ADDR_CHSLD)
        lines.append("Tél. : %s, poste %d" % (ctx.phone("450"), ctx.num(2100, 2899)))
        if ctx.chance(0.3):
            lines.append("Téléc. : " + ctx.phone("450"))
    else:
        title = title or ctx.pick(TITLES_EN)
        if short:
            return "%s\n%s" % (person.giv if ctx.chance(0.5) else person.full, title)
        lines = ["%s, %s" % (person.full, title)]
        lines.append((ctx.pick(UNITS_EN) + " | " if unit else "") + ORG_EN)
        if ctx.chance(0.5):
            lines.append("2280 Quatre-Vents Blvd, Saint-Aurèle QC J0K 9Z9")
        lines.append("Tel. %s ext. %d" % (ctx.phone("450"), ctx.num(2100, 2899)))
    s = "-- \n" + "\n".join(lines) if ctx.chance(0.3) else "\n".join(lines)
    if ctx.chance(0.35):
        s += "\n\n" + (DISCLAIMER_FR if lang == "fr" else DISCLAIMER_EN)
    return s


def addr(p, dom=DOM, title=None):
    name = p.full if not title else "%s %s" % (title, p.full)
    return (name, p.email(dom))


def group(name, local, dom=DOM):
    return (name, "%s@%s" % (local, dom))


def mk(ctx, lang, cat, frm, to, subject, body, types=(), note="", atts=None, cc=None, expect=None,
       ids=None, mode=None, reply=False, extra=None, date=None, dom=DOM, nam_people=None):
    spec = {
        "lang": lang, "cat": cat, "types": sorted(set(types)), "note": note,
        "frm": frm, "to": to if isinstance(to, list) else [to], "cc": cc or [],
        "subject": subject, "body": [b for b in body if b != ""], "atts": atts or [],
        "expect": list(expect or []), "ids": list(ids or []), "mode": mode,
        "date": date or ctx.date(), "msgid": ctx.msgid(frm[1].split("@")[1] if "@" in frm[1] else dom),
        "extra": list(extra or []), "nam_people": list(nam_people or []),
    }
    if reply:
        spec["in_reply_to"] = ctx.msgid(DOM_CISSS)
    return spec


def greet(ctx, lang, who=None):
    if lang == "fr":
        g = ctx.pick(["Bonjour", "Bonjour", "Allo", "Bonsoir", "Salut"])
    else:
        g = ctx.pick(["Hi", "Hello", "Good morning", "Hi all", "Dear colleagues"])
        if who:
            g = ctx.pick(["Hi", "Hello", "Good morning", "Dear"])
    return "%s %s," % (g, who) if who else g + ","


def thanks(ctx, lang):
    if lang == "fr":
        return ctx.pick(["Merci !", "Merci beaucoup,", "Bonne journée,", "Merci de votre collaboration.", "Merci"])
    return ctx.pick(["Thanks,", "Thank you,", "Best regards,", "Cheers,", "Many thanks,"])


def nam_block(ctx, p, lang, namestyle=None, dstyle=None):
    """Identity block for a NAM holder: name, birth date, sex and NAM."""
    name = name_variant(ctx, p, lang, namestyle or ctx.pick(["title", "full", "SUR, Giv", "Sur, Giv", "SUR Giv"]))
    dob = fmt_date(ctx, p.dob, lang, dstyle)
    nam = nam_str(ctx, p.nam)
    if lang == "fr":
        lines = ["Nom : " + name, "DDN : " + dob, "Sexe : " + p.sex, "NAM : " + nam]
    else:
        lines = ["Name: " + name, "DOB: " + dob, "Sex: " + p.sex, "RAMQ: " + nam]
    return lines, name, dob, nam


def quote(intro, blocks, style=">"):
    return {"quote": blocks, "intro": intro, "style": style}


def intro_line(ctx, lang, who, d):
    if lang == "fr":
        return "Le %s à %02d:%02d, %s a écrit :" % (fmt_date(ctx, d.date(), "fr", "long"), d.hour, d.minute, who)
    return "On %s at %02d:%02d, %s wrote:" % (fmt_date(ctx, d.date(), "en", "mdy_long"), d.hour, d.minute, who)


def outlook_hdr(lang, frm, to, d, subject):
    if lang == "fr":
        return ["-----Message d'origine-----", "De : %s" % frm, "Envoyé : %s" % d.strftime("%Y-%m-%d %H:%M"),
                "À : %s" % to, "Objet : %s" % subject]
    return ["-----Original Message-----", "From: %s" % frm, "Sent: %s" % d.strftime("%Y-%m-%d %H:%M"),
            "To: %s" % to, "Subject: %s" % subject]


def fwd_hdr(lang, frm, to, d, subject):
    if lang == "fr":
        return ["---------- Message transféré ---------", "De : %s" % frm,
                "Date : %s" % d.strftime("%Y-%m-%d %H:%M"), "Objet : %s" % subject, "À : %s" % to]
    return ["---------- Forwarded message ---------", "From: %s" % frm,
            "Date: %s" % d.strftime("%a, %b %d, %Y at %H:%M"), "Subject: %s" % subject, "To: %s" % to]
