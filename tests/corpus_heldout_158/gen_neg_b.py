"""Negative builders, part B: vaccine inventory, recalls, shortages, IT, facilities, blank forms,
mail-merge templates, teaching cases, research protocols, clinician newsletters, baby news,
outbreak-cell minutes (aggregate)."""
import gen_data as D
import gen_mime as M
from gen_neg_a import _doc


def vaccine_inventory(ctx):
    r = ctx.rng
    fridge_sn = D.serial_luhn(r, 9)
    rows = []
    for prod in r.sample(["Fluzone HD", "Flulearn QIV", "Comirnaty", "Shingrix", "Priorix", "Varivax", "Gardasil 9",
                          "Engerix-B", "Havrix", "Pneumovax 23", "Imovax Rage", "Tubersol"], 7):
        exp = ctx.day(r.randint(30, 500))
        rows.append([prod, D.lot_number(r), exp.isoformat(), str(r.randint(0, 240)), r.choice(["A", "B", "C"])])
    headers = ctx.t(["Produit", "Lot", "Péremption", "Doses", "Tablette"], ["Product", "Lot", "Expiry", "Doses", "Shelf"])
    s = D.STAFF[11]
    blocks = [ctx.greet(),
              ctx.t(f"Inventaire du réfrigérateur no 3 (no de série {fridge_sn[:3]} {fridge_sn[3:6]} {fridge_sn[6:]}) en date d'aujourd'hui. "
                    "Merci de commander le Priorix avant vendredi.",
                    f"Inventory of fridge #3 (serial no. {fridge_sn[:3]} {fridge_sn[3:6]} {fridge_sn[6:]}) as of today. "
                    "Please order Priorix before Friday."),
              ("table", headers, rows), ctx.sig(s)]
    atts = []
    if r.random() < 0.5:
        atts = [M.att_xlsx(f"inventaire_frigo3_{ctx.now:%Y%m%d}.xlsx", [("Inventaire", headers, rows)])]
        blocks[2] = ctx.t("(fichier joint)", "(file attached)")
    subj = ctx.t("Inventaire vaccins – frigo 3", "Vaccine inventory – fridge 3")
    return M.Msg(ctx.lang, "inventory", ctx.addr(s), [("Dépôt de vaccins", f"depot.vaccins@{D.DSP_DOMAIN}")], subj, blocks,
                 attachments=atts, note=ctx.t("inventaire de vaccins", "vaccine inventory"))


def recall_notice(ctx):
    r = ctx.rng
    lots = [D.lot_number(r) for _ in range(r.randint(1, 3))]
    prod = r.choice(["Tubersol 1 mL", "seringues préremplies 0,5 mL", "Engerix-B 1 mL", "écouvillons de transport"])
    blocks = [("h", ctx.t("AVIS DE RAPPEL – retrait volontaire", "RECALL NOTICE – voluntary withdrawal")),
              ctx.t(f"Le fabricant procède au retrait des lots suivants de {prod} : {', '.join(lots)}. Motif : possible défaut "
                    "d'étanchéité du bouchon. Aucun effet indésirable n'a été rapporté.",
                    f"The manufacturer is withdrawing the following lots of {prod}: {', '.join(lots)}. Reason: possible "
                    "stopper seal defect. No adverse events reported."),
              ("list", [ctx.t("Mettre les lots en quarantaine (étiquette « NE PAS UTILISER »)", "Quarantine the lots (label 'DO NOT USE')"),
                        ctx.t("Remplir le formulaire de retour et l'envoyer au dépôt régional", "Fill out the return form and send it to the regional depot"),
                        ctx.t("Aucune mesure requise pour les personnes déjà vaccinées", "No action needed for people already vaccinated")]),
              ctx.sig(D.STAFF[15])]
    subj = ctx.t("Rappel de lots – ", "Lot recall – ") + prod
    return M.Msg(ctx.lang, "recall", ctx.addr(D.STAFF[15]), [("Points de service vaccination", f"vaccination.sites@{D.DSP_DOMAIN}")], subj, blocks,
                 form=r.choice(["html", None]), note=ctx.t("avis de rappel de lots", "product lot recall notice"))


def drug_shortage(ctx):
    r = ctx.rng
    drug = r.choice([("pénicilline G benzathine (Bicillin L-A)", "benzathine penicillin G (Bicillin L-A)",
                      "doxycycline 100 mg BID x 14 jours (hors grossesse)", "doxycycline 100 mg BID x 14 days (not in pregnancy)"),
                     ("rifapentine (Priftin)", "rifapentine (Priftin)", "rifampicine 4 mois (4R)", "rifampin for 4 months (4R)"),
                     ("Tubersol", "Tubersol", "IGRA lorsque disponible", "IGRA where available")])
    blocks = [ctx.greet(),
              ctx.t(f"Rupture d'approvisionnement prévue pour {drug[0]} jusqu'en {D.MOIS[(ctx.now.month + 1) % 12]}. "
                    f"Alternative recommandée : {drug[2]}. Réservez le stock restant aux femmes enceintes et aux cas prioritaires.",
                    f"Supply disruption expected for {drug[1]} until {D.MONTHS[(ctx.now.month + 1) % 12]}. Recommended alternative: "
                    f"{drug[3]}. Reserve remaining stock for pregnant women and priority cases."),
              ctx.sig(D.STAFF[15])]
    subj = ctx.t("Pénurie – ", "Shortage – ") + (drug[0] if ctx.fr else drug[1])
    return M.Msg(ctx.lang, "drug_shortage", ctx.addr(D.STAFF[15]), [("Cliniciens ITSS/TB", f"cliniciens@{D.DSP_DOMAIN}")], subj, blocks,
                 note=ctx.t("avis de pénurie de médicament", "drug shortage notice"))


def it_mail(ctx):
    r = ctx.rng
    kind = r.choice(["maint", "pwd", "vpn", "phish"])
    it = D.STAFF[17]
    if kind == "maint":
        body = [ctx.t(f"Le registre de vigie (VigiReg) sera indisponible le {ctx.weekday(ctx.day(3))} de 18 h à 23 h pour une mise à jour "
                      "(version 4.2). Les déclarations reçues pendant l'arrêt seront saisies le lendemain.",
                      f"The surveillance registry (VigiReg) will be unavailable {ctx.weekday(ctx.day(3))} from 6 to 11 pm for an "
                      "upgrade (version 4.2). Reports received during the outage will be entered the next day.")]
        subj = ctx.t("Maintenance VigiReg", "VigiReg maintenance")
    elif kind == "pwd":
        body = [ctx.t("Votre mot de passe réseau expire dans 5 jours. Changez-le via Ctrl+Alt+Suppr > Modifier un mot de passe.",
                      "Your network password expires in 5 days. Change it via Ctrl+Alt+Del > Change a password.")]
        subj = ctx.t("Expiration du mot de passe", "Password expiry")
    elif kind == "vpn":
        body = [ctx.t(f"Nouveau client VPN à installer avant le {ctx.d(ctx.day(10))}. Billet de référence : INC{r.randint(1000000, 9999999)}.",
                      f"New VPN client to install before {ctx.d(ctx.day(10))}. Reference ticket: INC{r.randint(1000000, 9999999)}."),
                ("list", [ctx.t("Fermer Teams et Outlook", "Close Teams and Outlook"), ctx.t("Lancer l'installateur du portail logiciel", "Run the installer from the software portal"),
                          ctx.t("Redémarrer", "Restart")])]
        subj = ctx.t("Mise à jour VPN obligatoire", "Mandatory VPN update")
    else:
        body = [ctx.t("Un courriel frauduleux imitant le service de paie circule (« Votre dépôt est suspendu »). Ne cliquez pas sur le lien; "
                      "signalez-le avec le bouton « Hameçonnage ».",
                      "A fraudulent e-mail impersonating payroll is circulating ('Your deposit is suspended'). Do not click the link; "
                      "report it with the 'Phishing' button.")]
        subj = ctx.t("ALERTE hameçonnage", "Phishing ALERT")
    blocks = [ctx.greet()] + body + [ctx.sig(it)]
    return M.Msg(ctx.lang, "it", ctx.addr(it), [("Personnel DSPu", f"personnel@{D.DSP_DOMAIN}")], subj, blocks,
                 note=ctx.t("courriel des TI", "IT notice"))


def facilities(ctx):
    r = ctx.rng
    kind = r.choice(["fridge", "hvac", "parking"])
    if kind == "fridge":
        sn = D.serial_luhn(r, 10)
        body = ctx.t(f"Alarme de température : le réfrigérateur à vaccins no 2 (n° série {sn}) a atteint 9,2 °C pendant 47 minutes "
                     "cette nuit. Les vaccins sont en quarantaine en attendant l'avis du fabricant. Ne rien administrer de ce frigo.",
                     f"Temperature alarm: vaccine fridge #2 (serial {sn}) reached 9.2 °C for 47 minutes last night. Vaccines are "
                     "quarantined pending the manufacturer's advice. Do not use anything from this fridge.")
        subj = ctx.t("Bris de chaîne de froid – frigo 2", "Cold chain excursion – fridge 2")
    elif kind == "hvac":
        body = ctx.t("Travaux de ventilation au 3e étage du 12 au 16. Les salles Laurier et Champlain seront fermées; la clinique ITSS "
                     "déménage temporairement au 1er étage (local 118).",
                     "Ventilation work on the 3rd floor from the 12th to the 16th. The Laurier and Champlain rooms will be closed; "
                     "the STBBI clinic moves temporarily to the 1st floor (room 118).")
        subj = ctx.t("Travaux – 3e étage", "Construction – 3rd floor")
    else:
        body = ctx.t("Le stationnement P2 sera déneigé jeudi à partir de 6 h. Merci de déplacer vos véhicules vers P1.",
                     "Lot P2 will be cleared of snow Thursday from 6 a.m. Please move vehicles to P1.")
        subj = ctx.t("Déneigement P2", "Snow removal – lot P2")
    blocks = [ctx.greet(), body, ("sig", [ctx.t("Services techniques", "Technical services"), "CISSS de la Haute-Rivière", "Poste 4000"])]
    return M.Msg(ctx.lang, "facilities", ("Services techniques", f"st@{D.CISSS_DOMAIN}"), [("Personnel DSPu", f"personnel@{D.DSP_DOMAIN}")],
                 subj, blocks, note=ctx.t("avis des installations", "facilities notice"))


def blank_form(ctx):
    r = ctx.rng
    kind = r.choice(["mado_pdf", "contacts_xlsx", "aefi_docx"])
    if kind == "mado_pdf":
        fields = [(ctx.t("Nom", "Surname"), "______________________"), (ctx.t("Prénom", "Given name"), "______________________"),
                  (ctx.t("Date de naissance (AAAA-MM-JJ)", "Date of birth (YYYY-MM-DD)"), "____-__-__"), ("NAM", "__ __ __ __ __ __"),
                  (ctx.t("Sexe", "Sex"), "[ ] F  [ ] M  [ ] X"), (ctx.t("Adresse", "Address"), "______________________"),
                  (ctx.t("Maladie", "Disease"), "______________________"), (ctx.t("Résultat de laboratoire", "Lab result"), "__________")]
        att = M.att_pdf(ctx.t("formulaire_déclaration_MADO_vierge.pdf", "blank_MADO_form.pdf"),
                        ctx.t("Déclaration de maladie à déclaration obligatoire", "Notifiable disease report form"), [("kv", fields)], r)
        text = ctx.t("Voici le formulaire de déclaration vierge à distribuer aux cliniques (version 2025-09).",
                     "Here is the blank report form to send to clinics (version 2025-09).")
    elif kind == "contacts_xlsx":
        headers = ctx.t(["Nom", "Prénom", "DDN", "Téléphone", "Lien avec le cas", "Date dernière exposition", "TCT 1", "TCT 2", "IGRA", "RX"],
                        ["Surname", "Given name", "DOB", "Phone", "Relation to case", "Last exposure", "TST 1", "TST 2", "IGRA", "CXR"])
        att = M.att_xlsx(ctx.t("gabarit_liste_contacts_TB.xlsx", "TB_contact_list_template.xlsx"), [(ctx.t("Gabarit", "Template"), headers, [])])
        text = ctx.t("Gabarit à utiliser pour toutes les enquêtes TB à partir de maintenant (ne pas modifier les colonnes).",
                     "Template to use for all TB investigations from now on (do not change the columns).")
    else:
        fields = [(ctx.t("Nom du vacciné", "Vaccinee name"), ""), (ctx.t("Date de naissance", "Date of birth"), ""), ("NAM", ""),
                  (ctx.t("Vaccin / lot", "Vaccine / lot"), ""), (ctx.t("Description de la manifestation", "Event description"), "")]
        att = M.att_docx(ctx.t("MCI_formulaire_vierge.docx", "AEFI_blank_form.docx"), ctx.t("Rapport de MCI", "AEFI report"), [("kv", fields)])
        text = ctx.t("Formulaire MCI vierge (gabarit Word) pour les vaccinatrices.", "Blank AEFI form (Word template) for vaccinators.")
    s = ctx.staff()
    blocks = [ctx.greet(), text, ctx.sig(s)]
    subj = ctx.t("Formulaire vierge – nouvelle version", "Blank form – new version")
    return M.Msg(ctx.lang, "blank_form", ctx.addr(s), [("Équipe MI", f"equipe.mi@{D.DSP_DOMAIN}")], subj, blocks, attachments=[att],
                 note=ctx.t("formulaire vierge", "blank form"))


def mailmerge_template(ctx):
    r = ctx.rng
    letter_fr = ["«Prénom» «Nom»", "«Adresse»", "«Ville» (Québec) «Code_postal»", "",
                 "Objet : Suivi à la suite d'une exposition à la tuberculose", "",
                 "Madame, Monsieur,",
                 "Vous avez été identifié(e) comme contact d'une personne atteinte de tuberculose. Nous vous invitons à un test "
                 "cutané (TCT) le «Date_RV» à «Heure_RV» au «Lieu_RV».",
                 "Votre numéro d'assurance maladie («NAM») sera requis à l'accueil.",
                 "Veuillez agréer nos salutations distinguées.", "L'équipe des maladies infectieuses"]
    letter_en = ["«FirstName» «LastName»", "«Address»", "«City», QC «PostalCode»", "",
                 "Re: Follow-up after a tuberculosis exposure", "", "Dear «Title» «LastName»,",
                 "You have been identified as a contact of a person with tuberculosis. Please come for a skin test (TST) on "
                 "«ApptDate» at «ApptTime» at «ApptPlace».", "Your health insurance number («NAM») will be required at reception.",
                 "Sincerely,", "Infectious Diseases Team"]
    letter = letter_fr if ctx.fr else letter_en
    kind = r.choice(["docx", "body"])
    s = ctx.staff()
    blocks = [ctx.greet(), ctx.t("Voici le gabarit de publipostage pour les lettres aux contacts TB. Les champs entre chevrons seront "
                                 "remplis à partir de l'export du registre.",
                                 "Here is the mail-merge template for TB contact letters. Fields in chevrons are filled from the registry export.")]
    atts = []
    if kind == "docx":
        atts.append(M.att_docx(ctx.t("lettre_contact_TB_gabarit.docx", "TB_contact_letter_template.docx"),
                               ctx.t("Lettre aux contacts", "Contact letter"), letter))
    else:
        blocks.append(("pre", "\n".join(letter)))
    blocks.append(ctx.sig(s))
    subj = ctx.t("Gabarit publipostage – lettre contacts TB", "Mail-merge template – TB contact letter")
    return M.Msg(ctx.lang, "template", ctx.addr(s), [ctx.addr(ctx.staff())], subj, blocks, attachments=atts,
                 note=ctx.t("gabarit de publipostage", "mail-merge template"))


def teaching_case(ctx):
    r = ctx.rng
    case = r.choice([
        ("Un homme de 34 ans, arrivé au pays il y a 8 mois, consulte pour une toux depuis 6 semaines, sueurs nocturnes et "
         "perte de 6 kg. RX : cavité apicale droite. Frottis 3+.",
         "A 34-year-old man who arrived 8 months ago presents with 6 weeks of cough, night sweats and 6 kg weight loss. "
         "CXR: right apical cavity. Smear 3+."),
        ("Une femme de 27 ans enceinte de 22 semaines a été exposée à la rougeole dans une salle d'attente. Elle a reçu une "
         "dose de RRO dans l'enfance. IgG en attente.",
         "A 27-year-old woman, 22 weeks pregnant, was exposed to measles in a waiting room. She received one MMR dose as a "
         "child. IgG pending."),
        ("Un adolescent de 16 ans présente une éruption palmoplantaire non prurigineuse. RPR 1:32, TPPA réactif.",
         "A 16-year-old presents with a non-itchy palmoplantar rash. RPR 1:32, TPPA reactive.")])
    qs = [ctx.t("Quelles mesures de santé publique ?", "What public health measures?"), ctx.t("Qui sont les contacts prioritaires ?", "Who are priority contacts?"),
          ctx.t("Quel traitement et quel suivi ?", "What treatment and follow-up?")]
    doc, spec = _doc(ctx)
    blocks = [ctx.t("Bonjour aux résidents,", "Hi residents,"),
              ctx.t(f"Cas clinique pour la discussion de jeudi (animée par {doc}) — cas fictif, inspiré de plusieurs situations :",
                    f"Clinical case for Thursday's discussion (led by {doc}) — fictional case, composite of several situations:"),
              case[0] if ctx.fr else case[1], ("list", qs), ctx.sig(D.STAFF[1])]
    atts = []
    if r.random() < 0.4:
        atts = [M.att_docx(ctx.t("cas_clinique.docx", "teaching_case.docx"), ctx.t("Cas clinique", "Teaching case"), blocks[2:4])]
    subj = ctx.t("Cas clinique – séminaire des résidents", "Teaching case – residents' seminar")
    return M.Msg(ctx.lang, "teaching_case", ctx.addr(D.STAFF[1]), [("Résidents santé publique", f"residents@{D.DSP_DOMAIN}")], subj, blocks,
                 attachments=atts, note=ctx.t("cas clinique dépersonnalisé", "de-identified teaching case"))


def research_protocol(ctx):
    r = ctx.rng
    title = r.choice([("Achèvement du traitement de l'ITL : 3HP vs 4R en contexte régional", "LTBI treatment completion: 3HP vs 4R in a regional setting",
                       "Critères d'inclusion : 18 ans et plus, ITL traitée entre 2021 et 2024. Aucune donnée nominative ne sera extraite.",
                       "Inclusion: 18+, LTBI treated 2021-2024. No identifying data will be extracted."),
                      ("Acceptabilité du dépistage ITSS en pharmacie communautaire", "Acceptability of STBBI testing in community pharmacies",
                       "Critères d'inclusion : pharmacies participantes et clientèle de 18 ans et plus; questionnaire anonyme.",
                       "Inclusion: participating pharmacies and clients 18+; anonymous questionnaire.")])
    pi, spec = _doc(ctx)
    blocks = [("h", title[0] if ctx.fr else title[1]),
              ("kv", [(ctx.t("Chercheuse principale / chercheur principal", "Principal investigator"), f"{pi} ({spec})"),
                      (ctx.t("Devis", "Design"), ctx.t("étude de cohorte rétrospective, données dépersonnalisées", "retrospective cohort, de-identified data")),
                      (ctx.t("Taille visée", "Target size"), f"n = {r.randint(150, 600)}"),
                      (ctx.t("Approbation éthique", "Ethics approval"), f"CER-HR-{ctx.now.year}-{r.randint(10, 99)}")]),
              title[2] if ctx.fr else title[3]]
    atts = [M.att_pdf(ctx.t("protocole_v2.pdf", "protocol_v2.pdf"), title[0] if ctx.fr else title[1], blocks[1:], r)] if r.random() < 0.6 else []
    blocks = [ctx.greet(), ctx.t("Protocole révisé pour commentaires avant le dépôt au comité d'éthique.",
                                 "Revised protocol for comments before ethics submission.")] + blocks + [ctx.sig(D.STAFF[5])]
    subj = ctx.t("Protocole de recherche – version 2", "Research protocol – version 2")
    return M.Msg(ctx.lang, "research_protocol", ctx.addr(D.STAFF[5]), [ctx.addr(D.STAFF[1]), ctx.addr(D.STAFF[2])], subj, blocks,
                 attachments=atts, note=ctx.t("protocole de recherche sans participant identifié", "research protocol without participants"))


def physician_newsletter(ctx):
    r = ctx.rng
    d1, s1 = _doc(ctx, 0)
    d2, s2 = _doc(ctx, 1)
    blocks = [("h", ctx.t("Info-MADO – Avis aux cliniciens", "Info-MADO – Clinician advisory")),
              ctx.t(f"Rougeole : un cas importé a été confirmé dans la région. {d1}, {s1}, rappelle de vérifier le statut vaccinal "
                    "de tous les patients nés en 1970 ou après et d'isoler immédiatement tout cas suspect (fièvre + éruption).",
                    f"Measles: an imported case was confirmed in the region. {d1} ({s1}) reminds clinicians to check the "
                    "immunization status of all patients born in 1970 or later and to isolate any suspect case (fever + rash) immediately."),
              ctx.t(f"Tuberculose : la clinique de {d2} ({s2}) accepte maintenant les références directes pour ITL. "
                    "Délai actuel : 3 semaines.",
                    f"Tuberculosis: {d2}'s clinic ({s2}) now takes direct LTBI referrals. Current wait: 3 weeks."),
              ctx.t("Syphilis : dépistage recommandé à chaque trimestre de grossesse et à l'accouchement.",
                    "Syphilis: screening recommended each trimester and at delivery."),
              ctx.t("Pour déclarer : 819-555-0100 (24/7) ou mado@" + D.DSP_DOMAIN, "To report: 819-555-0100 (24/7) or mado@" + D.DSP_DOMAIN)]
    subj = ctx.t("Info-MADO – rougeole, TB, syphilis", "Info-MADO – measles, TB, syphilis")
    return M.Msg(ctx.lang, "clinician_newsletter", ("Direction de santé publique", f"info-mado@{D.DSP_DOMAIN}"),
                 [("Médecins de la région", f"medecins@{D.CISSS_DOMAIN}")], subj, blocks, form=r.choice(["html", "alt"]),
                 note=ctx.t("avis aux cliniciens", "clinician advisory newsletter"))


def baby_announcement(ctx):
    r = ctx.rng
    if r.random() < 0.35:
        return _staff_birthdays(ctx)
    s = r.choice([x for x in D.STAFF if x[4] == "F"])
    baby = r.choice(["Léo", "Charlotte", "Éloïse", "Nathan", "Maëlle", "Arthur"])
    born = ctx.day(-r.randint(1, 6))
    blocks = [ctx.t("Bonjour l'équipe !", "Hi team!"),
              ctx.t(f"Bonne nouvelle : {s[0]} {s[1]} a accouché de {baby}, né(e) le {ctx.d(born)} à 3 h 12, "
                    f"{r.randint(3000, 4100)} g. Maman et bébé vont très bien et retournent à la maison demain.",
                    f"Great news: {s[0]} {s[1]} gave birth to {baby}, born {ctx.d(born)} at 3:12 a.m., "
                    f"{r.randint(3000, 4100)} g. Mom and baby are doing great and go home tomorrow."),
              ctx.t("Une carte circule au secrétariat pour ceux qui veulent signer.", "A card is going around the front office if you'd like to sign."),
              ctx.short_sig(D.STAFF[6])]
    subj = ctx.t(f"Bienvenue à {baby} !", f"Welcome {baby}!")
    return M.Msg(ctx.lang, "staff_news", ctx.addr(D.STAFF[6]), [("Équipe DSPu", f"equipe@{D.DSP_DOMAIN}")], subj, blocks,
                 note=ctx.t("annonce de naissance d'un bébé d'une collègue", "colleague's baby announcement"))


def _staff_birthdays(ctx):
    r = ctx.rng
    rows = []
    for st in ctx.staff(r.randint(3, 5)):
        b = D.dt.date(r.randint(1965, 1998), ctx.now.month, r.randint(1, 28))
        rows.append([f"{st[0]} {st[1]}", ctx.d(b) if r.random() < 0.5 else f"{b.day} {D.MOIS[b.month - 1] if ctx.fr else D.MONTHS[b.month - 1]}"])
    blocks = [ctx.t("Bonjour tout le monde,", "Hi everyone,"),
              ctx.t("Les anniversaires du mois ! Gâteau jeudi à 14 h 30 à la cuisinette du 3e.",
                    "This month's birthdays! Cake on Thursday at 2:30 in the 3rd-floor kitchenette."),
              ("table", ctx.t(["Collègue", "Date de naissance"], ["Colleague", "Birthday"]), rows),
              ctx.short_sig(D.STAFF[6])]
    subj = ctx.t("Anniversaires du mois", "Birthdays this month")
    return M.Msg(ctx.lang, "staff_news", ctx.addr(D.STAFF[6]), [("Équipe DSPu", f"equipe@{D.DSP_DOMAIN}")], subj, blocks,
                 note=ctx.t("anniversaires des employés", "staff birthdays"))


def outbreak_minutes(ctx):
    r = ctx.rng
    home = r.choice(D.LTC_HOMES)
    res, emp = r.randint(6, 24), r.randint(1, 9)
    blocks = [("h", ctx.t(f"Cellule d'éclosion – {home} – compte rendu", f"Outbreak cell – {home} – minutes")),
              ("kv", [(ctx.t("Présents", "Present"), ", ".join(f"{x[0]} {x[1]}" for x in ctx.staff(4))),
                      (ctx.t("Cas résidents (cumul)", "Resident cases (cumulative)"), str(res)),
                      (ctx.t("Cas employés (cumul)", "Staff cases (cumulative)"), str(emp)),
                      (ctx.t("Hospitalisations", "Hospitalizations"), str(r.randint(0, 3))),
                      (ctx.t("Taux d'attaque", "Attack rate"), f"{res / r.randint(60, 120) * 100:.0f} %")]),
              ("list", [ctx.t("Maintien de l'arrêt des admissions jusqu'au " + ctx.d(ctx.day(5)), "Admissions stay closed until " + ctx.d(ctx.day(5))),
                        ctx.t("Antiviral prophylactique offert à tous les résidents de l'unité", "Antiviral prophylaxis offered to all residents of the unit"),
                        ctx.t("Visites limitées à un proche aidant par résident", "Visits limited to one caregiver per resident")]),
              ctx.t("Prochaine rencontre : mercredi 10 h.", "Next meeting: Wednesday 10 a.m.")]
    s = D.STAFF[13]
    subj = ctx.t(f"CR cellule d'éclosion – {home}", f"Outbreak cell minutes – {home}")
    atts = [M.att_docx(ctx.t("compte_rendu_cellule_éclosion.docx", "outbreak_cell_minutes.docx"), ctx.t("Compte rendu", "Minutes"), blocks[1:])] if r.random() < 0.3 else []
    return M.Msg(ctx.lang, "outbreak_minutes", ctx.addr(s), [("Cellule éclosion", f"cellule@{D.DSP_DOMAIN}")], subj, blocks + [ctx.sig(s)],
                 attachments=atts, note=ctx.t("compte rendu agrégé de cellule d'éclosion", "aggregate outbreak cell minutes"))


BUILDERS = [vaccine_inventory, recall_notice, drug_shortage, it_mail, facilities, blank_form, mailmerge_template,
            teaching_case, research_protocol, physician_newsletter, baby_announcement, outbreak_minutes]
