"""Negative templates, part B: teaching cases, blank forms and templates, shortages, recalls, research,
bereavement groups, on-call schedules, directories, policies, minutes, vendors, webinars, candidates, audits."""
import datetime as dt

import gen_common as C
from gen_neg_a import luhn_serial, nam_like_tag
from gen_tpl import (Spec, docx_att, hello, html_table, ics_att, pair, pdf_att, text_table, vcf_att, xlsx_att,
                     zip_att)
import gen_attach as A


def teaching_case(c):
    md = c.staff("md")
    res = [c.staff("md") for _ in range(2)]
    age = c.rng.randint(55, 90)
    dx = c.pick(C.DX_OLD)
    m = c.sample(C.MEDS, 3)
    if c.fr:
        body = (f"Bonjour,\n\nCas pour la tournée d'enseignement de jeudi (dépersonnalisé) :\n\n"
                f"Femme de {age} ans, {dx[0]}, suivie à domicile. Depuis 48 h : {c.pick(C.SYMPTOMS)[0]}. "
                f"Traitement actuel : {m[0][0]}, {m[1][0]}. Créatinine en hausse.\n\n"
                "Questions :\n1. Quelle rotation d'opioïde proposeriez-vous?\n2. Quand envisager une sédation palliative?\n"
                f"3. Place de {m[2][0]}?\n\nAucune donnée permettant d'identifier la patiente ne doit être ajoutée.\n\n{c.sig(md)}")
        subj = "Cas clinique – tournée d'enseignement jeudi"
    else:
        body = (f"Hello,\n\nCase for Thursday's teaching rounds (de-identified):\n\n"
                f"A {age}-year-old man with {dx[1]}, followed at home. Over 48 h: {c.pick(C.SYMPTOMS)[1]}. "
                f"Current meds: {m[0][1]}, {m[1][1]}. Rising creatinine.\n\n"
                "Questions:\n1. Which opioid rotation would you suggest?\n2. When to consider palliative sedation?\n"
                f"3. Role of {m[2][1]}?\n\nPlease do not add anything that could identify the patient.\n\n{c.sig(md)}")
        subj = "Teaching case - Thursday rounds"
    atts = []
    if c.chance(0.3):
        atts.append(pdf_att(c, c.t("cas_clinique_anonymise.pdf", "deidentified_case.pdf"), subj, body.split("\n")[2:8]))
    return Spec(sender=pair(md, c.lang), to=[pair(r, c.lang) for r in res], subject=subj, text=body, atts=atts,
                cat="teaching_case", note=c.t("cas d'enseignement dépersonnalisé", "de-identified teaching case"))


def blank_form(c):
    clerk = c.staff("clerk")
    kind = c.pick(["form", "merge", "zip"])
    f_lines = c.t(["Nom de l'usager : ______________________   Prénom : ______________",
                   "Date de naissance : ____/____/______   Sexe : ☐ F  ☐ M",
                   "NAM : ____ ____ ____   No de dossier : __________",
                   "Adresse : ___________________________________   Tél. : (___) ___-____",
                   "Diagnostic principal : ______________________   PPS : ____ %",
                   "Équipement demandé : ☐ lit électrique  ☐ lève-personne  ☐ matelas  ☐ fauteuil",
                   "Signature du professionnel : ________________  Date : __________"],
                  ["Client name: ______________________   First name: ______________",
                   "Date of birth: ____/____/______   Sex: [ ] F  [ ] M",
                   "Health card (RAMQ): ____ ____ ____   Chart no.: __________",
                   "Address: ___________________________________   Phone: (___) ___-____",
                   "Primary diagnosis: ______________________   PPS: ____ %",
                   "Equipment requested: [ ] bed  [ ] lift  [ ] mattress  [ ] wheelchair",
                   "Professional's signature: ________________  Date: __________"])
    title = c.t("Formulaire de demande de prêt d'équipement (vierge)", "Equipment loan request form (blank)")
    if kind == "form":
        att = c.pick([pdf_att(c, c.t("formulaire_pret_equipement.pdf", "equipment_loan_form.pdf"), title, f_lines),
                      docx_att(c, c.t("formulaire_pret_equipement.docx", "equipment_loan_form.docx"), title, f_lines)])
        body = c.t(f"Bonjour,\n\nVoici la nouvelle version du formulaire de prêt (rév. {c.when.year}-0{c.rng.randint(1, 9)}). "
                   "Merci de détruire les anciennes copies.\n\n" + c.sig(clerk),
                   f"Hello,\n\nHere is the new version of the loan form (rev. {c.when.year}-0{c.rng.randint(1, 9)}). "
                   "Please discard old copies.\n\n" + c.sig(clerk))
        return Spec(sender=pair(clerk, c.lang), to=[(c.t("Personnel SAD", "Home care staff"), f"sad-tous@{C.DOM}")], subject=title,
                    text=body, atts=[att], cat="blank_form", note=c.t("formulaire vierge", "blank form"))
    if kind == "merge":
        tpl = c.t("Bonjour {{prenom_usager}} {{nom_usager}},\n\nVotre prochaine visite de {{profession}} est prévue le "
                  "{{date_visite}} à {{heure}}. Pour annuler : {{tel_clsc}}.\n\nL'équipe de soutien à domicile",
                  "Dear {{client_first_name}} {{client_last_name}},\n\nYour next {{discipline}} visit is scheduled on "
                  "{{visit_date}} at {{time}}. To cancel: {{clsc_phone}}.\n\nThe home care team")
        body = c.t("Bonjour,\n\nVoici le gabarit de publipostage pour les rappels de visite. Les champs entre accolades sont "
                   "remplis automatiquement; ne pas les modifier.\n\n---\n", "Hello,\n\nHere is the mail-merge template for visit "
                   "reminders. Fields in braces are filled automatically; do not edit them.\n\n---\n") + tpl + "\n---\n\n" + c.sig(clerk)
        return Spec(sender=pair(clerk, c.lang), to=[(c.t("Agentes administratives", "Clerical staff"), f"admin-sad@{C.DOM}")],
                    subject=c.t("Gabarit de publipostage – rappels de visite", "Mail-merge template - visit reminders"), text=body,
                    cat="template", note=c.t("gabarit de publipostage", "mail-merge template"))
    members = [(c.t("formulaire_pret.pdf", "loan_form.pdf"), A.pdf(title, f_lines, c.when)),
               (c.t("consentement_vierge.docx", "blank_consent.docx"),
                A.docx(c.t("Consentement aux soins à domicile", "Consent to home care"),
                       [c.t("Je soussigné(e) ______________________ consens ...", "I, ______________________, consent ..."),
                        c.t("Signature : __________  Date : ________", "Signature: __________  Date: ________")], c.when)),
               ("LISEZMOI.txt" if c.fr else "README.txt", c.t("Formulaires vierges, version courante.\n",
                                                              "Blank forms, current version.\n").encode("utf-8"))]
    return Spec(sender=pair(clerk, c.lang), to=[(c.t("Personnel SAD", "Home care staff"), f"sad-tous@{C.DOM}")],
                subject=c.t("Trousse de formulaires vierges", "Blank forms kit"),
                text=c.t("Bonjour,\n\nTous les formulaires vierges sont dans le fichier ZIP.\n\n", "Hello,\n\nAll blank forms are in the ZIP.\n\n") + c.sig(clerk),
                atts=[zip_att(c, c.t("formulaires_vierges.zip", "blank_forms.zip"), members)], cat="blank_form",
                note=c.t("trousse de formulaires vierges", "blank forms kit"))


def drug_shortage(c):
    ph = c.staff("pharm")
    drug = c.pick([("midazolam 5 mg/mL (fiole 10 mL)", "midazolam 5 mg/mL (10 mL vial)"),
                   ("hydromorphone HP 10 mg/mL", "hydromorphone HP 10 mg/mL"),
                   ("glycopyrrolate 0,2 mg/mL", "glycopyrrolate 0.2 mg/mL"),
                   ("méthotriméprazine 25 mg/mL", "methotrimeprazine 25 mg/mL")])
    din = "0" + "".join(str(c.rng.randint(0, 9)) for _ in range(7))
    lot = f"{c.pick(['K', 'L', 'P'])}{c.rng.randint(10000, 99999)}"
    if c.fr:
        body = (f"Bonjour,\n\nAVIS DE PÉNURIE – {drug[0]} (DIN {din}, lot {lot} et suivants)\n"
                f"Rupture prévue jusqu'au {c.fday(45, 1)}. Alternatives : formats 1 mg/mL, ou substitution selon le protocole "
                "régional de soins de fin de vie. Les trousses de détresse déjà au domicile ne sont pas visées.\n"
                f"Questions : {ph.given} {ph.surname}, pharmacien.\n\n{c.sig(ph)}")
        subj = f"Pénurie – {drug[0]}"
    else:
        body = (f"Hello,\n\nSHORTAGE NOTICE - {drug[1]} (DIN {din}, lot {lot} onward)\n"
                f"Expected until {c.fday(45, 1)}. Alternatives: 1 mg/mL formats, or substitution per the regional end-of-life "
                "protocol. Comfort kits already in homes are not affected.\n"
                f"Questions: {ph.given} {ph.surname}, pharmacist.\n\n{c.sig(ph)}")
        subj = f"Drug shortage - {drug[1]}"
    return Spec(sender=pair(ph, c.lang), to=[(c.t("Infirmières SAD", "Home care nurses"), f"inf-sad@{C.DOM}")], subject=subj,
                text=body, cat="drug_shortage", note=c.t("avis de pénurie de médicament", "drug shortage notice"))


def recall(c):
    vendor = c.pick([C.VENDOR, C.VENDOR2])
    tech = c.staff("equip")
    lots = [f"LOT {c.rng.randint(2019, 2024)}-{luhn_serial(c, 7)}" for _ in range(c.rng.randint(2, 4))]
    serials = [luhn_serial(c, 10) for _ in range(3)]
    item = c.pick([("toiles en U pour lève-personne, taille M et L", "U-slings for patient lifts, sizes M and L"),
                   ("ridelles de lit modèle RX-40", "RX-40 bed side rails"),
                   ("cassettes CADD 100 mL", "CADD 100 mL cassettes")])
    if c.fr:
        body = (f"AVIS DE RAPPEL VOLONTAIRE – {item[0]}\n\nLots visés : {', '.join(lots)}\n"
                f"Numéros de série (exemples) : {', '.join(serials)}\nRisque : usure prématurée des coutures / du loquet.\n"
                "Action : retirer du service, étiqueter « NE PAS UTILISER » et communiquer avec nous pour le remplacement.\n\n"
                f"{vendor[0]}\nAffaires réglementaires\n{c.phone('514')}")
        subj = f"Rappel – {item[0]}"
    else:
        body = (f"VOLUNTARY RECALL NOTICE - {item[1]}\n\nAffected lots: {', '.join(lots)}\n"
                f"Serial numbers (examples): {', '.join(serials)}\nRisk: premature wear of stitching / latch.\n"
                "Action: remove from service, tag \"DO NOT USE\" and contact us for replacement.\n\n"
                f"{vendor[0]}\nRegulatory affairs\n{c.phone('514')}")
        subj = f"Recall - {item[1]}"
    return Spec(sender=(vendor[0], f"rappels@{vendor[1]}"), to=[pair(tech, c.lang)], subject=subj, text=body,
                cat="recall", note=c.t("avis de rappel d'équipement", "equipment recall notice"))


def research_protocol(c):
    pi = c.staff("md")
    coord = c.staff("coord")
    num = f"CER-{c.when.year}-{c.rng.randint(100, 999)}"
    if c.fr:
        lines = [f"Protocole {num} – Essai pragmatique : télésurveillance des symptômes en soins palliatifs à domicile",
                 f"Chercheur principal : {pi.dr('fr')}", "Population : adultes suivis en SAD palliatif, PPS ≥ 30 %",
                 "Critères d'exclusion : délirium, incapacité à consentir", "Taille visée : 120 participants, 3 CLSC",
                 "Issue principale : visites à l'urgence à 30 jours", "Approbation du comité d'éthique obtenue."]
        body = (f"Bonjour,\n\nVoici le résumé du protocole approuvé. Le recrutement débutera le {c.fday(30)}. "
                "Aucune donnée nominative ne sera transmise par courriel; les listes seront gérées dans REDCap.\n\n" + c.sig(pi))
        subj = f"Protocole {num} – approbation éthique"
    else:
        lines = [f"Protocol {num} - Pragmatic trial: remote symptom monitoring in palliative home care",
                 f"Principal investigator: {pi.dr('en')}", "Population: adults in palliative home care, PPS >= 30%",
                 "Exclusions: delirium, unable to consent", "Target size: 120 participants, 3 CLSCs",
                 "Primary outcome: ED visits at 30 days", "Research ethics board approval obtained."]
        body = (f"Hello,\n\nSummary of the approved protocol below. Recruitment starts {c.fday(30)}. "
                "No identifying data will be sent by e-mail; lists will be kept in REDCap.\n\n" + c.sig(pi))
        subj = f"Protocol {num} - ethics approval"
    atts = [docx_att(c, f"{num}_resume.docx" if c.fr else f"{num}_summary.docx", lines[0], lines[1:])] if c.chance(0.5) else []
    if not atts:
        body = body.replace("\n\n" + c.sig(pi), "\n\n" + "\n".join(lines) + "\n\n" + c.sig(pi))
    return Spec(sender=pair(pi, c.lang), to=[pair(coord, c.lang)], subject=subj, text=body, atts=atts,
                cat="research_protocol", note=c.t("protocole de recherche sans participants", "research protocol, no participants"))


def grief_group(c):
    gr = c.staff("grief")
    day = c.day(c.rng.randint(10, 30))
    if c.fr:
        lines = ["Groupe de soutien au deuil", f"8 rencontres les mercredis à 19 h, à partir du {C.fmt_day(day, 'fr')}",
                 f"Lieu : {C.HOSPICE}, salle Les Pins", f"Animation : {gr.given} {gr.surname}, {gr.role('fr')}",
                 "Gratuit, ouvert aux proches de personnes décédées depuis plus de 3 mois.", f"Inscription : {c.phone('819')}"]
        body = "Bonjour,\n\nMerci d'afficher et de remettre aux familles l'affiche ci-jointe.\n\n" + c.sig(gr)
        subj = "Affiche – groupe de soutien au deuil"
    else:
        lines = ["Bereavement support group", f"8 sessions on Wednesdays at 7 p.m., starting {C.fmt_day(day, 'en')}",
                 f"Place: {C.HOSPICE}, Pines room", f"Facilitator: {gr.given} {gr.surname}, {gr.role('en')}",
                 "Free, open to anyone bereaved more than 3 months ago.", f"Registration: {c.phone('819')}"]
        body = "Hello,\n\nPlease post and hand out the attached poster to families.\n\n" + c.sig(gr)
        subj = "Poster - bereavement support group"
    return Spec(sender=pair(gr, c.lang), to=[(c.t("Équipes SAD", "Home care teams"), f"sad-tous@{C.DOM}")], subject=subj, text=body,
                atts=[pdf_att(c, c.t("affiche_groupe_deuil.pdf", "bereavement_group_poster.pdf"), lines[0], lines[1:])],
                cat="bereavement_group", note=c.t("annonce d'un groupe de deuil", "bereavement group announcement"))


def oncall_schedule(c):
    coord = c.staff("coord")
    mds = [c.staff("md") for _ in range(4)]
    focus = [("douleur réfractaire", "refractory pain"), ("SLA et maladies neurodégénératives", "ALS and neurodegenerative disease"),
             ("oncologie palliative", "palliative oncology"), ("insuffisance cardiaque avancée", "advanced heart failure")]
    rows = []
    for i, m in enumerate(mds):
        rows.append([c.fday(i * 7, 1), m.dr(c.lang), focus[i][0 if c.fr else 1], m.phone])
    head = c.t(["Semaine du", "Médecin de garde", "Intérêt clinique", "Téléavertisseur"], ["Week of", "On-call physician", "Clinical interest", "Pager"])
    intro = c.t("Garde médicale en soins palliatifs à domicile – prochaines semaines.", "Palliative home care medical on-call - upcoming weeks.")
    atts = []
    if c.chance(0.4):
        d = c.day(0)
        start = dt.datetime(d.year, d.month, d.day, 8, 0)
        atts.append(ics_att(c, "garde.ics" if c.fr else "oncall.ics", uid=f"{c.rng.randrange(16 ** 10):010x}@{C.DOM}", start=start,
                            end=start + dt.timedelta(days=7), summary=c.t(f"Garde – {mds[0].dr('fr')}", f"On call - {mds[0].dr('en')}"),
                            description=intro, location=c.site[0], organizer=(coord.display(c.lang), coord.email),
                            attendees=[(m.display(c.lang), m.email) for m in mds], stamp=c.when))
    return Spec(sender=pair(coord, c.lang), to=[pair(m, c.lang) for m in mds], subject=c.t("Horaire de garde médicale", "Medical on-call schedule"),
                text=f"{hello(c, generic=True)}\n\n{intro}\n\n{text_table(head, rows)}\n\n{c.sig(coord)}",
                html=html_table(head, rows, intro, c.sig(coord)) if c.chance(0.4) else None, atts=atts,
                cat="oncall_schedule", note=c.t("horaire de garde des médecins", "physician on-call schedule"))


def staff_directory(c):
    clerk = c.staff("clerk")
    people = [c.staff(k) for k in c.sample(["nurse", "sw", "ot", "md", "coord", "pharm", "equip"], 5)]
    if c.chance(0.5):
        s = people[0]
        card = vcf_att(c, f"{C.ascii_fold(s.given)}_{C.ascii_fold(s.surname)}.vcf", fn=s.display(c.lang), surname=s.surname,
                       given=s.given, tel=s.phone, email=s.email, adr=(s.site[1], "", "QC", ""),
                       org=C.ORG, title=s.role(c.lang))
        body = c.t(f"Bonjour,\n\nVoici la carte de contact de {s.given}, notre nouvelle ressource ({s.role('fr')}).\n\n{c.sig(clerk)}",
                   f"Hello,\n\nHere is the contact card for {s.given}, our new {s.role('en')}.\n\n{c.sig(clerk)}")
        return Spec(sender=pair(clerk, c.lang), to=[(c.t("Équipe SAD", "Home care team"), f"sad-tous@{C.DOM}")],
                    subject=c.t("Nouvelle collègue – coordonnées", "New colleague - contact card"), text=body, atts=[card],
                    cat="staff_directory", note=c.t("carte de contact d'une employée", "staff contact card"))
    head = c.t(["Nom", "Fonction", "Téléphone", "Courriel"], ["Name", "Role", "Phone", "E-mail"])
    rows = [[p.display(c.lang), p.role(c.lang), p.phone, p.email] for p in people]
    return Spec(sender=pair(clerk, c.lang), to=[(c.t("Équipe SAD", "Home care team"), f"sad-tous@{C.DOM}")],
                subject=c.t("Bottin de l'équipe – mise à jour", "Team directory - update"),
                text=f"{hello(c, generic=True)}\n\n{text_table(head, rows)}\n\n{c.sig(clerk)}",
                html=html_table(head, rows, c.t("Bottin de l'équipe", "Team directory"), c.sig(clerk)),
                cat="staff_directory", note=c.t("bottin du personnel", "staff directory"))


def policy_update(c):
    mgr = c.staff("mgr")
    pol = c.pick([
        ("Procédure de prêt d'équipement", "1. La demande est faite par l'ergothérapeute ou l'infirmière au moyen du formulaire F-112.\n"
         "2. Livraison en 24 h pour les usagers en soins palliatifs (PPS ≤ 40 %), 5 jours sinon.\n"
         "3. Récupération dans les 72 h suivant un décès; désinfection au dépôt avant remise en circulation.\n"
         "4. Les lève-personnes sont inspectés aux 6 mois (étiquette d'inspection obligatoire).",
         "Equipment loan procedure", "1. Requests come from the OT or nurse on form F-112.\n"
         "2. 24 h delivery for palliative clients (PPS <= 40%), otherwise 5 days.\n"
         "3. Pick-up within 72 h after a death; disinfection at the depot before reuse.\n"
         "4. Lifts are inspected every 6 months (inspection tag mandatory)."),
        ("Trajectoire AMM à domicile", "1. Toute demande est transmise au GIS dans les 24 h.\n"
         "2. Le médecin évaluateur et le second médecin sont indépendants.\n"
         "3. La pharmacie prépare deux trousses; les médicaments non utilisés sont retournés le jour même.\n"
         "4. Déclaration à la Commission sur les soins de fin de vie dans les 10 jours.",
         "MAID pathway at home", "1. Every request is sent to the support group (GIS) within 24 h.\n"
         "2. The assessing and second physicians are independent.\n"
         "3. Pharmacy prepares two kits; unused drugs are returned the same day.\n"
         "4. Report to the end-of-life care commission within 10 days."),
    ])
    title, text = (pol[0], pol[1]) if c.fr else (pol[2], pol[3])
    body = c.t(f"Bonjour,\n\nMise à jour de la procédure « {title} », en vigueur le {c.fday(14, 1)} :\n\n{text}\n\n{c.sig(mgr)}",
               f"Hello,\n\nUpdated procedure \"{title}\", effective {c.fday(14, 1)}:\n\n{text}\n\n{c.sig(mgr)}")
    atts = [pdf_att(c, c.t("procedure.pdf", "procedure.pdf"), title, text.split("\n"))] if c.chance(0.3) else []
    return Spec(sender=pair(mgr, c.lang), to=[(c.t("Équipe SAD", "Home care team"), f"sad-tous@{C.DOM}")], subject=title,
                text=body, atts=atts, cat="policy", note=c.t("mise à jour de procédure", "procedure update"))


def team_minutes(c):
    sec = c.staff("clerk")
    present = [c.staff(k) for k in ["nurse", "sw", "md", "ot", "coord"]]
    items = c.t(["Délais de livraison des lits : 3,2 jours en moyenne (cible 1 jour).",
                 "Nouveau circuit de récupération des médicaments après décès, à présenter à la pharmacie.",
                 "Formation lève-personne obligatoire pour les auxiliaires avant le 30.",
                 "Bilan du mois : 14 admissions, 11 décès dont 7 à domicile."],
                ["Bed delivery time: 3.2 days on average (target 1 day).",
                 "New circuit for medication pick-up after death, to be presented to pharmacy.",
                 "Mandatory lift training for support workers before the 30th.",
                 "Month in review: 14 admissions, 11 deaths, 7 at home."])
    head = c.t("Compte rendu – rencontre d'équipe SAD palliatif", "Minutes - palliative home care team meeting")
    pres = ", ".join(p.display(c.lang) for p in present)
    paras = [c.t(f"Présents : {pres}", f"Present: {pres}")] + [f"{i + 1}. {x}" for i, x in enumerate(items)]
    if c.chance(0.5):
        return Spec(sender=pair(sec, c.lang), to=[pair(p, c.lang) for p in present], subject=head,
                    text=c.t("Bonjour,\n\nCompte rendu en pièce jointe.\n\n", "Hello,\n\nMinutes attached.\n\n") + c.sig(sec),
                    atts=[docx_att(c, c.t("compte_rendu.docx", "minutes.docx"), head, paras)], cat="minutes",
                    note=c.t("compte rendu d'équipe sans usager", "team minutes, no clients"))
    return Spec(sender=pair(sec, c.lang), to=[pair(p, c.lang) for p in present], subject=head,
                text=c.t("Bonjour,\n\n", "Hello,\n\n") + "\n".join(paras) + "\n\n" + c.sig(sec), cat="minutes",
                note=c.t("compte rendu d'équipe sans usager", "team minutes, no clients"))


def staff_news(c):
    s = c.staff(c.pick(["nurse", "sw"]))
    mgr = c.staff("mgr")
    bd = dt.date(c.rng.randint(1965, 1995), c.when.month, c.rng.randint(1, 28))
    if c.chance(0.5):
        body = c.t(f"Bonjour tout le monde,\n\nC'est l'anniversaire de {s.given} {s.surname} ({s.role('fr')}) aujourd'hui — née le "
                   f"{bd.day} {C.MOIS[bd.month - 1]} {bd.year}, elle ne veut pas qu'on dise son âge! Gâteau à 14 h à la salle du personnel.\n\n{mgr.given}",
                   f"Hi everyone,\n\nIt's {s.given} {s.surname}'s birthday today ({s.role('en')}) - born {C.MONTHS[bd.month - 1]} {bd.day}, "
                   f"{bd.year}, and no, we won't say how old! Cake at 2 p.m. in the staff room.\n\n{mgr.given}")
        subj = c.t("Gâteau à 14 h!", "Cake at 2!")
    else:
        baby = c.pick(["Émile", "Charlotte", "Liam-Olivier", "Maya", "Édouard"])
        bdate = c.day(-c.rng.randint(2, 10))
        body = c.t(f"Bonjour,\n\n{s.given} nous annonce la naissance de {baby}, né(e) le {bdate.isoformat()} à 3 h 12, 3,6 kg. "
                   f"Maman et bébé vont bien. Une carte circule au poste de l'accueil.\n\n{mgr.given}",
                   f"Hello,\n\n{s.given} is happy to announce the birth of {baby}, born {bdate.isoformat()} at 3:12 a.m., 3.6 kg. "
                   f"Mom and baby are doing well. A card is going around at reception.\n\n{mgr.given}")
        subj = c.t(f"Bienvenue {baby}!", f"Welcome {baby}!")
    return Spec(sender=pair(mgr, c.lang), to=[(c.t("Équipe SAD", "Home care team"), f"sad-tous@{C.DOM}")], subject=subj, text=body,
                cat="staff_news", note=c.t("nouvelle du personnel", "staff news"))


def vendor_service(c):
    vendor = c.pick([C.VENDOR, C.VENDOR2])
    tech = c.staff("equip")
    rows = [[c.pick(["CADD-Legacy PCA", "CADD-Solis", "Lit Hi-Lo", "Lève-personne 205 kg"]), luhn_serial(c, 10),
             nam_like_tag(c) if c.chance(0.4) else f"AC-{c.rng.randint(100000, 999999)}",
             c.pick(["Calibration OK", "Batterie remplacée", "Occlusion sensor replaced", "Conforme"]), c.fday(-c.rng.randint(1, 10), 1)]
            for _ in range(c.rng.randint(4, 8))]
    head = c.t(["Modèle", "No série", "No actif", "Intervention", "Date"], ["Model", "Serial", "Asset", "Work done", "Date"])
    atts = [xlsx_att(c, c.t("rapport_entretien.xlsx", "service_report.xlsx"), [("Service", [head] + rows)])]
    body = c.t(f"Bonjour {tech.given},\n\nRapport d'entretien préventif du trimestre en pièce jointe. "
               f"Contrat de service no {luhn_serial(c, 9)} renouvelé jusqu'au {c.fday(365, 1)}.\n\n{vendor[0]}\nService technique\n{c.phone('514')}",
               f"Hi {tech.given},\n\nQuarterly preventive maintenance report attached. Service contract no. {luhn_serial(c, 9)} "
               f"renewed until {c.fday(365, 1)}.\n\n{vendor[0]}\nTechnical service\n{c.phone('514')}")
    return Spec(sender=(vendor[0], f"service@{vendor[1]}"), to=[pair(tech, c.lang)], subject=c.t("Rapport d'entretien préventif", "Preventive maintenance report"),
                text=body, atts=atts, cat="vendor_service", note=c.t("rapport d'entretien d'équipement", "equipment service report"))


def webinar(c):
    org = c.staff("coord")
    sp = c.staff("md")
    day = c.day(c.rng.randint(7, 30))
    start = dt.datetime(day.year, day.month, day.day, 12, 0)
    topic = c.pick([("Gestion des râles terminaux et de la dyspnée", "Managing terminal secretions and dyspnea"),
                    ("Méthadone et kétamine pour la douleur neuropathique cancéreuse", "Methadone and ketamine for cancer neuropathic pain"),
                    ("Soins palliatifs en démence avancée", "Palliative care in advanced dementia")])
    t = topic[0 if c.fr else 1]
    desc = c.t(f"Conférencier : {sp.dr('fr')}. Lien Teams envoyé la veille.", f"Speaker: {sp.dr('en')}. Teams link sent the day before.")
    ics = ics_att(c, "webinaire.ics" if c.fr else "webinar.ics", uid=f"{c.rng.randrange(16 ** 10):010x}@{C.DOM}", start=start,
                  end=start + dt.timedelta(hours=1), summary=c.t(f"Webinaire – {t}", f"Webinar - {t}"), description=desc,
                  location="Microsoft Teams", organizer=(org.display(c.lang), org.email), attendees=[], stamp=c.when)
    body = c.t(f"Bonjour,\n\nWebinaire midi le {C.fmt_day(day, 'fr')} : « {t} ». {desc}\n\n{c.sig(org)}",
               f"Hello,\n\nLunch webinar on {C.fmt_day(day, 'en')}: \"{t}\". {desc}\n\n{c.sig(org)}")
    return Spec(sender=pair(org, c.lang), to=[(c.t("Équipes SAD", "Home care teams"), f"sad-tous@{C.DOM}")], subject=c.t(f"Webinaire : {t}", f"Webinar: {t}"),
                text=body, atts=[ics], cat="webinar", note=c.t("invitation à un webinaire", "webinar invitation"))


def candidates(c):
    hr = c.staff("hr")
    mgr = c.staff("mgr")
    cands = [c.staff(c.pick(["nurse", "nurse_m"])) for _ in range(c.rng.randint(3, 5))]
    rows = [[c.fday(3, 1), f"{9 + i}h00" if c.fr else f"{9 + i}:00", f"{x.given} {x.surname}",
             c.pick(["6 ans en oncologie", "DEC + BAC, 2 ans SAD", "Retour au travail, 15 ans d'expérience"]) if c.fr else
             c.pick(["6 years in oncology", "BScN, 2 years home care", "Returning to practice, 15 years experience"])]
            for i, x in enumerate(cands)]
    head = c.t(["Date", "Heure", "Candidat(e)", "Profil"], ["Date", "Time", "Candidate", "Profile"])
    atts = []
    if c.chance(0.5):
        atts.append(pdf_att(c, c.t("CV_candidats.pdf", "candidate_CVs.pdf"), c.t("Candidatures – poste SAD", "Applications - home care position"),
                            [" - ".join(r) for r in rows]))
    body = c.t(f"Bonjour {mgr.given},\n\nVoici l'horaire des entrevues pour le poste d'infirmière clinicienne SAD :\n\n",
               f"Hi {mgr.given},\n\nHere is the interview schedule for the home care nurse position:\n\n") + text_table(head, rows) + "\n\n" + c.sig(hr)
    return Spec(sender=pair(hr, c.lang), to=[pair(mgr, c.lang)], subject=c.t("Entrevues – poste SAD", "Interviews - home care position"),
                text=body, atts=atts, cat="candidates", note=c.t("entrevues de candidats", "job candidate interviews"))


def quality_audit(c):
    q = c.staff("mgr")
    dirn = c.staff("mgr")
    rows = [[c.t(k[0], k[1]), f"{c.rng.randint(62, 98)} %"] for k in [
        ("Évaluation de la douleur à chaque visite", "Pain assessed at every visit"),
        ("Niveau de soins documenté", "Goals of care documented"),
        ("Trousse de détresse au domicile", "Comfort kit in the home"),
        ("Appel de deuil à 1 mois", "Bereavement call at 1 month"),
        ("Inspection lève-personne à jour", "Lift inspection up to date")]]
    head = c.t(["Indicateur", "Conformité"], ["Indicator", "Compliance"])
    intro = c.t(f"Audit de dossiers – échantillon de {c.rng.randint(40, 80)} dossiers, aucune donnée nominative.",
                f"Chart audit - sample of {c.rng.randint(40, 80)} charts, no identifying data.")
    return Spec(sender=pair(q, c.lang), to=[pair(dirn, c.lang)], subject=c.t("Résultats de l'audit qualité", "Quality audit results"),
                text=f"{hello(c, dirn)}\n\n{intro}\n\n{text_table(head, rows)}\n\n{c.sig(q)}",
                html=html_table(head, rows, intro, c.sig(q)) if c.chance(0.6) else None,
                cat="quality_audit", note=c.t("audit qualité agrégé", "aggregate quality audit"))


TEMPLATES = [teaching_case, blank_form, drug_shortage, recall, research_protocol, grief_group, oncall_schedule,
             staff_directory, policy_update, team_minutes, staff_news, vendor_service, webinar, candidates, quality_audit]
