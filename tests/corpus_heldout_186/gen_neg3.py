"""Negative scenarios, part 3: IT, facilities, templates, teaching, social, payroll, schedules, research."""
import random

import gen_common as C
import gen_docs as D
import gen_mime as M
from gen_neg1 import luhn_serial, matricule
from gen_neg2 import all_staff
from gen_scen import SST_BOX_EN, SST_BOX_FR, html_doc, html_table, outlook_block, p_html, quote_block, spec, text_table


def it_notice(ctx):
    r = ctx.rng
    it = ctx.staff(role=ctx.L("analyste, soutien applicatif", "Application Support Analyst"))
    app = r.choice(["Virtuo SST", "Médisolution RH", "Logibec GRH", "Proxym-SST"])
    d = ctx.day(-r.randint(2, 9))
    if ctx.fr:
        subj = "Interruption planifiée - %s - %s" % (app, d.strftime("%Y-%m-%d"))
        text = ("Bonjour,\n\nUne mise à jour de %s (version 8.%d) aura lieu le %s de 18 h à 23 h. Pendant cette période, "
                "la saisie des déclarations d'accident et des dossiers de vaccination sera impossible; utilisez le formulaire papier SST-01.\n\n"
                "Billet de changement : CHG%07d. Serveur : srv-sst-%02d.%s\n\nCentre de services TI : poste 5555\n\n%s") % (
            app, r.randint(1, 9), d.strftime("%Y-%m-%d"), r.randint(1000000, 9999999), r.randint(1, 9), C.ORG_DOMAIN, ctx.sig(it))
    else:
        subj = "Planned outage - %s - %s" % (app, d.strftime("%Y-%m-%d"))
        text = ("Hello,\n\nAn update of %s (version 8.%d) will take place on %s from 6 pm to 11 pm. During this window, "
                "accident reports and vaccination records cannot be entered; use paper form OHS-01.\n\n"
                "Change ticket: CHG%07d. Server: srv-sst-%02d.%s\n\nIT service desk: ext. 5555\n\n%s") % (
            app, r.randint(1, 9), d.strftime("%Y-%m-%d"), r.randint(1000000, 9999999), r.randint(1, 9), C.ORG_DOMAIN, ctx.sig(it))
    return spec(ctx, "it_notice", ctx.L("avis d'interruption TI", "IT outage notice"), it, [SST_BOX_FR if ctx.fr else SST_BOX_EN], subj, text)


def facilities(ctx):
    r = ctx.rng
    tech = ctx.staff(role=ctx.L("technicien en bâtiment", "Building Technician"))
    rooms = ", ".join("%d" % r.randint(301, 540) for _ in range(3))
    asset = "EQ-" + luhn_serial(r, 9)
    if ctx.fr:
        subj = "Chambres à pression négative - vérification annuelle"
        text = ("Bonjour,\n\nLa vérification annuelle des chambres à pression négative (%s) aura lieu jeudi. Les chambres ne pourront pas "
                "recevoir d'usagers en précautions aériennes de 8 h à 12 h. Le moniteur de pression différentielle (actif %s) sera "
                "remplacé dans la chambre %s.\n\nRésultats de l'an dernier : -8,2 Pa en moyenne, 12 changements d'air/h.\n\n%s\nServices techniques, poste 2020") % (
            rooms, asset, rooms.split(", ")[0], C.full(tech))
    else:
        subj = "Negative-pressure rooms - annual check"
        text = ("Hello,\n\nThe annual check of negative-pressure rooms (%s) is on Thursday. The rooms cannot take "
                "airborne-isolation patients from 8 am to noon. The differential pressure monitor (asset %s) will be "
                "replaced in room %s.\n\nLast year's results: -8.2 Pa average, 12 air changes/h.\n\n%s\nTechnical Services, ext. 2020") % (
            rooms, asset, rooms.split(", ")[0], C.full(tech))
    return spec(ctx, "facilities", ctx.L("entretien des chambres à pression négative", "negative-pressure room maintenance"),
                tech, [all_staff(ctx)], subj, text)


def blank_form_template(ctx):
    r = ctx.rng
    nurse = ctx.staff()
    fields = ctx.L(["Nom du patient source : ______________________", "No de dossier : __________", "Date de naissance : ____/____/______",
                    "NAM : ____ ____ ____", "Antécédents connus (VHB, VHC, VIH, UDI) : ________________",
                    "Consentement obtenu par : ______________", "", "Section employé :", "Nom : ____________  Matricule : ______",
                    "Type d'exposition : [ ] percutanée  [ ] muqueuse  [ ] peau lésée"],
                   ["Source patient name: ______________________", "Chart no.: __________", "Date of birth: ____/____/______",
                    "Health insurance no.: ____ ____ ____", "Known history (HBV, HCV, HIV, IVDU): ________________",
                    "Consent obtained by: ______________", "", "Employee section:", "Name: ____________  Employee no.: ______",
                    "Exposure type: [ ] percutaneous  [ ] mucosal  [ ] non-intact skin"])
    fmt = r.choice(["pdf", "docx"])
    title = ctx.L("Formulaire SST-05 - Exposition au sang (version 2025)", "Form OHS-05 - Blood exposure (2025 version)")
    data = D.pdf(title, fields) if fmt == "pdf" else D.docx(fields, title=title)
    text = ctx.L("Bonjour,\n\nNouvelle version du formulaire SST-05 (vierge) à utiliser dès le 1er du mois. Les anciennes versions doivent être retirées des unités.\n\n%s",
                 "Hello,\n\nNew version of form OHS-05 (blank), to be used from the 1st of the month. Please remove old versions from units.\n\n%s") % ctx.sig(nurse)
    return spec(ctx, "blank_form", ctx.L("formulaire vierge d'exposition", "blank exposure form"), nurse,
                [("Chefs d'unité" if ctx.fr else "Unit managers", "chefs-unites@" + C.ORG_DOMAIN)],
                ctx.L("Formulaire SST-05 mis à jour", "Updated form OHS-05"), text,
                attachments=[{"filename": ctx.L("SST-05_vierge.%s", "OHS-05_blank.%s") % fmt, "ctype": D.CT[fmt], "data": data}])


def mailmerge_template(ctx):
    r = ctx.rng
    agent = ctx.staff(role=ctx.L("agente de gestion de l'invalidité", "Disability Management Officer"))
    coll = ctx.staff(role="")
    if ctx.fr:
        subj = "Gabarit lettre - convocation expertise médicale"
        body = ("«Prénom» «Nom»\n«Adresse»\n«Ville» «Code_postal»\n\nObjet : Convocation à une expertise médicale — dossier CNESST «No_dossier»\n\n"
                "«Madame_Monsieur»,\n\nConformément à l'article 209 de la LATMP, vous êtes convoqué(e) à une expertise auprès du Dr «Médecin_désigné» "
                "le «Date_RV» à «Heure_RV», au «Lieu_RV». Veuillez apporter vos imageries et la liste de vos médicaments.\n\n"
                "Les frais de déplacement vous seront remboursés.")
        text = "Bonjour %s,\n\nVoici le gabarit de publipostage corrigé (champs entre chevrons). Ne pas modifier les noms de champs.\n\n----\n%s\n----\n\n%s" % (
            coll["given"], body, ctx.sig(agent))
    else:
        subj = "Letter template - independent medical exam notice"
        body = ("{{FirstName}} {{LastName}}\n{{Address}}\n{{City}} {{PostalCode}}\n\nRe: Independent medical examination - CNESST file {{FileNo}}\n\n"
                "Dear {{Salutation}},\n\nUnder section 209 of the Act respecting industrial accidents and occupational diseases, you are asked to attend "
                "an examination with Dr. {{DesignatedPhysician}} on {{ApptDate}} at {{ApptTime}}, at {{ApptPlace}}. Please bring your imaging and medication list.\n\n"
                "Travel costs will be reimbursed.")
        text = "Hi %s,\n\nHere is the corrected mail-merge template (fields in braces). Do not rename the fields.\n\n----\n%s\n----\n\n%s" % (
            coll["given"], body, ctx.sig(agent))
    atts = []
    if r.random() < 0.5:
        atts.append({"filename": ctx.L("gabarit_convocation_expertise.docx", "IME_notice_template.docx"), "ctype": D.CT["docx"],
                     "data": D.docx(body.split("\n\n"), title=ctx.L("Gabarit", "Template"))})
    return spec(ctx, "mailmerge_template", ctx.L("gabarit de publipostage CNESST", "CNESST mail-merge template"), agent, [coll], subj, text, attachments=atts)


def teaching_case(ctx):
    r = ctx.rng
    md = ctx.staff(role=ctx.L("médecin responsable, santé au travail", "Occupational Health Physician"))
    age = r.randint(24, 58)
    if ctx.fr:
        subj = "Cas clinique pour la formation des infirmières SST (dépersonnalisé)"
        text = ("Bonjour à l'équipe,\n\nVoici le cas pour la formation de jeudi. Toute information identifiante a été retirée.\n\n"
                "Cas : une infirmière de %d ans se pique avec une aiguille creuse après un prélèvement chez un patient A, 47 ans, "
                "connu VHC+ (ARN 2,1 x 10^6 UI/mL) et VIH négatif. L'employée a reçu 3 doses de vaccin anti-hépatite B en 2009, "
                "anti-HBs jamais documenté.\n\nQuestions :\n1. Quels tests de base chez l'employée?\n2. Faut-il une prophylaxie VHB?\n"
                "3. Quel suivi pour le VHC (ARN à 3 et 6 semaines?)\n4. Quelles déclarations (CNESST, registre)?\n\n%s") % (age, ctx.sig(md))
    else:
        subj = "Teaching case for OH nurse training (de-identified)"
        text = ("Hello team,\n\nHere is the case for Thursday's training. All identifying information has been removed.\n\n"
                "Case: a %d-year-old nurse sustains a hollow-bore needlestick after drawing blood from patient A, 47, "
                "known HCV+ (RNA 2.1 x 10^6 IU/mL) and HIV negative. The employee had 3 doses of hepatitis B vaccine in 2009, "
                "anti-HBs never documented.\n\nQuestions:\n1. Which baseline tests for the employee?\n2. Is HBV prophylaxis needed?\n"
                "3. What HCV follow-up (RNA at 3 and 6 weeks?)\n4. What reports (CNESST, registry)?\n\n%s") % (age, ctx.sig(md))
    return spec(ctx, "teaching_case", ctx.L("cas clinique dépersonnalisé pour formation", "de-identified teaching case"),
                md, [SST_BOX_FR if ctx.fr else SST_BOX_EN], subj, text)


def staff_birth_announcement(ctx):
    r = ctx.rng
    coll = ctx.staff(role=ctx.L("technicienne en administration, SST", "OHS Administrative Technician"))
    parent = ctx.people.staff()
    baby = r.choice(["Léa", "Mathis", "Florence", "Noah", "Rosalie", "Elliot"])
    bd = ctx.day(r.randint(2, 6)).strftime("%Y-%m-%d")
    w = "%.1f" % r.uniform(2.9, 4.1)
    if ctx.fr:
        subj = "Bienvenue bébé %s!" % baby
        text = ("Bonjour l'équipe,\n\nNotre collègue %s est maman/papa depuis le %s : %s est né(e) à 6 h 12, %s kg. "
                "Tout le monde va bien! Une carte circule au secrétariat de la SST pour ceux qui veulent signer, "
                "et une collecte pour un panier-cadeau jusqu'à vendredi.\n\n%s") % (C.full(parent), bd, baby, w.replace(".", ","), coll["given"])
    else:
        subj = "Welcome baby %s!" % baby
        text = ("Hi team,\n\nOur colleague %s became a parent on %s: %s was born at 6:12 am, %s kg. "
                "Everyone is doing well! A card is going around the OH office for signatures, "
                "and we're collecting for a gift basket until Friday.\n\n%s") % (C.full(parent), bd, baby, w, coll["given"])
    return spec(ctx, "staff_birth", ctx.L("annonce de naissance du bébé d'une collègue", "colleague's baby announcement"),
                coll, [("Équipe SST" if ctx.fr else "OH team", "equipe-sst@" + C.ORG_DOMAIN)], subj, text)


def payroll_cnesst(ctx):
    r = ctx.rng
    pay = ctx.staff(role=ctx.L("technicienne en paie", "Payroll Technician"))
    agent = ctx.staff(role=ctx.L("agente de gestion de l'invalidité", "Disability Management Officer"))
    rows = [[ctx.L("Matricule", "Employee no."), ctx.L("Période", "Period"), ctx.L("Code", "Code"), ctx.L("Heures", "Hours"), ctx.L("Montant", "Amount")]]
    for _ in range(r.randint(4, 7)):
        rows.append([matricule(r), "P%02d" % r.randint(1, 26), r.choice(["CN14", "CN90", "AT-RT", "ASS-T"]), "%.2f" % r.uniform(7, 75),
                     "%.2f" % r.uniform(200, 2400)])
    if ctx.fr:
        subj = "Paie - codes CNESST à corriger période %s" % rows[1][1]
        text = ("Bonjour %s,\n\nPour les employés ci-dessous, le code CN90 (indemnité de remplacement du revenu, 90 %% du net) a été saisi "
                "au lieu de CN14 (14 premiers jours payés par l'employeur). Pouvez-vous valider avant la fermeture de paie mercredi?\n\n%s\n\n%s") % (
            agent["given"], text_table(rows), ctx.sig(pay) if False else C.full(pay) + "\n" + pay["role"] + "\nService de la paie, poste 2410")
    else:
        subj = "Payroll - CNESST codes to fix period %s" % rows[1][1]
        text = ("Hi %s,\n\nFor the employees below, code CN90 (income replacement indemnity, 90%% of net) was entered "
                "instead of CN14 (first 14 days paid by employer). Can you validate before payroll closes Wednesday?\n\n%s\n\n%s") % (
            agent["given"], text_table(rows), C.full(pay) + "\n" + pay["role"] + "\nPayroll, ext. 2410")
    return spec(ctx, "payroll_cnesst", ctx.L("correction de codes de paie CNESST", "CNESST payroll code corrections"), pay, [agent], subj, text)


def vaccination_clinic_schedule(ctx):
    r = ctx.rng
    nurse = ctx.staff()
    d = ctx.day(-r.randint(3, 12))
    staff = [ctx.people.staff() for _ in range(4)]
    slots = ["%s 7 h 00-11 h 00 : %s, %s" % (d.strftime("%Y-%m-%d"), C.full(staff[0]), C.full(staff[1])),
             "%s 19 h 00-23 h 00 : %s, %s" % (d.strftime("%Y-%m-%d"), C.full(staff[2]), C.full(staff[3]))]
    if not ctx.fr:
        slots = [s.replace(" h ", ":").replace("7:00-11:00", "7:00-11:00") for s in slots]
    text = ctx.L("Bonjour,\n\nHoraire des vaccinatrices pour la clinique COVID/influenza du personnel (cafétéria, niveau 0) :\n\n%s\n\n"
                 "Apporter carte d'employé. Vaccins : Comirnaty XBB, Flulaval Tetra, Fluzone Haute Dose pour les 65 ans et plus.\n\n%s",
                 "Hello,\n\nVaccinator schedule for the staff COVID/flu clinic (cafeteria, level 0):\n\n%s\n\n"
                 "Bring your staff ID. Vaccines: Comirnaty XBB, Flulaval Tetra, Fluzone High-Dose for 65+.\n\n%s") % ("\n".join(slots), ctx.sig(nurse))
    ical = D.ics("vacc-%d@chvo.example" % ctx.index, d.strftime("%Y%m%d") + "T070000", d.strftime("%Y%m%d") + "T110000",
                 ctx.L("Clinique de vaccination du personnel", "Staff vaccination clinic"),
                 ctx.L("Vaccinatrices : ", "Vaccinators: ") + C.full(staff[0]) + ", " + C.full(staff[1]), ctx.L("Cafétéria", "Cafeteria"),
                 (C.full(nurse), nurse["email"]), [(C.full(s), C.email_of(s)) for s in staff[:2]])
    return spec(ctx, "vaccination_clinic_schedule", ctx.L("horaire de clinique de vaccination du personnel", "staff vaccination clinic schedule"),
                nurse, [(C.full(s), C.email_of(s)) for s in staff], ctx.L("Horaire clinique de vaccination", "Vaccination clinic schedule"),
                text, attachments=[{"filename": "clinique.ics" if ctx.fr else "clinic.ics", "ctype": D.CT["ics"], "text": ical, "charset": "utf-8"}])


def research_protocol(ctx):
    r = ctx.rng
    res = ctx.staff(role=ctx.L("chercheuse, centre de recherche", "Researcher, research centre"))
    rec = ctx.staff(role="")
    proto = "CER-%d-%03d" % (2024, r.randint(1, 400))
    lines = [ctx.L("Titre : Efficacité des dispositifs de sécurité pour la prévention des piqûres d'aiguilles chez le personnel infirmier",
                   "Title: Effectiveness of safety-engineered devices in preventing needlestick injuries among nursing staff"),
             ctx.L("Devis : étude rétrospective de cohorte, données agrégées du registre SST 2019-2024", "Design: retrospective cohort, aggregate OH registry data 2019-2024"),
             ctx.L("Population : employés ayant déclaré une exposition (n estimé = 420); aucune donnée nominative extraite",
                   "Population: employees who reported an exposure (estimated n = 420); no identifying data extracted"),
             ctx.L("Critère principal : taux d'exposition par 100 ETC", "Primary outcome: exposure rate per 100 FTE"),
             ctx.L("Numéro CER : ", "REB number: ") + proto]
    fmt = r.choice(["pdf", "docx"])
    data = D.pdf(ctx.L("Protocole de recherche", "Research protocol"), lines) if fmt == "pdf" else D.docx(lines, title=ctx.L("Protocole", "Protocol"))
    text = ctx.L("Bonjour %s,\n\nCi-joint le protocole %s approuvé par le CER. Nous aurons besoin d'un extrait agrégé du registre des expositions.\n\n%s\n%s",
                 "Hi %s,\n\nAttached is protocol %s approved by the REB. We'll need an aggregate extract of the exposure registry.\n\n%s\n%s") % (
        rec["given"], proto, C.full(res), res["role"])
    return spec(ctx, "research_protocol", ctx.L("protocole de recherche sans participants identifiés", "research protocol without identities"),
                res, [rec], ctx.L("Protocole %s - piqûres d'aiguilles", "Protocol %s - needlestick injuries") % proto, text,
                attachments=[{"filename": "%s.%s" % (proto, fmt), "ctype": D.CT[fmt], "data": data}])


def physician_directory(ctx):
    r = ctx.rng
    sec = ctx.staff(role=ctx.L("adjointe administrative", "Administrative Assistant"))
    docs = [ctx.people.staff() for _ in range(5)]
    specs = ctx.L(["pneumologie - tuberculose latente et active", "infectiologie - VIH, hépatites virales", "physiatrie - TMS, lombalgie",
                   "psychiatrie - santé mentale au travail", "dermatologie - dermatites de contact professionnelles"],
                  ["respirology - latent and active TB", "infectious diseases - HIV, viral hepatitis", "physiatry - MSD, low back pain",
                   "psychiatry - workplace mental health", "dermatology - occupational contact dermatitis"])
    lines = ["%s %s — %s — %s" % (("Dre" if d["sex"] == "F" else "Dr") if ctx.fr else "Dr.", C.full(d), s, C.phone(r)) for d, s in zip(docs, specs)]
    card_doc = docs[0]
    card = D.vcard("Dr %s" % C.full(card_doc), [card_doc["surname"], card_doc["given"], "", "Dr", ""], org=C.ORG_FR,
                   title=specs[0].split(" - ")[0], tels=[("WORK", C.ORG_PHONE)], email=C.email_of(card_doc))
    text = ctx.L("Bonjour,\n\nListe à jour des médecins consultants pour les employés (références SST) :\n\n%s\n\nFiche contact jointe.\n\n%s",
                 "Hello,\n\nUpdated list of consulting physicians for staff (OH referrals):\n\n%s\n\nContact card attached.\n\n%s") % ("\n".join(lines), ctx.sig(sec))
    return spec(ctx, "physician_directory", ctx.L("répertoire des médecins consultants", "consulting physician directory"), sec,
                [SST_BOX_FR if ctx.fr else SST_BOX_EN], ctx.L("Répertoire des consultants - mise à jour", "Consultant directory - update"), text,
                attachments=[{"filename": "%s.vcf" % C.fold(card_doc["surname"]), "ctype": D.CT["vcf"], "text": card}])


def public_health_bulletin(ctx):
    r = ctx.rng
    dsp = ("Santé publique - vigie", "vigie@dspu-hautes-rivieres.example")
    md = ctx.staff(role="")
    n = r.randint(3, 11)
    if ctx.fr:
        subj = "Vigie - coqueluche et rougeole dans la région (semaine %d)" % r.randint(2, 12)
        text = ("Aux responsables de santé au travail des établissements,\n\n%d cas de coqueluche et 2 cas de rougeole ont été déclarés dans la région "
                "depuis le début de l'année (groupes d'âge : 0-4 ans : %d; 5-17 ans : %d; adultes : %d). Aucun lien avec un milieu de soins "
                "n'a été identifié.\n\nRappel : vérifier le statut vaccinal du personnel (rougeole : 2 doses; coqueluche : 1 dose à l'âge adulte, "
                "chaque grossesse pour les travailleuses enceintes).\n\nDre Petrenko\nMédecin-conseil, maladies infectieuses") % (n, n // 3, n // 3, n - 2 * (n // 3))
    else:
        subj = "Surveillance - pertussis and measles in the region (week %d)" % r.randint(2, 12)
        text = ("To occupational health leads,\n\n%d pertussis cases and 2 measles cases have been reported in the region "
                "since January (age groups: 0-4: %d; 5-17: %d; adults: %d). No link to a care setting has been identified.\n\n"
                "Reminder: check staff vaccine status (measles: 2 doses; pertussis: 1 adult dose, each pregnancy for pregnant workers).\n\n"
                "Dr. Petrenko\nMedical Advisor, Infectious Diseases") % (n, n // 3, n // 3, n - 2 * (n // 3))
    return spec(ctx, "public_health_bulletin", ctx.L("vigie régionale agrégée", "aggregate regional surveillance bulletin"), dsp, [md], subj, text)


def eap_notice(ctx):
    r = ctx.rng
    hr = ctx.staff(role=ctx.L("conseillère en santé organisationnelle", "Organizational Health Advisor"))
    html = html_doc("<h2>%s</h2>" % ctx.L("Programme d'aide aux employés", "Employee Assistance Program"),
                    p_html(ctx.L("Vous vivez une période difficile? Stress, deuil, difficultés conjugales, finances, dépendances : le PAE est confidentiel "
                                 "et gratuit pour vous et votre famille, 24/7, au 1 800 555-0188.\n\nNouveau : consultations en ligne avec "
                                 "une psychologue ou un travailleur social en moins de 48 h.\n\n", "Going through a tough time? Stress, grief, relationship issues, finances, "
                                 "addictions: the EAP is confidential and free for you and your family, 24/7, at 1 800 555-0188.\n\nNew: online sessions with a psychologist "
                                 "or social worker within 48 h.\n\n") + C.full(hr) + "\n" + hr["role"]))
    text = ctx.L("Programme d'aide aux employés - 1 800 555-0188 - confidentiel et gratuit, 24/7.", "Employee Assistance Program - 1 800 555-0188 - confidential and free, 24/7.")
    return spec(ctx, "eap_notice", ctx.L("rappel du programme d'aide aux employés", "EAP reminder"), hr, [all_staff(ctx)],
                ctx.L("Rappel - Programme d'aide aux employés (PAE)", "Reminder - Employee Assistance Program (EAP)"), text, html=html,
                html_only=r.random() < 0.5)


def forwarded_it_eml(ctx):
    r = ctx.rng
    mgr = ctx.staff(role=ctx.L("chef de service, SST", "Manager, Occupational Health"))
    team = ("Équipe SST" if ctx.fr else "OH team", "equipe-sst@" + C.ORG_DOMAIN)
    phish = r.random() < 0.5
    if phish:
        isubj = ctx.L("[HAMEÇONNAGE] Faux courriel « Mise à jour de votre paie »", "[PHISHING] Fake e-mail 'Update your payroll details'")
        ibody = ctx.L("Un faux courriel imitant le service de la paie circule. Ne cliquez pas sur le lien et ne saisissez jamais "
                      "votre mot de passe. Signalez-le avec le bouton « Signaler ».\n\nSécurité de l'information\n",
                      "A fake e-mail imitating Payroll is circulating. Do not click the link and never enter your password. "
                      "Report it with the 'Report' button.\n\nInformation Security\n")
    else:
        isubj = ctx.L("Migration des boîtes partagées - %s", "Shared mailbox migration - %s") % ctx.dstr(-5, "num")
        ibody = ctx.L("La boîte partagée sante.travail sera migrée vers Exchange Online. Aucun courriel ne sera perdu; "
                      "relancez Outlook après 22 h.\n\nCentre de services TI, poste 5555\n",
                      "The sante.travail shared mailbox will be migrated to Exchange Online. No mail will be lost; "
                      "restart Outlook after 10 pm.\n\nIT service desk, ext. 5555\n")
    inner = {"from": ("Centre de services TI", "servicedesk@" + C.ORG_DOMAIN), "to": [team], "cc": [], "subject": isubj,
             "text": ibody, "html": None, "attachments": [], "date": ctx.date.replace(hour=max(ctx.date.hour - 3, 0))}
    itr = {"rng": random.Random(ctx.index + 7), "mode": "plain", "charset": "utf-8", "cte": "quoted-printable", "eol": "\n",
           "hdr_charset": "utf-8", "hdr_mode": "B", "fn_style": "plain", "mailer": None}
    data = M.build(inner, itr, "ninner%d" % ctx.index)
    text = ctx.L("Pour info, voir le message joint. Merci d'en tenir compte.\n\n%s", "FYI, see attached message. Please take note.\n\n%s") % C.full(mgr)
    return spec(ctx, "forwarded_it_eml", ctx.L("avis TI transféré en pièce jointe .eml", "IT notice forwarded as .eml"), mgr, [team],
                ctx.L("TR: ", "FW: ") + isubj, text, attachments=[{"filename": ctx.L("avis_TI.eml", "IT_notice.eml"), "ctype": "message/rfc822", "data": data}])


def zip_policies(ctx):
    r = ctx.rng
    adv = ctx.staff(role=ctx.L("conseiller en prévention SST", "OHS Prevention Advisor"))
    docs = [(ctx.L("Politique_prevention_violence.pdf", "Violence_prevention_policy.pdf"),
             D.pdf(ctx.L("Politique de prévention de la violence", "Violence prevention policy"),
                   [ctx.L("1. Tolérance zéro envers la violence au travail.", "1. Zero tolerance for workplace violence."),
                    ctx.L("2. Tout événement doit être déclaré dans les 24 h.", "2. Every event must be reported within 24 h."),
                    ctx.L("3. Le code blanc est déclenché au 5555.", "3. Code white is called at 5555.")])),
            (ctx.L("Procedure_exposition_sang.docx", "Blood_exposure_procedure.docx"),
             D.docx([ctx.L("Laver la plaie à l'eau et au savon.", "Wash the wound with soap and water."),
                     ctx.L("Déclarer immédiatement à la SST ou à l'urgence la nuit.", "Report immediately to OH, or the ED at night."),
                     ctx.L("Ne pas presser la plaie.", "Do not squeeze the wound.")], title=ctx.L("Procédure", "Procedure"))),
            ("liste_contacts_SST.csv", D.csv_text([["service", "poste"], ["SST", "4127"], ["PCI", "3402"], ["Sécurité", "5555"]]).encode("utf-8"))]
    zb = D.zipfile_bytes(docs)
    text = ctx.L("Bonjour,\n\nVoici l'archive des politiques et procédures SST révisées (approuvées au comité de direction). À afficher sur les unités.\n\n%s",
                 "Hello,\n\nHere is the archive of revised OHS policies and procedures (approved by the executive committee). Please post on units.\n\n%s") % ctx.sig(adv)
    return spec(ctx, "zip_policies", ctx.L("archive ZIP de politiques SST", "ZIP of OHS policies"), adv,
                [("Chefs d'unité" if ctx.fr else "Unit managers", "chefs-unites@" + C.ORG_DOMAIN)],
                ctx.L("Politiques SST révisées 2025", "Revised OHS policies 2025"), text,
                attachments=[{"filename": ctx.L("politiques_SST_2025.zip", "OHS_policies_2025.zip"), "ctype": D.CT["zip"], "data": zb}])


def leave_schedule(ctx):
    r = ctx.rng
    mgr = ctx.staff(role=ctx.L("chef de service, SST", "Manager, Occupational Health"))
    rows = [[ctx.L("Employé", "Employee"), ctx.L("Du", "From"), ctx.L("Au", "To"), ctx.L("Motif", "Reason")]]
    for _ in range(r.randint(4, 7)):
        s = ctx.people.staff()
        a = ctx.day(-r.randint(10, 60))
        rows.append([C.full(s), a.strftime("%Y-%m-%d"), ctx.day(-r.randint(61, 75)).strftime("%Y-%m-%d"),
                     r.choice(ctx.L(["vacances", "congé parental", "formation", "congé sans solde", "férié reporté"],
                                    ["vacation", "parental leave", "training", "unpaid leave", "banked holiday"]))])
    text = ctx.L("Bonjour l'équipe,\n\nVoici le calendrier des congés approuvés pour la période des fêtes et de la relâche. "
                 "La couverture de la clinique sans rendez-vous est assurée.\n\n%s\n\n%s",
                 "Hi team,\n\nHere are the approved leaves for the holidays and spring break. "
                 "Walk-in clinic coverage is ensured.\n\n%s\n\n%s") % (text_table(rows), ctx.sig(mgr))
    html = html_doc(p_html(text.split("\n\n")[0] + "\n\n" + text.split("\n\n")[1]), html_table(rows), p_html(ctx.sig(mgr)))
    return spec(ctx, "leave_schedule", ctx.L("calendrier des congés de l'équipe", "team leave schedule"), mgr,
                [("Équipe SST" if ctx.fr else "OH team", "equipe-sst@" + C.ORG_DOMAIN)],
                ctx.L("Congés approuvés - fêtes et relâche", "Approved leave - holidays and spring break"), text, html=html)


SCENARIOS = [it_notice, facilities, blank_form_template, mailmerge_template, teaching_case, staff_birth_announcement,
             payroll_cnesst, vaccination_clinic_schedule, research_protocol, physician_directory, public_health_bulletin,
             eap_notice, forwarded_it_eml, zip_policies, leave_schedule]
