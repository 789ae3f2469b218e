"""Negative (non-confidential) templates, part B: teaching cases, blank forms, mail-merge templates,
committee notices, drug shortages and recalls, research protocols, staff birthdays and baby news,
welcome messages with vCards, meeting threads, education sessions, expense claims, donor family
ceremonies, policy bundles and attached notices."""
import datetime

from gen_attach import docx_bytes, ics_bytes, pdf_bytes, vcf_bytes, xlsx_bytes, zip_bytes
from gen_common import (AGENCY, ORG_EN, ORG_FR, PROG_EN, PROG_FR, SITES, STAFF, fmt_day, staff_email, staff_name,
                        staff_role)
from gen_ctx import shared
from gen_mime import Att, Msg
from gen_neg_a import as_staff, luhn_serial, mailbox, mod97_lot, spaced
from gen_pos_a import sig_block


# ------------------------------------------------------------------ N14 de-identified teaching case
def n_teaching(ctx):
    fr = ctx.lang == "fr"
    md = ctx.staff(role="md")
    m = ctx.msg("teaching_case", False, ctx.t("cas clinique anonymisé pour l'enseignement", "de-identified teaching case"),
                sender=md, to=[mailbox("residents")])
    age = ctx.rng.randrange(28, 71)
    case = ctx.c(["bk", "rejection", "cmv", "tacro"])
    txt = {
        "bk": ctx.t("Homme de %d ans, greffé rénal il y a 8 mois (néphropathie diabétique). Créatinine passée de 120 à 190 µmol/L; PCR BK sanguine "
                    "45 000 copies/mL. Sous tacrolimus (C0 9,5), MMF 1 g BID, prednisone 5 mg." % age,
                    "A %d-year-old man, 8 months after kidney transplant (diabetic nephropathy). Creatinine up from 120 to 190 umol/L; plasma BK PCR "
                    "45,000 copies/mL. On tacrolimus (trough 9.5), MMF 1 g BID, prednisone 5 mg." % age),
        "rejection": ctx.t("Femme de %d ans, greffe rénale de donneur décédé, 2e greffe, cPRA 88 %%. À J+21, hausse de créatinine et DSA anti-DR53 "
                           "MFI 9000." % age,
                           "A %d-year-old woman, deceased-donor kidney, second graft, cPRA 88%%. On day 21, rising creatinine and anti-DR53 DSA MFI 9000." % age),
        "cmv": ctx.t("Patient de %d ans, greffe hépatique D+/R-, fin de prophylaxie au 3e mois. Fièvre, leucopénie, PCR CMV 120 000 UI/mL." % age,
                     "A %d-year-old liver recipient, D+/R-, prophylaxis ended at month 3. Fever, leukopenia, CMV PCR 120,000 IU/mL." % age),
        "tacro": ctx.t("Patiente de %d ans, greffée cardiaque, débute de la clarithromycine en pharmacie communautaire; C0 tacrolimus passe de 8 à 24." % age,
                       "A %d-year-old heart recipient started on clarithromycin at a community pharmacy; tacrolimus trough rose from 8 to 24." % age)}[case]
    m.subject = ctx.t("Cas de la semaine - club de lecture greffe", "Case of the week - transplant journal club")
    m.blocks = [ctx.t("Bonjour à tous, cas pour jeudi (anonymisé, dates décalées) :", "Hi all, case for Thursday (de-identified, dates shifted):"),
                txt, ("list", ctx.t(["Quel est votre diagnostic différentiel?", "Quelle modification de l'immunosuppression proposez-vous?",
                                     "Quel suivi virologique?"],
                                    ["What is your differential?", "How would you modify immunosuppression?", "What virological follow-up?"])),
                sig_block(ctx, md)]
    if ctx.chance(0.3):
        m.atts.append(Att(ctx.t("cas_clinique.docx", "teaching_case.docx"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                          docx_bytes(m.subject, [txt, ctx.t("Questions au verso.", "Questions overleaf.")])))
    return m


# ------------------------------------------------------------------ N15 blank form
def n_blank_form(ctx):
    fr = ctx.lang == "fr"
    coord = ctx.staff(role="coord")
    m = ctx.msg("blank_form", False, ctx.t("formulaire vierge de référence de donneur", "blank donor referral form"),
                sender=coord, to=[mailbox("soins.intensifs")])
    fields = ctx.t(["Nom du patient : ______________________", "NAM : ____ ____ ____", "Date de naissance (AAAA-MM-JJ) : ____-__-__",
                    "Sexe : [ ] F  [ ] M", "No de dossier : __________", "Diagnostic principal : ______________________",
                    "GCS : ___   Réflexes du tronc : [ ] présents [ ] absents", "Groupe sanguin : ____",
                    "Créatinine : _____ µmol/L   ALT : _____", "Médecin référent : ______________  Poste : _____"],
                   ["Patient name: ______________________", "Health card no.: ____ ____ ____", "Date of birth (YYYY-MM-DD): ____-__-__",
                    "Sex: [ ] F  [ ] M", "MRN: __________", "Primary diagnosis: ______________________",
                    "GCS: ___   Brainstem reflexes: [ ] present [ ] absent", "Blood group: ____",
                    "Creatinine: _____ umol/L   ALT: _____", "Referring physician: ______________  Ext.: _____"])
    title = ctx.t("Formulaire de référence - donneur potentiel (version %d.%d)" % (ctx.rng.randrange(2, 5), ctx.rng.randrange(0, 9)),
                  "Potential donor referral form (version %d.%d)" % (ctx.rng.randrange(2, 5), ctx.rng.randrange(0, 9)))
    m.subject = ctx.t("Nouveau formulaire de référence à utiliser", "New referral form to use")
    kind = ctx.c(["pdf", "docx", "inline"])
    if kind == "pdf":
        m.atts.append(Att(ctx.t("formulaire_référence_vierge.pdf", "referral_form_blank.pdf"), "application/pdf", pdf_bytes(title, fields)))
    elif kind == "docx":
        m.atts.append(Att(ctx.t("Formulaire_référence_donneur.docx", "Donor_referral_form.docx"),
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx_bytes(title, fields)))
    m.blocks = [ctx.t("Bonjour, merci d'utiliser dorénavant la nouvelle version du formulaire (l'ancienne est retirée de l'intranet).",
                      "Hello, please use the new version of the form from now on (the old one is removed from the intranet).")]
    if kind == "inline":
        m.blocks.append(("pre", title + "\n\n" + "\n".join(fields)))
    m.blocks.append(ctx.t("Appel obligatoire à %s : %s." % (AGENCY[0], AGENCY[2]), "Mandatory call to %s: %s." % (AGENCY[0], AGENCY[2])))
    m.blocks.append(sig_block(ctx, coord))
    return m


# ------------------------------------------------------------------ N16 mail-merge template
def n_mail_merge(ctx):
    fr = ctx.lang == "fr"
    sec = ctx.staff(role="sec")
    m = ctx.msg("mail_merge_template", False, ctx.t("gabarit de lettre de publipostage", "mail-merge letter template"),
                sender=sec, to=[mailbox("secretariat.greffe")])
    tpl_appt = ctx.t(["{{date_du_jour}}", "", "{{civilite}} {{prenom}} {{nom}}", "{{adresse_ligne1}}", "{{ville}} (Québec) {{code_postal}}", "",
                 "Objet : Rendez-vous en clinique de greffe", "", "{{civilite}} {{nom}},",
                 "Nous vous confirmons votre rendez-vous le {{date_rdv}} à {{heure_rdv}} avec {{medecin}}.",
                 "Présentez-vous à jeun au centre de prélèvements à 7 h 30 et apportez votre carte d'assurance maladie (NAM : {{nam}}).",
                 "Ne prenez pas votre {{immunosuppresseur}} avant la prise de sang.", "", "Le secrétariat de la clinique de greffe"],
                ["{{today}}", "", "{{title}} {{first_name}} {{last_name}}", "{{address1}}", "{{city}}, {{province}} {{postal_code}}", "",
                 "Re: Transplant clinic appointment", "", "Dear {{title}} {{last_name}},",
                 "This confirms your appointment on {{appt_date}} at {{appt_time}} with {{physician}}.",
                 "Please come fasting to the blood collection centre at 7:30 and bring your health card (no. {{health_card}}).",
                 "Do not take your {{immunosuppressant}} before the blood draw.", "", "Transplant Clinic Office"])
    tpl_list = ctx.t(["{{date_du_jour}}", "", "{{civilite}} {{nom}}", "", "Objet : Mise à jour annuelle - liste d'attente de greffe", "",
                      "Vous êtes inscrit(e) sur la liste d'attente depuis le {{date_inscription}}. Pour demeurer actif(ve), vous devez compléter "
                      "les examens suivants avant le {{date_limite}} : {{liste_examens}}.",
                      "Votre coordonnatrice, {{coordonnatrice}}, demeure disponible au {{telephone_coordo}}.", "", "{{signature}}"],
                     ["{{today}}", "", "Dear {{title}} {{last_name}},", "", "Re: Annual waiting list update", "",
                      "You have been on the transplant waiting list since {{listing_date}}. To remain active, please complete the following "
                      "tests before {{deadline}}: {{test_list}}.", "Your coordinator, {{coordinator}}, can be reached at {{coordinator_phone}}.",
                      "", "{{signature}}"])
    which = ctx.c(["appt", "list"])
    tpl = tpl_appt if which == "appt" else tpl_list
    m.subject = ctx.t("Gabarit lettre de convocation - à valider", "Appointment letter template - please review") if which == "appt" else \
        ctx.t("Gabarit - lettre annuelle liste d'attente", "Template - annual waitlist letter")
    m.blocks = [ctx.t("Voici le gabarit pour le publipostage (champs entre accolades). Commentaires avant vendredi svp.",
                      "Here is the mail-merge template (fields in braces). Comments by Friday please.")]
    if ctx.chance(0.5):
        m.atts.append(Att(ctx.t("gabarit_%s.docx" % which, "template_%s.docx" % which),
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                          docx_bytes(ctx.t("Gabarit", "Template"), tpl)))
    else:
        m.blocks.append(("pre", "\n".join(tpl)))
    m.blocks.append(("sig", [staff_name(sec, ctx.lang, False), staff_role(sec, ctx.lang)]))
    return m


# ------------------------------------------------------------------ N17 committee notice
def n_committee(ctx):
    fr = ctx.lang == "fr"
    chair = ctx.staff(role="md")
    sec = [s for s in STAFF if s[1] == "Turcotte"][0]
    m = ctx.msg("committee_notice", False, ctx.t("avis de convocation d'un comité", "committee meeting notice"),
                sender=sec, to=[mailbox("comite.don")])
    mem = ctx.staff(4, exclude=(chair[1], "Turcotte"))
    d = ctx.day(ctx.rng.randrange(5, 25))
    agenda = ctx.t(["Adoption du procès-verbal", "Indicateurs du trimestre (taux de référence aux SI : %d %%)" % ctx.rng.randrange(70, 98),
                    "Révision de la politique de don après décès cardiocirculatoire", "Audit des dossiers de décès (méthodologie)",
                    "Varia"],
                   ["Approval of minutes", "Quarterly indicators (ICU referral rate: %d%%)" % ctx.rng.randrange(70, 98),
                    "Review of the DCD policy", "Death record audit (methodology)", "Other business"])
    m.subject = ctx.t("Convocation - Comité de don d'organes et de tissus, %s" % fmt_day(d, "fr"),
                      "Notice - Organ and Tissue Donation Committee, %s" % fmt_day(d, "en"))
    members = ", ".join(staff_name(x, ctx.lang) for x in mem)
    m.blocks = [ctx.t("Mesdames, Messieurs,", "Dear members,"),
                ctx.t("Vous êtes convoqués à la réunion du comité présidée par %s, le %s de 12 h à 13 h 30, salle du conseil (%s)."
                      % (staff_name(chair, "fr"), fmt_day(d, "fr"), SITES[0][2]),
                      "You are invited to the committee meeting chaired by %s on %s, 12:00-13:30, boardroom (%s)."
                      % (staff_name(chair, "en"), fmt_day(d, "en"), SITES[0][2])),
                ("list", agenda), ctx.t("Membres : %s." % members, "Members: %s." % members),
                ("sig", [staff_name(sec, ctx.lang, False), staff_role(sec, ctx.lang), SITES[0][4]])]
    if ctx.chance(0.4):
        m.atts.append(Att(ctx.t("ordre_du_jour.docx", "agenda.docx"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                          docx_bytes(m.subject, agenda)))
    if ctx.chance(0.3):
        m.prefs["structure"] = "alt"
    return m


# ------------------------------------------------------------------ N18 drug shortage / recall
def n_shortage(ctx):
    fr = ctx.lang == "fr"
    ph = [s for s in STAFF if s[1] == "Raman"][0]
    m = ctx.msg("drug_shortage", False, ctx.t("avis de pénurie ou de rappel de médicament", "drug shortage or recall notice"),
                sender=ph, to=[mailbox("medecins.prdt"), mailbox("pharmacie")])
    if ctx.chance(0.5):
        m.subject = ctx.t("Pénurie - tacrolimus générique 1 mg", "Shortage - generic tacrolimus 1 mg")
        m.blocks = [ctx.t("Le fabricant annonce une rupture du tacrolimus générique 1 mg jusqu'à la fin du mois. Ne pas convertir les patients stables; "
                          "les nouvelles ordonnances seront servies en Prograf (marque). Surveillance des niveaux recommandée si changement de marque.",
                          "The manufacturer reports a stock-out of generic tacrolimus 1 mg until month-end. Do not switch stable patients; new "
                          "prescriptions will be filled with brand Prograf. Monitor troughs if a brand switch occurs."),
                    sig_block(ctx, ph)]
    else:
        lots = [mod97_lot(ctx.rng, ctx.day(ctx.rng.randrange(100, 500))) for _ in range(3)]
        m.subject = ctx.t("RAPPEL - mycophénolate mofétil 500 mg, lots visés", "RECALL - mycophenolate mofetil 500 mg, affected lots")
        m.blocks = [ctx.t("Rappel volontaire de niveau II (impureté hors spécification). Lots visés :", "Voluntary type II recall (out-of-spec impurity). Lots:"),
                    ("list", lots),
                    ctx.t("Mettre en quarantaine les stocks de ces lots. Aucun risque aigu pour les patients; ne pas cesser le traitement.",
                          "Quarantine stock from these lots. No acute patient risk; do not stop therapy."),
                    sig_block(ctx, ph)]
    return m


# ------------------------------------------------------------------ N19 research protocol
def n_research(ctx):
    fr = ctx.lang == "fr"
    pi = ctx.staff(role="md")
    m = ctx.msg("research_protocol", False, ctx.t("synopsis de protocole de recherche sans participants", "research protocol synopsis, no participants"),
                sender=pi, to=[mailbox("recherche")], cc=[mailbox("cer", ctx.t("Comité d'éthique", "Research Ethics Board"))])
    proto = ctx.c(["ENVAR-Q", "PERFU-FOIE", "DON-SI"])
    if proto == "ENVAR-Q":
        title = ctx.t("ENVAR-Q : conversion à l'Envarsus PA et variabilité intra-patient du tacrolimus chez le greffé rénal",
                      "ENVAR-Q: conversion to Envarsus PA and tacrolimus intra-patient variability in kidney recipients")
        obj = ctx.t("Comparer le coefficient de variation du C0 avant et 6 mois après conversion.",
                    "Compare trough CV before and 6 months after conversion.")
        inc = ctx.t("Greffé rénal > 12 mois, 18 ans et plus, CV du tacrolimus > 30 %.", "Kidney recipient > 12 months, age 18+, tacrolimus CV > 30%.")
        exc = ctx.t("Rejet dans les 3 derniers mois, grossesse, DSA actif.", "Rejection within 3 months, pregnancy, active DSA.")
        n = ctx.t("n = 120 (puissance 80 %, alpha 0,05).", "n = 120 (80% power, alpha 0.05).")
    elif proto == "PERFU-FOIE":
        title = ctx.t("PERFU-FOIE : perfusion hypothermique oxygénée des greffons hépatiques de donneurs DDC",
                      "PERFU-FOIE: hypothermic oxygenated perfusion of DCD liver grafts")
        obj = ctx.t("Réduire l'incidence de cholangiopathie ischémique à 12 mois.", "Reduce 12-month ischemic cholangiopathy.")
        inc = ctx.t("Receveurs adultes d'un foie de donneur DDC, consentement écrit.", "Adult recipients of a DCD liver, written consent.")
        exc = ctx.t("Retransplantation, greffe combinée, insuffisance hépatique aiguë.", "Retransplant, combined graft, acute liver failure.")
        n = ctx.t("n = 84, randomisation 1:1 stratifiée par centre.", "n = 84, 1:1 randomisation stratified by site.")
    else:
        title = ctx.t("DON-SI : impact d'un coordonnateur intégré aux soins intensifs sur le taux de référence",
                      "DON-SI: effect of an ICU-embedded coordinator on referral rates")
        obj = ctx.t("Mesurer le taux de référence des décès aux SI avant/après (série chronologique interrompue).",
                    "Measure the ICU death referral rate before/after (interrupted time series).")
        inc = ctx.t("Tous les décès aux SI des trois installations, données agrégées mensuelles.", "All ICU deaths at the three sites, monthly aggregate data.")
        exc = ctx.t("Aucune (aucune donnée nominative recueillie).", "None (no identifying data collected).")
        n = ctx.t("36 mois de données, environ 1 100 décès.", "36 months of data, about 1,100 deaths.")
    lines = ["# " + ctx.t("Objectif", "Objective"), obj,
             "# " + ctx.t("Critères d'inclusion", "Inclusion criteria"), inc,
             "# " + ctx.t("Critères d'exclusion", "Exclusion criteria"), exc,
             "# " + ctx.t("Taille d'échantillon", "Sample size"), n,
             "# " + ctx.t("Chercheur principal", "Principal investigator"), staff_name(pi, ctx.lang)]
    m.subject = ctx.t("Soumission CER - synopsis %s" % proto, "REB submission - %s synopsis" % proto)
    m.blocks = [ctx.t("Bonjour, ci-joint le synopsis pour l'évaluation scientifique. Le formulaire de consentement suivra.",
                      "Hello, attached is the synopsis for scientific review. The consent form will follow."), sig_block(ctx, pi)]
    kind = ctx.c(["pdf", "docx"])
    if kind == "pdf":
        m.atts.append(Att("%s_synopsis_v%d.pdf" % (proto, ctx.rng.randrange(1, 5)), "application/pdf", pdf_bytes(title, lines)))
    else:
        m.atts.append(Att("%s_synopsis.docx" % proto, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                          docx_bytes(title, lines)))
    return m


# ------------------------------------------------------------------ N20 birthdays / baby announcement
def n_social_staff(ctx):
    fr = ctx.lang == "fr"
    s = ctx.staff()
    m = ctx.msg("staff_social", False, ctx.t("nouvelle sociale entre collègues (naissance, anniversaires)", "staff social news (birth, birthdays)"),
                sender=s, to=[shared("equipe.coordination")])
    if ctx.chance(0.5):
        col = ctx.staff(exclude=(s[1],))
        baby = ctx.ct(["Léa", "Arthur", "Rose", "Félix", "Zoé"], ["Mia", "Noah", "Ava", "Liam-James", "Chloe"])
        bd = ctx.day(-ctx.rng.randrange(1, 5))
        m.subject = ctx.t("Bienvenue %s!" % baby, "Welcome baby %s!" % baby)
        m.blocks = [ctx.t("Grande nouvelle : %s est papa/maman! %s est né(e) le %s à 4 h 12, %s kg. Tout le monde va bien."
                          % (staff_name(col, "fr", False), baby, ctx.date(bd, "long"), ("%.2f" % ctx.rng.uniform(2.9, 4.1)).replace(".", ",")),
                          "Big news: %s is a parent! %s was born on %s at 4:12 am, %.2f kg. Everyone is doing well."
                          % (staff_name(col, "en", False), baby, ctx.date(bd, "long"), ctx.rng.uniform(2.9, 4.1))),
                    ctx.t("On passe une carte au poste de coordination jusqu'à vendredi.", "Card at the coordination desk until Friday.")]
    else:
        people = ctx.staff(4, exclude=(s[1],))
        rows = [[staff_name(p, ctx.lang, False), ctx.date(datetime.date(ctx.rng.randrange(1968, 1999), ctx.when.month, ctx.rng.randrange(1, 28)), "long")]
                for p in people]
        m.subject = ctx.t("Anniversaires du mois", "Birthdays this month")
        m.blocks = [ctx.t("Gâteau jeudi 15 h à la salle de pause pour les fêtés du mois :", "Cake Thursday 3 pm in the break room for this month's birthdays:"),
                    ("table", ctx.t(["Nom", "Date de naissance"], ["Name", "Date of birth"]), rows)]
    m.blocks.append(("sig", [s[0]]))
    return m


# ------------------------------------------------------------------ N21 welcome + vCard
def n_welcome(ctx):
    fr = ctx.lang == "fr"
    mgr = ctx.staff(role="mgr")
    new = ctx.staff(exclude=(mgr[1],))
    st = ctx.c(SITES)
    m = ctx.msg("welcome_staff", False, ctx.t("annonce d'un nouveau membre du personnel avec carte de contact", "new staff announcement with contact card"),
                sender=mgr, to=[mailbox("tous.prdt")])
    m.subject = ctx.t("Bienvenue à %s" % staff_name(new, "fr", False), "Welcome %s" % staff_name(new, "en", False))
    m.blocks = [ctx.t("Veuillez accueillir %s qui se joint à nous comme %s. Ses coordonnées sont dans la carte jointe."
                      % (staff_name(new, "fr"), staff_role(new, "fr")),
                      "Please welcome %s, who joins us as %s. Contact card attached." % (staff_name(new, "en"), staff_role(new, "en"))),
                sig_block(ctx, mgr, st)]
    m.atts.append(Att("%s.vcf" % staff_name(new, "en", False).replace(" ", "_"), "text/vcard",
                      vcf_bytes(new[0], new[1], org=ORG_FR if fr else ORG_EN, title=staff_role(new, ctx.lang), tel_work=st[4],
                                adr=(st[3].split(",")[0] + "," + st[3].split(",")[1], st[3].split(",")[-1].split("(")[0].strip(), "QC", "J0V 2K0"),
                                email=staff_email(new)),
                      cte=ctx.c(["base64", "quoted-printable", "7bit"]) if all(ord(c) < 128 for c in new[0] + new[1] + staff_role(new, ctx.lang) + st[3])
                      else "base64"))
    return m


# ------------------------------------------------------------------ N22 meeting thread reply
def n_meeting_thread(ctx):
    fr = ctx.lang == "fr"
    a = ctx.staff()
    b = ctx.staff(exclude=(a[1],))
    m = ctx.msg("meeting_thread", False, ctx.t("échange sur une réservation de salle de réunion", "thread about a meeting room booking"),
                sender=b, to=[a], cc=[as_staff(ctx)])
    d = ctx.day(ctx.rng.randrange(2, 9))
    orig = [ctx.t("Est-ce que la salle 4B est libre %s pour la révision M&M (cas anonymisés)? Sinon on prend Teams." % fmt_day(d, "fr"),
                  "Is room 4B free on %s for the M&M review (de-identified cases)? Otherwise Teams." % fmt_day(d, "en")),
            ("sig", [staff_name(a, ctx.lang), staff_role(a, ctx.lang)])]
    m.subject = ctx.t("RE: salle 4B", "RE: room 4B")
    m.blocks = [ctx.t("Réservée de 12 h à 13 h. J'ai demandé le projecteur aux TI.", "Booked 12-1. I asked IT for the projector."),
                ("sig", [b[0]]),
                ("quote", ctx.t("Le %s, %s <%s> a écrit :" % (fmt_day(ctx.when, "fr"), staff_name(a, "fr", False), staff_email(a)),
                                "On %s, %s <%s> wrote:" % (fmt_day(ctx.when, "en"), staff_name(a, "en", False), staff_email(a))), orig)]
    return m


# ------------------------------------------------------------------ N23 education session (ICS)
def n_education(ctx):
    fr = ctx.lang == "fr"
    ed = ctx.staff(role="coord")
    d = ctx.day(ctx.rng.randrange(7, 40))
    start = datetime.datetime(d.year, d.month, d.day, 13, 0)
    m = ctx.msg("education_session", False, ctx.t("invitation à une formation sur le protocole DDC", "invitation to a DCD protocol training"),
                sender=ed, to=[mailbox("soins.intensifs"), mailbox("bloc.operatoire")])
    summ = ctx.t("Formation - don après décès cardiocirculatoire (DDC)", "Training - donation after circulatory death (DCD)")
    desc = ctx.t("Volet théorique (45 min) et simulation (45 min). Animée par %s. Présence comptabilisée pour la formation continue."
                 % staff_name(ed, "fr"),
                 "Theory (45 min) and simulation (45 min). Led by %s. Counts toward continuing education." % staff_name(ed, "en"))
    m.atts.append(Att(ctx.t("invitation.ics", "invite.ics"), "text/calendar",
                      ics_bytes("form-%d@rsbl.example" % ctx.idx, start, start + datetime.timedelta(minutes=90), summ,
                                ctx.t("Centre de simulation, %s" % SITES[1][0], "Simulation centre, %s" % SITES[1][1]), desc,
                                (staff_name(ed, ctx.lang, False), staff_email(ed))),
                      cte=ctx.c(["base64", "quoted-printable"])))
    m.subject = summ
    m.blocks = [desc, ctx.t("Places limitées à 12 par session.", "Limited to 12 per session."), sig_block(ctx, ed)]
    return m


# ------------------------------------------------------------------ N24 expense claim
def n_expenses(ctx):
    fr = ctx.lang == "fr"
    emp = ctx.staff()
    m = ctx.msg("expense_claim", False, ctx.t("réclamation de frais de déplacement d'un employé", "staff travel expense claim"),
                sender=emp, to=[mailbox("comptes.payables")])
    rows = [[ctx.date(ctx.day(-k * 4 - 2), "iso"), ctx.t("Taxi aéroport - prélèvement à distance", "Airport taxi - out-of-town retrieval"),
             "%.2f" % ctx.rng.uniform(38, 96)] for k in range(ctx.rng.randrange(2, 5))]
    rows.append([ctx.date(ctx.day(-3), "iso"), ctx.t("Repas (nuit de garde)", "Meal (overnight call)"), "%.2f" % ctx.rng.uniform(12, 25)])
    m.subject = ctx.t("Compte de dépenses - %s" % ctx.when.strftime("%m/%Y"), "Expense claim - %s" % ctx.when.strftime("%m/%Y"))
    m.blocks = [ctx.t("Bonjour, voici mon compte de dépenses avec les reçus numérisés. Centre de coûts 7140-22.",
                      "Hello, here is my expense claim with scanned receipts. Cost centre 7140-22."),
                ("table", ctx.t(["Date", "Description", "Montant ($)"], ["Date", "Description", "Amount ($)"]), rows),
                ("sig", [staff_name(emp, ctx.lang, False), staff_role(emp, ctx.lang)])]
    if ctx.chance(0.5):
        m.atts.append(Att(ctx.t("depenses.xlsx", "expenses.xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          xlsx_bytes([("Frais" if fr else "Expenses", [[ctx.t("Date", "Date"), "Description", ctx.t("Montant", "Amount")]] + rows)])))
    return m


# ------------------------------------------------------------------ N25 donor family ceremony
def n_ceremony(ctx):
    fr = ctx.lang == "fr"
    s = ctx.staff()
    m = ctx.msg("donor_recognition_event", False, ctx.t("invitation à la cérémonie de reconnaissance des familles de donneurs",
                                                        "invitation to the donor family recognition ceremony"),
                sender=mailbox("communications", ctx.t("Communications PRDT", "RDTP Communications")), to=[mailbox("tous.prdt")])
    d = ctx.day(ctx.rng.randrange(20, 60))
    m.subject = ctx.t("Cérémonie de reconnaissance - familles de donneurs", "Recognition ceremony - donor families")
    m.blocks = [ctx.t("Le %s à 14 h, au jardin commémoratif du %s, nous rendrons hommage aux %d donneurs de l'an dernier et à leurs familles. "
                      "Les familles ont été invitées directement par %s; aucun nom ne sera lu publiquement sans consentement."
                      % (fmt_day(d, "fr"), SITES[0][0], ctx.rng.randrange(18, 40), AGENCY[0]),
                      "On %s at 2 pm, in the memorial garden at %s, we will honour last year's %d donors and their families. Families were "
                      "invited directly by %s; no names will be read publicly without consent." % (fmt_day(d, "en"), SITES[0][1], ctx.rng.randrange(18, 40), AGENCY[0])),
                ctx.t("Allocution de %s et témoignage d'un greffé du cœur (bénévole)." % staff_name(s, "fr"),
                      "Remarks by %s and a talk by a heart recipient (volunteer)." % staff_name(s, "en")),
                ctx.t("RSVP avant le %s." % ctx.date(d - datetime.timedelta(days=10), "long"), "RSVP by %s." % ctx.date(d - datetime.timedelta(days=10), "long"))]
    m.prefs["structure"] = ctx.c(["html", "alt"])
    return m


# ------------------------------------------------------------------ N26 policy bundle / attached notice
def n_policy_bundle(ctx):
    fr = ctx.lang == "fr"
    mgr = ctx.staff()
    m = ctx.msg("policy_update", False, ctx.t("mise à jour des procédures de coordination", "coordination procedures update"),
                sender=mgr, to=[shared("equipe.coordination")])
    if ctx.chance(0.55):
        docs = [(ctx.t("PR-101_reference_donneur.pdf", "PR-101_donor_referral.pdf"),
                 pdf_bytes(ctx.t("PR-101 Référence d'un donneur potentiel", "PR-101 Potential donor referral"),
                           ctx.t(["Déclencheurs cliniques : GCS <= 5, retrait de soins envisagé.", "Appeler %s dans l'heure." % AGENCY[0],
                                  "Ne jamais aborder le don avec la famille avant l'appel."],
                                 ["Clinical triggers: GCS <= 5, withdrawal of care considered.", "Call %s within the hour." % AGENCY[0],
                                  "Never raise donation with the family before the call."]))),
                (ctx.t("PR-114_suivi_niveaux.docx", "PR-114_level_monitoring.docx"),
                 docx_bytes(ctx.t("PR-114 Suivi des niveaux d'immunosuppresseurs", "PR-114 Immunosuppressant level monitoring"),
                            ctx.t(["Cibles tacrolimus C0 : 8-10 (0-3 mois), 5-8 (3-12 mois), 4-7 (> 12 mois).",
                                   "Prélèvement 12 h après la dernière dose (Prograf) ou 24 h (Advagraf, Envarsus)."],
                                  ["Tacrolimus trough targets: 8-10 (0-3 months), 5-8 (3-12 months), 4-7 (> 12 months).",
                                   "Draw 12 h post-dose (Prograf) or 24 h (Advagraf, Envarsus)."]))),
                ("changelog.txt", ctx.t("v2024.%d - révision annuelle\n" % ctx.rng.randrange(1, 9), "v2024.%d - annual review\n" % ctx.rng.randrange(1, 9)).encode("utf-8"))]
        m.atts.append(Att(ctx.t("procédures_coordination.zip", "coordination_procedures.zip"), "application/zip", zip_bytes(docs)))
        m.subject = ctx.t("Procédures révisées - à lire", "Revised procedures - please read")
        m.blocks = [ctx.t("Bonjour, les procédures PR-101 et PR-114 ont été révisées. Signature de lecture requise d'ici la fin du mois.",
                          "Hello, procedures PR-101 and PR-114 were revised. Read-and-sign required by month-end."), sig_block(ctx, mgr)]
    else:
        inner = Msg("inner", ctx.lang, False, "")
        sec = [s for s in STAFF if s[1] == "Turcotte"][0]
        inner.sender = (staff_name(sec, ctx.lang, False), staff_email(sec))
        inner.to = [("", "comite.don@rsbl.example")]
        inner.subject = ctx.t("Report de la réunion du comité", "Committee meeting postponed")
        inner.blocks = [ctx.t("La réunion du comité de don est reportée d'une semaine en raison de l'agrément. Même heure, même salle.",
                              "The donation committee meeting is postponed one week due to accreditation. Same time, same room."),
                        ("sig", [staff_name(sec, ctx.lang, False), staff_role(sec, ctx.lang)])]
        inner.prefs = {"structure": "plain", "charset": ctx.c(["utf-8", "windows-1252"]), "cte": "quoted-printable"}
        m.inner = (inner, ctx.t("Report comité.eml", "Committee postponed.eml"), ctx.rng.randrange(2, 30))
        m.subject = ctx.t("TR: Report de la réunion du comité", "FW: Committee meeting postponed")
        m.blocks = [ctx.t("Pour info, voir le message joint.", "FYI, see attached message."), ("sig", [mgr[0]])]
    return m


TEMPLATES = [n_teaching, n_blank_form, n_mail_merge, n_committee, n_shortage, n_research, n_social_staff, n_welcome,
             n_meeting_thread, n_education, n_expenses, n_ceremony, n_policy_bundle]
