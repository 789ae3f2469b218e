"""Forwarded mail: a French patient's message forwarded inline or attached
(positive), and forwarded notices inline or as attached messages (negatives)."""
import gen_clin as K
import gen_common as C
import gen_mime as M
import gen_tpl as T


def patient_mail_fr(r, c):
    p = c.alloc.qc(r.random() < 0.5)
    b = K.bio_of(r)
    c.t("medication", "patient_name")
    c.rec("patient_name", p.surname)
    nurse = r.choice(C.NURSES)
    md = r.choice(C.PHYS)
    paddr = "%s.%s%d@%s" % (C.ascii_fold(p.given).lower(), C.ascii_fold(p.surname).lower(), r.randint(1, 99),
                            r.choice(["courriel.example", "mailbox.example", "webpost.example"]))
    msgs = ["J'ai de la fièvre depuis dimanche (38,4) et je tousse. Est-ce que je viens quand même pour ma perfusion jeudi?",
            "Mes genoux sont enflés encore et la prednisone est finie. Je n'arrive plus à descendre l'escalier.",
            "La pharmacie dit que mon assurance a refusé le %s. Qu'est-ce que je dois faire?" % b[1][0],
            "J'ai des aphtes dans la bouche depuis que la dose de méthotrexate a été augmentée."]
    msg = r.choice(msgs)
    sig = "%s %s" % (p.given, p.surname)
    if p.nam:
        sig += "\nNAM %s, née le %s (%s)" % (c.nam(p), c.dob(p), p.sex) if p.sex == "F" else \
               "\nNAM %s, né le %s (%s)" % (c.nam(p), c.dob(p), p.sex)
    elif r.random() < 0.6:
        sig += "\nTél. : " + c.phone(p)
    inner_text = "Bonjour,\n\n%s\n\nJe suis sous %s.\n\nMerci,\n%s" % (msg, K.bio_name(r, b), sig)
    subj = r.choice(["Question traitement", "perfusion jeudi", "Besoin d'aide svp", "médicament refusé"])
    sent = T.earlier(r, c.when, 2, 30)
    intro = ("%s\n\nJe te transfère ce message reçu sur la ligne infirmière. Je lui ai demandé d'attendre ton retour avant la "
             "prochaine dose.\n\n%s" % (T.greet(r, "fr", T.first(md)), T.first(nurse)))
    if r.random() < 0.5:
        body = intro + "\n\n" + T.fwd_block("fr", inner_text, (p.given + " " + p.surname, paddr), sent, subj,
                                            "Ligne infirmière rhumatologie <ligne.infirmiere@%s>" % C.ORG_DOMAIN)
        return T.spec("forwarded_patient_mail", "patient e-mail forwarded inline to physician", "TR: " + subj, T.who(nurse),
                      [T.who(md)], body, mode=r.choice(["plain", "alt"]))
    inner = {"key": "inner-" + paddr, "lang": "fr", "frm": (p.given + " " + p.surname, paddr),
             "to": [("Ligne infirmière rhumatologie", "ligne.infirmiere@" + C.ORG_DOMAIN)], "subject": subj, "date": sent,
             "text": inner_text, "mode": "plain"}
    return T.spec("forwarded_patient_mail", "patient e-mail forwarded as attached message", "TR: " + subj, T.who(nurse), [T.who(md)],
                  intro, attachments=[{"kind": "eml", "data": M.build(inner, r, nested=True), "filename": subj + ".eml"}])


def fwd_notice_fr(r, c):
    md = r.choice(C.PHYS)
    res = r.choice(C.RESIDENTS)
    sent = T.earlier(r, c.when, 24, 200)
    inner = r.choice([
        ("Webinaire — Vascularites à ANCA", "Formation continue", "formation@" + C.EXT["congress"][1],
         "Le Dr Karim Haddad et la Dre Anne-Marie Beaulieu animeront un webinaire sur les vascularites à ANCA et l'artérite à "
         "cellules géantes le %s à midi. Inscription gratuite pour les résidents." % C.long_date_fr(T.future(r, c.when, 10, 40))),
        ("Rappel : vaccination antigrippale du personnel", "Santé et sécurité au travail", "sst@" + C.ORG_DOMAIN,
         "La clinique de vaccination du personnel se tiendra du lundi au vendredi de 7 h à 16 h à la salle 1-020. Apportez votre carte d'employé."),
        ("Nouvelle ordonnance collective — infiltrations", "Direction des soins infirmiers", "dsi@" + C.ORG_DOMAIN,
         "L'ordonnance collective OC-RHU-07 (infiltration de corticostéroïdes au genou par l'infirmière praticienne) entre en vigueur le 1er du mois.")])
    body = "%s\n\nPour info — à voir avant la réunion de jeudi.\n\n%s" % (T.greet(r, "fr", T.first(res)), T.first(md))
    if r.random() < 0.5:
        body += "\n\n" + T.fwd_block("fr", inner[3], (inner[1], inner[2]), sent, inner[0], "Médecins rhumatologie <md.rhumato@%s>" % C.ORG_DOMAIN)
        return T.spec("forwarded_notice", "notice forwarded inline", "TR: " + inner[0], T.who(md), [T.who(res)], body)
    spec = {"key": "inner-notice-%d" % r.randint(0, 99999), "lang": "fr", "frm": (inner[1], inner[2]),
            "to": [("Médecins rhumatologie", "md.rhumato@" + C.ORG_DOMAIN)], "subject": inner[0], "date": sent,
            "text": inner[3] + "\n\n" + C.ORG_FR, "mode": r.choice(["plain", "alt"])}
    return T.spec("forwarded_notice", "notice forwarded as attached message", "TR: " + inner[0], T.who(md), [T.who(res)], body,
                  attachments=[{"kind": "eml", "data": M.build(spec, r, nested=True), "filename": inner[0] + ".eml"}])


def fwd_notice_en(r, c):
    mgr = "bergeron"
    sent = T.earlier(r, c.when, 24, 200)
    inner = r.choice([
        ("EMR downtime this weekend", "IT Service Desk", "servicedesk@" + C.ORG_DOMAIN,
         "The EMR will be unavailable Saturday 22:00 to Sunday 04:00. Use downtime forms; the read-only viewer remains available."),
        ("Reminder: staff flu clinic", "Employee Health", "employee.health@" + C.ORG_DOMAIN,
         "The staff flu clinic runs Monday to Friday, 07:00-16:00, room 1-020. Bring your staff ID."),
        ("Depo-Medrol supply update", "Pharmacy Purchasing", "purchasing.pharmacy@" + C.ORG_DOMAIN,
         "Methylprednisolone acetate 40 mg/mL supply is expected to normalize next month. Continue to use triamcinolone for elective injections.")])
    body = "Hi team,\n\nForwarding for awareness.\n\n%s" % C.signature(r, mgr, "en")
    if r.random() < 0.5:
        body += "\n\n" + T.fwd_block("en", inner[3], (inner[1], inner[2]), sent, inner[0], "Managers <managers@%s>" % C.ORG_DOMAIN)
        return T.spec("forwarded_notice", "notice forwarded inline", "Fwd: " + inner[0], T.who(mgr, "en"),
                      [("Infusion Team", "infusion.team@" + C.ORG_DOMAIN)], body)
    spec = {"key": "inner-notice-en-%d" % r.randint(0, 99999), "lang": "en", "frm": (inner[1], inner[2]),
            "to": [("Managers", "managers@" + C.ORG_DOMAIN)], "subject": inner[0], "date": sent, "text": inner[3], "mode": "plain"}
    return T.spec("forwarded_notice", "notice forwarded as attached message", "Fwd: " + inner[0], T.who(mgr, "en"),
                  [("Infusion Team", "infusion.team@" + C.ORG_DOMAIN)], body,
                  attachments=[{"kind": "eml", "data": M.build(spec, r, nested=True), "filename": inner[0] + ".eml"}])


POS_FR = [patient_mail_fr]
NEG_FR = [fwd_notice_fr]
NEG_EN = [fwd_notice_en]
