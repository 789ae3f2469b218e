"""Negative (non-confidential) builders, part B: conferences, committees, jobs, invoices, shortages, recalls,
protocols, policies, invitations, cards, inventories, rosters, replies, forwards, facilities, guidelines."""
import datetime as _dt

from gen_common import (T, HOSP, HOSP_EN, CLINIC, CLINIC_EN, HDOM, CDOM, CHU, CHUDOM, GMF, GMFDOM, CISSS,
                        HOSP_ADDR, CLINIC_ADDR, VENDORS, fdate, fday, sig)
from gen_mime import make_pdf, make_docx, make_xlsx, csv_text, make_ics, make_vcf, make_zip, html_wrap, render
from gen_util import greet, close, body, spec, who, quote, outlook_quote, sdate
from gen_neg_a import luhn_serial


def _all(lang):
    return [(T(lang, "Imagerie – tous", "Imaging – all staff"), "imagerie.tous@" + HDOM)]


# ---------------------------------------------------------------- N14 conference programme
def n_conference(ctx, lang, i):
    rads = ctx.sts("radiologist", 4)
    d = ctx.when()
    day = ctx.future(d, 20, 60)
    topics = T(lang, ["Dépistage du cancer du sein : tomosynthèse ou mammographie 2D?", "IRM de la prostate : PI-RADS 2.1 en pratique",
                      "Embolie pulmonaire : pièges de l'angio-TDM", "Sclérose en plaques : critères de McDonald 2024", "Radiologie pédiatrique et maltraitance",
                      "Nodules pulmonaires incidentaux : recommandations Fleischner"],
                  ["Breast screening: tomosynthesis or 2D mammography?", "Prostate MRI: PI-RADS 2.1 in practice", "Pulmonary embolism: CTA pitfalls",
                   "Multiple sclerosis: 2024 McDonald criteria", "Paediatric radiology and child abuse", "Incidental lung nodules: Fleischner guidelines"])
    prog = []
    h = 8 * 60 + 30
    for r, t in zip(rads, ctx.sample(topics, 4)):
        prog.append(f"{h // 60:02d}:{h % 60:02d}  {r.dr(lang)} – {t}")
        h += 50
    paras = [T(lang, f"Journée régionale d'imagerie médicale – {fday(day, 'fr')}, auditorium du {HOSP}. Activité reconnue (6 h de DPC, section 1).",
               f"Regional imaging day – {fday(day, 'en')}, {HOSP_EN} auditorium. Accredited (6 CPD hours, section 1)."),
             T(lang, "Programme :", "Programme:") + "\n" + "\n".join(prog),
             T(lang, "Inscription gratuite pour le personnel du CISSS, 75 $ pour les externes. Dîner inclus.", "Free for CISSS staff, $75 for external attendees. Lunch included.")]
    txt = body(ctx, lang, ctx.st("manager"), paras, footer=False)
    atts = [dict(filename=T(lang, "programme_journee_imagerie.pdf", "imaging_day_programme.pdf"), ctype="application/pdf",
                 data=make_pdf(T(lang, "Journée régionale d'imagerie", "Regional imaging day"), prog, compress=True))] if ctx.chance(0.5) else []
    return spec(ctx, lang, "conference", "conference programme with speakers and disease topics", ("DPC – " + CISSS, "dpc@" + HDOM), _all(lang),
                T(lang, "Programme – Journée régionale d'imagerie", "Programme – Regional imaging day"), txt, atts=atts, date=d, types=set())


# ---------------------------------------------------------------- N15 committee notice
def n_committee(ctx, lang, i):
    chair = ctx.st("radiologist")
    d = ctx.when()
    day = ctx.future(d, 5, 20)
    comm = ctx.choice(T(lang, ["Comité de radioprotection", "Comité qualité et sécurité en imagerie", "Comité des utilisateurs PACS", "Comité de pharmacologie – agents de contraste"],
                              ["Radiation Safety Committee", "Imaging Quality and Safety Committee", "PACS Users Committee", "Pharmacology Committee – contrast agents"]))
    agenda = T(lang, ["Adoption du procès-verbal", "Suivi des incidents déclarés (AH-223) – statistiques du trimestre", "Niveaux de référence diagnostiques (NRD) en TDM pédiatrique",
                      "Révision du protocole de prémédication", "Varia"],
               ["Approval of minutes", "Follow-up of reported incidents (AH-223) – quarterly statistics", "Diagnostic reference levels (DRL) in paediatric CT",
                "Premedication protocol review", "Other business"])
    paras = [T(lang, f"La prochaine rencontre du {comm} aura lieu le {fday(day, 'fr')} à 12 h, salle {ctx.choice(['A-214', 'B-105', 'Teams'])}.",
               f"The next {comm} meeting is on {fday(day, 'en')} at noon, room {ctx.choice(['A-214', 'B-105', 'Teams'])}."),
             T(lang, "Ordre du jour :", "Agenda:") + "\n" + "\n".join(f"{k + 1}. {a}" for k, a in enumerate(agenda))]
    txt = body(ctx, lang, chair, paras, footer=False)
    return spec(ctx, lang, "committee", "committee notice and agenda", who(chair, lang), [(T(lang, f"Membres – {comm}", f"Members – {comm}"), "comite.imagerie@" + HDOM)],
                T(lang, f"Convocation – {comm}", f"Notice – {comm}"), txt, date=d, types=set())


# ---------------------------------------------------------------- N16 job posting
def n_job(ctx, lang, i):
    hr = ("Ressources humaines – " + CISSS, "rh@" + HDOM)
    d = ctx.when()
    jobs = [(T(lang, "Technologue en imagerie médicale – IRM", "Medical imaging technologist – MRI"), "TIM-" + str(ctx.randint(1000, 9999))),
            (T(lang, "Technologue en médecine nucléaire", "Nuclear medicine technologist"), "TMN-" + str(ctx.randint(1000, 9999))),
            (T(lang, "Agent(e) administratif(ve) – centrale de rendez-vous", "Administrative agent – central booking"), "AA-" + str(ctx.randint(1000, 9999))),
            (T(lang, "Infirmier(ère) clinicien(ne) – radiologie d'intervention", "Nurse – interventional radiology"), "INF-" + str(ctx.randint(1000, 9999))),
            (T(lang, "Analyste PACS/RIS", "PACS/RIS analyst"), "TI-" + str(ctx.randint(1000, 9999)))]
    title, ref = jobs[i % len(jobs)]
    paras = [T(lang, f"Affichage interne/externe no {ref} : {title}", f"Internal/external posting no. {ref}: {title}"),
             T(lang, f"Statut : temps complet permanent, {ctx.choice(['jour/soir', 'rotation', 'jour'])}. Lieu : {ctx.choice([HOSP, CLINIC])}. Salaire : {ctx.randint(26, 34)},{ctx.randint(10, 99)} $ à {ctx.randint(40, 52)},{ctx.randint(10, 99)} $/h selon l'expérience. Prime de rétention en région éloignée.",
               f"Status: full-time permanent, {ctx.choice(['day/evening', 'rotation', 'day'])}. Location: {ctx.choice([HOSP_EN, CLINIC_EN])}. Pay: ${ctx.randint(26, 34)}.{ctx.randint(10, 99)} to ${ctx.randint(40, 52)}.{ctx.randint(10, 99)}/h depending on experience. Remote-region retention premium."),
             T(lang, "Exigences : membre en règle de l'OTIMROEPMQ (le cas échéant), certification RCR, connaissance de l'anglais un atout. Date limite : 15 jours après l'affichage.",
               "Requirements: member in good standing of the professional order (where applicable), CPR certification, French required. Closing date: 15 days after posting.")]
    txt = "\n\n".join(paras) + "\n\n" + T(lang, "Postulez en ligne : emplois-cisss-herons.example", "Apply online: emplois-cisss-herons.example") + "\n"
    return spec(ctx, lang, "job_posting", "job posting", hr, _all(lang), T(lang, f"Affichage de poste – {title}", f"Job posting – {title}"), txt, date=d, types=set())


# ---------------------------------------------------------------- N17 invoice / purchase order
def n_invoice(ctx, lang, i):
    vend = ctx.choice([VENDORS[2], VENDORS[3], VENDORS[4], VENDORS[0]])
    buyer = ctx.st("clerk")
    d = ctx.when()
    items = {
        VENDORS[2][0]: [("Iohexol 350 mgI/mL, 100 mL x 10", 418.50), ("Iodixanol 320, 100 mL x 10", 612.00), ("Gadobutrol 1,0 mmol/mL, 15 mL x 10", 985.00)],
        VENDORS[3][0]: [("Générateur Mo-99/Tc-99m 21,5 GBq", 2450.00), ("Trousse MDP x 5", 310.00), ("F-18 FDG (dose unitaire)", 395.00)],
        VENDORS[4][0]: [("Seringues d'injecteur 200 mL x 50", 690.00), ("Tubulures patient 250 cm x 100", 450.00)],
        VENDORS[0][0]: [("Contrat de service annuel – CT Aurora", 84500.00), ("Tube RX de remplacement", 162000.00)],
    }[vend[0]]
    sel = ctx.sample(items, min(len(items), ctx.randint(1, 3)))
    po = f"BC-{d.year}-{ctx.randint(10000, 99999)}"
    inv = f"INV{ctx.randint(1000000, 9999999)}"
    lot = f"LOT {ctx.choice('ABCDEFGH')}{ctx.randint(10000, 99999)}"
    lines = [f"{vend[0]} – {T(lang, 'Facture', 'Invoice')} {inv}", f"{T(lang, 'Bon de commande', 'PO')} {po}", T(lang, f"Client : {HOSP}, {HOSP_ADDR}", f"Customer: {HOSP_EN}, {HOSP_ADDR}")]
    total = 0
    for name, price in sel:
        q = ctx.randint(1, 6)
        lines.append(f"{q} x {name} @ {price:.2f} $ = {q * price:.2f} $ ({lot})")
        total += q * price
    lines.append(f"TPS 5 % : {total * 0.05:.2f} $   TVQ 9,975 % : {total * 0.09975:.2f} $")
    lines.append(f"Total : {total * 1.14975:.2f} $   {T(lang, 'Modalités : net 30 jours', 'Terms: net 30')}")
    if ctx.chance(0.6):
        att = dict(filename=f"{inv}.pdf", ctype="application/pdf", data=make_pdf(T(lang, "Facture", "Invoice"), lines, compress=ctx.chance(0.5)))
        txt = body(ctx, lang, buyer, [T(lang, f"Facture {inv} reçue pour le bon {po}, à approuver avant paiement.", f"Invoice {inv} received for PO {po}, to approve before payment.")])
        atts = [att]
    else:
        txt = body(ctx, lang, buyer, [T(lang, "Pour approbation :", "For approval:"), "\n".join(lines)])
        atts = []
    return spec(ctx, lang, "invoice_po", "supplier invoice/PO with lot numbers", who(buyer, lang), [(T(lang, "Comptes fournisseurs", "Accounts payable"), "comptes.fournisseurs@" + HDOM)],
                T(lang, f"Facture {vend[0]} – {po}", f"Invoice {vend[0]} – {po}"), txt, atts=atts, date=d, types=set())


# ---------------------------------------------------------------- N18 drug shortage
def n_shortage(ctx, lang, i):
    pharm = ("Pharmacie – " + CISSS, "pharmacie@" + HDOM)
    d = ctx.when()
    k = i % 3
    if k == 0:
        paras = [T(lang, "Rupture d'approvisionnement : iohexol 300 et 350 (toutes présentations) – durée estimée 8 à 12 semaines.",
                   "Supply disruption: iohexol 300 and 350 (all presentations) – expected 8 to 12 weeks."),
                 T(lang, "Mesures : réserver l'iohexol aux angio-TDM et aux urgences; utiliser l'iopamidol pour les TDM abdominales; réduire les doses selon le poids (protocole 0,8 mL/kg). Pas de TDM injectée pour indications à faible valeur (p. ex. suivi de kyste rénal simple).",
                   "Measures: reserve iohexol for CTA and emergencies; use iopamidol for abdominal CT; weight-based dosing (0.8 mL/kg protocol). No contrast CT for low-value indications (e.g., simple renal cyst follow-up).")]
        subj = T(lang, "PÉNURIE – produits de contraste iodés", "SHORTAGE – iodinated contrast")
    elif k == 1:
        paras = [T(lang, "Le réacteur fournisseur de molybdène-99 est en arrêt imprévu. Livraisons de générateurs Tc-99m réduites de 50 % la semaine prochaine.",
                   "The molybdenum-99 supplier reactor has an unplanned shutdown. Tc-99m generator deliveries cut by 50% next week."),
                 T(lang, "Prioriser : scintigraphies osseuses oncologiques, perfusion myocardique urgente. Reporter les scintigraphies thyroïdiennes et rénales non urgentes.",
                   "Prioritise: oncology bone scans, urgent myocardial perfusion. Postpone non-urgent thyroid and renal scans.")]
        subj = T(lang, "Approvisionnement Tc-99m réduit", "Reduced Tc-99m supply")
    else:
        paras = [T(lang, "Pénurie de diphenhydramine injectable. Pour la prémédication et le traitement des réactions au contraste, la cétirizine PO ou l'hydroxyzine peuvent être substituées selon l'ordonnance collective révisée.",
                   "Shortage of injectable diphenhydramine. For premedication and contrast reaction treatment, oral cetirizine or hydroxyzine may be substituted under the revised collective order.")]
        subj = T(lang, "Pénurie – diphenhydramine injectable", "Shortage – injectable diphenhydramine")
    txt = "\n\n".join([greet(ctx, lang)] + paras + [T(lang, "Le département de pharmacie", "Pharmacy department")]) + "\n"
    return spec(ctx, lang, "drug_shortage", "drug/contrast/isotope shortage notice", pharm, _all(lang), subj, txt, date=d, types=set())


# ---------------------------------------------------------------- N19 supplier recall
def n_recall(ctx, lang, i):
    vend = ctx.choice([VENDORS[4], VENDORS[2], VENDORS[0]])
    d = ctx.when()
    lots = [f"{ctx.choice('KMRT')}{ctx.randint(100000, 999999)}" for _ in range(ctx.randint(2, 4))]
    udi = luhn_serial(ctx, 10)
    prod = ctx.choice(T(lang, ["seringues pour injecteur 200 mL", "tubulures de raccordement patient", "gel d'échographie stérile", "tablier de plomb 0,5 mm (modèle Pb-Light)"],
                              ["200 mL injector syringes", "patient connector tubing", "sterile ultrasound gel", "0.5 mm lead apron (Pb-Light model)"]))
    paras = [T(lang, f"AVIS DE RAPPEL VOLONTAIRE – {prod}", f"VOLUNTARY RECALL NOTICE – {prod}"),
             T(lang, f"Lots visés : {', '.join(lots)} (IUD {udi}). Risque : {ctx.choice(['fissure du corps de la seringue sous pression', 'contamination bactérienne possible', 'écran de plomb non conforme'])}. Aucun événement indésirable grave rapporté.",
               f"Affected lots: {', '.join(lots)} (UDI {udi}). Risk: {ctx.choice(['syringe barrel cracking under pressure', 'possible bacterial contamination', 'non-compliant lead shielding'])}. No serious adverse events reported."),
             T(lang, "Veuillez mettre les produits en quarantaine, remplir le formulaire de réponse et le retourner dans les 10 jours ouvrables.",
               "Please quarantine the products, complete the response form and return it within 10 business days.")]
    txt = "\n\n".join(paras) + f"\n\n{vend[0]} – {T(lang, 'Affaires réglementaires', 'Regulatory affairs')}\n1 800 555-0123\n"
    return spec(ctx, lang, "supplier_recall", "supplier recall with lot and UDI numbers", (vend[0], "rappels@" + vend[1]),
                [(T(lang, "Génie biomédical", "Biomedical engineering"), "gbm@" + HDOM)], T(lang, f"Rappel – {prod}", f"Recall – {prod}"), txt, date=d, types=set())


# ---------------------------------------------------------------- N20 research protocol
def n_protocol(ctx, lang, i):
    pi = ctx.st("radiologist")
    d = ctx.when()
    studies = [T(lang, "Étude IMAGE-SEIN : tomosynthèse vs mammographie 2D en dépistage régional", "IMAGE-SEIN study: tomosynthesis vs 2D mammography in regional screening"),
               T(lang, "Étude REDUC-CONTRASTE : réduction de la dose d'iode guidée par le poids maigre", "REDUC-CONTRAST study: lean-body-weight-guided iodine dose reduction"),
               T(lang, "Étude IA-NODULE : détection assistée des nodules pulmonaires", "AI-NODULE study: computer-aided lung nodule detection"),
               T(lang, "Étude FAST-MRI : protocole abrégé d'IRM mammaire", "FAST-MRI study: abbreviated breast MRI protocol")]
    st = studies[i % len(studies)]
    paras = [T(lang, f"Le protocole « {st} » (version 3.1) a été approuvé par le CER du CISSS le {fdate(d.date() - _dt.timedelta(days=10), 'fr')}.",
               f"The protocol \"{st}\" (version 3.1) was approved by the CISSS REB on {fdate(d.date() - _dt.timedelta(days=10), 'en')}."),
             T(lang, f"Critères d'inclusion : adultes de 50 à 74 ans, consentement écrit. Exclusion : grossesse, DFGe < 30, allergie sévère au contraste. Taille d'échantillon visée : {ctx.randint(200, 900)} participants. Le recrutement commence le mois prochain.",
               f"Inclusion: adults aged 50–74, written consent. Exclusion: pregnancy, eGFR < 30, severe contrast allergy. Target sample: {ctx.randint(200, 900)} participants. Recruitment starts next month."),
             T(lang, "Protocole et formulaire de consentement vierge en pièce jointe.", "Protocol and blank consent form attached.")]
    att = dict(filename=T(lang, "protocole_v3.1.docx", "protocol_v3.1.docx"), ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               data=make_docx(st, [paras[1], T(lang, "Objectif principal : sensibilité et spécificité.", "Primary objective: sensitivity and specificity."),
                                   T(lang, "Formulaire de consentement – Nom du participant : ______________", "Consent form – Participant name: ______________")], author=pi.full))
    txt = body(ctx, lang, pi, paras)
    return spec(ctx, lang, "research_protocol", "research protocol, no participants", who(pi, lang), [(T(lang, "Équipe de recherche", "Research team"), "recherche.imagerie@" + HDOM)],
                T(lang, f"Protocole approuvé – {st.split(':')[0]}", f"Protocol approved – {st.split(':')[0]}"), txt, atts=[att], date=d, types=set())


# ---------------------------------------------------------------- N21 physicians and what they treat
def n_expertise(ctx, lang, i):
    mgr = ctx.st("manager")
    d = ctx.when()
    rads = ctx.sts("radiologist", 5)
    areas = T(lang, ["imagerie du sein et biopsies mammaires (cancer du sein)", "neuroradiologie (AVC, sclérose en plaques, tumeurs cérébrales)",
                     "radiologie d'intervention (drainages, biopsies hépatiques, PICC)", "imagerie musculosquelettique (déchirures méniscales, coiffe des rotateurs)",
                     "médecine nucléaire et TEP (lymphome, cancer de la thyroïde)"],
                 ["breast imaging and breast biopsies (breast cancer)", "neuroradiology (stroke, multiple sclerosis, brain tumours)",
                  "interventional radiology (drainages, liver biopsies, PICC lines)", "musculoskeletal imaging (meniscal tears, rotator cuff)",
                  "nuclear medicine and PET (lymphoma, thyroid cancer)"])
    lines = [f"- {r.dr(lang)} : {a}" for r, a in zip(rads, areas)]
    paras = [T(lang, "À l'intention des médecins référents : voici les radiologistes à joindre selon le secteur, pour toute question sur une requête ou un rapport.",
               "For referring physicians: here are the radiologists to contact by subspecialty for questions about a requisition or report."),
             "\n".join(lines), T(lang, "Radiologiste de garde : 819 555-0111 (24/7).", "Radiologist on call: 819 555-0111 (24/7).")]
    txt = body(ctx, lang, mgr, paras, footer=False)
    return spec(ctx, lang, "physician_directory", "radiologists listed with the diseases they handle", who(mgr, lang),
                [(T(lang, "Médecins du RLS", "Local physicians"), "medecins.rls@" + HDOM)], T(lang, "Qui joindre en radiologie?", "Who to contact in radiology"), txt, date=d, types=set())


# ---------------------------------------------------------------- N22 premedication policy (no patient)
def n_premed_policy(ctx, lang, i):
    rad = ctx.st("radiologist")
    d = ctx.when()
    paras = [T(lang, "Rappel du protocole institutionnel de prémédication (ordonnance collective OC-IMG-07, révisée) pour les usagers ayant un antécédent de réaction allergique modérée ou sévère au contraste :",
               "Reminder of the institutional premedication protocol (collective order OC-IMG-07, revised) for patients with a history of moderate or severe allergic-like contrast reaction:"),
             T(lang, "- prednisone 50 mg PO 13 h, 7 h et 1 h avant l'injection\n- diphenhydramine 50 mg PO ou IV 1 h avant\n- protocole accéléré (urgence) : méthylprednisolone 40 mg IV + diphenhydramine 50 mg IV 1 h avant\n- changer d'agent de contraste lorsque possible",
               "- prednisone 50 mg PO 13 h, 7 h and 1 h before injection\n- diphenhydramine 50 mg PO or IV 1 h before\n- accelerated (emergency) protocol: methylprednisolone 40 mg IV + diphenhydramine 50 mg IV 1 h before\n- switch contrast agent where possible"),
             T(lang, "La prémédication n'est pas indiquée pour les allergies aux fruits de mer ou à la povidone iodée. Les réactions physiologiques (chaleur, nausée) ne justifient pas de prémédication.",
               "Premedication is not indicated for shellfish or povidone-iodine allergies. Physiological reactions (warmth, nausea) do not warrant premedication.")]
    if i % 2:
        paras.append(T(lang, "Metformine : suspendre 48 h après l'injection uniquement si DFGe < 30 ou insuffisance rénale aiguë.", "Metformin: hold for 48 h after injection only if eGFR < 30 or acute kidney injury."))
    txt = body(ctx, lang, rad, paras)
    return spec(ctx, lang, "premed_policy", "generic premedication protocol (drugs, no patient)", who(rad, lang), _all(lang),
                T(lang, "Protocole de prémédication – rappel", "Premedication protocol – reminder"), txt, date=d, types=set())


# ---------------------------------------------------------------- N23 critical-result policy
def n_critical_policy(ctx, lang, i):
    mgr = ctx.st("manager")
    d = ctx.when()
    paras = [T(lang, "Politique de communication des résultats critiques (POL-IMG-12) – mise à jour :", "Critical results communication policy (POL-IMG-12) – update:"),
             T(lang, "Catégorie rouge (appel < 1 h) : pneumothorax sous tension, dissection aortique, hémorragie intracrânienne, embolie pulmonaire centrale, pneumopéritoine inattendu.\nCatégorie orange (< 24 h) : nodule suspect de néoplasie, thrombose veineuse profonde, fracture instable.\nLa communication doit être documentée (heure, interlocuteur, relecture) dans le RIS.",
               "Red category (call < 1 h): tension pneumothorax, aortic dissection, intracranial haemorrhage, central PE, unexpected pneumoperitoneum.\nOrange category (< 24 h): nodule suspicious for malignancy, DVT, unstable fracture.\nCommunication must be documented (time, recipient, read-back) in the RIS."),
             T(lang, f"Audit du trimestre : {ctx.randint(85, 99)} % des résultats rouges communiqués dans le délai.", f"Quarterly audit: {ctx.randint(85, 99)}% of red results communicated on time.")]
    txt = body(ctx, lang, mgr, paras)
    return spec(ctx, lang, "critical_policy", "critical results policy with disease list, no patient", who(mgr, lang), _all(lang),
                T(lang, "POL-IMG-12 – résultats critiques", "POL-IMG-12 – critical results"), txt, date=d, types=set())


# ---------------------------------------------------------------- N24 staff meeting ICS
def n_staff_ics(ctx, lang, i):
    org = ctx.st("manager")
    d = ctx.when()
    day = ctx.future(d, 3, 20)
    start = _dt.datetime.combine(day, _dt.time(ctx.choice([7, 12, 15]), 30))
    summ = ctx.choice(T(lang, ["Réunion d'équipe – technologues TDM", "Formation injecteur Vexa", "Rencontre mensuelle radiologistes", "Exercice de trempe (quench) IRM"],
                              ["Team meeting – CT technologists", "Vexa injector training", "Monthly radiologists' meeting", "MRI quench drill"]))
    att = [(s.full, s.addr()) for s in ctx.sts("tech", 3)]
    ics = make_ics(f"{ctx.randint(10**8, 10**9)}@{HDOM}", start, start + _dt.timedelta(minutes=60), summ,
                   description=T(lang, "Ordre du jour à venir. Dîner fourni.", "Agenda to follow. Lunch provided."), location=T(lang, "Salle B-105 / Teams", "Room B-105 / Teams"),
                   organizer=(org.full, org.addr()), attendees=att)
    txt = body(ctx, lang, org, [T(lang, "Vous êtes invité(e) à la rencontre ci-jointe.", "You are invited to the attached meeting.")], short_sig=True, footer=False)
    return spec(ctx, lang, "staff_meeting_ics", "staff meeting calendar invite", who(org, lang), att, summ, txt,
                atts=[dict(filename="meeting.ics", ctype="text/calendar", data=ics, method="REQUEST")], date=d, types=set())


# ---------------------------------------------------------------- N25 vendor / colleague vCard
def n_vcard(ctx, lang, i):
    vend = ctx.choice(VENDORS)
    d = ctx.when()
    g, s = ctx.choice([("Mathieu", "Pelland"), ("Karine", "Desautels"), ("Alex", "Morneau"), ("Priya", "Raman")])
    vcf = make_vcf(g, s, org=vend[0], title=T(lang, "Spécialiste des applications cliniques", "Clinical applications specialist"),
                   tels=[("WORK", f"1 800 555-01{ctx.randint(0, 99):02d}"), ("CELL", f"514 555-01{ctx.randint(0, 99):02d}")], emails=[f"{g.lower()}.{s.lower()}@{vend[1]}"])
    tech = ctx.st("tech")
    txt = body(ctx, lang, tech, [T(lang, f"Voici les coordonnées de notre spécialiste d'applications chez {vend[0]} pour la formation sur le nouveau protocole.",
                                   f"Here are the contact details of our applications specialist at {vend[0]} for the new protocol training.")], short_sig=True)
    return spec(ctx, lang, "vendor_vcard", "vendor representative vCard", who(tech, lang), [(T(lang, "Technologues", "Technologists"), "technologues@" + HDOM)],
                T(lang, f"Contact {vend[0]}", f"{vend[0]} contact"), txt, atts=[dict(filename=f"{g} {s}.vcf", ctype="text/x-vcard", data=vcf)], date=d, types=set())


# ---------------------------------------------------------------- N26 equipment inventory CSV
def n_inventory(ctx, lang, i):
    bio = ctx.st("biomed")
    d = ctx.when()
    rows = [["asset_id", "description", "manufacturer", "serial_number", "install_date", "room", "next_pm"]]
    for k in range(ctx.randint(8, 14)):
        rows.append([luhn_serial(ctx, 10), ctx.choice(["CT scanner", "MRI 1.5T", "Portable DR", "Ultrasound", "Mammography", "Gamma camera", "Power injector", "Lead apron"]),
                     ctx.choice(["Medimagix", "InjecTech", "Sonarix", "Radiolux"]), luhn_serial(ctx, 9),
                     f"{ctx.randint(2012, 2023)}-{ctx.randint(1, 12):02d}-{ctx.randint(1, 28):02d}", f"{ctx.choice('ABC')}-{ctx.randint(100, 299)}",
                     f"2025-{ctx.randint(1, 12):02d}-{ctx.randint(1, 28):02d}"])
    txt = body(ctx, lang, bio, [T(lang, "Inventaire des équipements d'imagerie pour le plan de maintenance préventive 2025 (extraction GMAO).",
                                  "Imaging equipment inventory for the 2025 preventive maintenance plan (CMMS extract).")])
    return spec(ctx, lang, "equipment_inventory", "equipment inventory CSV with serial and asset numbers (checksum-valid)", who(bio, lang),
                [(lambda _s: (_s.full, _s.addr()))(ctx.st("manager"))], T(lang, "Inventaire équipements imagerie", "Imaging equipment inventory"), txt,
                atts=[dict(filename="inventaire_gmao.csv", ctype="text/csv", data=csv_text(rows))], date=d, types=set())


# ---------------------------------------------------------------- N27 on-call roster
def n_oncall(ctx, lang, i):
    sec = ctx.st("clerk")
    d = ctx.when()
    month = (d.replace(day=1) + _dt.timedelta(days=35)).replace(day=1)
    rads = ctx.sts("radiologist", 6)
    lines = []
    for w in range(4):
        wk = month + _dt.timedelta(days=7 * w)
        r = rads[w % len(rads)]
        lines.append(f"{fdate(wk, lang, 'iso')} → {fdate(wk + _dt.timedelta(days=6), lang, 'iso')} : {r.dr(lang)} – {T(lang, 'cell.', 'cell')} 819 555-01{ctx.randint(0, 99):02d}")
    paras = [T(lang, "Liste de garde des radiologistes pour le mois prochain :", "Radiologist on-call roster for next month:"), "\n".join(lines),
             T(lang, f"Médecine nucléaire : {rads[4].dr(lang)} (jours ouvrables seulement). Radiologie d'intervention : {rads[5].dr(lang)}.",
               f"Nuclear medicine: {rads[4].dr(lang)} (weekdays only). Interventional: {rads[5].dr(lang)}.")]
    txt = body(ctx, lang, sec, paras)
    return spec(ctx, lang, "oncall_roster", "radiologist on-call roster with staff cell numbers", who(sec, lang),
                [(T(lang, "Urgence – chefs", "ER leads"), "urgence.chefs@" + HDOM)] + _all(lang), T(lang, "Garde radiologie – mois prochain", "Radiology on-call – next month"), txt, date=d, types=set())


# ---------------------------------------------------------------- N28 accreditation / audit
def n_accreditation(ctx, lang, i):
    q = ctx.st("manager")
    d = ctx.when()
    paras = [T(lang, f"Visite d'Agrément Canada prévue du {fdate(ctx.future(d, 30, 60), 'fr')} pendant 4 jours. Pratiques organisationnelles requises à réviser en imagerie : double identification de l'usager, bilan comparatif des médicaments, prévention des chutes, sécurité IRM.",
               f"Accreditation Canada survey planned starting {fdate(ctx.future(d, 30, 60), 'en')} for 4 days. Required organizational practices to review in imaging: two patient identifiers, medication reconciliation, falls prevention, MRI safety."),
             T(lang, f"Résultat de l'audit interne (n = {ctx.randint(40, 80)} dossiers) : double identification conforme à {ctx.randint(82, 98)} %.",
               f"Internal audit result (n = {ctx.randint(40, 80)} charts): two-identifier compliance {ctx.randint(82, 98)}%.")]
    txt = body(ctx, lang, q, paras)
    return spec(ctx, lang, "accreditation", "accreditation preparation, aggregate audit", who(q, lang), _all(lang),
                T(lang, "Agrément Canada – préparation", "Accreditation Canada – preparation"), txt, date=d, types=set())


# ---------------------------------------------------------------- N29 staffing reply chain
def n_reply_chain(ctx, lang, i):
    a, b = ctx.sts("tech", 2)
    mgr = ctx.st("manager")
    d = ctx.when()
    day = ctx.future(d, 2, 12)
    orig = T(lang, f"Salut {b.given},\nEst-ce que tu pourrais prendre mon quart de soir en IRM le {fdate(day, 'fr')}? J'ai un rendez-vous chez le dentiste pour ma fille. Je te redonne ton samedi en échange.\n{a.given}",
             f"Hi {b.given},\nCould you take my MRI evening shift on {fdate(day, 'en')}? I have a dental appointment for my daughter. I'll take your Saturday in exchange.\n{a.given}")
    mid = T(lang, f"Pas de problème pour moi si {mgr.given} approuve.\n{b.given}", f"Fine with me if {mgr.given} approves.\n{b.given}")
    top = ctx.choice(T(lang, ["Approuvé, l'horaire est modifié.", "OK pour l'échange. Merci de l'inscrire au registre.", "Refusé : tu serais à 16 h consécutives. On en reparle."],
                            ["Approved, schedule updated.", "OK for the swap. Please log it in the register.", "Declined: that would be 16 consecutive hours. Let's talk."]))
    txt = top + "\n\n" + mgr.full + "\n\n" + quote(mid + "\n\n" + quote(orig, lang, a.full, sdate(d - _dt.timedelta(days=2), lang)), lang, b.full, sdate(d - _dt.timedelta(days=1), lang)) + "\n"
    return spec(ctx, lang, "reply_chain_staff", "reply chain about a shift swap (staff only)", who(mgr, lang), [(a.full, a.addr()), (b.full, b.addr())],
                T(lang, "RE: RE: échange de quart", "RE: RE: shift swap"), txt, date=d, types=set(),
                in_reply_to=f"<{ctx.randint(10**7, 10**8)}@{HDOM}>")


# ---------------------------------------------------------------- N30 forwarded vendor notice as .eml
def n_fwd_vendor(ctx, lang, i):
    vend = ctx.choice([VENDORS[1], VENDORS[0]])
    it = ctx.st("it")
    d = ctx.when()
    inner_txt = T(lang, f"Avis de sécurité {vend[0]} SA-{d.year}-{ctx.randint(10, 99)} : vulnérabilité dans le service DICOM Web (CVE-{d.year}-{ctx.randint(10000, 59999)}). Correctif 8.4.2 disponible. Appliquer dans les 30 jours. Aucune exploitation connue.",
                  f"{vend[0]} security advisory SA-{d.year}-{ctx.randint(10, 99)}: vulnerability in the DICOMweb service (CVE-{d.year}-{ctx.randint(10000, 59999)}). Patch 8.4.2 available. Apply within 30 days. No known exploitation.")
    inner = spec(ctx, lang, "", "", (vend[0] + " Security", "security@" + vend[1]), [("Clients", "clients@" + vend[1])],
                 T(lang, "Avis de sécurité", "Security advisory"), inner_txt, date=d - _dt.timedelta(days=1))
    raw = render(ctx.rng, inner, crlf=False)
    txt = body(ctx, lang, it, [T(lang, "Pour information, voir l'avis ci-joint. Planification du correctif à la prochaine fenêtre de maintenance.",
                                 "FYI, see the attached advisory. Patch scheduled for the next maintenance window.")], footer=False)
    return spec(ctx, lang, "fwd_vendor_eml", "forwarded vendor security advisory (.eml)", who(it, lang), [(lambda _s: (_s.full, _s.addr()))(ctx.st("manager"))],
                T(lang, "TR: Avis de sécurité", "FW: Security advisory"), txt, atts=[dict(filename="avis_securite.eml", ctype="message/rfc822", data=raw)], date=d, types=set())


# ---------------------------------------------------------------- N31 QA logs zipped
def n_qa_zip(ctx, lang, i):
    phys = ctx.st("physicist")
    d = ctx.when()
    files = []
    for k in range(3):
        day = d.date() - _dt.timedelta(days=7 * k)
        rows = [["date", "test", "value", "limit", "pass"]]
        for t in ["water_HU", "noise_SD", "uniformity", "CTDIvol"]:
            rows.append([day.isoformat(), t, f"{ctx.randint(-30, 60) / 10:.1f}", "spec", "Y"])
        files.append((f"CT1_QC_{day.isoformat()}.csv", csv_text(rows)))
    files.append(("LISEZMOI.txt", T(lang, "Journaux de CQ quotidiens, fantôme eau 20 cm. Aucune donnée patient.", "Daily QC logs, 20 cm water phantom. No patient data.")))
    txt = body(ctx, lang, phys, [T(lang, "Journaux CQ des 3 dernières semaines pour l'inspection CCSN/MSSS.", "QC logs for the last 3 weeks for the inspection.")])
    return spec(ctx, lang, "qa_logs_zip", "ZIP of QC logs", who(phys, lang), [(T(lang, "Inspection", "Inspection"), "inspection@msss-region.example")],
                T(lang, "Journaux CQ TDM", "CT QC logs"), txt, atts=[dict(filename="CQ_TDM.zip", ctype="application/zip", data=make_zip(files))], date=d, types=set())


# ---------------------------------------------------------------- N32 satisfaction survey (aggregate)
def n_survey(ctx, lang, i):
    q = ctx.st("manager")
    d = ctx.when()
    n = ctx.randint(180, 600)
    paras = [T(lang, f"Résultats du sondage de satisfaction des usagers en imagerie (n = {n}) :", f"Imaging patient satisfaction survey results (n = {n}):"),
             T(lang, f"- Satisfaction globale : {ctx.randint(85, 95)} %\n- Temps d'attente jugé acceptable : {ctx.randint(55, 75)} %\n- Clarté des consignes de préparation : {ctx.randint(70, 90)} %\n- Commentaire fréquent : stationnement difficile, attente en IRM.",
               f"- Overall satisfaction: {ctx.randint(85, 95)}%\n- Wait time acceptable: {ctx.randint(55, 75)}%\n- Clear preparation instructions: {ctx.randint(70, 90)}%\n- Frequent comment: parking, MRI wait.")]
    txt = body(ctx, lang, q, paras)
    return spec(ctx, lang, "satisfaction_survey", "aggregate patient survey", who(q, lang), _all(lang), T(lang, "Sondage usagers – résultats", "Patient survey – results"), txt, date=d, types=set())


# ---------------------------------------------------------------- N33 open slots / capacity
def n_slots(ctx, lang, i):
    clerk = ctx.st("clerk")
    d = ctx.when()
    day = ctx.future(d, 1, 6)
    slots = ", ".join(sorted(ctx.sample(["7 h 30", "8 h 15", "9 h 45", "11 h", "13 h 30", "15 h", "18 h 45", "20 h"], 3)))
    paras = [T(lang, f"Plages libérées en IRM le {fday(day, 'fr')} : {slots}. Priorité aux requêtes P2 en attente depuis plus de 10 jours.",
               f"Freed MRI slots on {fday(day, 'en')}: {slots}. Priority to P2 requests waiting more than 10 days."),
             T(lang, "Merci de m'indiquer les dossiers à convoquer d'ici midi (par le RIS, pas par courriel).", "Please tell me which files to call in by noon (through the RIS, not by e-mail).")]
    txt = body(ctx, lang, clerk, paras, short_sig=True)
    return spec(ctx, lang, "open_slots", "capacity notice without patients", who(clerk, lang), [(T(lang, "Radiologistes", "Radiologists"), "radiologistes@" + HDOM)],
                T(lang, "Plages IRM disponibles", "Available MRI slots"), txt, date=d, types=set())


# ---------------------------------------------------------------- N34 MRI safety training for staff
def n_training(ctx, lang, i):
    phys = ctx.st("physicist")
    d = ctx.when()
    paras = [T(lang, "Formation obligatoire sur la sécurité en IRM (zones III et IV) pour tout le personnel qui accède à la salle de l'aimant : préposés, entretien ménager, agents de sécurité, pompiers.",
               "Mandatory MRI safety training (zones III and IV) for all staff who enter the magnet room: attendants, housekeeping, security, firefighters."),
             T(lang, "Points : l'aimant est toujours actif; objets ferromagnétiques (bonbonnes d'O2, civières); stimulateurs cardiaques et implants; procédure de trempe. Séances de 45 min les mardis.",
               "Topics: the magnet is always on; ferromagnetic objects (O2 cylinders, stretchers); pacemakers and implants; quench procedure. 45-minute sessions on Tuesdays.")]
    txt = body(ctx, lang, phys, paras, footer=False)
    return spec(ctx, lang, "mri_safety_training", "staff MRI safety training notice", who(phys, lang), _all(lang),
                T(lang, "Formation sécurité IRM – obligatoire", "MRI safety training – mandatory"), txt, date=d, types=set())


# ---------------------------------------------------------------- N35 IT account / phishing
def n_it_account(ctx, lang, i):
    it = ctx.st("it")
    d = ctx.when()
    k = i % 3
    if k == 0:
        subj = T(lang, "Tentative d'hameçonnage – ne cliquez pas", "Phishing attempt – do not click")
        paras = [T(lang, "Un courriel frauduleux intitulé « Résultats d'imagerie disponibles » circule avec un lien vers un faux portail. Ne saisissez jamais vos identifiants. Signalez-le avec le bouton « Signaler ».",
                   "A fraudulent e-mail titled \"Imaging results available\" is circulating with a link to a fake portal. Never enter your credentials. Use the \"Report\" button.")]
    elif k == 1:
        subj = T(lang, "Expiration de mot de passe RIS", "RIS password expiry")
        paras = [T(lang, f"Votre mot de passe RIS expirera dans 5 jours. Code d'utilisateur : {it.surname[:3].upper()}{ctx.randint(100, 999)} (exemple). Changez-le via le portail libre-service.",
                   f"Your RIS password expires in 5 days. Changes via the self-service portal. Ticket INC{ctx.randint(1000000, 9999999)}.")]
    else:
        subj = T(lang, "Nouveaux postes de lecture – installation", "New reading workstations – installation")
        paras = [T(lang, f"Les {ctx.randint(4, 9)} nouveaux postes de lecture (écrans diagnostiques 5 MP) seront installés la semaine prochaine. Étalonnage DICOM GSDF par le physicien. Numéros d'inventaire : " + ", ".join(luhn_serial(ctx, 10) for _ in range(3)) + ".",
                   f"The {ctx.randint(4, 9)} new reading workstations (5 MP diagnostic displays) will be installed next week. DICOM GSDF calibration by the physicist. Asset numbers: " + ", ".join(luhn_serial(ctx, 10) for _ in range(3)) + ".")]
    txt = body(ctx, lang, it, paras, footer=False)
    return spec(ctx, lang, "it_notice", "IT account/phishing/workstation notice", who(it, lang), _all(lang), subj, txt, date=d, types=set())


# ---------------------------------------------------------------- N36 facilities
def n_facilities(ctx, lang, i):
    fac = (T(lang, "Services techniques", "Facilities"), "services.techniques@" + HDOM)
    d = ctx.when()
    k = i % 4
    txt_fr, txt_en, sfr, sen = [
        ("Des travaux de remplacement du conduit de trempe de l'IRM auront lieu sur le toit; grue présente dans le stationnement P2 du 4 au 6.",
         "Replacement work on the MRI quench pipe will take place on the roof; crane in parking P2 from the 4th to the 6th.", "Travaux – conduit de trempe IRM", "Work – MRI quench pipe"),
        ("Coupure d'eau glacée dans l'aile B jeudi de 6 h à 8 h : la TDM 2 sera arrêtée (refroidissement).",
         "Chilled water shutdown in wing B Thursday 6–8 a.m.: CT 2 will be down (cooling).", "Coupure d'eau glacée – aile B", "Chilled water shutdown – wing B"),
        ("Le stationnement des employés sera repeint samedi; utilisez le stationnement P3.",
         "Staff parking will be repainted Saturday; use lot P3.", "Stationnement – peinture", "Parking – repainting"),
        ("Test du blindage plombé de la nouvelle salle de radiographie : accès interdit mardi après-midi.",
         "Lead shielding test of the new X-ray room: no access Tuesday afternoon.", "Test de blindage – salle RX 4", "Shielding test – X-ray room 4"),
    ][k]
    txt = T(lang, txt_fr, txt_en) + "\n\n" + T(lang, "Merci de votre compréhension.", "Thank you for your understanding.") + "\n"
    return spec(ctx, lang, "facilities", "facilities notice", fac, _all(lang), T(lang, sfr, sen), txt, date=d, types=set())


# ---------------------------------------------------------------- N37 wait-list by priority (aggregate)
def n_wait_stats(ctx, lang, i):
    mgr = ctx.st("manager")
    d = ctx.when()
    rows = [[T(lang, "Priorité", "Priority"), "IRM" if lang == "fr" else "MRI", "TDM" if lang == "fr" else "CT", T(lang, "Écho", "US")]]
    for p in ["P1", "P2", "P3", "P4", "P5"]:
        rows.append([p, ctx.randint(0, 900), ctx.randint(0, 400), ctx.randint(0, 1200)])
    table = "\n".join("\t".join(str(c) for c in r) for r in rows)
    paras = [T(lang, "Nombre de demandes en attente hors délai par priorité (extraction du 1er du mois) :", "Number of requests waiting beyond target by priority (extract on the 1st):"), table]
    txt = body(ctx, lang, mgr, paras)
    return spec(ctx, lang, "wait_stats", "aggregate wait list by priority", who(mgr, lang), [(T(lang, "Direction", "Directorate"), "direction@" + HDOM)],
                T(lang, "Listes d'attente – hors délai", "Wait lists – beyond target"), txt, date=d, types=set())


# ---------------------------------------------------------------- N38 referral guideline
def n_referral_guide(ctx, lang, i):
    rad = ctx.st("radiologist")
    d = ctx.when()
    guides = [T(lang, "Lombalgie : pas d'imagerie avant 6 semaines sauf drapeaux rouges (déficit neurologique, fièvre, perte de poids, antécédent de cancer, syndrome de la queue de cheval).",
                "Low back pain: no imaging before 6 weeks unless red flags (neurological deficit, fever, weight loss, cancer history, cauda equina)."),
              T(lang, "Céphalée : TDM urgente si céphalée brutale, déficit focal, immunosuppression ou > 50 ans avec céphalée nouvelle. Sinon, pas d'imagerie.",
                "Headache: urgent CT if thunderclap headache, focal deficit, immunosuppression or new headache over 50. Otherwise no imaging."),
              T(lang, "Nodule thyroïdien : échographie avec classification TI-RADS; ponction si TR4 ≥ 1,5 cm ou TR5 ≥ 1 cm.",
                "Thyroid nodule: ultrasound with TI-RADS; FNA if TR4 ≥ 1.5 cm or TR5 ≥ 1 cm.")]
    paras = [T(lang, "Choisir avec soin – recommandations de la semaine pour les médecins référents :", "Choosing Wisely – this week's guidance for referring physicians:"), guides[i % 3]]
    txt = body(ctx, lang, rad, paras, footer=False)
    return spec(ctx, lang, "referral_guideline", "referral appropriateness guideline", who(rad, lang), [(T(lang, "Médecins du RLS", "Local physicians"), "medecins.rls@" + HDOM)],
                T(lang, "Choisir avec soin en imagerie", "Choosing Wisely in imaging"), txt, date=d, types=set())


# ---------------------------------------------------------------- N39 isotope delivery schedule
def n_isotope(ctx, lang, i):
    vend = VENDORS[3]
    tech = ctx.st("tech")
    d = ctx.when()
    lines = []
    for k in range(4):
        day = ctx.future(d, k * 2 + 1, k * 2 + 2)
        lines.append(T(lang, f"{fday(day, 'fr')} – {ctx.choice(['Générateur Tc-99m 21,5 GBq', 'F-18 FDG 4 doses', 'I-131 gélules 3,7 GBq', 'Ga-67 citrate'])} – lot {ctx.choice('ABCDE')}{ctx.randint(1000, 9999)}-{ctx.randint(10, 99)} – livraison 6 h 30",
                       f"{fday(day, 'en')} – {ctx.choice(['Tc-99m generator 21.5 GBq', 'F-18 FDG 4 doses', 'I-131 capsules 3.7 GBq', 'Ga-67 citrate'])} – lot {ctx.choice('ABCDE')}{ctx.randint(1000, 9999)}-{ctx.randint(10, 99)} – delivery 6:30 a.m."))
    txt = "\n\n".join([greet(ctx, lang), T(lang, "Calendrier des livraisons de radiopharmaceutiques :", "Radiopharmaceutical delivery schedule:"), "\n".join(lines),
                       T(lang, "Rappel : vérifier le colis (contamination de surface) à la réception et consigner au registre CCSN.", "Reminder: wipe-test the package on receipt and log it in the CNSC register."),
                       f"{vend[0]} – Logistique"]) + "\n"
    return spec(ctx, lang, "isotope_delivery", "radiopharmaceutical delivery schedule with lot numbers", (vend[0], "logistique@" + vend[1]), [(tech.full, tech.addr())],
                T(lang, "Livraisons radiopharmaceutiques", "Radiopharmaceutical deliveries"), txt, date=d, types=set())


# ---------------------------------------------------------------- N40 mammography QC
def n_mammo_qc(ctx, lang, i):
    tech = ctx.choice([s for s in ctx.staff if s.role == "tech"])
    d = ctx.when()
    paras = [T(lang, f"CQ hebdomadaire du mammographe (Clarys 3D, no de série {luhn_serial(ctx, 9)}) :", f"Weekly mammography QC (Clarys 3D, serial {luhn_serial(ctx, 9)}):"),
             T(lang, f"- Fantôme ACR : {ctx.randint(5, 6)} fibres, {ctx.randint(4, 5)} groupes de microcalcifications, {ctx.randint(4, 5)} masses visibles (min. 4/3/3)\n- Dose glandulaire moyenne : {ctx.randint(12, 18) / 10:.1f} mGy (< 3,0)\n- Artéfacts : aucun",
               f"- ACR phantom: {ctx.randint(5, 6)} fibres, {ctx.randint(4, 5)} speck groups, {ctx.randint(4, 5)} masses visible (min. 4/3/3)\n- Mean glandular dose: {ctx.randint(12, 18) / 10:.1f} mGy (< 3.0)\n- Artefacts: none"),
             T(lang, "Conforme aux exigences du PQDCS pour le maintien de la désignation.", "Compliant with screening program requirements for designation.")]
    txt = body(ctx, lang, tech, paras, short_sig=True, footer=False)
    return spec(ctx, lang, "mammo_qc", "mammography unit QC", who(tech, lang, CDOM), [(lambda _s: (_s.full, _s.addr()))(ctx.st("physicist"))],
                T(lang, "CQ mammographe – semaine", "Mammography QC – weekly"), txt, date=d, types=set())


BUILDERS = [(n_conference, 5), (n_committee, 5), (n_job, 5), (n_invoice, 7), (n_shortage, 5), (n_recall, 5), (n_protocol, 4),
            (n_expertise, 4), (n_premed_policy, 4), (n_critical_policy, 3), (n_staff_ics, 4), (n_vcard, 3), (n_inventory, 3),
            (n_oncall, 4), (n_accreditation, 3), (n_reply_chain, 6), (n_fwd_vendor, 4), (n_qa_zip, 3), (n_survey, 3), (n_slots, 4),
            (n_training, 3), (n_it_account, 5), (n_facilities, 4), (n_wait_stats, 3), (n_referral_guide, 3), (n_isotope, 4), (n_mammo_qc, 3)]
