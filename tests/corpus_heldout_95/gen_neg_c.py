"""Negative scenarios, part C: templates with placeholders, staff social mail, infection control, staff reply
threads, physician bios, satisfaction surveys, staff calendar invitations and vCards, ZIP of policies, forwarded
notices, pharma rep visits, lost and found, physician coverage."""
import datetime as dt

from gen_attach import make_docx, make_ics, make_pdf, make_vcard, make_zip
from gen_common import d_lang
from gen_mime import Attachment, Mail, build, quote_block
from gen_neg_a import CLIN_KEYS, NURSE_KEYS, all_staff_to, neg
from gen_util import bye, fwd_header, greet, hhmm, later, msg_dt, quote_intro, when


# --------------------------------------------------------------------------
# 27. Templates with placeholders
# --------------------------------------------------------------------------

def template_placeholders(ctx, lang):
    s = ctx.st(ctx.pick(["pepin", "charest", "gosselin"]))
    date = msg_dt(ctx)
    ph = ctx.pick([("{{prenom}} {{nom}}", "{{date_rdv}}", "{{heure}}"), ("[PRÉNOM NOM]", "[DATE]", "[HEURE]"),
                   ("<<NomPatient>>", "<<DateRDV>>", "<<HeureRDV>>")])
    if lang == "fr":
        tpl = ("Bonjour %s,\n\nNous vous rappelons votre rendez-vous en ophtalmologie le %s à %s.\n"
               "Si vos pupilles doivent être dilatées, prévoyez un accompagnateur.\nPour annuler : 450-555-0110.\n\nClinique d'ophtalmologie" % ph)
        subj = ctx.pick(["Gabarit du rappel texto/courriel — à valider", "Nouveau modèle de rappel automatique", "Texte du rappel de RDV"])
        text = "%s\n\nVoici le gabarit proposé pour les rappels automatiques (les champs sont remplis par le système) :\n\n%s\n\n"\
               "Commentaires avant vendredi svp.\n\n%s" % (greet(ctx, lang), quote_block(tpl, "    "), s.signature(ctx, lang))
    else:
        tpl = ("Hello %s,\n\nThis is a reminder of your eye clinic appointment on %s at %s.\nTo cancel: 450-555-0110.\n\nEye Clinic" % ph)
        subj = "Reminder template — please review"
        text = "%s\n\nProposed automatic reminder template:\n\n%s\n\nComments by Friday please.\n\n%s" % (
            greet(ctx, lang), quote_block(tpl, "    "), s.signature(ctx, lang))
    mail = Mail(s.addr_hdr(), [ctx.st("bilodeau").addr_hdr(), ctx.st("charest").addr_hdr()], subj, text, lang, date=date)
    return neg("template_placeholders", mail, "reminder template with placeholders")


# --------------------------------------------------------------------------
# 28. Staff social
# --------------------------------------------------------------------------

def staff_social(ctx, lang):
    org = ctx.st(ctx.pick(["ferland", "kim", "gosselin", "nadon"]))
    hero = ctx.st(ctx.pick(["dionne", "marchand", "rioux", "lortie", "benali"]))
    date = msg_dt(ctx)
    day = later(ctx, date, 3, 20)
    if lang == "fr":
        subj, body = ctx.pick([
            ("5 à 7 — départ à la retraite %s" % ((("d'" if hero.given[0] in "AEIOUÉ" else "de ") + hero.full)),
             "Après 32 ans au service d'ophtalmologie, %s prend sa retraite ! 5 à 7 %s au Bistro du Parc. Contribution pour le cadeau : 10 $ auprès de %s." % (
                 hero.full, when(day, "fr"), org.given)),
            ("Dîner-partage de l'équipe", "Dîner-partage %s en salle 2-104. Inscrivez votre plat sur la feuille près du micro-ondes." % when(day, "fr")),
            ("Félicitations !", "Bravo à %s pour sa nomination au prix Reconnaissance de l'établissement !" % hero.full),
        ])
        text = "%s\n\n%s\n\n%s" % (greet(ctx, lang), body, org.given)
    else:
        subj, body = ctx.pick([
            ("Retirement party for %s" % hero.full, "%s retires after 32 years! Drinks %s at Bistro du Parc. $10 for the gift to %s." % (
                hero.full, when(day, "en"), org.given)),
            ("Team potluck", "Potluck %s in room 2-104." % when(day, "en")),
        ])
        text = "%s\n\n%s\n\n%s" % (greet(ctx, lang), body, org.given)
    mail = Mail(org.addr_hdr(), all_staff_to(ctx), subj, text, lang, date=date, mode=ctx.pick(["plain", "html", "alt"]))
    return neg("staff_social", mail, "staff social message")


# --------------------------------------------------------------------------
# 29. Infection control memo (aggregate)
# --------------------------------------------------------------------------

def infection_control(ctx, lang):
    date = msg_dt(ctx)
    n = ctx.randint(2, 6)
    if lang == "fr":
        kind = ctx.randint(0, 2)
        if kind == 0:
            subj = "Éclosion de conjonctivite adénovirale — mesures"
            body = ("%d cas de conjonctivite adénovirale ont été confirmés à la clinique externe cette semaine (données agrégées).\n\n"
                    "Mesures : désinfection des embouts de tonomètre à l'eau de Javel 1:10 entre chaque usager, gants pour l'examen des "
                    "cas suspects, exclusion du personnel symptomatique pendant 14 jours." % n)
        elif kind == 1:
            subj = "Rappel : désinfection des tonomètres et des verres de contact diagnostiques"
            body = ("L'audit du mois dernier montre que %d %% des embouts de tonomètre étaient désinfectés selon la procédure. "
                    "Rappel : trempage 10 minutes dans l'eau de Javel 1:10, rinçage, séchage à l'air." % ctx.randint(60, 90))
        else:
            subj = "Hygiène des mains — résultats du trimestre"
            body = ("Taux d'observance de l'hygiène des mains en ophtalmologie : %d %% (cible 80 %%). Bravo à l'équipe du bloc, "
                    "meilleur taux de l'établissement." % ctx.randint(70, 92))
        text = "%s\n\n%s\n\nPrévention et contrôle des infections\nPoste 3300" % (greet(ctx, lang), body)
    else:
        subj = "Adenoviral conjunctivitis outbreak — measures"
        text = ("%s\n\n%d confirmed cases of adenoviral conjunctivitis in the outpatient clinic this week (aggregate).\n\n"
                "Disinfect tonometer tips with 1:10 bleach between patients; symptomatic staff stay home 14 days.\n\nInfection Prevention and Control" % (greet(ctx, lang), n))
    mail = Mail(("PCI", "pci@hsl-sante.example"), all_staff_to(ctx), subj, text, lang, date=date)
    return neg("infection_control", mail, "infection control memo with aggregate counts")


# --------------------------------------------------------------------------
# 30. Staff reply thread (quoted history, staff names and clinical words)
# --------------------------------------------------------------------------

def staff_reply_thread(ctx, lang):
    a = ctx.st(ctx.pick(CLIN_KEYS))
    b = ctx.st(ctx.pick(["charest", "gosselin", "bilodeau"]))
    date = msg_dt(ctx)
    orig = date - dt.timedelta(hours=ctx.randint(2, 40))
    day = later(ctx, date, 3, 25)
    if lang == "fr":
        q = "\n".join([greet(ctx, lang, b.given), "",
                       ctx.pick(["Je serai en congrès le %s ; pouvez-vous annuler ma clinique de glaucome et redistribuer les plages ?",
                                 "Est-ce possible d'ajouter une demi-journée d'injections DMLA le %s ? La liste d'attente est longue.",
                                 "Je remplace la Dre Vachon en rétine le %s. J'aurai besoin d'une infirmière pour les IVT."]) % d_lang(day, "fr", 0),
                       "", a.given])
        top = ctx.pick(["C'est noté, je m'en occupe.", "OK, Nadia sera avec vous.", "Fait. Les patients seront avisés par le système de rappel."])
        subj = "RE: " + ctx.pick(["Clinique du %s" % d_lang(day, "fr", 1), "Absence", "Plages supplémentaires"])
    else:
        q = "\n".join([greet(ctx, lang, b.given), "",
                       ctx.pick(["I'll be at a meeting on %s; please cancel my glaucoma clinic.",
                                 "Could we add an extra AMD injection half-day on %s?"]) % d_lang(day, "en", 0), "", a.given])
        top = ctx.pick(["Noted, will do.", "Done — reminder system will notify the patients."])
        subj = "RE: " + ctx.pick(["Clinic on %s" % d_lang(day, "en", 1), "Extra slots"])
    text = "%s\n\n%s\n\n%s\n%s" % (top, b.signature(ctx, lang, ctx.pick([0, 3])), quote_intro(ctx, lang, a.full, orig), quote_block(q))
    mail = Mail(b.addr_hdr(), [a.addr_hdr()], subj, text, lang, date=date, in_reply_to="<%d@hsl-sante.example>" % ctx.randint(10 ** 6, 10 ** 7))
    return neg("staff_reply_thread", mail, "reply thread about physician schedules")


# --------------------------------------------------------------------------
# 31. Physician bios / credentialing
# --------------------------------------------------------------------------

def physician_bio(ctx, lang):
    s = ctx.st(ctx.pick(["bilodeau", "charest"]))
    date = msg_dt(ctx)
    docs = ctx.sample(CLIN_KEYS, 3)
    if lang == "fr":
        bios = ["%s — %s. %s" % (ctx.st(k).name("fr"), ctx.st(k).role_fr,
                                 ctx.pick(["Traite la DMLA, l'œdème maculaire diabétique et les occlusions veineuses.",
                                           "S'intéresse au glaucome congénital et aux chirurgies MIGS.",
                                           "Chirurgies de cataracte complexes et greffes de cornée DMEK.",
                                           "Strabisme, amblyopie et rétinopathie du prématuré.",
                                           "Névrites optiques, œdème papillaire et troubles du champ visuel."])) for k in docs]
        subj = ctx.pick(["Texte pour le site Web — nos médecins", "Bios des médecins pour la brochure"])
        text = "%s\n\nVoici les textes validés pour la section « Nos médecins » du site Web :\n\n%s\n\n%s" % (
            greet(ctx, lang), "\n\n".join(bios), s.signature(ctx, lang))
    else:
        bios = ["%s — %s. %s" % (ctx.st(k).name("en"), ctx.st(k).role_en,
                                 ctx.pick(["Treats AMD, diabetic macular edema and vein occlusions.", "Interested in MIGS and congenital glaucoma.",
                                           "Complex cataract and DMEK corneal transplants.", "Strabismus, amblyopia and ROP."])) for k in docs]
        subj = "Website text — our physicians"
        text = "%s\n\nApproved bios for the website:\n\n%s\n\n%s" % (greet(ctx, lang), "\n\n".join(bios), s.signature(ctx, lang))
    mail = Mail(s.addr_hdr(), [("Communications", "communications@hsl-sante.example")], subj, text, lang, date=date)
    return neg("physician_bio", mail, "physicians named with the diseases they treat")


# --------------------------------------------------------------------------
# 32. Patient satisfaction survey (aggregate)
# --------------------------------------------------------------------------

def satisfaction_survey(ctx, lang):
    q = ctx.st(ctx.pick(["bilodeau", "charest"]))
    date = msg_dt(ctx)
    n = ctx.randint(120, 900)
    if lang == "fr":
        subj = "Sondage de satisfaction — clinique d'ophtalmologie"
        text = ("%s\n\nRésultats du sondage (n = %d, réponses anonymes) :\n- Satisfaction globale : %d %%\n- Temps d'attente en salle jugé "
                "acceptable : %d %%\n- Explications sur les gouttes claires : %d %%\n\nCommentaires fréquents : « attente trop longue pour "
                "les injections », « personnel très gentil », « difficile de trouver le stationnement ».\n\n%s" % (
                    greet(ctx, lang), n, ctx.randint(80, 95), ctx.randint(40, 75), ctx.randint(70, 92), q.signature(ctx, lang)))
    else:
        subj = "Patient satisfaction survey — eye clinic"
        text = ("%s\n\nSurvey results (n = %d, anonymous): overall satisfaction %d%%, acceptable waiting time %d%%.\n"
                "Frequent comments: 'long wait for injections', 'very kind staff'.\n\n%s" % (
                    greet(ctx, lang), n, ctx.randint(80, 95), ctx.randint(40, 75), q.signature(ctx, lang)))
    mail = Mail(q.addr_hdr(), all_staff_to(ctx), subj, text, lang, date=date)
    return neg("satisfaction_survey", mail, "aggregate patient satisfaction survey")


# --------------------------------------------------------------------------
# 33. Staff meeting invitation (ICS)
# --------------------------------------------------------------------------

def staff_ics(ctx, lang):
    org = ctx.st(ctx.pick(["charest", "bilodeau", "vachon"]))
    date = msg_dt(ctx)
    day = later(ctx, date, 2, 30)
    start = dt.datetime(day.year, day.month, day.day, ctx.randint(7, 16), ctx.pick([0, 30]))
    end = start + dt.timedelta(minutes=ctx.pick([30, 60, 90]))
    att_keys = ctx.sample(CLIN_KEYS + NURSE_KEYS, 4)
    if lang == "fr":
        summ = ctx.pick(["Réunion du service d'ophtalmologie", "Club de lecture rétine", "Comité des injections intravitréennes",
                         "Revue de morbidité (cas anonymisés)"])
        desc = "Ordre du jour à venir. Lien Teams dans l'invitation."
        loc = "Salle A-412 / Teams"
        text = "%s\n\nInvitation : %s, %s.\n\n%s" % (greet(ctx, lang), summ, when(day, "fr"), org.signature(ctx, lang, 0))
    else:
        summ = ctx.pick(["Ophthalmology department meeting", "Retina journal club", "M&M rounds (anonymised cases)"])
        desc = "Agenda to follow. Teams link in the invitation."
        loc = "Room A-412 / Teams"
        text = "%s\n\nInvitation: %s, %s.\n\n%s" % (greet(ctx, lang), summ, when(day, "en"), org.signature(ctx, lang, 0))
    ics = make_ics("%08x@hsl-sante.example" % ctx.randint(0, 2 ** 32 - 1), start, end, summ, desc, loc, (org.full, org.email),
                   [(ctx.st(k).full, ctx.st(k).email) for k in att_keys])
    mail = Mail(org.addr_hdr(), [ctx.st(k).addr_hdr() for k in att_keys], summ, text, lang,
                attachments=[Attachment("invite.ics", "text/calendar", ics, charset="utf-8", inline=ctx.chance(0.5))], date=date)
    return neg("staff_ics", mail, "staff meeting calendar invitation")


# --------------------------------------------------------------------------
# 34. vCard of a staff member / supplier rep
# --------------------------------------------------------------------------

def vcard_staff(ctx, lang):
    s = ctx.st(ctx.pick(["aubin", "charest", "gosselin"]))
    r = ctx.st(ctx.pick(["marchand", "dionne", "nadon"]))
    date = msg_dt(ctx)
    if ctx.chance(0.5):
        vc = make_vcard("Mathilde", "Quenneville", ("WORK,VOICE", "514-555-0183"), "m.quenneville@optilens.example", None,
                        "Représentante lentilles intraoculaires" if lang == "fr" else "IOL sales representative", None, "OptiLens Medical",
                        "Représentante" if lang == "fr" else "Representative")
        fn = "Mathilde Quenneville.vcf"
    else:
        o = ctx.st(ctx.pick(CLIN_KEYS))
        vc = make_vcard(o.given, o.surname, ("WORK,VOICE", o.tel), o.email, None, None, None, o.org_fr, o.role_fr)
        fn = "%s %s.vcf" % (o.given, o.surname)
    text = ("%s\n\nVoici la fiche contact demandée.\n\n%s" % (greet(ctx, lang, r.given), s.signature(ctx, lang, 0)) if lang == "fr" else
            "%s\n\nHere is the contact card you asked for.\n\n%s" % (greet(ctx, lang, r.given), s.signature(ctx, lang, 0)))
    mail = Mail(s.addr_hdr(), [r.addr_hdr()], "Contact" if lang == "en" else ctx.pick(["Coordonnées", "Fiche contact"]), text, lang,
                attachments=[Attachment(fn, "text/vcard", vc, charset="utf-8")], date=date)
    return neg("vcard_staff", mail, "business contact card")


# --------------------------------------------------------------------------
# 35. ZIP of policy documents
# --------------------------------------------------------------------------

def zip_policies(ctx, lang):
    s = ctx.st(ctx.pick(["charest", "bilodeau"]))
    date = msg_dt(ctx)
    if lang == "fr":
        docs = [("Procedure_IVT_v4.pdf", make_pdf("Procédure — injection intravitréenne", ["Vérifier deux identifiants.", "Antisepsie povidone 5 %.",
                                                                                           "Blépharostat stérile.", "Contrôle de la perception lumineuse."])),
                ("Politique_temps_d_arret.docx", make_docx("Politique — temps d'arrêt chirurgical", ["Le temps d'arrêt est obligatoire avant l'incision.",
                                                                                                       "Confirmer l'œil opéré et la puissance de la lentille."]))]
        subj = "Politiques et procédures révisées (zip)"
        text = "%s\n\nVous trouverez les documents révisés dans l'archive jointe. Lecture obligatoire avant le %s.\n\n%s" % (
            greet(ctx, lang), d_lang(later(ctx, date, 10, 30), "fr", 0), s.signature(ctx, lang))
        fn = "politiques_ophtalmo.zip"
    else:
        docs = [("IVT_procedure_v4.pdf", make_pdf("Procedure — intravitreal injection", ["Check two identifiers.", "5% povidone antisepsis."])),
                ("Time_out_policy.docx", make_docx("Policy — surgical time-out", ["Time-out is mandatory before incision."]))]
        subj = "Revised policies and procedures (zip)"
        text = "%s\n\nRevised documents in the attached archive.\n\n%s" % (greet(ctx, lang), s.signature(ctx, lang))
        fn = "eye_policies.zip"
    mail = Mail(s.addr_hdr(), all_staff_to(ctx), subj, text, lang, attachments=[Attachment(fn, "application/zip", make_zip(docs))], date=date)
    return neg("zip_policies", mail, "ZIP of policy documents")


# --------------------------------------------------------------------------
# 36. Forwarded notice as attached e-mail
# --------------------------------------------------------------------------

def eml_fwd_notice(ctx, lang):
    s = ctx.st(ctx.pick(["charest", "bilodeau", "vachon"]))
    date = msg_dt(ctx)
    orig = date - dt.timedelta(days=ctx.randint(1, 6))
    if lang == "fr":
        inner_text = ("Bonjour,\n\nÀ compter du %s, les demandes de consultation en ophtalmologie doivent passer par le CRDS "
                      "(formulaire AH-702). Les références par télécopieur direct ne seront plus acceptées.\n\nDirection des services professionnels"
                      % d_lang(later(ctx, orig, 10, 40), "fr", 0))
        inner_subj = "Changement — cheminement des références en ophtalmologie"
        outer = "%s\n\nPour votre information, voir le courriel ci-joint de la DSP.\n\n%s" % (greet(ctx, lang), s.signature(ctx, lang, 0))
        subj = "TR: " + inner_subj
    else:
        inner_text = "Hello,\n\nStarting next month, ophthalmology consult requests must go through the CRDS.\n\nProfessional Services"
        inner_subj = "Change — ophthalmology referral pathway"
        outer = "%s\n\nFYI, see the attached message.\n\n%s" % (greet(ctx, lang), s.signature(ctx, lang, 0))
        subj = "Fwd: " + inner_subj
    inner = build(ctx, Mail(("DSP", "dsp@hsl-sante.example"), all_staff_to(ctx), inner_subj, inner_text, lang, date=orig), crlf=False)
    mail = Mail(s.addr_hdr(), [ctx.st(k).addr_hdr() for k in ("ouimet", "drolet")], subj, outer, lang,
                attachments=[Attachment(ctx.pick(["%s.eml" % inner_subj, None]), "message/rfc822", inner, eml=True)], date=date)
    return neg("eml_fwd_notice", mail, "administrative notice forwarded as attachment")


# --------------------------------------------------------------------------
# 37. Pharma rep visit
# --------------------------------------------------------------------------

def pharma_rep(ctx, lang):
    doc = ctx.st(ctx.pick(["vachon", "okafor", "benali"]))
    date = msg_dt(ctx)
    day = later(ctx, date, 3, 30)
    if lang == "fr":
        subj, what = ctx.pick([("Présentation — nouvelles données sur le faricimab",
                                "les données à 2 ans de l'étude d'extension dans l'OMD et la DMLA"),
                               ("Dîner-conférence : glaucome et observance",
                                "un court atelier sur l'observance des gouttes dans le glaucome"),
                               ("Nouveau dispositif d'implant à libération prolongée",
                                "le nouvel implant intracamérulaire de bimatoprost et ses critères de remboursement")])
        text = ("%s\n\nJ'aimerais vous présenter %s le %s, sur l'heure du dîner. Un repas sera servi à l'équipe.\n\n"
                "Mathilde Quenneville\nReprésentante, ophtalmologie\n514-555-0183" % (greet(ctx, lang, doc.name("fr")), what, when(day, "fr")))
    else:
        subj = "Lunch presentation — new faricimab data"
        text = "%s\n\nI would like to present 2-year extension data in DME and nAMD on %s over lunch.\n\nMathilde Quenneville\n514-555-0183" % (
            greet(ctx, lang, doc.name("en")), when(day, "en"))
    mail = Mail(("Mathilde Quenneville", "m.quenneville@pharmavision.example"), [doc.addr_hdr()], subj, text, lang, date=date)
    return neg("pharma_rep", mail, "pharmaceutical rep meeting request")


# --------------------------------------------------------------------------
# 38. Lost and found
# --------------------------------------------------------------------------

def lost_found(ctx, lang):
    s = ctx.st(ctx.pick(["morneau", "gosselin"]))
    date = msg_dt(ctx)
    item = ctx.pick(["une paire de lunettes à monture rouge", "un parapluie noir", "une canne blanche pliante", "un étui à lunettes en cuir"])
    text = "%s\n\nObjet trouvé dans la salle d'attente de la clinique ce matin : %s. Il est à la réception du 2e étage.\n\n%s" % (
        greet(ctx, lang), item, s.signature(ctx, lang, 0))
    mail = Mail(s.addr_hdr(), all_staff_to(ctx), "Objet trouvé", text, "fr", date=date)
    return neg("lost_found", mail, "lost and found notice")


# --------------------------------------------------------------------------
# 39. Physician coverage notice
# --------------------------------------------------------------------------

def coverage_notice(ctx, lang):
    a = ctx.st(ctx.pick(CLIN_KEYS))
    b = ctx.st(ctx.pick([k for k in CLIN_KEYS if k != a.key]))
    s = ctx.st(ctx.pick(["gosselin", "charest", "rioux"]))
    date = msg_dt(ctx)
    d1 = later(ctx, date, 3, 30)
    d2 = d1 + dt.timedelta(days=ctx.randint(3, 14))
    if lang == "fr":
        subj = ctx.pick(["Absence de %s" % a.name("fr"), "Couverture %s du %s au %s" % (a.surname, d_lang(d1, "fr", 2), d_lang(d2, "fr", 2))])
        text = ("%s\n\n%s sera absent(e) du %s au %s. %s assurera la couverture de ses patients (résultats, appels des pharmacies, "
                "urgences rétine et glaucome). Les injections de DMLA prévues seront maintenues avec %s.\n\n%s" % (
                    greet(ctx, lang), a.name("fr"), d_lang(d1, "fr", 0), d_lang(d2, "fr", 0), b.name("fr"), b.name("fr"), s.signature(ctx, lang)))
    else:
        subj = "Coverage: %s away %s-%s" % (a.name("en"), d_lang(d1, "en", 1), d_lang(d2, "en", 1))
        text = ("%s\n\n%s will be away from %s to %s. %s covers results, pharmacy calls and urgent retina/glaucoma issues.\n\n%s" % (
            greet(ctx, lang), a.name("en"), d_lang(d1, "en", 0), d_lang(d2, "en", 0), b.name("en"), s.signature(ctx, lang)))
    mail = Mail(s.addr_hdr(), all_staff_to(ctx) + [("Pharmacie", "pharmacie@hsl-sante.example")], subj, text, lang, date=date)
    return neg("coverage_notice", mail, "physician coverage notice")


SCENARIOS = {
    "template_placeholders": template_placeholders,
    "staff_social": staff_social,
    "infection_control": infection_control,
    "staff_reply_thread": staff_reply_thread,
    "physician_bio": physician_bio,
    "satisfaction_survey": satisfaction_survey,
    "staff_ics": staff_ics,
    "vcard_staff": vcard_staff,
    "zip_policies": zip_policies,
    "eml_fwd_notice": eml_fwd_notice,
    "pharma_rep": pharma_rep,
    "lost_found": lost_found,
    "coverage_notice": coverage_notice,
}
