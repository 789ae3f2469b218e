"""Negative templates, part C: invoices, orders, inventories, IT, facilities, blank forms, templates, threads."""
import datetime

import gen_attach as A
import gen_common as C
import gen_mime as M
from gen_pos_a import DOM, L, drname, who
from gen_pos_b import quote_block

VENDORS = [("MedSutura Canada", "facturation@medsutura.example", "1 800 555-0188"),
           ("Baristat Équipements inc.", "ventes@baristat.example", "450 555-0163"),
           ("NutriPlus Suppléments", "commandes@nutriplus.example", "819 555-0177")]


# ---------------------------------------------------------------- invoice
def invoice(c, lang):
    m = c.new(lang, False)
    r = m.rng
    v = r.choice(VENDORS)
    s, to = who(m, "finance clerk")
    no = r.randrange(100000, 999999)
    items = r.sample([("MS-6045", L(m, "Cartouche agrafeuse 60 mm violette", "60 mm stapler reload, purple"), 289.00),
                      ("MS-6060", L(m, "Agrafeuse linéaire 60 mm", "60 mm linear stapler"), 612.50),
                      ("BT-450", L(m, "Fauteuil bariatrique 450 kg", "Bariatric chair 450 kg"), 2140.00),
                      ("NP-MVC", L(m, "Multivitamine à croquer (échantillons), caisse 24", "Chewable multivitamin samples, case of 24"), 96.00),
                      ("BT-SC2", L(m, "Balance à plateforme 500 kg", "Platform scale 500 kg"), 3380.00)], 3)
    rows = [[L(m, "Code", "Code"), L(m, "Description", "Description"), L(m, "Qté", "Qty"), L(m, "Prix", "Price"), L(m, "Lot / no de série", "Lot / serial")]]
    tot = 0
    for code, desc, price in items:
        q = r.randrange(1, 12)
        tot += q * price
        rows.append([code, desc, q, "%.2f" % price, C.luhn_serial(r, 9)])
    txt = L(m, "FACTURE no %d\n\nFournisseur : %s\nClient : %s — %s\nNom du contact : %s %s\nNo de compte client : %d\nDate : %s\n\n%s\n\n"
               "Sous-total : %.2f $\nTPS 5 %% / TVQ 9,975 %%\nModalités : net 30 jours\n",
            "INVOICE no. %d\n\nVendor: %s\nCustomer: %s - %s\nContact name: %s %s\nCustomer account: %d\nDate: %s\n\n%s\n\n"
            "Subtotal: $%.2f\nGST 5%% / QST 9.975%%\nTerms: net 30\n") % (
        no, v[0], C.ORG["hosp"], C.ORG["addr"], s[0], s[1], r.randrange(10000, 99999), c.when().date().isoformat(),
        "\n".join(" | ".join(str(x) for x in row) for row in rows), tot)
    att = m.pdf("%s_%d.pdf" % (L(m, "Facture", "Invoice"), no), L(m, "Facture", "Invoice"), txt)
    body = L(m, "Bonjour,\n\nVeuillez trouver ci-joint la facture %d. Bon de commande de référence : BC-%d.\n\nComptes recevables\n%s\nTél. %s",
             "Hello,\n\nPlease find attached invoice %d. Reference PO: PO-%d.\n\nAccounts receivable\n%s\nTel. %s") % (no, r.randrange(40000, 49999), v[0], v[2])
    return m.finish("invoice", L(m, "facture de fournisseur", "vendor invoice"), (v[0], v[1]), to,
                    L(m, "Facture %d", "Invoice %d") % no, m.mixed(m.body(body), [att]))


# ---------------------------------------------------------------- purchase order
def purchase_order(c, lang):
    m = c.new(lang, False)
    r = m.rng
    s, frm = who(m, "program manager")
    v = r.choice(VENDORS)
    po = r.randrange(40000, 49999)
    rows = [[L(m, "Article", "Item"), L(m, "Qté", "Qty"), L(m, "Centre de coût", "Cost centre")],
            [L(m, "Lit bariatrique électrique 450 kg", "Electric bariatric bed 450 kg"), 2, "7410-220"],
            [L(m, "Brassards de tension XL", "XL blood pressure cuffs"), 20, "7410-220"],
            [L(m, "Chemises d'hôpital 5XL", "Hospital gowns 5XL"), 60, "7410-230"]]
    text = L(m, "Bonjour,\n\nBon de commande BC-%d approuvé. Livraison au quai B, à l'attention de %s %s, avant le %s.\n\n[[T]]\n\n%s",
             "Hello,\n\nPurchase order PO-%d approved. Deliver to dock B, attention %s %s, before %s.\n\n[[T]]\n\n%s") % (
        po, s[0], s[1], c.when().date().isoformat(), C.signature(s, lang, r))
    body = m.body(text, tables={"[[T]]": rows})
    atts = [m.csv("BC-%d.csv" % po, rows)] if r.random() < 0.5 else []
    return m.finish("purchase_order", L(m, "bon de commande", "purchase order"), frm, (v[0], v[1]),
                    L(m, "Bon de commande BC-%d", "Purchase order PO-%d") % po, m.mixed(body, atts) if atts else body)


# ---------------------------------------------------------------- equipment inventory with checksum-valid serials
def inventory(c, lang):
    m = c.new(lang, False)
    r = m.rng
    s, frm = who(m, "OR coordinator")
    to = ("Génie biomédical" if lang == "fr" else "Biomedical engineering", "genie.biomed@" + DOM)
    head = [L(m, "Équipement", "Equipment"), L(m, "Local", "Room"), L(m, "No de série", "Serial no."), L(m, "No d'actif", "Asset tag"), L(m, "Dernier entretien", "Last service")]
    rows = [head]
    for eq in r.sample([L(m, "Lit bariatrique", "Bariatric bed"), L(m, "Lève-personne plafond 450 kg", "Ceiling lift 450 kg"),
                        L(m, "Balance plateforme", "Platform scale"), L(m, "Table d'opération bariatrique", "Bariatric OR table"),
                        L(m, "Pompe volumétrique", "Infusion pump"), L(m, "Appareil CPAP de prêt", "Loaner CPAP unit")], 5):
        serial = C.luhn_serial(r, 9)
        sstyle = r.randrange(3)
        serial = serial if sstyle == 0 else (C.group(serial, [3, 3, 3], " ") if sstyle == 1 else C.group(serial, [3, 3, 3], "-"))
        rows.append([eq, "4C-%02d" % r.randrange(1, 40), serial, C.luhn_serial(r, 10), c.when().date().isoformat()])
    text = L(m, "Bonjour,\n\nInventaire annuel de l'équipement bariatrique de l'aile C. Deux appareils sont dus pour l'entretien préventif.\n\n%s",
             "Hello,\n\nAnnual inventory of bariatric equipment on wing C. Two units are due for preventive maintenance.\n\n%s") % C.signature(s, lang, r)
    k = r.randrange(3)
    if k == 0:
        att = m.xlsx(L(m, "inventaire_aile_C.xlsx", "inventory_wing_C.xlsx"), [("Inventaire", rows)])
    elif k == 1:
        att = m.csv(L(m, "inventaire.csv", "inventory.csv"), rows)
    else:
        att = m.pdf(L(m, "inventaire.pdf", "inventory.pdf"), L(m, "Inventaire", "Inventory"), "\n".join(" | ".join(x) for x in rows))
    return m.finish("inventory", L(m, "inventaire d'équipement avec numéros de série", "equipment inventory with serial numbers"),
                    frm, to, L(m, "Inventaire équipement bariatrique", "Bariatric equipment inventory"), m.mixed(m.body(text), [att]))


# ---------------------------------------------------------------- IT mail
def it_mail(c, lang):
    m = c.new(lang, False)
    r = m.rng
    frm = (L(m, "Centre de services TI", "IT Service Desk"), "servicedesk@" + DOM)
    k = r.randrange(3)
    d = c.when().date()
    if k == 0:
        subj = L(m, "Interruption planifiée du DCI — %s", "Planned EMR downtime - %s") % d.isoformat()
        text = L(m, "Le dossier clinique informatisé sera indisponible le %s de 23 h à 3 h pour une mise à niveau. Utilisez les formulaires papier de relève "
                    "(ordonnances, notes d'évolution). Billet de changement CHG%07d.",
                 "The EMR will be unavailable on %s from 11 pm to 3 am for an upgrade. Use downtime paper forms (orders, progress notes). Change ticket CHG%07d.") % (
            d.isoformat(), r.randrange(1, 9999999))
    elif k == 1:
        subj = L(m, "ALERTE : courriel d'hameçonnage « Mise à jour de votre boîte »", "ALERT: phishing e-mail 'Mailbox update'")
        text = L(m, "Plusieurs employés ont reçu un courriel leur demandant de confirmer leur mot de passe. Ne cliquez pas sur le lien. "
                    "Signalez-le avec le bouton « Signaler ». Le centre de services ne vous demandera jamais votre mot de passe.",
                 "Several staff received an e-mail asking them to confirm their password. Do not click the link. Report it with the 'Report' button. "
                 "The service desk will never ask for your password.")
    else:
        subj = L(m, "Billet INC%07d — résolu", "Ticket INC%07d - resolved") % r.randrange(1, 9999999)
        e = r.choice(C.STAFF)
        text = L(m, "Bonjour %s,\n\nL'imprimante de la clinique bariatrique (4C-PRN-02, no de série %s) a été remplacée. Le pilote a été poussé sur votre poste %s.\n"
                    "Si le problème persiste, répondez à ce courriel.",
                 "Hi %s,\n\nThe bariatric clinic printer (4C-PRN-02, serial %s) was replaced. The driver was pushed to your workstation %s.\n"
                 "If the problem persists, reply to this e-mail.") % (e[0], C.luhn_serial(r, 10), "PC-%05d" % r.randrange(1, 99999))
    return m.finish("it_notice", L(m, "avis informatique", "IT notice"), frm, (L(m, "Personnel", "Staff"), "personnel@" + DOM), subj,
                    m.body(text + "\n\n" + L(m, "Centre de services TI — poste 4357", "IT Service Desk - ext. 4357")))


# ---------------------------------------------------------------- facilities
def facilities(c, lang):
    m = c.new(lang, False)
    r = m.rng
    frm = (L(m, "Services techniques", "Facilities"), "services.techniques@" + DOM)
    d = c.when().date()
    text = r.choice([
        L(m, "L'ascenseur bariatrique no 3 (capacité 1 800 kg) sera hors service le %s de 7 h à 15 h pour inspection annuelle. "
             "Les transferts de patients en civière bariatrique devront passer par l'ascenseur 5 (aile D).",
          "Bariatric elevator no. 3 (1,800 kg capacity) will be out of service on %s from 7 am to 3 pm for annual inspection. "
          "Bariatric stretcher transfers must use elevator 5 (wing D)."),
        L(m, "Travaux de peinture au 4e étage, aile C, à partir du %s. Les salles de consultation 4C-10 à 4C-14 seront fermées deux jours.",
          "Painting on 4th floor wing C starting %s. Consult rooms 4C-10 to 4C-14 will be closed for two days."),
        L(m, "Le stationnement P2 sera fermé le %s pour le déneigement. Les vignettes seront acceptées au P4.",
          "Parking lot P2 will be closed on %s for snow removal. Permits will be honoured in P4."),
    ]) % d.isoformat()
    return m.finish("facilities", L(m, "avis des services techniques", "facilities notice"), frm, (L(m, "Personnel", "Staff"), "personnel@" + DOM),
                    L(m, "Avis — travaux %s", "Notice - work on %s") % d.isoformat(), m.body(text + "\n\n" + C.ORG["hosp"] + " — " + C.ORG["tel"]))


# ---------------------------------------------------------------- blank form
def blank_form(c, lang):
    m = c.new(lang, False)
    r = m.rng
    s, frm = who(m, "administrative officer")
    to = ("GMF de la région", "gmf-region@liste.example")
    form = L(m, "FORMULAIRE DE RÉFÉRENCE — CHIRURGIE BARIATRIQUE\n\nNom du patient : ______________________   Prénom : ______________\n"
                "NAM : ____ ____ ____    Date de naissance (AAAA-MM-JJ) : __________   Sexe : [ ] F  [ ] M\n"
                "Adresse : ____________________________________   Téléphone : ( ___ ) ___-____\n\n"
                "IMC : ______   Comorbidités : [ ] DT2  [ ] HTA  [ ] SAHOS  [ ] RGO  [ ] autre : ________\n"
                "Médication actuelle : ______________________________________\n\nMédecin référent : ______________  No de permis : ______\n",
             "REFERRAL FORM - BARIATRIC SURGERY\n\nPatient surname: ______________________   Given name: ______________\n"
             "RAMQ / health no.: ____ ____ ____    Date of birth (YYYY-MM-DD): __________   Sex: [ ] F  [ ] M\n"
             "Address: ____________________________________   Phone: ( ___ ) ___-____\n\n"
             "BMI: ______   Comorbidities: [ ] T2DM  [ ] HTN  [ ] OSA  [ ] GERD  [ ] other: ________\n"
             "Current medications: ______________________________________\n\nReferring physician: ______________  Licence no.: ______\n")
    k = r.randrange(3)
    if k == 0:
        att = m.pdf(L(m, "formulaire_reference_vierge.pdf", "referral_form_blank.pdf"), L(m, "Formulaire de référence", "Referral form"), form)
    elif k == 1:
        att = m.docx(L(m, "formulaire_reference.docx", "referral_form.docx"), L(m, "Formulaire de référence", "Referral form"), form.split("\n"))
    else:
        att = m.xlsx(L(m, "formulaire_reference.xlsx", "referral_form.xlsx"), [("Formulaire", [[l] for l in form.split("\n")])])
    body = L(m, "Bonjour,\n\nVoici la nouvelle version du formulaire de référence (v2025-02). Les références sur l'ancien formulaire seront acceptées jusqu'au %s.\n\n%s",
             "Hello,\n\nHere is the new referral form (v2025-02). Referrals on the old form will be accepted until %s.\n\n%s") % (
        c.when().date().isoformat(), C.signature(s, lang, r))
    return m.finish("blank_form", L(m, "formulaire vierge", "blank form"), frm, to,
                    L(m, "Nouveau formulaire de référence", "New referral form"), m.mixed(m.body(body), [att]))


# ---------------------------------------------------------------- mail-merge template
def merge_template(c, lang):
    m = c.new(lang, False)
    r = m.rng
    s, frm = who(m, "booking clerk")
    s2, to = who(m, "program manager")
    tpl = L(m, "Bonjour «Titre» «Prénom» «Nom»,\n\nVotre rendez-vous à la clinique bariatrique est prévu le «DateRV» à «HeureRV».\n"
               "Dossier : «NoDossier»   NAM : «NAM»\nMerci d'apporter la liste de vos médicaments.\n\nClinique bariatrique — 819 555-0100",
            "Dear {{title}} {{first_name}} {{last_name}},\n\nYour appointment at the bariatric clinic is on {{appt_date}} at {{appt_time}}.\n"
            "Chart: {{mrn}}   Health no.: {{health_number}}\nPlease bring your medication list.\n\nBariatric clinic - 819 555-0100")
    body = L(m, "%s,\n\nVoici le gabarit de lettre de convocation pour le publipostage. Peux-tu valider le texte avant que je l'importe dans le système de rendez-vous?\n\n"
                "----- gabarit -----\n%s\n-------------------\n\n%s",
             "%s,\n\nHere is the appointment letter template for the mail merge. Can you check the wording before I load it into the scheduling system?\n\n"
             "----- template -----\n%s\n--------------------\n\n%s") % (s2[0], tpl, s[0])
    atts = [m.docx(L(m, "gabarit_convocation.docx", "appointment_template.docx"), L(m, "Gabarit", "Template"), tpl.split("\n"))] if r.random() < 0.4 else []
    b = m.body(body)
    return m.finish("template", L(m, "gabarit de publipostage", "mail-merge template"), frm, to,
                    L(m, "Gabarit convocation — à valider", "Appointment letter template - please review"), m.mixed(b, atts) if atts else b)


# ---------------------------------------------------------------- meeting invitation
def meeting(c, lang):
    m = c.new(lang, False)
    r = m.rng
    s, frm = who(m, "program manager")
    d = c.when().date()
    st = datetime.datetime(d.year, d.month, d.day, r.choice([8, 12, 15]), 0)
    subj = r.choice([L(m, "Réunion d'équipe mensuelle", "Monthly team meeting"), L(m, "Planification budgétaire 2026", "2026 budget planning"),
                     L(m, "Révision du parcours préopératoire", "Pre-op pathway review")])
    ics = m.ics("invite.ics", uid="mtg-%d-%d@%s" % (c.seed, m.n, DOM), start=st, end=st + datetime.timedelta(hours=1), summary=subj,
                description=L(m, "Ordre du jour : suivi des listes d'attente, indicateurs, varia", "Agenda: waitlist follow-up, indicators, other"),
                location="4C-20 / Teams", organizer=("%s %s" % (s[0], s[1]), frm[1]))
    team = [C.staff_addr(x) for x in r.sample(C.STAFF, 5)]
    return m.finish("meeting", L(m, "invitation à une réunion", "meeting invitation"), frm, team, subj,
                    m.mixed(m.body(L(m, "Bonjour, invitation ci-jointe.\n\n", "Hi, invite attached.\n\n") + C.signature(s, lang, r, short=True)), [ics]))


# ---------------------------------------------------------------- vendor contact card
def vendor_card(c, lang):
    m = c.new(lang, False)
    r = m.rng
    s, frm = who(m, "OR coordinator")
    to = C.staff_addr(C.staff(r, "surgeon"))
    g, sn = C.ext_person(r)
    card = m.vcf("%s_%s.vcf" % (C.slug(g), C.slug(sn)), given=g, surname=sn, tel="514 555-01%02d" % r.randrange(10, 99),
                 org="MedSutura Canada", title=L(m, "Représentant(e) clinique", "Clinical specialist"),
                 email="%s.%s@medsutura.example" % (C.slug(g), C.slug(sn)),
                 note=L(m, "Soutien au bloc pour les agrafeuses et le renfort de ligne d'agrafes", "OR support for staplers and staple-line reinforcement"))
    text = L(m, "La nouvelle représentante clinique de MedSutura sera au bloc mardi pour les sleeves. Sa carte est jointe.\n\n%s",
             "The new MedSutura clinical rep will be in the OR Tuesday for the sleeves. Contact card attached.\n\n%s") % s[0]
    return m.finish("vendor_contact", L(m, "carte de contact d'un représentant", "vendor rep contact card"), frm, to,
                    L(m, "Représentant MedSutura", "MedSutura rep"), m.mixed(m.body(text), [card]))


# ---------------------------------------------------------------- policies ZIP
def policies_zip(c, lang):
    m = c.new(lang, False)
    r = m.rng
    s, frm = who(m, "program manager")
    docs = [(L(m, "politique_poids_maximal_equipement.pdf", "max_weight_equipment_policy.pdf"),
             A.make_pdf(L(m, "Politique — équipement bariatrique", "Policy - bariatric equipment"),
                        L(m, "1. Toute personne de plus de 180 kg doit être installée sur un lit bariatrique.\n2. Vérifier la capacité des lève-personnes.",
                          "1. Anyone over 180 kg must be placed on a bariatric bed.\n2. Check lift capacity."))),
            (L(m, "procedure_transfert.docx", "transfer_procedure.docx"),
             A.make_docx(L(m, "Procédure de transfert", "Transfer procedure"), [L(m, "Deux intervenants minimum.", "Two staff minimum."), L(m, "Utiliser le drap de glissement.", "Use slide sheet.")])),
            ("LISEZMOI.txt" if lang == "fr" else "README.txt", L(m, "Version approuvée par le comité de direction, %s.\n", "Approved by management committee, %s.\n").encode("utf-8") % c.when().date().isoformat().encode())]
    att = m.zip(L(m, "politiques_bariatriques_2025.zip", "bariatric_policies_2025.zip"), docs)
    text = L(m, "Bonjour à tous,\n\nVous trouverez les politiques révisées dans l'archive jointe. Lecture obligatoire avant le %s.\n\n%s",
             "Hi everyone,\n\nRevised policies are in the attached archive. Mandatory reading before %s.\n\n%s") % (c.when().date().isoformat(), C.signature(s, lang, r))
    return m.finish("policies", L(m, "politiques révisées en archive", "revised policies archive"), frm,
                    ("Équipe CMOCB", "equipe.cmocb@" + DOM), L(m, "Politiques révisées 2025", "Revised policies 2025"), m.mixed(m.body(text), [att]))


# ---------------------------------------------------------------- staff thread with quoted text (budget / rooms)
def staff_thread(c, lang):
    m = c.new(lang, False)
    r = m.rng
    s1, a1 = who(m, "program manager")
    s2, a2 = who(m, "finance clerk")
    dt0 = c.when()
    orig = L(m, "Bonjour,\n\nPouvez-vous me confirmer le solde du centre de coût 7410-220 (fournitures bloc)? Il nous reste deux commandes d'agrafeuses à passer "
                "avant la fin de l'exercice.\n\nMerci\n%s",
             "Hi,\n\nCan you confirm the balance on cost centre 7410-220 (OR supplies)? We still have two stapler orders to place before year end.\n\nThanks\n%s") % s1[0]
    top = L(m, "Solde au %s : 18 432,17 $. Les deux commandes passent, mais pas une troisième.\n\n%s %s\n%s",
            "Balance as of %s: $18,432.17. Both orders fit, not a third one.\n\n%s %s\n%s") % (dt0.date().isoformat(), s2[0], s2[1], s2[3] if lang == "fr" else s2[4])
    text = top + "\n\n" + quote_block(m, a1, a2, dt0, L(m, "Budget fournitures", "Supplies budget"), orig)
    return m.finish("staff_reply", L(m, "échange budgétaire avec citation", "budget exchange with quoted text"), a2, a1,
                    L(m, "RE: Budget fournitures", "RE: Supplies budget"), m.body(text), extra=[("In-Reply-To", m.msgid(dt0))],
                    dt=dt0 + datetime.timedelta(minutes=r.randrange(20, 1500)))


# ---------------------------------------------------------------- forwarded vendor notice as attached message
def fwd_notice_eml(c, lang):
    m = c.new(lang, False)
    r = m.rng
    s, frm = who(m, "OR coordinator")
    to = [C.staff_addr(x) for x in r.sample([x for x in C.STAFF if "surgeon" in x[4]], 2)]
    inner_txt = L(m, "Bonjour,\n\nÀ compter du 1er juillet, le prix des cartouches MS-6045 augmente de 4 %%. Les commandes passées avant le 30 juin conservent l'ancien prix.\n\n"
                     "MedSutura Canada — 1 800 555-0188",
                  "Hello,\n\nEffective July 1, MS-6045 reload prices increase by 4%%. Orders placed before June 30 keep the current price.\n\n"
                  "MedSutura Canada - 1 800 555-0188").replace("%%", "%")
    inner = m.inner_email(("MedSutura Canada", "info@medsutura.example"), ("Bloc opératoire", "bloc@" + DOM),
                          L(m, "Avis de changement de prix", "Price change notice"), m.text(inner_txt))
    text = L(m, "Pour info — on devrait regrouper les commandes de sleeve de l'été avant le 30 juin.\n\n%s", "FYI - we should group summer sleeve orders before June 30.\n\n%s") % s[0]
    return m.finish("forward_notice", L(m, "avis de fournisseur transféré en pièce jointe", "vendor notice forwarded as attachment"), frm, to,
                    L(m, "TR: Avis de changement de prix", "FW: Price change notice"), m.mixed(m.body(text), [M.message_part(inner, "avis.eml")]))


# ---------------------------------------------------------------- billing / fee code update
def billing_codes(c, lang):
    m = c.new(lang, False)
    r = m.rng
    s, frm = who(m, "administrative officer")
    to = [C.staff_addr(x) for x in C.STAFF[:5]]
    rows = [[L(m, "Code", "Code"), L(m, "Acte", "Procedure"), L(m, "Tarif", "Fee")],
            ["%04d" % r.randrange(1000, 9999), L(m, "Gastrectomie pariétale laparoscopique", "Laparoscopic sleeve gastrectomy"), "%.2f $" % (r.randrange(80000, 99999) / 100)],
            ["%04d" % r.randrange(1000, 9999), L(m, "Dérivation gastrique Roux-en-Y", "Roux-en-Y gastric bypass"), "%.2f $" % (r.randrange(100000, 130000) / 100)],
            ["%04d" % r.randrange(1000, 9999), L(m, "Consultation en médecine de l'obésité", "Obesity medicine consultation"), "%.2f $" % (r.randrange(9000, 15000) / 100)]]
    text = L(m, "Bonjour,\n\nMise à jour des codes de facturation à compter du %s (entente modifiée). Merci de vérifier vos gabarits de facturation.\n\n[[T]]\n\n%s",
             "Hello,\n\nBilling code update effective %s (amended agreement). Please check your billing templates.\n\n[[T]]\n\n%s") % (c.when().date().isoformat(), C.signature(s, lang, r))
    return m.finish("billing_codes", L(m, "mise à jour des codes de facturation", "billing code update"), frm, to,
                    L(m, "Codes de facturation — mise à jour", "Billing codes - update"), m.body(text, tables={"[[T]]": rows}))


# ---------------------------------------------------------------- insurer generic correspondence (no patient)
def insurer_generic(c, lang):
    m = c.new(lang, False)
    r = m.rng
    frm = ("Assurances Boréalis", "partenaires@borealis-assurances.example")
    s, to = who(m, "administrative officer")
    text = L(m, "Madame, Monsieur,\n\nÀ compter du %s, les formulaires de déclaration du médecin traitant devront être transmis par notre portail sécurisé "
                "plutôt que par courriel. Les frais de formulaire demeurent à 45 $. Les demandes relatives à la chirurgie bariatrique (sleeve, bypass) "
                "exigent maintenant un rapport opératoire.\n\nService aux partenaires\nAssurances Boréalis — 1 800 555-0142",
             "Dear partner,\n\nAs of %s, attending physician statements must be sent through our secure portal rather than e-mail. The form fee remains $45. "
             "Claims related to bariatric surgery (sleeve, bypass) now require an operative report.\n\nPartner Services\nBorealis Insurance - 1 800 555-0142") % c.when().date().isoformat()
    return m.finish("insurer_notice", L(m, "avis général d'un assureur", "insurer general notice"), frm, to,
                    L(m, "Changement — transmission des formulaires", "Change - form submission"), m.body(text, mode=r.choice(["html", "alt"])))
