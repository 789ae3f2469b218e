"""Negative builders, part A: bulletins, statistics, committee notices, conference programmes,
job postings, staff schedules, payroll, staff occupational health, invoices, purchase orders."""
import datetime as dt

import gen_data as D
import gen_mime as M

DISEASES_FR = ["Chlamydia", "Gonorrhée", "Syphilis infectieuse", "Hépatite C", "Coqueluche", "Tuberculose active",
               "Rougeole", "Campylobactériose", "Salmonellose", "Maladie de Lyme", "IMI", "Légionellose"]
DISEASES_EN = ["Chlamydia", "Gonorrhea", "Infectious syphilis", "Hepatitis C", "Pertussis", "Active TB",
               "Measles", "Campylobacteriosis", "Salmonellosis", "Lyme disease", "IMD", "Legionellosis"]
RLS = ["RLS Val-Bernier", "RLS Lac-Verdier", "RLS Port-Étienne", "RLS des Monts"]


def _doc(ctx, i=None):
    d = D.PHYSICIANS[i] if i is not None else ctx.rng.choice(D.PHYSICIANS)
    return f"{d[0]} {d[1]} {d[2]}", (d[3] if ctx.fr else d[4])


def epi_bulletin(ctx):
    r = ctx.rng
    week = r.randint(36, 52)
    rows = []
    for i, dz in enumerate(DISEASES_FR if ctx.fr else DISEASES_EN):
        if r.random() < 0.75:
            cur = r.randint(0, 60 if i < 2 else 9)
            rows.append([dz, str(cur), str(cur + r.randint(20, 400)), str(r.randint(10, 420))])
    author, spec = _doc(ctx)
    blocks = [("h", ctx.t(f"Bulletin de vigie – semaine {week}", f"Surveillance bulletin – week {week}")),
              ctx.t("Faits saillants : hausse des cas de syphilis infectieuse chez les 25-39 ans; deux éclosions de "
                    "gastroentérite en CHSLD, maintenant terminées; un cas de rougeole importé (voir avis aux cliniciens).",
                    "Highlights: syphilis rising among 25-39 year olds; two gastroenteritis outbreaks in long-term "
                    "care, now over; one imported measles case (see clinician advisory)."),
              ("table", ctx.t(["Maladie", "Semaine", "Cumul 2025", "Cumul 2024"], ["Disease", "Week", "2025 YTD", "2024 YTD"]), rows),
              ctx.t(f"Rédaction : {author} et l'équipe de surveillance. Données provisoires.",
                    f"Prepared by {author} and the surveillance team. Provisional data."),
              ctx.t("Pour vous désabonner, répondez « désabonner ».", "To unsubscribe, reply 'unsubscribe'.")]
    atts = []
    if r.random() < 0.35:
        atts.append(M.att_pdf(f"bulletin_vigie_S{week}.pdf", ctx.t(f"Bulletin de vigie – S{week}", f"Surveillance bulletin – W{week}"),
                              blocks[1:4], r))
    subj = ctx.t(f"Bulletin de vigie – semaine {week}", f"Surveillance bulletin – week {week}")
    return M.Msg(ctx.lang, "bulletin", ("Vigie DSPu", f"vigie@{D.DSP_DOMAIN}"), [("Liste partenaires", f"partenaires@{D.DSP_DOMAIN}")],
                 subj, blocks, attachments=atts, form=r.choice(["html", "alt", "alt"]),
                 note=ctx.t("bulletin de vigie hebdomadaire agrégé", "weekly aggregate surveillance bulletin"))


def weekly_stats(ctx):
    r = ctx.rng
    s = D.STAFF[5]
    weeks = list(range(r.randint(36, 40), r.randint(41, 48)))
    rows = []
    for rl in RLS:
        for dz in (DISEASES_FR if ctx.fr else DISEASES_EN)[:6]:
            rows.append([rl, dz] + [r.randint(0, 14) for _ in weeks])
    headers = ["RLS", ctx.t("Maladie", "Disease")] + [f"S{w}" if ctx.fr else f"W{w}" for w in weeks]
    rate_rows = [[rl, f"{r.uniform(80, 420):.1f}"] for rl in RLS]
    if r.random() < 0.6:
        att = M.att_xlsx(ctx.t(f"MADO_agrégé_S{weeks[0]}-S{weeks[-1]}.xlsx", f"MADO_aggregate_W{weeks[0]}-W{weeks[-1]}.xlsx"),
                         [(ctx.t("Cas par semaine", "Cases by week"), headers, rows),
                          (ctx.t("Taux 100k", "Rate 100k"), ["RLS", ctx.t("Taux ITSS / 100 000", "STBBI rate / 100,000")], rate_rows)])
    else:
        att = M.att_csv(f"mado_s{weeks[0]}_s{weeks[-1]}.csv", headers, rows, r)
    blocks = [ctx.greet(),
              ctx.t("Voici le fichier agrégé demandé pour le comité. Les cellules < 5 sont à masquer avant diffusion externe.",
                    "Here is the aggregate file for the committee. Cells < 5 must be suppressed before external release."),
              ctx.sig(s)]
    subj = ctx.t("Statistiques MADO agrégées", "Aggregate notifiable disease statistics")
    return M.Msg(ctx.lang, "statistics", ctx.addr(s), [ctx.addr(D.STAFF[9])], subj, blocks, attachments=[att],
                 note=ctx.t("statistiques agrégées par RLS", "aggregate statistics by area"))


def committee_notice(ctx):
    r = ctx.rng
    chair, spec = _doc(ctx)
    when = ctx.day(r.randint(5, 20))
    comm = r.choice([("Comité régional de prévention et contrôle des infections", "Regional infection prevention and control committee"),
                     ("Table régionale ITSS", "Regional STBBI round table"),
                     ("Comité de vaccination", "Immunization committee")])
    agenda_fr = ["Adoption de l'ordre du jour et du procès-verbal", f"Bilan de la saison grippale (présenté par {_doc(ctx)[0]})",
                 "Tuberculose : nouveau protocole de dépistage des contacts", "Campagne de vaccination automnale – logistique",
                 "Varia"]
    agenda_en = ["Approval of agenda and minutes", f"Flu season review (presented by {_doc(ctx)[0]})",
                 "Tuberculosis: new contact screening protocol", "Fall immunization campaign – logistics", "Other business"]
    blocks = [ctx.t("Mesdames, Messieurs,", "Dear members,"),
              ctx.t(f"La prochaine rencontre du {comm[0]} aura lieu le {ctx.weekday(when)} de 13 h 30 à 15 h 30, "
                    "salle Laurier (3e étage) et sur Teams.",
                    f"The next meeting of the {comm[1]} will be held {ctx.weekday(when)} from 1:30 to 3:30 pm, "
                    "Laurier room (3rd floor) and on Teams."),
              ctx.t("Ordre du jour :", "Agenda:"), ("list", agenda_fr if ctx.fr else agenda_en),
              ctx.t(f"Présidence : {chair}, {spec}. Merci de confirmer votre présence à Mme Robitaille.",
                    f"Chair: {chair}, {spec}. Please confirm attendance with Ms. Robitaille."),
              ctx.sig(D.STAFF[6])]
    subj = ctx.t(f"Convocation – {comm[0]}", f"Meeting notice – {comm[1]}")
    return M.Msg(ctx.lang, "committee_notice", ctx.addr(D.STAFF[6]), [("Membres du comité", f"comite@{D.DSP_DOMAIN}")], subj, blocks,
                 note=ctx.t("convocation de comité", "committee meeting notice"))


def conference_programme(ctx):
    r = ctx.rng
    talks = [("8 h 30", "8:30", "Mot d'ouverture", "Opening remarks", 0),
             ("9 h 00", "9:00", "Tuberculose chez les personnes migrantes : leçons de 2025", "TB among migrants: lessons from 2025", 1),
             ("10 h 15", "10:15", "Rougeole : prêts pour la prochaine importation ?", "Measles: ready for the next importation?", 3),
             ("11 h 00", "11:00", "Syphilis congénitale – un retour inquiétant", "Congenital syphilis – a worrying return", 2),
             ("13 h 30", "13:30", "Éclosions en CHSLD : ce qui a fonctionné", "LTC outbreaks: what worked", 6),
             ("14 h 30", "14:30", "Panel : vaccination en milieu scolaire", "Panel: school-based immunization", 4)]
    rows = []
    for t_fr, t_en, ti_fr, ti_en, di in talks:
        name, spec = _doc(ctx, di)
        rows.append([t_fr if ctx.fr else t_en, ti_fr if ctx.fr else ti_en, f"{name} ({spec})"])
    date = ctx.day(r.randint(20, 50))
    blocks = [ctx.t(f"Inscrivez-vous aux Journées régionales de santé publique, le {ctx.d(date)} au Centre des congrès de Val-Bernier.",
                    f"Register for the Regional Public Health Days, {ctx.d(date)} at the Val-Bernier Convention Centre."),
              ("table", ctx.t(["Heure", "Conférence", "Conférencier(ère)"], ["Time", "Talk", "Speaker"]), rows),
              ctx.t("Activité reconnue : 5,5 heures de formation continue. Frais : 75 $ (gratuit pour les résidents).",
                    "Accredited for 5.5 hours of continuing education. Fee: $75 (free for residents).")]
    atts = [M.att_pdf(ctx.t("programme_journées_régionales.pdf", "RPHD_programme.pdf"), ctx.t("Programme – Journées régionales", "Programme – Regional days"),
                      blocks[:2], r)] if r.random() < 0.6 else []
    subj = ctx.t("Programme – Journées régionales de santé publique", "Programme – Regional Public Health Days")
    return M.Msg(ctx.lang, "conference", ("Formation continue DSPu", f"formation@{D.DSP_DOMAIN}"), [("Tous", f"tous@{D.DSP_DOMAIN}")],
                 subj, blocks, attachments=atts, form=r.choice(["html", "alt", None]),
                 note=ctx.t("programme de conférence", "conference programme"))


def job_posting(ctx):
    r = ctx.rng
    job = r.choice([("Infirmière clinicienne ou infirmier clinicien – ITSS", "Clinical nurse – STBBI", 0),
                    ("Épidémiologiste – surveillance des maladies infectieuses", "Epidemiologist – infectious disease surveillance", 1),
                    ("Agent(e) administratif(ve) classe 2 – vaccination", "Administrative officer – immunization", 2),
                    ("Infirmière clinicienne ou infirmier clinicien – tuberculose", "Clinical nurse – tuberculosis", 0)])
    duties = [("Vous ferez des enquêtes épidémiologiques, des interventions auprès des contacts et des partenaires, "
               "et participerez aux cliniques de vaccination. Exigences : BAC en sciences infirmières, membre en règle de "
               "l'ordre professionnel.",
               "You will conduct case investigations, contact and partner follow-up, and support immunization "
               "clinics. Requirements: BScN, registered with the nursing order."),
              ("Vous analyserez les données de surveillance, produirez le bulletin de vigie et soutiendrez les enquêtes "
               "d'éclosion. Exigences : maîtrise en épidémiologie, maîtrise de R ou SAS.",
               "You will analyse surveillance data, produce the weekly bulletin and support outbreak investigations. "
               "Requirements: MSc in epidemiology, R or SAS."),
              ("Vous assurerez la prise de rendez-vous, la saisie au registre de vaccination et le soutien logistique des "
               "cliniques. Exigences : DEP en secrétariat, 2 ans d'expérience.",
               "You will handle bookings, registry data entry and clinic logistics. Requirements: secretarial diploma, "
               "2 years' experience.")][job[2]]
    num = f"DSP-{ctx.now.year}-{r.randint(100, 999)}"
    blocks = [("h", job[0] if ctx.fr else job[1]),
              ("kv", [(ctx.t("Numéro d'affichage", "Posting number"), num),
                      (ctx.t("Statut", "Status"), r.choice([ctx.t("temps complet permanent", "full-time permanent"), ctx.t("remplacement 12 mois", "12-month replacement")])),
                      (ctx.t("Échelle salariale", "Salary scale"), r.choice(["32,64 $ – 55,82 $ / h", "$32.64 – $55.82 / h"])),
                      (ctx.t("Fin de l'affichage", "Closing date"), ctx.d(ctx.day(14)))]),
              ctx.t(*duties),
              ctx.t("Postulez en ligne ou écrivez à recrutement@" + D.CISSS_DOMAIN + ".",
                    "Apply online or write to recrutement@" + D.CISSS_DOMAIN + ".")]
    subj = ctx.t("Affichage de poste – ", "Job posting – ") + (job[0] if ctx.fr else job[1])
    return M.Msg(ctx.lang, "job_posting", ("Recrutement CISSS", f"recrutement@{D.CISSS_DOMAIN}"), [("Tous", f"tous@{D.DSP_DOMAIN}")],
                 subj, blocks, form=r.choice(["html", "alt", "plain"]), note=ctx.t("affichage de poste", "job posting"))


def staff_schedule(ctx):
    r = ctx.rng
    sites = ["Aréna de Val-Bernier", "Centre communautaire Lac-Verdier", "Sous-sol de l'église Port-Étienne", "CLSC des Monts"]
    rows = []
    for k in range(r.randint(8, 14)):
        st = r.choice(D.STAFF)
        d = ctx.day(r.randint(1, 14))
        nurse = "infirm" in st[2]
        role = r.choice([ctx.t("vaccination", "vaccinator"), ctx.t("surveillance post-vaccin", "post-vaccine observation")]) \
            if nurse else r.choice([ctx.t("accueil", "reception"), ctx.t("saisie registre", "registry entry")])
        rows.append([ctx.dshort(d), r.choice(sites), f"{st[0]} {st[1]}", r.choice(["8 h-12 h", "12 h 30-16 h 30", "16 h-20 h"] if ctx.fr else ["8-12", "12:30-4:30", "4-8 pm"]),
                     role])
    headers = ctx.t(["Date", "Site", "Employé", "Quart", "Rôle"], ["Date", "Site", "Staff", "Shift", "Role"])
    s = D.STAFF[9]
    blocks = [ctx.greet(), ctx.t("Voici l'horaire des cliniques de vaccination grippe/COVID pour les deux prochaines semaines. "
                                 "Les échanges de quarts doivent être approuvés par moi.",
                                 "Here is the flu/COVID clinic schedule for the next two weeks. Shift swaps must be approved by me.")]
    atts = []
    if r.random() < 0.5:
        atts.append(M.att_xlsx(ctx.t("horaire_équipe_vaccination.xlsx", "clinic_schedule.xlsx"), [(ctx.t("Horaire", "Schedule"), headers, rows)]))
    else:
        blocks.append(("table", headers, rows))
    blocks.append(ctx.sig(s))
    subj = ctx.t("Horaire – cliniques de vaccination", "Schedule – immunization clinics")
    return M.Msg(ctx.lang, "staff_schedule", ctx.addr(s), [("Équipe vaccination", f"equipe.vaccination@{D.DSP_DOMAIN}")], subj, blocks,
                 attachments=atts, note=ctx.t("horaire du personnel des cliniques", "staff clinic schedule"))


def payroll_notice(ctx):
    r = ctx.rng
    pay = ctx.day(r.randint(2, 9))
    blocks = [ctx.greet(),
              ctx.t(f"Rappel : les feuilles de temps de la période 2025-{r.randint(18, 26)} doivent être approuvées "
                    f"avant mardi 12 h. La paie sera déposée le {ctx.d(pay)}.",
                    f"Reminder: timesheets for pay period 2025-{r.randint(18, 26)} must be approved by Tuesday noon. "
                    f"Pay will be deposited on {ctx.d(pay)}."),
              ctx.t("Les heures supplémentaires des cliniques de vaccination de fin de semaine sont codées 0420 (temps et demi). "
                    "La prime de soir s'applique après 19 h.",
                    "Overtime for weekend immunization clinics is code 0420 (time and a half). Evening premium applies after 7 pm."),
              ctx.sig(D.STAFF[10])]
    subj = ctx.t("Paie – feuilles de temps à approuver", "Payroll – timesheets to approve")
    return M.Msg(ctx.lang, "payroll", ctx.addr(D.STAFF[10]), [("Gestionnaires DSPu", f"gestionnaires@{D.DSP_DOMAIN}")], subj, blocks,
                 note=ctx.t("rappel de paie", "payroll reminder"))


def staff_occ_health(ctx):
    r = ctx.rng
    s = r.choice(D.STAFF)
    kind = r.choice(["tst", "fit", "mmr"])
    sante = ("Santé et sécurité du personnel", f"sst@{D.CISSS_DOMAIN}")
    if kind == "tst":
        body = ctx.t(f"Bonjour {s[0]}, selon nos registres, votre TCT annuel d'employé(e) (programme de surveillance du personnel "
                     "de la clinique TB) est dû ce mois-ci. Votre dernier résultat était négatif. Prenez rendez-vous au bureau SST.",
                     f"Hi {s[0]}, our records show your annual employee TST (TB clinic staff surveillance program) is due "
                     "this month. Your last result was negative. Please book at the OHS office.")
    elif kind == "fit":
        body = ctx.t(f"Bonjour {s[0]}, votre essai d'ajustement N95 expire le {ctx.d(ctx.day(12))} (modèle 1870+, taille régulière). "
                     "Sessions disponibles mardi et jeudi.",
                     f"Hi {s[0]}, your N95 fit test expires on {ctx.d(ctx.day(12))} (model 1870+, regular). "
                     "Sessions available Tuesday and Thursday.")
    else:
        body = ctx.t(f"Bonjour {s[0]}, suite à l'exposition à la rougeole à l'urgence, nous devons valider l'immunité des employés. "
                     "Votre carnet indique 2 doses de RRO : aucune mesure requise, vous pouvez travailler normalement.",
                     f"Hi {s[0]}, following the measles exposure in the ER, we must confirm staff immunity. Your record shows "
                     "2 MMR doses: no action needed, you can work as usual.")
    blocks = [body, ctx.t("Santé et sécurité du personnel – CISSS de la Haute-Rivière\nTél. 819-555-0188",
                          "Occupational Health and Safety – CISSS de la Haute-Rivière\nTel. 819-555-0188")]
    subj = ctx.t(r.choice(["Rappel SST – employé", "Santé du personnel – suivi"]), r.choice(["OHS reminder – employee", "Staff health – follow-up"]))
    return M.Msg(ctx.lang, "staff_health", sante, [ctx.addr(s)], subj, blocks,
                 note=ctx.t("suivi de santé au travail d'un employé", "employee occupational health reminder"))


def vaccine_invoice(ctx):
    r = ctx.rng
    inv = f"F-{r.randint(100000, 999999)}"
    items = []
    total = 0.0
    for prod in r.sample(["Fluzone Haute dose 10 x 0,5 mL", "Shingrix 1 fiole", "Priorix 10 fioles", "Havrix 1440 10 x 1 mL",
                          "Tubersol 5 mL", "Engerix-B 10 x 1 mL", "Boostrix 10 x 0,5 mL"], 4):
        q = r.randint(2, 40)
        pu = round(r.uniform(8, 160), 2)
        total += q * pu
        gtin = D.luhn_complete("0" + str(r.randint(10 ** 11, 10 ** 12 - 1)))
        items.append([prod, D.lot_number(r), gtin, str(q), f"{pu:.2f}", f"{q * pu:.2f}"])
    headers = ctx.t(["Produit", "Lot", "GTIN", "Qté", "Prix unit.", "Montant"], ["Product", "Lot", "GTIN", "Qty", "Unit price", "Amount"])
    kv = [(ctx.t("Facture no", "Invoice no."), inv), (ctx.t("Client no", "Customer no."), f"C{r.randint(10000, 99999)}"),
          (ctx.t("Bon de commande", "PO"), f"4500{r.randint(100000, 999999)}"), (ctx.t("Date", "Date"), ctx.d(ctx.day(-3))),
          (ctx.t("Livrer à", "Ship to"), "Dépôt régional de vaccins, 1250 boul. Laurier-Est, Val-Bernier"),
          (ctx.t("Total (TPS/TVQ exonérées)", "Total (tax exempt)"), f"{total:,.2f} $")]
    att = M.att_pdf(f"Facture_{inv}.pdf", ctx.t("FACTURE", "INVOICE"), [("kv", kv), ("table", headers, items)], r,
                    author="Distribution Biomédicale Nord")
    blocks = [ctx.t("Bonjour, veuillez trouver ci-joint la facture pour la livraison de cette semaine.",
                    "Hello, please find attached the invoice for this week's delivery."),
              ("sig", ["Comptes clients", "Distribution Biomédicale Nord inc.", "2200, rue Industrielle, Saint-Anselme-des-Monts (Québec) J0W 1H0",
                       "Tél. 450-555-0163"])]
    subj = ctx.t(f"Facture {inv}", f"Invoice {inv}")
    return M.Msg(ctx.lang, "invoice", ("Distribution Biomédicale Nord", "ar@biomed-nord.example"), [("Comptes fournisseurs", f"cpa@{D.CISSS_DOMAIN}")],
                 subj, blocks, attachments=[att], note=ctx.t("facture de vaccins", "vaccine invoice"))


def purchase_order(ctx):
    r = ctx.rng
    po = f"4500{r.randint(100000, 999999)}"
    lines = r.sample([("Écouvillons nasopharyngés floqués, bte 100", "Flocked NP swabs, box of 100"),
                      ("Milieu de transport viral 3 mL", "Viral transport medium 3 mL"),
                      ("Masques N95 1870+ (bte 20)", "N95 masks 1870+ (box of 20)"),
                      ("Seringues 1 mL 25G 5/8", "1 mL syringes 25G 5/8"),
                      ("Glacières validées 48 h", "Validated 48 h coolers"),
                      ("Enregistreurs de température USB", "USB temperature loggers")], 4)
    rows = [[f"{r.randint(100000, 999999)}", l[0] if ctx.fr else l[1], str(r.randint(1, 50)), f"{r.uniform(5, 300):.2f}"] for l in lines]
    s = D.STAFF[10]
    blocks = [ctx.greet(), ctx.t(f"Bon de commande {po} pour approbation (centre de coût 7410-DSP).",
                                 f"Purchase order {po} for approval (cost centre 7410-DSP)."),
              ("table", ctx.t(["No article", "Description", "Qté", "Prix"], ["Item no.", "Description", "Qty", "Price"]), rows),
              ctx.sig(s)]
    atts = [M.att_csv(f"BC_{po}.csv", ["item", "description", "qty", "price"], rows, r)] if r.random() < 0.4 else []
    subj = ctx.t(f"BC {po} – approbation", f"PO {po} – approval")
    return M.Msg(ctx.lang, "purchase_order", ctx.addr(s), [ctx.addr(D.STAFF[9])], subj, blocks, attachments=atts,
                 note=ctx.t("bon de commande de fournitures", "supplies purchase order"))


BUILDERS = [epi_bulletin, weekly_stats, committee_notice, conference_programme, job_posting, staff_schedule,
            payroll_notice, staff_occ_health, vaccine_invoice, purchase_order]
