"""Step 10 - non-confidential messages, part B (suppliers, insurers, staff, drugs, directories, replies, forwards)."""
import datetime as dt

import gen_data as D
import gen_files as F
import gen_vocab as V
from gen_mime import Att, Mail, Quote, Table
from gen_neg_a import money
from gen_pos_a import dd, fee, mk, month_name, who


# -------------------------------------------------------- N13. supplier invoice
def supplier_invoice(c):
    cl = c.clinic()
    nm, dom = c.ch(("Distributions Médi-Nord", "medinord.example"), ("Fournitures Cliniques Hudson", "hudsonclinique.example"),
                   ("Équipements Santé Boréal", "eqsanteboreal.example"), ("NordMed Supply", "nordmed.example"))
    sup = D.Org(nm, dom, D.phone(c.rng), "", "supplier")
    rep = c.staff(sup, c.t("Comptes clients", "Accounts receivable"))
    adm = c.staff(cl, c.t("Responsable des achats", "Purchasing"))
    d = c.when()
    items = c.rng.sample([
        (c.t("Bandelettes de glycémie (boîte de 100)", "Glucose test strips (box of 100)"), 38.5),
        (c.t("Table d'examen électrique", "Power exam table"), 4890.0),
        (c.t("Tensiomètre automatique", "Automatic BP monitor"), 612.0),
        (c.t("Gants nitrile M (caisse)", "Nitrile gloves M (case)"), 89.9),
        (c.t("Électrocardiographe 12 dérivations", "12-lead ECG machine"), 7350.0),
        (c.t("Seringues 3 mL (boîte)", "3 mL syringes (box)"), 21.4),
        (c.t("Otoscope mural", "Wall otoscope"), 945.0)], 3)
    rows = []
    for name, price in items:
        qty = c.rng.randint(1, 12) if price < 200 else 1
        sn = D.luhn_number(c.rng, c.ch(9, 10, 12), first=c.rng.randint(1, 7))
        rows.append([name, str(qty), money(c, price), (c.t("Série ", "S/N ") + sn) if price > 200 else c.t(f"Lot {c.rng.randint(1000, 9999)}-{c.ch('A', 'B', 'C')}", f"Lot {c.rng.randint(1000, 9999)}"),
                     money(c, qty * price)])
    inv = f"INV-{c.rng.randint(100000, 999999)}"
    pdf = F.make_pdf(c.t(f"Facture {inv}", f"Invoice {inv}"),
                     [sup.name, c.t(f"Vendu à : {cl.name}", f"Sold to: {cl.name}"), cl.address,
                      c.t(f"Bon de commande : PO-{c.rng.randint(1000, 9999)}", f"Purchase order: PO-{c.rng.randint(1000, 9999)}"),
                      ("table", ["Article" if c.fr else "Item", c.t("Qté", "Qty"), c.t("Prix", "Price"), c.t("Série/Lot", "Serial/Lot"), "Total"], rows)],
                     compress=c.rng.random() < 0.5)
    blocks = [c.hello(adm), c.t(f"Veuillez trouver ci-jointe la facture {inv}. Conditions : net 30 jours.",
                                f"Please find attached invoice {inv}. Terms: net 30."), c.bye(), c.sig(rep)]
    return mk(c, rep, adm, c.t(f"Facture {inv}", f"Invoice {inv}"), blocks,
              atts=[Att(f"{inv}.pdf", "application/pdf", pdf)], date=d), "supplier invoice with serial and lot numbers"


# ------------------------------------------------------- N14. insurer bulletins
def insurer_bulletin(c):
    ins = c.insurer()
    sender = (c.t(f"{ins.name} - Relations fournisseurs", f"{ins.name} - Provider relations"), f"fournisseurs@{ins.domain}")
    cl = c.clinic()
    d = c.when()
    var = c.rng.randint(0, 2)
    if var == 0:
        subj = c.t("Nouveau portail des fournisseurs de soins", "New provider portal")
        body = c.L(["Dès le mois prochain, les réclamations pour services non assurés (formulaires, rapports) devront être "
                    "soumises par le nouveau portail. Les envois par télécopieur ne seront plus acceptés.",
                    "Une séance d'information en ligne est offerte aux cliniques."],
                   ["Starting next month, claims for uninsured services (forms, reports) must be submitted through the new "
                    "portal. Faxed submissions will no longer be accepted.", "An online information session is available for clinics."])
    elif var == 1:
        subj = c.t("Barème des frais de rapports médicaux 2025", "2025 medical report fee schedule")
        rows = [[c.t(s[0], s[1]).capitalize(), c.t(s[2] + " $", "$" + s[2].replace(",", "."))] for s in V.PRIVATE_SERVICES[:4]]
        body = [c.t("Voici le barème de remboursement des rapports et formulaires pour 2025 :", "Here is the 2025 reimbursement schedule for reports and forms:"),
                Table([c.t("Document", "Document"), c.t("Montant maximal", "Maximum amount")], rows)]
    else:
        subj = c.t("Assurance collective - renouvellement pour vos employés", "Group benefits - renewal for your employees")
        body = c.L([f"Le régime d'assurance collective de {cl.name} sera renouvelé le 1er janvier avec une hausse de 4,2 % de "
                    "la prime santé. Les employés recevront leur nouvelle carte de paiement direct en décembre."],
                   [f"{cl.name}'s group benefits plan renews January 1 with a 4.2% health premium increase. Employees will "
                    "receive their new direct-pay card in December."])
    body = body if isinstance(body, list) else [body]
    to = [(f"{cl.name}", f"admin@{cl.domain}")]
    return mk(c, sender, to, subj, [c.t("Madame, Monsieur,", "Dear provider,")] + body + [c.t(f"L'équipe {ins.name}", f"{ins.name} team")],
              date=d, style=c.ch("html", "alt", None)), "private insurer bulletin to providers/employer"


# ------------------------------------------------ N15. physician payment summary
def payment_summary(c):
    ag, cl = c.agency(), c.clinic()
    a = c.staff(ag, c.t("Agente de facturation", "Billing agent"))
    doc = c.doctor(cl)
    d = c.when()
    paid = c.rng.randint(15000, 48000) + c.rng.random()
    refused = c.rng.randint(100, 2500) + c.rng.random()
    period = f"{d.year}-{c.rng.randint(1, 26):02d}"
    blocks = [c.hello(doc),
              c.t(f"Voici le sommaire de votre état de compte pour la période {period} :", f"Here is your statement summary for period {period}:"),
              Table(None, [[c.t("Montant payé", "Amount paid"), money(c, paid)], [c.t("Montant refusé", "Amount rejected"), money(c, refused)],
                           [c.t("Demandes en traitement", "Claims in process"), str(c.rng.randint(3, 60))],
                           [c.t("Dépôt prévu", "Expected deposit"), c.date((d + dt.timedelta(days=c.rng.randint(3, 10))).date())]]),
              c.t("Les refus sont en cours de correction; je vous écrirai si j'ai besoin de précisions cliniques.",
                  "Rejections are being fixed; I'll write if I need clinical clarification."), c.bye(), c.sig(a)]
    return mk(c, a, doc, c.t(f"Sommaire état de compte {period}", f"Statement summary {period}"), blocks, date=d), \
        "physician's own payment summary (staff financial info)"


# ------------------------------------------- N16. staff occupational health
def staff_health(c):
    org = c.rng.choice(c.orgs["agencies"] + c.orgs["clinics"])
    emp = c.staff(org, c.t("Agente de facturation", "Billing clerk"))
    mgr = c.staff(org, c.t("Gestionnaire", "Manager"))
    d = c.when()
    var = c.rng.randint(0, 2)
    if var == 0:
        blocks = [c.hello(mgr), c.t(f"Comme prévu, je serai en arrêt pour ma chirurgie au genou à partir du "
                                    f"{c.date((d + dt.timedelta(days=10)).date())}, pour environ six semaines. Le certificat médical "
                                    "a été remis aux RH. Karine prendra mes dossiers.",
                                    f"As planned, I'll be off for my knee surgery starting {c.date((d + dt.timedelta(days=10)).date())}, "
                                    "for about six weeks. The medical certificate went to HR."), c.sig(emp)]
        subj = c.t("Absence - chirurgie", "Leave - surgery")
        sender, to = emp, mgr
    elif var == 1:
        blocks = [c.t("Bonjour à tous,", "Hi all,"), c.t("La clinique de vaccination antigrippale pour les employés aura lieu le "
                                                      f"{c.date((d + dt.timedelta(days=8)).date())} de 11 h à 14 h à la salle de pause. "
                                                      "Apportez votre carte d'employé.",
                                                      "The staff flu-shot clinic is on "
                                                      f"{c.date((d + dt.timedelta(days=8)).date())}, 11 a.m.-2 p.m., in the break room. "
                                                      "Bring your staff ID."), c.sig(mgr)]
        subj = c.t("Vaccination des employés", "Staff flu shots")
        sender, to = mgr, [(c.t("Personnel", "Staff"), f"personnel@{org.domain}")]
    else:
        blocks = [c.hello(emp), c.t("Suite à ton arrêt pour épuisement professionnel, le plan de retour progressif commence lundi : "
                                    "trois jours par semaine pendant un mois. On ajustera ta charge de clients en conséquence.",
                                    "Following your burnout leave, the graduated return plan starts Monday: three days a week "
                                    "for a month. We'll adjust your client load accordingly."), c.sig(mgr)]
        subj = c.t("Retour progressif", "Graduated return")
        sender, to = mgr, emp
    return mk(c, sender, to, subj, blocks, date=d), "employee's own leave / occupational health"


# --------------------------------------------------------- N17. drug shortage
def drug_shortage(c):
    hosp = c.hospital()
    ph = c.staff(hosp, c.t("Pharmacien-chef", "Head pharmacist"))
    d = c.when()
    drugs = c.rng.sample([V.med(dx, c.lang) for dx in V.DIAGNOSES if dx[4]], 3)
    rows = [[x, c.t(c.ch("rupture", "approvisionnement limité", "retour prévu en mars"), c.ch("out of stock", "limited supply", "back in March")),
             c.t(c.ch("substitution possible", "contacter la pharmacie", "aucune"), c.ch("substitution possible", "call pharmacy", "none"))]
            for x in drugs]
    blocks = [c.t("Bonjour,", "Hello,"),
              c.t("Avis de pénurie - médicaments touchés :", "Shortage notice - affected drugs:"),
              Table([c.t("Médicament", "Drug"), c.t("Statut", "Status"), c.t("Alternative", "Alternative")], rows),
              c.t("Les médicaments d'exception remplacés devront faire l'objet d'une nouvelle demande d'autorisation.",
                  "Replaced exception drugs will need a new authorization request."), c.sig(ph)]
    to = [(c.t("Médecins et pharmaciens", "Physicians and pharmacists"), f"medecins@{hosp.domain}")]
    return mk(c, ph, to, c.t("Avis de pénurie de médicaments", "Drug shortage notice"), blocks, date=d), "drug shortage notice"


# ------------------------------------------------- N18. physician directory
def physician_directory(c):
    cl = c.clinic()
    adm = c.staff(cl, c.t("Chef administrative", "Office manager"))
    ag = c.agency()
    a = c.staff(ag, c.t("Agente de facturation", "Billing agent"))
    d = c.when()
    rows = []
    for dx in c.rng.sample(V.DIAGNOSES, 4):
        doc = c.doctor(cl)
        rows.append([doc.title(c.lang), V.diag(dx, c.lang), f"{c.rng.randint(1, 2)}-{c.rng.randint(10000, 99999)}"])
    blocks = [c.hello(a),
              c.t("Pour l'orientation des demandes de révision, voici qui suit quelles clientèles chez nous :",
                  "For routing review requests, here is who follows which patient groups here:"),
              Table([c.t("Médecin", "Physician"), c.t("Clientèle / maladie", "Patient group / disease"), c.t("No prof.", "Prof. no.")], rows),
              c.bye(), c.sig(adm)]
    return mk(c, adm, a, c.t("Médecins et clientèles", "Physicians and caseloads"), blocks, date=d), \
        "physicians listed with diseases they treat and professional numbers"


# ------------------------------------------------- N19. research protocol
def research(c):
    hosp = c.hospital()
    coord = c.staff(hosp, c.t("Coordonnatrice de recherche", "Research coordinator"))
    fin = c.staff(hosp, c.t("Service des finances", "Finance"))
    dx = dd(c, None)
    d = c.when()
    code = f"{dx[0].upper()}-{c.rng.randint(2024, 2025)}-{c.rng.randint(1, 40):02d}"
    blocks = [c.hello(fin),
              c.t(f"Le protocole {code} (essai sur le {V.diag(dx, 'fr')}) a été approuvé par le comité d'éthique. Les visites "
                  "prévues au protocole sont payées par le commanditaire et ne doivent pas être facturées à la RAMQ.",
                  f"Protocol {code} (trial in {V.diag(dx, 'en')}) was approved by the ethics board. Protocol visits are paid "
                  "by the sponsor and must not be billed to RAMQ."),
              c.t(f"Recrutement prévu : {c.rng.randint(20, 120)} participants sur 18 mois. Budget par visite : 240 $.",
                  f"Planned enrolment: {c.rng.randint(20, 120)} participants over 18 months. Budget per visit: $240."),
              c.bye(), c.sig(coord)]
    return mk(c, coord, fin, c.t(f"Protocole {code} - facturation des visites", f"Protocol {code} - visit billing"), blocks,
              date=d), "research protocol billing rules, no participants identified"


# ------------------------------------------------- N20. staff vCard / training invite
def staff_card(c):
    ag = c.agency()
    new = c.staff(ag, c.t("Agente de facturation", "Billing agent"))
    mgr = c.staff(ag, c.t("Directrice des opérations", "Operations manager"))
    cl = c.clinic()
    adm = c.staff(cl)
    d = c.when()
    if c.rng.random() < 0.5:
        vcf = F.make_vcf(new.given, new.surname, org=ag.name, title=new.role, tel_work=f"{ag.phone} x{c.rng.randint(200, 399)}",
                         email=new.addr)
        blocks = [c.hello(adm), c.t(f"{new.given} sera votre nouvelle agente responsable à partir de lundi. Sa fiche de contact est jointe.",
                                    f"{new.given} will be your new account agent starting Monday. Contact card attached."),
                  c.bye(), c.sig(mgr)]
        atts = [Att(f"{new.name}.vcf", "text/vcard", vcf, charset="utf-8", cte=c.ch("base64", "8bit", None))]
        return mk(c, mgr, adm, c.t("Nouvelle agente responsable", "New account agent"), blocks, atts=atts, date=d), \
            "staff vCard (new billing agent)"
    start = (d + dt.timedelta(days=c.rng.randint(4, 15))).replace(tzinfo=None, hour=12, minute=0, second=0)
    ics = F.make_ics(f"{c.rng.getrandbits(64):016x}@{ag.domain}", c.t("Webinaire - nouveaux codes de facturation", "Webinar - new billing codes"),
                     start, start + dt.timedelta(minutes=45), (mgr.name, mgr.addr), [(adm.name, adm.addr)],
                     c.t("Lien Teams dans l'invitation. Aucune donnée patient ne sera présentée.",
                         "Teams link in invite. No patient data will be shown."), "Teams", stamp=d.replace(tzinfo=None))
    blocks = [c.hello(adm), c.t("Invitation au webinaire sur les nouveaux codes.", "Invitation to the new-codes webinar."), c.sig(mgr)]
    return mk(c, mgr, adm, c.t("Invitation : webinaire facturation", "Invitation: billing webinar"), blocks,
              atts=[Att("invite.ics", "text/calendar; method=REQUEST", ics, charset="utf-8")], date=d), "training webinar invitation (ICS)"


# ------------------------------------------------- N21. reply chain, no patient
def reply_chain(c):
    cl, ag = c.clinic(), c.agency()
    adm = c.staff(cl)
    a = c.staff(ag, c.t("Agente de facturation", "Billing agent"))
    d = c.when()
    topics = c.t([("Feuilles de route en retard", "On n'a pas reçu les feuilles de route de la semaine passée pour deux médecins.",
                   "Désolée, la numériseuse était brisée. Je vous les envoie cet après-midi."),
                  ("Accès au portail", "Mon accès au portail de la RAMQ est bloqué depuis ce matin.",
                   "Il faut réinitialiser le mot de passe via le service d'authentification; je t'envoie la procédure."),
                  ("Transmission du lot", "Le lot de jeudi a-t-il été transmis? Je ne le vois pas dans le rapport.",
                   "Oui, accusé de réception reçu vendredi matin, numéro de lot 4471."),
                  ("Frais de formulaires", "Quel montant doit-on charger pour un formulaire d'assurance invalidité?",
                   "La clinique fixe ses frais; la plupart de nos clients demandent entre 60 et 150 $.")],
                 [("Late day sheets", "We didn't get last week's day sheets for two physicians.",
                   "Sorry, the scanner was down. I'll send them this afternoon."),
                  ("Portal access", "My RAMQ portal access has been locked since this morning.",
                   "You need to reset it through the authentication service; I'll send you the steps."),
                  ("Batch transmission", "Was Thursday's batch sent? I don't see it in the report.",
                   "Yes, acknowledgment received Friday morning, batch number 4471."),
                  ("Form fees", "What should we charge for a disability insurance form?",
                   "Clinics set their own fees; most of our clients charge between $60 and $150.")])
    subj, q1, a1 = topics
    q = Quote(c.ch("gt", "outlook"), c.lang, who(c, a), c.when(d - dt.timedelta(days=1)), [c.hello(adm), q1, c.sig(a)],
              to=[who(c, adm)], subject=subj)
    blocks = [c.hello(a), a1, c.bye(), c.sig(adm), q]
    if c.rng.random() < 0.4:
        blocks = [c.t("Merci, c'est réglé.", "Thanks, all sorted."), c.sig(a),
                  Quote("gt", c.lang, who(c, adm), c.when(d - dt.timedelta(hours=3)), blocks, to=[who(c, a)], subject="RE: " + subj)]
        return mk(c, a, adm, "RE: RE: " + subj, blocks, reply=True, date=d), "reply chain about billing process, no patient"
    return mk(c, adm, a, "RE: " + subj, blocks, reply=True, date=d), "reply chain about billing process, no patient"


# -------------------------------------------- N22. forwarded notice as .eml
def forward_eml(c):
    ag = c.agency()
    a = c.staff(ag, c.t("Conseillère en facturation", "Billing advisor"))
    cl = c.clinic()
    adm = c.staff(cl)
    d = c.when()
    sw = c.rng.choice(D.SOFTWARE)
    inner_blocks = [c.t("Bonjour,", "Hello,"),
                    c.t(f"Suite à la modification de l'entente, les visites de suivi de patients atteints de maladies chroniques "
                        f"(diabète, MPOC, insuffisance cardiaque) donnent droit à un supplément à partir du 1er du mois. "
                        f"La mise à jour de {sw} l'appliquera automatiquement.",
                        f"Following the agreement change, follow-up visits for patients with chronic diseases (diabetes, COPD, "
                        f"heart failure) earn a premium from the 1st. The {sw} update will apply it automatically."),
                    c.t(f"L'équipe {sw}", f"The {sw} team")]
    inner = Mail((c.t(f"Soutien {sw}", f"{sw} Support"), f"noreply@{D.SOFTWARE_VENDOR[sw]}"), [who(c, a)],
                 c.t("Supplément maladies chroniques", "Chronic disease premium"), c.when(d - dt.timedelta(days=2)),
                 inner_blocks, c.lang)
    blocks = [c.hello(adm), c.t("Pour information, voir le message joint.", "FYI, see attached message."), c.sig(a)]
    m = mk(c, a, adm, c.t("TR: Supplément maladies chroniques", "FW: Chronic disease premium"), blocks, emls=[inner], date=d)
    if c.rng.random() < 0.5:
        m.eml_names = [c.t("Supplément maladies chroniques.eml", "Chronic disease premium.eml")]
    return m, "forwarded vendor notice attached as .eml (diseases named, no patient)"


# ----------------------------------------------------------- N23. facilities
def facilities(c):
    org = c.rng.choice(c.orgs["clinics"] + c.orgs["agencies"])
    fm = c.staff(org, c.t("Services techniques", "Facilities"))
    d = c.when()
    body = c.t([c.ch("Le stationnement arrière sera fermé lundi pour le déneigement.",
                     "Les travaux de climatisation au 3e étage auront lieu la semaine prochaine; le local des archives sera inaccessible.",
                     "Le déménagement des bureaux de la facturation au 2e étage est prévu le 14. Identifiez vos boîtes.",
                     "Coupure d'eau demain de 8 h à 10 h.")],
               [c.ch("The back parking lot will be closed Monday for snow removal.",
                     "AC work on the 3rd floor is scheduled next week; the records room will be inaccessible.",
                     "The billing office moves to the 2nd floor on the 14th. Please label your boxes.",
                     "Water shut-off tomorrow from 8 to 10 a.m.")])
    to = [(c.t("Tout le personnel", "All staff"), f"personnel@{org.domain}")]
    return mk(c, fm, to, c.t("Avis - bâtiment", "Building notice"), [c.t("Bonjour,", "Hello,"), body, c.sig(fm)], date=d), "facilities notice"


# ----------------------------------------------------------- N24. contract
def contract(c):
    ag, cl = c.agency(), c.clinic()
    a = c.staff(ag, c.t("Directeur du développement", "Business development director"))
    adm = c.staff(cl, c.t("Directrice administrative", "Clinic administrator"))
    d = c.when()
    rate = c.ch("3,75", "4", "4,25") if c.fr else c.ch("3.75", "4", "4.25")
    blocks = [c.hello(adm),
              c.t(f"Suite à notre rencontre, voici notre proposition de renouvellement : {rate} % des montants payés par la RAMQ, "
                  "facturation aux tiers incluse, suivi des refus sans frais additionnels. Contrat de 3 ans.",
                  f"Following our meeting, here is our renewal proposal: {rate}% of RAMQ payments, third-party billing included, "
                  "rejection follow-up at no extra cost. Three-year term."),
              c.t("L'entente de confidentialité reste inchangée.", "The confidentiality agreement remains unchanged."),
              c.bye(), c.sig(a)]
    atts = []
    if c.rng.random() < 0.5:
        atts.append(Att(c.t("Proposition_de_renouvellement_-_entente_de_services.docx", "Renewal_proposal.docx"),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        F.make_docx([("h", c.t("Proposition de services", "Service proposal")),
                                     ("table", [c.t("Service", "Service"), c.t("Tarif", "Rate")],
                                      [[c.t("Facturation RAMQ", "RAMQ billing"), rate + " %"],
                                       [c.t("Facturation aux tiers", "Third-party billing"), c.t("incluse", "included")],
                                       [c.t("Formation du personnel", "Staff training"), "0 $"]])], author=a.name)))
    return mk(c, a, adm, c.t("Renouvellement du contrat de services", "Service contract renewal"), blocks, atts=atts, date=d), \
        "agency-clinic contract renewal terms"


# ----------------------------------------------------------- N25. newsletter
def newsletter(c):
    cl = c.clinic()
    comm = c.staff(cl, c.t("Communications", "Communications"))
    d = c.when()
    dx = dd(c, V.DIAG_BY_KEY[c.ch("dm2", "hta", "copd", "dep", "asth", "apnee")])
    blocks = [c.t(f"Infolettre de {cl.name} - {month_name(c, d)}", f"{cl.name} newsletter - {month_name(c, d)}"),
              c.t(f"Ce mois-ci, parlons de {V.diag(dx, 'fr')}. Environ un adulte sur dix est touché au Québec. Un suivi régulier "
                  "avec votre équipe de soins et de saines habitudes de vie font une grande différence.",
                  f"This month: {V.diag(dx, 'en')}. About one adult in ten is affected. Regular follow-up with your care team "
                  "and healthy habits make a big difference."),
              c.t("Rappel : apportez votre carte d'assurance maladie valide à chaque visite. Les frais de formulaires sont "
                  "affichés à la réception.",
                  "Reminder: bring your valid health card to every visit. Form fees are posted at the front desk."),
              c.t("Pour vous désabonner, répondez « désabonner ».", "To unsubscribe, reply 'unsubscribe'.")]
    to = [(c.t("Abonnés", "Subscribers"), f"infolettre@{cl.domain}")]
    return mk(c, comm, to, c.t("Infolettre - " + month_name(c, d), "Newsletter - " + month_name(c, d)), blocks, date=d,
              style=c.ch("html", "alt")), "clinic newsletter about a disease (no patient)"
