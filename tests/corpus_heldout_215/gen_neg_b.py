# -*- coding: utf-8 -*-
"""Negative templates, part B: clinical-sounding but non-identifying mail."""
import datetime as dt

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_build import signature, html_table, text_table
from gen_neg_a import greet, TEAM

ALL = "tous@" + C.DOMAIN


def n_newsletter(x):
    r, L = x.r, x.L
    ed = x.staff("F")
    d1, d2, d3 = x.staff("F"), x.staff(), x.staff("F")
    m = x.msg("newsletter", L("bulletin d'information de la clinique", "clinic newsletter"))
    m.frm = (L("Bulletin SPSC", "WOC Bulletin"), "bulletin.spsc@" + C.DOMAIN)
    m.to = [(L("Tout le personnel", "All staff"), ALL)]
    no = r.randint(12, 48)
    m.subject = L("Le Pansement - bulletin n° %d" % no, "The Dressing Room - issue %d" % no)
    secs = [
        (L("Journée mondiale des personnes stomisées", "World Ostomy Day"),
         L("Le 3 octobre, kiosque au hall principal avec %s (stomothérapeute) et l'association des personnes stomisées de la région."
           % C.dr(d1, "fr").replace("Dre ", "Mme ").replace("Dr ", "M. "),
           "On October 3, a booth in the main lobby with %s (NSWOC) and the regional ostomy association." % d1.full)),
        (L("Conférence midi", "Lunch talk"),
         L("%s, chirurgienne colorectale, présentera « Hernie parastomiale : prévenir plutôt que réparer ». "
           "%s parlera ensuite des ulcères du pied diabétique et de l'ostéomyélite." % (C.dr(d3, "fr"), C.dr(d2, "fr")),
           "%s, colorectal surgeon, will present 'Parastomal hernia: prevent rather than repair'. "
           "%s will then discuss diabetic foot ulcers and osteomyelitis." % (C.dr(d3, "en"), C.dr(d2, "en")))),
        (L("En chiffres", "By the numbers"),
         L("Prévalence des lésions de pression acquises à l'hôpital : %d,%d %% (cible < 5 %%). Merci aux unités 3 Sud et 4 Nord!"
           % (r.randint(3, 7), r.randint(0, 9)),
           "Hospital-acquired pressure injury prevalence: %d.%d%% (target < 5%%). Thanks to units 3 South and 4 North!"
           % (r.randint(3, 7), r.randint(0, 9)))),
        (L("Félicitations", "Congratulations"),
         L("Bravo à %s, qui a obtenu sa certification en soins de plaies." % x.staff().full,
           "Congratulations to %s, who earned wound care certification." % x.staff().full)),
    ]
    r.shuffle(secs)
    txt = [L("LE PANSEMENT - bulletin de la clinique SPSC", "THE DRESSING ROOM - WOC clinic newsletter"), ""]
    for h, b in secs:
        txt += ["== %s ==" % h, b, ""]
    txt += [L("Pour vous désabonner, écrivez à bulletin.spsc@%s." % C.DOMAIN, "To unsubscribe, write to bulletin.spsc@%s." % C.DOMAIN)]
    m.text = "\n".join(txt)
    m.html = ("<html><body style=\"font-family:Georgia\"><h1>%s</h1>\n" % txt[0] +
              "\n".join("<h2>%s</h2><p>%s</p>" % (h, b) for h, b in secs) + "<p><small>%s</small></p></body></html>\n" % txt[-1])
    m.tx["body"] = r.choice(["html", "alt"])
    return m


def n_conference(x):
    r, L = x.r, x.L
    org = x.staff("F")
    sp = [x.staff() for _ in range(5)]
    m = x.msg("conference", L("programme de colloque régional", "regional conference programme"))
    m.frm = (org.full, C.staff_email(org))
    m.to = [(L("Tout le personnel", "All staff"), ALL)]
    topics = L(["Plaies chroniques : quand biopsier?", "Ulcère veineux et compression : les données 2024",
                "Iléostomie à haut débit : prise en charge nutritionnelle", "Incontinence fécale après accouchement",
                "Dermite associée à l'incontinence en CHSLD", "Pied diabétique : décharge et ostéomyélite"],
               ["Chronic wounds: when to biopsy?", "Venous ulcers and compression: 2024 evidence",
                "High-output ileostomy: nutrition management", "Faecal incontinence after childbirth",
                "Incontinence-associated dermatitis in long-term care", "Diabetic foot: offloading and osteomyelitis"])
    r.shuffle(topics)
    lines = []
    for k, s in enumerate(sp):
        lines.append("%02d:%s  %s - %s" % (8 + k, r.choice(["00", "30"]), C.dr(s, x.lang), topics[k]))
    d = x.date.date() + dt.timedelta(days=r.randint(20, 70))
    title = L("Colloque régional en soins de plaies et stomothérapie", "Regional wound and ostomy care conference")
    pdf = A.make_pdf(title, [C.fmt_date(d, "fr_long" if x.lang == "fr" else "en_long"), C.SITES[0][0] + L(", auditorium", ", auditorium"), ""] +
                     lines + ["", L("Inscription : 40 $ (gratuit pour le personnel)", "Registration: $40 (free for staff)")])
    m.attach(pdf, "application/pdf", L("programme_colloque.pdf", "conference_programme.pdf"))
    m.subject = title
    m.text = "\n".join([greet(x), "", L("Le programme du colloque est joint. Places limitées.", "The programme is attached. Seats are limited."),
                        "", signature(org, x.lang, K.role("cns", org, x.lang))])
    return m


def n_committee(x):
    r, L = x.r, x.L
    ch = x.staff("F")
    m = x.msg("committee", L("convocation au comité de prévention des plaies", "wound prevention committee notice"))
    m.frm = (ch.full, C.staff_email(ch))
    m.to = [(L("Membres du comité", "Committee members"), "comite.plaies@" + C.DOMAIN)]
    d = x.date.date() + dt.timedelta(days=r.randint(5, 20))
    members = [C.dr(x.staff(), x.lang), "Mme " + x.staff("F").full if x.lang == "fr" else "Ms. " + x.staff("F").full,
               "M. " + x.staff("M").full if x.lang == "fr" else "Mr. " + x.staff("M").full]
    agenda = L(["Adoption du procès-verbal", "Indicateurs : lésions de pression T2 (agrégés)", "Révision du protocole de DAI",
                "Évaluation des matelas thérapeutiques", "Varia"],
               ["Approval of minutes", "Indicators: Q2 pressure injuries (aggregate)", "IAD protocol revision",
                "Therapeutic mattress evaluation", "Other business"])
    m.subject = L("Convocation - Comité de prévention des plaies - %s" % C.fmt_date(d, "iso"),
                  "Notice - Wound prevention committee - %s" % C.fmt_date(d, "iso"))
    doc = A.make_docx(L("Ordre du jour", "Agenda"), [L("Date : ", "Date: ") + C.fmt_date(d, "iso") + " 13:30", L("Salle B-214", "Room B-214"),
                                                     "## " + L("Points", "Items")] + ["%d. %s" % (k + 1, a) for k, a in enumerate(agenda)] +
                      ["## " + L("Invités", "Guests")] + members, author=ch.full)
    m.attach(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", L("ODJ_comite_plaies.docx", "agenda_wound_committee.docx"))
    m.text = "\n".join([greet(x), "", L("Vous êtes convoqués à la prochaine rencontre. L'ordre du jour est joint.",
                                        "You are invited to the next meeting. Agenda attached."), "",
                        signature(ch, x.lang, K.role("cns", ch, x.lang), confid=r.random() < 0.5)])
    return m


def n_minutes(x):
    r, L = x.r, x.L
    sec = x.staff("F")
    m = x.msg("minutes", L("procès-verbal avec indicateurs agrégés", "minutes with aggregate indicators"))
    m.frm = (sec.full, C.staff_email(sec))
    m.to = [(L("Membres du comité", "Committee members"), "comite.plaies@" + C.DOMAIN)]
    a, b, c = r.randint(8, 20), r.randint(1, 5), r.randint(0, 3)
    m.subject = L("Procès-verbal - comité du %s" % C.fmt_date(x.date.date() - dt.timedelta(days=3), "iso"),
                  "Minutes - committee of %s" % C.fmt_date(x.date.date() - dt.timedelta(days=3), "iso"))
    m.text = "\n".join([L("Présents : ", "Present: ") + ", ".join(x.staff().full for _ in range(4)), "",
                        L("1. Indicateurs : %d lésions de pression acquises au trimestre, dont %d de stade 3 et %d de stade 4. "
                          "Aucune donnée nominative n'est présentée." % (a, b, c),
                          "1. Indicators: %d hospital-acquired pressure injuries this quarter, %d stage 3 and %d stage 4. "
                          "No identifying data presented." % (a, b, c)),
                        L("2. Stomies : délai moyen de première visite post-op de %d,%d jours." % (r.randint(1, 3), r.randint(0, 9)),
                          "2. Ostomies: mean time to first post-op visit %d.%d days." % (r.randint(1, 3), r.randint(0, 9))),
                        L("3. %s présentera l'audit des culottes d'incontinence en janvier." % C.dr(x.staff(), "fr"),
                          "3. %s will present the incontinence brief audit in January." % C.dr(x.staff(), "en")),
                        "", sec.full])
    return m


def n_stats(x):
    r, L = x.r, x.L
    an = x.staff()
    m = x.msg("statistics", L("statistiques agrégées d'activité", "aggregate activity statistics"))
    m.frm = (an.full, C.staff_email(an))
    m.to = [(x.staff("F").full, "gestion.spsc@" + C.DOMAIN)]
    units = ["3 Sud", "4 Nord", "USI", "CHSLD Les Bouleaux", "Clinique externe"] if x.lang == "fr" else ["3 South", "4 North", "ICU", "CHSLD Les Bouleaux", "Outpatient clinic"]
    rows = [[L("Unité", "Unit"), L("Consultations", "Consults"), L("Nouvelles stomies", "New ostomies"), L("LP acquises", "HAPI"), L("Prévalence (%)", "Prevalence (%)")]]
    for u in units:
        rows.append([u, r.randint(20, 180), r.randint(0, 14), r.randint(0, 9), round(r.uniform(0.5, 9.5), 1)])
    q = r.randint(1, 4)
    m.subject = L("Statistiques SPSC - T%d" % q, "WOC statistics - Q%d" % q)
    if r.random() < 0.5:
        m.attach(A.make_xlsx([("T%d" % q, rows)], author=an.full), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 L("stats_SPSC_T%d.xlsx" % q, "WOC_stats_Q%d.xlsx" % q))
        m.text = "\n".join([greet(x, group=False), "", L("Tableau trimestriel en pièce jointe (données agrégées).", "Quarterly table attached (aggregate data)."), "", an.full])
    else:
        m.text = "\n".join([greet(x, group=False), "", text_table(rows), "", L("Source : registre des consultations, données dénominalisées.",
                                                                   "Source: consult registry, de-identified."), an.full])
        m.html = "<html><body><p>%s</p>%s<p>%s</p></body></html>\n" % (greet(x, group=False), html_table(rows), an.full)
    return m


def n_teaching(x):
    r, L = x.r, x.L
    edu = x.staff("F")
    c = K.case(r)
    age = r.randint(45, 88)
    sx = r.choice(L(["Homme", "Femme"], ["Man", "Woman"]))
    m = x.msg("teaching_case", L("cas clinique dénominalisé pour l'enseignement", "de-identified teaching case"))
    m.frm = (edu.full, C.staff_email(edu))
    m.to = [(L("Stagiaires SPSC", "WOC students"), "stagiaires.spsc@" + C.DOMAIN)]
    lines = [L("Cas clinique n° %d (dénominalisé)" % r.randint(1, 30), "Teaching case #%d (de-identified)" % r.randint(1, 30)), "",
             L("%s de %d ans, %s." % (sx, age, K.pick(c, "dx", "fr")), "%s, %d, %s." % (sx, age, K.pick(c, "dx", "en"))),
             K.pick(c, "detail", x.lang) + "."]
    if c.get("lab"):
        lines.append(L("Bilan : ", "Work-up: ") + K.pick(c, "lab", x.lang))
    if c.get("med"):
        lines.append(L("Traitement : ", "Treatment: ") + K.pick(c, "med", x.lang))
    lines += ["", L("Questions :", "Questions:"), L("1. Quels facteurs nuisent à la cicatrisation?", "1. Which factors impair healing?"),
              L("2. Proposez un plan de traitement local.", "2. Propose a local treatment plan."),
              L("3. Quand référer au médecin?", "3. When should you refer to the physician?")]
    m.subject = L("Cas clinique pour l'atelier de jeudi", "Teaching case for Thursday's workshop")
    if r.random() < 0.4:
        m.attach(A.make_pdf(L("Atelier - cas clinique", "Workshop - case study"), lines), "application/pdf", L("cas_clinique.pdf", "case_study.pdf"))
        m.text = "\n".join([greet(x), "", L("Lisez le cas joint avant l'atelier.", "Please read the attached case before the workshop."), "", edu.full])
    else:
        m.text = "\n".join([greet(x), ""] + lines + ["", edu.full])
    return m


def n_blank_form(x):
    r, L = x.r, x.L
    ag = x.staff("F")
    m = x.msg("blank_form", L("formulaire vierge de demande de consultation", "blank consultation request form"))
    m.frm = (ag.full, C.staff_email(ag))
    m.to = [(L("Secrétariats des GMF", "FMG front desks"), "secretariats@gmf-lac-brunelle.example")]
    fields = L(["Nom de l'usager : ______________________", "Date de naissance (AAAA-MM-JJ) : ____-__-__   Sexe : F [ ] M [ ]",
                "NAM : ____ ____ ____   Exp. : __/__", "N° de dossier : __________", "Adresse : _______________________",
                "Téléphone : (___) ___-____", "Motif : [ ] plaie chronique  [ ] stomie  [ ] incontinence  [ ] autre",
                "Médication pertinente : ______________", "Signature du prescripteur : __________  Permis : _____"],
               ["Patient name: ______________________", "Date of birth (YYYY-MM-DD): ____-__-__   Sex: F [ ] M [ ]",
                "Health card (RAMQ): ____ ____ ____   Exp.: __/__", "Chart no.: __________", "Address: _______________________",
                "Phone: (___) ___-____", "Reason: [ ] chronic wound  [ ] ostomy  [ ] incontinence  [ ] other",
                "Relevant medication: ______________", "Prescriber signature: __________  Licence: _____"])
    kind = r.choice(["pdf", "docx"])
    title = L("Demande de consultation - Clinique SPSC (formulaire AH-SPSC-01)", "Consultation request - WOC clinic (form AH-SPSC-01)")
    if kind == "pdf":
        m.attach(A.make_pdf(title, fields + ["", L("Télécopier au ", "Fax to ") + C.CLINIC_FAX]), "application/pdf", "AH-SPSC-01.pdf")
    else:
        m.attach(A.make_docx(title, fields), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "AH-SPSC-01.docx")
    m.subject = L("Nouveau formulaire de demande SPSC", "New WOC referral form")
    m.text = "\n".join([greet(x, group=False), "", L("Veuillez utiliser le nouveau formulaire ci-joint à partir du 1er du mois. L'ancien sera refusé.",
                                        "Please use the attached new form starting on the 1st. The old version will be returned."),
                        "", signature(ag, x.lang, K.role("clerk", ag, x.lang), site=0)])
    return m


def n_template(x):
    r, L = x.r, x.L
    ag = x.staff("F")
    m = x.msg("mail_merge_template", L("gabarit de publipostage pour rappels de rendez-vous", "mail-merge template for appointment reminders"))
    m.frm = (ag.full, C.staff_email(ag))
    m.to = [(x.staff().full, "soutien.ti@" + C.DOMAIN)]
    style = r.choice(["braces", "guillemets", "percent"])
    f = {"braces": lambda k: "{{%s}}" % k, "guillemets": lambda k: "«%s»" % k, "percent": lambda k: "%%%s%%" % k}[style]
    body = L(["Bonjour %s %s %s," % (f("CIVILITE"), f("PRENOM"), f("NOM")), "",
              "Nous vous rappelons votre rendez-vous à la clinique SPSC le %s à %s (%s)." % (f("DATE_RV"), f("HEURE_RV"), f("SITE")),
              "Motif : %s" % f("MOTIF"), "Votre numéro de dossier : %s" % f("NO_DOSSIER"),
              "Pour annuler : 450 555-0100."],
             ["Dear %s %s %s," % (f("TITLE"), f("FIRST_NAME"), f("LAST_NAME")), "",
              "This is a reminder of your WOC clinic appointment on %s at %s (%s)." % (f("APPT_DATE"), f("APPT_TIME"), f("SITE")),
              "Reason: %s" % f("REASON"), "Your chart number: %s" % f("MRN"), "To cancel: 450 555-0100."])
    m.subject = L("Gabarit rappel RV - à intégrer", "Appointment reminder template - to load")
    m.text = "\n".join([greet(x, None, group=False), "", L("Voici le texte du rappel à charger dans le système d'envoi automatisé :",
                                              "Here is the reminder text to load into the automated sender:"), "", "-----"] + body +
                       ["-----", "", L("Les champs seront remplis à partir de l'agenda.", "Fields are filled from the scheduling system."), ag.given])
    if r.random() < 0.5:
        ics = A.make_ics("gabarit-rappel@" + C.DOMAIN, dt.datetime(2025, 1, 6, 9, 0), dt.datetime(2025, 1, 6, 9, 45),
                         "SPSC - " + f("NOM"), L("Rendez-vous : ", "Appointment: ") + f("MOTIF"), f("SITE"),
                         (ag.full, C.staff_email(ag)))
        m.attach(ics, "text/calendar", L("gabarit_rappel.ics", "reminder_template.ics"), text_charset="utf-8")
    return m


def n_physicians(x):
    r, L = x.r, x.L
    ag = x.staff("F")
    m = x.msg("physician_directory", L("liste des médecins répondants par spécialité", "on-call physician directory by specialty"))
    m.frm = (ag.full, C.staff_email(ag))
    m.to = [(L("Équipe SPSC", "WOC team"), TEAM)]
    specs = L([("chirurgie colorectale", "cancer colorectal, maladie de Crohn, colite ulcéreuse"),
               ("chirurgie vasculaire", "ischémie critique, ulcères artériels"),
               ("urologie", "rétention urinaire, vessie neurogène, urostomies"),
               ("dermatologie", "hidradénite suppurée, pyoderma gangrenosum"),
               ("médecine interne", "pied diabétique, ostéomyélite"),
               ("infectiologie", "SARM, infections de plaies")],
              [("colorectal surgery", "colorectal cancer, Crohn's disease, ulcerative colitis"),
               ("vascular surgery", "critical limb ischaemia, arterial ulcers"),
               ("urology", "urinary retention, neurogenic bladder, urostomies"),
               ("dermatology", "hidradenitis suppurativa, pyoderma gangrenosum"),
               ("internal medicine", "diabetic foot, osteomyelitis"),
               ("infectious diseases", "MRSA, wound infections")])
    rows = [[L("Médecin", "Physician"), L("Spécialité", "Specialty"), L("Pathologies", "Conditions"), L("Poste", "Ext.")]]
    for s, dz in specs:
        rows.append([C.dr(x.staff(), x.lang), s, dz, str(r.randint(2000, 2999))])
    m.subject = L("Médecins répondants - mise à jour", "Physician contacts - update")
    m.text = "\n".join([greet(x), "", L("Liste à jour des médecins à contacter selon la pathologie :", "Updated list of physicians to contact by condition:"),
                        "", text_table(rows), "", signature(ag, x.lang, K.role("clerk", ag, x.lang))])
    if r.random() < 0.5:
        m.html = "<html><body><p>%s</p>%s</body></html>\n" % (greet(x), html_table(rows))
    return m


def n_research(x):
    r, L = x.r, x.L
    pi = x.staff("F")
    m = x.msg("research_protocol", L("résumé de protocole de recherche sans participants", "research protocol summary without participants"))
    m.frm = (C.dr(pi, x.lang), C.staff_email(pi))
    m.to = [(L("Comité d'éthique de la recherche", "Research ethics board"), "cer@" + C.DOMAIN)]
    code = "VDH-%d-%03d" % (x.date.year, r.randint(10, 250))
    lines = [L("Protocole %s - Pansement au miel médical vs hydrofibre dans l'ulcère veineux" % code,
               "Protocol %s - Medical honey vs hydrofiber dressing in venous leg ulcers" % code),
             L("Devis : ECR pragmatique, 2 bras, n = 120", "Design: pragmatic RCT, 2 arms, n = 120"),
             L("Inclusion : adultes, ulcère veineux > 4 semaines, IPSCB 0,8-1,3", "Inclusion: adults, venous ulcer > 4 weeks, ABPI 0.8-1.3"),
             L("Exclusion : diabète non contrôlé (HbA1c > 10 %), allergie au miel, grossesse", "Exclusion: uncontrolled diabetes (HbA1c > 10%), honey allergy, pregnancy"),
             L("Issue primaire : fermeture complète à 12 semaines", "Primary outcome: complete closure at 12 weeks"),
             L("Confidentialité : participants identifiés par code d'étude seulement (%s-001 à %s-120)." % (code, code),
               "Confidentiality: participants identified by study code only (%s-001 to %s-120)." % (code, code))]
    m.attach(A.make_docx(L("Résumé du protocole", "Protocol summary"), lines, author=pi.full),
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "protocole_%s.docx" % code)
    m.subject = L("Soumission %s - version 2" % code, "Submission %s - version 2" % code)
    m.text = "\n".join([greet(x, group=False), "", L("Veuillez trouver la version 2 du résumé, avec les corrections demandées.",
                                        "Please find version 2 of the summary with the requested changes."), "", C.dr(pi, x.lang),
                        L("Chercheuse principale", "Principal investigator")])
    return m


def n_policy(x):
    r, L = x.r, x.L
    cns = x.staff("F")
    c = K.case(r, r.choice(["iad", "pressure", "skin_tear", "ileo_high"]))
    m = x.msg("policy_update", L("mise à jour d'un protocole de soins", "care protocol update"))
    m.frm = (cns.full, C.staff_email(cns))
    m.to = [(L("Infirmières-chefs", "Nurse managers"), "chefs.unites@" + C.DOMAIN)]
    title = L("Protocole infirmier - ", "Nursing protocol - ") + K.pick(c, "dx", x.lang).split(",")[0]
    steps = [L("1. Évaluer le risque (échelle de Braden) à l'admission puis chaque semaine.", "1. Assess risk (Braden) on admission and weekly."),
             L("2. Appliquer le plan standard : ", "2. Apply standard plan: ") + K.pick(c, "plan", x.lang),
             L("3. Référer à la stomothérapeute si aucune amélioration en 14 jours.", "3. Refer to NSWOC if no improvement in 14 days."),
             L("4. Documenter au formulaire AH-SPSC-04.", "4. Document on form AH-SPSC-04.")]
    m.attach(A.make_pdf(title, steps), "application/pdf", L("protocole_v3.pdf", "protocol_v3.pdf"))
    m.subject = L("Nouveau protocole en vigueur", "Updated protocol in effect")
    m.text = "\n".join([greet(x), "", L("Le protocole révisé entre en vigueur lundi. Merci de le diffuser à vos équipes.",
                                        "The revised protocol takes effect Monday. Please share with your teams."), "",
                        signature(cns, x.lang, K.role("cns", cns, x.lang))])
    return m


def n_leaflet(x):
    r, L = x.r, x.L
    cns = x.staff("F")
    m = x.msg("education_leaflet", L("dépliant d'enseignement générique", "generic patient-education leaflet"))
    m.frm = (cns.full, C.staff_email(cns))
    m.to = [(L("Équipe SPSC", "WOC team"), TEAM)]
    topic = r.choice(L(["Vivre avec une iléostomie", "Prendre soin de sa colostomie", "Les exercices du plancher pelvien", "Prévenir les plaies de pression à domicile"],
                       ["Living with an ileostomy", "Caring for your colostomy", "Pelvic floor exercises", "Preventing pressure injuries at home"]))
    lines = [L("Ce dépliant s'adresse aux personnes qui ont une stomie ou des troubles de continence et à leurs proches.",
               "This leaflet is for people with an ostomy or continence problems and their families."),
             L("Buvez 2 à 3 litres par jour si votre iléostomie débite beaucoup.", "Drink 2 to 3 litres a day if your ileostomy output is high."),
             L("Appelez la clinique si la peau autour de la stomie est rouge ou si vous avez de la fièvre.", "Call the clinic if the skin around the stoma is red or you have a fever."),
             L("Clinique SPSC : 450 555-0100, du lundi au vendredi, 8 h à 16 h.", "WOC clinic: 450 555-0100, Monday to Friday, 8 am to 4 pm.")]
    m.attach(A.make_pdf(topic, lines), "application/pdf", C.fold(topic).replace(" ", "_") + ".pdf")
    m.subject = L("Dépliant à réviser : ", "Leaflet for review: ") + topic
    m.text = "\n".join([greet(x), "", L("Vos commentaires sur la nouvelle version d'ici vendredi SVP.", "Comments on the new version by Friday please."), cns.given])
    return m


def n_product_eval(x):
    r, L = x.r, x.L
    cns = x.staff("F")
    n = r.randint(18, 40)
    m = x.msg("product_evaluation", L("résultats agrégés d'essai de produits", "aggregate product trial results"))
    m.frm = (cns.full, C.staff_email(cns))
    m.to = [(L("Comité des produits", "Products committee"), "comite.produits@" + C.DOMAIN)]
    rows = [[L("Critère", "Criterion"), L("Mousse A", "Foam A"), L("Mousse B", "Foam B")],
            [L("Durée de port moyenne (jours)", "Mean wear time (days)"), round(r.uniform(2.5, 4.5), 1), round(r.uniform(2.5, 4.5), 1)],
            [L("Macération (%)", "Maceration (%)"), r.randint(5, 25), r.randint(5, 25)],
            [L("Douleur au retrait (0-10)", "Pain on removal (0-10)"), round(r.uniform(1, 4), 1), round(r.uniform(1, 4), 1)],
            [L("Coût par pansement ($)", "Cost per dressing ($)"), round(r.uniform(3, 9), 2), round(r.uniform(3, 9), 2)]]
    m.subject = L("Essai pansements mousse - résultats", "Foam dressing trial - results")
    m.text = "\n".join([greet(x), "", L("Essai terminé sur %d usagers (lésions de pression stade 2 et déchirures cutanées), données agrégées :" % n,
                                        "Trial completed on %d patients (stage 2 pressure injuries and skin tears), aggregate data:" % n),
                        "", text_table(rows), "", L("Recommandation : mousse B.", "Recommendation: foam B."), "",
                        signature(cns, x.lang, K.role("cns", cns, x.lang))])
    return m


NEG_B = [n_newsletter, n_conference, n_committee, n_minutes, n_stats, n_teaching, n_blank_form, n_template,
         n_physicians, n_research, n_policy, n_leaflet, n_product_eval]
