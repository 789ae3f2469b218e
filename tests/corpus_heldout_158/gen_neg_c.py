"""Negative builders, part C: vaccination campaign logistics, press releases, parent letters,
leave requests, training and meeting invitations (ICS), partner vCards, coverage reports,
on-call schedules, annual reports, advisories, asset inventories, supply threads, expense claims,
data requests, ZIP archives, forwarded notices (.eml), surveys."""
import datetime as dt

import gen_data as D
import gen_mime as M
from gen_neg_a import _doc, RLS


def campaign_logistics(ctx):
    r = ctx.rng
    sites = [("Aréna de Val-Bernier", "455, rue Champlain"), ("Centre communautaire du Lac-Verdier", "12, chemin du Lac-Verdier"),
             ("Salle paroissiale de Port-Étienne", "88, rue de la Fabrique"), ("CLSC des Monts", "301, rang Saint-Joseph")]
    rows = [[n, a, r.choice(["lun-ven 9 h-19 h", "mar-jeu 13 h-20 h", "sam 9 h-16 h"] if ctx.fr else ["Mon-Fri 9-7", "Tue-Thu 1-8", "Sat 9-4"])]
            for n, a in r.sample(sites, 3)]
    blocks = [("h", ctx.t("Campagne de vaccination grippe et COVID-19", "Flu and COVID-19 immunization campaign")),
              ctx.t("La campagne débute lundi. Clientèles visées : 60 ans et plus, maladies chroniques, femmes enceintes, "
                    "travailleurs de la santé. Prise de rendez-vous en ligne ou au 1-877-555-0145.",
                    "The campaign starts Monday. Eligible: 60+, chronic conditions, pregnant women, health-care workers. "
                    "Book online or at 1-877-555-0145."),
              ("table", ctx.t(["Site", "Adresse", "Heures"], ["Site", "Address", "Hours"]), rows),
              ctx.t("Les sans rendez-vous sont acceptés selon la disponibilité.", "Walk-ins accepted as capacity allows."),
              ctx.sig(D.STAFF[9])]
    subj = ctx.t("Campagne de vaccination – sites et horaires", "Immunization campaign – sites and hours")
    return M.Msg(ctx.lang, "campaign", ctx.addr(D.STAFF[9]), [("Partenaires", f"partenaires@{D.DSP_DOMAIN}")], subj, blocks,
                 form=r.choice(["html", "alt", None]), note=ctx.t("logistique de campagne de vaccination", "immunization campaign logistics"))


def press_release(ctx):
    r = ctx.rng
    d = ctx.day(-r.randint(2, 6))
    places = [(ctx.t("Urgence de l'Hôpital régional de Val-Bernier", "Val-Bernier Regional Hospital ER"), "18 h – 23 h 30"),
              (ctx.t("Épicerie Marché Gravel, rue Principale", "Gravel Market grocery, rue Principale"), "10 h – 12 h"),
              (ctx.t("Autobus 14 (ligne Lac-Verdier)", "Bus 14 (Lac-Verdier line)"), "7 h 10 – 7 h 50")]
    rows = [[p, ctx.d(d), h] for p, h in places]
    md, spec = _doc(ctx)
    blocks = [("h", ctx.t("COMMUNIQUÉ – Pour diffusion immédiate", "NEWS RELEASE – For immediate release")),
              ctx.t("Cas de rougeole : la santé publique invite certaines personnes à vérifier leur vaccination.",
                    "Measles case: public health asks some people to check their immunization."),
              ctx.t("Les personnes présentes aux endroits et heures suivants pourraient avoir été exposées :",
                    "People at the following places and times may have been exposed:"),
              ("table", ctx.t(["Lieu", "Date", "Heures"], ["Place", "Date", "Times"]), rows),
              ctx.t(f"« La rougeole est très contagieuse; deux doses de vaccin protègent à 99 % », rappelle "
                    f"{'la' if md.startswith('Dre') else 'le'} {md}, {'directrice adjointe' if md.startswith('Dre') else 'directeur adjoint'}.",
                    f"'Measles is very contagious; two doses protect 99%,' says {md}, deputy director."),
              ctx.t("Info-Santé : 811. Renseignements médias : Service des communications, 819-555-0177.",
                    "Health line: 811. Media: Communications, 819-555-0177.")]
    subj = ctx.t("COMMUNIQUÉ – Exposition à la rougeole", "NEWS RELEASE – Measles exposure")
    return M.Msg(ctx.lang, "press_release", ("Communications CISSS", f"communications@{D.CISSS_DOMAIN}"), [("Médias", f"medias@{D.CISSS_DOMAIN}")],
                 subj, blocks, form=r.choice(["html", "alt"]), note=ctx.t("communiqué public sur des lieux d'exposition", "public release on exposure sites"))


def parent_letter(ctx):
    r = ctx.rng
    school = r.choice(D.SCHOOLS)
    dz = r.choice([("coqueluche", "pertussis"), ("varicelle", "chickenpox"), ("gastroentérite", "gastroenteritis"), ("rougeole", "measles")])
    letter = [ctx.t("Chers parents,", "Dear parents,"),
              ctx.t(f"Un cas de {dz[0]} a été confirmé chez un élève de l'école. Pour protéger la confidentialité, aucune information "
                    "permettant d'identifier l'enfant ne sera communiquée.",
                    f"A case of {dz[1]} has been confirmed in a student at the school. To protect confidentiality, no information "
                    "identifying the child will be shared."),
              ctx.t("Surveillez l'apparition de fièvre, toux ou éruption chez votre enfant au cours des 21 prochains jours et consultez "
                    "au besoin en mentionnant cette lettre.",
                    "Watch for fever, cough or rash in your child over the next 21 days and see a doctor if needed, mentioning this letter."),
              ctx.t("La Direction de santé publique", "Public Health")]
    s = D.STAFF[12]
    blocks = [ctx.greet(), ctx.t(f"Voici la lettre validée à envoyer à tous les parents — {school} (version PDF jointe).",
                                 f"Here is the approved letter for all parents at {school} (PDF attached)."), ctx.sig(s)]
    att = M.att_pdf(ctx.t("lettre_aux_parents_école.pdf", "parent_letter.pdf"), ctx.t("Avis aux parents", "Notice to parents"), letter, r,
                    header="Direction de santé publique – Haute-Rivière")
    subj = ctx.t("Lettre aux parents – à diffuser", "Letter to parents – to send")
    return M.Msg(ctx.lang, "parent_letter", ctx.addr(s), [(f"Direction – {school}", "direction@cssh.example")], subj, blocks, attachments=[att],
                 note=ctx.t("lettre générique aux parents", "generic letter to parents"))


def leave_request(ctx):
    r = ctx.rng
    a = r.choice(D.STAFF)
    mgr = D.STAFF[9]
    d1 = ctx.day(r.randint(10, 40))
    d2 = d1 + dt.timedelta(days=r.randint(2, 12))
    blocks = [ctx.greet(mgr[0]),
              ctx.t(f"Je souhaiterais prendre des vacances du {ctx.d(d1)} au {ctx.d(d2)}. {r.choice(D.STAFF)[0]} a accepté de couvrir mes "
                    "suivis de la garde.", f"I'd like to take vacation from {ctx.d(d1)} to {ctx.d(d2)}. {r.choice(D.STAFF)[0]} agreed to cover "
                    "my on-call follow-ups."),
              ctx.thanks(), ctx.short_sig(a)]
    in_reply = None
    subj = ctx.t("Demande de congé", "Leave request")
    if r.random() < 0.5:
        blocks = [ctx.t("Approuvé, bonnes vacances !", "Approved, enjoy!"), mgr[0], ("quote", ctx.quote_intro(f"{a[0]} {a[1]}", ctx.now - dt.timedelta(hours=20)), blocks)]
        subj = "RE: " + subj
        in_reply = f"{ctx.tag}-orig"
        sender, to = ctx.addr(mgr), [ctx.addr(a)]
    else:
        sender, to = ctx.addr(a), [ctx.addr(mgr)]
    return M.Msg(ctx.lang, "leave", sender, to, subj, blocks, in_reply_to=in_reply, note=ctx.t("demande de congé", "leave request"))


def training_invite(ctx):
    r = ctx.rng
    d = ctx.day(r.randint(3, 20))
    start = dt.datetime(d.year, d.month, d.day, r.choice([9, 13]), 0)
    topic = r.choice([("Essais d'ajustement N95", "N95 fit testing"), ("Formation : entrevue d'enquête épidémiologique", "Training: case interview techniques"),
                      ("Formation vaccination : anaphylaxie et gestion des MCI", "Immunization training: anaphylaxis and AEFI management")])
    ics = M.att_ics("invite.ics", uid=f"{ctx.tag}@{D.DSP_DOMAIN}", start=start, end=start + dt.timedelta(hours=2),
                    summary=topic[0] if ctx.fr else topic[1], location=ctx.t("Salle Laurier, 3e étage", "Laurier room, 3rd floor"),
                    description=ctx.t("Présence obligatoire pour le personnel clinique.", "Mandatory for clinical staff."),
                    organizer=ctx.addr(D.STAFF[13]), attendees=[ctx.addr(x) for x in ctx.staff(3)])
    blocks = [ctx.t(f"Vous êtes invité(e) à : {topic[0]}", f"You are invited to: {topic[1]}"), ctx.weekday(d) + f" {start:%H:%M}"]
    subj = ctx.t("Invitation : ", "Invitation: ") + (topic[0] if ctx.fr else topic[1])
    return M.Msg(ctx.lang, "training_invite", ctx.addr(D.STAFF[13]), [("Personnel clinique", f"clinique@{D.DSP_DOMAIN}")], subj, blocks,
                 attachments=[ics], note=ctx.t("invitation à une formation", "training invitation"))


def meeting_invite(ctx):
    r = ctx.rng
    d = ctx.day(r.randint(2, 15))
    start = dt.datetime(d.year, d.month, d.day, r.choice([10, 11, 14]), 30)
    att_staff = ctx.staff(4)
    ics = M.att_ics("meeting.ics", uid=f"{ctx.tag}@{D.DSP_DOMAIN}", start=start, end=start + dt.timedelta(minutes=60),
                    summary=ctx.t("Comité tuberculose – suivi du plan régional", "TB committee – regional plan follow-up"),
                    location="Teams", description=ctx.t("Ordre du jour à suivre. Dr Lachance présentera les indicateurs.",
                                                        "Agenda to follow. Dr Lachance will present the indicators."),
                    organizer=ctx.addr(D.STAFF[9]), attendees=[ctx.addr(x) for x in att_staff])
    blocks = [ctx.t("Invitation envoyée depuis l'agenda.", "Invitation sent from the calendar.")]
    subj = ctx.t("Comité TB – ", "TB committee – ") + ctx.dshort(d)
    return M.Msg(ctx.lang, "meeting_invite", ctx.addr(D.STAFF[9]), [ctx.addr(x) for x in att_staff], subj, blocks, attachments=[ics],
                 form="plain", note=ctx.t("invitation de réunion", "meeting invitation"))


def partner_vcard(ctx):
    r = ctx.rng
    g, sname, tt, spec_fr, spec_en = r.choice([(d[1], d[2], d[0], d[3], d[4]) for d in D.PHYSICIANS])
    vcf = M.att_vcf(f"{D.strip_accents(g)} {D.strip_accents(sname)}.vcf", given=g, surname=sname, tel="819-555-0121", tel_type="WORK",
                    adr=("1250, boul. Laurier-Est", "Val-Bernier", "QC", "J9V 2K4"), org="Clinique TB – HRVB",
                    title=spec_fr if ctx.fr else spec_en, email=f"{D.email_local(g, sname)}@{D.CISSS_DOMAIN}")
    blocks = [ctx.t(f"Voici les coordonnées de {tt} {sname} ({spec_fr}) pour les références à la clinique.",
                    f"Here are {tt} {sname}'s details ({spec_en}) for clinic referrals."), ctx.short_sig(D.STAFF[6])]
    subj = ctx.t("Coordonnées – clinique TB", "Contact details – TB clinic")
    return M.Msg(ctx.lang, "partner_vcard", ctx.addr(D.STAFF[6]), [ctx.addr(ctx.staff())], subj, blocks, attachments=[vcf],
                 note=ctx.t("carte de visite d'un médecin partenaire", "partner physician contact card"))


def coverage_report(ctx):
    r = ctx.rng
    rows = [[sc, f"{r.uniform(71, 97):.1f} %", f"{r.uniform(60, 94):.1f} %", str(r.randint(40, 420))] for sc in D.SCHOOLS]
    headers = ctx.t(["École", "Couverture VPH", "Couverture HB", "Élèves"], ["School", "HPV coverage", "HepB coverage", "Students"])
    blocks = [ctx.greet(), ctx.t("Couvertures vaccinales scolaires 2024-2025 par établissement (données agrégées, aucun élève identifié).",
                                 "2024-2025 school immunization coverage by school (aggregate, no students identified)."),
              ("table", headers, rows), ctx.sig(D.STAFF[5])]
    atts = []
    if r.random() < 0.3:
        atts = [M.att_xlsx(ctx.t("couverture_vaccinale_élèves_2024-2025.xlsx", "school_coverage_2024-2025.xlsx"), [("Couverture", headers, rows)])]
    elif r.random() < 0.4:
        atts = [M.att_csv("couverture_2024_2025.csv", headers, rows, r)]
    subj = ctx.t("Couverture vaccinale scolaire", "School immunization coverage")
    return M.Msg(ctx.lang, "coverage_report", ctx.addr(D.STAFF[5]), [ctx.addr(D.STAFF[12])], subj, blocks, attachments=atts,
                 note=ctx.t("rapport agrégé de couverture vaccinale", "aggregate immunization coverage report"))


def oncall_schedule(ctx):
    r = ctx.rng
    rows = []
    start = ctx.day(r.randint(1, 6))
    for k in range(6):
        d = start + dt.timedelta(days=7 * k)
        doc = D.PHYSICIANS[(k + r.randint(0, 7)) % 8]
        rows.append([ctx.d(d), f"{doc[0]} {doc[1]} {doc[2]}", doc[3] if ctx.fr else doc[4], "819-555-0100"])
    blocks = [ctx.greet(), ctx.t("Garde médicale en maladies infectieuses (santé publique) pour les six prochaines semaines :",
                                 "Public health infectious disease on-call for the next six weeks:"),
              ("table", ctx.t(["Semaine du", "Médecin de garde", "Spécialité", "Téléavertisseur"], ["Week of", "On-call physician", "Specialty", "Pager"]), rows),
              ctx.sig(D.STAFF[6])]
    subj = ctx.t("Calendrier de garde – MI", "On-call schedule – ID")
    return M.Msg(ctx.lang, "oncall_schedule", ctx.addr(D.STAFF[6]), [("Équipe MI", f"equipe.mi@{D.DSP_DOMAIN}")], subj, blocks,
                 note=ctx.t("calendrier de garde des médecins", "physician on-call schedule"))


def annual_report(ctx):
    r = ctx.rng
    blocks_doc = [("h", ctx.t("Faits saillants", "Highlights")),
                  ctx.t(f"En 2024-2025, l'équipe a réalisé {r.randint(900, 1500)} enquêtes, suivi {r.randint(30, 60)} cas de tuberculose active "
                        f"et administré {r.randint(40000, 90000)} doses de vaccin.",
                        f"In 2024-2025, the team completed {r.randint(900, 1500)} investigations, followed {r.randint(30, 60)} active TB cases "
                        f"and administered {r.randint(40000, 90000)} vaccine doses."),
                  ("table", ["RLS", ctx.t("Enquêtes", "Investigations"), ctx.t("Éclosions", "Outbreaks")],
                   [[x, str(r.randint(100, 500)), str(r.randint(2, 30))] for x in RLS])]
    att = M.att_docx(ctx.t("bilan_annuel_équipe_MI_2024-2025.docx", "ID_annual_report_2024-2025.docx"), ctx.t("Rapport annuel", "Annual report"), blocks_doc)
    blocks = [ctx.greet(), ctx.t("Version préliminaire du rapport annuel pour relecture.", "Draft annual report for review."), ctx.sig(D.STAFF[9])]
    subj = ctx.t("Rapport annuel – ébauche", "Annual report – draft")
    return M.Msg(ctx.lang, "annual_report", ctx.addr(D.STAFF[9]), [("Équipe MI", f"equipe.mi@{D.DSP_DOMAIN}")], subj, blocks, attachments=[att],
                 note=ctx.t("rapport annuel agrégé", "aggregate annual report"))


def environmental_advisory(ctx):
    r = ctx.rng
    town = r.choice(D.TOWNS)
    kind = r.choice([("Avis d'ébullition préventif", "Boil-water advisory"), ("Avis de baignade – cyanobactéries", "Swimming advisory – blue-green algae")])
    blocks = [("h", kind[0] if ctx.fr else kind[1]),
              ctx.t(f"Secteur visé : {town}, rues situées au nord de la rue Principale. Durée prévue : 48 h.",
                    f"Area: {town}, streets north of rue Principale. Expected duration: 48 h."),
              ctx.t("Faire bouillir l'eau 1 minute avant de la boire. Renseignements : municipalité, 819-555-0150.",
                    "Boil water for 1 minute before drinking. Information: municipality, 819-555-0150."),
              ctx.sig(D.STAFF[8])]
    subj = (kind[0] if ctx.fr else kind[1]) + f" – {town}"
    return M.Msg(ctx.lang, "advisory", ctx.addr(D.STAFF[8]), [("Municipalités", f"municipalites@{D.DSP_DOMAIN}")], subj, blocks,
                 note=ctx.t("avis de santé environnementale", "environmental health advisory"))


def asset_inventory(ctx):
    r = ctx.rng
    rows = []
    for item in ["Portable Latitude 5440", "Réfrigérateur à vaccins 13 pi³" if ctx.fr else "Vaccine fridge 13 cu ft",
                 "Enregistreur de température" if ctx.fr else "Temperature logger", "Spiromètre" if ctx.fr else "Spirometer",
                 "Imprimante d'étiquettes" if ctx.fr else "Label printer", "Tablette de vaccination" if ctx.fr else "Immunization tablet"]:
        sn = D.serial_luhn(r, r.choice([9, 10]))
        fmt = r.choice([sn, f"{sn[:3]} {sn[3:6]} {sn[6:]}", f"{sn[:4]}-{sn[4:7]}-{sn[7:]}"])
        rows.append([item, fmt, f"AC-{r.randint(10000, 99999)}", r.choice(["3e étage", "Dépôt", "Clinique TB"] if ctx.fr else ["3rd floor", "Depot", "TB clinic"])])
    headers = ctx.t(["Équipement", "N° de série", "N° d'actif", "Emplacement"], ["Equipment", "Serial no.", "Asset no.", "Location"])
    blocks = [ctx.greet(), ctx.t("Inventaire annuel des actifs de la DSPu — merci de valider l'emplacement.",
                                 "Annual DSP asset inventory — please confirm locations."), ("table", headers, rows), ctx.sig(D.STAFF[10])]
    atts = [M.att_csv("inventaire_actifs.csv", headers, rows, r)] if r.random() < 0.5 else []
    subj = ctx.t("Inventaire des actifs 2025", "2025 asset inventory")
    return M.Msg(ctx.lang, "asset_inventory", ctx.addr(D.STAFF[10]), [("Gestionnaires", f"gestionnaires@{D.DSP_DOMAIN}")], subj, blocks,
                 attachments=atts, note=ctx.t("inventaire d'équipement avec numéros de série", "equipment inventory with serial numbers"))


def supply_thread(ctx):
    r = ctx.rng
    a, b = ctx.staff(2)
    when = ctx.now - dt.timedelta(hours=r.randint(2, 40))
    orig = [ctx.greet(a[0]), ctx.t("Il nous reste seulement 2 boîtes d'écouvillons et 40 tubes de milieu de transport pour les prélèvements "
                                   "en CHSLD. Peux-tu passer une commande urgente ?",
                                   "We only have 2 boxes of swabs and 40 transport tubes left for LTC testing. Can you place a rush order?"), b[0]]
    blocks = [ctx.t("C'est commandé (BC 4500" + str(r.randint(100000, 999999)) + "), livraison jeudi.",
                    "Ordered (PO 4500" + str(r.randint(100000, 999999)) + "), delivery Thursday."), a[0],
              ("quote", ctx.quote_intro(f"{b[0]} {b[1]}", when), orig)]
    subj = "RE: " + ctx.t("écouvillons", "swabs")
    return M.Msg(ctx.lang, "supply_thread", ctx.addr(a), [ctx.addr(b)], subj, blocks, in_reply_to=f"{ctx.tag}-orig",
                 note=ctx.t("fil sur l'approvisionnement", "supply thread"))


def expense_claim(ctx):
    r = ctx.rng
    a = r.choice(D.STAFF)
    rows = [[ctx.dshort(ctx.day(-k * 2 - 1)), r.choice(["CHSLD Saint-Joachim", "École Sainte-Odile", "CLSC du Lac-Verdier"]),
             str(r.randint(12, 140)), f"{r.randint(12, 140) * 0.53:.2f}"] for k in range(r.randint(3, 6))]
    blocks = [ctx.greet(), ctx.t("Voici mon relevé de kilométrage du mois pour remboursement (visites d'éclosion et cliniques).",
                                 "Here's my monthly mileage claim (outbreak visits and clinics)."),
              ("table", ctx.t(["Date", "Destination", "km", "Montant"], ["Date", "Destination", "km", "Amount"]), rows),
              ctx.t(f"Matricule : {r.randint(100000, 999999)}", f"Employee no.: {r.randint(100000, 999999)}"), ctx.short_sig(a)]
    subj = ctx.t("Frais de déplacement", "Mileage claim")
    return M.Msg(ctx.lang, "expense_claim", ctx.addr(a), [ctx.addr(D.STAFF[10])], subj, blocks,
                 note=ctx.t("demande de remboursement de kilométrage", "staff mileage claim"))


def data_request(ctx):
    r = ctx.rng
    req = ("Équipe de recherche – Université du Nord", "recherche@univ-nord.example")
    when = ctx.now - dt.timedelta(days=r.randint(1, 5))
    orig = [ctx.t("Bonjour, serait-il possible d'obtenir le nombre de cas de chlamydia et de gonorrhée par groupe d'âge et par sexe pour 2020-2024 ?",
                  "Hello, could we get chlamydia and gonorrhea counts by age group and sex for 2020-2024?"), req[0]]
    rows = [[ag, str(r.randint(5, 300)), str(r.randint(5, 200))] for ag in ["15-19", "20-24", "25-29", "30-39", "40+"]]
    blocks = [ctx.greet(), ctx.t("Voici les données agrégées demandées (cellules < 5 supprimées).", "Here are the aggregate data requested (cells < 5 suppressed)."),
              ("table", ctx.t(["Âge", "Chlamydia", "Gonorrhée"], ["Age", "Chlamydia", "Gonorrhea"]), rows),
              ctx.sig(D.STAFF[5]), ("quote", ctx.quote_intro(req[0], when), orig)]
    subj = "RE: " + ctx.t("demande de données ITSS", "STBBI data request")
    return M.Msg(ctx.lang, "data_request", ctx.addr(D.STAFF[5]), [req], subj, blocks, in_reply_to=f"{ctx.tag}-orig",
                 note=ctx.t("réponse à une demande de données agrégées", "reply to an aggregate data request"))


def zip_archive(ctx):
    r = ctx.rng
    members = []
    for w in range(r.randint(2, 4)):
        wk = 40 + w
        members.append(M.att_pdf(f"bulletin_S{wk}.pdf", ctx.t(f"Bulletin de vigie S{wk}", f"Surveillance bulletin W{wk}"),
                                 [ctx.t(f"{r.randint(20, 80)} déclarations reçues, aucune éclosion active.", f"{r.randint(20, 80)} reports received, no active outbreaks.")], r))
    members.append(M.att_csv("index.csv", ["fichier", "semaine"], [[m.filename, m.filename[10:12]] for m in members], r))
    z = M.att_zip("bulletins_archive.zip", members)
    blocks = [ctx.greet(), ctx.t("Archive des bulletins de l'automne pour le site intranet.", "Archive of the fall bulletins for the intranet."), ctx.sig(D.STAFF[6])]
    subj = ctx.t("Archive des bulletins", "Bulletin archive")
    return M.Msg(ctx.lang, "zip_archive", ctx.addr(D.STAFF[6]), [ctx.addr(D.STAFF[17])], subj, blocks, attachments=[z],
                 note=ctx.t("archive ZIP de bulletins", "ZIP archive of bulletins"))


def forwarded_notice(ctx):
    r = ctx.rng
    doc, spec = _doc(ctx)
    inner = M.Msg(ctx.lang, "x", ("Secrétariat du comité", f"comite@{D.DSP_DOMAIN}"), [("Membres", f"membres@{D.DSP_DOMAIN}")],
                  ctx.t("Report de la rencontre du comité de vaccination", "Immunization committee meeting postponed"),
                  [ctx.t(f"La rencontre est reportée d'une semaine. {doc} ({spec}) présentera le bilan de la campagne contre la rougeole.",
                         f"The meeting is postponed by one week. {doc} ({spec}) will present the measles campaign review.")],
                  date=ctx.now - dt.timedelta(days=1))
    inner_bytes = M.render(inner, r, f"{ctx.tag}-inner", nl=b"\n", inner=True)
    a = ctx.staff()
    blocks = [ctx.t("Pour info, voir le message joint.", "FYI, see attached message."), ctx.short_sig(a)]
    subj = ("TR: " if ctx.fr else "FW: ") + inner.subject
    return M.Msg(ctx.lang, "forwarded_notice", ctx.addr(a), [ctx.addr(ctx.staff())], subj, blocks,
                 attachments=[M.att_eml("report.eml" if not ctx.fr else "avis_report.eml", inner_bytes)],
                 note=ctx.t("avis de comité transféré en pièce jointe", "committee notice forwarded as attachment"))


def survey(ctx):
    r = ctx.rng
    blocks = [ctx.greet(), ctx.t("Nous sollicitons votre avis sur le nouveau processus de déclaration électronique des MADO. Le sondage prend 5 minutes "
                                 "et est anonyme.", "We'd like your feedback on the new electronic reporting process. The survey takes 5 minutes and is anonymous."),
              ctx.t("Date limite : ", "Deadline: ") + ctx.d(ctx.day(14)), ctx.sig(D.STAFF[2])]
    subj = ctx.t("Sondage – déclaration électronique", "Survey – electronic reporting")
    return M.Msg(ctx.lang, "survey", ctx.addr(D.STAFF[2]), [("Cliniciens déclarants", f"declarants@{D.DSP_DOMAIN}")], subj, blocks,
                 form=r.choice(["html", None]), note=ctx.t("sondage aux partenaires", "partner survey"))


BUILDERS = [campaign_logistics, press_release, parent_letter, leave_request, training_invite, meeting_invite, partner_vcard,
            coverage_report, oncall_schedule, annual_report, environmental_advisory, asset_inventory, supply_thread,
            expense_claim, data_request, zip_archive, forwarded_notice, survey]
