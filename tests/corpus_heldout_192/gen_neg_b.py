"""Hard negatives, part 2 (bilingual): IT, facilities, aggregate statistics,
de-identified teaching cases, blank forms, mail-merge templates, drug
shortages, recalls, research protocols, staff news, forwarded committee mail,
vendor contacts.  No patient appears anywhere."""
import datetime

import gen_data as D
import gen_docs as G
import gen_mime as M
from gen_base import dt, en_fwd_header, fr_fwd_header, html_table, text_table, who
from gen_neg_a import DOCX, L, XLSX, luhn_serial


def neg_it(m, v):
    r = m.rng
    ticket = "INC%07d" % r.randrange(10**7)
    opts = [
        (L(m, "Interruption PACS et dossier clinique – samedi", "PACS and clinical record downtime - Saturday"),
         L(m, "Bonjour,\n\nUne mise à niveau du PACS et du dossier clinique informatisé aura lieu samedi de 22 h à 4 h. "
              "Pendant l'interruption, utilisez les requêtes papier (formulaire AH-110) et les procédures dégradées "
              "affichées au poste de garde. Les images du laboratoire vasculaire seront rapatriées automatiquement.\n\n"
              "Billet : %s\n\n%s" % (ticket, D.signature("boivin", "fr", unit="Direction des ressources informationnelles", phone=D.PHONE_MAIN, ext="2999")),
           "Hello,\n\nA PACS and EHR upgrade will take place Saturday from 10 p.m. to 4 a.m. During the downtime, use "
           "paper requisitions (form AH-110) and the downtime procedures posted at the nursing station. Vascular lab "
           "images will be back-loaded automatically.\n\nTicket: %s\n\n%s" % (ticket, D.signature("boivin", "en", unit="Information Technology", phone=D.PHONE_MAIN, ext="2999")))),
        (L(m, "Votre mot de passe expire dans 3 jours", "Your password expires in 3 days"),
         L(m, "Bonjour,\n\nLe mot de passe de votre compte expire dans 3 jours. Changez-le via le portail "
              "https://motdepasse.chrs.example avant l'échéance. Ne répondez jamais à un courriel vous demandant votre "
              "mot de passe.\n\nCentre de services TI — poste 2999",
           "Hello,\n\nYour account password expires in 3 days. Change it on https://motdepasse.chrs.example before it "
           "expires. Never reply to an e-mail asking for your password.\n\nIT Service Desk - ext. 2999")),
        (L(m, "Billet %s – imprimante clinique de plaies" % ticket, "Ticket %s - wound clinic printer" % ticket),
         L(m, "Bonjour Mme Parent,\n\nL'imprimante d'étiquettes du local B2-3 (no d'actif %s) a été remplacée. "
              "Le pilote a été poussé sur les postes CLP-0412 à CLP-0419. Redémarrez si les étiquettes sortent vides.\n\nYannick"
              % luhn_serial(r, 9, "1234567"),
           "Hello Ms. Parent,\n\nThe label printer in room B2-3 (asset no. %s) was replaced. The driver was pushed to "
           "workstations CLP-0412 to CLP-0419. Reboot if labels print blank.\n\nYannick" % luhn_serial(r, 9, "1234567"))),
    ]
    subj, txt = opts[v % 3]
    node = m.body(txt)
    if v % 3 == 2 and v >= 3:
        vc = G.make_vcard("Yannick", "Boivin", tel=[("WORK", "%s ext 2999" % D.PHONE_MAIN)], email=D.staff_addr("boivin"),
                          org=D.ORG_FR, title=D.STAFF["boivin"][5])
        node = M.mixed(m.body(txt, "plain"), M.attach_text(vc, "text/vcard", "Yannick Boivin.vcf", cte="7bit"))
    to = [who("parent")] if v % 3 == 2 else [(L(m, "Tous les utilisateurs", "All users"), "tous@" + D.ORG_DOM)]
    return m.finish("it", L(m, "avis informatique", "IT notice"), who("boivin"), to, subj, node)


def neg_facilities(m, v):
    r = m.rng
    d = m.later(3, 20)
    opts = [
        (L(m, "Travaux – ascenseur 3, pavillon B", "Works - elevator 3, pavilion B"),
         L(m, "Bonjour,\n\nL'ascenseur 3 du pavillon B sera hors service du %s au %s pour modernisation. Les usagers "
              "en fauteuil roulant de la clinique de plaies (2e étage) devront utiliser l'ascenseur 1 ; prévoir 10 "
              "minutes de plus pour les rendez-vous du matin.\n\nServices techniques\n%s\nPoste 2500"
              % (D.fr_day(d), D.fr_day(d + datetime.timedelta(days=12)), D.ORG_ADDR_FR),
           "Hello,\n\nElevator 3 in pavilion B will be out of service from %s to %s for modernisation. Wheelchair users "
           "of the wound clinic (2nd floor) must use elevator 1; allow 10 extra minutes for morning appointments.\n\n"
           "Facilities\n%s\nExt. 2500" % (D.en_day(d), D.en_day(d + datetime.timedelta(days=12)), D.ORG_ADDR_EN))),
        (L(m, "Stationnement P2 – réfection", "Parking P2 - resurfacing"),
         L(m, "Le stationnement P2 sera fermé le %s. Les détenteurs de vignette P2 peuvent utiliser le P4 (rue des "
              "Saules). Navette aux 15 minutes de 6 h 30 à 8 h 30." % D.fr_day(d),
           "Parking lot P2 will be closed on %s. P2 permit holders may use P4 (rue des Saules). Shuttle every 15 "
           "minutes from 6:30 to 8:30 a.m." % D.en_day(d))),
        (L(m, "Climatisation – salle hybride", "Air conditioning - hybrid OR"),
         L(m, "Bonjour Dr Haddad,\n\nLe remplacement du compresseur de la salle hybride est prévu le %s. Aucune "
              "angiographie ne pourra être réalisée dans cette salle ce jour-là ; la salle 2 demeure disponible. "
              "Température et humidité seront validées par le génie avant la reprise.\n\nServices techniques" % D.fr_day(d),
           "Hello Dr. Haddad,\n\nThe hybrid OR compressor replacement is scheduled for %s. No angiography can be done "
           "in that room that day; room 2 remains available. Temperature and humidity will be validated before "
           "restart.\n\nFacilities" % D.en_day(d))),
    ]
    subj, txt = opts[v % 3]
    to = [who("haddad")] if v % 3 == 2 else [(L(m, "Tout le personnel", "All staff"), "tous@" + D.ORG_DOM)]
    if v == 3:
        top = L(m, "Pour info à toute l'équipe : avisez les usagers en fauteuil roulant qui ont un rendez-vous ce "
                   "jour-là.\n\nSylvain", "FYI all: please warn wheelchair users booked that day.\n\nSylvain")
        od = m.date - datetime.timedelta(hours=5)
        hdr = (fr_fwd_header(("Services techniques", "services.techniques@" + D.ORG_DOM), "Tout le personnel", od, subj)
               if m.lang == "fr" else en_fwd_header(("Facilities", "services.techniques@" + D.ORG_DOM), "All staff", od, subj))
        return m.finish("facilities", L(m, "avis des services techniques transféré", "forwarded facilities notice"),
                        who("dufour"), [(L(m, "Équipe plaies", "Wound team"), "equipe.plaies@" + D.ORG_DOM)],
                        L(m, "TR: ", "FW: ") + subj, M.text(top + "\n\n" + hdr + "\n\n" + txt))
    return m.finish("facilities", L(m, "avis des services techniques", "facilities notice"),
                    (L(m, "Services techniques", "Facilities"), "services.techniques@" + D.ORG_DOM), to, subj,
                    m.body(txt, ["plain", "html", "alt"][v % 3]))


def neg_stats(m, v):
    r = m.rng
    year = m.today.year - (1 if m.today.month < 4 else 0)
    rows = [[L(m, "Trimestre", "Quarter"), L(m, "Nouvelles consultations", "New consults"), L(m, "Amputations majeures", "Major amputations"),
             L(m, "Amputations mineures", "Minor amputations"), L(m, "Délai médian (jours)", "Median wait (days)"),
             L(m, "HbA1c moyenne", "Mean HbA1c")]]
    for q in range(1, 5):
        rows.append(["T%d" % q if m.lang == "fr" else "Q%d" % q, r.randrange(120, 260), r.randrange(4, 15),
                     r.randrange(12, 40), r.randrange(6, 31), "%.1f %%" % r.uniform(7.4, 8.9)])
    txt = L(m, "Bonjour,\n\nVoici les indicateurs agrégés %d-%d de la clinique de plaies et du service de chirurgie "
               "vasculaire. Aucune donnée nominative. Le délai médian dépasse la cible (14 jours) au T2.\n\n",
            "Hello,\n\nHere are the aggregate %d-%d indicators for the wound clinic and vascular surgery. No "
            "identifiable data. The median wait exceeded the 14-day target in Q2.\n\n") % (year, year + 1)
    txt += D.signature("chabot", m.lang)
    if v % 3 == 0:
        node = M.mixed(m.body(txt, "plain"), M.attach_text(G.make_csv(rows), "text/csv", L(m, "indicateurs.csv", "indicators.csv"), cte="quoted-printable"))
    elif v % 3 == 1:
        node = M.alt(M.text(txt + "\n\n" + text_table(rows)), M.html("<html><body><p>%s</p>%s</body></html>" % (txt.split("\n\n")[1], html_table(rows))))
    else:
        node = M.mixed(m.body(txt, "plain"), M.attach(G.make_xlsx([("Indicateurs", rows)], author="Daniel Chabot"), XLSX,
                                                      L(m, "tableau_de_bord.xlsx", "dashboard.xlsx")))
    return m.finish("statistics", L(m, "indicateurs agrégés de la clinique", "aggregate clinic indicators"), who("chabot"),
                    [(L(m, "Comité de direction", "Management committee"), "codir@" + D.ORG_DOM)],
                    L(m, "Indicateurs annuels – plaies et vasculaire", "Annual indicators - wounds and vascular"), node)


def neg_teaching_case(m, v):
    r = m.rng
    cases = [
        (L(m, "Homme de 67 ans, diabétique de type 2 depuis 20 ans, qui consulte pour une plaie plantaire sous la "
              "tête du 1er métatarsien évoluant depuis 3 mois. Sondage osseux positif. CRP 84, VS 76. IRM compatible "
              "avec une ostéomyélite. Sous metformine et insuline glargine.",
           "A 67-year-old man with a 20-year history of type 2 diabetes presents with a plantar ulcer under the first "
           "metatarsal head for 3 months. Probe-to-bone positive. CRP 84, ESR 76. MRI consistent with osteomyelitis. "
           "On metformin and insulin glargine."),
         L(m, "Questions : 1) Quels examens complémentaires ? 2) Biopsie osseuse avant antibiotiques ? 3) Place de la chirurgie ?",
           "Questions: 1) Further work-up? 2) Bone biopsy before antibiotics? 3) Role of surgery?")),
        (L(m, "Femme de 74 ans, ancienne fumeuse, douleur de repos au pied gauche, IPS 0,38, pression d'orteil 22 mmHg. "
              "Gangrène sèche de l'hallux. Sous AAS et atorvastatine.",
           "A 74-year-old woman, former smoker, with left foot rest pain, ABI 0.38, toe pressure 22 mmHg. Dry gangrene "
           "of the hallux. On ASA and atorvastatin."),
         L(m, "Questions : classification WIfI ? stratégie de revascularisation ? niveau d'amputation ?",
           "Questions: WIfI stage? revascularisation strategy? level of amputation?")),
        (L(m, "Homme de 58 ans avec pied chaud, rouge et œdémateux sans plaie, différence de température de 4 °C. "
              "Radiographie initiale normale.", "A 58-year-old man with a warm, red, swollen foot without a wound and a "
              "4 C temperature difference. Initial X-ray normal."),
         L(m, "Questions : diagnostic différentiel ? durée de l'immobilisation ?", "Questions: differential diagnosis? duration of immobilisation?")),
    ]
    case, q = cases[v % 3]
    intro = L(m, "Bonjour à tous,\n\nCas clinique pour la séance d'enseignement de jeudi (dépersonnalisé, aucune "
                 "donnée permettant d'identifier le patient). Préparez vos réponses.\n\n",
              "Hi all,\n\nTeaching case for Thursday's session (de-identified; nothing that could identify the patient). "
              "Please prepare your answers.\n\n")
    txt = intro + case + "\n\n" + q + "\n\n" + D.signature(r.choice(["haddad", "raman"]), m.lang, short=True)
    if v >= 3:
        doc = G.make_docx("Cas clinique", [("h", L(m, "Cas clinique", "Teaching case")), case, q])
        node = M.mixed(M.text(intro + L(m, "Le cas est en pièce jointe.", "Case attached.")),
                       M.attach(doc, DOCX, L(m, "cas_clinique_jeudi.docx", "teaching_case.docx")))
    else:
        node = m.body(txt)
    return m.finish("teaching_case", L(m, "cas clinique dépersonnalisé pour l'enseignement", "de-identified teaching case"),
                    who(r.choice(["haddad", "raman"])), [(L(m, "Résidents", "Residents"), "vasc.residents@" + D.ORG_DOM)],
                    L(m, "Cas clinique – séance de jeudi", "Teaching case - Thursday"), node)


def neg_blank_form(m, v):
    r = m.rng
    fields = L(m, [["Nom de l'usager", ""], ["Date de naissance (AAAA-MM-JJ)", ""], ["NAM", ""], ["No de dossier", ""],
                   ["Adresse", ""], ["Téléphone", ""], ["Raison de consultation", ""], ["IPS / pression d'orteil", ""],
                   ["Médication", ""], ["Priorité (A/B/C/D/E)", ""]],
               [["Patient name", ""], ["Date of birth (YYYY-MM-DD)", ""], ["Health card no.", ""], ["Chart no.", ""],
                ["Address", ""], ["Phone", ""], ["Reason for referral", ""], ["ABI / toe pressure", ""],
                ["Medications", ""], ["Priority (A-E)", ""]])
    title = L(m, "Formulaire de référence — clinique de plaies et pied diabétique", "Referral form - wound and diabetic foot clinic")
    if v % 2 == 0:
        att = M.attach(G.make_docx(title, [("h", title), ("table", fields),
                                           L(m, "Télécopier au %s ou envoyer à clinique.plaies@%s" % (D.FAX_CLINIC, D.ORG_DOM),
                                             "Fax to %s or e-mail clinique.plaies@%s" % (D.FAX_CLINIC, D.ORG_DOM))]), DOCX,
                       L(m, "formulaire_reference_vierge.docx", "referral_form_blank.docx"))
    else:
        att = M.attach(G.make_pdf(title, [("h", title)] + ["%s : ____________________" % f[0] for f in fields] +
                                  [("small", "Version 2024-11")]), "application/pdf", L(m, "Formulaire référence plaies.pdf", "wound referral form.pdf"))
    txt = L(m, "Bonjour,\n\nVoici la nouvelle version du formulaire de référence (vierge). Merci de détruire les anciennes "
               "copies papier. Les références incomplètes (sans IPS) seront retournées.\n\n",
            "Hello,\n\nHere is the new (blank) version of the referral form. Please discard old paper copies. "
            "Incomplete referrals (without ABI) will be returned.\n\n") + D.signature("parent", m.lang)
    return m.finish("blank_form", L(m, "formulaire de référence vierge", "blank referral form"), who("parent"),
                    [(D.GMF[0], "info@" + D.GMF[1])], L(m, "Nouveau formulaire de référence", "New referral form"),
                    M.mixed(m.body(txt, "plain"), att))


def neg_template(m, v):
    txt = L(m, "Bonjour «Prénom» «Nom»,\n\nNous vous rappelons votre rendez-vous à la %s le «Date_RDV» à «Heure». "
               "Présentez-vous au pavillon B, 2e étage, avec votre carte d'assurance maladie et la liste de vos "
               "médicaments. Portez des chaussures larges.\n\nPour annuler : %s.\n\n%s\n%s",
            "Hello <<FirstName>> <<LastName>>,\n\nThis is a reminder of your appointment at the %s on <<ApptDate>> at "
            "<<ApptTime>>. Please come to pavilion B, 2nd floor, with your health card and your medication list. Wear "
            "wide shoes.\n\nTo cancel: %s.\n\n%s\n%s") % (L(m, D.CLINIC_FR, D.CLINIC_EN), D.PHONE_CLINIC,
                                                           L(m, D.ORG_FR, D.ORG_EN), L(m, D.ORG_ADDR_FR, D.ORG_ADDR_EN))
    intro = L(m, "Isabelle,\n\nVoici le gabarit de publipostage corrigé pour les rappels. Les champs sont remplis par "
                 "l'agenda ; ne rien modifier entre les chevrons.\n\n----- GABARIT -----\n",
              "Isabelle,\n\nHere's the corrected mail-merge template for reminders. Fields are filled from the "
              "scheduling system; do not edit anything between the brackets.\n\n----- TEMPLATE -----\n")
    if v % 2 == 0:
        node = m.body(intro + txt, "plain")
    else:
        node = M.mixed(M.text(intro.split("\n\n")[0] + "\n\n" + L(m, "Gabarit en pièce jointe.", "Template attached.")),
                       M.attach(G.make_docx("Gabarit", txt.split("\n\n")), DOCX, L(m, "gabarit_rappel.docx", "reminder_template.docx")))
    return m.finish("template", L(m, "gabarit de publipostage pour rappels", "mail-merge reminder template"), who("parent"),
                    [who("cotefiset")], L(m, "Gabarit rappel RDV", "Reminder template"), node)


def neg_drug_shortage(m, v):
    r = m.rng
    drugs = [("pipéracilline-tazobactam 4,5 g", "piperacillin-tazobactam 4.5 g", "céfépime + métronidazole", "cefepime plus metronidazole"),
             ("cloxacilline IV 2 g", "cloxacillin IV 2 g", "céfazoline 2 g IV q8h", "cefazolin 2 g IV q8h"),
             ("cadexomère iodé (Iodosorb) 40 g", "cadexomer iodine (Iodosorb) 40 g", "pansement à l'argent", "silver dressing"),
             ("rivaroxaban 2,5 mg", "rivaroxaban 2.5 mg", "aucune (stock de 3 semaines)", "none (3 weeks of stock)")]
    d = drugs[v % 4]
    din = "%08d" % r.randrange(2200000, 2499999)
    txt = L(m, "AVIS DE PÉNURIE\n\nProduit : %s (DIN %s)\nDurée prévue : 6 à 8 semaines\nSolution de rechange : %s\n\n"
               "Les ordonnances en cours ne sont pas touchées. Les nouvelles ordonnances seront substituées par la "
               "pharmacie selon le protocole approuvé par le comité de pharmacologie.\n\n%s",
            "SHORTAGE NOTICE\n\nProduct: %s (DIN %s)\nExpected duration: 6 to 8 weeks\nAlternative: %s\n\n"
            "Current orders are not affected. New orders will be substituted by pharmacy according to the protocol "
            "approved by the P&T committee.\n\n%s") % (L(m, d[0], d[1]), din, L(m, d[2], d[3]),
                                                      D.signature("kowalski", m.lang, unit=L(m, "Département de pharmacie", "Pharmacy"), phone=D.PHONE_MAIN, ext="2600"))
    return m.finish("drug_shortage", L(m, "avis de pénurie de médicament", "drug shortage notice"), who("kowalski"),
                    [(L(m, "Prescripteurs – chirurgie", "Prescribers - surgery"), "prescripteurs.chir@" + D.ORG_DOM)],
                    L(m, "Pénurie : ", "Shortage: ") + L(m, d[0], d[1]), m.body(txt, ["plain", "alt", "html", "plain"][v % 4]))


def neg_recall(m, v):
    r = m.rng
    prod = r.choice([("Pansement mousse bordé 10 x 10", "Bordered foam dressing 10 x 10"),
                     ("Trousse de canister TPN 300 mL", "NPWT canister kit 300 mL"),
                     ("Sonde Doppler 8 MHz", "8 MHz Doppler probe")])
    lots = [r.choice(["MPXB", "VXTC", "DPLR"]) + "%02d%02d%04d" % (r.randrange(22, 26), r.randrange(1, 13), r.randrange(10000))
            for _ in range(3)]
    txt = L(m, "RAPPEL VOLONTAIRE — CLASSE II\n\nProduit : %s\nLots visés : %s\nMotif : risque de défaut de scellage de "
               "l'emballage stérile.\n\nRetirez immédiatement les unités des lots visés et retournez-les à "
               "l'approvisionnement (quai 2). Aucun incident rapporté à ce jour.\n\n%s",
            "VOLUNTARY RECALL - CLASS II\n\nProduct: %s\nAffected lots: %s\nReason: possible sterile packaging seal "
            "defect.\n\nRemove affected units immediately and return them to procurement (dock 2). No incident "
            "reported to date.\n\n%s") % (L(m, prod[0], prod[1]), ", ".join(lots),
                                          D.signature("turcotte", m.lang, unit=L(m, "Approvisionnement", "Procurement"), phone=D.PHONE_MAIN, ext="2410"))
    return m.finish("recall", L(m, "rappel de produit avec numéros de lot", "product recall with lot numbers"), who("turcotte"),
                    [(L(m, "Chefs d'unité", "Unit managers"), "chefs.unite@" + D.ORG_DOM)],
                    L(m, "Rappel de produit – ", "Product recall - ") + L(m, prod[0], prod[1]), m.body(txt))


def neg_research(m, v):
    r = m.rng
    ethics = "CER-%d-%03d" % (m.today.year, r.randrange(1, 400))
    title = L(m, "Étude PLAIE-TPN : thérapie par pression négative à usage unique versus pansement standard après "
                 "amputation mineure chez le diabétique", "NPWT-MINOR trial: single-use negative pressure therapy versus "
                 "standard dressing after minor amputation in people with diabetes")
    crit = L(m, ["Inclusion : ≥ 18 ans, diabète de type 1 ou 2, amputation d'orteil ou de rayon",
                 "Exclusion : IPS < 0,5 non revascularisé, dialyse, grossesse",
                 "Critère principal : fermeture complète à 12 semaines", "Taille d'échantillon : 140 participants"],
             ["Inclusion: age 18+, type 1 or 2 diabetes, toe or ray amputation",
              "Exclusion: ABI < 0.5 not revascularised, dialysis, pregnancy",
              "Primary outcome: complete closure at 12 weeks", "Sample size: 140 participants"])
    blocks = [("h", L(m, "Protocole de recherche", "Research protocol")), title, L(m, "Approbation : ", "Approval: ") + ethics] + crit
    txt = L(m, "Bonjour,\n\nLe protocole approuvé (%s) est joint. Le recrutement débutera le %s. Chercheuse principale : "
               "Dre Hélène Vachon ; coordination : Mme Chantal Veilleux.\n\n",
            "Hello,\n\nThe approved protocol (%s) is attached. Recruitment starts on %s. Principal investigator: "
            "Dr. Hélène Vachon; coordinator: Ms. Chantal Veilleux.\n\n") % (ethics, m.later(14, 40).isoformat())
    txt += D.signature("vachon", m.lang, short=True)
    if v % 2 == 0:
        att = M.attach(G.make_pdf("Protocole", blocks), "application/pdf", L(m, "protocole_PLAIE-TPN_v3.pdf", "NPWT-MINOR_protocol_v3.pdf"))
    else:
        att = M.attach(G.make_docx("Protocole", blocks), DOCX, L(m, "protocole_v3.docx", "protocol_v3.docx"))
    return m.finish("research", L(m, "protocole de recherche sans participants identifiés", "research protocol without participants"),
                    who("vachon"), [(L(m, "Équipe de recherche", "Research team"), "recherche.plaies@" + D.ORG_DOM)],
                    L(m, "Protocole approuvé – ", "Approved protocol - ") + ethics, M.mixed(m.body(txt, "plain"), att))


def neg_staff_social(m, v):
    r = m.rng
    k = r.choice(["rioux", "benali", "levesque", "parent", "beaulieu"])
    g = D.STAFF[k][0]
    bd = m.earlier(1, 6)
    opts = [
        (L(m, "Bienvenue bébé !", "Welcome baby!"),
         L(m, "Bonne nouvelle : notre collègue %s a donné naissance à une petite Rose le %s (3,4 kg). Maman et bébé "
              "vont bien. Une carte circule au poste de la clinique ; contribution libre pour le cadeau.\n\nL'équipe"
              % (g, D.fmt_date(bd, "fr_long")),
           "Great news: our colleague %s welcomed baby Rose on %s (3.4 kg). Mom and baby are doing well. A card is at "
           "the clinic desk; contributions for a gift are welcome.\n\nThe team" % (g, D.fmt_date(bd, "en_long")))),
        (L(m, "Départ à la retraite de Francine", "Retirement of Francine"),
         L(m, "Après 31 ans au centre hospitalier, Francine Asselin prend sa retraite ! 5 à 7 le %s au Bistro des "
              "Saules, 44 rue Principale. Née le 14 mars 1960 à Trois-Rivières, elle a connu quatre chefs de service "
              "et deux déménagements de la clinique..." % D.fr_day(m.later(7, 20)),
           "After 31 years at the hospital, Francine Asselin is retiring! Get-together on %s at Bistro des Saules, "
           "44 rue Principale. Born March 14, 1960, she has seen four service managers and two clinic moves..."
           % D.en_day(m.later(7, 20)))),
        (L(m, "Dîner d'équipe", "Team lunch"),
         L(m, "Pour souligner la fin de l'audit d'agrément, dîner d'équipe le %s à midi, salle 2.114. Dre Raman apporte "
              "son fameux biryani ! Allergies alimentaires : écrivez-moi." % D.fr_day(m.later(3, 10)),
           "To celebrate the end of the accreditation audit: team lunch on %s at noon, room 2.114. Dr. Raman is "
           "bringing her famous biryani! Food allergies: let me know." % D.en_day(m.later(3, 10)))),
    ]
    subj, txt = opts[v % 3]
    return m.finish("staff_news", L(m, "nouvelle sociale de l'équipe", "staff social news"), who("veilleux"),
                    [(L(m, "Équipe plaies et vasculaire", "Wound and vascular team"), "equipe.plaies@" + D.ORG_DOM)],
                    subj, m.body(txt, ["alt", "plain", "html"][v % 3]))


def neg_forward_minutes(m, v):
    r = m.rng
    d0 = dt(m.earlier(2, 8), 15, 20)
    minutes = L(m, "Procès-verbal — comité de chirurgie vasculaire\n\nPrésents : Dr Haddad, Dre Vachon, Dr Desrosiers, "
                   "Dre Raman, Mme Veilleux, M. Dufour\n\n1. Taux d'infection du site opératoire après pontage : 6,1 %% "
                   "(cible 5 %%). Dre Bisson propose une révision de l'antibioprophylaxie.\n2. Le Dr Lachance rapporte "
                   "62 angioplasties au trimestre.\n3. Délai de consultation pour l'ischémie critique : médiane 9 jours.\n\n"
                   "Prochaine rencontre : %s" % D.fr_day(m.later(20, 40)),
                "Minutes - vascular surgery committee\n\nPresent: Dr. Haddad, Dr. Vachon, Dr. Desrosiers, Dr. Raman, "
                "Ms. Veilleux, Mr. Dufour\n\n1. Surgical site infection after bypass: 6.1%% (target 5%%). Dr. Bisson "
                "proposes a review of antibiotic prophylaxis.\n2. Dr. Lachance reports 62 angioplasties this quarter.\n"
                "3. Time to consult for critical ischemia: median 9 days.\n\nNext meeting: %s" % D.en_day(m.later(20, 40)))
    inner = m.nested(who("dufour"), [(L(m, "Comité chirurgie vasculaire", "Vascular committee"), "comite.vasc@" + D.ORG_DOM)],
                     L(m, "Procès-verbal – comité vasculaire", "Minutes - vascular committee"), M.text(minutes), d0)
    txt = L(m, "Pour information — le PV de la dernière rencontre. Point 1 à discuter avec la prévention des infections.\n\n",
            "FYI - minutes from the last meeting. Item 1 to be discussed with infection prevention.\n\n") + D.signature("chabot", m.lang)
    return m.finish("forward", L(m, "procès-verbal de comité transféré", "forwarded committee minutes"), who("chabot"),
                    [(L(m, "Prévention des infections", "Infection prevention"), "pci@" + D.ORG_DOM)],
                    L(m, "TR: Procès-verbal – comité vasculaire", "Fwd: Minutes - vascular committee"),
                    M.mixed(M.text(txt), M.rfc822(inner, L(m, "PV comité vasculaire.eml", "vascular committee minutes.eml"))))


def neg_vendor(m, v):
    r = m.rng
    rep = D.EXTERNAL[6 + (v % 4)]
    txt = L(m, "Bonjour %s,\n\nSuite à notre rencontre, voici mes coordonnées. Je peux organiser une formation sur le "
               "nouveau pansement à l'argent pour l'équipe de soins de plaies (30 min, sur l'heure du dîner). Les "
               "échantillons (lot AGX-%d) sont au comptoir de l'approvisionnement.\n\n%s %s %s\nReprésentant(e) "
               "clinique, %s\nCell. : %s\n%s",
            "Hello %s,\n\nFollowing our meeting, here are my contact details. I can organise a lunch in-service on the "
            "new silver dressing for the wound care team (30 min). Samples (lot AGX-%d) are at the procurement "
            "counter.\n\n%s %s %s\nClinical specialist, %s\nCell: %s\n%s") % (
        D.staff_name("veilleux", m.lang, title=False), r.randrange(10**6, 10**7), L(m, rep[0], rep[1]), rep[2], rep[3],
        D.VENDOR[0], "450-555-01%02d" % r.randrange(20, 30), D.VENDOR[1])
    vc = G.make_vcard(rep[2], rep[3], tel=[("WORK", D.VENDOR[2]), ("CELL", "450-555-01%02d" % r.randrange(20, 30))],
                      email="%s.%s@%s" % (D.fold(rep[2]), D.fold(rep[3]), D.VENDOR[1]), org=D.VENDOR[0],
                      title=L(m, "Représentant(e) clinique", "Clinical specialist"))
    node = M.mixed(m.body(txt, "plain"), M.attach_text(vc, "text/vcard", "%s %s.vcf" % (rep[2], rep[3]), cte=["7bit", "base64"][v % 2]))
    return m.finish("vendor", L(m, "coordonnées d'une représentante commerciale", "vendor representative contact"),
                    ("%s %s" % (rep[2], rep[3]), "%s.%s@%s" % (D.fold(rep[2]), D.fold(rep[3]), D.VENDOR[1])),
                    [who("veilleux")], L(m, "Suivi de notre rencontre", "Following up on our meeting"), node)


TEMPLATES = [neg_it, neg_facilities, neg_stats, neg_teaching_case, neg_blank_form, neg_template, neg_drug_shortage,
             neg_recall, neg_research, neg_staff_social, neg_forward_minutes, neg_vendor]
