"""Negative messages in both languages: staff vCards, attached messages, benefits, events, room bookings."""
import datetime

from gen_common import d_fr, d_en, day_fr, day_en, DOM, CLINIC_ADDR_FR, CLINIC_ADDR_EN
from gen_docs import pdf_bytes, docx_bytes, ics_bytes, vcard_bytes, zip_bytes, csv_bytes
from gen_tpl import staff, ext_person, disp, sig, quote, spec, nested, plus, at, earlier


def _n(p):
    return "%s %s" % (p.given, p.surname)


def staff_vcard(c, env, lang):
    new = staff(c, lang, c.pick(["psy", "crim", "ts", "psyc"]), unit=c.pick(["Pavillon Lavigne – psychiatrie légale", "Lavigne forensic unit"]))
    chef = staff(c, lang, "chef")
    vc = vcard_bytes(new.given, new.surname, tel=[("WORK", "819-555-01%02d" % c.randint(0, 99)), ("FAX", "819-555-01%02d" % c.randint(0, 99))],
                     email=new.email, org="CHR Valbrume;Psychiatrie légale" if lang == "fr" else "Valbrume RHC;Forensic Psychiatry",
                     title=new.role, note=("Bureau L-2%02d" if lang == "fr" else "Office L-2%02d") % c.randint(0, 40))
    att = [{"name": "%s %s.vcf" % (new.given, new.surname), "ctype": "text/x-vcard", "charset": "utf-8", "data": vc, "cte": c.pick(["base64", "quoted-printable"])}]
    if lang == "fr":
        body = ["Bonjour à tous,", "Veuillez accueillir %s %s, %s, qui se joint à l'équipe de psychiatrie légale à compter du %s. "
                "Ses coordonnées sont jointes (fiche contact)." % (new.title or "", _n(new), new.role, d_fr(plus(env, 7), "long")),
                "%s participera aux évaluations d'aptitude et aux rapports pour la Commission d'examen." % new.given, sig(chef, c, "fr")]
        subj = "Bienvenue – %s" % _n(new)
    else:
        body = ["Hi all,", "Please welcome %s, %s, joining the forensic team on %s. Contact card attached." % (_n(new), new.role, d_en(plus(env, 7), "long")),
                "%s will be involved in fitness assessments and Review Board reports." % new.given, sig(chef, c, "en")]
        subj = "Welcome – %s" % _n(new)
    return spec(c, lang, "staff_vcard", "new staff contact card" if lang == "en" else "fiche contact d'un nouvel employé",
                (disp(chef, c, lang), chef.email), [("Psychiatrie légale" if lang == "fr" else "Forensic Program", "forensic.team@" + DOM)],
                subj.replace("  ", " "), body, env.date, attachments=att)


def phishing_report(c, env, lang):
    emp = staff(c, lang, c.pick(["inf", "agad", "ts"]))
    sec = ("Sécurité de l'information" if lang == "fr" else "Information Security", "securite.ti@" + DOM)
    fake = ("Service de paie" if lang == "fr" else "Payroll Service", "paie-update@secure-login.example")
    if lang == "fr":
        inner = ["Cher employé,", "Votre dépôt direct sera suspendu. Veuillez confirmer vos informations bancaires d'ici 24 h au lien suivant : http://portail-paie.secure-login.example/confirmer",
                 "Service de paie"]
        sub = "URGENT : mise à jour de votre dépôt direct"
        body = ["Bonjour,", "Je vous transmets ce courriel suspect reçu ce matin (je n'ai pas cliqué sur le lien).", ("sig", [_n(emp), emp.role])]
    else:
        inner = ["Dear employee,", "Your direct deposit will be suspended. Confirm your banking details within 24 hours: http://payroll-portal.secure-login.example/confirm",
                 "Payroll Service"]
        sub = "URGENT: update your direct deposit"
        body = ["Hi,", "Forwarding this suspicious e-mail I received this morning (did not click the link).", ("sig", [_n(emp), emp.role])]
    ns = nested(c, lang, fake, [(_n(emp), emp.email)], sub, inner, earlier(env.date, c, (1, 5)))
    att = [{"name": sub.replace(":", "") + ".eml", "ctype": "message/rfc822", "eml": ns, "as_octet": c.chance(0.3)}]
    return spec(c, lang, "phishing_report", "signalement d'hameçonnage" if lang == "fr" else "phishing report", (disp(emp, c, lang), emp.email),
                [sec], ("Courriel suspect : " if lang == "fr" else "Suspicious e-mail: ") + sub, body, env.date, attachments=att)


def benefits(c, env, lang):
    hr = staff(c, lang, "rh")
    emp = staff(c, lang, "inf")
    dob = c.dob(24, 58)
    kid = plus(env, -c.randint(10, 60))
    if lang == "fr":
        rows = [["Employée", _n(emp), d_fr(dob, "iso"), "adhérente"], ["Conjoint", "%s %s" % (c.staff("fr").given, emp.surname), d_fr(c.dob(24, 58), "iso"), "personne à charge"],
                ["Enfant", "%s %s" % (c.pick(["Léo", "Mia", "Zoé"]), emp.surname), d_fr(kid, "iso"), "personne à charge"]]
        body = ["Bonjour %s," % emp.given, "Votre changement de protection (ajout d'une personne à charge suite à une naissance) est enregistré à l'assurance collective :",
                ("table", ["Lien", "Nom", "Date de naissance", "Statut"], rows), "Protection familiale en vigueur le %s. Matricule %d." % (d_fr(plus(env, 14), "long"), c.randint(100000, 999999)),
                sig(hr, c, "fr")]
        subj = "Assurance collective – changement de protection"
    else:
        rows = [["Employee", _n(emp), d_en(dob, "iso"), "member"], ["Spouse", "%s %s" % (c.staff("en").given, emp.surname), d_en(c.dob(24, 58), "iso"), "dependant"],
                ["Child", "%s %s" % (c.pick(["Leo", "Mia", "Zoe"]), emp.surname), d_en(kid, "iso"), "dependant"]]
        body = ["Hi %s," % emp.given, "Your group benefits change (new dependant after a birth) has been recorded:", ("table", ["Relationship", "Name", "Date of birth", "Status"], rows),
                "Family coverage effective %s. Employee #%d." % (d_en(plus(env, 14), "long"), c.randint(100000, 999999)), sig(hr, c, "en")]
        subj = "Group benefits – coverage change"
    return spec(c, lang, "benefits", "changement d'assurance collective d'une employée" if lang == "fr" else "employee benefits change",
                (disp(hr, c, lang), hr.email), [(disp(emp, c, lang), emp.email)], subj, body, env.date)


def social_event(c, env, lang):
    org = staff(c, lang, c.pick(["inf", "agad", "ergo"]))
    d = plus(env, c.randint(7, 30))
    if lang == "fr":
        body = ["Bonjour tout le monde!", "Le comité social organise le 5 à 7 de fin d'été de la psychiatrie %s au bistro La Vigie (%s). Bouchées offertes, "
                "tirage de prix de présence." % (day_fr(d), "12, rue du Port, Valbrume"),
                "On souligne aussi le départ à la retraite de %s après 32 ans à l'urgence psychiatrique et l'anniversaire de %s (50 ans le %s!)." %
                (_n(c.staff("fr")), _n(c.staff("fr")), d_fr(d, "long")), "Réponse avant vendredi svp.", ("sig", [_n(org), "Comité social"])]
        subj = "5 à 7 de la psychiatrie – %s" % d_fr(d, "iso")
    else:
        body = ["Hi everyone!", "The social committee is hosting the psychiatry end-of-summer get-together %s at The Lookout pub (12 Harbour St). Appetizers and door prizes." % day_en(d),
                "We're also celebrating %s's retirement after 32 years in ER psychiatry and %s's 50th birthday (on %s)!" % (_n(c.staff("en")), _n(c.staff("en")), d_en(d, "long")),
                "RSVP by Friday please.", ("sig", [_n(org), "Social Committee"])]
        subj = "Psychiatry get-together – %s" % d_en(d, "iso")
    return spec(c, lang, "social_event", "activité sociale du personnel" if lang == "fr" else "staff social event", (disp(org, c, lang), org.email),
                [("Département de psychiatrie" if lang == "fr" else "Department of Psychiatry", "dept.psychiatry@" + DOM)], subj, body, env.date,
                transport={"body": c.pick(["html", "alt"])})


def room_booking(c, env, lang):
    co = staff(c, lang, "coord")
    s = at(env, c.randint(2, 14), c.pick([9, 13, 14]), 0)
    if lang == "fr":
        summ, desc, loc = "Réunion clinique hebdomadaire – psychiatrie légale", "Revue des dossiers (ordre du jour à venir). Lien Teams dans l'invitation.", "Salle L-010"
        body = ["Bonjour,", "Invitation à la réunion clinique hebdomadaire; la salle L-010 est réservée jusqu'en décembre.", sig(co, c, "fr")]
        subj = "Invitation : réunion clinique hebdomadaire"
    else:
        summ, desc, loc = "Weekly forensic clinical meeting", "Case review (agenda to follow). Teams link included.", "Room L-010"
        body = ["Hi,", "Invitation for the weekly clinical meeting; L-010 is booked through December.", sig(co, c, "en")]
        subj = "Invitation: weekly forensic clinical meeting"
    ics = ics_bytes("weekly-%d@%s" % (c.randint(1000, 9999), DOM), s, s + datetime.timedelta(hours=1), summ, desc, loc, (_n(co), co.email),
                    attendees=[(_n(staff(c, lang, "psy")), "psy.team@" + DOM)])
    att = [{"name": "invite.ics", "ctype": "text/calendar", "method": "REQUEST", "charset": "UTF-8", "data": ics, "cte": c.pick(["base64", "8bit", "quoted-printable"])}]
    return spec(c, lang, "room_booking", "invitation de réunion" if lang == "fr" else "meeting invitation", (disp(co, c, lang), co.email),
                [("Psychiatrie légale" if lang == "fr" else "Forensic Program", "forensic.team@" + DOM)], subj, body, env.date, attachments=att)


def _bind(fn, lang):
    def t(c, env):
        return fn(c, env, lang)
    t.__name__ = fn.__name__ + "_" + lang
    return t


TEMPLATES_FR = [_bind(f, "fr") for f in (staff_vcard, phishing_report, benefits, social_event, room_booking)]
TEMPLATES_EN = [_bind(f, "en") for f in (staff_vcard, phishing_report, benefits, social_event, room_booking)]
