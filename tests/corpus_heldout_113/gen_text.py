"""Phrase pools shared by the positive and negative writers: greetings, signatures,
disclaimers, clinical vocabulary for injured workers."""
from gen_common import CLINICS, HOSPITALS, NETWORK, SST

# (fr, en, icd-ish code)
INJURIES = [
    ("entorse lombaire", "lumbar sprain", "S33.5"),
    ("tendinite de la coiffe des rotateurs droite", "right rotator cuff tendinitis", "M75.1"),
    ("épicondylite latérale gauche", "left lateral epicondylitis", "M77.1"),
    ("lacération de la main gauche avec atteinte du fléchisseur", "left hand laceration with flexor tendon involvement", "S61.4"),
    ("fracture du 5e métacarpien droit", "fracture of the right fifth metacarpal", "S62.3"),
    ("syndrome du canal carpien bilatéral", "bilateral carpal tunnel syndrome", "G56.0"),
    ("brûlure chimique du 2e degré à l'avant-bras", "second-degree chemical burn of the forearm", "T22.5"),
    ("contusion et entorse du genou droit", "right knee contusion and sprain", "S83.6"),
    ("hernie discale L5-S1", "L5-S1 disc herniation", "M51.2"),
    ("commotion cérébrale", "concussion", "S06.0"),
    ("entorse cervicale (whiplash)", "cervical sprain (whiplash)", "S13.4"),
    ("déchirure partielle du sus-épineux", "partial supraspinatus tear", "M75.1"),
    ("fracture de la malléole externe", "lateral malleolus fracture", "S82.6"),
]
# short forms typed in file names, parallel to INJURIES (fr, en)
INJ_SHORT = [("entorse-lombaire", "lumbar-sprain"), ("tendinite-epaule-D", "R-shoulder-tendinitis"),
             ("epicondylite-G", "L-epicondylitis"), ("laceration-main-G", "L-hand-laceration"),
             ("fx-5e-metacarpien", "5th-metacarpal-fx"), ("canal-carpien", "carpal-tunnel"),
             ("brulure-chimique", "chemical-burn"), ("entorse-genou-D", "R-knee-sprain"),
             ("hernie-L5-S1", "L5-S1-herniation"), ("commotion", "concussion"), ("whiplash", "whiplash"),
             ("dechirure-sus-epineux", "supraspinatus-tear"), ("fx-malleole", "malleolus-fx")]
DISEASES = [
    ("asthme professionnel aux isocyanates", "isocyanate occupational asthma"),
    ("surdité professionnelle due au bruit", "noise-induced occupational hearing loss"),
    ("dermatite de contact allergique aux époxy", "allergic contact dermatitis to epoxy"),
    ("silicose simple", "simple silicosis"),
    ("saturnisme (intoxication au plomb)", "lead poisoning"),
    ("trouble de stress post-traumatique", "post-traumatic stress disorder"),
    ("trouble de l'adaptation avec humeur anxieuse", "adjustment disorder with anxiety"),
    ("coup de chaleur", "heat stroke"),
    ("intoxication au monoxyde de carbone", "carbon monoxide poisoning"),
    ("maladie de Lyme", "Lyme disease"),
]
MEDS = [
    ("naproxène 500 mg BID x 10 jours", "naproxen 500 mg BID x 10 days"),
    ("cyclobenzaprine 10 mg HS", "cyclobenzaprine 10 mg at bedtime"),
    ("acétaminophène 1 g QID PRN", "acetaminophen 1 g QID PRN"),
    ("tramadol 50 mg q6h PRN (max 4/jour)", "tramadol 50 mg q6h PRN (max 4/day)"),
    ("diclofénac gel 1 % TID", "diclofenac 1% gel TID"),
    ("céphalexine 500 mg QID x 7 jours", "cephalexin 500 mg QID x 7 days"),
    ("prégabaline 75 mg BID", "pregabalin 75 mg BID"),
    ("hydromorphone 1 mg q4h PRN", "hydromorphone 1 mg q4h PRN"),
    ("sertraline 50 mg DIE", "sertraline 50 mg daily"),
    ("prednisone 40 mg DIE x 5 jours", "prednisone 40 mg daily x 5 days"),
    ("méloxicam 15 mg DIE", "meloxicam 15 mg daily"),
]
ANALGESICS = [MEDS[i] for i in (0, 1, 2, 3, 4, 10)]
SEDATING = [MEDS[i] for i in (1, 3, 6, 7)]
JOBS = [
    ("manœuvre", "labourer"), ("camionneur", "truck driver"), ("opérateur de chariot élévateur", "forklift operator"),
    ("soudeur", "welder"), ("journalier de production", "production worker"), ("couvreur", "roofer"),
    ("préposé à l'entrepôt", "warehouse clerk"), ("électricien", "electrician"), ("boucher-désosseur", "meat cutter"),
    ("mécanicien industriel", "millwright"), ("ouvrier agricole", "farm worker"), ("peintre industriel", "industrial painter"),
]
# Departments of the network (staff side)
UNITS = ["4B médecine", "Soins intensifs", "Urgence", "Bloc opératoire", "Hémodialyse", "CHSLD Les Érables",
         "Soins à domicile", "Buanderie", "Hygiène et salubrité", "Laboratoire", "Imagerie médicale", "Pédiatrie",
         "Psychiatrie 2A", "Services alimentaires", "Pharmacie"]
UNITS_EN = {"4B médecine": "4B medicine", "Soins intensifs": "ICU", "Urgence": "Emergency",
            "Bloc opératoire": "OR", "Hémodialyse": "Haemodialysis", "CHSLD Les Érables": "Les Érables LTC",
            "Soins à domicile": "Home care", "Buanderie": "Laundry", "Hygiène et salubrité": "Housekeeping",
            "Laboratoire": "Laboratory", "Imagerie médicale": "Medical imaging", "Pédiatrie": "Paediatrics",
            "Psychiatrie 2A": "Psychiatry 2A", "Services alimentaires": "Food services", "Pharmacie": "Pharmacy"}

DISCLAIMER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel et ses pièces jointes peuvent contenir des "
                 "renseignements confidentiels destinés uniquement au destinataire. Si vous l'avez reçu "
                 "par erreur, veuillez en aviser l'expéditeur et le détruire.")
DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential "
                 "information intended only for the addressee. If you received it in error, please notify "
                 "the sender and delete it.")


def greet(rng, lang, name=None, formal=None):
    if formal is None:
        formal = rng.random() < 0.5
    if name and name.split(" ")[0] in ("Dr", "Dre", "Dr.", "M.", "Mme", "Me", "Madame", "Monsieur", "Mr.", "Ms.", "Counsel"):
        if lang == "fr":
            return rng.choice(["Bonjour %s," % name, "%s," % name, "Bonjour %s," % name])
        return rng.choice(["Dear %s," % name, "Hello %s," % name, "%s," % name])
    if lang == "fr":
        if name:
            opts = ["Bonjour %s," % name, "Bonjour %s," % name, "Salut %s," % name if not formal else "%s," % name,
                    "Allo %s," % name if not formal else "Bonjour %s," % name]
        else:
            opts = ["Bonjour,", "Bonjour à tous,", "Bonjour à toutes et à tous,", "Madame, Monsieur,"]
    else:
        if name:
            opts = ["Hi %s," % name, "Hello %s," % name, "Dear %s," % name, "%s," % name]
        else:
            opts = ["Hello,", "Hi all,", "Good morning,", "Hi everyone,"]
    return rng.choice(opts)


def closing(rng, lang):
    if lang == "fr":
        return rng.choice(["Merci,", "Merci et bonne journée,", "Cordialement,", "Bonne journée,",
                           "Salutations,", "Merci beaucoup !", "Au plaisir,"])
    return rng.choice(["Thanks,", "Best regards,", "Regards,", "Thank you,", "Cheers,", "Many thanks,"])


def signature(rng, staff, lang, disclaimer=None):
    org = staff.org
    oname = org["name_fr"] if lang == "fr" else org["name_en"]
    style = rng.randint(0, 3)
    if style == 0:
        sig = "%s\n%s\n%s\n%s" % (staff.display(lang), staff.role(lang), oname, staff.phone)
    elif style == 1:
        sig = "-- \n%s | %s\n%s | %s" % (staff.display(lang), staff.role(lang), oname, org["addr"])
    elif style == 2:
        sig = "%s\n%s" % (staff.given, staff.role(lang))
    else:
        tel = "Tél." if lang == "fr" else "Tel."
        sig = "%s\n%s, %s\n%s : %s\n%s" % (staff.display(lang), staff.role(lang), oname, tel,
                                           org["phone"], staff.email)
    if disclaimer is None:
        disclaimer = rng.random() < 0.3
    if disclaimer:
        sig += "\n\n" + (DISCLAIMER_FR if lang == "fr" else DISCLAIMER_EN)
    return sig


def quote(text, header):
    return header + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))


def wrote_line(lang, who, date_str):
    if lang == "fr":
        return "Le %s, %s a écrit :" % (date_str, who)
    return "On %s, %s wrote:" % (date_str, who)


def outlook_fwd(lang, frm, date_str, to, subject):
    if lang == "fr":
        return ("-----Message d'origine-----\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n"
                % (frm, date_str, to, subject))
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n"
            % (frm, date_str, to, subject))


def html_wrap(body_html, lang="fr"):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title></title></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n'
            % (lang, body_html))


def text_to_html(text):
    import html
    paras = text.split("\n\n")
    return "\n".join("<p>%s</p>" % html.escape(p).replace("\n", "<br>\n") for p in paras)


def html_table(rows, border=True):
    import html
    out = ['<table %s cellpadding="4" style="border-collapse:collapse">' % ('border="1"' if border else "")]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html.escape(str(v)), tag) for v in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def org_name(org, lang):
    return org["name_fr"] if lang == "fr" else org["name_en"]


__all__ = ["INJ_SHORT", "INJURIES", "DISEASES", "MEDS", "ANALGESICS", "SEDATING", "JOBS", "UNITS", "UNITS_EN", "DISCLAIMER_FR", "DISCLAIMER_EN",
           "greet", "closing", "signature", "quote", "wrote_line", "outlook_fwd", "html_wrap", "text_to_html",
           "html_table", "org_name", "CLINICS", "HOSPITALS", "NETWORK", "SST"]
