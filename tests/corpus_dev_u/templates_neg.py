"""Negative (not confidential) templates."""
T = []
def N(lang):
    def d(f): T.append((lang, f)); return f
    return d

def register(G):
    globals().update({k: v for k, v in G.items() if not k.startswith("__")})
    G["NEG"].extend(T)

def _h(lang, name=None, ext=False):
    dom = in_dom(lang); name = name or clerk(lang)
    return addr_of(name, dom), (ext_addr() if ext else addr_of(clerk(lang), in_dom(lang))), name, dom

def lookalike9():
    from stdnum.ca import sin
    while True:
        s = str(rng.randrange(1, 8)) + "".join(str(rng.randrange(10)) for _ in range(8))
        if sin.is_valid(s): return s

def imei():
    from stdnum import luhn
    b = "35" + "".join(str(rng.randrange(10)) for _ in range(12))
    return b + luhn.calc_check_digit(b)

# ---------------- FR
@N("fr")
def garde(lang):
    frm, to, who, dom = _h(lang)
    rows = "\n".join(f"{future_day(lang)} – {t} {n} ({s}) – pagette {rng.randrange(1000,9999)}" for t, n, s in rng.sample(STAFF_FR, 5))
    body = f"Bonjour à tous,\n\nVoici la liste de garde de la semaine prochaine :\n\n{rows}\n\nToute modification doit passer par le secrétariat.\n" + sig(lang, who, None, dom)
    return dict(cat="oncall_schedule", frm=frm, to="medecins-liste@chu-exemple.example", subject="Liste de garde – semaine prochaine", date=rand_date(),
                body=body, types=[], note="liste de garde des médecins (personnel)")

@N("fr")
def rh_conge(lang):
    frm, to, who, dom = _h(lang)
    emp = pick(CLERKS_FR)
    body = (f"Bonjour,\n\nVeuillez noter que {emp} (matricule {rng.randrange(100000,999999)}) sera en congé de maladie du {future_day(lang)} "
            f"pour une durée indéterminée. Son remplacement à l'accueil de la clinique de néphrologie sera assuré par l'équipe volante.\n"
            + sig(lang, who, "Conseillère en gestion des ressources humaines", dom))
    return dict(cat="hr_notice", frm=frm, to=to, subject="Absence – accueil néphrologie", date=rand_date(), body=body, types=[],
                note="avis RH d'absence d'une employée (personnel)")

@N("fr")
def infolettre(lang):
    frm, to, who, dom = _h(lang)
    body = (f"INFOLETTRE – Clinique d'endocrinologie | {pick(['Printemps','Automne'])} 2026\n\n"
            f"• Journée mondiale du diabète : kiosque au hall principal le 14 novembre.\n"
            f"• Nouveau : les capteurs de glucose en continu sont maintenant remboursés pour les personnes sous insuline.\n"
            f"• En 2025, la clinique a suivi {rng.randrange(1800,3200)} patients diabétiques, dont {rng.randrange(200,400)} nouveaux cas.\n"
            f"• Rappel : la semaglutide est en rupture partielle; consultez l'avis de Santé Canada.\n\nPour vous désabonner, répondez « STOP ».\n")
    return dict(cat="newsletter", frm=frm, to="infolettre@chu-exemple.example", subject="Infolettre endocrinologie", date=rand_date(), body=body,
                types=[], note="infolettre sur le diabète avec statistiques agrégées", transport={"kind": pick(["html", "alt"])})

@N("fr")
def facture(lang):
    frm, _, who, dom = _h(lang)
    items = [(f"Cathéter dialyse {pick(['14,5 Fr','15,5 Fr'])}", f"LOT {rng.randrange(10**6,10**7)}", rng.randrange(2, 40), rng.randrange(20, 200)),
             ("Bandelettes glucomètre (50)", f"LOT {lookalike9()}", rng.randrange(10, 200), 19),
             ("Tubulures perfusion", f"REF {rng.randrange(10**5,10**6)}", rng.randrange(50, 500), 3)]
    lines = [f"{d} | {l} | qté {q} | {p},00 $" for d, l, q, p in items]
    pdf = make_pdf(f"FACTURE F-{rng.randrange(10**5,10**6)}", ["Fournitures Médicales Boréal inc.", f"Bon de commande: BC-{rng.randrange(10**6,10**7)}"] + lines)
    body = f"Bonjour,\n\nCi-joint la facture pour le bon de commande de la clinique externe. Paiement net 30 jours.\n" + sig(lang, who, "Approvisionnement", dom)
    return dict(cat="invoice", frm=frm, to="comptes.payables@fournitures-boreal.example", subject="Facture – BC clinique externe", date=rand_date(), body=body,
                attachments=[("facture.pdf", "application/pdf", pdf)], types=[], note="facture fournisseur avec numéros de lot (dont un qui passe Luhn)")

@N("fr")
def comite(lang):
    frm, to, who, dom = _h(lang)
    body = (f"Bonjour,\n\nLa prochaine réunion du comité de pharmacologie aura lieu le {future_day(lang)} à {hour()}, salle {rng.randrange(100,600)}.\n\n"
            "Ordre du jour :\n1. Adoption du PV\n2. Ajout au formulaire : finérénone\n3. Protocole hypokaliémie (révision)\n4. Pénurie d'amoxicilline – mise à jour\n5. Varia\n"
            + sig(lang, who, "Secrétaire du comité", dom))
    return dict(cat="committee_notice", frm=frm, to="comite-pharmaco@chu-exemple.example", subject="Convocation – comité de pharmacologie", date=rand_date(),
                body=body, types=[], note="convocation de comité avec ordre du jour")

@N("fr")
def ti_panne(lang):
    frm, to, who, dom = _h(lang)
    body = (f"AVIS TI\n\nUne maintenance du NAS de stockage (NAS-ARCH-{rng.randrange(1,9)}) aura lieu {future_day(lang)} de 22h à 2h. "
            f"Les lecteurs partagés P: et S: seront indisponibles. Le dossier patient électronique n'est pas touché.\n"
            f"Billet : INC{rng.randrange(10**6,10**7)}\n\nCentre de services TI – poste 4357")
    return dict(cat="it_notice", frm=frm, to="tous@chu-exemple.example", subject="Maintenance planifiée NAS", date=rand_date(), body=body, types=[],
                note="avis de maintenance TI (NAS = stockage réseau)")

@N("fr")
def santepub(lang):
    frm, to, who, dom = _h(lang)
    body = (f"Bulletin de santé publique – semaine {rng.randrange(1,52)}\n\nInfluenza A : {rng.randrange(80,400)} cas confirmés dans la région, "
            f"{rng.randrange(3,15)} éclosions en CHSLD. Rougeole : {rng.randrange(0,4)} cas importés.\n"
            f"Rappel : vaccination du personnel soignant. Aucune donnée nominative n'est transmise dans ce bulletin.\n\nDirection régionale de santé publique")
    return dict(cat="public_health_bulletin", frm=frm, to="medecins-liste@chu-exemple.example", subject="Bulletin SP – influenza", date=rand_date(),
                body=body, types=[], note="bulletin de santé publique avec cas agrégés")

@N("fr")
def congres(lang):
    frm, to, who, dom = _h(lang)
    prog = "\n".join(f"{8+i}h30 – {t} {n} : {topic}" for i, ((t, n, s), topic) in enumerate(zip(rng.sample(STAFF_FR, 4),
                     rng.sample(["Nouveautés en insuffisance rénale chronique", "Le lupus chez la femme enceinte", "Immunothérapie et toxicités",
                                 "Prise en charge de la FA en 2026", "Hyperparathyroïdie primaire"], 4))))
    body = f"Programme – Journée scientifique du département de médecine\n\n{prog}\n\nInscription : 75 $ (gratuit pour les résidents). Crédits FMOQ.\n"
    return dict(cat="conference_programme", frm=frm, to=to, subject="Programme journée scientifique", date=rand_date(), body=body, types=[],
                note="programme de congrès: conférenciers et sujets")

@N("fr")
def affichage(lang):
    frm, to, who, dom = _h(lang)
    body = (f"AFFICHAGE DE POSTE #{rng.randrange(2026000, 2026999)}\n\nInfirmière clinicienne – Clinique externe de {pick(['néphrologie','rhumatologie','cardiologie'])}\n"
            f"Temps complet, jour. Échelle salariale : 32,xx $ à 56,xx $/h.\nExigences : BAC, membre OIIQ, 2 ans d'expérience.\n"
            f"Postuler avant le {future_day(lang)} : carrieres@chu-exemple.example\n")
    return dict(cat="job_posting", frm=frm, to="tous@chu-exemple.example", subject="Affichage – infirmière clinicienne", date=rand_date(), body=body, types=[],
                note="affichage de poste")

@N("fr")
def cas_enseignement(lang):
    frm, to, who, dom = _h(lang, staff(lang)[1])
    body = (f"Bonjour les résidents,\n\nCas pour la réunion de jeudi :\nUne femme de {rng.randrange(40,75)} ans se présente avec arthralgies symétriques des MCP, "
            f"raideur matinale 2 h, FR+ et anti-CCP+. VS 48.\nQuestions : 1) Dx différentiel? 2) Traitement initial? 3) Dépistage avant biologique?\n\n"
            "Le cas est fictif/anonymisé.\n")
    return dict(cat="teaching_case", frm=frm, to="residents-medecine@chu-exemple.example", subject="Cas clinique – rhumato", date=rand_date(), body=body,
                types=[], note="cas d'enseignement anonymisé")

@N("fr")
def formulaire(lang):
    frm, to, who, dom = _h(lang)
    d = make_docx("Demande d'accès au dossier médical", ["Nom de l'usager : ____________________", "Date de naissance : ____/____/______",
                  "N° d'assurance maladie : ______________", "Documents demandés : ☐ Notes ☐ Résultats ☐ Imagerie", "Signature : __________"])
    body = "Bonjour,\n\nComme demandé, voici le formulaire vierge de demande d'accès. Il doit être signé et retourné par la poste ou en personne.\n" + sig(lang, who, "Archives médicales", dom)
    return dict(cat="blank_form", frm=frm, to=ext_addr(), subject="Formulaire de demande d'accès", date=rand_date(), body=body,
                attachments=[("formulaire_acces.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", d)], types=[],
                note="formulaire vierge DOCX")

@N("fr")
def collegue_maladie(lang):
    frm, to, who, dom = _h(lang)
    t, n, s = pick(STAFF_FR)
    body = (f"Bonjour,\n\nNous avons le plaisir d'annoncer l'arrivée du {t} {pick(['Gagnon','Bouchard','Simard'])}, {s}, spécialisé{'e' if t=='Dre' else ''} dans "
            f"{pick(['la polykystose rénale','le diabète de type 1 chez l’adolescent','le myélome multiple','la sclérodermie'])}. "
            f"Il/elle consultera à la clinique externe les mardis à compter du {future_day(lang)}.\n\nLa direction des services professionnels")
    return dict(cat="staff_announcement", frm=frm, to="tous@chu-exemple.example", subject="Bienvenue à notre nouveau médecin", date=rand_date(), body=body,
                types=[], note="annonce d'arrivée d'un médecin avec son domaine d'expertise")

@N("fr")
def stats_clinique(lang):
    frm, to, who, dom = _h(lang)
    rows = [["Clinique", "Visites T1", "Visites T2", "Délai moyen (j)"]] + [[c, rng.randrange(800, 3000), rng.randrange(800, 3000), rng.randrange(5, 90)]
            for c in ["Cardiologie", "Néphrologie", "Endocrinologie", "Rhumatologie", "CJO"]]
    x = make_xlsx("Stats", rows)
    body = "Bonjour,\n\nVoici les indicateurs trimestriels des cliniques externes. À présenter au comité de direction.\n" + sig(lang, who, "Analyste", dom)
    return dict(cat="statistics", frm=frm, to=to, subject="Indicateurs T2 cliniques externes", date=rand_date(), body=body,
                attachments=[("indicateurs_T2.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)], types=[],
                note="indicateurs agrégés XLSX")

@N("fr")
def stationnement(lang):
    frm, to, who, dom = _h(lang)
    body = (f"Bonjour,\n\nÀ compter du {future_day(lang)}, le stationnement P2 sera fermé pour réfection. Les détenteurs de vignette "
            f"(n° {rng.randrange(10000,99999)} à {rng.randrange(10000,99999)}) sont relocalisés au P4. La cafétéria offrira un café gratuit "
            "aux employés touchés la première semaine.\n\nService des installations matérielles")
    return dict(cat="facilities", frm=frm, to="tous@chu-exemple.example", subject="Fermeture stationnement P2", date=rand_date(), body=body, types=[],
                note="avis installations / stationnement")

@N("fr")
def horaire_infirmier(lang):
    frm, to, who, dom = _h(lang)
    rows = "\n".join(f"{pick(['Lit','Poste'])} {i+1} – {pick(CLERKS_FR)} – {pick(['J','S','N'])} – {pick(['formation PICC','retour de congé','orientation','', 'prêt à l’urgence'])}"
                     for i in range(rng.randrange(5, 8)))
    body = (f"Affectations du personnel – Centre de jour d'oncologie – {future_day(lang)}\n\n{rows}\n\n(Postes de travail, pas des patients!)\n" + sig(lang, who, "Chef d'unité", dom))
    return dict(cat="staff_assignment", frm=frm, to=to, subject="Affectations CJO", date=rand_date(), body=body, types=[],
                note="affectations du personnel qui ressemblent à une liste de patients")

@N("fr")
def fournisseur_rappel(lang):
    frm, to, who, dom = _h(lang)
    sns = ", ".join(f"SN {rng.randrange(10**7,10**8)}" for _ in range(4))
    body = (f"AVIS DE RAPPEL – Pompe à perfusion {pick(['Infusa 300','MediFlow X2'])}\n\nNuméros de série touchés : {sns}\n"
            f"IMEI des modules sans fil : {imei()}, {imei()}\nAction : retirer du service et contacter le soutien au 1-800-555-0199.\n\nSoutien technique – Infusa Canada")
    return dict(cat="vendor_recall", frm=frm, to="genie-biomedical@chu-exemple.example", subject="Rappel – pompes à perfusion", date=rand_date(), body=body, types=[],
                note="avis de rappel de fournisseur avec numéros de série et IMEI")

# ---------------- EN
@N("en")
def en_oncall(lang):
    frm, to, who, dom = _h(lang)
    x = make_xlsx("On-call", [["Date", "Service", "Physician", "Pager"]] + [[future_day(lang), s, f"{t} {n}", rng.randrange(1000, 9999)] for t, n, s in STAFF_EN])
    body = "Hi all,\n\nAttached is the updated on-call schedule for next month. Please send swaps to me by Friday.\n" + sig(lang, who, None, dom)
    return dict(cat="oncall_schedule", frm=frm, to="medstaff@lakeshore-health.example", subject="On-call schedule", date=rand_date(), body=body,
                attachments=[("oncall.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)], types=[], note="physician on-call XLSX")

@N("en")
def en_newsletter(lang):
    frm, to, who, dom = _h(lang)
    body = (f"RENAL NEWS - {pick(['Spring','Fall'])} edition\n\n- World Kidney Day recap: {rng.randrange(150,600)} people screened for CKD at the mall booth.\n"
            f"- Home dialysis uptake rose to {rng.randrange(20,35)}% of our {rng.randrange(300,700)} dialysis patients.\n"
            "- New SGLT2 inhibitor guidance for CKD is now on the intranet.\n- Staff recognition: congratulations to our unit clerks!\n")
    return dict(cat="newsletter", frm=frm, to="all-staff@lakeshore-health.example", subject="Renal News", date=rand_date(), body=body, types=[],
                note="renal program newsletter with aggregates", transport={"kind": pick(["html", "alt"])})

@N("en")
def en_invoice(lang):
    frm, to, who, dom = _h(lang, ext=True)
    c = make_csv([["Item", "Lot", "Qty", "Unit price"], ["Glucose test strips", lookalike9(), 120, "18.50"], ["Dialyzer F180", f"{rng.randrange(10**6,10**7)}", 48, "31.00"],
                  ["Tourniquet latex-free", f"{rng.randrange(10**6,10**7)}", 500, "0.40"]])
    body = f"Hello,\n\nPlease find PO-{rng.randrange(10**5,10**6)} confirmation and invoice detail attached. Terms net 30.\n\nAccounts Receivable\nNorthern Med Supply"
    return dict(cat="invoice", frm=frm, to="ap@lakeshore-health.example", subject="Invoice / PO confirmation", date=rand_date(), body=body,
                attachments=[("invoice_detail.csv", "text/csv", c)], types=[], note="supplier invoice CSV with lot numbers")

@N("en")
def en_it(lang):
    frm, to, who, dom = _h(lang)
    body = (f"IT SERVICE ALERT\n\nThe Citrix gateway will be restarted tonight at 23:00. Expect 15 minutes of downtime. Laptop asset tags {rng.randrange(100000,999999)}-"
            f"{rng.randrange(100000,999999)} must be on the network by then for patching.\nTicket CHG{rng.randrange(10**6,10**7)}\n\nService Desk x5000")
    return dict(cat="it_notice", frm=frm, to="all-staff@lakeshore-health.example", subject="Citrix restart tonight", date=rand_date(), body=body, types=[],
                note="IT outage notice")

@N("en")
def en_hr(lang):
    frm, to, who, dom = _h(lang)
    emp = pick(CLERKS_EN)
    body = (f"Hi,\n\nThis confirms that {emp} (employee #{lookalike9()}) has completed WHMIS and N95 fit-testing. "
            f"{emp.split()[0]} returns from medical leave on {future_day(lang)} on modified duties (no lifting > 10 kg) per Occupational Health.\n" + sig(lang, who, "HR Business Partner", dom))
    return dict(cat="hr_notice", frm=frm, to=to, subject="Return to work", date=rand_date(), body=body, types=[],
                note="HR return-to-work note about an employee (staff, not patient)")

@N("en")
def en_jobs(lang):
    frm, to, who, dom = _h(lang)
    body = (f"JOB POSTING #{rng.randrange(10000,99999)}\nRegistered Nurse – {pick(['Oncology Day Unit','Cardiac Ambulatory Care','Renal Outpatient Clinic'])}\n"
            "Permanent full-time, days. ONA rates apply. Requirements: CNO registration, BLS, chemotherapy certification an asset.\nApply on the careers portal.\n")
    return dict(cat="job_posting", frm=frm, to="all-staff@lakeshore-health.example", subject="Internal posting - RN", date=rand_date(), body=body, types=[], note="job posting")

@N("en")
def en_conference(lang):
    frm, to, who, dom = _h(lang)
    prog = "\n".join(f"{9+i}:00 {t} {n} ({s}) - {topic}" for i, ((t, n, s), topic) in enumerate(zip(rng.sample(STAFF_EN, 4),
                     rng.sample(["Cardio-oncology update", "Managing hyperkalemia in CKD", "Thyroid eye disease", "Gout: beyond allopurinol", "Heart failure with preserved EF"], 4))))
    pdf = make_pdf("Medical Grand Rounds - Programme", prog.split("\n"))
    body = f"Please find the programme for Medical Grand Rounds attached.\n\n{prog}\n\nLunch provided. Mainpro+ credits available."
    return dict(cat="conference_programme", frm=frm, to="medstaff@lakeshore-health.example", subject="Grand Rounds programme", date=rand_date(), body=body,
                attachments=[("programme.pdf", "application/pdf", pdf)], types=[], note="grand rounds programme with speakers and topics")

@N("en")
def en_teaching(lang):
    frm, to, who, dom = _h(lang, staff(lang)[1])
    body = (f"Case of the week:\nA {rng.randrange(50,80)}-year-old man with long-standing type 2 diabetes presents with eGFR 38 and UACR 90 mg/mmol. "
            "BP 152/88 on ramipril. What would you add, and what labs do you check at 2 weeks?\n\nAnswers at rounds Friday.")
    return dict(cat="teaching_case", frm=frm, to="residents@lakeshore-health.example", subject="Case of the week", date=rand_date(), body=body, types=[],
                note="anonymised teaching case")

@N("en")
def en_staff_roster(lang):
    frm, to, who, dom = _h(lang)
    rows = "\n".join(f"Rm {rng.randrange(1,12)} | {pick(CLERKS_EN)} | {pick(['RN','RPN','Clerk'])} | {pick(['chemo certified','float','orientation day 2','leaves 1500'])}"
                     for _ in range(rng.randrange(5, 8)))
    body = f"Tomorrow's ODU staffing:\n\n{rows}\n\nBreak relief: {pick(CLERKS_EN)}.\n" + sig(lang, who, "Unit Manager", dom)
    return dict(cat="staff_assignment", frm=frm, to=to, subject="ODU staffing tomorrow", date=rand_date(), body=body, types=[],
                note="staff room assignments resembling a patient list")

@N("en")
def en_colleague(lang):
    frm, to, who, dom = _h(lang)
    t, n, s = pick(STAFF_EN)
    body = (f"Please join us in congratulating {t} {n}, who received the Lakeshore Research Award for work on "
            f"{pick(['diabetic kidney disease','triple-negative breast cancer','rheumatoid arthritis biologics','heart failure remote monitoring'])}. "
            f"{n.split()[0]} will present the findings at rounds on {future_day(lang)}.\n\nOffice of the Chief of Staff")
    return dict(cat="staff_announcement", frm=frm, to="all-staff@lakeshore-health.example", subject="Congratulations!", date=rand_date(), body=body, types=[],
                note="staff award announcement naming a physician and a disease")

@N("en")
def en_public_health(lang):
    frm, to, who, dom = _h(lang)
    body = (f"PUBLIC HEALTH ADVISORY\n\nRSV activity is increasing: {rng.randrange(40,200)} lab-confirmed cases this week across the region "
            f"(up {rng.randrange(10,60)}%). Two hospital outbreaks declared (4B and 6 West), {rng.randrange(3,12)} patients affected in total.\n"
            "Reinforce droplet/contact precautions. Clinicians: consider nirsevimab eligibility for infants.\n\nMedical Officer of Health")
    return dict(cat="public_health_bulletin", frm=frm, to="medstaff@lakeshore-health.example", subject="RSV advisory", date=rand_date(), body=body, types=[],
                note="public health advisory with aggregate counts")

@N("en")
def en_facilities(lang):
    frm, to, who, dom = _h(lang)
    body = (f"Facilities notice: water will be shut off in the B wing (Renal Clinic, Endocrine Centre) {future_day(lang)} 06:00-09:00. "
            "Dialysis is unaffected (RO plant on separate supply). Cafeteria hot food limited until 10:00.\n\nWork order WO-" + str(rng.randrange(10**5, 10**6)))
    return dict(cat="facilities", frm=frm, to="all-staff@lakeshore-health.example", subject="Water shutoff B wing", date=rand_date(), body=body, types=[], note="facilities notice")

@N("en")
def en_vendor(lang):
    frm, to, who, dom = _h(lang, ext=True)
    body = (f"Hi,\n\nFollowing our demo of the GlucoLink CGM portal, here is the quote: {rng.randrange(20,60)} clinic licences at $1,{rng.randrange(100,999)}/yr. "
            f"Device serials for the loaner kit: {rng.randrange(10**9,10**10)}, {rng.randrange(10**9,10**10)}.\nHappy to book a follow-up.\n\nJordan Pike\nAccount Executive, GlucoLink")
    return dict(cat="vendor_mail", frm="Jordan Pike <jpike@glucolink-demo.example>", to="diabetes.centre@lakeshore-health.example", subject="GlucoLink quote", date=rand_date(),
                body=body, types=[], note="vendor quote with device serials")

@N("en")
def en_blank_referral(lang):
    frm, to, who, dom = _h(lang, ext=True)
    pdf = make_pdf("Cardiology Referral Form", ["Patient name: ______________", "DOB: __/__/____", "OHIP #: __________  VC: __",
                   "Reason for referral: ________________", "Referring physician: __________  Billing #: ______"])
    body = "Hello,\n\nAs requested, here is our updated referral form. Please fax completed forms to 905-555-0143.\n" + sig(lang, who, None, dom)
    return dict(cat="blank_form", frm=frm, to=to, subject="Updated referral form", date=rand_date(), body=body,
                attachments=[("cardiology_referral_form.pdf", "application/pdf", pdf)], types=[], note="blank referral form PDF")

@N("en")
def en_committee_reply(lang):
    frm, to, who, dom = _h(lang)
    orig = f"Can we move the Quality & Patient Safety committee to the 3rd? Half the members are at the CSN conference.\n{pick(CLERKS_EN)}"
    body = f"Works for me. I'll update the invite and circulate the incident-trend dashboard (Q2 aggregate falls: {rng.randrange(20,60)}).\n" + sig(lang, who, None, dom) + quote(orig, pick(CLERKS_EN), future_day(lang), lang)
    return dict(cat="committee_notice", frm=frm, to=to, subject="RE: QPS committee date", date=rand_date(), body=body, types=[], note="committee scheduling reply thread")

@N("en")
def en_fwd_newsletter(lang):
    frm, to, who, dom = _h(lang)
    inner_body = ("Ontario Renal Network bulletin: new funding for home dialysis training, updated KDIGO anemia guidance webinar on the 12th, "
                  "and provincial wait-time data (median 42 days to first nephrology visit).\n")
    inner, _ = build_message(dict(frm="ORN Bulletin <bulletin@orn-demo.example>", to="renal-list@lakeshore-health.example", subject="ORN Bulletin",
                                  date=rand_date(), body=inner_body), {"kind": "plain"}, inner=True)
    body = "FYI, see the forwarded bulletin - webinar might be good for the clinic nurses.\n" + sig(lang, who, None, dom)
    return dict(cat="forwarded_bulletin", frm=frm, to=to, subject="Fwd: ORN Bulletin", date=rand_date(), body=body,
                attachments=[("ORN Bulletin.eml", "message/rfc822", inner)], fwd_attached=True, types=[], note="bulletin forwarded as attached .eml")

@N("en")
def en_cafeteria(lang):
    frm, to, who, dom = _h(lang)
    body = (f"This week at the Lakeview Café: Monday chili, Tuesday butter chicken, Wednesday vegan bowl. Staff discount 15% with badge. "
            f"Catering orders for meetings: ext. {rng.randrange(2000,7999)}, 48h notice.\n")
    return dict(cat="cafeteria", frm=frm, to="all-staff@lakeshore-health.example", subject="Café menu this week", date=rand_date(), body=body, types=[], note="cafeteria menu")

@N("en")
def en_schedule_clinic(lang):
    frm, to, who, dom = _h(lang)
    body = (f"Hi,\n\nClinic templates for {future_day(lang)}: Dr. Raman nephrology AM (12 slots), Dr. Whitford rheum PM (10 slots), "
            f"Dr. Goldberg echo reading all day. No patient bookings in the 8:00 slot please - reserved for huddle.\n" + sig(lang, who, "Booking Clerk", dom))
    return dict(cat="clinic_template", frm=frm, to=to, subject="Clinic templates", date=rand_date(), body=body, types=[], note="clinic slot templates, no patients")

@N("fr")
def rappel_confidentialite(lang):
    frm, to, who, dom = _h(lang)
    body = ("Rappel du bureau de la protection des renseignements personnels\n\nNe transmettez jamais un NAM, un numéro de dossier ou un diagnostic "
            "par courriel externe non chiffré. Exemple de format à ne PAS envoyer : XXXX 0000 0000. Utilisez la messagerie sécurisée.\n"
            f"Formation obligatoire d'ici le {future_day(lang)} (45 min, ENA).\n\nResponsable de l'accès à l'information")
    return dict(cat="privacy_reminder", frm=frm, to="tous@chu-exemple.example", subject="Rappel – renseignements personnels", date=rand_date(), body=body, types=[],
                note="rappel de politique de confidentialité sans données réelles")

@N("fr")
def cellulaires(lang):
    frm, to, who, dom = _h(lang)
    rows = "\n".join(f"{pick(CLERKS_FR)} – IMEI {imei()} – actif n° {rng.randrange(100000,999999)}" for _ in range(4))
    body = f"Bonjour,\n\nVoici l'attribution des nouveaux cellulaires pour les infirmières de liaison :\n\n{rows}\n\nMerci de signer le registre au 2e.\n" + sig(lang, who, "Soutien TI", dom)
    return dict(cat="asset_assignment", frm=frm, to=to, subject="Attribution cellulaires", date=rand_date(), body=body, types=[],
                note="attribution de cellulaires au personnel avec IMEI et numéros d'actif")

@N("en")
def en_survey(lang):
    frm, to, who, dom = _h(lang)
    body = (f"Patient Experience – Q{rng.randrange(1,4)} results\n\nOncology Day Unit: {rng.randrange(85,97)}% would recommend (n={rng.randrange(150,400)}).\n"
            f"Cardiac clinic: top complaint = wait time ({rng.randrange(20,45)} comments). Renal: parking cost ({rng.randrange(10,30)} comments).\n"
            "No individual comments are included; verbatims available on request through the Patient Relations Office.\n" + sig(lang, who, "Patient Experience Lead", dom))
    return dict(cat="patient_experience_report", frm=frm, to=to, subject="Patient experience results", date=rand_date(), body=body, types=[],
                note="aggregate patient experience survey results")

@N("fr")
def horaire_cliniques(lang):
    frm, to, who, dom = _h(lang)
    body = (f"Bonjour,\n\nHoraire des cliniques externes pendant les Fêtes :\n- Cardiologie : fermée du 24 déc. au 2 janv.\n"
            f"- Centre de jour d'oncologie : ouvert sauf 25 déc. et 1er janv.\n- Néphrologie/hémodialyse : horaire régulier\n"
            f"- Prélèvements : {pick(['8h à 12h','7h à 11h'])} seulement\n\nMerci d'en informer vos patients." + sig(lang, who, "Direction des services ambulatoires", dom))
    return dict(cat="clinic_hours", frm=frm, to="tous@chu-exemple.example", subject="Horaire des Fêtes – cliniques externes", date=rand_date(), body=body, types=[],
                note="horaire des cliniques externes")
